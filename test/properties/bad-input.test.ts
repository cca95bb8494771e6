import { describe, expect, test } from "vitest";
import { benefitSchedule, errorCodes, evaluateCase, PensionInputError } from "../../src";
import { law, malformedBases, malformedCase, VACUOUS, type Malformed } from "../arbitraries";

/** Bad input is a typed error, never another exception, never a result (conventions.md "Errors"). */

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

function expectTyped(e: unknown, m: Malformed): asserts e is PensionInputError {
  expect(e, `${m.fault}: must throw, not return`).toBeDefined();
  expect(e, `${m.fault}: ${String(e)}`).toBeInstanceOf(PensionInputError);
  const err = e as PensionInputError;
  expect(typeof err.code, m.fault).toBe("string");
  expect(errorCodes, `${m.fault}: code ${err.code}`).toContain(err.code);
  expect(Array.isArray(err.path), `${m.fault}: path is an array`).toBe(true);
  for (const p of err.path) expect(["string", "number"], `${m.fault}: path element ${String(p)}`).toContain(typeof p);
  expect(typeof err.message, m.fault).toBe("string");
  expect(err.message.length, m.fault).toBeGreaterThan(0);
}

describe("bad input", () => {
  test("the malformed generator's bases are valid cases", () => {
    for (const b of malformedBases) expect(() => evaluateCase(b), String(b["region"])).not.toThrow();
  });

  const input = (m: Malformed): unknown => m.input;

  test("evaluateCase throws only PensionInputError (a code of errorCodes, an array path) for every malformed case, never returns", () => {
    law(
      malformedCase(),
      (m) => {
        expectTyped(
          thrown(() => evaluateCase(m.input)),
          m,
        );
      },
      { numRuns: 2000, caseOf: input },
    );
  });

  test("benefitSchedule throws only PensionInputError for every malformed case", () => {
    law(
      malformedCase(),
      (m) => {
        expectTyped(
          thrown(() => benefitSchedule(m.input, "2016-01", "2016-12")),
          m,
        );
      },
      { numRuns: 500, caseOf: input },
    );
  });

  test("the error's code and path name the fault where the case format pins it down", () => {
    law(
      malformedCase(),
      (m) => {
        if (m.expected === null) return VACUOUS;
        const e = thrown(() => evaluateCase(m.input));
        expectTyped(e, m);
        expect(e.code, `${m.fault}: code`).toBe(m.expected.code);
        if (m.expected.path) expect(e.path, `${m.fault}: path`).toEqual(m.expected.path);
        return;
      },
      { numRuns: 2000, caseOf: input },
    );
  });
});
