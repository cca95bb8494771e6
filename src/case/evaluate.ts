import { getRegion } from "../policy";
import { benefitScheduleWith, type EvaluateOptions } from "./core";
import { evaluateCaseWith } from "../answers/answer";
import type { CaseResult, MonthlyBenefit, PartialCaseResult } from "./result";
import { needsWith, type NeedsOptions } from "../answers/needs";
import type { NeedsReport } from "../answers/need";

/**
 * Evaluate one case (case-format.md): enrolment, payments, the personal account, the pension and
 * any settlement, with a trace citing every rule applied. Pure: the same input gives the same
 * output, byte for byte; nothing outside the input is read (no clock, no files).
 *
 * @param input a case as parsed from JSON (validated here)
 * @param options `{ trace: false }`: the same result with an empty `trace`, faster (no step is built);
 *   `{ unknowns: "partial" }`: a {@link PartialCaseResult} (null figures, `unknowns`) instead of a
 *   parameter-unknown error; `{ estimate: "floor" }`: unknown basic pensions at their proven floor,
 *   marked `"estimate": "at-least"` (answers.md §2, §3)
 * @returns the CaseResult, money as two-decimal strings
 * @throws PensionInputError for bad input or a parameter unknown on a date the result needs
 * @example
 * evaluateCase({ region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1948-03-02" } })
 *   .pension.monthly?.total //=> "55.00"
 */
export function evaluateCase(
  input: unknown,
  options: EvaluateOptions & { readonly unknowns: "partial" },
): PartialCaseResult;
export function evaluateCase(
  input: unknown,
  options?: EvaluateOptions & { readonly unknowns?: "refuse" | undefined },
): CaseResult;
export function evaluateCase(input: unknown, options?: EvaluateOptions): CaseResult | PartialCaseResult;
export function evaluateCase(input: unknown, options?: EvaluateOptions): CaseResult | PartialCaseResult {
  return evaluateCaseWith(getRegion, input, options);
}

/**
 * The monthly pension for every month from `from` to `to` (`YYYY-MM`), for calculators: the case
 * is evaluated as of the last day of `to`; a month without a pension (before the first month,
 * suspended, after death) is null.
 *
 * @example
 * benefitSchedule(caseJson, "2025-04", "2025-06").map((b) => b?.total ?? null) //=> ["…", "…", "…"]
 */
export function benefitSchedule(input: unknown, from: string, to: string): (MonthlyBenefit | null)[] {
  return benefitScheduleWith(getRegion, input, from, to);
}

/**
 * Every dated value evaluating the case looks up, known or unknown, merged into periods
 * (answers.md §1): everything a case lacks, in one call.
 *
 * @example
 * needs({ region: "qiannan", asOf: "2026-12-31", person: { birthDate: "1952-09-15" } }).complete //=> false
 */
export function needs(input: unknown, options?: NeedsOptions): NeedsReport {
  return needsWith(getRegion, input, options);
}
