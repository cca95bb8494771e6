import { text } from "../i18n/index";
import { Decimal, formatMoney, roundFen, ZERO } from "../money";
import { PensionInputError } from "../errors";
import type { StatusKind } from "../kinds";
import { yearOf, type CivilDate } from "../dates";
import { isUnknownSegment, segmentNote, segmentOn, valueOn, type Parameter } from "../policy/parameter";
import type { ProxyValue, RegionPolicy, SubsidyValue } from "../policy/schema";
import { paymentYear, type PaymentYear } from "./payment-year";
import { hasAnyStatus, hasEveryStatus, hasStatus, type Person } from "./person";
import { subsidyHardshipRules } from "./slots/subsidy";
import type { Trace } from "./trace";

type ProxyGroup = ProxyValue["groups"][number];

/**
 * The proxy-payment group (代缴) the person belongs to on `date` (PAY-VALIDITY: the status in force
 * on the payment's date), or null (QN-PROXY, JM-PROXY, NX-PROXY), with the groups of the table in
 * force on `tableDate` (the payment's contribution year). The parameter is looked up only for a
 * person who has one of its statuses.
 */
export function proxyGroupOn(
  policy: RegionPolicy,
  person: Person,
  date: CivilDate,
  tableDate: CivilDate = date,
): ProxyGroup | null {
  const param = policy.parameters.proxy;
  if (!param || person.statuses.length === 0) return null;
  if (!namesAHeldStatus(param, person, date)) return null;
  for (const g of valueOn(param, tableDate).value.groups)
    if (hasAnyStatus(person, g.statuses, date) && hasEveryStatus(person, g.requires ?? [], date)) return g;
  return null;
}

/** Whether a group of some segment of the proxy parameter names a status the person holds on `date`. */
function namesAHeldStatus(param: Parameter<ProxyValue>, person: Person, date: CivilDate): boolean {
  for (const s of param.segments)
    if ("value" in s) for (const g of s.value.groups) if (hasAnyStatus(person, g.statuses, date)) return true;
  return false;
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

/**
 * The subsidy of the highest bracket whose `from` the tier reaches, with its split by level: its
 * fixed amount, or its rate of the tier (exact; a rate that does not give a whole fen is refused,
 * as no rounding point of docs/conventions.md covers it).
 */
function bracketSubsidy(
  brackets: SubsidyValue["brackets"],
  tier: Decimal,
  tierText: string,
  parameterId: string,
): BracketSubsidy {
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
  let amount = ZERO;
  if (bracket && "rate" in bracket) {
    amount = tier.times(bracket.rate);
    if (amount.decimalPlaces() > 2) {
      throw new PensionInputError(
        "invalid-policy",
        ["options", "parameters", parameterId],
        text("subsidy.not-fen", {
          id: parameterId,
          rate: String(bracket.rate),
          tier: tierText,
          amount: amount.toString(),
        }),
        { parameter: parameterId },
      );
    }
  } else if (bracket) amount = new Decimal(bracket.amount);
  const byLevel =
    bracket && "byLevel" in bracket && bracket.byLevel
      ? Object.freeze(Object.fromEntries(Object.entries(bracket.byLevel).map(([k, v]) => [k, new Decimal(v)])))
      : null;
  const levels = byLevel
    ? Object.entries(byLevel)
        .map(([k, v]) => `${k} ${v.toFixed(2)}`)
        .join(", ")
    : null;
  const amountText = amount.toFixed(2);
  found = Object.freeze({ amount, amountText, byLevel, levels });
  byTier.set(tierText, found);
  return found;
}

export interface YearSubsidy {
  readonly amount: Decimal;
  readonly byLevel: Readonly<Record<string, Decimal>> | null;
}

/**
 * The status whose published special subsidy (NX-SUB-SPECIAL `{ amount, tier }`) makes `tier` a tier
 * of its own for the person on `date`, or null. Never throws: a year without a published figure
 * simply has no such tier.
 */
export function specialStatusTier(
  policy: RegionPolicy,
  person: Person,
  tier: Decimal,
  date: CivilDate,
): StatusKind | null {
  const special = policy.parameters.specialSubsidy;
  if (!special || person.statuses.length === 0) return null;
  const seg = segmentOn(special, date);
  if (seg === undefined || isUnknownSegment(seg)) return null;
  for (const [kind, v] of Object.entries(seg.value) as [StatusKind, (typeof seg.value)[StatusKind]][]) {
    if (typeof v === "object" && v.tier !== undefined && tier.eq(v.tier) && hasStatus(person, kind, date)) return kind;
  }
  return null;
}

/**
 * The contribution subsidy (缴费补贴) for a year paid at `tier` (proxy included), by the
 * region's brackets in force on `date`, with its hardship rule and Ningxia's special subsidies.
 * `tier` is a whole-fen amount (a year's total: payments and proxy of at most two decimals).
 * `statusTier`: the tier is a status's own (NX-SUB-SPECIAL), outside the tier table, so the
 * brackets do not apply and the subsidy is the published special figure. `known`: the payment
 * parameters of `date`'s year, when the caller has them already.
 */
export function subsidyFor(
  policy: RegionPolicy,
  person: Person,
  tier: Decimal,
  date: CivilDate,
  trace: Trace,
  statusTier: StatusKind | null = null,
  known: PaymentYear = paymentYear(policy, yearOf(date)),
): YearSubsidy {
  const param = policy.parameters.subsidy;
  const tierText = formatMoney(tier); // tier.toFixed(2), kept with a parsed amount
  let amount = ZERO;
  let byLevel: Readonly<Record<string, Decimal>> | null = null;
  let hardship: SubsidyValue["hardship"] = undefined;
  let seg: ReturnType<typeof valueOn<SubsidyValue>> | null = null;
  if (statusTier === null) {
    seg = known.subsidy ?? valueOn(param, date);
    const base = bracketSubsidy(seg.value.brackets, tier, tierText, param.id);
    amount = base.amount;
    byLevel = base.byLevel;
    hardship = seg.value.hardship;
    if (trace.on)
      trace.add(
        param.id,
        seg.citation,
        { tier: tierText, date, byLevel: base.levels },
        base.amountText,
        segmentNote(seg),
      );
  } else if (trace.on) {
    const special = policy.parameters.specialSubsidy!;
    trace.add(
      special.id,
      valueOn(special, date).citation,
      { tier: tierText, date, status: statusTier },
      "0.00",
      trace.say("subsidy.own-tier", { status: String(statusTier), id: param.id }),
    );
  }
  if (person.statuses.length === 0) return { amount, byLevel };

  if (seg && hardship && hasAnyStatus(person, hardship.statuses, date)) {
    amount = subsidyHardshipRules[hardship.mode](amount, new Decimal(hardship.amount));
    byLevel = null;
    trace.add(
      param.id,
      seg.citation,
      { hardship: hardship.statuses.join("|"), mode: hardship.mode },
      amount.toFixed(2),
      seg.note,
    );
  }
  const withSpecial = specialSubsidies(policy, person, date, trace, amount);
  return withSpecial === amount ? { amount, byLevel } : { amount: withSpecial, byLevel: null };
}

/** NX-SUB-SPECIAL: `amount` plus the special subsidy of every status the person holds on `date` (`amount` itself when none applies). */
function specialSubsidies(
  policy: RegionPolicy,
  person: Person,
  date: CivilDate,
  trace: Trace,
  amount: Decimal,
): Decimal {
  const special = policy.parameters.specialSubsidy;
  if (!special) return amount;
  const income = policy.parameters.specialSubsidyIncome;
  const kinds = new Set<StatusKind>();
  for (const s of special.segments) if ("value" in s) for (const k of Object.keys(s.value)) kinds.add(k as StatusKind);
  let total = amount;
  for (const kind of kinds) {
    if (!hasStatus(person, kind, date)) continue;
    const rates = valueOn(special, date);
    const v = rates.value[kind];
    if (v === undefined) continue;
    let extra: Decimal;
    if (typeof v === "object") {
      extra = new Decimal(v.amount); // a published yearly figure
      trace.add(special.id, rates.citation, { status: kind, published: v.amount }, extra.toFixed(2), rates.note);
    } else {
      if (!income) continue;
      const base = valueOn(income, date);
      extra = roundFen(new Decimal(v).times(base.value)); // rounding point 4
      trace.add(
        special.id,
        `${rates.citation}; ${income.id}: ${base.citation}`,
        { status: kind, rate: v, income: base.value },
        extra.toFixed(2),
        rates.note,
      );
    }
    total = total.plus(extra);
  }
  return total;
}
