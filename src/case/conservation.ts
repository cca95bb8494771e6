import { Decimal, formatMoney, ZERO } from "../money";
import type { CaseResult } from "./result";

export interface ConservationReport {
  /** True when credited = accounted for, to the fen. */
  readonly holds: boolean;
  /** Payments, proxy, subsidies, collective, sponsors and interest credited to the account. */
  readonly credited: string;
  /** Paid out of the account + inheritable + to the fund + transferred + balance still open. */
  readonly accountedFor: string;
  readonly difference: string;
}

/**
 * Conservation (conventions.md "Settlement"): everything credited to the personal account equals
 * what was paid out of it, inherited, returned to the fund, transferred, or is still open.
 * For tests and for integrators who want to check a stored result.
 *
 * @example
 * checkConservation(evaluateCase(caseJson)).holds //=> true
 */
export function checkConservation(result: CaseResult): ConservationReport {
  let credited: Decimal = ZERO;
  for (const p of result.payments) {
    if (!p.valid) continue;
    credited = credited.plus(p.personal).plus(p.proxy).plus(p.subsidy).plus(p.collective).plus(p.other);
  }
  for (const v of Object.values(result.account.interestByYear)) credited = credited.plus(v);
  const s = result.settlement;
  let accountedFor = new Decimal(result.account.paidOut).plus(result.account.balance);
  if (s) accountedFor = accountedFor.plus(s.inheritable).plus(s.toFund).plus(s.transferred);
  const difference = credited.minus(accountedFor);
  return {
    holds: difference.isZero(),
    credited: formatMoney(credited),
    accountedFor: formatMoney(accountedFor),
    difference: formatMoney(difference),
  };
}
