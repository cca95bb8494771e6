import { Decimal, formatMoney } from "../../money";
import { formatMonth, type CivilDate, type MonthIndex } from "../../dates";
import { valueOn } from "../../policy/parameter";
import type { DeathBenefitValue, RegionPolicy } from "../../policy/schema";
import { policyAmount } from "../amounts";
import type { MonthlyBenefitValue } from "../benefit";
import type { TraceTextId, Catalogue } from "../../i18n/index";

/**
 * Slots `parameters.deathBenefit` and `parameters.legacyFuneral`: one-time death benefits paid by
 * the fund (not the account), by kind.
 *
 * - `flat` — Qiannan QN-DEATH, 第二十三条: "有条件的试点县(市、区)可以发放一次性丧葬补助费" (0: left to the county).
 * - `months-of-pension` — Beibei BB-DEATH-POST, 七(三), 七(四), 八(五): the pension of the month before the death
 *   month, times the months the text gives.
 * - `multiple-of-basic` — Cixi CX-FUNERAL (the legacy members' funeral grant): a multiple of the basic pension.
 *
 * @module
 */
export type DeathBenefitKind = DeathBenefitValue["kind"];
type DeathBenefitOf<K extends DeathBenefitKind> = Extract<DeathBenefitValue, { kind: K }>;

/** The settlement a death benefit is paid in. */
export interface DeathBenefitFacts {
  /** The monthly pension due for a month. */
  readonly benefitOf: (m: MonthIndex) => MonthlyBenefitValue;
  readonly policy: RegionPolicy;
  readonly date: CivilDate;
  readonly eventMonth: MonthIndex;
  /** The first pension month (a death benefit of months of pension is paid only during the pension). */
  readonly firstMonth: MonthIndex | null;
  /** A settlement line's label in the case's language. */
  readonly label: <K extends TraceTextId>(id: K, params: Parameters<Catalogue["trace"][K]>[0]) => string;
}

/** The benefit's amount, its line's label, and the trace step's inputs. */
export interface DeathBenefitAmount {
  readonly amount: Decimal;
  readonly text: string;
  readonly inputs: Record<string, string | number>;
}

export type DeathBenefitRule<K extends DeathBenefitKind> = (
  v: DeathBenefitOf<K>,
  f: DeathBenefitFacts,
) => DeathBenefitAmount;

function flatGrant(v: DeathBenefitOf<"flat">, f: DeathBenefitFacts): DeathBenefitAmount {
  return { amount: policyAmount(v, v.amount), text: f.label("line.death-benefit", {}), inputs: { date: f.date } };
}

/**
 * BB-DEATH-POST: the pension due for the month before the death month (the first pension month's
 * when death falls in it), due even if that month was suspended.
 */
function monthsOfPension(v: DeathBenefitOf<"months-of-pension">, f: DeathBenefitFacts): DeathBenefitAmount {
  const base = Math.max(f.eventMonth - 1, f.firstMonth!);
  const monthly = f.benefitOf(base).total;
  return {
    amount: monthly.times(v.months),
    text: f.label("line.months-of-pension", {
      months: v.months,
      monthly: formatMoney(monthly),
      month: formatMonth(base),
    }),
    inputs: { date: f.date, month: formatMonth(base), monthly: formatMoney(monthly), months: v.months },
  };
}

/** CX-FUNERAL: a multiple of the basic pension in force on the date of death. */
function multipleOfBasic(v: DeathBenefitOf<"multiple-of-basic">, f: DeathBenefitFacts): DeathBenefitAmount {
  const basic = valueOn(f.policy.parameters.basic, f.date);
  return {
    amount: new Decimal(basic.value).times(v.multiple),
    text: f.label("line.funeral-grant", { multiple: v.multiple, basic: basic.value }),
    inputs: { date: f.date, basic: basic.value, multiple: v.multiple },
  };
}

export const deathBenefitRules: { readonly [K in DeathBenefitKind]: DeathBenefitRule<K> } = {
  flat: flatGrant,
  "months-of-pension": monthsOfPension,
  "multiple-of-basic": multipleOfBasic,
};

/** The death benefit `v`, by the rule of its kind. */
export function deathBenefitAmount<K extends DeathBenefitKind>(
  v: DeathBenefitOf<K> & { readonly kind: K },
  f: DeathBenefitFacts,
): DeathBenefitAmount {
  const rule: DeathBenefitRule<K> = deathBenefitRules[v.kind];
  return rule(v, f);
}
