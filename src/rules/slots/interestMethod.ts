import type { RegionPolicy } from "../../policy/schema";

/**
 * Slot `features.interestMethod` (INT-MONTHLY), also a case's `options.interestMethod`: from
 * when a credit earns interest.
 *
 * - `monthly` — Qiannan QN-INT, 第十四条; Beibei BB-INT, 七(二); Ningxia NX-INT, 四是: "根据上年度…各项收益计算并确定
 *   年度个人记账利率"; Jiangmen JM-INT ("按国家规定计息"); Cixi CX-INT: interest on monthly balances (月积数).
 * - `next-year` — no region's config; a case option: a credit earns from 1 January of the next year.
 *
 * @module
 */
export type InterestMethod = RegionPolicy["features"]["interestMethod"]["value"];

/** Whether a credit waits for the next calendar year before it earns (the ledger's "pending" credits). */
export type InterestMethodRule = () => boolean;

/** Monthly balances: a credit earns from the month after it. */
const earnsFromNextMonth: InterestMethodRule = () => false;
/** A credit earns from 1 January of the next year. */
const earnsFromNextYear: InterestMethodRule = () => true;

export const interestMethodRules: { readonly [V in InterestMethod]: InterestMethodRule } = {
  monthly: earnsFromNextMonth,
  "next-year": earnsFromNextYear,
};
