import { describe, expect, it } from "vitest";
import { evaluateCase, isPensionInputError } from "../../src";
import { EMPTY, invariants, settlementOf } from "./helpers";

/**
 * Golden cases, Cixi 慈溪 (seed 004 plus 慈政发〔2010〕3号): the old-system members' funeral grant,
 * inheritance before and during the pension, an overpayment only partly recovered, a death long
 * after the account emptied, and transfer-out. Every amount is computed by hand below.
 *
 * Sources: rules.md CX-FUNERAL (20 × the new system's basic pension in force at death), CX-LEGACY
 * (grade amount + 30, women 55), CX-DEATH (national: 国发〔2009〕32号, 国发〔2014〕8号), NAT-INHERIT
 * (the `subsidy` component is excluded until 2014-02-20, nothing from 2014-02-21), DEATH-STOP,
 * DEATH-INHERIT, TRANSFER (national move), LOOKUPS; conventions.md "Settlement", "Personal account".
 *
 * Interest (CX-INT, monthly method): r = NAT-RATE-PBOC in force on 1 January:
 *   2010 2.25%, 2011 2.75%, 2012 3.50%, 2013 3.00%, 2014 3.00%, 2015 2.75%, 2016 onwards 1.50%.
 * A window from month s+1 to month c credits r × opening × (c − s)/12 + Σ r × flow × (c − m)/12 per
 * component, each rounded to the fen (half up); a debit in month m first reduces month m+1.
 * CX-SUB: 60 a year. CX-BEN-BASIC: 80 from 2010-01-01, 140 from 2012-01-01 to 2014-06-30 (unknown
 * after); CX-BEN-CONTRIB +20 from 2012-01-01 for a contributor without another pension.
 */

// Person Y: born 1970-01-15, pays 500 (+60 subsidy) on 10 June 2012 and 2013; no pension.
// 2012 (3.50%): personal 500 × .035 × 6/12 = 8.75; subsidy 60 × .035 × 6/12 = 1.05 → 508.75 / 61.05; 9.80
// 2013 (3.00%): personal 508.75 × .03 = 15.2625 + 500 × .03 × 6/12 = 7.50 → 22.7625 → 22.76;
//   subsidy 61.05 × .03 = 1.8315 + 60 × .03 × 6/12 = 0.90 → 2.7315 → 2.73 → 1031.51 / 123.78; 25.49
// Closing March 2014 (c = 3, 3.00%): personal 1031.51 × .03 × 3/12 = 7.736325 → 7.74;
//   subsidy 123.78 × .0075 = 0.92835 → 0.93 → 1039.25 + 124.71 = 1163.96; 2014 interest 8.67
function personY(event: { kind: string; date: string }) {
  return {
    region: "cixi",
    asOf: "2014-12-31",
    person: { birthDate: "1970-01-15", sex: "male", events: [event] },
    payments: [
      { year: 2012, date: "2012-06-10", amount: "500" },
      { year: 2013, date: "2013-06-10", amount: "500" },
    ],
  };
}
const Y_INTEREST = { "2012": "9.80", "2013": "25.49", "2014": "8.67" };

// Person Z: born 1950-06-20, 59 on the scheme start 2010-01-01 → contribution years ≥
// min(2010 − 2010 + 1, 15) = 1 (COHORT). Pays 100 (+60 subsidy) on 2010-03-01. First pension month 2010-07.
// Pension-start closing June 2010 (c = 6, 2.25%): personal 100 × .0225 × 3/12 = 0.5625 → 0.56;
//   subsidy 60 × .0225 × 3/12 = 0.3375 → 0.34 → 100.56 + 60.34 = 160.90
// Account pension 160.90 ÷ 139 (age 60) = 1.1576 → 1.16.
// Draws of 1.16, subsidy share round(1.16 × subsidy ÷ total, 2) alternates 0.44 / 0.43 (0.435018…,
// 0.434982…), personal the rest:
//   Jul 99.84/59.90, Aug 99.11/59.47, Sep 98.39/59.03, Oct 97.66/58.60, Nov 96.94/58.16, Dec 96.21/57.73
//   31 Dec 2010: personal Σ opening balances Jul–Dec 592.50 × .0225/12 = 1.1109 → 1.11;
//   subsidy 355.50 × .0225/12 = 0.6666 → 0.67 → 97.32 / 58.40; 2010 interest 0.56 + 0.34 + 1.11 + 0.67 = 2.68
//   2011 (2.75%): draws personal 8.69, subsidy 5.23; Σ openings 1120.07 / 672.01 → 2.57 / 1.54 → 91.20 / 54.71
//   2012 (3.50%): draws 8.71 / 5.21; Σ openings 1046.47 / 627.89 → 3.05 / 1.83 → 85.54 / 51.33
function personZ(death: string, asOf: string, options: object = {}) {
  return {
    region: "cixi",
    asOf,
    person: { birthDate: "1950-06-20", sex: "female", events: [{ kind: "death", date: death }] },
    payments: [{ year: 2010, date: "2010-03-01", amount: "100" }],
    options,
  };
}

describe("Cixi golden cases: settlement (legacy funeral grant, inheritance, emptied account)", () => {
  it("CX-FUNERAL CX-LEGACY DEATH-STOP: a legacy member dies in 2013 — funeral grant 20 × 140 = 2800; the overpaid legacy pension is owed by the estate", () => {
    // Grade 3 woman (legacy pension age 55): 220 + 30 = 250 a month, no account, no basic pension.
    // Death 2013-08-10 → last pension month 2013-08. Paid through 2013-10: overpayment 2 × 250 = 500.00;
    // no balance → recovered 0, outstanding 500.00.
    // CX-FUNERAL: 20 × CX-BEN-BASIC in force on 2013-08-10 (140, from 2012-01-01) = 2800.00, paid by the fund.
    const r = evaluateCase({
      region: "cixi",
      asOf: "2013-12-31",
      person: {
        birthDate: "1950-05-01",
        sex: "female",
        legacyGrade: 3,
        events: [{ kind: "death", date: "2013-08-10" }],
      },
      options: { pensionsPaidThrough: "2013-10" },
    });
    invariants(r);
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2013-08-10",
      lastPensionMonth: "2013-08",
      balance: "0.00",
      excluded: "0.00",
      overpayment: "500.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "500.00",
      inheritable: "0.00",
      toFund: "0.00",
      transferred: "0.00",
      deathBenefit: "2800.00",
    });
    expect(r.settlement!.lines).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: "CX-FUNERAL", amount: "2800.00" })]),
    );
  });

  it("CX-FUNERAL: a legacy member dying in 2011 gets 20 × 80 = 1600 (the basic pension in force at death)", () => {
    // Grade 7 man: 420 + 30 = 450 a month. Death 2011-06-30; CX-BEN-BASIC on that date = 80 → 1600.00.
    const r = evaluateCase({
      region: "cixi",
      asOf: "2011-12-31",
      person: { birthDate: "1945-03-01", sex: "male", legacyGrade: 7, events: [{ kind: "death", date: "2011-06-30" }] },
    });
    invariants(r);
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2011-06-30",
      lastPensionMonth: "2011-06",
      balance: "0.00",
      excluded: "0.00",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "0.00",
      toFund: "0.00",
      transferred: "0.00",
      deathBenefit: "1600.00",
    });
    expect(r.settlement!.lines).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: "CX-FUNERAL", amount: "1600.00" })]),
    );
  });

  it("CX-FUNERAL LOOKUPS: a legacy member dying 2015-03-01 — CX-BEN-BASIC is unknown from 2014-07-01 → parameter-unknown", () => {
    // The grant needs the basic pension in force on the death date (LOOKUPS: "the death date (CX-FUNERAL)").
    let caught: unknown = null;
    try {
      evaluateCase({
        region: "cixi",
        asOf: "2015-12-31",
        person: {
          birthDate: "1950-05-01",
          sex: "female",
          legacyGrade: 3,
          events: [{ kind: "death", date: "2015-03-01" }],
        },
      });
    } catch (e) {
      caught = e;
    }
    expect(isPensionInputError(caught)).toBe(true);
    if (!isPensionInputError(caught)) return;
    expect(caught.code).toBe("parameter-unknown");
    expect(`${caught.message} ${JSON.stringify(caught.details)}`).toContain("CX-BEN-BASIC");
    expect(`${caught.message} ${JSON.stringify(caught.details)}`).toContain("2015-03-01");
  });

  it("CX-DEATH NAT-INHERIT: death before the pension on 2014-03-05 (after 2014-02-21) — the whole balance, subsidy included, is inheritable", () => {
    const r = evaluateCase(personY({ kind: "death", date: "2014-03-05" }));
    invariants(r);
    expect(r.account.interestByYear).toEqual(Y_INTEREST);
    expect(r.account.components).toEqual(EMPTY);
    // 国发〔2014〕8号: 个人账户资金余额可以依法继承 → excluded 0; inheritable 1163.96 (subsidy 124.71 included).
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2014-03-05",
      lastPensionMonth: null,
      balance: "1163.96",
      excluded: "0.00",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "1163.96",
      toFund: "0.00",
      transferred: "0.00",
      deathBenefit: "0.00", // CX-FUNERAL is for legacy members only
    });
  });

  it("TRANSFER: transfer-out before the pension moves the whole balance (国发〔2014〕8号 一次性转移个人账户全部储存额)", () => {
    const r = evaluateCase(personY({ kind: "transfer-out", date: "2014-03-05" }));
    invariants(r);
    expect(r.account.interestByYear).toEqual(Y_INTEREST);
    expect(settlementOf(r)).toEqual({
      event: "transfer-out",
      date: "2014-03-05",
      lastPensionMonth: null,
      balance: "1163.96",
      excluded: "0.00",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "0.00",
      toFund: "0.00",
      transferred: "1163.96",
      deathBenefit: "0.00",
    });
  });

  it("CX-DEATH DEATH-STOP NAT-INHERIT: death during the pension in 2013, overpayment above the inheritable part — partly recovered, rest outstanding", () => {
    // Person Z dies 2013-09-10. 2013 (3.00%) draws Jan–Sep: personal 6.52, subsidy 3.92; closing
    // September (c = 9): personal Σ openings Jan–Sep 743.78 × .03/12 = 1.85945 → 1.86; subsidy 446.29
    // × .03/12 = 1.1157 → 1.12 → 85.54 − 6.52 + 1.86 = 80.88; 51.33 − 3.92 + 1.12 = 48.53 → 129.41.
    // Paid out 2010-07 .. 2013-09 = 39 × 1.16 = 45.24. Interest 2.68 + 4.11 + 4.88 + 2.98 = 14.65.
    // Overpayment, paid through 2013-11: 2 × (140 + 20 CX-BEN-CONTRIB + 1.16) = 2 × 161.16 = 322.32.
    // Death before 2014-02-21: excluded = subsidy 48.53; available 80.88 < 322.32 → recovered 80.88,
    // outstanding 241.44; inheritable 0; toFund 48.53 + 80.88 = 129.41.
    const r = evaluateCase(personZ("2013-09-10", "2013-12-31", { pensionsPaidThrough: "2013-11" }));
    invariants(r);
    expect(r.pension.firstMonth).toBe("2010-07");
    expect(r.pension.accountPension).toBe("1.16");
    expect(r.account.interestByYear).toEqual({ "2010": "2.68", "2011": "4.11", "2012": "4.88", "2013": "2.98" });
    expect(r.account.paidOut).toBe("45.24");
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2013-09-10",
      lastPensionMonth: "2013-09",
      balance: "129.41",
      excluded: "48.53",
      overpayment: "322.32",
      overpaymentRecovered: "80.88",
      overpaymentOutstanding: "241.44",
      inheritable: "0.00",
      toFund: "129.41",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });

  it("CX-DEATH BEN-DIVISOR LOOKUPS: death in 2026, long after the account emptied — nothing to settle, the fund paid the account pension", () => {
    // Person Z dies 2026-05-10 (no overpayment asked, so no basic-pension lookup in the unknown period).
    // Year-end balances (personal / subsidy) and the year's interest, continuing the draws of 1.16:
    //   2013 79.29/47.58 (3.92)  2014 72.85/43.72 (3.62)  2015 66.05/39.63 (3.03)  2016 58.28/34.97 (1.49)
    //   2017 50.39/30.24 (1.30)  2018 42.39/25.44 (1.12)  2019 34.27/20.57 (0.93)  2020 26.03/15.61 (0.72)
    //   2021 17.66/10.59 (0.53)  2022  9.17/ 5.49 (0.33)  2023  0.54/ 0.33 (0.13)
    // 2024-01: the account pays its last 0.87 and the fund 1.16 − 0.87 = 0.29; from 2024-02 the fund pays
    // 1.16 a month (2024 interest on January's 0.87: 0.54 × .015/12 and 0.33 × .015/12 both round to 0.00).
    // Everything credited = 160 + interest (2.68 + 4.11 + 4.88 + 3.92 + 3.62 + 3.03 + 1.49 + 1.30 + 1.12
    // + 0.93 + 0.72 + 0.53 + 0.33 + 0.13 = 28.79) = 188.79 = paidOut.
    // Months paid 2010-07 .. 2026-05 = 6 + 15 × 12 + 5 = 191 → 191 × 1.16 = 221.56 → fundPaid 221.56 − 188.79 = 32.77.
    const r = evaluateCase(personZ("2026-05-10", "2026-12-31"));
    invariants(r);
    expect(r.account.paidOut).toBe("188.79");
    expect(r.account.fundPaid).toBe("32.77");
    expect(r.account.interestByYear).toMatchObject({
      "2010": "2.68",
      "2011": "4.11",
      "2012": "4.88",
      "2013": "3.92",
      "2014": "3.62",
      "2015": "3.03",
      "2016": "1.49",
      "2017": "1.30",
      "2018": "1.12",
      "2019": "0.93",
      "2020": "0.72",
      "2021": "0.53",
      "2022": "0.33",
      "2023": "0.13",
    });
    const later = Object.entries(r.account.interestByYear).filter(([y]) => Number(y) >= 2024);
    expect(later.every(([, v]) => v === "0.00")).toBe(true);
    expect(r.pension.monthly).toBeNull();
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2026-05-10",
      lastPensionMonth: "2026-05",
      balance: "0.00",
      excluded: "0.00",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "0.00",
      toFund: "0.00",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });
});
