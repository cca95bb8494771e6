import { Decimal } from "../money";

/** The first difference between a case's `expect` and its result. */
export interface Mismatch {
  /** JSON path, e.g. `$.payments[year=2014].subsidy`. */
  readonly path: string;
  readonly expected: unknown;
  readonly got: unknown;
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

function sameScalar(expected: unknown, got: unknown): boolean {
  // Money is compared as decimals: "55" matches "55.00".
  if (typeof expected === "string" && typeof got === "string" && NUMERIC.test(expected) && NUMERIC.test(got)) {
    return new Decimal(expected).eq(got);
  }
  if (typeof expected === "number" && typeof got === "string" && NUMERIC.test(got))
    return new Decimal(expected).eq(got);
  return Object.is(expected, got);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Match `expected` (any subset of a CaseResult) against `actual`, field by field
 * (case-format.md "Expectations"): money as decimals; a list of payments matched by `year`, and
 * `date` where given; other lists element by element. Returns the first mismatch or null.
 *
 * @example
 * findMismatch({ pension: { eligible: true } }, { pension: { eligible: false } })
 * //=> { path: "$.pension.eligible", expected: true, got: false }
 */
export function findMismatch(expected: unknown, actual: unknown, path = "$"): Mismatch | null {
  if (isRecord(expected)) {
    if (!isRecord(actual)) return { path, expected, got: actual };
    for (const [key, value] of Object.entries(expected)) {
      const m = findMismatch(value, actual[key], `${path}.${key}`);
      if (m) return m;
    }
    return null;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return { path, expected, got: actual };
    // `[]` means "none", not "any subset".
    if (expected.length === 0 && actual.length > 0) return { path, expected, got: actual };
    const byYear = expected.every((e) => isRecord(e) && typeof e["year"] === "number");
    const used = new Set<number>();
    for (const [i, e] of expected.entries()) {
      if (byYear && isRecord(e)) {
        const key = `year=${String(e["year"])}${typeof e["date"] === "string" ? `,date=${e["date"]}` : ""}`;
        // Several entries of one year (Ningxia) are matched in order.
        const at = actual.findIndex(
          (a, j) =>
            !used.has(j) &&
            isRecord(a) &&
            a["year"] === e["year"] &&
            (typeof e["date"] !== "string" || a["date"] === e["date"]),
        );
        if (at >= 0) used.add(at);
        const found = at >= 0 ? actual[at] : undefined;
        if (found === undefined) return { path: `${path}[${key}]`, expected: e, got: undefined };
        const m = findMismatch(e, found, `${path}[${key}]`);
        if (m) return m;
      } else {
        const m = findMismatch(e, actual[i], `${path}[${i}]`);
        if (m) return m;
      }
    }
    return null;
  }
  return sameScalar(expected, actual) ? null : { path, expected, got: actual };
}
