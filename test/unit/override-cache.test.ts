import { describe, expect, test } from "vitest";
import { getRegion, withOverrides, PensionInputError } from "../../src";
import { isPlainJson } from "../../src/vocabulary/plain-json";

/**
 * Overrides written as plain JSON are found in the derived-policy cache by their own text before
 * validation (src/policy/overrides.ts): a repeated what-if is built once and not validated again.
 * Only a validated success is cached, so a bad override still gets its error every time.
 */
describe("the override cache's plain-JSON key", () => {
  const qiannan = getRegion("qiannan");
  const what = (amount: unknown): Record<string, unknown[]> => ({
    "QN-BEN-COUNTY": [{ from: "2020-01-01", value: { kind: "flat", amount }, citation: "县人社局 2020年通知" }],
  });

  test("the same what-if, as a new object each time, gives the same policy object", () => {
    const a = withOverrides(qiannan, what("20") as never);
    const b = withOverrides(qiannan, what("20") as never);
    expect(b).toBe(a);
    expect(withOverrides(qiannan, what("21") as never)).not.toBe(a);
  });

  test("a bad what-if is refused every time, also after a good one with the same text but one value", () => {
    withOverrides(qiannan, what("20") as never);
    for (let i = 0; i < 2; i++) {
      expect(() => withOverrides(qiannan, what("1.234") as never)).toThrow(PensionInputError);
    }
  });

  test.each([
    ["NaN (JSON text null)", Number.NaN],
    ["Infinity (JSON text null)", Number.POSITIVE_INFINITY],
    ["−0 (JSON text 0)", -0],
    ["a Date", new Date(0)],
    ["a function", () => 1],
    ["undefined in an array (JSON text null)", [undefined]],
    [
      "a class instance",
      new (class Amount {
        readonly fen = 100;
      })(),
    ],
  ])("%s is not plain JSON: its JSON text would stand for another value", (_, value) => {
    expect(isPlainJson({ value })).toBe(false);
  });

  test("strings, finite numbers, booleans, null, arrays and plain objects are plain JSON", () => {
    expect(isPlainJson({ a: ["x", 1.5, 0, true, null, { b: [] }] })).toBe(true);
  });

  test("nesting beyond the depth given is not plain JSON (the snapshot's own limit is 32)", () => {
    expect(isPlainJson([[[1]]], 3)).toBe(true);
    expect(isPlainJson([[[[1]]]], 3)).toBe(false);
  });
});
