/**
 * The exported helpers, as callers get them: each validates its arguments and throws
 * `PensionInputError` for anything else (never a TypeError from inside). The rules call the
 * unchecked functions of dates.ts, money.ts and parameter.ts directly, on values already
 * validated.
 */
import type { CaseResult } from "./case/result";
import { checkConservation as conservationOf, type ConservationReport } from "./case/conservation";
import { findMismatch as mismatchOf, type Mismatch } from "./case/expect";
import { snapshot } from "./case/input";
import * as dates from "./dates";
import { PensionInputError, type JsonPath } from "./errors";
import * as money from "./money";
import {
  segmentOn as segmentOfParameter,
  valueOn as valueOfParameter,
  type KnownSegment,
  type Parameter,
  type Segment,
} from "./policy/parameter";

type CivilDate = dates.CivilDate;
type MonthIndex = dates.MonthIndex;

/** A JSON path argument: an array of keys and indexes, else `invalid-input` at `["path"]`. */
function pathArg(path: unknown): JsonPath {
  if (path === undefined) return [];
  if (
    Array.isArray(path) &&
    path.length <= 64 &&
    path.every((p) => typeof p === "string" || (typeof p === "number" && Number.isInteger(p)))
  )
    return [...(path as (string | number)[])];
  throw new PensionInputError(
    "invalid-input",
    ["path"],
    '$.path: expected a JSON path, an array of keys and indexes such as ["payments", 0, "amount"]',
  );
}

function yearsArg(n: unknown, name: string): number {
  if (typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= dates.MAX_YEAR - dates.MIN_YEAR) return n;
  throw new PensionInputError(
    "invalid-input",
    [name],
    `$.${name}: expected a whole number of years 0–${dates.MAX_YEAR - dates.MIN_YEAR}, got ${typeof n === "number" ? n : typeof n}`,
  );
}

function decimalArg(d: unknown, name: string): money.Decimal {
  try {
    if (money.Decimal.isDecimal(d) && (d as money.Decimal).isFinite()) return new money.Decimal(d as money.Decimal);
  } catch {
    // a Proxy or getter that throws: not a Decimal
  }
  throw new PensionInputError("invalid-money", [name], `$.${name}: expected a finite Decimal`);
}

/** Validate a civil date, throwing `invalid-date` at `path`. @example parseCivilDate("2024-02-29", ["asOf"]) //=> "2024-02-29" */
export function parseCivilDate(value: unknown, path: JsonPath = []): CivilDate {
  return dates.parseCivilDate(value, pathArg(path));
}

/** Validate a month `YYYY-MM`, throwing `invalid-date` at `path`. */
export function parseMonth(value: unknown, path: JsonPath = []): MonthIndex {
  return dates.parseMonth(value, pathArg(path));
}

/**
 * Parse an input amount. Rejects NaN, Infinity, negatives, non-numeric strings and more than
 * two decimal places with `invalid-money` naming `path`.
 *
 * @example
 * parseMoney("1200.5", ["payments", 0, "amount"]).toFixed(2) //=> "1200.50"
 */
export function parseMoney(value: unknown, path: JsonPath = []): money.Money {
  return money.parseMoney(value, pathArg(path));
}

/** Round to the fen (0.01 yuan), half up, with the library's own decimal settings. */
export function roundFen(d: money.Decimal): money.Money {
  return money.roundFen(decimalArg(d, "amount"));
}

/** Two-decimal string, the only way money leaves the library: `"55.00"`. */
export function formatMoney(d: money.Decimal): string {
  return money.formatMoney(decimalArg(d, "amount"));
}

/** The month of a civil date (an index: year × 12 + month − 1). */
export function monthOf(date: CivilDate): MonthIndex {
  return dates.monthOf(dates.parseCivilDate(date, ["date"]));
}

/** `"2025-04"` for a month index (from `monthOf`, `parseMonth`). */
export function formatMonth(m: MonthIndex): string {
  if (
    typeof m !== "number" ||
    !Number.isInteger(m) ||
    m < dates.monthIndex(dates.MIN_YEAR, 1) ||
    m > dates.monthIndex(dates.MAX_YEAR, 12)
  ) {
    throw new PensionInputError(
      "invalid-date",
      ["month"],
      `$.month: expected a month index between ${dates.MIN_YEAR}-01 and ${dates.MAX_YEAR}-12`,
    );
  }
  return dates.formatMonth(m);
}

/**
 * The date of the `n`th birthday. A 29 February birthday falls on 28 February in common years.
 */
export function birthday(birthDate: CivilDate, n: number): CivilDate {
  return dates.birthday(dates.parseCivilDate(birthDate, ["birthDate"]), yearsArg(n, "n"));
}

/**
 * Age in whole years on `date`; the birthday itself counts (born 1965-03-10 is 60 on 2025-03-10).
 *
 * @example
 * ageOn("1965-03-10", "2025-03-09") //=> 59
 */
export function ageOn(birthDate: CivilDate, date: CivilDate): number {
  return dates.ageOn(dates.parseCivilDate(birthDate, ["birthDate"]), dates.parseCivilDate(date, ["date"]));
}

/**
 * "年满N周岁的次月": the month after the month of the `n`th birthday.
 *
 * @example
 * formatMonth(monthAfterBirthday("1965-03-10", 60)) //=> "2025-04"
 */
export function monthAfterBirthday(birthDate: CivilDate, n: number): MonthIndex {
  return dates.monthAfterBirthday(dates.parseCivilDate(birthDate, ["birthDate"]), yearsArg(n, "n"));
}

/** A parameter as the lookups need it: an id and segments in date order; else `invalid-policy`. */
function parameterArg<T>(parameter: unknown): Parameter<T> {
  const bad = (why: string): PensionInputError =>
    new PensionInputError("invalid-policy", ["parameter"], `$.parameter: ${why}`);
  try {
    const p = parameter as { id?: unknown; segments?: unknown } | null;
    if (typeof p !== "object" || p === null || Array.isArray(p))
      throw bad("expected a parameter { id, title, segments }");
    if (typeof p.id !== "string") throw bad("expected an id");
    if (!Array.isArray(p.segments)) throw bad("expected segments");
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
        throw bad("each segment needs a date from (and until not before it)");
      }
      if (previous !== undefined && previous >= seg.from) throw bad("segments must be in date order without overlap");
      previous = (seg.until as string | undefined) ?? "9999-12-31";
    }
  } catch (e) {
    if (e instanceof PensionInputError) throw e;
    throw bad(`cannot be read (${e instanceof Error ? e.message : String(e)})`);
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
      `$.result: not a CaseResult (as evaluateCase returns it): ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

/**
 * The first difference between an expected subset and a result (the matching of a case's
 * `expect`), or null. Both are read as plain data first (nesting bounded, getters read once).
 */
export function findMismatch(expected: unknown, actual: unknown, path = "$"): Mismatch | null {
  if (typeof path !== "string")
    throw new PensionInputError("invalid-input", ["path"], '$.path: expected a string such as "$"');
  return mismatchOf(snapshot(expected, ["expected"]), snapshot(actual, ["actual"]), path);
}
