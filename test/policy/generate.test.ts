import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { drift, regionIdsIn } from "../../scripts/generate";
import { cycles, layerProblems } from "../../scripts/check-layers";
import { regionIds } from "../../src/kinds";
import { regions } from "../../src/policy/index";

const root = join(import.meta.dirname, "..", "..");

describe("npm run generate (scripts/generate.ts)", () => {
  it("every generated file is what a fresh generation writes (run npm run generate)", async () => {
    expect(await drift(root)).toEqual([]);
  });

  it("the region list is the files of src/policy/regions/, in the order of regionIds", () => {
    expect(regionIdsIn(root)).toEqual([...regionIds]);
    expect(regions.map((r) => r.id)).toEqual([...regionIds]);
  });
});

describe("npm run lint:layers (scripts/check-layers.ts)", () => {
  it("src/ has no upward import and no cycle", () => {
    expect(layerProblems()).toEqual([]);
  });

  it("finds an upward import and a cycle", () => {
    const src = join(root, "src");
    const graph = new Map([
      [join(src, "rules/a.ts"), [join(src, "case/b.ts")]],
      [join(src, "case/b.ts"), [join(src, "rules/a.ts")]],
    ]);
    expect(cycles(graph)).toHaveLength(1);
    const problems = layerProblems(graph);
    expect(problems[0]).toBe("upward import: src/rules/a.ts (rules) → src/case/b.ts (case)");
    expect(problems[1]).toMatch(/^import cycle between 2 files:/);
  });

  it("finds Node-only code that reaches past the public entry; src/index.ts, src/testing.ts and src/node/ itself are fine", () => {
    const src = join(root, "src");
    const cli = join(src, "node/cli/x.ts");
    const graph = new Map([
      [cli, [join(src, "i18n/index.ts"), join(src, "index.ts"), join(src, "testing.ts"), join(src, "node/batch/y.ts")]],
    ]);
    expect(layerProblems(graph)).toEqual([
      "past the public entry: src/node/cli/x.ts → src/i18n/index.ts (import it from src/index.ts)",
    ]);
  });
});
