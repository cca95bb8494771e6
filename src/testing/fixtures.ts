import {
  getRegion,
  segmentOn,
  withOverrides,
  type Overrides,
  type Parameter,
  type RegionId,
  type RegionPolicy,
  type Segment,
} from "../index";
import { Decimal } from "../money";
import { addDays, firstDay, lastDay } from "./dates";

/** The citation every generated override carries. */
export const FIXTURE_CITATION = "property fixture";

type AnyParameter = Parameter<unknown>;

/**
 * Every parameter of a policy, the items of `topUps` included.
 *
 * @internal
 */
export function allParameters(policy: RegionPolicy): AnyParameter[] {
  const out: AnyParameter[] = [];
  for (const p of Object.values(policy.parameters) as (AnyParameter | readonly AnyParameter[] | undefined)[]) {
    if (p === undefined) continue;
    if (Array.isArray(p)) out.push(...(p as readonly AnyParameter[]));
    else out.push(p as AnyParameter);
  }
  return out;
}

/** Whether a segment is absent or unknown. @internal */
export function isUnknown(s: Segment<unknown> | undefined): boolean {
  return s === undefined || ("unknown" in s && s.unknown === true);
}

/**
 * True when `param` has a known value on `date` (no throw).
 *
 * @internal
 */
export function knownOn(param: AnyParameter | undefined, date: string): boolean {
  if (param === undefined) return false;
  return !isUnknown(segmentOn(param, date));
}

/**
 * The value in force on `date`, or undefined when unknown.
 *
 * @internal
 */
export function valueAt<T>(param: Parameter<T> | undefined, date: string): T | undefined {
  if (param === undefined) return undefined;
  const s = segmentOn(param, date);
  if (s === undefined || isUnknown(s as Segment<unknown>)) return undefined;
  return (s as { value: T }).value;
}

/** Parameters whose leading gap (before the first segment) the fixture fills from the region's start. */
const FILL_LEADING = new Set([
  "tiers",
  "deadline",
  "subsidy",
  "proxy",
  "specialSubsidy",
  "specialSubsidyIncome",
  "collectiveCap",
  "basic",
  "enrolAge",
  "pensionAge",
  "inherit",
  "minBasic",
]);

function knownValues(p: AnyParameter): { from: string; value: unknown }[] {
  return p.segments.filter((s) => !isUnknown(s)).map((s) => ({ from: s.from, value: (s as { value: unknown }).value }));
}

/** A value for a gap starting on `from`: the nearest known value (before, else after); money-like basic amounts + 10. */
function fillValue(p: AnyParameter, key: string, from: string): unknown {
  const known = knownValues(p);
  const before = [...known].reverse().find((k) => k.from < from);
  const after = known.find((k) => k.from > from);
  const near = before ?? after;
  if (key === "specialSubsidyIncome") return "12000";
  if (near === undefined) throw new Error(`no value to fill ${p.id} from ${from}`);
  if (key === "basic" || key === "minBasic") {
    const base = new Decimal(near.value as string);
    return (before ? base.plus(10) : base.minus(10)).toFixed(0);
  }
  return near.value;
}

/**
 * Overrides that give every parameter of `region` a value on every date from its start (the
 * earliest enrolment-age date) on: each unknown segment and leading gap filled with the nearest
 * known value (basic pensions +10 per later gap), cited "property fixture". Used by the generator's
 * "fixture" mode so any asOf and pension window can be evaluated.
 *
 * @example
 * Object.keys(fixtureOverrides("jiangmen")).slice(0, 3) //=> ["JM-PAY-TIERS", "JM-SUB", "JM-PROXY"]
 */
export function fixtureOverrides(region: RegionId): Overrides {
  const policy = getRegion(region);
  const start = policy.parameters.enrolAge.segments[0]!.from;
  const out: Record<string, { from: string; until?: string; value: unknown; citation: string }[]> = {};
  const entries = Object.entries(policy.parameters) as [string, AnyParameter | readonly AnyParameter[] | undefined][];
  for (const [key, holder] of entries) {
    if (holder === undefined || Array.isArray(holder)) continue;
    const p = holder as AnyParameter;
    const segs: { from: string; until?: string; value: unknown; citation: string }[] = [];
    const first = p.segments[0]!;
    if (FILL_LEADING.has(key) && first.from > start) {
      segs.push({
        from: start,
        until: addDays(first.from, -1),
        value: fillValue(p, key, start),
        citation: FIXTURE_CITATION,
      });
    }
    for (const s of p.segments) {
      if (!isUnknown(s)) continue;
      const seg: { from: string; until?: string; value: unknown; citation: string } = {
        from: s.from,
        value: fillValue(p, key, s.from),
        citation: FIXTURE_CITATION,
      };
      if (s.until !== undefined) seg.until = s.until;
      segs.push(seg);
    }
    if (segs.length) out[p.id] = segs;
  }
  return out as Overrides;
}

const policyCache = new Map<string, RegionPolicy>();

/**
 * The policy a case is evaluated under: the region's, with the case's options.parameters applied.
 *
 * @internal
 */
export function effectivePolicy(region: RegionId, overrides: Overrides | undefined): RegionPolicy {
  const base = getRegion(region);
  if (overrides === undefined || Object.keys(overrides).length === 0) return base;
  const key = `${region}:${JSON.stringify(overrides)}`;
  let p = policyCache.get(key);
  if (p === undefined) {
    p = withOverrides(base, overrides);
    if (policyCache.size > 500) policyCache.clear();
    policyCache.set(key, p);
  }
  return p;
}

/**
 * The earliest date a value of `param` is known, or null.
 *
 * @internal
 */
export function firstKnown(param: AnyParameter): string | null {
  const s = param.segments.find((x) => !isUnknown(x));
  return s ? s.from : null;
}

/**
 * A month in which a running pension can be shown: its basic pension (or, for a Cixi legacy
 * pensioner, the legacy grade table) is known on the 1st, and the tiers are known all month (the
 * make-up hint reads them on asOf).
 *
 * @internal
 */
export function pensionMonthKnown(policy: RegionPolicy, m: number, legacy: boolean): boolean {
  const d = firstDay(m);
  const e = lastDay(m);
  const benefit = legacy ? policy.parameters.legacy : policy.parameters.basic;
  return (
    knownOn(benefit as AnyParameter | undefined, d) &&
    knownOn(policy.parameters.tiers as AnyParameter, d) &&
    knownOn(policy.parameters.tiers as AnyParameter, e)
  );
}
