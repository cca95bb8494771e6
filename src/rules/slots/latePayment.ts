import { yearOf, type CivilDate } from "../../dates";
import type { Refusal } from "../../vocabulary/result-parts";
import { refusal } from "../../i18n/index";
import type { Locale } from "../../i18n/locale";
import type { RegionPolicy } from "../../policy/schema";

/**
 * Slot `features.latePayment`: a payment after the year's deadline.
 *
 * - `any-later-year` — Qiannan QN-PAY-DEADLINE, 第七条: "缴费中断的，可以跨年度补缴".
 * - `next-year` — Beibei BB-PAY-LATE, 六(一)1: "当因病、因灾等原因未按时缴纳的可在次年内补缴,逾期不再补缴".
 * - `refused` — Jiangmen JM-PAY-LATE, 五: "各参保人要按时进行参保缴费,未及时参保缴费的,原则上不允计补缴";
 *   Cixi and Ningxia (PAY-VALIDITY: the sources give no back-payment rule).
 *
 * @module
 */
export type LatePayment = RegionPolicy["features"]["latePayment"]["value"];

/** A regular payment dated after its year's deadline `due`. */
export interface LateEntry {
  readonly feature: RegionPolicy["features"]["latePayment"];
  readonly locale: Locale;
  readonly year: number;
  readonly date: CivilDate;
  readonly due: CivilDate;
}

/** A late payment's refusal, or its kind (a back-payment). */
export type LatePaymentRule = (e: LateEntry) => Refusal | "back-payment";

function backPaidInAnyLaterYear(): "back-payment" {
  return "back-payment";
}

function backPaidInNextYear(e: LateEntry): Refusal | "back-payment" {
  if (yearOf(e.date) > e.year + 1) {
    return refusal(e.locale, e.feature.rule, "back-payment-window", { date: e.date, next: e.year + 1 });
  }
  return "back-payment";
}

function lateRefused(e: LateEntry): Refusal {
  return refusal(e.locale, e.feature.rule, "after-deadline", {
    date: e.date,
    due: e.due,
    citation: e.feature.citation,
  });
}

export const latePaymentRules: { readonly [V in LatePayment]: LatePaymentRule } = {
  "any-later-year": backPaidInAnyLaterYear,
  "next-year": backPaidInNextYear,
  refused: lateRefused,
};

/** Whether a shortfall of contribution years can be closed by back-paying missed years. */
export type LatePaymentClosesShortfall = () => boolean;

/** Qiannan's 跨年度补缴: any missed year may be back-paid later, without subsidy. */
function missedYearsBackPaid(): boolean {
  return true;
}

/** Only the next year, or never: a shortfall of years stays. */
function shortfallStays(): boolean {
  return false;
}

export const latePaymentShortfallRules: { readonly [V in LatePayment]: LatePaymentClosesShortfall } = {
  "any-later-year": missedYearsBackPaid,
  "next-year": shortfallStays,
  refused: shortfallStays,
};
