/**
 * Start-up under Node (docs/performance.md "Start-up"): the library imports each date-fns
 * function from its own module. The package's index loads all of date-fns's ~300 modules, 0.1 s
 * of every process's start (the command line and each worker process of batch and cost).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../../src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("start-up: date-fns by function", () => {
  it("no file of src imports date-fns's index; src/dates.ts imports its functions one by one", () => {
    const index = /from\s+["']date-fns["']/;
    expect(sources(SRC).filter((f) => index.test(readFileSync(f, "utf8")))).toEqual([]);
    const dates = readFileSync(join(SRC, "dates.ts"), "utf8");
    expect(dates.match(/from "date-fns\/\w+"/g)).toEqual([
      'from "date-fns/addDays"',
      'from "date-fns/formatISO"',
      'from "date-fns/getDaysInMonth"',
    ]);
  });
});
