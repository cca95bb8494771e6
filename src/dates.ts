import { text } from "./i18n/index";
import { extraText } from "./i18n/extra";
import { UTCDate } from "@date-fns/utc";
// One module each, not the package's index: under Node (no bundler) the index loads all of
// date-fns's ~300 files at start-up (docs/performance.md, "Start-up").
import { addDays } from "date-fns/addDays";
import { formatISO } from "date-fns/formatISO";
import { getDaysInMonth } from "date-fns/getDaysInMonth";
import { PensionInputError, type JsonPath } from "./errors";
import { formatPath } from "./money";

/**
 * Civil dates and months (conventions.md "Dates and months").
 *
 * A civil date is an ISO string `YYYY-MM-DD` with no time zone; ISO strings compare correctly as
 * strings. A month is an integer index `year × 12 + (month − 1)`, so month arithmetic is integer
 * arithmetic and December → January needs no special case. date-fns does the calendar work
 * (validity, leap years, adding years); no `Date` is ever built from a string by the JS engine.
 */
export type { CivilDate } from "./kinds";
import type { CivilDate } from "./kinds";
export type MonthIndex = number;

/** Dates outside this range are refused (documented limit). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/**
 * A date-fns date for a civil date. UTCDate keeps every calendar computation in UTC, so the host's
 * time zone (and its daylight-saving gaps, or Samoa's skipped 2011-12-30) never changes a result.
 */
function toJsDate(date: CivilDate): UTCDate {
  return new UTCDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromJsDate(d: Date): CivilDate {
  return formatISO(d, { representation: "date" });
}

// Days per month, computed once per year with date-fns: the hot paths (month ends, birthdays)
// then need no Date at all.
const monthLengths = new Map<number, readonly number[]>();

function daysInMonth(year: number, month: number): number {
  let lengths = monthLengths.get(year);
  if (lengths === undefined) {
    lengths = Array.from({ length: 12 }, (_, i) => getDaysInMonth(new UTCDate(year, i, 1)));
    monthLengths.set(year, lengths);
  }
  return lengths[month - 1]!;
}

/** True when `value` is a real calendar date `YYYY-MM-DD` in the supported range. */
export function isCivilDate(value: string): boolean {
  // YYYY-MM-DD in ASCII digits (what /^(\d{4})-(\d{2})-(\d{2})$/ accepts), read without a regex.
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const y = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10); // −1 for a non-digit: below every bound checked next
  if (y < MIN_YEAR || y > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(y, month); // 2023-02-29, 2023-04-31 are not dates
}

/** A value for an error message: its JSON, or its type when it has none or cannot be read. */
export function shown(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/**
 * Validate a civil date, throwing `invalid-date` at `path`.
 *
 * @example
 * parseCivilDate("2024-02-29", ["asOf"]) //=> "2024-02-29"
 */
export function parseCivilDate(value: unknown, path: JsonPath): CivilDate {
  if (typeof value !== "string" || !isCivilDate(value)) {
    throw new PensionInputError(
      "invalid-date",
      path,
      extraText("date.invalid", { where: formatPath(path), value: shown(value), min: MIN_YEAR, max: MAX_YEAR }),
    );
  }
  return value;
}

/** Validate a month `YYYY-MM`, throwing `invalid-date` at `path`. */
export function parseMonth(value: unknown, path: JsonPath): MonthIndex {
  const m = typeof value === "string" ? MONTH_PATTERN.exec(value) : null;
  const year = m ? Number(m[1]) : NaN;
  const month = m ? Number(m[2]) : NaN;
  if (!m || month < 1 || month > 12 || year < MIN_YEAR || year > MAX_YEAR) {
    throw new PensionInputError(
      "invalid-date",
      path,
      text("month.invalid", { where: formatPath(path), value: shown(value), min: MIN_YEAR, max: MAX_YEAR }),
    );
  }
  return monthIndex(year, month);
}

export function yearOf(date: CivilDate): number {
  return digitsAt(date, 0, 4); // no substring: read in every payment and month
}

/** Calendar month 1–12 of a civil date. */
export function monthNumberOf(date: CivilDate): number {
  return digitsAt(date, 5, 7);
}

const DASH = 45; // "-"

/** The number the ASCII digits of `s` from `start` to `end` (exclusive) write, or −1 if one is not a digit. */
function digitsAt(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

/** The month a date falls in. */
export function monthOf(date: CivilDate): MonthIndex {
  return monthIndex(yearOf(date), monthNumberOf(date));
}

/** Year of a month index. */
export function yearOfMonth(m: MonthIndex): number {
  return Math.floor(m / 12);
}

/** Calendar month 1–12 of a month index. */
export function monthNumber(m: MonthIndex): number {
  return (m % 12) + 1;
}

/** `"2025-04"` */
export function formatMonth(m: MonthIndex): string {
  const i = m - FIRST_MONTH;
  if (i >= 0 && i < MONTHS) return (monthTexts[i] ??= monthText(m));
  return monthText(m);
}

function monthText(m: MonthIndex): string {
  return `${String(yearOfMonth(m)).padStart(4, "0")}-${String(monthNumber(m)).padStart(2, "0")}`;
}

// The texts of the supported months (MIN_YEAR–MAX_YEAR), each built once when first written:
// months are formatted in every payment, closing and pension month.
const FIRST_MONTH = MIN_YEAR * 12;
const MONTHS = (MAX_YEAR - MIN_YEAR + 1) * 12;
const monthTexts: (string | undefined)[] = [];
const firstDays: (string | undefined)[] = [];

/** First day of a month as a civil date. */
export function firstDayOf(m: MonthIndex): CivilDate {
  const i = m - FIRST_MONTH;
  if (i >= 0 && i < MONTHS) return (firstDays[i] ??= `${formatMonth(m)}-01`);
  return `${formatMonth(m)}-01`;
}

/** Last day of a month as a civil date (28–31). */
export function lastDayOf(m: MonthIndex): CivilDate {
  const y = yearOfMonth(m);
  const n = monthNumber(m);
  const days = daysInMonth(y, n);
  return `${formatMonth(m)}-${String(days).padStart(2, "0")}`;
}

/**
 * The date of the `n`th birthday. A 29 February birthday falls on 28 February in common years
 * (date-fns `addYears` clamps to the month's end), so the birthday month stays February.
 */
export function birthday(birthDate: CivilDate, n: number): CivilDate {
  const y = yearOf(birthDate) + n;
  const m = monthNumberOf(birthDate);
  const d = Number(birthDate.slice(8, 10));
  // Same as date-fns addYears: 29 February → 28 February in a common year.
  const day = Math.min(d, daysInMonth(y, m));
  return `${String(y).padStart(4, "0")}-${birthDate.slice(5, 8)}${String(day).padStart(2, "0")}`;
}

/**
 * Age in whole years on `date`; the birthday itself counts (born 1965-03-10 is 60 on 2025-03-10).
 *
 * @example
 * ageOn("1965-03-10", "2025-03-09") //=> 59
 */
export function ageOn(birthDate: CivilDate, date: CivilDate): number {
  const year = yearOf(date);
  let age = year - yearOf(birthDate);
  if (age > 0) {
    // birthday(birthDate, age) > date, in numbers: the birthday falls in `year` (29 February on the 28th).
    const month = monthNumberOf(birthDate);
    const day = Math.min(Number(birthDate.slice(8, 10)), daysInMonth(year, month));
    if (month * 100 + day > monthNumberOf(date) * 100 + Number(date.slice(8, 10))) age -= 1;
  }
  return Math.max(age, 0);
}

/**
 * "年满N周岁的次月": the month after the month of the `n`th birthday.
 *
 * @example
 * formatMonth(monthAfterBirthday("1965-03-10", 60)) //=> "2025-04"
 */
export function monthAfterBirthday(birthDate: CivilDate, n: number): MonthIndex {
  return monthOf(birthday(birthDate, n)) + 1;
}

/** 31 December of a year. */
export function yearEnd(year: number): CivilDate {
  return `${year}-12-31`;
}

/** 1 January of a year. */
export function yearStart(year: number): CivilDate {
  return `${year}-01-01`;
}

/** The day after a civil date. */
export function nextDay(date: CivilDate): CivilDate {
  return fromJsDate(addDays(toJsDate(date), 1));
}

/** The day before a civil date. */
export function previousDay(date: CivilDate): CivilDate {
  return fromJsDate(addDays(toJsDate(date), -1));
}
