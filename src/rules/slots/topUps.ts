import { Decimal, ZERO } from "../../money";
import { monthAfterBirthday, type CivilDate, type MonthIndex } from "../../dates";
import type { TopUpValue } from "../../policy/schema";
import { policyAmount } from "../amounts";
import { hasStatus, type Person } from "../person";

/**
 * Slot `parameters.topUps`: the top-ups of the basic pension (加发), one benefit line each, by kind.
 *
 * - `flat` — Qiannan QN-BEN-COUNTY, 第二十条: "县(市、区)政府…可以根据实际情况提高基础养老金标准…可适当加发基础养老金";
 *   Jiangmen JM-BEN-COUNTY, 四: "各县(市、区)可根据实际情况适当提高基础养老金标准"; Ningxia NX-BEN-LOCAL (0: left to a
 *   city or county).
 * - `per-year-beyond` — Ningxia NX-BEN-LONG, 二是: "缴费满15年以上,每增加一年缴费,基础养老金增加不少于2元/月".
 * - `age` — Beibei BB-BEN-AGE, 八(四): "领取基本养老金的人员年满70周岁及其以上的,每月增发10元养老待遇"; Ningxia NX-BEN-AGE.
 * - `status` — Beibei BB-BEN-ONECHILD (独生子女父母).
 * - `contributor` — Cixi CX-BEN-CONTRIB: "对未叠加享受其他养老保障待遇的城乡居民社会养老保险缴费参保人员增发20元/月".
 *
 * @module
 */
export type TopUpKind = TopUpValue["kind"];
type TopUpOf<K extends TopUpKind> = Extract<TopUpValue, { kind: K }>;

/** What a top-up depends on: the person, their contribution record and the month. */
export interface TopUpFacts {
  readonly person: Person;
  readonly contributionYears: number;
  /** Whether the person paid contributions (CX-BEN-CONTRIB). */
  readonly contributed: boolean;
  readonly month: MonthIndex;
  /** The first day of `month`. */
  readonly date: CivilDate;
}

/** A top-up's amount for the month (zero: no line) and the trace's reason. */
export interface TopUpAmount {
  readonly amount: Decimal;
  readonly why: string;
}

export type TopUpRule<K extends TopUpKind> = (v: TopUpOf<K>, f: TopUpFacts) => TopUpAmount;

function flatTopUp(v: TopUpOf<"flat">): TopUpAmount {
  return { amount: policyAmount(v, v.amount), why: "flat amount" };
}

function perYearBeyond(v: TopUpOf<"per-year-beyond">, f: TopUpFacts): TopUpAmount {
  const extra = Math.max(f.contributionYears - v.beyondYears, 0);
  return {
    amount: new Decimal(v.perYear).times(extra),
    why: `${f.contributionYears} years − ${v.beyondYears} = ${extra} × ${v.perYear}`,
  };
}

function byAge(v: TopUpOf<"age">, f: TopUpFacts): TopUpAmount {
  let amount = ZERO;
  for (const b of v.brackets)
    if (f.month >= monthAfterBirthday(f.person.birthDate, b.age)) amount = new Decimal(b.amount);
  return { amount, why: "from the month after the birthday's month" };
}

function byStatus(v: TopUpOf<"status">, f: TopUpFacts): TopUpAmount {
  return { amount: hasStatus(f.person, v.status, f.date) ? new Decimal(v.amount) : ZERO, why: v.status };
}

function toContributors(v: TopUpOf<"contributor">, f: TopUpFacts): TopUpAmount {
  const due = f.contributed && !hasStatus(f.person, "other-pension", f.date);
  return { amount: due ? new Decimal(v.amount) : ZERO, why: "paid contributions and draws no other pension" };
}

export const topUpRules: { readonly [K in TopUpKind]: TopUpRule<K> } = {
  flat: flatTopUp,
  "per-year-beyond": perYearBeyond,
  age: byAge,
  status: byStatus,
  contributor: toContributors,
};

/** The amount of top-up `v` for the month, by the rule of its kind. */
export function topUpAmount<K extends TopUpKind>(v: TopUpOf<K> & { readonly kind: K }, f: TopUpFacts): TopUpAmount {
  const rule: TopUpRule<K> = topUpRules[v.kind];
  return rule(v, f);
}
