import { ZERO, type Decimal } from "../../money";
import type { TraceTextId } from "../../i18n/index";
import type { RegionPolicy } from "../../policy/schema";
import type { Components } from "../ledger";

/**
 * Slot `parameters.inherit` (DEATH-INHERIT, NAT-INHERIT): what of the balance is excluded from
 * the heirs, by the rule in force on the event date.
 *
 * - `exclude-subsidy` — 国发〔2009〕32号: the government subsidy returns to the fund (the heirs inherit the rest).
 * - `whole-balance` — 国发〔2014〕8号: "个人账户资金余额可以依法继承" (the whole balance).
 *
 * @module
 */
export type Inherit = RegionPolicy["parameters"]["inherit"]["segments"][number] extends infer S
  ? S extends { readonly value: infer V }
    ? V
    : never
  : never;

/** The part of the closing balance excluded from the heirs, and its settlement line's label. */
export interface Excluded {
  readonly amount: Decimal;
  readonly label: TraceTextId;
}

export type InheritRule = (closing: Readonly<Components>) => Excluded;

function subsidyExcluded(closing: Readonly<Components>): Excluded {
  return { amount: closing.subsidy, label: "line.excluded-subsidy" };
}

function nothingExcluded(): Excluded {
  return { amount: ZERO, label: "line.excluded-nothing" };
}

export const inheritRules: { readonly [V in Inherit]: InheritRule } = {
  "exclude-subsidy": subsidyExcluded,
  "whole-balance": nothingExcluded,
};
