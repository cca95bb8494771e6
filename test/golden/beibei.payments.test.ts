import { describe, expect, it } from "vitest";
import { evaluateCase, type PaymentResult } from "../../src";

/**
 * Golden cases, Beibei 北碚 (北碚区城乡居民社会养老保险试点工作方案, seed 001 part 3, sections 五–七):
 * contributions, subsidies, the severe-disability +40, back-payments within the next year and the
 * personal account, every amount computed by hand below.
 *
 * Tiers (BB-PAY-TIERS 六(一)1): 100 200 400 600 900.
 * Subsidy (BB-SUB 六(三)): 30 a year; severe disability a further 40 (a subsidy, not a proxy
 * payment; interpretation: +40 at any tier); not split by level.
 * Back-payment (BB-PAY-LATE 六(一)1 可在次年内补缴): in the next calendar year, with the subsidy
 * (interpretation, rules.md).
 * Interest (BB-INT 七(二), interpretation): NAT-RATE-PBOC in force on 1 January:
 *   2009, 2010: 2.25; 2011: 2.75 (the rises to 3.00/3.25/3.50 later in 2011 do not count); 2012: 3.50;
 *   2013: 3.00; 2014: 3.00. Monthly method, a credit in month m earns r × amount × (12 − m)/12;
 *   each component rounded to the fen on its own.
 */

interface Entry {
  year: number;
  date: string;
  kind?: PaymentResult["kind"];
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

describe("Beibei golden cases: payments, subsidies, account", () => {
  it("BB-PAY-TIERS BB-SUB BB-SPONSOR BB-INT: collective and sponsor amounts, and 2011 at the 1 January rate 2.75", () => {
    const r = evaluateCase({
      region: "beibei",
      asOf: "2011-12-31",
      person: { birthDate: "1978-11-11", sex: "male" },
      payments: [
        { year: 2009, date: "2009-10-20", amount: "200", collective: "30", sponsor: "10" },
        { year: 2010, date: "2010-07-07", amount: "900" },
        { year: 2011, date: "2011-01-15", amount: "600" },
      ],
    });

    expect(r.payments).toEqual([
      // 集体补助 30 → collective, 资助 10 → other (六(二), 七(一))
      valid({
        year: 2009,
        date: "2009-10-20",
        tier: "200.00",
        personal: "200.00",
        proxy: "0.00",
        subsidy: "30.00",
        collective: "30.00",
        other: "10.00",
      }),
      valid({
        year: 2010,
        date: "2010-07-07",
        tier: "900.00",
        personal: "900.00",
        proxy: "0.00",
        subsidy: "30.00",
        collective: "0.00",
        other: "0.00",
      }),
      valid({
        year: 2011,
        date: "2011-01-15",
        tier: "600.00",
        personal: "600.00",
        proxy: "0.00",
        subsidy: "30.00",
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(3);

    // 2009, r = 2.25%, October (m = 10): × 2/12
    //   personal 200 × 2.25% × 2/12 = 0.75; collective 30 × 2.25% × 2/12 = 0.1125 → 0.11;
    //   other 10 × 2.25% × 2/12 = 0.0375 → 0.04; subsidy 30 × 2.25% × 2/12 = 0.1125 → 0.11   2009 = 1.01
    //   31 Dec 2009: personal 200.75, collective 30.11, other 10.04, subsidy 30.11
    // 2010, r = 2.25%, July (m = 7): × 5/12
    //   personal 200.75 × 2.25% = 4.516875; + 900 × 2.25% × 5/12 = 8.4375 → 12.954375 → 12.95
    //   collective 30.11 × 2.25% = 0.677475 → 0.68; other 10.04 × 2.25% = 0.2259 → 0.23
    //   subsidy 30.11 × 2.25% = 0.677475; + 30 × 2.25% × 5/12 = 0.28125 → 0.958725 → 0.96
    //   2010 = 12.95 + 0.68 + 0.23 + 0.96 = 14.82
    //   31 Dec 2010: personal 1113.70, collective 30.79, other 10.27, subsidy 61.07
    // 2011, r = 2.75% (on 1 January 2011), January (m = 1): × 11/12
    //   personal 1113.70 × 2.75% = 30.62675; + 600 × 2.75% × 11/12 = 15.125 → 45.75175 → 45.75
    //   collective 30.79 × 2.75% = 0.846725 → 0.85; other 10.27 × 2.75% = 0.282425 → 0.28
    //   subsidy 61.07 × 2.75% = 1.679425; + 30 × 2.75% × 11/12 = 0.75625 → 2.435675 → 2.44
    //   2011 = 45.75 + 0.85 + 0.28 + 2.44 = 49.32
    //   31 Dec 2011: personal 1759.45, collective 31.64, other 10.55, subsidy 93.51; balance 1895.15
    expect(r.account).toEqual({
      balance: "1895.15",
      components: { personal: "1759.45", collective: "31.64", subsidy: "93.51", proxy: "0.00", other: "10.55" },
      interestByYear: { "2009": "1.01", "2010": "14.82", "2011": "49.32" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });

  it("BB-SUB BB-PAY-LATE: severe disability +40 on the 30 (a subsidy, not proxy); 2011 back-paid in 2012 keeps its subsidy", () => {
    const r = evaluateCase({
      region: "beibei",
      asOf: "2012-12-31",
      person: { birthDate: "1972-06-06", sex: "female", statuses: [{ kind: "severe-disability", from: "2010-01-01" }] },
      payments: [
        { year: 2010, date: "2010-03-10", amount: "100" },
        { year: 2011, date: "2012-02-20", amount: "400" },
        { year: 2012, date: "2012-08-08", amount: "200" },
      ],
    });

    expect(r.payments).toEqual([
      // 30 + 40 (对重度残疾人…再补贴40元, 六(三)) = 70, in `subsidy`; nothing in `proxy`
      valid({
        year: 2010,
        date: "2010-03-10",
        tier: "100.00",
        personal: "100.00",
        proxy: "0.00",
        subsidy: "70.00",
        collective: "0.00",
        other: "0.00",
      }),
      // 2011 paid on 2012-02-20: in the next year → back-payment (可在次年内补缴), subsidy kept: 70
      valid({
        year: 2011,
        date: "2012-02-20",
        kind: "back-payment",
        tier: "400.00",
        personal: "400.00",
        proxy: "0.00",
        subsidy: "70.00",
        collective: "0.00",
        other: "0.00",
      }),
      valid({
        year: 2012,
        date: "2012-08-08",
        tier: "200.00",
        personal: "200.00",
        proxy: "0.00",
        subsidy: "70.00",
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(3);

    // 2010, r = 2.25%, March (m = 3): × 9/12
    //   personal 100 × 2.25% × 9/12 = 1.6875 → 1.69; subsidy 70 × 2.25% × 9/12 = 1.18125 → 1.18   2010 = 2.87
    //   31 Dec 2010: personal 101.69, subsidy 71.18
    // 2011, r = 2.75%, no credit in 2011 (the 2011 payment was made in 2012):
    //   personal 101.69 × 2.75% = 2.796475 → 2.80; subsidy 71.18 × 2.75% = 1.95745 → 1.96        2011 = 4.76
    //   31 Dec 2011: personal 104.49, subsidy 73.14
    // 2012, r = 3.50%; February (m = 2): × 10/12 (the back-payment, credited by its date), August (m = 8): × 4/12
    //   personal 104.49 × 3.5% = 3.65715; + 400 × 3.5% × 10/12 = 11.666667; + 200 × 3.5% × 4/12 = 2.333333
    //            = 17.65715 → 17.66
    //   subsidy 73.14 × 3.5% = 2.5599; + 70 × 3.5% × 10/12 = 2.041667; + 70 × 3.5% × 4/12 = 0.816667
    //            = 5.418233 → 5.42
    //   2012 = 23.08; 31 Dec 2012: personal 104.49 + 600 + 17.66 = 722.15; subsidy 73.14 + 140 + 5.42 = 218.56
    //   balance 940.71
    expect(r.account).toEqual({
      balance: "940.71",
      components: { personal: "722.15", collective: "0.00", subsidy: "218.56", proxy: "0.00", other: "0.00" },
      interestByYear: { "2010": "2.87", "2011": "4.76", "2012": "23.08" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });

  it("BB-INT SUSPEND: an options.interestRates override for 2013, a December credit earning nothing that year, imprisonment with no effect, a mid-year asOf", () => {
    const r = evaluateCase({
      region: "beibei",
      asOf: "2014-03-31",
      person: {
        birthDate: "1985-12-31",
        sex: "male",
        statuses: [{ kind: "imprisoned", from: "2013-10-01", until: "2014-01-31" }],
      },
      payments: [
        { year: 2012, date: "2012-11-20", amount: "900" },
        { year: 2013, date: "2013-12-28", amount: "400" },
        { year: 2014, date: "2014-02-14", amount: "600" },
      ],
      options: { interestRates: { "2013": "0.0325" } },
    });

    expect(r.payments).toEqual([
      valid({
        year: 2012,
        date: "2012-11-20",
        tier: "900.00",
        personal: "900.00",
        proxy: "0.00",
        subsidy: "30.00",
        collective: "0.00",
        other: "0.00",
      }),
      // paid while imprisoned: QN-PRISON is in Qiannan's text only (rules.md SUSPEND) → valid in Beibei
      valid({
        year: 2013,
        date: "2013-12-28",
        tier: "400.00",
        personal: "400.00",
        proxy: "0.00",
        subsidy: "30.00",
        collective: "0.00",
        other: "0.00",
      }),
      valid({
        year: 2014,
        date: "2014-02-14",
        tier: "600.00",
        personal: "600.00",
        proxy: "0.00",
        subsidy: "30.00",
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(3);

    // 2012, r = 3.50%, November (m = 11): × 1/12
    //   personal 900 × 3.5% × 1/12 = 2.625 → 2.63; subsidy 30 × 3.5% × 1/12 = 0.0875 → 0.09      2012 = 2.72
    //   31 Dec 2012: personal 902.63, subsidy 30.09
    // 2013, r = 3.25% (options.interestRates; the table's 1 January rate would be 3.00), December credit → 0:
    //   personal 902.63 × 3.25% = 29.335475 → 29.34; subsidy 30.09 × 3.25% = 0.977925 → 0.98    2013 = 30.32
    //   31 Dec 2013: personal 902.63 + 400 + 29.34 = 1331.97; subsidy 30.09 + 30 + 0.98 = 61.07
    // 2014: the February payment is on the account, no 2014 crediting before 31 Dec 2014 (> asOf):
    //   personal 1931.97; subsidy 91.07; balance 2023.04
    expect(r.account).toEqual({
      balance: "2023.04",
      components: { personal: "1931.97", collective: "0.00", subsidy: "91.07", proxy: "0.00", other: "0.00" },
      interestByYear: { "2012": "2.72", "2013": "30.32" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });
});
