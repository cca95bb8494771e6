import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { checkConservation, evaluateCase, isPensionInputError, regionIds } from "../../src";
import { fixtureOverrides, malformedCase, validCase } from "../../src/testing/arbitraries";
import { SEED } from "../arbitraries";

/**
 * The generators as analysts get them from `resident-pension/testing` (docs/testing.md
 * "Generators"), and the packaging promise: fast-check is an optional peer dependency that only
 * the testing entry imports.
 */

const root = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};

describe("resident-pension/testing generators", () => {
  test("validCase(region) gives cases evaluateCase accepts (or answers parameter-unknown), in every region", () => {
    for (const region of regionIds) {
      fc.assert(
        fc.property(validCase(region), (c) => {
          try {
            return checkConservation(evaluateCase(c)).holds;
          } catch (e) {
            return isPensionInputError(e) && e.code === "parameter-unknown";
          }
        }),
        { seed: SEED, numRuns: 20 },
      );
    }
  });

  test("fixture mode never needs an unknown parameter", () => {
    fc.assert(
      fc.property(validCase("qiannan", { fixture: true }), (c) => checkConservation(evaluateCase(c)).holds),
      { seed: SEED, numRuns: 30 },
    );
  });

  test("malformedCase() is never accepted, and fixtureOverrides(region) cites every value it fills", () => {
    fc.assert(
      fc.property(malformedCase(), (m) => {
        expect(() => evaluateCase(m.input)).toThrow();
      }),
      { seed: SEED, numRuns: 50 },
    );
    for (const region of regionIds) {
      for (const segments of Object.values(fixtureOverrides(region)))
        for (const s of segments) expect(s.citation).toBe("property fixture");
    }
  });
});

describe("packaging", () => {
  test("fast-check is an optional peer dependency, never a dependency", () => {
    expect(pkg.dependencies).not.toHaveProperty("fast-check");
    expect(pkg.peerDependencies).toHaveProperty("fast-check");
    expect(pkg.peerDependenciesMeta?.["fast-check"]?.optional).toBe(true);
  });

  const dist = join(root, "dist");
  // Checks the build (test/global-setup.ts builds dist/ when it is stale).
  test("only dist/testing-arbitraries.{js,cjs} import fast-check (the main entry, testing, core, regions and the CLI never do)", () => {
    const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => /\.(c?js)$/.test(f));
    const importing = files
      .filter((f) => /from ['"]fast-check['"]|require\(['"]fast-check['"]\)/.test(readFileSync(join(dist, f), "utf8")))
      .sort();
    expect(importing).toEqual(["testing-arbitraries.cjs", "testing-arbitraries.js"]);
  });
});
