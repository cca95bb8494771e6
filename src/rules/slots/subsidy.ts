import { Decimal } from "../../money";
import type { SubsidyValue } from "../../policy/schema";

/**
 * Slot `parameters.subsidy` (its `hardship.mode`): how a hardship group's amount meets the bracket's subsidy.
 *
 * - `add` — Beibei BB-SUB, 六(三): "政府在参保人缴费的基础上,每人每年补贴30元。对重度残疾人,政府对其缴纳最低标准的保险费再补贴40元".
 * - `replace` — Cixi CX-SUB: 60 a year, flat; severe disability or 低保: 160 instead of 60.
 *
 * @module
 */
export type SubsidyHardshipMode = NonNullable<SubsidyValue["hardship"]>["mode"];

/** The year's subsidy with the hardship amount. */
export type SubsidyHardshipRule = (bracket: Decimal, hardship: Decimal) => Decimal;

function addedToBracket(bracket: Decimal, hardship: Decimal): Decimal {
  return bracket.plus(hardship);
}

function replacesBracket(_bracket: Decimal, hardship: Decimal): Decimal {
  return hardship;
}

export const subsidyHardshipRules: { readonly [V in SubsidyHardshipMode]: SubsidyHardshipRule } = {
  add: addedToBracket,
  replace: replacesBracket,
};
