/**
 * The CommonJS and ESM builds are two copies of the library, each with its own PensionInputError
 * class. An error thrown by one is recognised by the other's guard and `instanceof` (a
 * Symbol.for brand). Runs the built package (test/global-setup.ts builds dist/) in a real Node
 * process, as an app that mixes `require` and `import` would.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const dist = join(import.meta.dirname, "..", "..", "dist");

const script = `
import { createRequire } from "node:module";
const cjs = createRequire(import.meta.url)(${JSON.stringify(join(dist, "index.cjs"))});
const esm = await import(${JSON.stringify(pathToFileURL(join(dist, "index.js")).href)});
let thrown;
try {
  cjs.evaluateCase({ region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1952-11-20" }, payments: [{ year: 2012, date: "2012-05-01", amount: "-1" }] });
} catch (e) {
  thrown = e;
}
console.log(JSON.stringify({
  twoClasses: cjs.PensionInputError !== esm.PensionInputError,
  esmGuard: esm.isPensionInputError(thrown),
  esmInstanceof: thrown instanceof esm.PensionInputError,
  cjsGuardOfEsm: cjs.isPensionInputError(new esm.PensionInputError("invalid-input", [], "m")),
  plainError: esm.isPensionInputError(new Error("x")),
  code: thrown.code,
}));
`;

describe("PensionInputError across the CJS and ESM copies (dist/)", () => {
  it("an error thrown by require('dist/index.cjs') is recognised by the ESM guard and instanceof", () => {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({
      twoClasses: true,
      esmGuard: true,
      esmInstanceof: true,
      cjsGuardOfEsm: true,
      plainError: false,
      code: "invalid-money",
    });
  });
});
