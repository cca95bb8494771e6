import type { Decimal } from "../money";
import {
  birthday,
  firstDayOf,
  formatMonth,
  monthAfterBirthday,
  monthOf,
  parseMonth,
  type CivilDate,
  type MonthIndex,
} from "../dates";
import type { StatusKind } from "../kinds";
import { nationalCohort } from "../policy/national";
import { valueOn } from "../policy/parameter";
import type { RegionPolicy } from "../policy/schema";
import { tierTableOf } from "./tier-table";
import type { Refusal } from "../vocabulary/result-parts";
import { refusal } from "../i18n/index";
import type { Locale } from "../i18n/locale";
import { mayMakeUp, type Cohort } from "./cohort";
import { pensionAgeOf, type ContributionEvent } from "./payments";
import type { Person } from "./person";
import { familyBindingRules } from "./slots/familyBinding";
import { latePaymentShortfallRules } from "./slots/latePayment";
import { payAt60FirstMonthRules, type FirstMonthDraft } from "./slots/payAt60";
import type { Trace } from "./trace";

/** Statuses that bar the residents' pension while they last (国发〔2014〕8号 七). */
const BAR_KINDS: readonly StatusKind[] = ["other-pension", "employee-pension"];

export interface Eligibility {
  /** Eligible on asOf (condition met, pension age reached, no bar). */
  readonly eligible: boolean;
  /** The first pension month when the condition is met (even if after asOf), else null. */
  readonly firstMonth: MonthIndex | null;
  readonly refusals: readonly Refusal[];
  readonly makeUp: { readonly years: number; readonly amount: Decimal } | null;
  /** CX-LEGACY old-system pensioner. */
  readonly legacy: boolean;
}

export interface EligibilityInput {
  readonly policy: RegionPolicy;
  readonly person: Person;
  readonly asOf: CivilDate;
  readonly cohort: Cohort;
  readonly contributionYears: number;
  readonly contributionEvents: readonly ContributionEvent[];
  /** Whether a valid lump sum (BB 趸缴) exists. */
  readonly schemeStartOverride: CivilDate | undefined;
  readonly trace: Trace;
  /** The language of refusal messages. */
  readonly locale: Locale;
}

/** The month the region's benefits begin (FIRST-MONTH), or null. */
function benefitStart(policy: RegionPolicy, schemeStartOverride: CivilDate | undefined): MonthIndex {
  const fact = policy.facts.benefitStartMonth;
  if (fact.value !== null) return parseMonth(fact.value, ["facts", "benefitStartMonth"]);
  // No scheme paid a residents' pension before the earliest national start (国发〔2009〕32号).
  // A scheme start a parameter pack supplied (NX, JM) counts as options.schemeStart would.
  return monthOf(schemeStartOverride ?? policy.facts.schemeStart.value ?? nationalCohort.earliestStart);
}

/**
 * Pension eligibility (QN-ELIG, BB-ELIG, JM-ELIG, NX-ELIG, CX-ELIG with COHORT and FIRST-MONTH):
 * whether the person may draw a pension, from which month, and what would make up a shortfall.
 */
export function evaluateEligibility(input: EligibilityInput): Eligibility {
  const { policy, person, asOf, cohort, trace } = input;
  const elig = policy.features.eligibility;
  const legacyParam = policy.parameters.legacy;
  const legacy = person.legacyGrade !== undefined && legacyParam !== undefined;

  // Pension age: 60 (CX-LEGACY: men 60, women 55).
  let age = pensionAgeOf(policy, person, asOf);
  let ageRule = elig.rule;
  if (legacy) {
    const seg = valueOn(legacyParam, asOf);
    age = person.sex === "female" ? seg.value.pensionAge.female : seg.value.pensionAge.male;
    ageRule = legacyParam.id;
  }
  const base = monthAfterBirthday(person.birthDate, age);
  const draft = firstMonthDraft(input, age, base, legacy);
  const { refusals } = draft;
  // Bars: checked on the first pension month, never on asOf (barredUntil).
  if (draft.met && !refusals.length) draft.first = barredUntil(input, draft.first, refusals);

  let makeUp: Eligibility["makeUp"] = null;
  const ageReached = formatMonth(base) <= asOf.slice(0, 7);
  if (!ageReached) {
    refusals.length = 0; // a shortfall before pension age is not a refusal yet: payments may follow
    refusals.push(
      refusal(input.locale, ageRule, "before-pension-age", {
        age,
        birthday: birthday(person.birthDate, age),
        month: formatMonth(base),
      }),
    );
  } else if (!draft.met && !refusals.length) {
    makeUp = shortfall(input, refusals);
  }
  const family = policy.features.familyBinding;
  const unbound =
    cohort.kind === "old" ? familyBindingRules[`${family.value}`](family, input.locale, person.childrenEnrolled) : null;
  if (unbound) refusals.push(unbound);
  const barred = ageReached && refusals.length > 0;
  const reached = formatMonth(draft.first) <= asOf.slice(0, 7);
  const firstMonth = draft.met && !barred ? draft.first : null;
  trace.add(
    elig.rule,
    elig.citation,
    {
      cohort: cohort.kind,
      contributionYears: input.contributionYears,
      requiredYears: cohort.requiredYears,
      pensionAge: age,
      ageRule,
    },
    firstMonth === null
      ? trace.say("elig.not-eligible", {})
      : trace.say("elig.first-month", { month: formatMonth(firstMonth) }),
    trace.say("elig.first-month-note", {}),
  );
  return { eligible: firstMonth !== null && reached, firstMonth, refusals, makeUp, legacy };
}

/**
 * The first pension month by age, the region's start, the contribution condition (the month after
 * the payment that met it when met late) and the pension-age year's payment (payAt60).
 */
function firstMonthDraft(input: EligibilityInput, age: number, base: MonthIndex, legacy: boolean): FirstMonthDraft {
  const { policy, person, cohort } = input;
  const start = benefitStart(policy, input.schemeStartOverride);
  const at60 = policy.features.payAt60;
  const draft: FirstMonthDraft = {
    feature: at60,
    locale: input.locale,
    birthDate: person.birthDate,
    pensionAge: age,
    events: input.contributionEvents,
    first: start > base ? start : base,
    met: legacy || cohort.requiredYears === 0,
    refusals: [],
  };
  let running = 0;
  for (const e of input.contributionEvents) {
    if (draft.met) break;
    running += e.years;
    if (running >= cohort.requiredYears) {
      draft.met = true;
      const after = monthOf(e.date) + 1;
      if (after > draft.first) draft.first = after;
    }
  }
  if (!legacy && cohort.kind !== "old") payAt60FirstMonthRules[at60.value](draft);
  return draft;
}

/**
 * Bars: another basic pension or the employees' pension in force when the pension would start
 * delays it to the month after the bar ends; an open-ended bar refuses it. Checked on the
 * first pension month, never on asOf, so a past month's pension does not depend on the day it
 * is looked at.
 */
function barredUntil(input: EligibilityInput, from: MonthIndex, refusals: Refusal[]): MonthIndex {
  const { person } = input;
  let first = from;
  for (;;) {
    const day = firstDayOf(first);
    const bars = person.statuses.filter(
      (s) => BAR_KINDS.includes(s.kind) && s.from <= day && (s.until === undefined || day <= s.until),
    );
    if (!bars.length) return first;
    // Never by input order: an open-ended bar refuses (the first in BAR_KINDS, then the
    // earliest); otherwise the pension waits for the last bar in force to end.
    const open = bars
      .filter((s) => s.until === undefined)
      .sort(
        (a, b) =>
          BAR_KINDS.indexOf(a.kind) - BAR_KINDS.indexOf(b.kind) || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0),
      );
    const bar = open[0];
    if (bar) {
      refusals.push(
        refusal(
          input.locale,
          input.policy.features.eligibility.rule,
          bar.kind === "other-pension" ? "other-pension" : "employee-pension",
          { from: bar.from },
        ),
      );
      return first;
    }
    const until = bars.reduce((m, s) => (s.until! > m ? s.until! : m), bars[0]!.until!);
    first = monthOf(until) + 1;
  }
}

/** The refusal of a shortfall of years at pension age, and the make-up that would close it (makeUp, latePayment). */
function shortfall(input: EligibilityInput, refusals: Refusal[]): Eligibility["makeUp"] {
  const { policy, cohort, asOf } = input;
  const short = cohort.requiredYears - input.contributionYears;
  const viaMakeUp = mayMakeUp(policy, cohort);
  const viaBackPayment = !viaMakeUp && latePaymentShortfallRules[policy.features.latePayment.value]();
  const rule = cohort.kind === "regular" ? policy.features.eligibility.rule : "COHORT";
  if (!viaMakeUp && !viaBackPayment) {
    refusals.push(
      refusal(input.locale, rule, "years-short", {
        years: input.contributionYears,
        required: cohort.requiredYears,
        region: policy.name,
        regionZh: policy.nameZh,
      }),
    );
    return null;
  }
  const minTier = lowestTier(tierTableOf(valueOn(policy.parameters.tiers, asOf).value).tiers);
  const makeUp = { years: short, amount: minTier.times(short) };
  refusals.push(
    refusal(input.locale, rule, viaMakeUp ? "years-short-make-up" : "years-short-back-pay", {
      years: input.contributionYears,
      required: cohort.requiredYears,
      short,
      tier: minTier.toFixed(2),
      amount: makeUp.amount.toFixed(2),
      citation: viaMakeUp ? policy.features.makeUp.citation : policy.features.latePayment.citation,
    }),
  );
  return makeUp;
}

/** The lowest of a tier list (never empty: the schema says so), the first of equal ones. */
function lowestTier(tiers: readonly Decimal[]): Decimal {
  let min = tiers[0]!;
  for (const t of tiers) if (!min.lte(t)) min = t;
  return min;
}
