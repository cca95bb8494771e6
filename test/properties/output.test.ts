import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { regionIds } from "../../src";
import { evaluate, expectNone, law, moneyViolations, nonFinite, validCase } from "../arbitraries";

/** The output contract (conventions.md "Money", case-format.md "Output"). */
const RUNS = 100;

describe.each(regionIds)("%s", (region) => {
  test("every money string is /^\\d+\\.\\d{2}$/, and there is no NaN or Infinity anywhere", () => {
    law(
      validCase(region),
      (c) => {
        const r = evaluate(c);
        expectNone(moneyViolations(r), "money format");
        expectNone(nonFinite(r), "NaN / Infinity");
      },
      { numRuns: RUNS },
    );
  });

  test("JSON round trip: JSON.parse(JSON.stringify(result)) deep-equals the result", () => {
    law(
      validCase(region),
      (c) => {
        const r = evaluate(c);
        expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
      },
      { numRuns: RUNS },
    );
  });

  test("determinism: evaluating twice gives byte-identical JSON, whatever was evaluated between", () => {
    const other = regionIds[(regionIds.indexOf(region) + 1) % regionIds.length]!;
    law(
      fc.tuple(validCase(region), validCase(other)),
      ([c, d]) => {
        const first = JSON.stringify(evaluate(c));
        try {
          evaluate(d);
        } catch {
          // the case between only has to run; its own outcome is not this law's concern
        }
        expect(JSON.stringify(evaluate(structuredClone(c)))).toBe(first);
        expect(JSON.stringify(evaluate(c))).toBe(first);
      },
      { numRuns: 60 },
    );
  });
});
