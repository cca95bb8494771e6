import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateCase } from "../src";
import { findMismatch } from "../src/case/expect";

// The spec's worked vectors, copied verbatim into test/vectors (the project keeps its own copy; docs/rules.md says how it is kept in step): they pin the conventions.
const dir = join(import.meta.dirname, "vectors");

describe("spec vectors", () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    it(file, () => {
      const c = JSON.parse(readFileSync(join(dir, file), "utf8")) as { expect: unknown };
      const result = evaluateCase(c);
      expect(findMismatch(c.expect, result)).toBeNull();
    });
  }
});
