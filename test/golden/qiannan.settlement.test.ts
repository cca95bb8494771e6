import { describe, expect, it } from "vitest";
import { evaluateCase } from "../../src";
import { EMPTY, invariants, settlementOf } from "./helpers";

/**
 * Golden cases, Qiannan 黔南 (黔南府办发〔2011〕110号, seed 001 part 1): death, emigration, a person
 * missing and declared dead, and transfer-out. Every amount is computed by hand below.
 *
 * Sources: 第二十条 (个人账户中的资金余额，除政府补贴外，可以依法继承; 除以139), 第二十三条 (死亡的次月起停发;
 * 有条件的县可以发放一次性丧葬补助费), 第三十四条 (失踪的第7个月起暂停; 宣告死亡: 停发期间不予补发),
 * 第三十五条 (出国(境)定居: 终止), 第十五条 (户籍转到其他试点县: 个人账户储存额一次性转入新参保地);
 * rules.md DEATH-STOP, DEATH-INHERIT, NAT-INHERIT (until 2014-02-20 the `subsidy` component is excluded,
 * from 2014-02-21 the whole balance), QN-EMIGRATE, QN-MISSING, QN-TRANSFER, SUSPEND, LOOKUPS;
 * conventions.md "Settlement" and "Personal account" (closings).
 *
 * Interest (QN-INT 第十四条, monthly method): a window from month s+1 to month c credits
 * r × opening × (c − s)/12 + Σ r × flow × (c − m)/12 per component, each rounded to the fen (half up);
 * a debit (account pension) in month m first reduces month m+1. r = the HIGHEST NAT-RATE-PBOC in
 * force on any day of the calendar year (就高), also for a closing window:
 *   2011 ⇒ 3.50% (3.50 from 2011-07-07);  2012 ⇒ 3.50% (3.50 until 2012-06-07);
 *   2013 ⇒ 3.00%;  2014 ⇒ 3.00% (2.75 only from 2014-11-22).
 * QN-SUB 第八条: 30 a year for an on-time payment. QN-BEN-BASIC: 55 from 2011-07-01 to 2014-06-30.
 * QN-BEN-ACCOUNT 第二十条: balance at 60 ÷ 139, rounded once.
 */

/** A what-if county funeral subsidy (第二十三条 有条件的试点县(市、区)可以发放一次性丧葬补助费). */
const FUNERAL_500 = {
  "QN-DEATH": [
    {
      from: "2011-07-01",
      value: { kind: "flat", amount: "500" },
      citation: "what-if (golden test): a county paying the 一次性丧葬补助费 of 黔南府办发〔2011〕110号 第二十三条",
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Person A: under 45 on the scheme start, severe disability from 2012 (QN-PROXY 第九条: the county
// pays 50% of the minimum tier = 50), dies in 2013 before the pension.
//   2011-08-10  500 personal, subsidy 30
//   2012-04-20  450 personal + 50 proxy = tier 500, subsidy 30, collective 40 (QN-SPONSOR 第十条)
// 2011 (3.50%): personal 500 × .035 × 4/12 = 5.8333 → 5.83; subsidy 30 × .035 × 4/12 = 0.35
//   → personal 505.83, subsidy 30.35; interest 6.18
// 2012 (3.50%): personal 505.83 × .035 = 17.70405 + 450 × .035 × 8/12 = 10.50 → 28.20405 → 28.20
//   subsidy 30.35 × .035 = 1.06225 + 30 × .035 × 8/12 = 0.70 → 1.76225 → 1.76
//   proxy 50 × .035 × 8/12 = 1.16667 → 1.17; collective 40 × .035 × 8/12 = 0.93333 → 0.93
//   → personal 984.03, subsidy 62.11, proxy 51.17, collective 40.93; interest 32.06
// 2013 closing at the end of May (death 2013-05-20, c = 5, 3.00%):
//   personal 984.03 × .03 × 5/12 = 12.300375 → 12.30; subsidy 62.11 × .0125 = 0.776375 → 0.78
//   proxy 51.17 × .0125 = 0.639625 → 0.64; collective 40.93 × .0125 = 0.511625 → 0.51; interest 14.23
//   closing: personal 996.33 + subsidy 62.89 + proxy 51.81 + collective 41.44 = 1152.47
// ---------------------------------------------------------------------------------------------
function personA(death: string, parameters?: object) {
  return {
    region: "qiannan",
    asOf: "2013-12-31",
    person: {
      birthDate: "1980-03-15",
      sex: "male",
      statuses: [{ kind: "severe-disability", from: "2012-01-01" }],
      events: [{ kind: "death", date: death }],
    },
    payments: [
      { year: 2011, date: "2011-08-10", amount: "500" },
      { year: 2012, date: "2012-04-20", amount: "450", collective: "40" },
    ],
    ...(parameters ? { options: { parameters } } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Person B: under 45, no pension; 1000 a year (on time, subsidy 30).
//   2012-03-05 1000 + 30; 2013-03-05 1000 + 30
// 2012 (3.50%): personal 1000 × .035 × 9/12 = 26.25; subsidy 30 × .035 × 9/12 = 0.7875 → 0.79
//   → personal 1026.25, subsidy 30.79; interest 27.04
// 2013 (3.00%): personal 1026.25 × .03 = 30.7875 + 1000 × .03 × 9/12 = 22.50 → 53.2875 → 53.29
//   subsidy 30.79 × .03 = 0.9237 + 30 × .03 × 9/12 = 0.675 → 1.5987 → 1.60
//   → personal 2079.54, subsidy 62.39; interest 54.89
// 2014 closing at the end of February (c = 2, 3.00%): personal 2079.54 × .03 × 2/12 = 10.3977 → 10.40;
//   subsidy 62.39 × .005 = 0.31195 → 0.31; interest 10.71
//   closing: personal 2089.94 + subsidy 62.70 = 2152.64
// ---------------------------------------------------------------------------------------------
function personB(event: { kind: string; date: string }) {
  return {
    region: "qiannan",
    asOf: "2014-06-30",
    person: { birthDate: "1985-06-01", sex: "female", events: [event] },
    payments: [
      { year: 2012, date: "2012-03-05", amount: "1000" },
      { year: 2013, date: "2013-03-05", amount: "1000" },
    ],
  };
}
const B_INTEREST = { "2012": "27.04", "2013": "54.89", "2014": "10.71" };

// ---------------------------------------------------------------------------------------------
// Person C: born 1952-09-10, 59 on the scheme start 2011-07-01 → QN-ELIG (二): contribution years ≥
// min(2012 − 2011 + 1, 15) = 2. Pays 2011 and 2012 (before the birthday month, QN-PAY-AT-60), on time.
// First pension month 2012-10 (年满60周岁的次月). `amount` is the yearly payment (1600 or 100).
// ---------------------------------------------------------------------------------------------
function personC(amount: string, events: { kind: string; date: string }[], options: object, asOf = "2013-12-31") {
  return {
    region: "qiannan",
    asOf,
    person: { birthDate: "1952-09-10", sex: "male", events },
    payments: [
      { year: 2011, date: "2011-08-15", amount },
      { year: 2012, date: "2012-03-15", amount },
    ],
    options,
  };
}
// Person C at 1600 a year:
// 2011 (3.50%): personal 1600 × .035 × 4/12 = 18.6667 → 18.67; subsidy 30 → 0.35 → 1618.67 / 30.35; 19.02
// 2012 pension-start closing at the end of September (c = 9, 3.50%):
//   personal 1618.67 × .035 × 9/12 = 42.4900875 + 1600 × .035 × 6/12 = 28.00 → 70.4900875 → 70.49
//   subsidy 30.35 × .035 × 9/12 = 0.7966875 + 30 × .035 × 6/12 = 0.525 → 1.3216875 → 1.32
//   balance at pension start: personal 3289.16 + subsidy 61.67 = 3350.83
//   account pension 3350.83 ÷ 139 = 24.1067 → 24.11; monthly pension 55 + 24.11 = 79.11
// Draws of 24.11 (pro rata; subsidy share = round(24.11 × subsidy ÷ total, 2), personal the rest):
//   2012-10: 24.11 × 61.67/3350.83 = 0.4437 → 0.44, personal 23.67 → 3265.49 / 61.23
//   2012-11: 24.11 × 61.23/3326.72 = 0.4438 → 0.44, 23.67 → 3241.82 / 60.79
//   2012-12: 24.11 × 60.79/3302.61 = 0.4438 → 0.44, 23.67 → 3218.15 / 60.35
//   31 Dec window Oct–Dec (3.50%): personal (3289.16 + 3265.49 + 3241.82) × .035/12 = 28.5730 → 28.57
//     subsidy (61.67 + 61.23 + 60.79) × .035/12 = 0.5358 → 0.54 → 3246.72 / 60.89
//   2012 interest: 70.49 + 1.32 + 28.57 + 0.54 = 100.92
//   2013-01: 24.11 × 60.89/3307.61 = 0.4438 → 0.44, 23.67 → 3223.05 / 60.45
//   2013-02: 24.11 × 60.45/3283.50 = 0.4439 → 0.44, 23.67 → 3199.38 / 60.01
describe("Qiannan golden cases: settlement (death, emigration, missing, transfer)", () => {
  it("NAT-INHERIT DEATH-INHERIT QN-DEATH: death before the pension in 2013 — the subsidy component goes to the fund; personal, proxy and collective are inheritable", () => {
    const r = evaluateCase(personA("2013-05-20"));
    invariants(r);
    expect(r.payments.map((p) => [p.year, p.valid, p.tier, p.personal, p.proxy, p.subsidy, p.collective])).toEqual([
      [2011, true, "500.00", "500.00", "0.00", "30.00", "0.00"],
      [2012, true, "500.00", "450.00", "50.00", "30.00", "40.00"],
    ]);
    expect(r.account.interestByYear).toEqual({ "2011": "6.18", "2012": "32.06", "2013": "14.23" });
    expect(r.account.components).toEqual(EMPTY);
    expect(r.account.paidOut).toBe("0.00");
    // Death 2013-05-20 is before 2014-02-21: 国发〔2009〕32号 / 第二十条 除政府补贴外 → excluded = the subsidy
    // component 62.89; proxy 51.81 is 代缴 paid on the person's behalf, inheritable (DEATH-INHERIT).
    // inheritable = 1152.47 − 62.89 = 1089.58 (= 996.33 + 51.81 + 41.44); toFund = 62.89.
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2013-05-20",
      lastPensionMonth: null,
      balance: "1152.47",
      excluded: "62.89",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "1089.58",
      toFund: "62.89",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
    expect(r.pension.monthly).toBeNull();
  });

  it("QN-DEATH: a configured county funeral subsidy is for pensioners only (第二十三条 领取养老金的人员死亡后) — none before the pension", () => {
    const r = evaluateCase(personA("2013-05-20", FUNERAL_500));
    invariants(r);
    expect(settlementOf(r)).toMatchObject({
      balance: "1152.47",
      excluded: "62.89",
      inheritable: "1089.58",
      toFund: "62.89",
      deathBenefit: "0.00",
    });
  });

  it("QN-EMIGRATE NAT-INHERIT: emigration on 2014-02-20 (last day of the 2009/2011 rule) is settled like a death before the pension — subsidy excluded", () => {
    const r = evaluateCase(personB({ kind: "emigration", date: "2014-02-20" }));
    invariants(r);
    expect(r.account.interestByYear).toEqual(B_INTEREST);
    // 第三十五条 终止; refund per DEATH-INHERIT on 2014-02-20: excluded = subsidy 62.70;
    // refunded (inheritable) = 2152.64 − 62.70 = 2089.94; toFund = 62.70. No death benefit for emigration.
    expect(settlementOf(r)).toEqual({
      event: "emigration",
      date: "2014-02-20",
      lastPensionMonth: null,
      balance: "2152.64",
      excluded: "62.70",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "2089.94",
      toFund: "62.70",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });

  it("QN-EMIGRATE NAT-INHERIT: emigration on 2014-02-21 (国发〔2014〕8号 in force) — the whole balance is refunded", () => {
    const r = evaluateCase(personB({ kind: "emigration", date: "2014-02-21" }));
    invariants(r);
    expect(r.account.interestByYear).toEqual(B_INTEREST);
    // Same closing (February 2014); from 2014-02-21 nothing is excluded: refunded 2152.64, toFund 0.
    expect(settlementOf(r)).toEqual({
      event: "emigration",
      date: "2014-02-21",
      lastPensionMonth: null,
      balance: "2152.64",
      excluded: "0.00",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "2152.64",
      toFund: "0.00",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });

  it("QN-TRANSFER TRANSFER: transfer-out to another county before the pension moves the whole balance (第十五条), nothing to the fund", () => {
    const r = evaluateCase(personB({ kind: "transfer-out", date: "2014-02-20" }));
    invariants(r);
    // Closing interest through February 2014 as for the emigration (2152.64); even before 2014-02-21
    // the subsidy is not excluded: 个人账户储存额一次性转入新参保地.
    expect(r.account.interestByYear).toEqual(B_INTEREST);
    expect(r.account.components).toEqual(EMPTY);
    expect(settlementOf(r)).toEqual({
      event: "transfer-out",
      date: "2014-02-20",
      lastPensionMonth: null,
      balance: "2152.64",
      excluded: "0.00",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "0.00",
      toFund: "0.00",
      transferred: "2152.64",
      deathBenefit: "0.00",
    });
  });

  it("QN-TRANSFER: a pensioner moving to another county keeps the pension from the original county (第二十二条) — no settlement", () => {
    // Person C (1600 a year), transfer-out 2013-01-10, evaluated 2013-02-28: the account stays open.
    // Balance at asOf = after the 31 Dec 2012 crediting (3246.72 + 60.89) less the January and
    // February draws: personal 3246.72 − 2 × 23.67 = 3199.38, subsidy 60.89 − 2 × 0.44 = 60.01 → 3259.39.
    const r = evaluateCase(personC("1600", [{ kind: "transfer-out", date: "2013-01-10" }], {}, "2013-02-28"));
    invariants(r);
    expect(r.settlement).toBeNull();
    expect(r.account.balance).toBe("3259.39");
    expect(r.account.components).toMatchObject({ personal: "3199.38", subsidy: "60.01" });
    expect(r.account.paidOut).toBe("120.55"); // 5 months × 24.11
    expect(r.pension.monthly).toMatchObject({ month: "2013-02", total: "79.11", basic: "55.00", account: "24.11" });
  });

  it("DEATH-STOP DEATH-INHERIT QN-DEATH: death during the pension with an overpayment, recovered in full from the inheritable part", () => {
    // Death 2013-02-14: paid for February, stops from March (第二十三条). Closing at the end of
    // February (c = 2, 3.00%): personal (3246.72 + 3223.05) × .03/12 = 16.1744 → 16.17;
    // subsidy (60.89 + 60.45) × .03/12 = 0.30335 → 0.30 → personal 3215.55 + subsidy 60.31 = 3275.86.
    // Overpayment: paid through 2013-06 → 2013-03..2013-06 = 4 × (55 + 24.11) = 316.44 (QN-BEN-BASIC 55).
    // Excluded (before 2014-02-21) = subsidy 60.31; available 3215.55 ≥ 316.44 → recovered 316.44,
    // outstanding 0; inheritable 3215.55 − 316.44 = 2899.11; toFund 60.31 + 316.44 = 376.75.
    const r = evaluateCase(
      personC("1600", [{ kind: "death", date: "2013-02-14" }], { pensionsPaidThrough: "2013-06" }),
    );
    invariants(r);
    expect(r.pension.firstMonth).toBe("2012-10");
    expect(r.pension.accountPension).toBe("24.11");
    expect(r.account.interestByYear).toEqual({ "2011": "19.02", "2012": "100.92", "2013": "16.47" });
    expect(r.account.paidOut).toBe("120.55"); // 2012-10 .. 2013-02 = 5 × 24.11
    expect(r.account.fundPaid).toBe("0.00");
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2013-02-14",
      lastPensionMonth: "2013-02",
      balance: "3275.86",
      excluded: "60.31",
      overpayment: "316.44",
      overpaymentRecovered: "316.44",
      overpaymentOutstanding: "0.00",
      inheritable: "2899.11",
      toFund: "376.75",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });

  it("QN-DEATH: with a county funeral subsidy configured (第二十三条), a pensioner's death pays it from the fund, not the account", () => {
    const r = evaluateCase(
      personC("1600", [{ kind: "death", date: "2013-02-14" }], {
        pensionsPaidThrough: "2013-06",
        parameters: FUNERAL_500,
      }),
    );
    invariants(r);
    // Same account as above; the 500 is a one-time benefit paid by the fund (conventions.md "Settlement").
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2013-02-14",
      lastPensionMonth: "2013-02",
      balance: "3275.86",
      excluded: "60.31",
      overpayment: "316.44",
      overpaymentRecovered: "316.44",
      overpaymentOutstanding: "0.00",
      inheritable: "2899.11",
      toFund: "376.75",
      transferred: "0.00",
      deathBenefit: "500.00",
    });
    expect(r.settlement!.lines).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: "QN-DEATH", amount: "500.00" })]),
    );
  });

  it("DEATH-STOP DEATH-INHERIT: death during the pension, overpayment larger than the inheritable part — partly recovered, the rest outstanding", () => {
    // Person C at 100 a year.
    // 2011 (3.50%): personal 100 × .035 × 4/12 = 1.1667 → 1.17; subsidy 0.35 → 101.17 / 30.35; 1.52
    // 2012 pension start (c = 9): personal 101.17 × .035 × 9/12 = 2.6557 + 100 × .035 × 6/12 = 1.75
    //   → 4.4057 → 4.41; subsidy 1.3216875 → 1.32 (as above) → 205.58 + 61.67 = 267.25
    //   account pension 267.25 ÷ 139 = 1.9227 → 1.92; monthly 55 + 1.92 = 56.92
    // Draws of 1.92: subsidy share 1.92 × 61.67/267.25 = 0.4431 → 0.44 (and 0.44 each month after:
    //   ×61.23/265.33, ×60.79/263.41, ×60.89/263.82, ×60.45/261.90), personal 1.48:
    //   Oct 204.10/61.23, Nov 202.62/60.79, Dec 201.14/60.35
    //   31 Dec (3.50%): personal (205.58 + 204.10 + 202.62) × .035/12 = 1.7859 → 1.79; subsidy 183.69 → 0.54
    //   → 202.93 / 60.89; 2012 interest 4.41 + 1.32 + 1.79 + 0.54 = 8.06
    //   Jan 201.45/60.45, Feb 199.97/60.01
    // Closing February 2013 (3.00%): personal (202.93 + 201.45) × .0025 = 1.01095 → 1.01;
    //   subsidy (60.89 + 60.45) × .0025 = 0.30335 → 0.30 → 200.98 + 60.31 = 261.29
    // Overpayment through 2013-08: 2013-03..2013-08 = 6 × 56.92 = 341.52. Excluded 60.31 (subsidy, before
    // 2014-02-21); available 200.98 < 341.52 → recovered 200.98, outstanding 341.52 − 200.98 = 140.54;
    // inheritable 0; toFund 60.31 + 200.98 = 261.29.
    const r = evaluateCase(personC("100", [{ kind: "death", date: "2013-02-14" }], { pensionsPaidThrough: "2013-08" }));
    invariants(r);
    expect(r.pension.accountPension).toBe("1.92");
    expect(r.account.interestByYear).toEqual({ "2011": "1.52", "2012": "8.06", "2013": "1.31" });
    expect(r.account.paidOut).toBe("9.60"); // 5 × 1.92
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2013-02-14",
      lastPensionMonth: "2013-02",
      balance: "261.29",
      excluded: "60.31",
      overpayment: "341.52",
      overpaymentRecovered: "200.98",
      overpaymentOutstanding: "140.54",
      inheritable: "0.00",
      toFund: "261.29",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });

  it("DEATH-STOP FIRST-MONTH NAT-INHERIT: death in the 60th birthday's month, before the first pension month — no pension, one closing through September", () => {
    // Person C (1600 a year) dies 2012-09-20: the first pension month would have been 2012-10, so no
    // pension is paid and no account pension is drawn. The closing at the end of September is the same
    // window as the pension-start closing above: personal 3289.16 + subsidy 61.67 = 3350.83; 2012 interest
    // 70.49 + 1.32 = 71.81. Before 2014-02-21: excluded 61.67, inheritable 3289.16.
    const r = evaluateCase(personC("1600", [{ kind: "death", date: "2012-09-20" }], {}));
    invariants(r);
    expect(r.account.interestByYear).toEqual({ "2011": "19.02", "2012": "71.81" });
    expect(r.account.paidOut).toBe("0.00");
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2012-09-20",
      lastPensionMonth: null,
      balance: "3350.83",
      excluded: "61.67",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "3289.16",
      toFund: "61.67",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });

  it("DEATH-STOP: pensions paid only through a month before the death month — no overpayment", () => {
    // Same death as above (closing 3275.86, subsidy 60.31 excluded) but paid through 2012-12: no month
    // after the last pension month (2013-02) was paid → overpayment 0; inheritable 3215.55, toFund 60.31.
    const r = evaluateCase(
      personC("1600", [{ kind: "death", date: "2013-02-14" }], { pensionsPaidThrough: "2012-12" }),
    );
    invariants(r);
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2013-02-14",
      lastPensionMonth: "2013-02",
      balance: "3275.86",
      excluded: "60.31",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "3215.55",
      toFund: "60.31",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });

  it("DEATH-STOP NAT-INHERIT QN-BEN-BASIC LOOKUPS: death 2014-05-20 — overpayment months priced at the basic pension of each month (55 in June, 70 from July 2014)", () => {
    // Person C (1600 a year) dies 2014-05-20; draws 2012-10 .. 2014-05 = 20 × 24.11 = 482.20.
    // 2013 (3.00%), twelve draws of 23.67 personal / 0.44 subsidy (every share 0.4438–0.4441):
    //   personal Σ openings = 12 × 3246.72 − 23.67 × (0 + 1 + … + 11 = 66) = 38960.64 − 1562.22 = 37398.42
    //   × .03/12 = 93.49605 → 93.50; subsidy 12 × 60.89 − 0.44 × 66 = 701.64 × .03/12 = 1.7541 → 1.75
    //   → personal 3246.72 − 284.04 + 93.50 = 3056.18; subsidy 60.89 − 5.28 + 1.75 = 57.36; 2013 interest 95.25
    // 2014 closing May (c = 5, 3.00%), five draws: personal 5 × 3056.18 − 23.67 × 10 = 15044.20 × .03/12
    //   = 37.6105 → 37.61; subsidy 5 × 57.36 − 0.44 × 10 = 282.40 × .03/12 = 0.706 → 0.71
    //   → personal 3056.18 − 118.35 + 37.61 = 2975.44; subsidy 57.36 − 2.20 + 0.71 = 55.87 → 3031.31
    // Death after 2014-02-21: nothing excluded. Paid through 2014-08: June 55 + 24.11 = 79.11, July and
    // August 70 + 24.11 = 94.11 each → 267.33, recovered; inheritable 3031.31 − 267.33 = 2763.98.
    const r = evaluateCase(
      personC("1600", [{ kind: "death", date: "2014-05-20" }], { pensionsPaidThrough: "2014-08" }, "2014-12-31"),
    );
    invariants(r);
    expect(r.account.interestByYear).toEqual({ "2011": "19.02", "2012": "100.92", "2013": "95.25", "2014": "38.32" });
    expect(r.account.paidOut).toBe("482.20");
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2014-05-20",
      lastPensionMonth: "2014-05",
      balance: "3031.31",
      excluded: "0.00",
      overpayment: "267.33",
      overpaymentRecovered: "267.33",
      overpaymentOutstanding: "0.00",
      inheritable: "2763.98",
      toFund: "267.33",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });

  it("QN-EMIGRATE QN-INT: emigration in 2011 — the closing window uses 2011's highest rate 3.50 (not 2.75 on 1 January); subsidy excluded", () => {
    // Born 1990-01-01; pays 200 (+30) on 2011-07-20; emigrates 2011-10-15. Closing October (c = 10):
    // personal 200 × .035 × 3/12 = 1.75; subsidy 30 × .035 × 3/12 = 0.2625 → 0.26 → 201.75 + 30.26 = 232.01.
    // Before 2014-02-21: excluded 30.26 → toFund; refunded 201.75.
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2011-12-31",
      person: { birthDate: "1990-01-01", sex: "female", events: [{ kind: "emigration", date: "2011-10-15" }] },
      payments: [{ year: 2011, date: "2011-07-20", amount: "200" }],
    });
    invariants(r);
    expect(r.account.interestByYear).toEqual({ "2011": "2.01" });
    expect(settlementOf(r)).toEqual({
      event: "emigration",
      date: "2011-10-15",
      lastPensionMonth: null,
      balance: "232.01",
      excluded: "30.26",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "201.75",
      toFund: "30.26",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });

  it("QN-MISSING SUSPEND NAT-INHERIT: missing from 2013-03, suspended from the 7th month, declared dead 2014-06-20 — suspended months not paid, settled on the declaration date", () => {
    // Person C (1600 a year, account pension 24.11, monthly 79.11). Missing 2013-03-05: March is
    // month 1, so the pension is suspended from month 7 = 2013-09 (第三十四条); declared dead → the
    // suspended months are not paid: last pension month 2013-08, draws 2012-10 .. 2013-08 = 11 × 24.11 = 265.21.
    // 2013 draws Jan–Aug: subsidy share 0.44 each month (24.11 × 60.89/3307.61 … × 57.81/3138.84,
    //   every one between 0.4438 and 0.4441), personal 23.67 → after August 3057.36 / 57.37.
    //   31 Dec 2013 (3.00%): personal (3246.72 + 3223.05 + 3199.38 + 3175.71 + 3152.04 + 3128.37 + 3104.70
    //   + 3081.03 + 4 × 3057.36) = 37540.44 × .03/12 = 93.8511 → 93.85;
    //   subsidy (60.89 + 60.45 + 60.01 + 59.57 + 59.13 + 58.69 + 58.25 + 57.81 + 4 × 57.37) = 704.28 × .03/12
    //   = 1.7607 → 1.76 → 3151.21 / 59.13; 2013 interest 95.61
    // Closing at the end of June 2014 (declaration month, 3.00%): personal 3151.21 × .03 × 6/12 = 47.26815
    //   → 47.27; subsidy 59.13 × .015 = 0.88695 → 0.89 → 3198.48 + 60.02 = 3258.50; 2014 interest 48.16
    // Declared 2014-06-20 ≥ 2014-02-21 → nothing excluded. Paid through 2013-10 (the office paid two
    // months before suspending): overpayment 2013-09, 2013-10 = 2 × 79.11 = 158.22, recovered;
    // inheritable 3258.50 − 158.22 = 3100.28; toFund 158.22.
    const r = evaluateCase(
      personC(
        "1600",
        [
          { kind: "missing", date: "2013-03-05" },
          { kind: "declared-dead", date: "2014-06-20" },
        ],
        { pensionsPaidThrough: "2013-10" },
        "2014-12-31",
      ),
    );
    invariants(r);
    expect(r.account.interestByYear).toEqual({ "2011": "19.02", "2012": "100.92", "2013": "95.61", "2014": "48.16" });
    expect(r.account.paidOut).toBe("265.21");
    expect(settlementOf(r)).toEqual({
      event: "declared-dead",
      date: "2014-06-20",
      lastPensionMonth: "2013-08",
      balance: "3258.50",
      excluded: "0.00",
      overpayment: "158.22",
      overpaymentRecovered: "158.22",
      overpaymentOutstanding: "0.00",
      inheritable: "3100.28",
      toFund: "158.22",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });
});
