import { describe, expect, it } from "vitest";
import { evaluateCase, type PaymentResult } from "../../src";

/**
 * Golden cases, Cixi 慈溪 (seed 004 plus 慈政发〔2010〕3号, rules.md CX): contributions, the flat
 * subsidy, the hardship subsidy and the personal account, every amount computed by hand below.
 *
 * Tiers (CX-PAY-TIERS) from 2010-01-01: 100 300 500 800 1100 1400 1700 2000.
 * Subsidy (CX-SUB): 60 a year flat; severe disability or 低保: 160 (instead of 60); not split by level.
 * Interest (CX-INT, interpretation): NAT-RATE-PBOC in force on 1 January of the year:
 *   2010: 2.25 (since 2008-12-23); 2011: 2.75 (since 2010-12-26; 3.00, 3.25, 3.50 come later in 2011,
 *   which Qiannan's highest-in-year rule would take, Cixi does not); 2012: 3.50 (since 2011-07-07);
 *   2013, 2014: 3.00; 2015: 2.75.
 * Monthly method: a credit in month m earns r × amount × (12 − m)/12; each component rounded on its own.
 */

interface Entry {
  year: number;
  date: string;
  tier: string;
  personal: string;
  proxy: string;
  subsidy: string;
  collective: string;
  other: string;
}

function valid(e: Entry): PaymentResult {
  return { kind: "regular", valid: true, subsidyByLevel: null, refusals: [], ...e };
}

describe("Cixi golden cases: payments, subsidies, account", () => {
  it("CX-PAY-TIERS CX-SUB CX-INT: flat 60 subsidy, a collective payment, and 2011 at the 1 January rate 2.75 although the rate rose during 2011", () => {
    const r = evaluateCase({
      region: "cixi",
      asOf: "2011-12-31",
      person: { birthDate: "1975-10-10", sex: "male" },
      payments: [
        { year: 2010, date: "2010-06-18", amount: "500" },
        { year: 2011, date: "2011-03-25", amount: "800", collective: "200" },
      ],
    });

    expect(r.payments).toEqual([
      valid({
        year: 2010,
        date: "2010-06-18",
        tier: "500.00",
        personal: "500.00",
        proxy: "0.00",
        subsidy: "60.00",
        collective: "0.00",
        other: "0.00",
      }),
      valid({
        year: 2011,
        date: "2011-03-25",
        tier: "800.00",
        personal: "800.00",
        proxy: "0.00",
        subsidy: "60.00",
        collective: "200.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(2);

    // 2010, r = 2.25%, June (m = 6): × 6/12
    //   personal 500 × 2.25% × 6/12 = 5.625 → 5.63; subsidy 60 × 2.25% × 6/12 = 0.675 → 0.68   2010 = 6.31
    //   31 Dec 2010: personal 505.63, subsidy 60.68
    // 2011, r = 2.75% (on 1 January 2011), March (m = 3): × 9/12
    //   personal 505.63 × 2.75% = 13.904825; + 800 × 2.75% × 9/12 = 16.50 → 30.404825 → 30.40
    //   collective 200 × 2.75% × 9/12 = 4.125 → 4.13
    //   subsidy 60.68 × 2.75% = 1.6687; + 60 × 2.75% × 9/12 = 1.2375 → 2.9062 → 2.91
    //   2011 = 30.40 + 4.13 + 2.91 = 37.44
    //   31 Dec 2011: personal 1336.03, collective 204.13, subsidy 123.59; balance 1663.75
    expect(r.account).toEqual({
      balance: "1663.75",
      components: { personal: "1336.03", collective: "204.13", subsidy: "123.59", proxy: "0.00", other: "0.00" },
      interestByYear: { "2010": "6.31", "2011": "37.44" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });

  it("CX-SUB PAY-VALIDITY: 160 instead of 60 for 低保 and for severe disability, by the status in force on the payment date", () => {
    const r = evaluateCase({
      region: "cixi",
      asOf: "2012-12-31",
      person: {
        birthDate: "1970-01-20",
        sex: "female",
        statuses: [
          { kind: "dibao", from: "2010-01-01", until: "2010-12-31" },
          { kind: "severe-disability", from: "2012-01-01" },
        ],
      },
      payments: [
        { year: 2010, date: "2010-09-09", amount: "100" },
        { year: 2011, date: "2011-05-05", amount: "300" },
        { year: 2012, date: "2012-02-02", amount: "2000" },
      ],
    });

    expect(r.payments).toEqual([
      // 低保 on 2010-09-09 → 160 (CX-SUB); no proxy payment in Cixi
      valid({
        year: 2010,
        date: "2010-09-09",
        tier: "100.00",
        personal: "100.00",
        proxy: "0.00",
        subsidy: "160.00",
        collective: "0.00",
        other: "0.00",
      }),
      // no status on 2011-05-05 → 60
      valid({
        year: 2011,
        date: "2011-05-05",
        tier: "300.00",
        personal: "300.00",
        proxy: "0.00",
        subsidy: "60.00",
        collective: "0.00",
        other: "0.00",
      }),
      // severe disability on 2012-02-02 → 160, flat whatever the tier
      valid({
        year: 2012,
        date: "2012-02-02",
        tier: "2000.00",
        personal: "2000.00",
        proxy: "0.00",
        subsidy: "160.00",
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(3);

    // 2010, r = 2.25%, September (m = 9): × 3/12
    //   personal 100 × 2.25% × 3/12 = 0.5625 → 0.56; subsidy 160 × 2.25% × 3/12 = 0.90      2010 = 1.46
    //   31 Dec 2010: personal 100.56, subsidy 160.90
    // 2011, r = 2.75%, May (m = 5): × 7/12
    //   personal 100.56 × 2.75% = 2.7654; + 300 × 2.75% × 7/12 = 4.8125 → 7.5779 → 7.58
    //   subsidy 160.90 × 2.75% = 4.42475; + 60 × 2.75% × 7/12 = 0.9625 → 5.38725 → 5.39   2011 = 12.97
    //   31 Dec 2011: personal 408.14, subsidy 226.29
    // 2012, r = 3.50% (on 1 January 2012), February (m = 2): × 10/12
    //   personal 408.14 × 3.5% = 14.2849; + 2000 × 3.5% × 10/12 = 58.333333 → 72.618233 → 72.62
    //   subsidy 226.29 × 3.5% = 7.92015; + 160 × 3.5% × 10/12 = 4.666667 → 12.586817 → 12.59
    //   2012 = 85.21; 31 Dec 2012: personal 2480.76, subsidy 398.88; balance 2879.64
    expect(r.account).toEqual({
      balance: "2879.64",
      components: { personal: "2480.76", collective: "0.00", subsidy: "398.88", proxy: "0.00", other: "0.00" },
      interestByYear: { "2010": "1.46", "2011": "12.97", "2012": "85.21" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });

  it("CX-SUB: 低保 and severe disability at once still give 160 (it replaces the 60, it does not add up)", () => {
    const r = evaluateCase({
      region: "cixi",
      asOf: "2012-12-31",
      person: {
        birthDate: "1980-01-01",
        sex: "male",
        statuses: [
          { kind: "dibao", from: "2010-01-01" },
          { kind: "severe-disability", from: "2010-01-01" },
        ],
      },
      payments: [{ year: 2012, date: "2012-03-01", amount: "300" }],
    });
    expect(r.payments).toEqual([
      valid({
        year: 2012,
        date: "2012-03-01",
        tier: "300.00",
        personal: "300.00",
        proxy: "0.00",
        subsidy: "160.00",
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(1);
    // 2012, r = 3.50% (1 January 2012), March (m = 3): × 9/12
    //   personal 300 × 3.5% × 9/12 = 7.875 → 7.88; subsidy 160 × 3.5% × 9/12 = 4.20; 2012 = 12.08
    //   balance 307.88 + 164.20 = 472.08
    expect(r.account).toEqual({
      balance: "472.08",
      components: { personal: "307.88", collective: "0.00", subsidy: "164.20", proxy: "0.00", other: "0.00" },
      interestByYear: { "2012": "12.08" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });

  it("CX-INT INT-MONTHLY ACC-COMPONENTS: options.interestMethod next-year with a sponsor; a December credit and a mid-year asOf", () => {
    const r = evaluateCase({
      region: "cixi",
      asOf: "2015-06-30",
      person: { birthDate: "1980-04-04", sex: "male" },
      payments: [
        { year: 2013, date: "2013-04-01", amount: "1100", sponsor: "40" },
        { year: 2014, date: "2014-12-20", amount: "1400" },
        { year: 2015, date: "2015-03-03", amount: "300" },
      ],
      options: { interestMethod: "next-year" },
    });

    expect(r.payments).toEqual([
      valid({
        year: 2013,
        date: "2013-04-01",
        tier: "1100.00",
        personal: "1100.00",
        proxy: "0.00",
        subsidy: "60.00",
        collective: "0.00",
        other: "40.00",
      }),
      // paid 20 December, within the year (PAY-VALIDITY: refused only after 31 December)
      valid({
        year: 2014,
        date: "2014-12-20",
        tier: "1400.00",
        personal: "1400.00",
        proxy: "0.00",
        subsidy: "60.00",
        collective: "0.00",
        other: "0.00",
      }),
      valid({
        year: 2015,
        date: "2015-03-03",
        tier: "300.00",
        personal: "300.00",
        proxy: "0.00",
        subsidy: "60.00",
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(3);

    // next-year method: a credit made in year Y first counts in January of Y+1.
    // 2013, r = 3.00%: no opening balance, the April credits do not count in 2013 → nothing credited (no entry)
    // 2014, r = 3.00% (1 January 2014): opening personal 1100, subsidy 60, other 40
    //   personal 1100 × 3% = 33.00; subsidy 60 × 3% = 1.80; other 40 × 3% = 1.20; the December credit → 0
    //   2014 = 36.00; 31 Dec 2014: personal 1100 + 1400 + 33 = 2533.00; subsidy 60 + 60 + 1.80 = 121.80; other 41.20
    // 2015: the March payment is on the account; no 2015 crediting before 31 Dec 2015 (> asOf)
    //   personal 2833.00; subsidy 181.80; other 41.20; balance 3056.00
    expect(r.account).toEqual({
      balance: "3056.00",
      components: { personal: "2833.00", collective: "0.00", subsidy: "181.80", proxy: "0.00", other: "41.20" },
      interestByYear: { "2014": "36.00" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });
});
