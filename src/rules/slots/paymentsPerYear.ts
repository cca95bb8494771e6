import type { Refusal } from "../../vocabulary/result-parts";
import { refusal } from "../../i18n/index";
import type { Locale } from "../../i18n/locale";
import type { RegionPolicy } from "../../policy/schema";

/**
 * Slot `features.paymentsPerYear`: how many payments make up a contribution year.
 *
 * - `one` — Qiannan QN-PAY-TIERS, 第七条: "一个缴费年度内自主选择档次并一次性缴费"; Beibei BB-PAY-TIERS,
 *   六(一)1: "缴费方式原则上按年缴纳"; Jiangmen JM-PAY-TIERS, 三(一): "在一个自然年度内,参保人只能选择一个缴费标准";
 *   Cixi CX-PAY-TIERS: one tier a year.
 * - `many` — Ningxia NX-PAY-MULTI, 二是: "允许参保人员在同一年度内多次缴费".
 *
 * @module
 */
export type PaymentsPerYear = RegionPolicy["features"]["paymentsPerYear"]["value"];

/** One year's valid payments in date order, which the rule may shorten (refusing the extra ones). */
export interface YearPayments<T> {
  readonly feature: RegionPolicy["features"]["paymentsPerYear"];
  readonly locale: Locale;
  readonly year: number;
  readonly list: T[];
  /** Adds a refusal to a payment. */
  readonly refuse: (payment: T, r: Refusal) => void;
}

export type PaymentsPerYearRule = <T>(y: YearPayments<T>) => void;

/** Every payment after the year's first is refused (the first is the larger of two on one date: compareEntries). */
function onePaymentAYear<T>(y: YearPayments<T>): void {
  if (y.list.length < 2) return;
  for (const extra of y.list.splice(1)) {
    y.refuse(
      extra,
      refusal(y.locale, y.feature.rule, "second-payment", { year: y.year, citation: y.feature.citation }),
    );
  }
}

/** The year's payments add up to its tier. */
function paymentsAddUp(): void {
  // every payment of the year counts
}

export const paymentsPerYearRules: { readonly [V in PaymentsPerYear]: PaymentsPerYearRule } = {
  one: onePaymentAYear,
  many: paymentsAddUp,
};
