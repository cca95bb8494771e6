import { extraText } from "../i18n/extra";
import { Decimal } from "../money";
import { nextDay, previousDay, type CivilDate } from "../dates";
import { isPensionInputError, PensionInputError } from "../errors";
import { evaluateInternal, localeOption, parseCase, resolver, type Internal, type PolicySource } from "../case/core";
import { localizeError } from "../errors";
import type { Locale } from "../i18n/locale";
import type { Case } from "../case/schema";
import { nationalCohort } from "../policy/national";
import { isUnknownSegment, recording, type Lookup, type Parameter, type Segment } from "../policy/parameter";
import { withOverrides } from "../policy/overrides";
import type { RegionPolicy } from "../policy/schema";
import { titlesZh } from "../i18n/titles-zh";
import { statusKinds } from "../kinds";
import { shapes, type Need, type NeedsReport } from "./need";

/** Citation of the stand-in values `needs` puts into unknown periods to follow the evaluation on. */
export const PLACEHOLDER = "resident-pension needs: stand-in for an unknown value";

/** How a stand-in value is chosen (see docs/answering.md "How needs explores"). */
export type Fill = "demanding" | "example" | "low" | "high";

type AnyParameter = Parameter<unknown>;
type Pre = ((p: RegionPolicy) => RegionPolicy) | undefined;

interface Period {
  from: CivilDate;
  until: CivilDate | undefined;
  /** The unknown segment's citation and note (why the sources give no value). */
  citation?: string | undefined;
  note?: string | undefined;
}

/** Every unknown period found for a case, by parameter id, and whether the scheme start is unknown. */
export interface Missing {
  readonly periods: Map<string, Period[]>;
  schemeStart: boolean;
}

/** The parameter with `id` in a policy, with its RegionPolicy key. */
export function parameterById(policy: RegionPolicy, id: string): { key: string; parameter: AnyParameter } | undefined {
  for (const [key, v] of Object.entries(policy.parameters)) {
    const list = (Array.isArray(v) ? v : v ? [v] : []) as AnyParameter[];
    for (const q of list) if (q.id === id) return { key, parameter: q };
  }
  return undefined;
}

function lastKnownValue(p: AnyParameter): unknown {
  for (let i = p.segments.length - 1; i >= 0; i--) {
    const s = p.segments[i]!;
    if (!isUnknownSegment(s)) return s.value;
  }
  return undefined;
}

/** A valid example of a parameter's value: its latest known value, else the kind's example. */
export function exampleOf(key: string, p: AnyParameter): unknown {
  return lastKnownValue(p) ?? shapes[key]?.example ?? null;
}

function candidateTiers(c: Case, p: AnyParameter, policy: RegionPolicy): string[] {
  // Every amount the case's payments could make a tier of (each payment, each year's sum, with
  // and without each known proxy amount): with these, no payment is refused for its tier.
  const out = new Set<string>();
  const byYear = new Map<number, Decimal>();
  const proxies: Decimal[] = [];
  for (const s of policy.parameters.proxy?.segments ?? [])
    if (!isUnknownSegment(s)) for (const g of s.value.groups) proxies.push(new Decimal(g.amount));
  for (const pay of c.payments ?? []) {
    const a = new Decimal(String(pay.amount));
    out.add(a.toFixed(2));
    byYear.set(pay.year, (byYear.get(pay.year) ?? new Decimal(0)).plus(a));
  }
  for (const sum of byYear.values()) out.add(sum.toFixed(2));
  for (const a of [...out]) for (const x of proxies) out.add(new Decimal(a).plus(x).toFixed(2));
  // The latest known table's tiers too (a plain list, or `{ tiers, reserved }` since Qiannan 2021):
  // a case without payments still gets a valid, non-empty table.
  for (const t of tiersOf(lastKnownValue(p))) out.add(new Decimal(t).toFixed(2));
  return [...out].filter(isPositive).sort(byAmount);
}

// Module-level callbacks: made once, not per call (see rules/person.ts).
const isPositive = (t: string): boolean => new Decimal(t).gt(0);
const byAmount = (x: string, y: string): number => new Decimal(x).comparedTo(y);
const byParameterAndDate = (a: Need, b: Need): number =>
  a.parameter < b.parameter ? -1 : a.parameter > b.parameter ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : 0;

/** The tier amounts of a tier-table value: a list, or the general and reserved tiers of `{ tiers, reserved }`. */
function tiersOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== "object" || value === null) return [];
  const { tiers, reserved } = value as { tiers?: unknown; reserved?: unknown };
  return [
    ...(Array.isArray(tiers) ? tiers.map(String) : []),
    ...(Array.isArray(reserved) ? reserved.map((r) => String((r as { tier?: unknown }).tier)) : []),
  ];
}

const LOW: Readonly<Record<string, unknown>> = {
  basic: "0",
  minBasic: "0",
  rate: "0",
  specialSubsidyIncome: "0",
  collectiveCap: "0",
  subsidy: { brackets: [{ from: "0", amount: "0" }] },
  proxy: { groups: [] },
  enrolAge: 16,
  pensionAge: { male: 55, female: 55 },
  specialSubsidy: {},
  deadline: { month: 1, day: 1 },
  tiers: ["0.01"],
  topUps: { kind: "flat", amount: "0" },
  deathBenefit: { kind: "flat", amount: "0" },
  legacyFuneral: { kind: "flat", amount: "0" },
  inherit: "exclude-subsidy",
  missingSuspension: { fromMonth: 1 },
};
const HIGH: Readonly<Record<string, unknown>> = {
  basic: "99999",
  minBasic: "99999",
  rate: "0.5",
  specialSubsidyIncome: "999999",
  collectiveCap: "999999",
  subsidy: { brackets: [{ from: "0", amount: "9999" }] },
  specialSubsidy: { "village-cadre": "1", "one-child-parent": "1", dibao: "1", tekun: "1", "severe-disability": "1" },
  deadline: { month: 12, day: 31 },
  topUps: { kind: "flat", amount: "99999" },
  deathBenefit: { kind: "flat", amount: "99999" },
  legacyFuneral: { kind: "flat", amount: "99999" },
  inherit: "whole-balance",
  missingSuspension: { fromMonth: 99 },
  enrolAge: 99,
  pensionAge: { male: 65, female: 65 },
  proxy: { groups: [{ statuses: [...statusKinds], amount: "1" }] },
};

/** The stand-in value of a parameter for one way of filling (all valid values of its schema). */
export function fillValue(fill: Fill, key: string, p: AnyParameter, c: Case, policy: RegionPolicy): unknown {
  if (key === "tiers" && (fill === "demanding" || fill === "high")) return candidateTiers(c, p, policy);
  if (fill === "demanding") {
    if (key === "deadline") return { month: 12, day: 31 };
    if (key === "collectiveCap") return "999999";
  }
  if (fill === "low" && key in LOW) return LOW[key];
  if (fill === "high" && key in HIGH) return HIGH[key];
  return exampleOf(key, p);
}

/** The case's overrides with every missing period filled the given way (placeholders last: they win). */
export function filledCase(c: Case, missing: Missing, fill: Fill, base: RegionPolicy, schemeStart?: CivilDate): Case {
  const parameters: Record<string, unknown[]> = {};
  for (const [id, list] of Object.entries(c.options?.parameters ?? {})) parameters[id] = [...list];
  for (const [id, periods] of missing.periods) {
    const found = parameterById(base, id);
    if (!found) continue;
    const value = fillValue(fill, found.key, found.parameter, c, base);
    const list = (parameters[id] ??= []);
    for (const p of periods)
      list.push(
        p.until === undefined
          ? { from: p.from, value, citation: PLACEHOLDER }
          : { from: p.from, until: p.until, value, citation: PLACEHOLDER },
      );
  }
  const options = { ...c.options, parameters: parameters as NonNullable<NonNullable<typeof c.options>["parameters"]> };
  if (missing.schemeStart && c.options?.schemeStart === undefined) {
    options.schemeStart = schemeStart ?? (fill === "high" ? nationalCohort.latestStart : nationalCohort.earliestStart);
  }
  return { ...c, options };
}

function recordingPolicy(policy: RegionPolicy, into: Lookup[]): RegionPolicy {
  const parameters: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(policy.parameters)) {
    parameters[k] = Array.isArray(v)
      ? recordingAll(v as AnyParameter[], into)
      : v
        ? recording(v as AnyParameter, into)
        : v;
  }
  return { ...policy, parameters } as unknown as RegionPolicy;
}

function recordingAll(list: readonly AnyParameter[], into: Lookup[]): AnyParameter[] {
  const out: AnyParameter[] = [];
  for (const q of list) out.push(recording(q, into));
  return out;
}

/** The policy a round evaluates: the case's `pre` (an override) applied, then recording into `into`. */
function roundPolicy(pre: Pre, into: Lookup[], p: RegionPolicy): RegionPolicy {
  return recordingPolicy(pre ? pre(p) : p, into);
}

/** The unknown period around `date`: the unknown segment, or the gap between known segments. */
function periodAround(p: AnyParameter, date: CivilDate): Period {
  let prev: Segment<unknown> | undefined;
  for (const s of p.segments) {
    if (s.from <= date && (s.until === undefined || date <= s.until)) {
      return isUnknownSegment(s)
        ? { from: s.from, until: s.until, citation: s.citation, note: s.note }
        : { from: s.from, until: s.until };
    }
    if (s.from > date)
      return {
        from: prev?.until !== undefined ? nextDay(prev.until) : date,
        until: previousDay(s.from),
        note: "no value is in force in this period",
      };
    prev = s;
  }
  return {
    from: prev?.until !== undefined ? nextDay(prev.until) : date,
    until: undefined,
    note: "no value is in force after the last one",
  };
}

const MAX_ROUNDS = 200;

interface Run {
  readonly lookups: Lookup[];
  readonly internal: Internal;
}

/**
 * Evaluate with every missing period filled `fill`'s way, adding each newly found unknown period
 * to `missing` and evaluating again, until the evaluation goes through.
 */
function explore(
  c: Case,
  resolve: (id: string) => RegionPolicy,
  missing: Missing,
  fill: Fill,
  schemeStart: CivilDate,
  pre: Pre,
): Run {
  const base = resolve(c.region);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const lookups: Lookup[] = [];
    try {
      const internal = evaluateInternal(
        filledCase(c, missing, fill, base, schemeStart),
        resolve,
        false,
        roundPolicy.bind(undefined, pre, lookups),
      );
      return { lookups, internal };
    } catch (e) {
      if (!isPensionInputError(e) || e.code !== "parameter-unknown") throw e;
      const id = e.details.parameter;
      if (id === base.facts.schemeStart.rule && !missing.schemeStart) {
        missing.schemeStart = true;
        continue;
      }
      const found = id === undefined ? undefined : parameterById(base, id);
      const date = e.details.date;
      if (!found || date === undefined) throw e;
      // The period as the case's own overrides leave it.
      const overridden = c.options?.parameters
        ? withOverrides(base, c.options.parameters, ["options", "parameters"])
        : base;
      const own = pre ? pre(overridden) : overridden;
      const effective = parameterById(own, found.parameter.id)?.parameter ?? found.parameter;
      const period = periodAround(effective, date);
      const list = missing.periods.get(found.parameter.id) ?? [];
      if (list.some((p) => p.from === period.from)) throw e; // a known value that still fails (e.g. a divisor without the age)
      list.push(period);
      missing.periods.set(found.parameter.id, list);
    }
  }
  throw new PensionInputError("limit-exceeded", [], extraText("limit.needs-rounds", { max: MAX_ROUNDS }));
}

function maxDate(a: CivilDate, b: CivilDate): CivilDate {
  return a > b ? a : b;
}

/** A need with its keys in the documented order. */
function needOf(
  id: string,
  title: string,
  key: string,
  p: AnyParameter,
  rest: Omit<Need, "parameter" | "title" | "titleZh" | "shape" | "example">,
): Need {
  return {
    parameter: id,
    title,
    titleZh: titlesZh[id] ?? title,
    ...rest,
    shape: shapes[key]?.shape ?? "see the region page",
    example: exampleOf(key, p),
  };
}

/** Merge overlapping or adjacent periods (sorted by from). */
function mergePeriods(list: readonly Period[]): Period[] {
  const sorted = [...list].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: Period[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && (last.until === undefined || nextDay(last.until) >= p.from)) {
      if (last.until !== undefined && (p.until === undefined || p.until > last.until)) last.until = p.until;
      continue;
    }
    out.push({ ...p });
  }
  return out;
}

/** The result of exploring a case: the report and what partial results and the error need. */
export interface Exploration {
  readonly report: NeedsReport;
  readonly missing: Missing;
  readonly case: Case;
  readonly resolve: (id: string) => RegionPolicy;
}

/**
 * Explore a parsed case: evaluate it with the missing values filled in two ways (the most
 * demanding stand-ins: every payment a valid tier, the latest deadline, the earliest scheme
 * start; and plain examples, with the latest scheme start), record every lookup, and list them.
 */
export function exploreCase(c: Case, resolve: (id: string) => RegionPolicy, pre?: Pre): Exploration {
  const base = resolve(c.region);
  const missing: Missing = { periods: new Map(), schemeStart: false };
  const runs: Run[] = [];
  runs.push(explore(c, resolve, missing, "demanding", nationalCohort.earliestStart, pre));
  runs.push(explore(c, resolve, missing, "example", nationalCohort.latestStart, pre));
  if (missing.schemeStart) runs.push(explore(c, resolve, missing, "example", nationalCohort.earliestStart, pre));
  // The first runs may have found periods the later ones filled: run once more with all of them.
  runs.push(explore(c, resolve, missing, "demanding", nationalCohort.latestStart, pre));

  let reach: CivilDate = c.asOf;
  for (const r of runs) for (const l of r.lookups) reach = maxDate(reach, l.date);

  const known = knownNeeds(runs, base, reach);
  const unknown = unknownNeeds(missing, base, reach);
  const facts = factNeeds(c, base, missing);
  const needs = [...facts, ...[...known, ...unknown].sort(byParameterAndDate)];
  const complete = !missing.schemeStart && missing.periods.size === 0;
  return { report: { complete, needs }, missing, case: c, resolve };
}

/**
 * Every dated value evaluating `input` looks up (answers.md §1), with its status, merged into
 * periods: complete in one call. `complete` is true when nothing is unknown; then `evaluateCase`
 * cannot fail with `parameter-unknown`.
 *
 * @param input a case as parsed from JSON (validated here)
 * @example
 * needs({ region: "qiannan", asOf: "2026-12-31", person: { birthDate: "1952-09-15" } }).complete //=> false
 */
export function needsWith(policies: PolicySource, input: unknown, options?: NeedsOptions): NeedsReport {
  const locale = needsLocale(options);
  try {
    return exploreCase(parseCase(input), resolver(policies)).report;
  } catch (e) {
    throw isPensionInputError(e) ? localizeError(e, locale) : e;
  }
}

/** Options of `needs` and {@link needsWith}. */
export interface NeedsOptions {
  /** The language of error messages: `"zh-CN"` or `"en"` (the default). */
  readonly locale?: Locale | undefined;
}

function needsLocale(options: unknown): Locale {
  if (options === undefined) return "en";
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new PensionInputError("invalid-input", ["options"], extraText("needs.options", {}));
  return localeOption(options);
}

/** The known values every run looked up, each period once. */
function knownNeeds(runs: readonly Run[], base: RegionPolicy, reach: CivilDate): Need[] {
  const known = new Map<string, Need>();
  for (const r of runs) {
    for (const l of r.lookups) {
      const s = l.segment;
      if (s === undefined || isUnknownSegment(s) || s.citation === PLACEHOLDER) continue;
      const id = l.parameter.id;
      const k = `${id}\u0000${s.from}`;
      if (known.has(k)) continue;
      const found = parameterById(base, id);
      const key = found?.key ?? "";
      known.set(
        k,
        needOf(id, l.parameter.title, key, found?.parameter ?? l.parameter, {
          from: s.from,
          until: s.until ?? maxDate(reach, s.from),
          status: "known",
          value: s.value,
          citation: s.citation,
          ...(s.note !== undefined ? { note: s.note } : {}),
        }),
      );
    }
  }
  return [...known.values()];
}

/** The periods no value covers, merged, up to the furthest lookup. */
function unknownNeeds(missing: Missing, base: RegionPolicy, reach: CivilDate): Need[] {
  const unknown: Need[] = [];
  for (const [id, periods] of missing.periods) {
    const found = parameterById(base, id)!;
    for (const p of mergePeriods(periods)) {
      if (p.from > reach) continue;
      unknown.push(
        needOf(id, found.parameter.title, found.key, found.parameter, {
          from: p.from,
          until: p.until === undefined || p.until > reach ? reach : p.until,
          status: "unknown",
          ...(p.citation !== undefined ? { citation: p.citation } : {}),
          ...(p.note !== undefined ? { note: p.note } : {}),
        }),
      );
    }
  }
  return unknown;
}

/** The scheme start: unknown between the national bounds, or the value given. */
function factNeeds(c: Case, base: RegionPolicy, missing: Missing): Need[] {
  const facts: Need[] = [];
  const fact = base.facts.schemeStart;
  const factNeed = (rest: Omit<Need, "parameter" | "title" | "titleZh" | "shape" | "example">): Need => ({
    parameter: fact.rule,
    title: "Scheme start (options.schemeStart)",
    titleZh: titlesZh[fact.rule] ?? fact.rule,
    ...rest,
    shape: shapes["schemeStart"]!.shape,
    example: shapes["schemeStart"]!.example,
  });
  const givenStart = c.options?.schemeStart ?? fact.value;
  if (missing.schemeStart) {
    facts.push(
      factNeed({
        from: nationalCohort.earliestStart,
        until: nationalCohort.latestStart,
        status: "unknown",
        citation: fact.citation,
        note: "the cohort depends on the scheme start, which lies between the national bounds",
      }),
    );
  } else if (givenStart !== null) {
    const citation = c.options?.schemeStart !== undefined ? "case options.schemeStart" : fact.citation;
    facts.push(factNeed({ from: givenStart, until: givenStart, status: "known", value: givenStart, citation }));
  }
  return facts;
}
