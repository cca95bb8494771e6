// Issue 16 regressions of evaluate, explain and check: a byte-order mark, symlinked case files,
// an internal error reported as exit 70 on one line.
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { cli, readExample, tempCases } from "./helpers";

const qn = readExample("qiannan");

describe("a leading byte-order mark is accepted, as by batch", () => {
  it("evaluate, explain (files and standard input) and check", async () => {
    const dir = tempCases({ "bom.json": `\uFEFF${JSON.stringify(qn)}` });
    const file = join(dir, "bom.json");
    const plain = await cli(["evaluate", join(dir, "..", dir.split("/").at(-1)!, "bom.json")]);
    expect(plain.code).toBe(0);
    expect((await cli(["evaluate", "-"], { stdin: `\uFEFF${JSON.stringify(qn)}` })).stdout).toBe(plain.stdout);
    expect((await cli(["explain", file])).code).toBe(0);
    const check = await cli(["check", file]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("1 passed, 0 failed");
  });
});

describe("check", () => {
  it("follows symlinked case files and folders instead of skipping them; a broken link is a failure", async () => {
    const dir = tempCases({ "a.json": qn });
    const cases = join(dir, "cases");
    mkdirSync(cases);
    symlinkSync(join(dir, "a.json"), join(cases, "linked.json"));
    symlinkSync(dir, join(cases, "loop")); // a folder link back up: searched once
    symlinkSync(join(dir, "missing.json"), join(cases, "broken.json"));
    const r = await cli(["check", cases]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("✓"))).toEqual([
      `✓ ${join(cases, "linked.json")}`,
      `✓ ${join(cases, "loop", "a.json")}`,
    ]);
    expect(lines.filter((l) => l.startsWith("✗"))).toHaveLength(1);
    expect(lines.find((l) => l.startsWith("✗"))).toContain("broken.json: error");
    expect(lines.at(-1)).toBe("2 passed, 1 failed");
  });
});

describe("check: an internal error", () => {
  it("is exit 70 with one line on stderr naming the file", async () => {
    vi.resetModules();
    vi.doMock("../../src/testing", () => ({
      matchCase: () => {
        throw new RangeError("simulated bug\nsecond line");
      },
    }));
    const { run } = await import("../../src/node/cli/run");
    const dir = tempCases({ "a.json": qn });
    const r = await run(["check", dir], { readStdin: async () => "", today: () => "2013-06-30" });
    vi.doUnmock("../../src/testing");
    expect(r.code).toBe(70);
    expect(r.stderr.split("\n")).toHaveLength(2); // one line and its newline
    expect(r.stderr).toBe(
      `resident-pension check: ${join(dir, "a.json")}: internal error (a bug, please report it): RangeError: simulated bug second line\n`,
    );
  });
});
