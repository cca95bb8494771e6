/**
 * resident-pension/testing: check a case's `expect` block from any test runner (vitest, jest,
 * node:test). The fast-check generators live in `resident-pension/testing/arbitraries`, so this
 * entry needs no fast-check.
 *
 * `expectCase` / `matchCase` import no test framework; a failure is an Error named
 * `AssertionError` with `expected` and `actual`, which vitest and jest render as a diff.
 *
 * @example
 * import { expectCase } from "resident-pension/testing";
 * it("Qiannan old cohort", () => expectCase(JSON.parse(readFileSync("case.json", "utf8"))));
 * @example
 * import fc from "fast-check";
 * import { evaluateCase, checkConservation } from "resident-pension";
 * import { validCase } from "resident-pension/testing/arbitraries";
 * fc.assert(fc.property(validCase("qiannan", { fixture: true }), (c) => checkConservation(evaluateCase(c)).holds));
 */
import {
  evaluateCaseWith,
  getRegion,
  isPensionInputError,
  type EvaluateOptions,
  type PensionInputError,
  type PolicySource,
} from "./index";
import { findMismatch, type Mismatch } from "./case/expect";

export { findMismatch, type Mismatch };

/** The expectation that a case fails with a `PensionInputError`: `{ "expect": { "error": { "code": "invalid-money" } } }`. */
export interface ExpectedError {
  readonly code?: string;
  /** The JSON path of the bad field, compared exactly when given, e.g. `["payments", 0, "amount"]`. */
  readonly path?: readonly (string | number)[];
  readonly [key: string]: unknown;
}

/**
 * Thrown by {@link expectCase}: the first difference between a case's `expect` and its result.
 *
 * @example
 * new CaseMismatchError({ path: "$.pension.eligible", expected: true, got: false }).message
 * //=> "case mismatch at $.pension.eligible: expected true, got false"
 */
export class CaseMismatchError extends Error {
  override readonly name = "AssertionError";
  /** Where the first difference is, e.g. `$.payments[year=2014].subsidy`. */
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
  /** Asks vitest and jest to print a diff of `expected` and `actual`. */
  readonly showDiff = true;

  constructor(mismatch: Mismatch, description?: string) {
    super(
      `case mismatch at ${mismatch.path}: expected ${show(mismatch.expected)}, got ${show(mismatch.got)}${description ? `\n(case: ${description})` : ""}`,
    );
    this.path = mismatch.path;
    this.expected = mismatch.expected;
    this.actual = mismatch.got;
  }
}

function show(v: unknown): string {
  return v === undefined ? "(absent)" : JSON.stringify(v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Evaluate a case and match its `expect` block (case-format.md "Expectations"): the first
 * mismatch, or null when the result agrees (or the case has no `expect`). An `expect` of the
 * form `{ "error": { "code", "path"? } }` asks for a `PensionInputError` instead: it matches when
 * the code (and the path, when given) agree. Any other `PensionInputError` is thrown, as from
 * `evaluateCase`.
 *
 * @param caseJson a case as parsed from JSON, with its `expect` block
 * @param policies where the region's policy comes from (default: the built-in regions), e.g.
 *   `policiesWithPacks(packs)` to check cases with parameter packs (`check --params`)
 * @param options evaluate options (e.g. `{ unknowns: "partial" }`, `{ estimate: "floor" }`)
 * @returns the first mismatch, or null
 * @throws PensionInputError when the case is bad input and does not expect that error
 * @example
 * matchCase({ region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1948-03-02" },
 *   expect: { pension: { monthly: { total: "55" } } } }) //=> null
 */
export function matchCase(
  caseJson: unknown,
  policies: PolicySource = getRegion,
  options?: EvaluateOptions,
): Mismatch | null {
  const expected = isRecord(caseJson) ? caseJson["expect"] : undefined;
  if (isRecord(expected) && "error" in expected) {
    const want = expected["error"];
    if (!isRecord(want)) throw new TypeError('expect.error must be an object such as { "code": "invalid-money" }');
    try {
      evaluateCaseWith(policies, caseJson, options);
    } catch (e) {
      if (!isPensionInputError(e)) throw e;
      return matchError(want, e);
    }
    return { path: "$.error", expected: want, got: "no error (the case evaluated)" };
  }
  const result = evaluateCaseWith(policies, caseJson, options);
  return expected === undefined ? null : findMismatch(expected, result);
}

function matchError(want: ExpectedError, e: PensionInputError): Mismatch | null {
  const got = e.toJSON();
  const { code, path, ...rest } = want;
  if (code !== undefined && code !== got.code) return { path: "$.error.code", expected: code, got: got.code };
  if (path !== undefined && JSON.stringify(path) !== JSON.stringify(got.path))
    return { path: "$.error.path", expected: path, got: got.path };
  return findMismatch(rest, got, "$.error");
}

/**
 * Evaluate a case and throw a {@link CaseMismatchError} at the first difference from its
 * `expect` block; return nothing when it agrees. For vitest, jest or node:test.
 *
 * @param caseJson a case as parsed from JSON, with its `expect` block
 * @throws CaseMismatchError (name `AssertionError`) with `path`, `expected` and `actual`
 * @throws PensionInputError when the case is bad input and does not expect that error
 * @example
 * expectCase({ region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1948-03-02" },
 *   expect: { pension: { monthly: { total: "55.00" } } } }) //=> undefined
 */
export function expectCase(caseJson: unknown): void {
  const mismatch = matchCase(caseJson);
  if (mismatch === null) return;
  const description =
    isRecord(caseJson) && typeof caseJson["description"] === "string" ? caseJson["description"] : undefined;
  throw new CaseMismatchError(mismatch, description);
}
