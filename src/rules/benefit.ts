import { Decimal, ZERO } from "../money";
import { firstDayOf, formatMonth, parseMonth, type MonthIndex } from "../dates";
import { segmentOn, valueOn } from "../policy/parameter";
import type { RegionPolicy } from "../policy/schema";
import { policyAmount } from "./amounts";
import type { Person } from "./person";
import { topUpAmount, type TopUpFacts } from "./slots/topUps";
import type { Trace } from "./trace";

export interface BenefitLineValue {
  readonly rule: string;
  readonly amount: Decimal;
}

export interface MonthlyBenefitValue {
  readonly month: MonthIndex;
  readonly basic: Decimal;
  readonly account: Decimal;
  readonly total: Decimal;
  readonly lines: readonly BenefitLineValue[];
}

export interface BenefitFacts {
  readonly policy: RegionPolicy;
  readonly person: Person;
  readonly contributionYears: number;
  /** Whether the person paid contributions (CX-BEN-CONTRIB). */
  readonly contributed: boolean;
  /** The fixed account pension, or zero when there is none (yet). */
  readonly accountPension: Decimal;
  readonly legacy: boolean;
  /** The first pension month (CX-LEGACY: whether the pension was already drawn when the increase came). */
  readonly firstMonth: MonthIndex | null;
}

/**
 * The monthly pension for month `m` (BEN rules): the basic pension in force that month, every
 * top-up that applies (one line each), and the fixed account pension. Lookups happen only here,
 * and only for the months a result shows (rules.md LOOKUPS).
 */
export function monthlyBenefit(facts: BenefitFacts, m: MonthIndex, trace?: Trace): MonthlyBenefitValue {
  const { policy, person } = facts;
  const date = firstDayOf(m);
  const lines: BenefitLineValue[] = [];

  if (facts.legacy && policy.parameters.legacy && person.legacyGrade !== undefined)
    return legacyBenefit(facts, policy.parameters.legacy, person.legacyGrade, m, trace);

  const basicSeg = valueOn(policy.parameters.basic, date);
  let basic = policyAmount(basicSeg, basicSeg.value);
  lines.push({ rule: policy.parameters.basic.id, amount: basic });
  if (trace?.on)
    trace.add(
      policy.parameters.basic.id,
      basicSeg.citation,
      { month: formatMonth(m) },
      basic.toFixed(2),
      basicSeg.note ??
        (basicSeg.published ? trace.say("benefit.source-dated", { published: basicSeg.published }) : undefined),
    );

  const topUpFacts: TopUpFacts = {
    person,
    contributionYears: facts.contributionYears,
    contributed: facts.contributed,
    month: m,
    date,
  };
  for (const topUp of policy.parameters.topUps) {
    // A top-up before its first value did not exist yet; an unknown period is still an error.
    const seg = segmentOn(topUp, date) === undefined ? null : valueOn(topUp, date);
    if (seg === null) continue;
    const v = seg.value;
    const { amount, why } = topUpAmount(v, topUpFacts);
    if (amount.isZero()) {
      // A flat top-up of 0 is an amount the sources leave to a city or county (NX-BEN-LOCAL,
      // QN-BEN-COUNTY, JM-BEN-COUNTY): no line, but its own trace step says it is excluded.
      if (v.kind === "flat" && trace?.on)
        trace.add(
          topUp.id,
          seg.citation,
          { month: formatMonth(m), kind: v.kind },
          "0.00",
          seg.note ?? trace.say("benefit.top-up-zero", {}),
        );
      continue;
    }
    basic = basic.plus(amount);
    lines.push({ rule: topUp.id, amount });
    if (trace?.on)
      trace.add(topUp.id, seg.citation, { month: formatMonth(m), kind: v.kind, why }, amount.toFixed(2), seg.note);
  }

  const account = facts.accountPension;
  if (!account.isZero()) lines.push({ rule: accountRule(policy), amount: account });
  const total = account.isZero() ? basic : basic.plus(account);
  if (trace?.on)
    trace.add(
      "BEN-TOTAL",
      'docs/rules.md BEN-TOTAL; docs/conventions.md "The pension": monthly pension = basic pension (with top-ups) + account pension',
      { month: formatMonth(m), basic: basic.toFixed(2), account: account.toFixed(2) },
      total.toFixed(2),
    );
  return { month: m, basic, account, total, lines };
}

/** CX-LEGACY: the grade amount + the 2010 increase for those drawing by then; no basic pension, no account pension. */
function legacyBenefit(
  facts: BenefitFacts,
  param: NonNullable<RegionPolicy["parameters"]["legacy"]>,
  legacyGrade: number,
  m: MonthIndex,
  trace: Trace | undefined,
): MonthlyBenefitValue {
  const date = firstDayOf(m);
  const lines: BenefitLineValue[] = [];
  const seg = valueOn(param, date);
  const grade = new Decimal(seg.value.grades[legacyGrade - 1] ?? "0");
  const by = seg.value.increaseStartedBy;
  const start = facts.firstMonth ?? m;
  const increased = by === undefined || start <= parseMonth(by, ["parameters", "legacy", "increaseStartedBy"]);
  const increase = increased ? new Decimal(seg.value.increase) : ZERO;
  lines.push({ rule: param.id, amount: grade });
  if (increased) lines.push({ rule: param.id, amount: increase });
  trace?.add(
    param.id,
    seg.citation,
    { month: formatMonth(m), grade: legacyGrade, firstMonth: formatMonth(start) },
    grade.plus(increase).toFixed(2),
    trace?.say("benefit.legacy", { increased, increase: String(seg.value.increase), by, start: formatMonth(start) }),
  );
  const basic = grade.plus(increase);
  return { month: m, basic, account: ZERO, total: basic, lines };
}

/** The rule id of the account pension line (QN-BEN-ACCOUNT, BB-BEN-ACCOUNT, …, from the config). */
export function accountRule(policy: RegionPolicy): string {
  return policy.facts.fixedDivisor.rule;
}
