import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { caseSchema } from "../../src/case/schema";
import { snapshot } from "../../src/case/input";
import { isWellFormedCase } from "../../src/case/well-formed";
import { regionIds } from "../../src/kinds";
import { law, malformedCase, validCase, VACUOUS, type Malformed } from "../arbitraries";

/**
 * The validation fast path (src/case/well-formed.ts) may only say "well formed" where the case
 * schema accepts the case and returns it unchanged: then parseCase can skip zod and every error
 * still comes from zod.
 */

const base = {
  region: "qiannan",
  asOf: "2020-12-31",
  person: { birthDate: "1960-03-01", sex: "female", statuses: [{ kind: "dibao", from: "2015-01-01" }] },
  payments: [{ year: 2015, date: "2015-05-15", amount: "300", collective: 20 }],
  options: {
    interestRates: { "2015": "0.03" },
    parameters: { "QN-BEN-BASIC": [{ from: "2020-07-01", value: "98", citation: "bench fixture" }] },
  },
};

/** `base` with one change at a path. */
function changed(path: (string | number)[], value: unknown): unknown {
  const c = structuredClone(base) as Record<string | number, unknown>;
  let node = c;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return c;
}

describe("isWellFormedCase", () => {
  test("a valid case is well formed, and zod returns it unchanged", () => {
    expect(isWellFormedCase(snapshot(base))).toBe(true);
    expect(caseSchema.parse(snapshot(base))).toEqual(base);
  });

  test.each([
    ["an unknown field", ["person", "name"], "x"],
    ["a year outside 1900–2200 (MIN_YEAR–MAX_YEAR)", ["payments", 0, "year"], 1899],
    ["a year that is not whole", ["payments", 0, "year"], 2015.5],
    ["three decimals of money", ["payments", 0, "amount"], "1.234"],
    ["an impossible date (2015-02-29)", ["payments", 0, "date"], "2015-02-29"],
    ["a status kind that does not exist", ["person", "statuses", 0, "kind"], "rich"],
    ["make-up years over 15", ["payments", 0, "years"], 16],
    ["a rate key that is not a year", ["options", "interestRates", "15"], "0.03"],
    ["a rate with 13 decimals", ["options", "interestRates", "2015"], "0.0000000000001"],
    ["an empty override list", ["options", "parameters", "QN-BEN-BASIC"], []],
    ["a segment with both value and unknown", ["options", "parameters", "QN-BEN-BASIC", 0, "unknown"], true],
    ["a blank citation", ["options", "parameters", "QN-BEN-BASIC", 0, "citation"], "  "],
    ["a region neither built in nor an own id", ["region"], "Qiannan"],
  ])("%s: not well formed, and zod refuses it", (_, path, value) => {
    const data = snapshot(changed(path, value));
    expect(isWellFormedCase(data)).toBe(false);
    expect(caseSchema.safeParse(data).success).toBe(false);
  });

  // parseCase refuses these before zod (checkLengths, rejectProtoKeys): never well formed, though zod would accept them.
  test.each([
    [
      "a reserved parameter id",
      ["options", "parameters", "constructor"],
      [{ from: "2020-07-01", value: "98", citation: "x" }],
    ],
    ["a reserved key in a segment's value", ["options", "parameters", "QN-BEN-BASIC", 0, "value"], { prototype: 1 }],
    ["a reserved key deep in expect", ["expect"], { pension: { monthly: { constructor: "55.00" } } }],
    [
      "101 parameter ids (limits.overrideParameters 100)",
      ["options", "parameters"],
      Object.fromEntries(
        Array.from({ length: 101 }, (_, i) => [`P-${i}`, [{ from: "2020-07-01", value: "1", citation: "x" }]]),
      ),
    ],
    [
      "1001 override segments (limits.overrideSegments 1000)",
      ["options", "parameters", "QN-BEN-BASIC"],
      Array.from({ length: 1001 }, (_, i) => ({ from: `${1900 + (i % 300)}-01-01`, value: "1", citation: "x" })),
    ],
    [
      "302 interest rates (limits.interestRates 301)",
      ["options", "interestRates"],
      Object.fromEntries(Array.from({ length: 302 }, (_, i) => [String(1900 + i), "0.03"])),
    ],
  ])("%s: not well formed (parseCase's own checks refuse it)", (_, path, value) => {
    expect(isWellFormedCase(snapshot(changed(path, value)))).toBe(false);
  });

  test("a reserved key deeper than rejectProtoKeys looks (a path of 9 parts) does not count", () => {
    // expect.a.b.c.d.e.f.g is a path of 8 parts: its keys are the last ones looked at.
    const deep = { a: { b: { c: { d: { e: { f: { g: { constructor: 1 } } } } } } } };
    const deeper = { a: { b: { c: { d: { e: { f: { g: { h: { constructor: 1 } } } } } } } } };
    expect(isWellFormedCase(snapshot(changed(["expect"], deep)))).toBe(false);
    expect(isWellFormedCase(snapshot(changed(["expect"], deeper)))).toBe(true);
  });

  test("a citation written as data goes the slow way: zod turns it into text", () => {
    const data = snapshot(
      changed(["options", "parameters", "QN-BEN-BASIC", 0, "citation"], { doc: "黔府发〔2020〕1号" }),
    );
    expect(isWellFormedCase(data)).toBe(false);
    expect(caseSchema.parse(data).options?.parameters?.["QN-BEN-BASIC"]?.[0]?.citation).toBe("黔府发〔2020〕1号");
  });

  test("every generated valid case is well formed and equal to zod's output", () => {
    law(
      fc.constantFrom(...regionIds).chain((r) => validCase(r)),
      (c) => {
        const data = snapshot(c);
        expect(isWellFormedCase(data)).toBe(true);
        expect(data).toEqual(caseSchema.parse(data));
        return;
      },
      { numRuns: 300 },
    );
  });

  test("a malformed case is never well formed where zod refuses it", () => {
    law(
      malformedCase(),
      (m: Malformed) => {
        let data: unknown;
        try {
          data = snapshot(m.input);
        } catch {
          return VACUOUS; // refused before validation
        }
        const parsed = caseSchema.safeParse(data);
        if (isWellFormedCase(data)) {
          expect(parsed.success, m.fault).toBe(true);
          expect(data, m.fault).toEqual(parsed.data);
        } else if (parsed.success) return VACUOUS;
        return;
      },
      { numRuns: 2000, caseOf: (m) => m.input },
    );
  });
});
