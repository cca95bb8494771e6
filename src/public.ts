/**
 * The exported helpers (parameter lookups, conservation, the expect matcher), as callers get them: each validates its arguments and throws
 * `PensionInputError` for anything else (never a TypeError from inside). The rules call the
 * unchecked functions of dates.ts, money.ts and parameter.ts directly, on values already
 * validated.
 */
import type { Text } from "./i18n/index";
import { extraText } from "./i18n/extra";
import type { CaseResult } from "./case/result";
import { checkConservation as conservationOf, type ConservationReport } from "./case/conservation";
import { findMismatch as mismatchOf, type Mismatch } from "./case/expect";
import { snapshot } from "./case/input";
import * as dates from "./dates";
import { PensionInputError } from "./errors";
import { definePolicy as definePolicyUnchecked } from "./policy/define";
import type { RegionPolicy, RegionPolicyInput } from "./policy/schema";
import {
  segmentOn as segmentOfParameter,
  valueOn as valueOfParameter,
  type KnownSegment,
  type Parameter,
  type Segment,
} from "./policy/parameter";

type CivilDate = dates.CivilDate;

/** A parameter as the lookups need it: an id and segments in date order; else `invalid-policy`. */
function parameterArg<T>(parameter: unknown): Parameter<T> {
  const bad = (why: Text): PensionInputError =>
    new PensionInputError("invalid-policy", ["parameter"], extraText("policy.parameter", { message: why }));
  try {
    const p = parameter as { id?: unknown; segments?: unknown } | null;
    if (typeof p !== "object" || p === null || Array.isArray(p)) throw bad(extraText("policy.parameter-shape", {}));
    if (typeof p.id !== "string") throw bad(extraText("policy.parameter-id", {}));
    if (!Array.isArray(p.segments)) throw bad(extraText("policy.parameter-segments", {}));
    let previous: string | undefined;
    for (const s of p.segments as unknown[]) {
      const seg = s as { from?: unknown; until?: unknown } | null;
      if (
        typeof seg !== "object" ||
        seg === null ||
        typeof seg.from !== "string" ||
        !dates.isCivilDate(seg.from) ||
        (seg.until !== undefined &&
          (typeof seg.until !== "string" || !dates.isCivilDate(seg.until) || seg.until < seg.from))
      ) {
        throw bad(extraText("policy.segment-dates", {}));
      }
      if (previous !== undefined && previous >= seg.from) throw bad(extraText("policy.segment-order", {}));
      previous = (seg.until as string | undefined) ?? "9999-12-31";
    }
  } catch (e) {
    if (e instanceof PensionInputError) throw e;
    throw bad(extraText("policy.parameter-unreadable", { reason: e instanceof Error ? e.message : String(e) }));
  }
  return parameter as Parameter<T>;
}

/** The segment covering `date`, or undefined. */
export function segmentOn<T>(parameter: Parameter<T>, date: CivilDate): Segment<T> | undefined {
  return segmentOfParameter(parameterArg<T>(parameter), dates.parseCivilDate(date, ["date"]));
}

/**
 * The value in force on `date`, with the segment it came from (for the trace).
 * Throws `parameter-unknown` before the first value, in a gap, or in an unknown segment.
 *
 * @example
 * valueOn(qiannan.parameters.basic, "2012-01-01").value //=> "55"
 */
export function valueOn<T>(parameter: Parameter<T>, date: CivilDate): KnownSegment<T> {
  return valueOfParameter(parameterArg<T>(parameter), dates.parseCivilDate(date, ["date"]));
}

/**
 * Conservation (conventions.md "Settlement"): everything credited to the personal account equals
 * what was paid out of it, inherited, returned to the fund, transferred, or is still open.
 * `invalid-input` for anything that is not a `CaseResult`.
 *
 * @example
 * checkConservation(evaluateCase(caseJson)).holds //=> true
 */
export function checkConservation(result: CaseResult): ConservationReport {
  const r = snapshot(result, ["result"]);
  try {
    return conservationOf(r as CaseResult);
  } catch (e) {
    if (e instanceof PensionInputError) throw e;
    throw new PensionInputError(
      "invalid-input",
      ["result"],
      extraText("result.invalid", { reason: e instanceof Error ? e.message : String(e) }),
    );
  }
}

/**
 * The first difference between an expected subset and a result (the matching of a case's
 * `expect`), or null. Both are read as plain data first (nesting bounded, getters read once).
 */
export function findMismatch(expected: unknown, actual: unknown, path = "$"): Mismatch | null {
  if (typeof path !== "string") throw new PensionInputError("invalid-input", ["path"], extraText("path.expected", {}));
  return mismatchOf(snapshot(expected, ["expected"]), snapshot(actual, ["actual"]), path);
}

/**
 * A region policy from its description: your own county's policy, in your own code, to evaluate
 * cases with `evaluateCaseWith` (docs/adding-a-region.md "Bring your own region"). The input is
 * copied, validated against `regionPolicySchema` (`invalid-policy` naming the first bad field)
 * and deep-frozen. Its `id` is a built-in region's or your own, lowercase words joined by hyphens
 * (`"gz-duyun"`); the cases you evaluate against it carry that id as their `region`.
 *
 * @example
 * const duyun = definePolicy({ ...getRegion("qiannan"), id: "gz-duyun", name: "Duyun", nameZh: "都匀市" });
 * evaluateCaseWith(duyun, { region: "gz-duyun", asOf: "2013-06-30", person: { birthDate: "1952-11-20" } }).region //=> "gz-duyun"
 */
export function definePolicy(input: RegionPolicyInput): RegionPolicy {
  return definePolicyUnchecked(snapshot(input, [], "invalid-policy") as RegionPolicyInput);
}
