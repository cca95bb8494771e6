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
