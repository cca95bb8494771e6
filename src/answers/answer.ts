import { Decimal } from "../money";
import { previousDay, type CivilDate } from "../dates";
import { isPensionInputError, messageText, PensionInputError } from "../errors";
import { extraText } from "../i18n/extra";
import type { Locale } from "../i18n/locale";
import {
  evaluateInternal,
  localeOption,
  parseCase,
  resolver,
  traceOption,
  withReceived,
  type EvaluateOptions,
  type PolicySource,
} from "../case/core";
import type { Case } from "../case/schema";
import type { CaseResult, PartialCaseResult, TraceStep } from "../case/result";
import { isUnknownSegment, type KnownSegment, type Parameter, type Segment } from "../policy/parameter";
import type { RegionPolicy } from "../policy/schema";
import { exploreCase, filledCase, PLACEHOLDER } from "./needs";
import type { Need } from "./need";

type Pre = ((p: RegionPolicy) => RegionPolicy) | undefined;

// Module-level callbacks: made once, not per case (see rules/person.ts).
const isUnknown = (n: Need): boolean => n.status === "unknown";
const periodText = (n: Need): string => `${n.parameter} ${n.from} – ${n.until}`;

/**
 * A `parameter-unknown` error with every missing value of the case in `details.missing`
 * (answers.md §1); any other error unchanged.
 */
export function withMissing(e: unknown, c: Case, resolve: (id: string) => RegionPolicy, pre?: Pre): unknown {
  if (!isPensionInputError(e) || e.code !== "parameter-unknown") return e;
  let missing: Need[];
  try {
    missing = exploreCase(c, resolve, pre).report.needs.filter(isUnknown);
  } catch {
    return e;
  }
  if (missing.length === 0) return e;
  const list = missing.map(periodText).join("; ");
  const message = extraText("parameter.missing-all", { first: messageText(e), count: missing.length, list });
  return new PensionInputError(e.code, e.path, message, { ...e.details, missing });
}

// ---------------------------------------------------------------------------------------------
// Lower bounds (answers.md §3)

const FLOOR_WHY =
  "lower bound (docs/answering.md): basic pensions are only ever raised, and a national raise may not offset local increases (人社部发〔2015〕5号)";

function latestKnownOnOrBefore(p: Parameter<string>, date: CivilDate): KnownSegment<string> | undefined {
  let found: KnownSegment<string> | undefined;
  for (const s of p.segments) {
    if (s.from > date) break;
    if (!isUnknownSegment(s)) found = s;
  }
  return found;
}

/**
 * A basic-pension parameter whose unknown periods hold their floor: the larger of the parameter's
 * latest known value before the period and the latest known NAT-MIN-BASIC on or before each
 * month (`raise` is added, to find the figures that move with the floor).
 */
function floored(p: Parameter<string>, minBasic: Parameter<string>, raise: Decimal): Parameter<string> {
  const segments: Segment<string>[] = [];
  for (const s of p.segments) {
    if (!isUnknownSegment(s)) {
      segments.push(s);
      continue;
    }
    const before = latestKnownOnOrBefore(p, previousDay(s.from));
    // Pieces: the segment split where a known national minimum starts inside it.
    const starts = [
      s.from,
      ...minBasic.segments
        .filter((m) => !isUnknownSegment(m) && m.from > s.from && (s.until === undefined || m.from <= s.until))
        .map((m) => m.from),
    ];
    starts.forEach((from, i) => {
      const next = starts[i + 1];
      const until = next !== undefined ? previousDay(next) : s.until;
      const nat = latestKnownOnOrBefore(minBasic, from);
      const sources = [before ? { id: p.id, seg: before } : null, nat ? { id: minBasic.id, seg: nat } : null].filter(
        (x) => x !== null,
      );
      if (sources.length === 0) {
        segments.push({ ...s, from, ...(until !== undefined ? { until } : {}) } as Segment<string>);
        return;
      }
      const best = sources.reduce((a, b) => (new Decimal(b.seg.value).gt(a.seg.value) ? b : a));
      const value = new Decimal(best.seg.value).plus(raise).toString();
      const named = sources.map((x) => `${x.id} ${x.seg.value} from ${x.seg.from} (${x.seg.citation})`).join("; ");
      segments.push({
        from,
        ...(until !== undefined ? { until } : {}),
        value,
        citation: `at least ${best.seg.value}: the floor is the larger of ${named}; ${FLOOR_WHY}`,
        note: `estimate: at least — the sources give no value for ${s.from} – ${s.until ?? "open"}${s.note ? ` (${s.note})` : ""}`,
      });
    });
  }
  return { id: p.id, title: p.title, segments };
}

/** The policy with every unknown basic pension at its floor (plus `raise`). */
export function floorPolicy(policy: RegionPolicy, raise: Decimal = new Decimal(0)): RegionPolicy {
  const { basic, minBasic } = policy.parameters;
  const parameters = {
    ...policy.parameters,
    basic: floored(basic, minBasic, raise),
    minBasic: floored(minBasic, minBasic, raise),
  };
  return { ...policy, parameters } as RegionPolicy;
}

/** The settlement's figures drawn from the personal account (the death benefit comes from the fund). */
const SETTLEMENT_ACCOUNT_FIGURES = [
  "balance",
  "excluded",
  "overpayment",
  "overpaymentRecovered",
  "overpaymentOutstanding",
  "inheritable",
  "toFund",
  "transferred",
] as const;

type Direction = "at-least" | "at-most";
const direction = (low: string, high: string): Direction => (new Decimal(high).gt(low) ? "at-least" : "at-most");

type MarkableLine = { rule?: string | null; label?: string | null; amount: string | null; estimate?: Direction };

/** The parts of a (full or partial) result that carry floor markers. */
interface Markable {
  pension: {
    monthly: { month: string | null; total: string | null; lines: MarkableLine[] | null; estimate?: Direction } | null;
  } | null;
  settlement:
    ({ lines: MarkableLine[] | null; estimates?: Record<string, Direction> } & Record<string, unknown>) | null;
  account: { interestByYear: Record<string, unknown> | null; estimate?: Direction } | null;
}

/** A line's key for matching it across two evaluations: its rule and label without figures, and its occurrence. */
function lineKeys(lines: readonly { rule?: string | null; label?: string | null }[]): string[] {
  const seen = new Map<string, number>();
  return lines.map((l) => {
    const k = `${l.rule ?? ""}|${(l.label ?? "").replace(/\d[\d.,]*/g, "#")}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return `${k}|${n}`;
  });
}

function markLines(
  lines:
    { rule?: string | null; label?: string | null; amount: string | null; estimate?: Direction }[] | null | undefined,
  other: readonly { rule?: string | null; label?: string | null; amount: string | null }[] | null | undefined,
): void {
  if (!lines || !other) return;
  const keys = lineKeys(other);
  const byKey = new Map(other.map((o, i) => [keys[i]!, o]));
  const mine = lineKeys(lines);
  lines.forEach((l, i) => {
    const o = byKey.get(mine[i]!);
    if (o && l.amount !== null && o.amount !== null && l.amount !== o.amount)
      l.estimate = direction(l.amount, o.amount);
  });
}

/**
 * Mark on `r` (computed with the floors) every figure that moves when the floors rise (`raised`),
 * with the direction the true figure can only move; account figures resting on a floor rate
 * default (`features.interestRate.floor`, NX-INT) are marked too.
 */
function markFloors(r: Markable, raised: CaseResult, c: Case, policy: RegionPolicy): void {
  const m = r.pension?.monthly;
  const mr = raised.pension.monthly;
  if (m && mr && m.month === mr.month) {
    markLines(m.lines, mr.lines);
    if (m.total !== null && m.total !== mr.total) m.estimate = direction(m.total, mr.total);
  }
  const s = r.settlement;
  const sr = raised.settlement;
  if (s && sr) {
    markLines(s.lines, sr.lines);
    const estimates: Record<string, Direction> = {};
    for (const k of [...SETTLEMENT_ACCOUNT_FIGURES, "deathBenefit"] as const) {
      const a = s[k];
      const b = sr[k];
      if (typeof a === "string" && a !== b) estimates[k] = direction(a, b);
    }
    if (Object.keys(estimates).length) s.estimates = estimates;
  }
  // A rate rule that sets only a floor (NX-INT): the announced rate is unknown and the default is
  // that floor, the PBoC rate.
  if (policy.features.interestRate.floor === true) {
    const supplied = c.options?.interestRates ?? {};
    const years = Object.keys(r.account?.interestByYear ?? {});
    if (r.account && years.some((y) => supplied[y] === undefined)) {
      r.account.estimate = "at-least";
      // The account pension is the balance at its start over the divisor: at least as well.
      const line = m?.lines?.find((l) => (l as { rule?: string }).rule === policy.facts.fixedDivisor.rule);
      if (m && line) {
        line.estimate = "at-least";
        m.estimate = "at-least";
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Partial results (answers.md §2)

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Where two evaluations with different stand-ins agree the value stands; elsewhere null. */
function agree(a: unknown, b: unknown): unknown {
  if (a === b) return a;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length ? a.map((x, i) => agree(x, b[i])) : null;
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length || ka.some((k) => !(k in b))) return null;
    return Object.fromEntries(ka.map((k) => [k, agree(a[k], b[k])]));
  }
  return null;
}

/**
 * The account's figures move together: the account pension is drawn pro rata over the components,
 * each rounded to the fen, so a component can agree at two stand-ins and differ in between. Where
 * any balance figure differs, all are null; interest and draws are null from the first year that
 * differs; the settlement's account figures are null when any of them differs.
 *
 * About 65 lines on purpose: the three groups of figures share one "first year that differs" and
 * one merged object; split up, each part would need them all passed back and forth.
 */
function widenAccountNulls(merged: PartialCaseResult, a: CaseResult, b: CaseResult, policy: RegionPolicy): void {
  const acc = merged.account as Record<string, unknown> | null;
  if (acc) {
    const moved =
      a.account.balance !== b.account.balance ||
      a.account.paidOut !== b.account.paidOut ||
      a.account.fundPaid !== b.account.fundPaid ||
      JSON.stringify(a.account.components) !== JSON.stringify(b.account.components);
    if (moved) {
      for (const k of ["balance", "paidOut", "fundPaid"]) acc[k] = null;
      if (acc["components"])
        acc["components"] = Object.fromEntries(Object.keys(a.account.components).map((k) => [k, null]));
    }
    for (const k of ["interestByYear", "drawsByYear"] as const) {
      const byYear = acc[k] as Record<string, unknown> | null;
      if (!byYear) continue;
      const years = Object.keys(byYear).sort();
      const first = years.findIndex((y) => JSON.stringify(a.account[k][y]) !== JSON.stringify(b.account[k][y]));
      if (first >= 0) for (const y of years.slice(first)) byYear[y] = null;
    }
  }
  // A payment refused for different reasons by the two stand-ins (not a tier with one, after the
  // pension start with the other) may be valid with a value in between: nothing of it stands.
  const payments = merged.payments as (Record<string, unknown> | null)[] | null;
  if (payments && a.payments.length === b.payments.length) {
    a.payments.forEach((pa, i) => {
      const entry = payments[i];
      if (entry && JSON.stringify(pa.refusals) !== JSON.stringify(b.payments[i]!.refusals)) {
        for (const k of [
          "valid",
          "tier",
          "personal",
          "proxy",
          "subsidy",
          "subsidyByLevel",
          "collective",
          "other",
          "refusals",
        ])
          entry[k] = null;
      }
    });
  }
  // answers.md §2: where a payment's validity depends on a missing value, every figure that depends
  // on the account or on the contribution years is null (they need not move monotonically with it).
  const validity = (r: CaseResult): string =>
    JSON.stringify([r.payments.map((p) => [p.valid, p.refusals]), r.contributionYears]);
  if (validity(a) !== validity(b)) {
    const m = merged as unknown as Record<string, Record<string, unknown> | null>;
    if (m["account"]) for (const k of Object.keys(m["account"])) m["account"][k] = null;
    if (m["pension"])
      for (const k of ["eligible", "firstMonth", "refusals", "makeUp", "accountPension", "monthly", "suspendedMonths"])
        m["pension"][k] = null;
    const st = m["settlement"];
    if (st) {
      for (const k of ["lastPensionMonth", ...SETTLEMENT_ACCOUNT_FIGURES, "deathBenefit"]) st[k] = null;
      st["lines"] = null;
    }
    (merged as { contributionYears: number | null }).contributionYears = null;
  }
  const s = merged.settlement as Record<string, unknown> | null;
  if (s && a.settlement && b.settlement) {
    if (SETTLEMENT_ACCOUNT_FIGURES.some((k) => a.settlement![k] !== b.settlement![k])) {
      for (const k of SETTLEMENT_ACCOUNT_FIGURES) s[k] = null;
      const benefits = new Set([policy.parameters.deathBenefit?.id, policy.parameters.legacyFuneral?.id]);
      const lines = s["lines"] as { rule: string | null; amount: string | null }[] | null;
      if (lines) for (const l of lines) if (!benefits.has(l.rule ?? undefined)) l.amount = null;
    }
  }
}

/** The trace steps both evaluations share that cite no stand-in. */
function commonSteps(a: readonly TraceStep[], b: readonly TraceStep[]): TraceStep[] {
  const counts = new Map<string, number>();
  for (const s of b) counts.set(JSON.stringify(s), (counts.get(JSON.stringify(s)) ?? 0) + 1);
  return a.filter((s) => {
    const k = JSON.stringify(s);
    const n = counts.get(k) ?? 0;
    if (n === 0 || k.includes(PLACEHOLDER)) return false;
    counts.set(k, n - 1);
    return true;
  });
}

/** evaluateCase with `unknowns: "partial"` and/or `estimate: "floor"`. */
export function evaluateAnswering(
  c: Case,
  resolve: (id: string) => RegionPolicy,
  traceOn: boolean,
  unknowns: "refuse" | "partial",
  estimate: "none" | "floor",
  locale: Locale = "en",
): CaseResult | PartialCaseResult {
  const pre: Pre = estimate === "floor" ? (p) => floorPolicy(p) : undefined;
  // Raised far above any plausible value: a figure that does not move then (e.g. an overpayment
  // fully recovered from the account either way) cannot move for any value in between.
  const raisedPre = (p: RegionPolicy): RegionPolicy => floorPolicy(p, new Decimal(1_000_000));
  const policy = resolve(c.region);
  let result: CaseResult | PartialCaseResult;
  let partialOf: Case = c;
  if (unknowns === "refuse") {
    try {
      result = evaluateInternal(c, resolve, traceOn, pre, locale).result;
    } catch (e) {
      throw withMissing(e, c, resolve, pre);
    }
  } else {
    const x = exploreCase(c, resolve, pre);
    const missing = x.report.needs.filter(isUnknown);
    if (x.report.complete) {
      result = { ...evaluateInternal(c, resolve, traceOn, pre, locale).result, unknowns: [] };
    } else {
      partialOf = filledCase(c, x.missing, "low", policy);
      const a = evaluateInternal(partialOf, resolve, traceOn, pre, locale).result;
      const b = evaluateInternal(filledCase(c, x.missing, "high", policy), resolve, traceOn, pre, locale).result;
      const merged = agree({ ...a, trace: [] }, { ...b, trace: [] }) as PartialCaseResult;
      widenAccountNulls(merged, a, b, policy);
      result = { ...merged, trace: commonSteps(a.trace, b.trace), unknowns: missing };
    }
  }
  if (estimate === "floor") {
    const raised = evaluateInternal(partialOf, resolve, false, raisedPre).result;
    const copy = structuredClone(result);
    markFloors(copy as unknown as Markable, raised, c, policy);
    result = copy;
  }
  return result;
}

/**
 * Evaluate a case against the given policies, with every answer of answers.md: the
 * `parameter-unknown` error lists every missing value in `details.missing`; `{ unknowns:
 * "partial" }` gives a {@link PartialCaseResult}; `{ estimate: "floor" }` floors unknown basic
 * pensions (also the case's `options.estimate`). Same result as `evaluateCase`.
 *
 * @example
 * evaluateCaseWith(qiannan, caseJson, { unknowns: "partial" }).unknowns //=> [...]
 */
export function evaluateCaseWith(
  policies: PolicySource,
  input: unknown,
  options: EvaluateOptions & { readonly unknowns: "partial" },
): PartialCaseResult;
export function evaluateCaseWith(
  policies: PolicySource,
  input: unknown,
  options?: EvaluateOptions & { readonly unknowns?: "refuse" | undefined },
): CaseResult;
export function evaluateCaseWith(
  policies: PolicySource,
  input: unknown,
  options?: EvaluateOptions,
): CaseResult | PartialCaseResult;
export function evaluateCaseWith(
  policies: PolicySource,
  input: unknown,
  options?: EvaluateOptions,
): CaseResult | PartialCaseResult {
  const locale = localeOption(options);
  return withReceived(input, () => answer(policies, input, options, locale), locale);
}

function answer(
  policies: PolicySource,
  input: unknown,
  options: EvaluateOptions | undefined,
  locale: Locale,
): CaseResult | PartialCaseResult {
  const traceOn = traceOption(options);
  const c = parseCase(input);
  const resolve = resolver(policies);
  // The second argument decides (the result type depends on it); the case's own
  // options.unknowns is read by the command line and batch.
  const unknowns = options?.unknowns ?? "refuse";
  const estimate = options?.estimate ?? c.options?.estimate ?? "none";
  if (unknowns === "refuse" && estimate === "none") {
    try {
      return evaluateInternal(c, resolve, traceOn, undefined, locale).result;
    } catch (e) {
      throw withMissing(e, c, resolve);
    }
  }
  return evaluateAnswering(c, resolve, traceOn, unknowns, estimate, locale);
}
