/**
 * Civil-date arithmetic for the generators of `resident-pension/testing`: UTC day numbers, so no
 * time zone ever enters. The library's own date code is not reused, so the laws do not trust what
 * they test. Internal: not exported from the testing entry.
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a civil date `YYYY-MM-DD`. */
export function dayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The civil date of a day number. */
export function fromDayNumber(n: number): string {
  const d = new Date(n * MS_PER_DAY);
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  const day = String(d.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${day}`;
}

export function addDays(date: string, n: number): string {
  return fromDayNumber(dayNumber(date) + n);
}

/** The `n`th anniversary; 29 February becomes 28 February in a common year (as the library documents). */
export function addYears(date: string, n: number): string {
  const y = Number(date.slice(0, 4)) + n;
  const md = date.slice(5);
  if (md === "02-29" && !isLeap(y)) return `${String(y).padStart(4, "0")}-02-28`;
  return `${String(y).padStart(4, "0")}-${md}`;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Month index `year × 12 + (month − 1)`. */
export function monthIdx(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** `YYYY-MM` of a month index. */
export function monthStr(m: number): string {
  return `${String(Math.floor(m / 12)).padStart(4, "0")}-${String((m % 12) + 1).padStart(2, "0")}`;
}

/** Month index of `YYYY-MM`. */
export function parseMonthStr(s: string): number {
  return Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
}

export function firstDay(m: number): string {
  return `${monthStr(m)}-01`;
}

export function lastDay(m: number): string {
  return addDays(firstDay(m + 1), -1);
}

export function yearOfDate(date: string): number {
  return Number(date.slice(0, 4));
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/** A date in [from, to] picked by `frac` ∈ [0, 1]; `from` when the range is empty. */
export function dateBetween(from: string, to: string, frac: number): string {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b <= a) return from;
  return fromDayNumber(a + Math.floor(frac * (b - a + 1 - 1e-9)));
}
