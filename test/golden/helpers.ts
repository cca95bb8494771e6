/** Helpers of the golden settlement tests (test/golden/<region>.settlement.test.ts). */
import { expect } from "vitest";
import { checkConservation, type CaseResult, type SettlementResult } from "../../src";
import { Decimal } from "../../src/money";

export type ExpectedSettlement = Omit<SettlementResult, "lines">;

/** The result's settlement without its lines (fails when there is none). */
export function settlementOf(r: CaseResult): ExpectedSettlement {
  expect(r.settlement).not.toBeNull();
  const { lines: _lines, ...fields } = r.settlement!;
  return fields;
}

/** Conservation and the settlement identities every case must satisfy (conventions.md "Settlement"). */
export function invariants(r: CaseResult): void {
  expect(checkConservation(r)).toMatchObject({ holds: true, difference: "0.00" });
  const s = r.settlement;
  if (s === null) return;
  expect(new Decimal(s.inheritable).plus(s.toFund).plus(s.transferred).toFixed(2)).toBe(s.balance);
  expect(new Decimal(s.overpaymentRecovered).plus(s.overpaymentOutstanding).toFixed(2)).toBe(s.overpayment);
  expect(r.account.balance).toBe("0.00"); // the account is settled
}

/** Every account component at zero. */
export const EMPTY = { personal: "0.00", collective: "0.00", subsidy: "0.00", proxy: "0.00", other: "0.00" };
