import { monthOf, type CivilDate, type MonthIndex } from "../../dates";
import type { RegionPolicy } from "../../policy/schema";
import type { Trace } from "../trace";

/**
 * Slot `features.transfer`: what a transfer out of the region (转移) does to the account.
 *
 * - `move` — Qiannan QN-TRANSFER, 第十五条: "个人账户储存额一次性转入新参保地"; Cixi, Jiangmen, Ningxia TRANSFER
 *   (国发〔2014〕8号 转移接续与制度衔接: "一次性转移个人账户全部储存额").
 * - `sealed` — Beibei BB-TRANSFER, 十(一)1: "只转个人账户基础信息,不转个人账户资金。…将其个人账户暂时封存并按规定计息".
 *
 * @module
 */
export type Transfer = RegionPolicy["features"]["transfer"]["value"];

/** A transfer-out on `date`, and the first pension month if known. */
export interface TransferOut {
  readonly feature: RegionPolicy["features"]["transfer"];
  readonly date: CivilDate;
  readonly firstMonth: MonthIndex | null;
  readonly trace: Trace | null;
}

/** The date the transfer closes the account, or null when it closes nothing. */
export type TransferRule = (t: TransferOut) => CivilDate | null;

/** The balance moves, except during the pension (QN 第二十二条: the pension goes on). */
function balanceMoves(t: TransferOut): CivilDate | null {
  const duringPension = t.firstMonth !== null && monthOf(t.date) >= t.firstMonth;
  return duringPension ? null : t.date;
}

/** The balance stays sealed and keeps earning: no closing; a later death still settles the account. */
function balanceSealed(t: TransferOut): null {
  t.trace?.add(t.feature.rule, t.feature.citation, { date: t.date }, t.trace.say("transfer.sealed", {}));
  return null;
}

export const transferRules: { readonly [V in Transfer]: TransferRule } = {
  move: balanceMoves,
  sealed: balanceSealed,
};
