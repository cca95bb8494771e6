import { describe, expect, it } from "vitest";
import { evaluateCase, PensionInputError, type CaseInput, type PaymentResult } from "../../src";

/**
 * Golden cases, Ningxia 宁夏 (seed 000, 2023-06-09, plus the verified notices in rules.md NX):
 * contributions, several payments in one year, subsidies, proxy payments, the village-cadre
 * subsidy and the personal account, every amount computed by hand below.
 *
 * Interest (rules.md NX-INT): the default table is the floor, NAT-RATE-PBOC in force on
 * 1 January of the year: 1.50% for every year from 2016 (last change 2015-10-24); monthly method,
 * a credit in month m earns r × amount × (12 − m)/12, each component rounded to the fen on its own.
 * Tiers (NX-PAY-TIERS) from 2021: 200 300 500 1000 2000 3000 (hardship groups keep 100).
 * Subsidy (NX-SUB) from 2021: 100→30 200→40 300→50 500→70 1000→120 2000→200 3000→320; not split
 * by level (subsidyByLevel null).
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

/** A valid regular entry, every money field given explicitly; NX does not split the subsidy. */
function valid(e: Entry): PaymentResult {
  return { kind: "regular", valid: true, subsidyByLevel: null, refusals: [], ...e };
}

describe("Ningxia golden cases: payments, subsidies, proxy, account", () => {
  it("NX-PAY-MULTI NX-SUB NX-INT: two payments in one year make the 1000 tier; the 120 subsidy is on the last entry and credited in its month", () => {
    const r = evaluateCase({
      region: "ningxia",
      asOf: "2022-12-31",
      person: { birthDate: "1985-06-15", sex: "male" },
      payments: [
        { year: 2021, date: "2021-09-20", amount: "700" }, // given out of order on purpose
        { year: 2021, date: "2021-03-10", amount: "300" },
        { year: 2022, date: "2022-05-05", amount: "2000" },
      ],
    });

    expect(r.payments).toEqual([
      // NX-PAY-MULTI (seed 二是 允许参保人员在同一年度内多次缴费): tier = 300 + 700 = 1000, shown on each
      // entry; the subsidy of the 1000 tier, 120 (NX-SUB), is on the year's last entry only.
      valid({
        year: 2021,
        date: "2021-03-10",
        tier: "1000.00",
        personal: "300.00",
        proxy: "0.00",
        subsidy: "0.00",
        collective: "0.00",
        other: "0.00",
      }),
      valid({
        year: 2021,
        date: "2021-09-20",
        tier: "1000.00",
        personal: "700.00",
        proxy: "0.00",
        subsidy: "120.00",
        collective: "0.00",
        other: "0.00",
      }),
      // 2000 tier → 200 (NX-SUB)
      valid({
        year: 2022,
        date: "2022-05-05",
        tier: "2000.00",
        personal: "2000.00",
        proxy: "0.00",
        subsidy: "200.00",
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(2); // 2021 counts once however many entries (CONTRIBUTION-YEARS)

    // 2021, r = 1.50% (PBoC on 1 January 2021)
    //   personal 300 × 1.5% × 9/12 (March) = 3.375; + 700 × 1.5% × 3/12 (September) = 2.625 → 6.00
    //   subsidy 120 credited in September, the month of the year's last payment: 120 × 1.5% × 3/12 = 0.45
    //   2021 = 6.45; 31 Dec 2021: personal 1006.00, subsidy 120.45
    // 2022, r = 1.50%, May (m = 5): × 7/12
    //   personal 1006 × 1.5% = 15.09; + 2000 × 1.5% × 7/12 = 17.50 → 32.59
    //   subsidy 120.45 × 1.5% = 1.80675; + 200 × 1.5% × 7/12 = 1.75 → 3.55675 → 3.56
    //   2022 = 36.15; 31 Dec 2022: personal 1006 + 2000 + 32.59 = 3038.59; subsidy 120.45 + 200 + 3.56 = 324.01
    //   balance 3362.60
    expect(r.account).toEqual({
      balance: "3362.60",
      components: { personal: "3038.59", collective: "0.00", subsidy: "324.01", proxy: "0.00", other: "0.00" },
      interestByYear: { "2021": "6.45", "2022": "36.15" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });

  it("NX-PROXY NX-PAY-MULTI NX-SUB ACC-COMPONENTS: 低保 proxy 100 (a proxy-only year with a collective payment), then two payments making 500 with the proxy on the first entry and a sponsor", () => {
    const r = evaluateCase({
      region: "ningxia",
      asOf: "2022-12-31",
      person: { birthDate: "1979-07-21", sex: "female", statuses: [{ kind: "dibao", from: "2021-01-01" }] },
      payments: [
        { year: 2021, date: "2021-04-01", amount: "0", collective: "60" },
        { year: 2022, date: "2022-02-15", amount: "100" },
        { year: 2022, date: "2022-08-10", amount: "300", sponsor: "50" },
      ],
    });

    expect(r.payments).toEqual([
      // 2021: 低保 → the government pays the hardship minimum tier 100 in full (NX-PROXY);
      // amount 0 → proxy-only year, tier 100 → subsidy 30 (seed: 同时享受30元的财政补贴); collective 60 → collective.
      valid({
        year: 2021,
        date: "2021-04-01",
        tier: "100.00",
        personal: "0.00",
        proxy: "100.00",
        subsidy: "30.00",
        collective: "60.00",
        other: "0.00",
      }),
      // 2022: 100 + 300 paid + proxy 100 = 500 (NX-PAY-MULTI + NX-PROXY: 代缴费直接计入个人账户, the person
      // pays the rest of the chosen tier); proxy on the first entry, the 500 tier's subsidy 70 on the last.
      valid({
        year: 2022,
        date: "2022-02-15",
        tier: "500.00",
        personal: "100.00",
        proxy: "100.00",
        subsidy: "0.00",
        collective: "0.00",
        other: "0.00",
      }),
      valid({
        year: 2022,
        date: "2022-08-10",
        tier: "500.00",
        personal: "300.00",
        proxy: "0.00",
        subsidy: "70.00",
        collective: "0.00",
        other: "50.00",
      }),
    ]);
    expect(r.contributionYears).toBe(2);

    // 2021, r = 1.50%, April (m = 4): × 8/12
    //   proxy 100 × 1.5% × 8/12 = 1.00; subsidy 30 × 1.5% × 8/12 = 0.30; collective 60 × 1.5% × 8/12 = 0.60
    //   2021 = 1.90; 31 Dec 2021: proxy 101.00, subsidy 30.30, collective 60.60
    // 2022, r = 1.50%; February (m = 2): × 10/12, August (m = 8): × 4/12
    //   personal 100 × 1.5% × 10/12 = 1.25; + 300 × 1.5% × 4/12 = 1.50 → 2.75
    //   proxy 101 × 1.5% = 1.515; + 100 × 1.5% × 10/12 = 1.25 (credited with the first entry) → 2.765 → 2.77
    //   subsidy 30.30 × 1.5% = 0.4545; + 70 × 1.5% × 4/12 = 0.35 (credited in August) → 0.8045 → 0.80
    //   collective 60.60 × 1.5% = 0.909 → 0.91
    //   other 50 × 1.5% × 4/12 = 0.25
    //   2022 = 2.75 + 2.77 + 0.80 + 0.91 + 0.25 = 7.48
    //   31 Dec 2022: personal 402.75; proxy 101 + 100 + 2.77 = 203.77; subsidy 30.30 + 70 + 0.80 = 101.10;
    //   collective 60.60 + 0.91 = 61.51; other 50.25; balance 819.38
    expect(r.account).toEqual({
      balance: "819.38",
      components: { personal: "402.75", collective: "61.51", subsidy: "101.10", proxy: "203.77", other: "50.25" },
      interestByYear: { "2021": "1.90", "2022": "7.48" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });

  describe("NX-SUB-SPECIAL: village cadre 24% of the previous year's 全区农村居民人均可支配收入", () => {
    const cadre: CaseInput = {
      region: "ningxia",
      asOf: "2023-12-31",
      person: { birthDate: "1980-10-01", sex: "male", statuses: [{ kind: "village-cadre", from: "2020-01-01" }] },
      payments: [{ year: 2023, date: "2023-04-12", amount: "3000" }],
    };

    it("NX-SUB-SPECIAL NX-SUB-SPECIAL-INCOME: the income is unknown in the config → PensionInputError parameter-unknown naming NX-SUB-SPECIAL-INCOME", () => {
      let caught: unknown;
      try {
        evaluateCase(cadre);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(PensionInputError);
      const e = caught as PensionInputError;
      expect(e.code).toBe("parameter-unknown");
      expect(e.details["parameter"]).toBe("NX-SUB-SPECIAL-INCOME");
      expect(e.message).toContain("NX-SUB-SPECIAL-INCOME");
    });

    it("NX-SUB-SPECIAL NX-SUB OVERRIDES: with the income supplied in options.parameters the 24% share (rounded to the fen) is added to the 3000 tier's 320", () => {
      const r = evaluateCase({
        ...cadre,
        options: {
          parameters: {
            // A test figure supplied by the caller (the sources give no amount).
            "NX-SUB-SPECIAL-INCOME": [
              {
                from: "2023-01-01",
                until: "2023-12-31",
                value: "16430.37",
                citation: "test figure: 2022 全区农村居民人均可支配收入 as supplied by the caller",
              },
            ],
          },
        },
      });
      // 320 (NX-SUB, 3000 tier) + round(0.24 × 16430.37, 2) = 320 + round(3943.2888) = 320 + 3943.29 = 4263.29
      // (conventions.md rounding point 4: percentages of an income figure)
      expect(r.payments).toEqual([
        valid({
          year: 2023,
          date: "2023-04-12",
          tier: "3000.00",
          personal: "3000.00",
          proxy: "0.00",
          subsidy: "4263.29",
          collective: "0.00",
          other: "0.00",
        }),
      ]);
      expect(r.contributionYears).toBe(1);
      // 2023, r = 1.50%, April (m = 4): × 8/12
      //   personal 3000 × 1.5% × 8/12 = 30.00; subsidy 4263.29 × 1.5% × 8/12 = 42.6329 → 42.63
      //   2023 = 72.63; balance 3030.00 + 4305.92 = 7335.92
      expect(r.account).toEqual({
        balance: "7335.92",
        components: { personal: "3030.00", collective: "0.00", subsidy: "4305.92", proxy: "0.00", other: "0.00" },
        interestByYear: { "2023": "72.63" },
        paidOut: "0.00",
        fundPaid: "0.00",
        drawsByYear: {},
      });
    });

    it("NX-SUB-SPECIAL: a one-child household gets 2% of the same income on top of the tier's subsidy", () => {
      const r = evaluateCase({
        region: "ningxia",
        asOf: "2023-12-31",
        person: {
          birthDate: "1982-02-20",
          sex: "female",
          statuses: [{ kind: "one-child-parent", from: "2010-01-01" }],
        },
        payments: [{ year: 2023, date: "2023-10-08", amount: "200" }],
        options: {
          parameters: {
            "NX-SUB-SPECIAL-INCOME": [
              {
                from: "2023-01-01",
                until: "2023-12-31",
                value: "16430.37",
                citation: "test figure supplied by the caller",
              },
            ],
          },
        },
      });
      // 40 (NX-SUB, 200 tier from 2021) + round(0.02 × 16430.37, 2) = 40 + round(328.6074) = 40 + 328.61 = 368.61
      expect(r.payments).toEqual([
        valid({
          year: 2023,
          date: "2023-10-08",
          tier: "200.00",
          personal: "200.00",
          proxy: "0.00",
          subsidy: "368.61",
          collective: "0.00",
          other: "0.00",
        }),
      ]);
      // 2023, r = 1.50%, October (m = 10): × 2/12
      //   personal 200 × 1.5% × 2/12 = 0.50; subsidy 368.61 × 1.5% × 2/12 = 0.921525 → 0.92; 2023 = 1.42
      //   balance 200.50 + 369.53 = 570.03
      expect(r.account).toEqual({
        balance: "570.03",
        components: { personal: "200.50", collective: "0.00", subsidy: "369.53", proxy: "0.00", other: "0.00" },
        interestByYear: { "2023": "1.42" },
        paidOut: "0.00",
        fundPaid: "0.00",
        drawsByYear: {},
      });
    });
  });

  it("NX-SUB-SPECIAL NX-PAY-MULTI: with two payments the village-cadre share goes with the tier's subsidy on the last entry", () => {
    const r = evaluateCase({
      region: "ningxia",
      asOf: "2023-12-31",
      person: { birthDate: "1980-01-01", sex: "male", statuses: [{ kind: "village-cadre", from: "2020-01-01" }] },
      payments: [
        { year: 2023, date: "2023-03-01", amount: "300" },
        { year: 2023, date: "2023-09-01", amount: "200" },
      ],
      options: {
        parameters: {
          "NX-SUB-SPECIAL-INCOME": [
            { from: "2023-01-01", until: "2023-12-31", value: "16000", citation: "test figure supplied by the caller" },
          ],
        },
      },
    });
    // tier 300 + 200 = 500 → 70 (NX-SUB); + round(0.24 × 16000, 2) = 3840.00 → 3910.00 on the last entry
    expect(r.payments).toEqual([
      valid({
        year: 2023,
        date: "2023-03-01",
        tier: "500.00",
        personal: "300.00",
        proxy: "0.00",
        subsidy: "0.00",
        collective: "0.00",
        other: "0.00",
      }),
      valid({
        year: 2023,
        date: "2023-09-01",
        tier: "500.00",
        personal: "200.00",
        proxy: "0.00",
        subsidy: "3910.00",
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(1);
    // 2023, r = 1.50%
    //   personal 300 × 1.5% × 9/12 (March) = 3.375; + 200 × 1.5% × 3/12 (September) = 0.75 → 4.125 → 4.13
    //   subsidy 3910 × 1.5% × 3/12 (credited in September, the last payment's month) = 14.6625 → 14.66
    //   2023 = 18.79; personal 504.13, subsidy 3924.66; balance 4428.79
    expect(r.account).toEqual({
      balance: "4428.79",
      components: { personal: "504.13", collective: "0.00", subsidy: "3924.66", proxy: "0.00", other: "0.00" },
      interestByYear: { "2023": "18.79" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });

  it("NX-SUB-SPECIAL: the shares themselves are unknown before 2023 → parameter-unknown naming NX-SUB-SPECIAL", () => {
    let caught: unknown;
    try {
      evaluateCase({
        region: "ningxia",
        asOf: "2022-12-31",
        person: { birthDate: "1980-01-01", sex: "male", statuses: [{ kind: "village-cadre", from: "2020-01-01" }] },
        payments: [{ year: 2022, date: "2022-03-01", amount: "300" }],
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PensionInputError);
    expect((caught as PensionInputError).code).toBe("parameter-unknown");
    expect((caught as PensionInputError).details["parameter"]).toBe("NX-SUB-SPECIAL");
  });

  it("NX-INT NX-PAY-TIERS NX-SUB: an announced rate supplied with options.interestRates replaces the PBoC floor; the 2019–2020 tiers include 100", () => {
    const r = evaluateCase({
      region: "ningxia",
      asOf: "2020-12-31",
      person: { birthDate: "1988-03-03", sex: "female" },
      payments: [
        { year: 2019, date: "2019-06-30", amount: "100" },
        { year: 2020, date: "2020-01-15", amount: "3000" },
      ],
      options: { interestRates: { "2019": "0.025", "2020": "0.0275" } },
    });
    expect(r.payments).toEqual([
      // 2019–2020 tiers 100 300 500 1000 2000 3000 (gov.cn 2018-12-27): 100 → 30, 3000 → 320
      valid({
        year: 2019,
        date: "2019-06-30",
        tier: "100.00",
        personal: "100.00",
        proxy: "0.00",
        subsidy: "30.00",
        collective: "0.00",
        other: "0.00",
      }),
      valid({
        year: 2020,
        date: "2020-01-15",
        tier: "3000.00",
        personal: "3000.00",
        proxy: "0.00",
        subsidy: "320.00",
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(2);
    // 2019, r = 2.50% (override), June (m = 6): × 6/12
    //   personal 100 × 2.5% × 6/12 = 1.25; subsidy 30 × 2.5% × 6/12 = 0.375 → 0.38; 2019 = 1.63
    //   31 Dec 2019: personal 101.25, subsidy 30.38
    // 2020, r = 2.75% (override), January (m = 1): × 11/12
    //   personal 101.25 × 2.75% = 2.784375; + 3000 × 2.75% × 11/12 = 75.625 → 78.409375 → 78.41
    //   subsidy 30.38 × 2.75% = 0.83545; + 320 × 2.75% × 11/12 = 8.066667 → 8.902117 → 8.90
    //   2020 = 87.31; 31 Dec 2020: personal 101.25 + 3000 + 78.41 = 3179.66; subsidy 30.38 + 320 + 8.90 = 359.28
    //   balance 3538.94
    expect(r.account).toEqual({
      balance: "3538.94",
      components: { personal: "3179.66", collective: "0.00", subsidy: "359.28", proxy: "0.00", other: "0.00" },
      interestByYear: { "2019": "1.63", "2020": "87.31" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });
});
