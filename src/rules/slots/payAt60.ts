import { birthday, firstDayOf, monthOf, yearOf, yearStart, type CivilDate, type MonthIndex } from "../../dates";
import type { Refusal } from "../../vocabulary/result-parts";
import { refusal } from "../../i18n/index";
import type { Locale } from "../../i18n/locale";
import type { RegionPolicy } from "../../policy/schema";

/**
 * Slot `features.payAt60`: the year of the pension-age birthday.
 *
 * - `before-birthday-month` — Qiannan QN-PAY-AT-60, 第七条: "应在年满60周岁的当月之前缴纳当年的…领取养老金后不得再缴费".
 * - `pension-waits` — Jiangmen JM-AT-60: the pension starts only once the 60th year's contribution is paid.
 * - `none` — Beibei (八(一)), Cixi, Ningxia: "no rule on the year of the 60th birthday".
 *
 * @module
 */
export type PayAt60 = RegionPolicy["features"]["payAt60"]["value"];

/** A regular payment with the pension-age birthday of its payer. */
export interface PensionAgeYear {
  readonly policy: RegionPolicy;
  readonly locale: Locale;
  readonly year: number;
  readonly date: CivilDate;
  readonly pensionAge: number;
  /** The birthday at pension age. */
  readonly sixtieth: CivilDate;
}

/** The refusal of a regular payment by its place around the pension-age year, or null. */
export type PayAt60Check = (p: PensionAgeYear) => Refusal | null;

/** The rule a payment refused after the pension started cites. */
export type PayAt60RefusalRule = (f: RegionPolicy["features"]["payAt60"]) => string;

/** Refusals shared by every value: before the contribution year (unless `early`), after the pension-age year. */
function outsideYears(p: PensionAgeYear, early: boolean, rule: string): Refusal | null {
  // Before 1 January of the year: compared as years (four digits), no date string built.
  if (yearOf(p.date) < p.year && (!early || p.date < firstDayOf(monthOf(p.sixtieth) - 1)))
    return refusal(p.locale, "PAY-VALIDITY", "before-contribution-year", { date: p.date, year: p.year });
  if (p.year > yearOf(p.sixtieth)) {
    return refusal(p.locale, rule, "after-pension-age-year", {
      year: p.year,
      age: p.pensionAge,
      birthday: p.sixtieth,
    });
  }
  return null;
}

/**
 * QN-PAY-AT-60: the 60th year is paid before the birthday's month; when that month opens the year
 * (a January birthday), the only such month is the one before it, in the previous year.
 */
function paidBeforeBirthdayMonth(p: PensionAgeYear): Refusal | null {
  const rule = p.policy.features.payAt60.rule;
  const early = p.year === yearOf(p.sixtieth) && monthOf(p.sixtieth) === monthOf(yearStart(p.year));
  const outside = outsideYears(p, early, rule);
  if (outside) return outside;
  if (p.year === yearOf(p.sixtieth) && p.date >= `${p.sixtieth.slice(0, 7)}-01`) {
    return refusal(p.locale, rule, "pension-age-year-late", { age: p.pensionAge, month: p.sixtieth.slice(0, 7) });
  }
  return null;
}

/** No rule of the region's own: PAY-VALIDITY's contribution-year bounds. */
function paidWithinContributionYears(p: PensionAgeYear): Refusal | null {
  return outsideYears(p, false, "PAY-VALIDITY");
}

export const payAt60Rules: { readonly [V in PayAt60]: PayAt60Check } = {
  "before-birthday-month": paidBeforeBirthdayMonth,
  "pension-waits": paidWithinContributionYears,
  none: paidWithinContributionYears,
};

const citesRegionRule: PayAt60RefusalRule = (f) => f.rule;
const citesPayValidity: PayAt60RefusalRule = () => "PAY-VALIDITY";

export const payAt60RefusalRules: { readonly [V in PayAt60]: PayAt60RefusalRule } = {
  "before-birthday-month": citesRegionRule,
  "pension-waits": citesPayValidity,
  none: citesPayValidity,
};

/** The first pension month being found (eligibility), for a person of the new system outside the old cohort. */
export interface FirstMonthDraft {
  readonly feature: RegionPolicy["features"]["payAt60"];
  readonly locale: Locale;
  readonly birthDate: CivilDate;
  readonly pensionAge: number;
  readonly events: readonly { readonly date: CivilDate; readonly years: number }[];
  first: MonthIndex;
  met: boolean;
  readonly refusals: Refusal[];
}

/** Move the first pension month (or refuse it) by the pension-age year's payment. */
export type PayAt60FirstMonth = (d: FirstMonthDraft) => void;

/** The first event of `year` or later (a loop: no callback made per case). */
function firstFrom<E extends { readonly date: CivilDate }>(events: readonly E[], year: number): E | undefined {
  for (const e of events) if (yearOf(e.date) >= year) return e;
  return undefined;
}

/** JM-AT-60: the 60th year's contribution must be paid before the pension can start. */
function pensionWaitsForSixtiethYear(d: FirstMonthDraft): void {
  const sixtiethYear = yearOf(birthday(d.birthDate, d.pensionAge));
  const paid = firstFrom(d.events, sixtiethYear);
  const after = paid ? monthOf(paid.date) + 1 : null;
  if (after === null) {
    d.met = false;
    d.refusals.push(refusal(d.locale, d.feature.rule, "sixtieth-year-unpaid", { year: sixtiethYear }));
  } else if (after > d.first) d.first = after;
}

/** The first month does not depend on the pension-age year's payment. */
function pensionDoesNotWait(): void {
  // nothing to move
}

export const payAt60FirstMonthRules: { readonly [V in PayAt60]: PayAt60FirstMonth } = {
  "before-birthday-month": pensionDoesNotWait,
  "pension-waits": pensionWaitsForSixtiethYear,
  none: pensionDoesNotWait,
};
