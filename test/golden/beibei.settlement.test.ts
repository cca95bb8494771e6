import { describe, expect, it } from "vitest";
import { evaluateCase, isPensionInputError, type CaseResult } from "../../src";
import { invariants, settlementOf } from "./helpers";

/**
 * Golden cases, Beibei 北碚 (北碚区城乡居民社会养老保险试点工作方案, seed 001 part 3): death before and
 * during the pension, the one-time death benefit, a declared death, and the sealed transfer.
 * Every amount is computed by hand below.
 *
 * Sources: 七(三) (领取养老待遇前…死亡的，个人账户累计储存额本息，除政府补贴外，一次性退给…继承人),
 * 七(四) (领取养老待遇人员死亡后…除政府补贴外…继承), 八(五) (从死亡次月起停发养老待遇…一次性死亡补助金，
 * 标准为死亡时本人上月养老待遇乘以12个月，从居民养老保险基金中支付), 十(一)1 (在全市行政区域内发生转移的，
 * 只转个人账户基础信息，不转个人账户资金…暂时封存并按规定计息); rules.md BB-DEATH-PRE, BB-DEATH-POST,
 * BB-TRANSFER, DEATH-STOP, DEATH-INHERIT, NAT-INHERIT (the `subsidy` component is excluded until
 * 2014-02-20, nothing from 2014-02-21), LOOKUPS; conventions.md "Settlement".
 *
 * Interest (BB-INT 七(二), monthly method): r = NAT-RATE-PBOC in force on 1 January of the year:
 *   2009 2.25%, 2010 2.25%, 2011 2.75% (from 2010-12-26), 2012 3.50%, 2013 3.00%, 2014 3.00%.
 * A window from month s+1 to month c credits r × opening × (c − s)/12 + Σ r × flow × (c − m)/12 per
 * component, rounded to the fen (half up); a debit in month m first reduces month m+1.
 * BB-SUB 六(三): 30 a year. BB-BEN-BASIC 八(二)1: 80 a month, known 2009-10 .. 2014-06 only, so every
 * pension month a result needs (overpayment months, the month before death) lies in that period.
 * BB-BEN-ONECHILD 八(三) +10; BB-BEN-AGE70 八(四) +10 from the month after the 70th birthday's month.
 */

function deathBenefitLine(r: CaseResult, amount: string): void {
  expect(r.settlement!.lines).toEqual(
    expect.arrayContaining([expect.objectContaining({ rule: "BB-DEATH-POST", amount })]),
  );
}

// ---------------------------------------------------------------------------------------------
// Person P (the spec vector's person, test/vectors/beibei-death-before-pension-2013.json): born
// 1975-04-04, pays 400 on 12 May each year (subsidy 30).
// 2010 (2.25%): personal 400 × .0225 × 7/12 = 5.25; subsidy 30 × .0225 × 7/12 = 0.39375 → 0.39
//   → 405.25 / 30.39; interest 5.64
// 2011 (2.75%): personal 405.25 × .0275 = 11.144375 + 400 × .0275 × 7/12 = 6.416667 → 17.561 → 17.56;
//   subsidy 30.39 × .0275 = 0.835725 + 30 × .0275 × 7/12 = 0.48125 → 1.316975 → 1.32 → 822.81 / 61.71; 18.88
// 2012 (3.50%): personal 822.81 × .035 = 28.79835 + 400 × .035 × 7/12 = 8.166667 → 36.965 → 36.97;
//   subsidy 61.71 × .035 = 2.15985 + 30 × .035 × 7/12 = 0.6125 → 2.77235 → 2.77 → 1259.78 / 94.48; 39.74
// ---------------------------------------------------------------------------------------------
function personP(years: number[], events: { kind: string; date: string }[], asOf: string) {
  return {
    region: "beibei",
    asOf,
    person: { birthDate: "1975-04-04", sex: "male", events },
    payments: years.map((year) => ({ year, date: `${year}-05-12`, amount: "400" })),
  };
}

// Person O: born 1943-02-05, 66 on the scheme start 2009-09-01 → basic pension without payments
// (八(一), children enrolled by default, BB-FAMILY); no account. First pension month 2009-10.
// 70th birthday 2013-02-05 → +10 from 2013-03. Monthly: 80 until 2013-02, 90 from 2013-03.
function personO(events: { kind: string; date: string }[], options: object = {}) {
  return {
    region: "beibei",
    asOf: "2013-12-31",
    person: { birthDate: "1943-02-05", sex: "female", events },
    payments: [],
    options,
  };
}

describe("Beibei golden cases: settlement (death benefit, inheritance, sealed transfer)", () => {
  it("BB-DEATH-PRE NAT-INHERIT: death before the pension on 2014-03-10 — from 2014-02-21 the whole balance, subsidy included, is inheritable", () => {
    // Person P with a 2013 payment too.
    // 2013 (3.00%): personal 1259.78 × .03 = 37.7934 + 400 × .03 × 7/12 = 7.00 → 44.7934 → 44.79;
    //   subsidy 94.48 × .03 = 2.8344 + 30 × .03 × 7/12 = 0.525 → 3.3594 → 3.36 → 1704.57 / 127.84; 48.15
    // Closing March 2014 (c = 3, 3.00%): personal 1704.57 × .03 × 3/12 = 12.784275 → 12.78;
    //   subsidy 127.84 × .0075 = 0.9588 → 0.96 → 1717.35 + 128.80 = 1846.15; 2014 interest 13.74.
    // 七(三) says 除政府补贴外, but the death date is after 2014-02-21: 国发〔2014〕8号 (NAT-INHERIT,
    // DEATH-INHERIT "per NAT-INHERIT at the death date") → excluded 0, inheritable 1846.15.
    const r = evaluateCase(personP([2010, 2011, 2012, 2013], [{ kind: "death", date: "2014-03-10" }], "2014-12-31"));
    invariants(r);
    expect(r.account.interestByYear).toEqual({
      "2010": "5.64",
      "2011": "18.88",
      "2012": "39.74",
      "2013": "48.15",
      "2014": "13.74",
    });
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2014-03-10",
      lastPensionMonth: null,
      balance: "1846.15",
      excluded: "0.00",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "1846.15",
      toFund: "0.00",
      transferred: "0.00",
      deathBenefit: "0.00", // 八(五) is for 领取养老待遇人员 only
    });
  });

  it("BB-DEATH-POST BB-LUMP DEATH-STOP: lump-sum pensioner dies 2013-04-15 — death benefit 12 × March's pension, overpayment recovered from the balance", () => {
    // Born 1940-05-10 (69 on 2009-09-01), one-child parent. Lump sum (趸缴) 2009-11-20 at S = 60:
    // M = months from 2009-11 to the 75th birthday's month 2015-05 = 66 (≥ 60) → 60 × 66 = 3960, personal.
    // Basic pension from 2009-10; account pension S = 60 from the month after the payment, 2009-12.
    // Monthly: 2009-10/11: 80 + 10 = 90; from 2009-12: 150; from 2010-06 (70th birthday 2010-05-10): 160.
    // Account (single component):
    //   2009 (2.25%): Dec opening 3960 × .0225/12 = 7.425 → 7.43 → 3960 − 60 + 7.43 = 3907.43
    //   2010 (2.25%): (3907.43 − 60 × Σ(12 − m)/12 = 60 × 66/12 = 330) × .0225 = 3577.43 × .0225 = 80.4922 → 80.49
    //     → 3907.43 − 720 + 80.49 = 3267.92
    //   2011 (2.75%): (3267.92 − 330) × .0275 = 80.7928 → 80.79 → 2628.71
    //   2012 (3.50%): (2628.71 − 330) × .035 = 80.45485 → 80.45 → 1989.16
    //   2013 closing April (c = 4, 3.00%): (1989.16 × 4/12 − 60 × (3 + 2 + 1 + 0)/12) × .03
    //     = (663.0533 − 30) × .03 = 18.9916 → 18.99 → 1989.16 − 240 + 18.99 = 1768.15
    //   paid out 2009-12 .. 2013-04 = 41 × 60 = 2460.00
    // Death 2013-04-15 (before 2014-02-21): excluded = subsidy component = 0 (趸缴 gets no subsidy).
    // Overpayment, paid through 2013-06: May + June = 2 × 160 = 320, recovered; inheritable 1768.15 − 320
    // = 1448.15; toFund 320. Death benefit: 12 × the pension of 2013-03 (160) = 1920.00 (八(五)).
    const r = evaluateCase({
      region: "beibei",
      asOf: "2013-12-31",
      person: {
        birthDate: "1940-05-10",
        sex: "male",
        statuses: [{ kind: "one-child-parent", from: "2009-01-01" }],
        events: [{ kind: "death", date: "2013-04-15" }],
      },
      lumpSum: { date: "2009-11-20", monthlyStandard: "60" },
      options: { pensionsPaidThrough: "2013-06" },
    });
    invariants(r);
    expect(r.pension.accountPension).toBe("60.00");
    expect(r.account.interestByYear).toEqual({
      "2009": "7.43",
      "2010": "80.49",
      "2011": "80.79",
      "2012": "80.45",
      "2013": "18.99",
    });
    expect(r.account.paidOut).toBe("2460.00");
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2013-04-15",
      lastPensionMonth: "2013-04",
      balance: "1768.15",
      excluded: "0.00",
      overpayment: "320.00",
      overpaymentRecovered: "320.00",
      overpaymentOutstanding: "0.00",
      inheritable: "1448.15",
      toFund: "320.00",
      transferred: "0.00",
      deathBenefit: "1920.00",
    });
    deathBenefitLine(r, "1920.00");
  });

  it("BB-DEATH-POST: the benefit is 12 × the month BEFORE the death month — the age-70 top-up that starts in the death month does not count; overpayment outstanding with no account", () => {
    // Person O dies 2013-03-20. Month before: 2013-02 → 80 (the +10 starts 2013-03) → 12 × 80 = 960.00.
    // Paid through 2013-05: overpayment 2013-04 + 2013-05 = 2 × 90 = 180.00; balance 0 → recovered 0,
    // outstanding 180.00 (owed by the estate).
    const r = evaluateCase(personO([{ kind: "death", date: "2013-03-20" }], { pensionsPaidThrough: "2013-05" }));
    invariants(r);
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2013-03-20",
      lastPensionMonth: "2013-03",
      balance: "0.00",
      excluded: "0.00",
      overpayment: "180.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "180.00",
      inheritable: "0.00",
      toFund: "0.00",
      transferred: "0.00",
      deathBenefit: "960.00",
    });
    deathBenefitLine(r, "960.00");
  });

  it("BB-DEATH-POST DEATH-INHERIT: death in the first pension month — benefit 12 × that month's pension; subsidy excluded before 2014-02-21", () => {
    // Born 1953-05-10, 56 on 2009-09-01 → within 15 years of 60: contribution years ≥ min(2013 − 2009 + 1, 15)
    // = 5 (八(一), COHORT). Pays 900 (+30 subsidy) on 2009-10-15, 2010..2013-03-15. First month 2013-06.
    //   2009 (2.25%): personal 900 × .0225 × 2/12 = 3.375 → 3.38; subsidy 30 × .0225 × 2/12 = 0.1125 → 0.11
    //     → 903.38 / 30.11; 3.49
    //   2010 (2.25%): personal 903.38 × .0225 = 20.32605 + 900 × .0225 × 9/12 = 15.1875 → 35.51355 → 35.51;
    //     subsidy 30.11 × .0225 = 0.677475 + 30 × .0225 × 9/12 = 0.50625 → 1.183725 → 1.18 → 1838.89 / 61.29; 36.69
    //   2011 (2.75%): personal 1838.89 × .0275 = 50.569475 + 900 × .0275 × 9/12 = 18.5625 → 69.131975 → 69.13;
    //     subsidy 61.29 × .0275 = 1.685475 + 0.61875 → 2.304225 → 2.30 → 2808.02 / 93.59; 71.43
    //   2012 (3.50%): personal 2808.02 × .035 = 98.2807 + 900 × .035 × 9/12 = 23.625 → 121.9057 → 121.91;
    //     subsidy 93.59 × .035 = 3.27565 + 0.7875 → 4.06315 → 4.06 → 3829.93 / 127.65; 125.97
    //   2013 pension-start closing at the end of May (c = 5, 3.00%): personal 3829.93 × .03 × 5/12
    //     = 47.874125 + 900 × .03 × 2/12 = 4.50 → 52.374125 → 52.37; subsidy 127.65 × .0125 = 1.595625
    //     + 30 × .03 × 2/12 = 0.15 → 1.745625 → 1.75 → 4782.30 + 159.40 = 4941.70
    //   account pension 4941.70 ÷ 139 (age 60) = 35.5518 → 35.55; June pension 80 + 35.55 = 115.55
    //   June draw: subsidy 35.55 × 159.40/4941.70 = 1.1467 → 1.15, personal 34.40 → 4747.90 / 158.25
    //   closing June (death 2013-06-15, c = 6, window June only): personal 4782.30 × .03/12 = 11.95575
    //     → 11.96; subsidy 159.40 × .0025 = 0.3985 → 0.40 → 4759.86 + 158.65 = 4918.51; 2013 interest 66.48
    // Excluded (before 2014-02-21, 七(四) 除政府补贴外) = 158.65. Paid through 2013-07: overpayment 115.55,
    // recovered; inheritable 4759.86 − 115.55 = 4644.31; toFund 158.65 + 115.55 = 274.20.
    // Death benefit: death falls in the first pension month → 12 × 115.55 = 1386.60.
    const r = evaluateCase({
      region: "beibei",
      asOf: "2013-12-31",
      person: { birthDate: "1953-05-10", sex: "female", events: [{ kind: "death", date: "2013-06-15" }] },
      payments: [
        { year: 2009, date: "2009-10-15", amount: "900" },
        { year: 2010, date: "2010-03-15", amount: "900" },
        { year: 2011, date: "2011-03-15", amount: "900" },
        { year: 2012, date: "2012-03-15", amount: "900" },
        { year: 2013, date: "2013-03-15", amount: "900" },
      ],
      options: { pensionsPaidThrough: "2013-07" },
    });
    invariants(r);
    expect(r.pension.firstMonth).toBe("2013-06");
    expect(r.pension.accountPension).toBe("35.55");
    expect(r.account.interestByYear).toEqual({
      "2009": "3.49",
      "2010": "36.69",
      "2011": "71.43",
      "2012": "125.97",
      "2013": "66.48",
    });
    expect(r.account.paidOut).toBe("35.55");
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2013-06-15",
      lastPensionMonth: "2013-06",
      balance: "4918.51",
      excluded: "158.65",
      overpayment: "115.55",
      overpaymentRecovered: "115.55",
      overpaymentOutstanding: "0.00",
      inheritable: "4644.31",
      toFund: "274.20",
      transferred: "0.00",
      deathBenefit: "1386.60",
    });
    deathBenefitLine(r, "1386.60");
  });

  it("BB-DEATH-POST LOOKUPS: death on 2014-07-10 needs only June 2014's pension (known) — benefit 12 × 90; the death month's own basic pension is not looked up", () => {
    // Person O (80 + 10 from 2013-03). Month before the death month = 2014-06 → 90 → 12 × 90 = 1080.00.
    // BB-BEN-BASIC is unknown from 2014-07-01, but no figure of the result needs July (LOOKUPS: the
    // month before death only; evaluated after the death, so no asOf-month pension).
    const r = evaluateCase({ ...personO([{ kind: "death", date: "2014-07-10" }]), asOf: "2014-12-31" });
    invariants(r);
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2014-07-10",
      lastPensionMonth: "2014-07",
      balance: "0.00",
      excluded: "0.00",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "0.00",
      toFund: "0.00",
      transferred: "0.00",
      deathBenefit: "1080.00",
    });
    deathBenefitLine(r, "1080.00");
  });

  it("BB-DEATH-POST LOOKUPS: death on 2014-08-10 needs July 2014's pension — BB-BEN-BASIC unknown → parameter-unknown", () => {
    let caught: unknown = null;
    try {
      evaluateCase({ ...personO([{ kind: "death", date: "2014-08-10" }]), asOf: "2014-12-31" });
    } catch (e) {
      caught = e;
    }
    expect(isPensionInputError(caught)).toBe(true);
    if (!isPensionInputError(caught)) return;
    expect(caught.code).toBe("parameter-unknown");
    expect(`${caught.message} ${JSON.stringify(caught.details)}`).toContain("BB-BEN-BASIC");
    expect(`${caught.message} ${JSON.stringify(caught.details)}`).toContain("2014-07");
  });

  it("BB-DEATH-POST SUSPEND: declared dead — no suspension in Beibei (not in its text), the pension runs to the declaration month, benefit 12 × the month before it", () => {
    // Person O missing 2012-11-01, declared dead 2013-05-10. SUSPEND: missing has no effect outside
    // Qiannan → paid through 2013-05 (the declaration date is the death date, BB-DEATH-POST).
    // Benefit 12 × the pension of 2013-04 (80 + 10 age 70) = 1080.00.
    const r = evaluateCase(
      personO([
        { kind: "missing", date: "2012-11-01" },
        { kind: "declared-dead", date: "2013-05-10" },
      ]),
    );
    invariants(r);
    expect(r.pension.suspendedMonths).toEqual([]);
    expect(settlementOf(r)).toEqual({
      event: "declared-dead",
      date: "2013-05-10",
      lastPensionMonth: "2013-05",
      balance: "0.00",
      excluded: "0.00",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "0.00",
      toFund: "0.00",
      transferred: "0.00",
      deathBenefit: "1080.00",
    });
    deathBenefitLine(r, "1080.00");
  });

  it("BB-TRANSFER: moving within the city keeps the balance sealed — no money moves and the account keeps earning interest", () => {
    // Person P (2010–2012), transfer-out 2012-08-15, evaluated 2013-12-31. 十(一)1: only the records
    // move (不转个人账户资金); the sealed account keeps earning (按规定计息):
    // 2013 (3.00%): personal 1259.78 × .03 = 37.7934 → 37.79; subsidy 94.48 × .03 = 2.8344 → 2.83 → 40.62
    // → balance 1297.57 + 97.31 = 1394.88 still open. No settlement (or one that moves nothing).
    const r = evaluateCase(personP([2010, 2011, 2012], [{ kind: "transfer-out", date: "2012-08-15" }], "2013-12-31"));
    invariants(r);
    if (r.settlement !== null) {
      expect(r.settlement).toMatchObject({ transferred: "0.00", inheritable: "0.00", toFund: "0.00" });
    }
    expect(r.account.interestByYear).toEqual({ "2010": "5.64", "2011": "18.88", "2012": "39.74", "2013": "40.62" });
    expect(r.account.components).toMatchObject({ personal: "1297.57", subsidy: "97.31" });
    expect(r.account.balance).toBe("1394.88");
  });

  it("BB-TRANSFER BB-DEATH-PRE NAT-INHERIT: a death after a sealed transfer still settles the sealed account (as the spec vector)", () => {
    // Person P (2010–2012), transfer-out 2012-08-15 (sealed, keeps earning), death 2013-01-10.
    // Closing January 2013 (c = 1, 3.00%): personal 1259.78 × .03/12 = 3.14945 → 3.15; subsidy
    // 94.48 × .0025 = 0.2362 → 0.24 → 1262.93 + 94.72 = 1357.65 (test/vectors/beibei-death-before-pension-2013.json).
    // Before 2014-02-21: excluded = subsidy 94.72 → toFund; inheritable 1262.93 (七(三)).
    const r = evaluateCase(
      personP(
        [2010, 2011, 2012],
        [
          { kind: "transfer-out", date: "2012-08-15" },
          { kind: "death", date: "2013-01-10" },
        ],
        "2013-06-30",
      ),
    );
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2013-01-10",
      lastPensionMonth: null,
      balance: "1357.65",
      excluded: "94.72",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "1262.93",
      toFund: "94.72",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
    expect(r.account.interestByYear).toEqual({ "2010": "5.64", "2011": "18.88", "2012": "39.74", "2013": "3.39" });
    invariants(r);
  });
});
