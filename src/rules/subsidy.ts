import { Decimal, roundFen, ZERO } from "../money";
import type { CivilDate } from "../dates";
import { statusKinds, type StatusKind } from "../kinds";
import { valueOn } from "../policy/parameter";
import type { ProxyValue, RegionPolicy } from "../policy/schema";
import { hasStatus, type Person } from "./person";
import type { Trace } from "./trace";

type ProxyGroup = ProxyValue["groups"][number];

/**
 * The proxy-payment group (代缴) the person belongs to on `date`, or null (QN-PROXY, JM-PROXY,
 * NX-PROXY). The parameter is looked up only for a person who has one of its statuses.
 */
export function proxyGroupOn(policy: RegionPolicy, person: Person, date: CivilDate): ProxyGroup | null {
  const param = policy.parameters.proxy;
  if (!param || person.statuses.length === 0) return null;
  const anyStatus = statusKinds.some(
    (k) => hasStatus(person, k, date) && param.segments.some((s) => "value" in s && s.value.groups.some((g) => g.statuses.includes(k))),
  );
  if (!anyStatus) return null;
  const groups = valueOn(param, date).value.groups;
  return (
    groups.find(
      (g) => g.statuses.some((k) => hasStatus(person, k, date)) && (g.requires ?? []).every((k) => hasStatus(person, k, date)),
    ) ?? null
  );
}

// Bracket thresholds of a frozen config array, parsed once.
const parsedFroms = new WeakMap<object, readonly Decimal[]>();
function bracketFroms(brackets: readonly { readonly from: string }[]): readonly Decimal[] {
  let froms = parsedFroms.get(brackets);
  if (!froms) parsedFroms.set(brackets, (froms = brackets.map((b) => new Decimal(b.from))));
  return froms;
}

interface BracketSubsidy {
  readonly amount: Decimal;
  readonly amountText: string;
  readonly byLevel: Readonly<Record<string, Decimal>> | null;
  /** "province 10.00, county 20.00", for the trace. */
  readonly levels: string | null;
}

// The bracket amount of a tier under a frozen bracket list, computed once per list and tier.
const bracketMemo = new WeakMap<object, Map<string, BracketSubsidy>>();

/** The subsidy of the highest bracket whose `from` the tier reaches, with its split by level. */
function bracketSubsidy(brackets: readonly { readonly from: string; readonly amount: string; readonly byLevel?: Readonly<Record<string, string>> | undefined }[], tier: Decimal, tierText: string): BracketSubsidy {
  let byTier = bracketMemo.get(brackets);
  if (!byTier) bracketMemo.set(brackets, (byTier = new Map()));
  let found = byTier.get(tierText);
  if (found) return found;
  let bracket: (typeof brackets)[number] | undefined;
  let bracketFrom: Decimal | undefined;
  for (const [i, from] of bracketFroms(brackets).entries()) {
    if (tier.gte(from) && (!bracketFrom || from.gt(bracketFrom))) {
      bracket = brackets[i];
      bracketFrom = from;
    }
  }
  const amount = bracket ? new Decimal(bracket.amount) : ZERO;
  const byLevel = bracket?.byLevel ? Object.freeze(Object.fromEntries(Object.entries(bracket.byLevel).map(([k, v]) => [k, new Decimal(v)]))) : null;
  const levels = byLevel ? Object.entries(byLevel).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(", ") : null;
  found = Object.freeze({ amount, amountText: amount.toFixed(2), byLevel, levels });
  byTier.set(tierText, found);
  return found;
}

export interface YearSubsidy {
  readonly amount: Decimal;
  readonly byLevel: Readonly<Record<string, Decimal>> | null;
}

/**
 * The contribution subsidy (缴费补贴) for a year paid at `tier` (proxy included), by the
 * region's brackets in force on `date`, with its hardship rule and Ningxia's special subsidies.
 * `tier` is a whole-fen amount (a year's total: payments and proxy of at most two decimals).
 */
export function subsidyFor(policy: RegionPolicy, person: Person, tier: Decimal, date: CivilDate, trace: Trace): YearSubsidy {
  const param = policy.parameters.subsidy;
  const seg = valueOn(param, date);
  const tierText = tier.toFixed(2);
  const base = bracketSubsidy(seg.value.brackets, tier, tierText);
  let amount = base.amount;
  let byLevel: Readonly<Record<string, Decimal>> | null = base.byLevel;
  trace.add(param.id, seg.citation, { tier: tierText, date, byLevel: base.levels }, base.amountText, seg.note);
  if (person.statuses.length === 0) return { amount, byLevel };

  const hardship = seg.value.hardship;
  if (hardship && hardship.statuses.some((k) => hasStatus(person, k, date))) {
    amount = hardship.mode === "add" ? amount.plus(hardship.amount) : new Decimal(hardship.amount);
    byLevel = null;
    trace.add(param.id, seg.citation, { hardship: hardship.statuses.join("|"), mode: hardship.mode }, amount.toFixed(2), seg.note);
  }

  const special = policy.parameters.specialSubsidy;
  const income = policy.parameters.specialSubsidyIncome;
  if (special && income) {
    const kinds = Object.keys(special.segments.find((s) => "value" in s)?.value ?? {}) as StatusKind[];
    for (const kind of kinds) {
      if (!hasStatus(person, kind, date)) continue;
      const rates = valueOn(special, date);
      const rate = rates.value[kind];
      if (rate === undefined) continue;
      const base = valueOn(income, date);
      const extra = roundFen(new Decimal(rate).times(base.value)); // rounding point 4
      amount = amount.plus(extra);
      byLevel = null;
      trace.add(special.id, `${rates.citation}; ${income.id}: ${base.citation}`, { status: kind, rate, income: base.value }, extra.toFixed(2), rates.note);
    }
  }
  return { amount, byLevel };
}
