import { describe, expect, test } from "vitest";
import { regionIds, type CaseResult, type MonthlyBenefit } from "../../src";
import { Decimal } from "../../src/money";
import {
  caseMonthKnown,
  evaluate,
  isSkip,
  lastDay,
  law,
  monthIdx,
  monthStr,
  parseMonthStr,
  schedule,
  validCase,
  VACUOUS,
  type CaseJson,
} from "../arbitraries";

/** The monthly benefit and the draw-down (conventions.md "Pension", rules.md BEN-DIVISOR). */
const RUNS = 80;

function expectAddsUp(b: MonthlyBenefit, accountPension: string | null): void {
  const lines = b.lines.reduce((a, l) => a.plus(l.amount), new Decimal(0));
  expect(new Decimal(b.basic).plus(b.account).toFixed(2), `${b.month}: basic + account`).toBe(b.total);
  expect(lines.toFixed(2), `${b.month}: sum of lines`).toBe(b.total);
  if (accountPension !== null && !new Decimal(b.account).isZero())
    expect(b.account, `${b.month}: the fixed account pension`).toBe(accountPension);
}

function expectNonNegative(r: CaseResult, when: string): void {
  const a = r.account;
  for (const [k, v] of [
    ["balance", a.balance],
    ["paidOut", a.paidOut],
    ["fundPaid", a.fundPaid],
    ...Object.entries(a.components),
  ] as [string, string][]) {
    expect(new Decimal(v).gte(0), `${when}: account ${k} = ${v}`).toBe(true);
  }
}

describe.each(regionIds)("%s", (region) => {
  test("total = basic + account = sum of the lines (asOf month and the months before it)", () => {
    law(
      validCase(region, { pension: true }),
      (c) => {
        const r = evaluate(c);
        const m = r.pension.monthly;
        if (m === null) return VACUOUS;
        expectAddsUp(m, r.pension.accountPension);
        // the year before asOf, as far back as every month's parameters are known
        const to = monthIdx(c.asOf);
        let from = to;
        while (from > to - 11 && caseMonthKnown(c, from - 1)) from -= 1;
        for (const b of schedule(c, monthStr(from), monthStr(to))) if (b) expectAddsUp(b, r.pension.accountPension);
        return;
      },
      { numRuns: RUNS },
    );
  });

  test("the account never goes negative (asOf and yearly checkpoints before it)", () => {
    law(
      validCase(region),
      (c) => {
        const r = evaluate(c);
        expectNonNegative(r, c.asOf);
        const end = monthIdx(c.asOf);
        for (let m = end - 12; m > end - 12 * 15; m -= 12) {
          const asOf = lastDay(m);
          if (asOf <= c.person.birthDate || asOf < "2009-09-01") break;
          try {
            expectNonNegative(evaluate({ ...c, asOf } as CaseJson), asOf);
          } catch (e) {
            if (!isSkip(e)) throw e; // a checkpoint whose pension month is unknown is simply not checked
          }
        }
      },
      { numRuns: 40 },
    );
  });

  test("the monthly total never drops in the month the account empties (the fund pays the rest)", () => {
    law(
      validCase(region, { drawDown: true }),
      (c) => {
        const r = evaluate(c);
        if (r.account.fundPaid === "0.00" || r.pension.accountPension === null || r.pension.firstMonth === null)
          return VACUOUS;
        const fundPaidBy = (m: number): boolean => {
          const asOf = m >= monthIdx(c.asOf) ? c.asOf : lastDay(m);
          const x = evaluate({ ...c, asOf } as CaseJson);
          expectNonNegative(x, asOf);
          return x.account.fundPaid !== "0.00";
        };
        // the first month the fund pays part of the account pension: the account empties then
        let lo = parseMonthStr(r.pension.firstMonth);
        let hi = monthIdx(c.asOf);
        if (fundPaidBy(lo)) hi = lo;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (fundPaidBy(mid)) hi = mid;
          else lo = mid;
        }
        const empties = hi;
        const [before, at] = schedule(c, monthStr(empties - 1), monthStr(empties));
        if (!at) return VACUOUS; // a suspended month
        expectAddsUp(at, r.pension.accountPension);
        expect(at.account, `${monthStr(empties)}: the account pension is still paid in full`).toBe(
          r.pension.accountPension,
        );
        if (before) {
          expect(at.account, "account part unchanged").toBe(before.account);
          if (new Decimal(at.basic).gte(before.basic))
            expect(
              new Decimal(at.total).gte(before.total),
              `total ${before.total} → ${at.total} in ${monthStr(empties)}`,
            ).toBe(true);
        }
        // and later: still the fixed account pension, whatever the account holds
        if (r.pension.monthly) expect(r.pension.monthly.account).toBe(r.pension.accountPension);
        return;
      },
      { numRuns: 60, minApplicable: 0.15 },
    );
  });
});
