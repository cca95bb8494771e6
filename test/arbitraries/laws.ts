import { expect } from "vitest";
import type { CaseResult } from "../../src";
import type { CaseJson } from "../../src/testing/valid-case";
import { addYears } from "../../src/testing/dates";

/** Freeze a plain data tree in place. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const k of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[k]);
  }
  return value;
}

/** Paths under `value` that are not frozen. */
export function unfrozenPaths(value: unknown, path = "$", out: string[] = []): string[] {
  if (value === null || typeof value !== "object") return out;
  if (!Object.isFrozen(value)) out.push(path);
  for (const [k, v] of Object.entries(value)) unfrozenPaths(v, `${path}.${k}`, out);
  return out;
}

export const MONEY = /^\d+\.\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
/** String fields of a CaseResult that are not money, with their format (null: free text or id). */
const NON_MONEY: Readonly<Record<string, RegExp | null>> = {
  region: null,
  asOf: DATE,
  date: DATE,
  kind: null,
  rule: null,
  code: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  message: null,
  label: null,
  event: null,
  firstMonth: MONTH,
  month: MONTH,
  lastPensionMonth: MONTH,
  suspendedMonths: MONTH,
};
/** Number fields a CaseResult may have (never money). */
const NUMBER_FIELDS = new Set(["year", "years", "contributionYears"]);

/**
 * Violations of the money format in a result (trace excluded): a money string not matching
 * /^\d+\.\d{2}$/, a date or month in the wrong format, a number where none belongs, a number
 * that is not finite, or an unexpected value type.
 */
export function moneyViolations(result: CaseResult): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string, path: string): void => {
    if (v === null || typeof v === "boolean") return;
    if (typeof v === "string") {
      if (key in NON_MONEY) {
        const re = NON_MONEY[key];
        if (re && !re.test(v)) out.push(`${path}: ${JSON.stringify(v)} is not ${re}`);
      } else if (!MONEY.test(v)) out.push(`${path}: ${JSON.stringify(v)} is not a two-decimal amount`);
      return;
    }
    if (typeof v === "number") {
      if (!Number.isFinite(v)) out.push(`${path}: ${v} is not finite`);
      if (!NUMBER_FIELDS.has(key)) out.push(`${path}: a number (${v}) where an amount string belongs`);
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, key, `${path}[${i}]`));
      return;
    }
    if (typeof v === "object") {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (path === "$" && k === "trace") continue;
        walk(x, k, `${path}.${k}`);
      }
      return;
    }
    out.push(`${path}: unexpected ${typeof v}`);
  };
  walk(result, "", "$");
  return out;
}

/** Every number anywhere (trace included) that is NaN or infinite, and any "NaN"/"Infinity" text. */
export function nonFinite(result: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === "number" && !Number.isFinite(v)) out.push(`${path}: ${v}`);
    else if (typeof v === "string" && /\bNaN\b|Infinity/.test(v)) out.push(`${path}: ${JSON.stringify(v)}`);
    else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(result, "$");
  return out;
}

/** The pension age of a case's person: 55 for a Cixi legacy woman (CX-LEGACY), else 60. */
export function pensionAgeOf(c: CaseJson): number {
  return c.region === "cixi" && c.person.legacyGrade !== undefined && c.person.sex === "female" ? 55 : 60;
}

/** `YYYY-MM` of the month of the pension-age birthday (29 February stays in February). */
export function pensionBirthdayMonth(c: CaseJson): string {
  return addYears(c.person.birthDate, pensionAgeOf(c)).slice(0, 7);
}

/** The earliest death (or declaration of death) on or before asOf, or null. */
export function deathOf(c: CaseJson): string | null {
  const ds = (c.person.events ?? [])
    .filter((e) => (e.kind === "death" || e.kind === "declared-dead") && e.date <= c.asOf)
    .map((e) => e.date);
  return ds.length ? ds.sort()[0]! : null;
}

/** A permutation of `xs` driven by `keys` (stable for equal keys). */
export function permute<T>(xs: readonly T[], keys: readonly number[]): T[] {
  return xs
    .map((x, i) => ({ x, k: keys[i % Math.max(keys.length, 1)] ?? i, i }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((e) => e.x);
}

/** Expect no violations, listing them. */
export function expectNone(list: readonly string[], what: string): void {
  expect(list, what).toEqual([]);
}
