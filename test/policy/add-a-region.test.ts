/**
 * docs/adding-a-region.md done for real, in a temporary copy of the repository: a copy of the
 * Qiannan config under the new id "testland", `npm run generate`, `npm run build`; then the built
 * package evaluates the Qiannan example as a Testland case to the same figures, and
 * `resident-pension regions --json` lists testland. Slow (a full build, ~30 s), kept in `npm test`.
 */
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const copy = mkdtempSync(join(tmpdir(), "resident-pension-add-a-region-"));

/**
 * The repository's files: tracked and new ones not ignored, or, outside a git checkout (CI's
 * isolated copy of the tracked files), every file but the installed and built ones.
 */
function repositoryFiles(): string[] {
  try {
    return execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    })
      .split("\0")
      .filter((f) => f !== "" && existsSync(join(root, f)));
  } catch {
    const skip = /^(node_modules|dist|coverage|test-output|docs\/api|\.git)(\/|$)/;
    return readdirSync(root, { recursive: true, encoding: "utf8" }).filter(
      (f) => !skip.test(f) && statSync(join(root, f)).isFile(),
    );
  }
}

function run(args: readonly string[]): string {
  return execFileSync(process.execPath, args, { cwd: copy, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

beforeAll(() => {
  // The repository's files, node_modules linked.
  for (const f of repositoryFiles()) {
    mkdirSync(dirname(join(copy, f)), { recursive: true });
    cpSync(join(root, f), join(copy, f));
  }
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));

  // Step 1 of docs/adding-a-region.md: the config, under its new id.
  const qiannan = readFileSync(join(copy, "src/policy/regions/qiannan.ts"), "utf8");
  const testland = qiannan.replace(
    'export const qiannan = definePolicy({\n  id: "qiannan",\n  name: "Qiannan",\n  nameZh: "黔南州",',
    'export const testland = definePolicy({\n  id: "testland",\n  name: "Testland",\n  nameZh: "测试州",',
  );
  expect(testland).not.toBe(qiannan);
  writeFileSync(join(copy, "src/policy/regions/testland.ts"), testland);

  // Then `npm run generate` and `npm run build`.
  run([join(copy, "node_modules/tsx/dist/cli.mjs"), "scripts/generate.ts"]);
  run([join(copy, "node_modules/tsup/dist/cli-default.js")]);
}, 240_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe("adding a region (docs/adding-a-region.md)", () => {
  it("generates its lists, entry point and package export", () => {
    expect(readFileSync(join(copy, "src/region-ids.ts"), "utf8")).toContain(
      '["ningxia", "qiannan", "jiangmen", "cixi", "beibei", "testland"]',
    );
    expect(readFileSync(join(copy, "src/regions/testland.ts"), "utf8")).toContain(
      'export { testland } from "../policy/regions/testland";',
    );
    const pkg = JSON.parse(readFileSync(join(copy, "package.json"), "utf8")) as { exports: Record<string, unknown> };
    expect(pkg.exports["./regions/testland"]).toEqual({
      import: { types: "./dist/regions/testland.d.ts", default: "./dist/regions/testland.js" },
      require: { types: "./dist/regions/testland.d.cts", default: "./dist/regions/testland.cjs" },
    });
    expect(existsSync(join(copy, "dist/regions/testland.js"))).toBe(true);
  });

  it("the built package evaluates a case of the new region", async () => {
    type Library = typeof import("../../src/index");
    const lib = (await import(pathToFileURL(join(copy, "dist/index.js")).href)) as Library;
    expect(lib.regionIds).toContain("testland");
    const example = JSON.parse(readFileSync(join(copy, "examples/qiannan.json"), "utf8")) as Record<string, unknown>;
    const asQiannan = lib.evaluateCase(example);
    const asTestland = lib.evaluateCase({ ...example, region: "testland" });
    expect(asTestland.region).toBe("testland");
    expect({ ...asTestland, region: "qiannan" }).toEqual(asQiannan);
    expect(asTestland.pension.monthly?.total).toBe("62.87");
  });

  it("`resident-pension regions --json` lists it", () => {
    const out = JSON.parse(run(["bin/resident-pension.js", "regions", "--json"])) as {
      regions: { id: string; nameZh: string }[];
    };
    expect(out.regions.map((r) => r.id)).toEqual(["ningxia", "qiannan", "jiangmen", "cixi", "beibei", "testland"]);
    expect(out.regions.at(-1)?.nameZh).toBe("测试州");
  });
});
