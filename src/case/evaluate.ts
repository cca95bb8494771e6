import { getRegion } from "../policy";
import { benefitScheduleWith, evaluateCaseWith, type EvaluateOptions } from "./core";
import type { CaseResult, MonthlyBenefit } from "./result";

/**
 * Evaluate one case (case-format.md): enrolment, payments, the personal account, the pension and
 * any settlement, with a trace citing every rule applied. Pure: the same input gives the same
 * output, byte for byte; nothing outside the input is read (no clock, no files).
 *
 * @param input a case as parsed from JSON (validated here)
 * @param options `{ trace: false }`: the same result with an empty `trace`, faster (no step is built)
 * @returns the CaseResult, money as two-decimal strings
 * @throws PensionInputError for bad input or a parameter unknown on a date the result needs
 * @example
 * evaluateCase({ region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1948-03-02" } })
 *   .pension.monthly?.total //=> "55.00"
 */
export function evaluateCase(input: unknown, options?: EvaluateOptions): CaseResult {
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
