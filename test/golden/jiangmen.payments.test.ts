import { describe, expect, it } from "vitest";
import { evaluateCase, PensionInputError, type PaymentResult } from "../../src";

/**
 * Golden cases, Jiangmen 江门 (2023年江门市城乡居民基本养老保险参保工作方案, seed 003):
 * contributions, proxy payments, subsidies split 1 : 1 : 1, collective payments and the personal
 * account, every amount computed by hand below.
 *
 * Tiers (JM-PAY-TIERS 三(一)) from contribution year 2023: 180 240 360 600 900 1200 1800 3600 4800;
 * the hardship groups' own tier 120, paid in full by the county (JM-PROXY).
 * Subsidy (JM-SUB 三(二)): 120–360 → 30 split province/city/county 10/10/10; 600 and above → 60, 20/20/20.
 * Interest (JM-INT, interpretation): NAT-RATE-PBOC in force on 1 January: 1.50% from 2016 on;
 * monthly method, a credit in month m earns r × amount × (12 − m)/12, each component rounded on its own.
 */

const LOW = { province: "10.00", city: "10.00", county: "10.00" } as const; // 30, 1 : 1 : 1
const HIGH = { province: "20.00", city: "20.00", county: "20.00" } as const; // 60, 1 : 1 : 1

interface Entry {
  year: number;
  date: string;
  tier: string;
  personal: string;
  proxy: string;
  subsidy: string;
  subsidyByLevel: Readonly<Record<string, string>> | null;
  collective: string;
  other: string;
}

function valid(e: Entry): PaymentResult {
  return { kind: "regular", valid: true, refusals: [], ...e };
}

describe("Jiangmen golden cases: payments, subsidies, proxy, account", () => {
  it("JM-PAY-TIERS JM-SUB JM-COLLECTIVE JM-INT: 1200 with a collective payment at the 4800 cap and a sponsor, then 600 — subsidy 60 split 20/20/20", () => {
    const r = evaluateCase({
      region: "jiangmen",
      asOf: "2024-12-31",
      person: { birthDate: "1990-05-05", sex: "female" },
      payments: [
        { year: 2023, date: "2023-10-15", amount: "1200", collective: "4800", sponsor: "100" },
        { year: 2024, date: "2024-01-31", amount: "600" },
      ],
    });

    expect(r.payments).toEqual([
      // collective 4800 = the highest tier, the cap itself (JM-COLLECTIVE 集体补助金额不超过…最高缴费档次标准) → allowed
      valid({
        year: 2023,
        date: "2023-10-15",
        tier: "1200.00",
        personal: "1200.00",
        proxy: "0.00",
        subsidy: "60.00",
        subsidyByLevel: HIGH,
        collective: "4800.00",
        other: "100.00",
      }),
      valid({
        year: 2024,
        date: "2024-01-31",
        tier: "600.00",
        personal: "600.00",
        proxy: "0.00",
        subsidy: "60.00",
        subsidyByLevel: HIGH,
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(2);

    // 2023, r = 1.50%, October (m = 10): × 2/12
    //   personal 1200 × 1.5% × 2/12 = 3.00; collective 4800 × 1.5% × 2/12 = 12.00;
    //   other 100 × 1.5% × 2/12 = 0.25; subsidy 60 × 1.5% × 2/12 = 0.15          2023 = 15.40
    //   31 Dec 2023: personal 1203.00, collective 4812.00, other 100.25, subsidy 60.15
    // 2024, r = 1.50%, January (m = 1): × 11/12
    //   personal 1203 × 1.5% = 18.045; + 600 × 1.5% × 11/12 = 8.25 → 26.295 → 26.30
    //   collective 4812 × 1.5% = 72.18
    //   other 100.25 × 1.5% = 1.50375 → 1.50
    //   subsidy 60.15 × 1.5% = 0.90225; + 60 × 1.5% × 11/12 = 0.825 → 1.72725 → 1.73
    //   2024 = 26.30 + 72.18 + 1.50 + 1.73 = 101.71
    //   31 Dec 2024: personal 1829.30, collective 4884.18, other 101.75, subsidy 121.88; balance 6937.11
    expect(r.account).toEqual({
      balance: "6937.11",
      components: { personal: "1829.30", collective: "4884.18", subsidy: "121.88", proxy: "0.00", other: "101.75" },
      interestByYear: { "2023": "15.40", "2024": "101.71" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });

  it("JM-PROXY JM-SUB: 特困 — the county pays 120 in full (a proxy-only year, 30 split 10/10/10), then 120 towards the 600 tier (60 split 20/20/20)", () => {
    const r = evaluateCase({
      region: "jiangmen",
      asOf: "2024-12-31",
      person: { birthDate: "1980-02-02", sex: "male", statuses: [{ kind: "tekun", from: "2022-06-01" }] },
      payments: [
        { year: 2023, date: "2023-03-01", amount: "0" },
        { year: 2024, date: "2024-06-15", amount: "480" },
      ],
    });

    expect(r.payments).toEqual([
      // 特困 → 按每年不低于120元最低缴费标准全额为其代缴 (三(一)): proxy 120, tier 120, subsidy 30 (120–360)
      valid({
        year: 2023,
        date: "2023-03-01",
        tier: "120.00",
        personal: "0.00",
        proxy: "120.00",
        subsidy: "30.00",
        subsidyByLevel: LOW,
        collective: "0.00",
        other: "0.00",
      }),
      // choosing 600: the county still pays 120, the person 480; 政府缴费补贴按实际缴费(含代缴)档次 → 600 → 60
      valid({
        year: 2024,
        date: "2024-06-15",
        tier: "600.00",
        personal: "480.00",
        proxy: "120.00",
        subsidy: "60.00",
        subsidyByLevel: HIGH,
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(2);

    // 2023, r = 1.50%, March (m = 3): × 9/12
    //   proxy 120 × 1.5% × 9/12 = 1.35; subsidy 30 × 1.5% × 9/12 = 0.3375 → 0.34     2023 = 1.69
    //   31 Dec 2023: proxy 121.35, subsidy 30.34
    // 2024, r = 1.50%, June (m = 6): × 6/12
    //   personal 480 × 1.5% × 6/12 = 3.60
    //   proxy 121.35 × 1.5% = 1.82025; + 120 × 1.5% × 6/12 = 0.90 → 2.72025 → 2.72
    //   subsidy 30.34 × 1.5% = 0.4551; + 60 × 1.5% × 6/12 = 0.45 → 0.9051 → 0.91
    //   2024 = 3.60 + 2.72 + 0.91 = 7.23
    //   31 Dec 2024: personal 483.60; proxy 121.35 + 120 + 2.72 = 244.07; subsidy 30.34 + 60 + 0.91 = 91.25
    //   balance 818.92
    expect(r.account).toEqual({
      balance: "818.92",
      components: { personal: "483.60", collective: "0.00", subsidy: "91.25", proxy: "244.07", other: "0.00" },
      interestByYear: { "2023": "1.69", "2024": "7.23" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });

  it("JM-PROXY JM-SUB: 低保 choosing the 180 tier — the county pays 120, the person 60; subsidy 30 split 10/10/10", () => {
    const r = evaluateCase({
      region: "jiangmen",
      asOf: "2023-12-31",
      person: { birthDate: "1980-01-01", sex: "female", statuses: [{ kind: "dibao", from: "2020-01-01" }] },
      payments: [{ year: 2023, date: "2023-03-01", amount: "60" }],
    });
    // 困难群体选择按每年180元及以上标准缴费的,除当地人民政府按规定标准代缴部分,其他费用由个人自行负担 (三(一))
    expect(r.payments).toEqual([
      valid({
        year: 2023,
        date: "2023-03-01",
        tier: "180.00",
        personal: "60.00",
        proxy: "120.00",
        subsidy: "30.00",
        subsidyByLevel: LOW,
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(1);
    // 2023, r = 1.50%, March (m = 3): × 9/12
    //   personal 60 × 1.5% × 9/12 = 0.675 → 0.68; proxy 120 × 1.5% × 9/12 = 1.35; subsidy 30 × 1.5% × 9/12 = 0.3375 → 0.34
    //   2023 = 2.37; balance 60.68 + 121.35 + 30.34 = 212.37
    expect(r.account).toEqual({
      balance: "212.37",
      components: { personal: "60.68", collective: "0.00", subsidy: "30.34", proxy: "121.35", other: "0.00" },
      interestByYear: { "2023": "2.37" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });

  it("JM-PAY-TIERS: the tiers before contribution year 2023 are unknown → parameter-unknown naming JM-PAY-TIERS", () => {
    let caught: unknown;
    try {
      evaluateCase({
        region: "jiangmen",
        asOf: "2023-12-31",
        person: { birthDate: "1980-01-01", sex: "male" },
        payments: [{ year: 2022, date: "2022-03-01", amount: "360" }],
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PensionInputError);
    expect((caught as PensionInputError).code).toBe("parameter-unknown");
    expect((caught as PensionInputError).details["parameter"]).toBe("JM-PAY-TIERS");
  });

  it("JM-INT JM-SUB: an options.interestRates override for 2024; a mid-year asOf credits no part-year interest", () => {
    const r = evaluateCase({
      region: "jiangmen",
      asOf: "2025-06-30",
      person: { birthDate: "1995-09-09", sex: "male" },
      payments: [
        { year: 2023, date: "2023-07-20", amount: "360" },
        { year: 2024, date: "2024-04-10", amount: "4800" },
        { year: 2025, date: "2025-02-14", amount: "1800" },
      ],
      options: { interestRates: { "2024": "0.025" } },
    });

    expect(r.payments).toEqual([
      valid({
        year: 2023,
        date: "2023-07-20",
        tier: "360.00",
        personal: "360.00",
        proxy: "0.00",
        subsidy: "30.00",
        subsidyByLevel: LOW,
        collective: "0.00",
        other: "0.00",
      }),
      valid({
        year: 2024,
        date: "2024-04-10",
        tier: "4800.00",
        personal: "4800.00",
        proxy: "0.00",
        subsidy: "60.00",
        subsidyByLevel: HIGH,
        collective: "0.00",
        other: "0.00",
      }),
      valid({
        year: 2025,
        date: "2025-02-14",
        tier: "1800.00",
        personal: "1800.00",
        proxy: "0.00",
        subsidy: "60.00",
        subsidyByLevel: HIGH,
        collective: "0.00",
        other: "0.00",
      }),
    ]);
    expect(r.contributionYears).toBe(3);

    // 2023, r = 1.50%, July (m = 7): × 5/12
    //   personal 360 × 1.5% × 5/12 = 2.25; subsidy 30 × 1.5% × 5/12 = 0.1875 → 0.19     2023 = 2.44
    //   31 Dec 2023: personal 362.25, subsidy 30.19
    // 2024, r = 2.50% (options.interestRates), April (m = 4): × 8/12
    //   personal 362.25 × 2.5% = 9.05625; + 4800 × 2.5% × 8/12 = 80.00 → 89.05625 → 89.06
    //   subsidy 30.19 × 2.5% = 0.75475; + 60 × 2.5% × 8/12 = 1.00 → 1.75475 → 1.75
    //   2024 = 90.81; 31 Dec 2024: personal 5251.31, subsidy 91.94
    // 2025: the February payment is on the account, no 2025 interest before 31 Dec 2025 (> asOf):
    //   personal 5251.31 + 1800 = 7051.31; subsidy 91.94 + 60 = 151.94; balance 7203.25
    expect(r.account).toEqual({
      balance: "7203.25",
      components: { personal: "7051.31", collective: "0.00", subsidy: "151.94", proxy: "0.00", other: "0.00" },
      interestByYear: { "2023": "2.44", "2024": "90.81" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
  });
});
