import { describe, expect, it } from "vitest";
import { evaluateCase } from "../../src";
import { EMPTY, invariants, settlementOf } from "./helpers";

/**
 * Golden cases, Jiangmen 江门 (2023年江门市城乡居民基本养老保险参保工作方案, seed 003): death and
 * transfer-out before the pension, death during the pension with and without an account.
 * Every amount is computed by hand below.
 *
 * Sources: rules.md JM-DEATH (national, 国发〔2014〕8号: 参保人死亡，个人账户资金余额可以依法继承),
 * NAT-INHERIT (from 2014-02-21 nothing is excluded), DEATH-STOP, DEATH-INHERIT, TRANSFER (国发〔2014〕8号
 * 一次性转移个人账户全部储存额), JM-PROXY (the county pays 120), JM-SUB (120–360 → 30, 600 and above → 60),
 * JM-COLLECTIVE, JM-AT-60, MAKE-UP, COHORT, JM-BEN-BASIC (200, known 2023-09-28 .. 2023-12-31 only),
 * LOOKUPS; conventions.md "Settlement", "Personal account".
 *
 * Interest (JM-INT: NAT-RATE-PBOC in force on 1 January): 2023 → 1.50%. Monthly method: a window from
 * month s+1 to month c credits r × opening × (c − s)/12 + Σ r × flow × (c − m)/12 per component, each
 * rounded to the fen (half up); a debit in month m first reduces month m+1.
 */

// Person F: born 1985-02-01, severe disability from 2015. 2023-03-10: pays 60, the county 120 (JM-PROXY)
// → tier 180, subsidy 30 (10/10/10); village collective 100 (JM-COLLECTIVE ≤ 4800).
// Closing November 2023 (c = 11, 1.50%), credits in March (m = 3): × .015 × 8/12 = × 0.01
//   personal 60 → 0.60; proxy 120 → 1.20; subsidy 30 → 0.30; collective 100 → 1.00; interest 3.10
//   → personal 60.60 + proxy 121.20 + subsidy 30.30 + collective 101.00 = 313.10
function personF(event: { kind: string; date: string }) {
  return {
    region: "jiangmen",
    asOf: "2023-12-31",
    person: {
      birthDate: "1985-02-01",
      sex: "female",
      statuses: [{ kind: "severe-disability", from: "2015-01-01" }],
      events: [event],
    },
    payments: [{ year: 2023, date: "2023-03-10", amount: "60", collective: "100" }],
  };
}

describe("Jiangmen golden cases: settlement (2014 rule, proxy, overpayment, pension in its first months)", () => {
  it("JM-DEATH NAT-INHERIT DEATH-INHERIT JM-PROXY: death before the pension in 2023 — the whole balance (personal, proxy, subsidy, collective) is inheritable", () => {
    const r = evaluateCase(personF({ kind: "death", date: "2023-11-20" }));
    invariants(r);
    expect(r.payments.map((p) => [p.valid, p.tier, p.personal, p.proxy, p.subsidy, p.collective])).toEqual([
      [true, "180.00", "60.00", "120.00", "30.00", "100.00"],
    ]);
    expect(r.account.interestByYear).toEqual({ "2023": "3.10" });
    expect(r.account.components).toEqual(EMPTY);
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2023-11-20",
      lastPensionMonth: null,
      balance: "313.10",
      excluded: "0.00",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "313.10",
      toFund: "0.00",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });

  it("TRANSFER: transfer-out before the pension moves the whole balance", () => {
    const r = evaluateCase(personF({ kind: "transfer-out", date: "2023-11-20" }));
    invariants(r);
    expect(r.account.interestByYear).toEqual({ "2023": "3.10" });
    expect(settlementOf(r)).toEqual({
      event: "transfer-out",
      date: "2023-11-20",
      lastPensionMonth: null,
      balance: "313.10",
      excluded: "0.00",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "0.00",
      toFund: "0.00",
      transferred: "313.10",
      deathBenefit: "0.00",
    });
  });

  it("JM-DEATH DEATH-STOP LOOKUPS: an old-cohort pensioner dies 2023-10-15 — overpayment of Nov–Dec at the 200 basic pension, owed by the estate", () => {
    // Born 1940-01-01: 69 on 2009-09-01 → basic pension without payments whatever the scheme start
    // (COHORT (1)); no account. Paid through 2023-12: 2023-11 + 2023-12 = 2 × 200 = 400.00 (JM-BEN-BASIC
    // known to 2023-12-31; JM-BEN-COUNTY 0). Balance 0 → outstanding 400.00.
    const r = evaluateCase({
      region: "jiangmen",
      asOf: "2023-12-31",
      person: { birthDate: "1940-01-01", sex: "male", events: [{ kind: "death", date: "2023-10-15" }] },
      options: { pensionsPaidThrough: "2023-12" },
    });
    invariants(r);
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2023-10-15",
      lastPensionMonth: "2023-10",
      balance: "0.00",
      excluded: "0.00",
      overpayment: "400.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "400.00",
      inheritable: "0.00",
      toFund: "0.00",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });

  it("JM-DEATH BEN-DIVISOR MAKE-UP: pension from 2023-11 after a make-up, death 2023-12-20 — two closings in one year, the rest inheritable", () => {
    // Born 1963-09-15; options.schemeStart 2011-07-01 → 47 on the start → COHORT (2): years ≥
    // min(2023 − 2011 + 1, 15) = 13. 2023-03-10 regular 600 (subsidy 60, tier ≥ 600); 2023-10-10 make-up
    // 12 years × 180 = 2160 (personal, no subsidy) → 13 years. First month = latest of 2023-10 (month after
    // the 60th birthday's month), 2011-07, and 2023-11 (month after the make-up that met the condition).
    // Pension-start closing October (c = 10, 1.50%): personal 600 × .015 × 7/12 = 5.25 (+ 2160 × 0);
    //   subsidy 60 × .015 × 7/12 = 0.525 → 0.53 → 2765.25 + 60.53 = 2825.78
    // Account pension 2825.78 ÷ 139 (age 60) = 20.3293 → 20.33; pension 200 + 20.33 = 220.33.
    // Draws: Nov subsidy 20.33 × 60.53/2825.78 = 0.4355 → 0.44, personal 19.89 → 2745.36 / 60.09;
    //        Dec 20.33 × 60.09/2805.45 = 0.4354 → 0.44, 19.89 → 2725.47 / 59.65
    // Closing December (death month, window Nov–Dec): personal (2765.25 + 2745.36) × .015/12 = 6.8883
    //   → 6.89; subsidy (60.53 + 60.09) × .015/12 = 0.1508 → 0.15 → 2732.36 + 59.80 = 2792.16
    // 2023 interest 5.25 + 0.53 + 6.89 + 0.15 = 12.82; paid out 2 × 20.33 = 40.66.
    // Paid through 2023-12 = the last pension month → no overpayment. Death ≥ 2014-02-21 → inheritable 2792.16.
    const r = evaluateCase({
      region: "jiangmen",
      asOf: "2023-12-31",
      person: { birthDate: "1963-09-15", sex: "male", events: [{ kind: "death", date: "2023-12-20" }] },
      payments: [
        { year: 2023, date: "2023-03-10", amount: "600" },
        { year: 2023, date: "2023-10-10", amount: "2160", kind: "make-up", years: 12 },
      ],
      options: { schemeStart: "2011-07-01", pensionsPaidThrough: "2023-12" },
    });
    invariants(r);
    expect(r.contributionYears).toBe(13);
    expect(r.pension.firstMonth).toBe("2023-11");
    expect(r.pension.accountPension).toBe("20.33");
    expect(r.pension.monthly).toMatchObject({ month: "2023-12", total: "220.33", basic: "200.00", account: "20.33" });
    expect(r.account.interestByYear).toEqual({ "2023": "12.82" });
    expect(r.account.paidOut).toBe("40.66");
    expect(r.account.fundPaid).toBe("0.00");
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2023-12-20",
      lastPensionMonth: "2023-12",
      balance: "2792.16",
      excluded: "0.00",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "2792.16",
      toFund: "0.00",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });
});
