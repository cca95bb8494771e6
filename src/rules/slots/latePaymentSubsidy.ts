import type { PaymentKind } from "../../vocabulary/result-parts";
import type { RegionPolicy } from "../../policy/schema";

/**
 * Slot `features.latePaymentSubsidy`: whether a back-paid year gets the subsidy and the proxy payment.
 *
 * - `true` — Beibei BB-PAY-LATE, 六(一)1, 六(三): "政府在参保人缴费的基础上,每人每年补贴30元".
 * - `false` — Qiannan QN-SUB, 第八条: "补缴城乡居民养老保险的，政府不予补贴"; Jiangmen JM-PAY-LATE, 五:
 *   "原则上不允计补缴"; Cixi and Ningxia (PAY-VALIDITY: no back-payment rule).
 *
 * @module
 */
export type LatePaymentSubsidy = `${RegionPolicy["features"]["latePaymentSubsidy"]["value"]}`;

/** Whether a year of this kind gets the subsidy and the proxy payment. */
export type LatePaymentSubsidyRule = (yearKind: PaymentKind) => boolean;

function aidedEveryYear(): boolean {
  return true;
}

function aidedOnTimeOnly(yearKind: PaymentKind): boolean {
  return yearKind === "regular";
}

export const latePaymentSubsidyRules: { readonly [V in LatePaymentSubsidy]: LatePaymentSubsidyRule } = {
  true: aidedEveryYear,
  false: aidedOnTimeOnly,
};
