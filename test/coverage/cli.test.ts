import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { encodeValue, formatValue } from "../../src/node/cli/format";
import { nodeIo, readCaseFile } from "../../src/node/cli/io";
import { renderTable } from "../../src/node/cli/table";
import { charWidth, displayWidth, wrapText } from "../../src/node/cli/width";
import { isPensionInputError } from "../../src";
import { cli, readExample, tempCases } from "../cli/helpers";

/** Command-line branches the CLI tests do not reach (docs/testing.md "Coverage"). */

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function folder(files: Record<string, unknown>): string {
  const d = tempCases(files);
  dirs.push(d);
  return d;
}

describe("run", () => {
  it("regions takes no positional argument: exit 2 with its usage", async () => {
    const r = await cli(["regions", "qiannan"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('regions takes no arguments, got "qiannan"');
    expect(r.stderr).toContain("Usage: resident-pension regions");
  });
});

describe("explain", () => {
  it("a settled case without a pension this month: the heading says so", async () => {
    const c = { region: "qiannan", asOf: "2013-12-31", person: { birthDate: "1980-08-08", events: [{ kind: "death", date: "2013-06-01" }] }, payments: [{ year: 2013, date: "2013-03-01", amount: "100" }] };
    const r = await cli(["explain", "-"], { stdin: JSON.stringify(c) });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("qiannan, as of 2013-12-31 · 1 contribution years · balance 0.00 · no pension this month · settled (death 2013-06-01)");
  });

  it("standard input that is not JSON is invalid-input at the root, naming standard input", async () => {
    const r = await cli(["explain", "-"], { stdin: "{ not json" });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ code: "invalid-input", path: [] });
    expect(JSON.parse(r.stderr).message).toMatch(/^standard input is not valid JSON/);
  });
});

describe("check", () => {
  it("walks folders depth first by name, skipping hidden entries and node_modules; reports bad JSON and bad input per file", async () => {
    const good = readExample("qiannan");
    const dir = folder({
      "b.json": good,
      "a.json": "{ not json",
      "c.json": { region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1950-13-01" }, expect: { contributionYears: 0 } },
      "no-expect.json": { region: "qiannan" },
      ".hidden.json": "{ not json",
      "notes.txt": "not a case",
    });
    mkdirSync(join(dir, "nested"));
    writeFileSync(join(dir, "nested", "d.json"), JSON.stringify(good));
    mkdirSync(join(dir, "node_modules"));
    writeFileSync(join(dir, "node_modules", "e.json"), "{ not json");
    mkdirSync(join(dir, ".git"));
    writeFileSync(join(dir, ".git", "f.json"), "{ not json");
    const r = await cli(["check", dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.map((l) => l.replace(dir, "DIR").replace(/: .*/, ""))).toEqual([
      "✗ DIR/a.json",
      "✓ DIR/b.json",
      "✗ DIR/c.json",
      "✓ DIR/nested/d.json",
      "2 passed, 2 failed",
    ]);
    expect(lines[0]).toContain('error {"code":"invalid-input","path":[],"message":"not valid JSON');
    expect(lines[2]).toContain('error {"code":"invalid-date","path":["person","birthDate"]');
  });
});

describe("io", () => {
  it("nodeIo.today is the host's civil date YYYY-MM-DD", () => {
    const today = nodeIo.today();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const d = new Date();
    expect([d.getFullYear(), d.getMonth() + 1].map((n) => String(n).padStart(2, "0")).join("-")).toBe(today.slice(0, 7));
  });

  it("standard input that cannot be read is invalid-input naming standard input", async () => {
    const io = { readStdin: () => Promise.reject(new Error("EIO")), today: () => "2013-06-30" };
    const e = await readCaseFile("-", io).catch((x: unknown) => x);
    expect(isPensionInputError(e)).toBe(true);
    expect(e).toMatchObject({ code: "invalid-input", path: [], message: "cannot read standard input: EIO" });
    const s = await readCaseFile("-", { ...io, readStdin: () => Promise.reject("closed") }).catch((x: unknown) => x);
    expect(s).toMatchObject({ message: "cannot read standard input: closed" });
  });
});

describe("text helpers", () => {
  it("formatValue renders null as none; encodeValue renders an absent value", () => {
    expect(formatValue(null)).toBe("none");
    expect(formatValue({ from: null, tiers: [100, 200] })).toBe("from: none, tiers: [100, 200]");
    expect(encodeValue(undefined)).toBe("(absent)");
    expect(encodeValue("55.00")).toBe('"55.00"');
  });

  it("control characters take no columns; a wrap width under 2 is refused", () => {
    expect(charWidth(0x07)).toBe(0);
    expect(charWidth(0x85)).toBe(0);
    expect(displayWidth("a\u0007b")).toBe(2);
    expect(() => wrapText("abc", 1)).toThrow(RangeError);
  });

  it("wrapping drops the spaces at a break and keeps an empty paragraph", () => {
    expect(wrapText("ab  cd", 2)).toEqual(["ab", "cd"]);
    expect(wrapText("", 4)).toEqual([""]);
    expect(wrapText("abcdef", 4)).toEqual(["abcd", "ef"]);
  });

  it("renderTable: a row with fewer cells than columns leaves the rest empty", () => {
    expect(renderTable([{ heading: "a" }, { heading: "b" }], [{ cells: ["x"] }])).toBe("a  b\n-  -\nx\n");
  });
});
