/**
 * The calculator's logic without the DOM: the case a form describes, the account balance at
 * each year end (for the chart), and the override template that answers a `parameter-unknown`
 * error. Imports the library's sources (src/core.ts), bundled by scripts/build-calculator.ts.
 */
import {
  evaluateCaseWith,
  parseCase,
  type CaseResult,
  type PensionInputError,
  type RegionPolicy,
} from "../../src/core";

/** What the form holds, as typed (strings). */
export interface FormValues {
  readonly region: string;
  readonly asOf: string;
  readonly birthDate: string;
  readonly sex: string;
  readonly tier: string;
  /** `MM-DD`: each year's payment is on this day of its year. */
  readonly payDay: string;
  readonly firstYear: string;
  readonly years: string;
}

/** A problem in the form itself (before the library sees a case). */
export class FormError extends Error {
  override readonly name = "FormError";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_FORM_YEARS = 80;

/**
 * The case the form describes: one regular payment of `tier` for each of `years` years from
 * `firstYear`, paid on `payDay` of that year. Dates and amounts are left to the library to check
 * (its errors name the JSON path).
 */
export function caseFromForm(v: FormValues): Record<string, unknown> {
  const first = Number(v.firstYear);
  const count = Number(v.years);
  if (!Number.isInteger(first))
    throw new FormError("firstYear", `first contribution year: a whole year, not ${JSON.stringify(v.firstYear)}`);
  if (!Number.isInteger(count) || count < 0 || count > MAX_FORM_YEARS) {
    throw new FormError(
      "years",
      `number of years: a whole number from 0 to ${MAX_FORM_YEARS}, not ${JSON.stringify(v.years)}`,
    );
  }
  const payDay = v.payDay.trim();
  const person: Record<string, unknown> = { birthDate: v.birthDate };
  if (v.sex !== "") person["sex"] = v.sex;
  const payments = Array.from({ length: count }, (_, i) => ({
    year: first + i,
    date: `${first + i}-${payDay}`,
    amount: v.tier.trim(),
  }));
  return { region: v.region, asOf: v.asOf, person, payments };
}

/** One point of the balance chart: the account balance at the end of `date`. */
export interface BalancePoint {
  readonly date: string;
  readonly balance: string;
  /** True for the evaluation date itself (the last point). */
  readonly asOf: boolean;
}

export interface BalanceSeries {
  readonly points: readonly BalancePoint[];
  /** Year ends that could not be evaluated (e.g. before the birth date), with why. */
  readonly skipped: readonly { readonly date: string; readonly message: string }[];
}

/** At most this many year ends are evaluated (the last ones before asOf). */
const MAX_CHART_YEARS = 120;

/**
 * The balance at 31 December of every year from the first money paid in up to the year before
 * `asOf`, then on `asOf`: each one is the case evaluated again with `asOf` moved to that year end
 * (payments and events after it are then not yet made, as on that day).
 */
export function yearEndBalances(policy: RegionPolicy, input: unknown, result: CaseResult): BalanceSeries {
  const c = parseCase(input);
  const paidYears = [...(c.payments ?? []).map((p) => p.date), ...(c.lumpSum ? [c.lumpSum.date] : [])].map((d) =>
    Number(d.slice(0, 4)),
  );
  const asOfYear = Number(c.asOf.slice(0, 4));
  const points: BalancePoint[] = [];
  const skipped: { date: string; message: string }[] = [];
  if (paidYears.length > 0) {
    const from = Math.max(Math.min(...paidYears), asOfYear - MAX_CHART_YEARS);
    for (let y = from; y < asOfYear; y++) {
      const date = `${y}-12-31`;
      try {
        const r = evaluateCaseWith(policy, { ...(input as Record<string, unknown>), asOf: date });
        points.push({ date, balance: r.account.balance, asOf: false });
      } catch (e) {
        skipped.push({ date, message: e instanceof Error ? e.message : String(e) });
      }
    }
  }
  points.push({ date: result.asOf, balance: result.account.balance, asOf: true });
  return { points, skipped };
}

type SegmentLike = { readonly from: string; readonly until?: string | undefined };
type ParameterLike = { readonly id: string; readonly segments: readonly SegmentLike[] };

function isParameter(x: unknown): x is ParameterLike {
  return (
    typeof x === "object" &&
    x !== null &&
    "id" in x &&
    "segments" in x &&
    Array.isArray((x as { segments: unknown }).segments)
  );
}

/** The policy parameter with rule id `id` (a topUp is one of an array). */
export function findParameter(policy: RegionPolicy, id: string): ParameterLike | undefined {
  for (const p of Object.values(policy.parameters) as unknown[]) {
    for (const q of Array.isArray(p) ? (p as unknown[]) : [p]) if (isParameter(q) && q.id === id) return q;
  }
  return undefined;
}

/**
 * For a `parameter-unknown` error: the `options.parameters` entry to supply, covering the unknown
 * period the date falls in (or from the date when no period covers it), value and citation to fill.
 */
export function overrideTemplate(
  policy: RegionPolicy | undefined,
  error: PensionInputError,
): Record<string, unknown[]> | null {
  const id = error.details["parameter"];
  const date = error.details["date"];
  if (error.code !== "parameter-unknown" || id === undefined || date === undefined) return null;
  const seg = policy
    ? findParameter(policy, id)?.segments.find((s) => s.from <= date && (s.until === undefined || date <= s.until))
    : undefined;
  const segment: Record<string, unknown> = { from: seg?.from ?? date };
  if (seg?.until !== undefined) segment["until"] = seg.until;
  segment["value"] = "…";
  segment["citation"] = "the document and article that give it";
  return { [id]: [segment] };
}

/** The case with `template` merged into its `options.parameters`. */
export function withTemplate(input: unknown, template: Record<string, unknown[]>): Record<string, unknown> {
  const c = { ...(input as Record<string, unknown>) };
  const options = { ...((c["options"] as Record<string, unknown> | undefined) ?? {}) };
  options["parameters"] = { ...((options["parameters"] as Record<string, unknown> | undefined) ?? {}), ...template };
  c["options"] = options;
  return c;
}

/** `["payments", 0, "date"]` → `$.payments[0].date` */
export function jsonPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (s, p) =>
      typeof p === "number" ? `${s}[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `${s}.${p}` : `${s}[${JSON.stringify(p)}]`,
    "$",
  );
}
