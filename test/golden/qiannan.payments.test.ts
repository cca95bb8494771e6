import { describe, expect, it } from "vitest";
import { evaluateCase, type PaymentResult } from "../../src";

/**
 * Golden cases, Qiannan 黔南 (黔南府办发〔2011〕110号, seed 001 part 1): contributions, subsidies,
 * proxy payments and the personal account, every amount computed by hand below.
 *
 * Interest (conventions.md "Personal account", rules.md QN-INT 第十四条): monthly method, a credit in
 * month m earns r × amount × (12 − m)/12 in its year, an opening balance earns r for the year; each
 * component's yearly interest is rounded to the fen (half up) on its own. r = the HIGHEST
 * NAT-RATE-PBOC in force on any day of the year (年内发生利率调整的，按就高原则确定):
 *   2011: 2.75 (1 Jan) → 3.00 → 3.25 → 3.50 (2011-07-07)  ⇒ 3.50%
 *   2012: 3.50 → 3.25 (06-08) → 3.00 (07-06)                ⇒ 3.50%
 *   2013: 3.00                                               ⇒ 3.00%
 *   2014: 3.00 → 2.75 (11-22)                                ⇒ 3.00%
 *   2015: 2.75 → 2.50 → 2.25 → 2.00 → 1.75 → 1.50           ⇒ 2.75%
 *   2016 onwards: 1.50                                       ⇒ 1.50%
 * Subsidy (QN-SUB 第八条): 30 a year for an on-time payment, province 10 + prefecture-county 20;
 * none for a back-payment (补缴…政府不予补贴).
 */

const QN_LEVELS = { province: "10.00", "prefecture-county": "20.00" } as const; // 第八条

interface Entry {
  year: number;
  date: string;
  kind?: PaymentResult["kind"];
  tier: string;
  personal: string;
  proxy: string;
  subsidy: string;
  subsidyByLevel: Readonly<Record<string, string>> | null;
  collective: string;
  other: string;
}

/** A valid payment entry, every money field given explicitly. */
function valid(e: Entry): PaymentResult {
  return { kind: "regular", valid: true, refusals: [], ...e };
}

describe("Qiannan golden cases: payments, subsidies, proxy, account", () => {
  it("QN-PAY-TIERS QN-SUB QN-SPONSOR QN-INT: on-time tiers with collective and sponsor; 2011 interest at the year's highest rate 3.50 (not 2.75 on 1 January)", () => {
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2012-12-31",
      person: { birthDate: "1980-08-08", sex: "female" },
      payments: [
        { year: 2011, date: "2011-09-15", amount: "300", collective: "50", sponsor: "20" },
        { year: 2012, date: "2012-03-20", amount: "500" },
      ],
    });

    expect(r.enrollment).toEqual({ eligible: true, refusals: [] });
    expect(r.payments).toEqual([
      // 300 is a tier (第七条); paid by 10 December → on time → 30 = 10 + 20 (第八条);
      // 集体补助 50 → collective, other sponsor 20 → other (第十条, 第十三条); neither is part of the tier.
      valid({
        year: 2011,
        date: "2011-09-15",
        tier: "300.00",
        personal: "300.00",
        proxy: "0.00",
        subsidy: "30.00",
        subsidyByLevel: QN_LEVELS,
        collective: "50.00",
        other: "20.00",
      }),
      valid({
        year: 2012,
        date: "2012-03-20",
        tier: "500.00",
        personal: "500.00",
        proxy: "0.00",
        subsidy: "30.00",
        subsidyByLevel: QN_LEVELS,
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(2);

    // 2011, r = 3.50% (highest of 2011, 第十四条), credits in September (m = 9): × 3/12
    //   personal   300 × 3.50% × 3/12 = 2.625  → 2.63
    //   collective  50 × 3.50% × 3/12 = 0.4375 → 0.44
    //   other       20 × 3.50% × 3/12 = 0.175  → 0.18
    //   subsidy     30 × 3.50% × 3/12 = 0.2625 → 0.26
    //   2011 = 2.63 + 0.44 + 0.18 + 0.26 = 3.51
    //   31 Dec 2011: personal 302.63, collective 50.44, other 20.18, subsidy 30.26
    // 2012, r = 3.50% (highest of 2012), credits in March (m = 3): × 9/12
    //   personal   302.63 × 3.50% = 10.59205; + 500 × 3.50% × 9/12 = 13.125 → 23.71705 → 23.72
    //   collective  50.44 × 3.50% = 1.7654 → 1.77
    //   other       20.18 × 3.50% = 0.7063 → 0.71
    //   subsidy     30.26 × 3.50% = 1.0591; + 30 × 3.50% × 9/12 = 0.7875 → 1.8466 → 1.85
    //   2012 = 23.72 + 1.77 + 0.71 + 1.85 = 28.05
    //   31 Dec 2012: personal 302.63 + 500 + 23.72 = 826.35; collective 50.44 + 1.77 = 52.21;
    //   other 20.18 + 0.71 = 20.89; subsidy 30.26 + 30 + 1.85 = 62.11
    //   balance 826.35 + 52.21 + 20.89 + 62.11 = 961.56
    expect(r.account).toEqual({
      balance: "961.56",
      components: { personal: "826.35", collective: "52.21", subsidy: "62.11", proxy: "0.00", other: "20.89" },
      interestByYear: { "2011": "3.51", "2012": "28.05" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });

  it("QN-PROXY QN-SUB QN-PAY-DEADLINE PAY-VALIDITY CONTRIBUTION-YEARS: severe disability 50, with 低保 100 (proxy-only year), a back-payment with no proxy and no subsidy", () => {
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2015-12-31",
      person: {
        birthDate: "1975-03-15",
        sex: "male",
        statuses: [
          { kind: "severe-disability", from: "2010-01-01" },
          { kind: "dibao", from: "2013-01-01", until: "2013-12-31" },
        ],
      },
      payments: [
        { year: 2012, date: "2012-04-10", amount: "150" },
        { year: 2013, date: "2013-05-20", amount: "0" },
        { year: 2014, date: "2015-01-20", amount: "300" },
        { year: 2015, date: "2015-06-10", amount: "300" },
      ],
    });

    expect(r.payments).toEqual([
      // 2012: severe disability (grade 1–2) → the county pays 50% of the minimum tier 100 = 50 (第九条);
      // 150 + 50 = 200, a tier; on time → subsidy 30 (QN-PROXY interpretation: paid whoever pays).
      valid({
        year: 2012,
        date: "2012-04-10",
        tier: "200.00",
        personal: "150.00",
        proxy: "50.00",
        subsidy: "30.00",
        subsidyByLevel: QN_LEVELS,
        collective: "0.00",
        other: "0.00",
      }),
      // 2013: severe disability with 低保 → the county pays the minimum tier in full, 100 (第九条);
      // amount 0: a proxy-only year (PAY-VALIDITY), tier 100; on time → 30.
      valid({
        year: 2013,
        date: "2013-05-20",
        tier: "100.00",
        personal: "0.00",
        proxy: "100.00",
        subsidy: "30.00",
        subsidyByLevel: QN_LEVELS,
        collective: "0.00",
        other: "0.00",
      }),
      // 2014: paid 2015-01-20, after 10 December 2014 → back-payment (第七条 跨年度补缴), allowed;
      // no subsidy (第八条 补缴…不予补贴) and no proxy (QN-PROXY interpretation) → tier 300 all personal.
      valid({
        year: 2014,
        date: "2015-01-20",
        kind: "back-payment",
        tier: "300.00",
        personal: "300.00",
        proxy: "0.00",
        subsidy: "0.00",
        subsidyByLevel: null,
        collective: "0.00",
        other: "0.00",
      }),
      // 2015: from contribution year 2014 Guizhou's table: the county pays 100 for severe disability,
      // with or without 低保 (QN-PROXY, 贵州 实施办法 第十条 按不低于100元); 300 + 100 = 400, a tier of
      // the 13-tier table; on time → 100–400 → 30, no split by level (QN-SUB from 2014).
      valid({
        year: 2015,
        date: "2015-06-10",
        tier: "400.00",
        personal: "300.00",
        proxy: "100.00",
        subsidy: "30.00",
        subsidyByLevel: null,
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    // 2012, 2013 (proxy-only), 2014 (back-paid), 2015 (CONTRIBUTION-YEARS)
    expect(r.contributionYears).toBe(4);

    // 2012, r = 3.50%, April (m = 4): × 8/12
    //   personal 150 × 3.50% × 8/12 = 3.50; proxy 50 × 3.50% × 8/12 = 1.1667 → 1.17;
    //   subsidy 30 × 3.50% × 8/12 = 0.70                                   2012 = 5.37
    //   31 Dec 2012: personal 153.50, proxy 51.17, subsidy 30.70
    // 2013, r = 3.00%, May (m = 5): × 7/12
    //   personal 153.50 × 3% = 4.605 → 4.61
    //   proxy 51.17 × 3% = 1.5351; + 100 × 3% × 7/12 = 1.75 → 3.2851 → 3.29
    //   subsidy 30.70 × 3% = 0.921; + 30 × 3% × 7/12 = 0.525 → 1.446 → 1.45   2013 = 9.35
    //   31 Dec 2013: personal 158.11, proxy 154.46, subsidy 62.15
    // 2014, r = 3.00% (highest of 2014; 2.75 only from 11-22), no credit in 2014:
    //   personal 158.11 × 3% = 4.7433 → 4.74; proxy 154.46 × 3% = 4.6338 → 4.63;
    //   subsidy 62.15 × 3% = 1.8645 → 1.86                                  2014 = 11.23
    //   31 Dec 2014: personal 162.85, proxy 159.09, subsidy 64.01
    // 2015, r = 2.75% (highest of 2015, 1 Jan – 28 Feb); January (m = 1): × 11/12, June (m = 6): × 6/12
    //   personal 162.85 × 2.75% = 4.478375; + 300 × 2.75% × 11/12 = 7.5625; + 300 × 2.75% × 6/12 = 4.125
    //            = 16.165875 → 16.17
    //   proxy 159.09 × 2.75% = 4.374975; + 100 × 2.75% × 6/12 = 1.375 → 5.749975 → 5.75
    //   subsidy 64.01 × 2.75% = 1.760275; + 30 × 2.75% × 6/12 = 0.4125 → 2.172775 → 2.17
    //   2015 = 16.17 + 5.75 + 2.17 = 24.09
    //   31 Dec 2015: personal 162.85 + 300 + 300 + 16.17 = 779.02; proxy 159.09 + 100 + 5.75 = 264.84;
    //   subsidy 64.01 + 30 + 2.17 = 96.18; balance 779.02 + 264.84 + 96.18 = 1140.04
    expect(r.account).toEqual({
      balance: "1140.04",
      components: { personal: "779.02", collective: "0.00", subsidy: "96.18", proxy: "264.84", other: "0.00" },
      interestByYear: { "2012": "5.37", "2013": "9.35", "2014": "11.23", "2015": "24.09" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });

  it("QN-INT INT-MONTHLY QN-PAY-DEADLINE: options.interestMethod next-year and options.interestRates override; 10 December is on time; no part-year interest at a mid-year asOf", () => {
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2018-06-30",
      person: { birthDate: "1985-01-01", sex: "male" },
      payments: [
        { year: 2016, date: "2016-02-10", amount: "1000" },
        { year: 2017, date: "2017-12-10", amount: "1500" },
        { year: 2018, date: "2018-03-01", amount: "800" },
      ],
      options: { interestMethod: "next-year", interestRates: { "2017": "0.04" } },
    });

    expect(r.payments).toEqual([
      // Guizhou's table from 2014 (QN-SUB, 贵州 实施办法): 1000–2000 → 90, 500–900 → 60, no split by level.
      valid({
        year: 2016,
        date: "2016-02-10",
        tier: "1000.00",
        personal: "1000.00",
        proxy: "0.00",
        subsidy: "90.00",
        subsidyByLevel: null,
        collective: "0.00",
        other: "0.00",
      }),
      // paid on 10 December itself: 每年的缴费截止日为12月10日 (第七条) → on time, 1500 → 90
      valid({
        year: 2017,
        date: "2017-12-10",
        tier: "1500.00",
        personal: "1500.00",
        proxy: "0.00",
        subsidy: "90.00",
        subsidyByLevel: null,
        collective: "0.00",
        other: "0.00",
      }),
      valid({
        year: 2018,
        date: "2018-03-01",
        tier: "800.00",
        personal: "800.00",
        proxy: "0.00",
        subsidy: "60.00",
        subsidyByLevel: null,
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(3);

    // next-year method (当年缴费当年不计息): a credit made in year Y first counts in January of Y+1.
    // 2016, r = 1.50%: no opening balance, the 2016 credits do not count in 2016 → 0.00 (no entry, see note)
    // 2017, r = 4.00% (options.interestRates overrides QN's highest-in-year 1.50%):
    //   personal 1000 × 4% = 40.00; subsidy 90 × 4% = 3.60; the December 2017 credit counts from 2018
    //   2017 = 43.60; 31 Dec 2017: personal 1000 + 1500 + 40 = 2540.00, subsidy 90 + 90 + 3.60 = 183.60
    // asOf 2018-06-30: no 2018 crediting yet (31 Dec 2018 > asOf); the March 2018 payment is on the account:
    //   personal 2540 + 800 = 3340.00; subsidy 183.60 + 60 = 243.60; balance 3583.60
    // Note: a year whose credited interest is zero (2016) has no interestByYear entry (reading taken).
    expect(r.account).toEqual({
      balance: "3583.60",
      components: { personal: "3340.00", collective: "0.00", subsidy: "243.60", proxy: "0.00", other: "0.00" },
      interestByYear: { "2017": "43.60" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });

  it("PAY-VALIDITY QN-INT: a payment dated on asOf is valid; 31 December after asOf credits no interest", () => {
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2012-12-30",
      person: { birthDate: "1980-01-01", sex: "male" },
      payments: [{ year: 2012, date: "2012-12-30", amount: "700" }],
    });
    // paid 30 December, after the 10 December deadline → back-payment, no subsidy (第七条, 第八条)
    expect(r.payments).toEqual([
      valid({
        year: 2012,
        date: "2012-12-30",
        kind: "back-payment",
        tier: "700.00",
        personal: "700.00",
        proxy: "0.00",
        subsidy: "0.00",
        subsidyByLevel: null,
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(1);
    // 31 Dec 2012 > asOf: nothing credited (and a December credit would earn 0 anyway)
    expect(r.account).toEqual({
      balance: "700.00",
      components: { personal: "700.00", collective: "0.00", subsidy: "0.00", proxy: "0.00", other: "0.00" },
      interestByYear: {},
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });

  it("QN-INT: no interest is credited when asOf is 30 December, though the payment was made in March", () => {
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2012-12-30",
      person: { birthDate: "1980-01-01", sex: "male" },
      payments: [{ year: 2012, date: "2012-03-01", amount: "200" }],
    });
    expect(r.payments).toEqual([
      valid({
        year: 2012,
        date: "2012-03-01",
        tier: "200.00",
        personal: "200.00",
        proxy: "0.00",
        subsidy: "30.00",
        subsidyByLevel: QN_LEVELS,
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    // 2012 interest (200 × 3.5% × 9/12 = 5.25; 30 × 3.5% × 9/12 = 0.79) is credited on 31 December only
    expect(r.account).toEqual({
      balance: "230.00",
      components: { personal: "200.00", collective: "0.00", subsidy: "30.00", proxy: "0.00", other: "0.00" },
      interestByYear: {},
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });

  it("QN-INT: the same year under the default monthly method and the highest 2014 rate, for contrast with next-year", () => {
    // One 2014 payment in November: monthly method credits it for December only.
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2014-12-31",
      person: { birthDate: "1990-02-02", sex: "female" },
      payments: [{ year: 2014, date: "2014-11-30", amount: "1200", collective: "100" }],
    });
    expect(r.payments).toEqual([
      // contribution year 2014: Guizhou's table, 1200 → 90 (QN-SUB, 贵州 实施办法), no split by level
      valid({
        year: 2014,
        date: "2014-11-30",
        tier: "1200.00",
        personal: "1200.00",
        proxy: "0.00",
        subsidy: "90.00",
        subsidyByLevel: null,
        collective: "100.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(1);
    // 2014, r = 3.00% (highest of 2014: 3.00 until 11-21, then 2.75), November (m = 11): × 1/12
    //   personal 1200 × 3% × 1/12 = 3.00; collective 100 × 3% × 1/12 = 0.25; subsidy 90 × 3% × 1/12 = 0.225 → 0.23
    //   2014 = 3.48; balance 1203.00 + 100.25 + 90.23 = 1393.48
    expect(r.account).toEqual({
      balance: "1393.48",
      components: { personal: "1203.00", collective: "100.25", subsidy: "90.23", proxy: "0.00", other: "0.00" },
      interestByYear: { "2014": "3.48" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });
});
