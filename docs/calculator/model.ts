/**
 * The calculator's logic without the DOM: the questions a region's policy asks (derived from its
 * parameters and features, not from region names), the case a form describes, the account
 * balance at each year end (for the chart), and what a `parameter-unknown` error needs from the
 * user. Imports the library's sources (src/core.ts), bundled by scripts/build-calculator.ts.
 */
import {
  evaluateCaseWith,
  parseCase,
  type CaseResult,
  type PensionInputError,
  type RegionPolicy,
} from "../../src/core";
import type { StatusKind } from "../../src/kinds";

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
  /** Statuses ticked: held for the whole period computed (from the birth date on). */
  readonly statuses: readonly string[];
  /** Cixi-style old-system grade (1-based), "" for none. */
  readonly legacyGrade: string;
  /** A lump sum (趸缴) paid on `date` for `standard` 元/月, or null. */
  readonly lumpSum: { readonly date: string; readonly standard: string } | null;
  /** Where the region binds the old cohort's pension to the children's enrolment; null elsewhere. */
  readonly childrenEnrolled: boolean | null;
  /** Values the user typed for parameters the sources do not give (options.parameters). */
  readonly parameters: Readonly<Record<string, readonly SuppliedSegment[]>>;
  /** The scheme start the user typed where the region's is unknown (options.schemeStart), or "". */
  readonly schemeStart: string;
}

export interface SuppliedSegment {
  readonly from: string;
  readonly until?: string;
  readonly value: string;
  readonly citation: string;
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
 * `firstYear`, paid on `payDay` of that year, plus what the region's own questions answered.
 * Dates and amounts are left to the library to check (its errors name the JSON path).
 */
export function caseFromForm(v: FormValues): Record<string, unknown> {
  const count = Number(v.years);
  if (!Number.isInteger(count) || count < 0 || count > MAX_FORM_YEARS) {
    throw new FormError(
      "years",
      `number of years: a whole number from 0 to ${MAX_FORM_YEARS}, not ${JSON.stringify(v.years)}`,
    );
  }
  const first = Number(v.firstYear);
  if (count > 0 && !Number.isInteger(first))
    throw new FormError("firstYear", `first contribution year: a whole year, not ${JSON.stringify(v.firstYear)}`);
  const payDay = v.payDay.trim();
  const person: Record<string, unknown> = { birthDate: v.birthDate };
  if (v.sex !== "") person["sex"] = v.sex;
  if (v.statuses.length > 0) person["statuses"] = v.statuses.map((kind) => ({ kind, from: v.birthDate }));
  if (v.childrenEnrolled === false) person["childrenEnrolled"] = false;
  if (v.legacyGrade !== "") person["legacyGrade"] = Number(v.legacyGrade);
  const c: Record<string, unknown> = { region: v.region, asOf: v.asOf, person };
  if (count > 0)
    c["payments"] = Array.from({ length: count }, (_, i) => ({
      year: first + i,
      date: `${first + i}-${payDay}`,
      amount: v.tier.trim(),
    }));
  if (v.lumpSum) c["lumpSum"] = { date: v.lumpSum.date, monthlyStandard: v.lumpSum.standard };
  const options: Record<string, unknown> = {};
  if (v.schemeStart !== "") options["schemeStart"] = v.schemeStart;
  if (Object.keys(v.parameters).length > 0) options["parameters"] = v.parameters;
  if (Object.keys(options).length > 0) c["options"] = options;
  return c;
}

// ---------------------------------------------------------------- the questions a region asks

type SegmentLike = {
  readonly from: string;
  readonly until?: string | undefined;
  readonly value?: unknown;
  readonly unknown?: true;
  readonly citation: string;
  readonly note?: string | undefined;
};
type ParameterLike = { readonly id: string; readonly title: string; readonly segments: readonly SegmentLike[] };

function isParameter(x: unknown): x is ParameterLike {
  return (
    typeof x === "object" &&
    x !== null &&
    "id" in x &&
    "segments" in x &&
    Array.isArray((x as { segments: unknown }).segments)
  );
}

function knownValues<T>(p: { readonly segments: readonly SegmentLike[] } | undefined): T[] {
  return (p?.segments ?? []).filter((s) => !s.unknown && "value" in s).map((s) => s.value as T);
}

/** The known segment in force on `date`; else the first known one after it; else the last known. */
function knownNear(p: ParameterLike, date: string): SegmentLike | undefined {
  const known = p.segments.filter((s) => !s.unknown);
  return (
    known.find((s) => s.from <= date && (s.until === undefined || date <= s.until)) ??
    known.find((s) => s.from > date) ??
    known[known.length - 1]
  );
}

export interface RegionQuestions {
  /** Tiers (元/年) in force on the first payment date (or the nearest known table). */
  readonly tiers: readonly string[];
  /** Every status the region's texts attach money or a rule to (proxy, subsidy, top-ups). */
  readonly statuses: readonly StatusKind[];
  /** Old-system grades (元/月 each), empty where the region has none. */
  readonly legacyGrades: readonly string[];
  /** Lump-sum (趸缴) monthly standards, empty where the region has none. */
  readonly lumpSumStandards: readonly string[];
  /** Whether the region binds the old cohort's basic pension to the children's enrolment. */
  readonly familyBinding: boolean;
}

/** What the page asks for `policy`, read from its parameters and features. */
export function questionsOf(policy: RegionPolicy, firstPayment: string): RegionQuestions {
  const p = policy.parameters;
  const statuses = new Set<StatusKind>();
  for (const v of knownValues<{
    groups: readonly { statuses: readonly StatusKind[]; requires?: readonly StatusKind[] }[];
  }>(p.proxy)) {
    for (const g of v.groups) for (const s of [...g.statuses, ...(g.requires ?? [])]) statuses.add(s);
  }
  for (const v of knownValues<{ hardship?: { statuses: readonly StatusKind[] } }>(p.subsidy))
    for (const s of v.hardship?.statuses ?? []) statuses.add(s);
  for (const v of knownValues<Partial<Record<StatusKind, string>>>(p.specialSubsidy))
    for (const s of Object.keys(v) as StatusKind[]) statuses.add(s);
  for (const t of p.topUps)
    for (const v of knownValues<{ kind: string; status?: StatusKind }>(t))
      if (v.kind === "status" && v.status) statuses.add(v.status);
  // A tier table is a list, or a list plus tiers reserved for some statuses (QN 2021, BB 2022).
  type TierValue =
    | readonly string[]
    | { tiers: readonly string[]; reserved: readonly { tier: string; statuses: readonly StatusKind[] }[] };
  for (const v of knownValues<TierValue>(p.tiers))
    if (!Array.isArray(v))
      for (const r of (v as Exclude<TierValue, readonly string[]>).reserved)
        for (const s of r.statuses) statuses.add(s);
  const tierValue = knownNear(p.tiers as ParameterLike, firstPayment)?.value as TierValue | undefined;
  const tierList =
    tierValue === undefined
      ? []
      : Array.isArray(tierValue)
        ? (tierValue as readonly string[])
        : [
            ...(tierValue as Exclude<TierValue, readonly string[]>).tiers,
            ...(tierValue as Exclude<TierValue, readonly string[]>).reserved.map((r) => r.tier),
          ];
  return {
    tiers: [...new Set(tierList)].sort((a, b) => Number(a) - Number(b)),
    statuses: [...statuses],
    legacyGrades: knownValues<{ grades: readonly string[] }>(p.legacy).at(-1)?.grades ?? [],
    lumpSumStandards: knownValues<{ standards: readonly string[] }>(p.lumpSum).at(-1)?.standards ?? [],
    familyBinding: policy.features.familyBinding.value,
  };
}

// ---------------------------------------------------------------- balances by year (the chart)

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

// ---------------------------------------------------------------- a value the sources lack

/** The policy parameter with rule id `id` (a topUp is one of an array), with its key in `parameters`. */
export function findParameter(policy: RegionPolicy, id: string): { key: string; parameter: ParameterLike } | undefined {
  for (const [key, p] of Object.entries(policy.parameters) as [string, unknown][]) {
    for (const q of Array.isArray(p) ? (p as unknown[]) : [p])
      if (isParameter(q) && q.id === id) return { key, parameter: q };
  }
  return undefined;
}

/** One value the evaluation needs and the sources do not give. */
export interface MissingValue {
  readonly parameter: string;
  /** The key in `policy.parameters` (`basic`, `minBasic`, `tiers`…), for the page's plain name. */
  readonly key: string | undefined;
  /** The library's title (English today; `titleZh` once the library has it). */
  readonly title: string;
  readonly titleZh: string | undefined;
  /** The date the evaluation needed it for. */
  readonly date: string;
  /** The unknown period the date falls in (what a supplied value should cover). */
  readonly from: string;
  readonly until: string | undefined;
  /** The last value the sources give before the date, and where it came from. */
  readonly lastKnown: { readonly from: string; readonly value: string; readonly citation: string } | undefined;
  /**
   * What the user can type: `money`, an amount in 元 (one field, a supplied parameter value);
   * `date`, the scheme start (options.schemeStart); `other`, a value of another shape (case JSON).
   */
  readonly kind: "money" | "date" | "other";
}

function str(x: unknown): string | undefined {
  return typeof x === "string" ? x : undefined;
}

/**
 * The values a `parameter-unknown` error names: `details.missing` (every one, once the library
 * lists them all) or else its `details.parameter` on `details.date`.
 */
export function missingValues(policy: RegionPolicy | undefined, error: PensionInputError): MissingValue[] {
  if (error.code !== "parameter-unknown") return [];
  const details = error.details as Record<string, unknown>;
  const listed = Array.isArray(details["missing"])
    ? (details["missing"] as Record<string, unknown>[]).filter((m) => m["status"] !== "known")
    : [];
  const wanted =
    listed.length > 0
      ? listed.map((m) => ({
          parameter: str(m["parameter"]),
          date: str(m["from"]) ?? str(m["date"]),
          titleZh: str(m["titleZh"]),
          until: str(m["until"]),
        }))
      : [{ parameter: str(details["parameter"]), date: str(details["date"]), titleZh: undefined, until: undefined }];
  const out: MissingValue[] = [];
  for (const w of wanted) {
    if (w.parameter === undefined || w.date === undefined) continue;
    const date = w.date;
    const found = policy ? findParameter(policy, w.parameter) : undefined;
    const segs = found?.parameter.segments ?? [];
    const seg = segs.find((s) => s.from <= date && (s.until === undefined || date <= s.until));
    const before = segs.filter((s) => !s.unknown && s.from <= date).at(-1);
    const lastKnown =
      before && typeof before.value === "string"
        ? { from: before.from, value: before.value, citation: before.citation }
        : undefined;
    const money =
      found !== undefined &&
      segs.some((s) => typeof s.value === "string" && /^\d+(\.\d+)?$/.test(s.value)) &&
      found.key !== "rate";
    const schemeStart = policy !== undefined && w.parameter === policy.facts.schemeStart.rule;
    out.push({
      parameter: w.parameter,
      key: schemeStart ? "schemeStart" : found?.key,
      title: found?.parameter.title ?? w.parameter,
      titleZh: w.titleZh,
      date,
      from: seg?.from ?? date,
      until: w.until ?? seg?.until,
      lastKnown,
      kind: schemeStart ? "date" : money ? "money" : "other",
    });
  }
  return out;
}

/**
 * What to add to the case's `options` to supply missing values: `{ parameters: { ID: [segment] } }`
 * covering the unknown period each date falls in, and `{ schemeStart }` where that is missing.
 * `value` fills the segments (the user's figure, or a placeholder for a template).
 */
export function optionsFor(missing: readonly MissingValue[], value: string, citation: string): Record<string, unknown> {
  const parameters: Record<string, unknown[]> = {};
  const out: Record<string, unknown> = {};
  for (const v of missing) {
    if (v.kind === "date") {
      out["schemeStart"] = value;
      continue;
    }
    const segment: Record<string, unknown> = { from: v.from };
    if (v.until !== undefined) segment["until"] = v.until;
    segment["value"] = value;
    segment["citation"] = citation;
    (parameters[v.parameter] ??= []).push(segment);
  }
  if (Object.keys(parameters).length > 0) out["parameters"] = parameters;
  return out;
}

/** The case with `add` merged into its `options` (parameters merged by id). */
export function withOptions(input: unknown, add: Record<string, unknown>): Record<string, unknown> {
  const c = { ...(input as Record<string, unknown>) };
  const options = { ...((c["options"] as Record<string, unknown> | undefined) ?? {}), ...add };
  if (add["parameters"] !== undefined) {
    const before = (c["options"] as { parameters?: Record<string, unknown> } | undefined)?.parameters ?? {};
    options["parameters"] = { ...before, ...(add["parameters"] as Record<string, unknown>) };
  }
  c["options"] = options;
  return c;
}

/**
 * Whether a result object rests on a lower bound: `"estimate": "at-least"` (answers.md §3, set by
 * `evaluateCase(…, { estimate: "floor" })` on the figures computed from a floor).
 */
export function isAtLeast(x: unknown): boolean {
  return typeof x === "object" && x !== null && (x as { estimate?: unknown }).estimate === "at-least";
}

/** `["payments", 0, "date"]` → `$.payments[0].date` */
export function jsonPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (s, p) =>
      typeof p === "number" ? `${s}[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `${s}.${p}` : `${s}[${JSON.stringify(p)}]`,
    "$",
  );
}

/** Today's date in the reader's time zone, `YYYY-MM-DD` (the page reads the clock; never the library). */
export function localDate(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
