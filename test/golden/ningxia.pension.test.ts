/**
 * Golden cases, Ningxia 宁夏 (rules.md NX-*): pension eligibility and the monthly benefit by hand,
 * from seed 000 (2023-06-09 report) and the verified notices recorded in rules.md. NX-BEN-BASIC is
 * known 2013-01..2014-06 (85), 2017 (120), 2018 (143), 2023-01..2023-06 (180); NX-BEN-LONG +2 a
 * month per full contribution year beyond 15 and NX-BEN-AGE (65–69 +2, 70–74 +4, 75–79 +6, 80+ +8,
 * from the month after the birthday's month) from 2019-01-01. NX-PAY-TIERS and NX-SUB start in
 * 2019: earlier contribution years get the 2019 values as a test fixture (options.parameters).
 * Interest NX-INT: the floor, NAT-RATE-PBOC on 1 January (2010 2.25%, 2011 2.75%, 2012 3.50%,
 * 2013 3.00%, 2014 3.00%, 2015 2.75%, 2016 on 1.50%); monthly method. Scheme start unknown.
 */
import { describe, expect, it } from "vitest";
import { benefitSchedule, evaluateCase, isPensionInputError, type MonthlyBenefit } from "../../src";

/** The benefit lines with a non-zero amount, by rule (a zero top-up may be listed or left out). */
function lines(m: MonthlyBenefit | null | undefined): Record<string, string> {
  return Object.fromEntries((m?.lines ?? []).filter((l) => l.amount !== "0.00").map((l) => [l.rule, l.amount]));
}

const fixture = "test fixture: value not in the sources, supplied for the golden case";
/** The 2019 tiers and subsidies (gov.cn 2018-12-27) applied to earlier contribution years. */
const earlyTiers = (from: string) => ({
  "NX-PAY-TIERS": [
    { from, until: "2018-12-31", value: ["100", "300", "500", "1000", "2000", "3000"], citation: fixture },
  ],
  "NX-SUB": [
    {
      from,
      until: "2018-12-31",
      value: {
        brackets: [
          { from: "100", amount: "30" },
          { from: "300", amount: "50" },
          { from: "500", amount: "70" },
          { from: "1000", amount: "120" },
          { from: "2000", amount: "200" },
          { from: "3000", amount: "320" },
        ],
      },
      citation: fixture,
    },
  ],
});

describe("Ningxia — pension (NX-ELIG, NX-BEN-*)", () => {
  // ---------------------------------------------------------------------------------------------
  // NX-BEN-LONG: born 1969-03-05, under 45 on 2014-02-21 → 15 years whatever the start (COHORT).
  // Pays 500 on 20 January 2010–2029 = 20 contribution years, subsidy 70 each (NX-SUB 500 → 70;
  // 2010–2018 by the fixture). 60 on 2029-03-05 → first month 2029-04; closing at the end of
  // 2029-03. NX-BEN-LONG: (20 − 15) × 2 = +10 ("缴费满15年以上,每增加一年缴费,基础养老金增加
  // 不少于2元/月", seed 000 二是). Basic 2029: 250 supplied as a fixture.
  // ---------------------------------------------------------------------------------------------
  const twenty = {
    region: "ningxia",
    asOf: "2029-04-30",
    person: { birthDate: "1969-03-05", sex: "male" },
    payments: Array.from({ length: 20 }, (_, i) => ({ year: 2010 + i, date: `${2010 + i}-01-20`, amount: "500" })),
    options: {
      parameters: {
        ...earlyTiers("2010-01-01"),
        "NX-BEN-BASIC": [{ from: "2029-01-01", value: "250", citation: fixture }],
      },
    },
  };

  it("NX-BEN-LONG, NX-BEN-ACCOUNT: 20 contribution years → +10 a month; account pension = closing balance ÷ 139", () => {
    // 31 Dec 2010 @2.25%: personal 2.25%×(500.00×11/12) = 10.312500 → 10.31; subsidy 2.25%×(70.00×11/12) = 1.443750 → 1.44 (Σ 11.75) → balance 581.75 [personal 510.31, subsidy 71.44]
    // 31 Dec 2011 @2.75%: personal 2.75%×(510.31 + 500.00×11/12) = 26.637692 → 26.64; subsidy 2.75%×(71.44 + 70.00×11/12) = 3.729183 → 3.73 (Σ 30.37) → balance 1182.12 [personal 1036.95, subsidy 145.17]
    // 31 Dec 2012 @3.5%: personal 3.5%×(1036.95 + 500.00×11/12) = 52.334917 → 52.33; subsidy 3.5%×(145.17 + 70.00×11/12) = 7.326783 → 7.33 (Σ 59.66) → balance 1811.78 [personal 1589.28, subsidy 222.50]
    // 31 Dec 2013 @3%: personal 3%×(1589.28 + 500.00×11/12) = 61.428400 → 61.43; subsidy 3%×(222.50 + 70.00×11/12) = 8.60 → 8.60 (Σ 70.03) → balance 2451.81 [personal 2150.71, subsidy 301.10]
    // 31 Dec 2014 @3%: personal 3%×(2150.71 + 500.00×11/12) = 78.271300 → 78.27; subsidy 3%×(301.10 + 70.00×11/12) = 10.958000 → 10.96 (Σ 89.23) → balance 3111.04 [personal 2728.98, subsidy 382.06]
    // 31 Dec 2015 @2.75%: personal 2.75%×(2728.98 + 500.00×11/12) = 87.651117 → 87.65; subsidy 2.75%×(382.06 + 70.00×11/12) = 12.271233 → 12.27 (Σ 99.92) → balance 3780.96 [personal 3316.63, subsidy 464.33]
    // 31 Dec 2016 @1.5%: personal 1.5%×(3316.63 + 500.00×11/12) = 56.624450 → 56.62; subsidy 1.5%×(464.33 + 70.00×11/12) = 7.927450 → 7.93 (Σ 64.55) → balance 4415.51 [personal 3873.25, subsidy 542.26]
    // 31 Dec 2017 @1.5%: personal 1.5%×(3873.25 + 500.00×11/12) = 64.973750 → 64.97; subsidy 1.5%×(542.26 + 70.00×11/12) = 9.096400 → 9.10 (Σ 74.07) → balance 5059.58 [personal 4438.22, subsidy 621.36]
    // 31 Dec 2018 @1.5%: personal 1.5%×(4438.22 + 500.00×11/12) = 73.448300 → 73.45; subsidy 1.5%×(621.36 + 70.00×11/12) = 10.282900 → 10.28 (Σ 83.73) → balance 5713.31 [personal 5011.67, subsidy 701.64]
    // 31 Dec 2019 @1.5%: personal 1.5%×(5011.67 + 500.00×11/12) = 82.050050 → 82.05; subsidy 1.5%×(701.64 + 70.00×11/12) = 11.487100 → 11.49 (Σ 93.54) → balance 6376.85 [personal 5593.72, subsidy 783.13]
    // 31 Dec 2020 @1.5%: personal 1.5%×(5593.72 + 500.00×11/12) = 90.780800 → 90.78; subsidy 1.5%×(783.13 + 70.00×11/12) = 12.709450 → 12.71 (Σ 103.49) → balance 7050.34 [personal 6184.50, subsidy 865.84]
    // 31 Dec 2021 @1.5%: personal 1.5%×(6184.50 + 500.00×11/12) = 99.642500 → 99.64; subsidy 1.5%×(865.84 + 70.00×11/12) = 13.950100 → 13.95 (Σ 113.59) → balance 7733.93 [personal 6784.14, subsidy 949.79]
    // 31 Dec 2022 @1.5%: personal 1.5%×(6784.14 + 500.00×11/12) = 108.637100 → 108.64; subsidy 1.5%×(949.79 + 70.00×11/12) = 15.209350 → 15.21 (Σ 123.85) → balance 8427.78 [personal 7392.78, subsidy 1035.00]
    // 31 Dec 2023 @1.5%: personal 1.5%×(7392.78 + 500.00×11/12) = 117.766700 → 117.77; subsidy 1.5%×(1035.00 + 70.00×11/12) = 16.487500 → 16.49 (Σ 134.26) → balance 9132.04 [personal 8010.55, subsidy 1121.49]
    // 31 Dec 2024 @1.5%: personal 1.5%×(8010.55 + 500.00×11/12) = 127.033250 → 127.03; subsidy 1.5%×(1121.49 + 70.00×11/12) = 17.784850 → 17.78 (Σ 144.81) → balance 9846.85 [personal 8637.58, subsidy 1209.27]
    // 31 Dec 2025 @1.5%: personal 1.5%×(8637.58 + 500.00×11/12) = 136.438700 → 136.44; subsidy 1.5%×(1209.27 + 70.00×11/12) = 19.101550 → 19.10 (Σ 155.54) → balance 10572.39 [personal 9274.02, subsidy 1298.37]
    // 31 Dec 2026 @1.5%: personal 1.5%×(9274.02 + 500.00×11/12) = 145.985300 → 145.99; subsidy 1.5%×(1298.37 + 70.00×11/12) = 20.438050 → 20.44 (Σ 166.43) → balance 11308.82 [personal 9920.01, subsidy 1388.81]
    // 31 Dec 2027 @1.5%: personal 1.5%×(9920.01 + 500.00×11/12) = 155.675150 → 155.68; subsidy 1.5%×(1388.81 + 70.00×11/12) = 21.794650 → 21.79 (Σ 177.47) → balance 12056.29 [personal 10575.69, subsidy 1480.60]
    // 31 Dec 2028 @1.5%: personal 1.5%×(10575.69 + 500.00×11/12) = 165.510350 → 165.51; subsidy 1.5%×(1480.60 + 70.00×11/12) = 23.171500 → 23.17 (Σ 188.68) → balance 12814.97 [personal 11241.20, subsidy 1573.77]
    // pension-start closing end 2029-03 @1.5%: personal 1.5%×(11241.20×3/12 + 500.00×2/12) = 43.404500 → 43.40; subsidy 1.5%×(1573.77×3/12 + 70.00×2/12) = 6.076638 → 6.08 (Σ 49.48) → balance 13434.45 [personal 11784.60, subsidy 1649.85]
    // account pension 13434.45 / 139 = 96.650719… → 96.65 (NX-BEN-ACCOUNT, NAT-DIVISOR 60 → 139)
    // 2029-04 draw 96.65: subsidy round(96.65×1649.85/13434.45) = 11.87, personal rest 84.78 → balance 13337.80 [personal 11699.82, subsidy 1637.98]
    // → balance 13337.80 [personal 11699.82, subsidy 1637.98]; paidOut 96.65
    const r = evaluateCase(twenty);
    expect(r.payments.every((p) => p.valid && p.tier === "500.00" && p.subsidy === "70.00")).toBe(true);
    expect(r.contributionYears).toBe(20);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.refusals).toEqual([]);
    expect(r.pension.firstMonth).toBe("2029-04");
    expect(r.pension.accountPension).toBe("96.65");
    expect(r.account.interestByYear).toEqual({
      "2010": "11.75",
      "2011": "30.37",
      "2012": "59.66",
      "2013": "70.03",
      "2014": "89.23",
      "2015": "99.92",
      "2016": "64.55",
      "2017": "74.07",
      "2018": "83.73",
      "2019": "93.54",
      "2020": "103.49",
      "2021": "113.59",
      "2022": "123.85",
      "2023": "134.26",
      "2024": "144.81",
      "2025": "155.54",
      "2026": "166.43",
      "2027": "177.47",
      "2028": "188.68",
      "2029": "49.48", // the pension-start closing only
    });
    expect(r.account.balance).toBe("13337.80");
    expect(r.account.components).toEqual({
      personal: "11699.82",
      collective: "0.00",
      subsidy: "1637.98",
      proxy: "0.00",
      other: "0.00",
    });
    expect(r.account.paidOut).toBe("96.65");
    expect(r.account.fundPaid).toBe("0.00");
    // 250 (fixture) + 10 (NX-BEN-LONG) + 96.65 = 356.65; NX-BEN-AGE 0 at 60, NX-BEN-LOCAL 0
    expect(r.pension.monthly).toMatchObject({ month: "2029-04", total: "356.65", basic: "260.00", account: "96.65" });
    expect(lines(r.pension.monthly)).toEqual({
      "NX-BEN-BASIC": "250.00",
      "NX-BEN-LONG": "10.00",
      "NX-BEN-ACCOUNT": "96.65",
    });
  });

  // ---------------------------------------------------------------------------------------------
  // Exactly 15 years: born 1974-03-05, 500 on 20 January 2020–2034 (all tiers in the config:
  // 2019–2020 and 2021+ both give 500 → 70). First month 2034-04. NX-BEN-LONG (15 − 15) × 2 = 0.
  // ---------------------------------------------------------------------------------------------
  it("NX-ELIG, NX-BEN-LONG: exactly 15 years → no long-contribution top-up", () => {
    // 31 Dec 2020 @1.5%: personal 1.5%×(500.00×11/12) = 6.875000 → 6.88; subsidy 1.5%×(70.00×11/12) = 0.962500 → 0.96 (Σ 7.84) → balance 577.84 [personal 506.88, subsidy 70.96]
    // 31 Dec 2021 @1.5%: personal 1.5%×(506.88 + 500.00×11/12) = 14.478200 → 14.48; subsidy 1.5%×(70.96 + 70.00×11/12) = 2.026900 → 2.03 (Σ 16.51) → balance 1164.35 [personal 1021.36, subsidy 142.99]
    // 31 Dec 2022 @1.5%: personal 1.5%×(1021.36 + 500.00×11/12) = 22.195400 → 22.20; subsidy 1.5%×(142.99 + 70.00×11/12) = 3.107350 → 3.11 (Σ 25.31) → balance 1759.66 [personal 1543.56, subsidy 216.10]
    // 31 Dec 2023 @1.5%: personal 1.5%×(1543.56 + 500.00×11/12) = 30.028400 → 30.03; subsidy 1.5%×(216.10 + 70.00×11/12) = 4.204000 → 4.20 (Σ 34.23) → balance 2363.89 [personal 2073.59, subsidy 290.30]
    // 31 Dec 2024 @1.5%: personal 1.5%×(2073.59 + 500.00×11/12) = 37.978850 → 37.98; subsidy 1.5%×(290.30 + 70.00×11/12) = 5.317000 → 5.32 (Σ 43.30) → balance 2977.19 [personal 2611.57, subsidy 365.62]
    // 31 Dec 2025 @1.5%: personal 1.5%×(2611.57 + 500.00×11/12) = 46.048550 → 46.05; subsidy 1.5%×(365.62 + 70.00×11/12) = 6.446800 → 6.45 (Σ 52.50) → balance 3599.69 [personal 3157.62, subsidy 442.07]
    // 31 Dec 2026 @1.5%: personal 1.5%×(3157.62 + 500.00×11/12) = 54.239300 → 54.24; subsidy 1.5%×(442.07 + 70.00×11/12) = 7.593550 → 7.59 (Σ 61.83) → balance 4231.52 [personal 3711.86, subsidy 519.66]
    // 31 Dec 2027 @1.5%: personal 1.5%×(3711.86 + 500.00×11/12) = 62.552900 → 62.55; subsidy 1.5%×(519.66 + 70.00×11/12) = 8.757400 → 8.76 (Σ 71.31) → balance 4872.83 [personal 4274.41, subsidy 598.42]
    // 31 Dec 2028 @1.5%: personal 1.5%×(4274.41 + 500.00×11/12) = 70.991150 → 70.99; subsidy 1.5%×(598.42 + 70.00×11/12) = 9.938800 → 9.94 (Σ 80.93) → balance 5523.76 [personal 4845.40, subsidy 678.36]
    // 31 Dec 2029 @1.5%: personal 1.5%×(4845.40 + 500.00×11/12) = 79.556000 → 79.56; subsidy 1.5%×(678.36 + 70.00×11/12) = 11.137900 → 11.14 (Σ 90.70) → balance 6184.46 [personal 5424.96, subsidy 759.50]
    // 31 Dec 2030 @1.5%: personal 1.5%×(5424.96 + 500.00×11/12) = 88.249400 → 88.25; subsidy 1.5%×(759.50 + 70.00×11/12) = 12.355000 → 12.36 (Σ 100.61) → balance 6855.07 [personal 6013.21, subsidy 841.86]
    // 31 Dec 2031 @1.5%: personal 1.5%×(6013.21 + 500.00×11/12) = 97.073150 → 97.07; subsidy 1.5%×(841.86 + 70.00×11/12) = 13.590400 → 13.59 (Σ 110.66) → balance 7535.73 [personal 6610.28, subsidy 925.45]
    // 31 Dec 2032 @1.5%: personal 1.5%×(6610.28 + 500.00×11/12) = 106.029200 → 106.03; subsidy 1.5%×(925.45 + 70.00×11/12) = 14.844250 → 14.84 (Σ 120.87) → balance 8226.60 [personal 7216.31, subsidy 1010.29]
    // 31 Dec 2033 @1.5%: personal 1.5%×(7216.31 + 500.00×11/12) = 115.119650 → 115.12; subsidy 1.5%×(1010.29 + 70.00×11/12) = 16.116850 → 16.12 (Σ 131.24) → balance 8927.84 [personal 7831.43, subsidy 1096.41]
    // pension-start closing end 2034-03 @1.5%: personal 1.5%×(7831.43×3/12 + 500.00×2/12) = 30.617863 → 30.62; subsidy 1.5%×(1096.41×3/12 + 70.00×2/12) = 4.286537 → 4.29 (Σ 34.91) → balance 9532.75 [personal 8362.05, subsidy 1170.70]
    // account pension 9532.75 / 139 = 68.580935… → 68.58 (NX-BEN-ACCOUNT, NAT-DIVISOR 60 → 139)
    // 2034-04 draw 68.58: subsidy round(68.58×1170.70/9532.75) = 8.42, personal rest 60.16 → balance 9464.17 [personal 8301.89, subsidy 1162.28]
    // → balance 9464.17 [personal 8301.89, subsidy 1162.28]; paidOut 68.58
    const r = evaluateCase({
      region: "ningxia",
      asOf: "2034-04-30",
      person: { birthDate: "1974-03-05", sex: "female" },
      payments: Array.from({ length: 15 }, (_, i) => ({ year: 2020 + i, date: `${2020 + i}-01-20`, amount: "500" })),
      options: { parameters: { "NX-BEN-BASIC": [{ from: "2034-01-01", value: "250", citation: fixture }] } },
    });
    expect(r.contributionYears).toBe(15);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.firstMonth).toBe("2034-04");
    expect(r.pension.accountPension).toBe("68.58");
    expect(r.account.interestByYear).toEqual({
      "2020": "7.84",
      "2021": "16.51",
      "2022": "25.31",
      "2023": "34.23",
      "2024": "43.30",
      "2025": "52.50",
      "2026": "61.83",
      "2027": "71.31",
      "2028": "80.93",
      "2029": "90.70",
      "2030": "100.61",
      "2031": "110.66",
      "2032": "120.87",
      "2033": "131.24",
      "2034": "34.91",
    });
    expect(r.account.balance).toBe("9464.17");
    expect(r.account.components).toMatchObject({ personal: "8301.89", subsidy: "1162.28" });
    expect(r.account.paidOut).toBe("68.58");
    expect(r.pension.monthly).toMatchObject({ month: "2034-04", total: "318.58", basic: "250.00", account: "68.58" });
    expect(lines(r.pension.monthly)).toEqual({ "NX-BEN-BASIC": "250.00", "NX-BEN-ACCOUNT": "68.58" });
  });

  // ---------------------------------------------------------------------------------------------
  // Old cohort without a scheme start: born 1949-08-25, 60 on 2009-09-01 → old cohort whatever the
  // start (COHORT). First month 2009-09 (the month after the 60th birthday's month). In 2023-03
  // the person is 73: NX-BEN-AGE 70–74 → +4 (70th birthday 2019-08-25, so from 2019-09).
  // ---------------------------------------------------------------------------------------------
  const oldCohort = { region: "ningxia", asOf: "2023-03-31", person: { birthDate: "1949-08-25", sex: "female" } };

  it("NX-ELIG (COHORT 1), NX-BEN-AGE: 60 on 2009-09-01 is old cohort; 2023: 180 + 4 (age 73)", () => {
    const r = evaluateCase(oldCohort);
    expect(r.contributionYears).toBe(0);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.refusals).toEqual([]);
    expect(r.pension.firstMonth).toBe("2009-09");
    expect(r.pension.monthly).toMatchObject({ month: "2023-03", total: "184.00", basic: "184.00", account: "0.00" });
    expect(lines(r.pension.monthly)).toEqual({ "NX-BEN-BASIC": "180.00", "NX-BEN-AGE": "4.00" });
    expect(r.account.paidOut).toBe("0.00");
  });

  it("NX-BEN-BASIC: 85 in 2013, 120 in 2017, 143 in 2018 — no NX-BEN-AGE before 2019-01-01 although the person is 63–68", () => {
    for (const [asOf, amount] of [
      ["2013-06-30", "85.00"],
      ["2017-06-30", "120.00"],
      ["2018-12-31", "143.00"],
    ] as const) {
      const r = evaluateCase({ ...oldCohort, asOf });
      expect(r.pension.monthly).toMatchObject({ total: amount, basic: amount, account: "0.00" });
      expect(lines(r.pension.monthly)).toEqual({ "NX-BEN-BASIC": amount });
    }
  });

  it("NX-BEN-AGE: turning 75 on 2023-02-15 → +4 through February, +6 from March", () => {
    // Born 1948-02-15 (61 on 2009-09-01, old cohort). 75 on 2023-02-15 → the 75–79 bracket from
    // the month after the birthday's month, 2023-03.
    const s = benefitSchedule(
      { region: "ningxia", asOf: "2023-04-30", person: { birthDate: "1948-02-15", sex: "male" } },
      "2023-01",
      "2023-04",
    );
    expect(s.map((m) => m?.total ?? null)).toEqual(["184.00", "184.00", "186.00", "186.00"]);
    expect(lines(s[1])).toEqual({ "NX-BEN-BASIC": "180.00", "NX-BEN-AGE": "4.00" });
    expect(lines(s[2])).toEqual({ "NX-BEN-BASIC": "180.00", "NX-BEN-AGE": "6.00" });
  });

  // ---------------------------------------------------------------------------------------------
  // Transition (COHORT 2) with options.schemeStart 2014-01-01: born 1962-12-10, 51 on the start →
  // min(2014..2022 = 9, 15) = 9 years. 500 on 1 March 2014–2022 (+70; 2014–2018 by the fixture).
  // 60 on 2022-12-10 → first month 2023-01; the pension-start closing at the end of December
  // coincides with the 31 December crediting (credited once).
  // ---------------------------------------------------------------------------------------------
  const transition = {
    region: "ningxia",
    asOf: "2023-03-31",
    person: { birthDate: "1962-12-10", sex: "male" },
    payments: Array.from({ length: 9 }, (_, i) => ({ year: 2014 + i, date: `${2014 + i}-03-01`, amount: "500" })),
    options: { schemeStart: "2014-01-01", parameters: earlyTiers("2014-01-01") },
  };

  it("NX-ELIG (COHORT 2): 9 years to the 60th year suffice; closing on 31 December 2022; 180 + account pension", () => {
    // 31 Dec 2014 @3%: personal 3%×(500.00×9/12) = 11.25 → 11.25; subsidy 3%×(70.00×9/12) = 1.575000 → 1.58 (Σ 12.83) → balance 582.83 [personal 511.25, subsidy 71.58]
    // 31 Dec 2015 @2.75%: personal 2.75%×(511.25 + 500.00×9/12) = 24.371875 → 24.37; subsidy 2.75%×(71.58 + 70.00×9/12) = 3.412200 → 3.41 (Σ 27.78) → balance 1180.61 [personal 1035.62, subsidy 144.99]
    // 31 Dec 2016 @1.5%: personal 1.5%×(1035.62 + 500.00×9/12) = 21.159300 → 21.16; subsidy 1.5%×(144.99 + 70.00×9/12) = 2.962350 → 2.96 (Σ 24.12) → balance 1774.73 [personal 1556.78, subsidy 217.95]
    // 31 Dec 2017 @1.5%: personal 1.5%×(1556.78 + 500.00×9/12) = 28.976700 → 28.98; subsidy 1.5%×(217.95 + 70.00×9/12) = 4.056750 → 4.06 (Σ 33.04) → balance 2377.77 [personal 2085.76, subsidy 292.01]
    // 31 Dec 2018 @1.5%: personal 1.5%×(2085.76 + 500.00×9/12) = 36.911400 → 36.91; subsidy 1.5%×(292.01 + 70.00×9/12) = 5.167650 → 5.17 (Σ 42.08) → balance 2989.85 [personal 2622.67, subsidy 367.18]
    // 31 Dec 2019 @1.5%: personal 1.5%×(2622.67 + 500.00×9/12) = 44.965050 → 44.97; subsidy 1.5%×(367.18 + 70.00×9/12) = 6.295200 → 6.30 (Σ 51.27) → balance 3611.12 [personal 3167.64, subsidy 443.48]
    // 31 Dec 2020 @1.5%: personal 1.5%×(3167.64 + 500.00×9/12) = 53.139600 → 53.14; subsidy 1.5%×(443.48 + 70.00×9/12) = 7.439700 → 7.44 (Σ 60.58) → balance 4241.70 [personal 3720.78, subsidy 520.92]
    // 31 Dec 2021 @1.5%: personal 1.5%×(3720.78 + 500.00×9/12) = 61.436700 → 61.44; subsidy 1.5%×(520.92 + 70.00×9/12) = 8.601300 → 8.60 (Σ 70.04) → balance 4881.74 [personal 4282.22, subsidy 599.52]
    // pension-start closing = 31 Dec 2022 @1.5%: personal 1.5%×(4282.22 + 500.00×9/12) = 69.858300 → 69.86; subsidy 1.5%×(599.52 + 70.00×9/12) = 9.780300 → 9.78 (Σ 79.64) → balance 5531.38 [personal 4852.08, subsidy 679.30]
    // account pension 5531.38 / 139 = 39.794101… → 39.79 (NX-BEN-ACCOUNT, NAT-DIVISOR 60 → 139)
    // 2023-01 draw 39.79: subsidy round(39.79×679.30/5531.38) = 4.89, personal rest 34.90 → balance 5491.59 [personal 4817.18, subsidy 674.41]
    // 2023-02..2023-03: 2 more draws, each subsidy 4.89, personal 34.90 → balance 5412.01 [personal 4747.38, subsidy 664.63]
    // → balance 5412.01 [personal 4747.38, subsidy 664.63]; paidOut 119.37
    const r = evaluateCase(transition);
    expect(r.contributionYears).toBe(9);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.firstMonth).toBe("2023-01");
    expect(r.pension.accountPension).toBe("39.79");
    expect(r.account.interestByYear).toEqual({
      "2014": "12.83",
      "2015": "27.78",
      "2016": "24.12",
      "2017": "33.04",
      "2018": "42.08",
      "2019": "51.27",
      "2020": "60.58",
      "2021": "70.04",
      "2022": "79.64",
    });
    expect(r.account.balance).toBe("5412.01");
    expect(r.account.components).toMatchObject({ personal: "4747.38", subsidy: "664.63" });
    expect(r.account.paidOut).toBe("119.37"); // 3 × 39.79
    expect(r.pension.monthly).toMatchObject({ month: "2023-03", total: "219.79", basic: "180.00", account: "39.79" });
    expect(lines(r.pension.monthly)).toEqual({ "NX-BEN-BASIC": "180.00", "NX-BEN-ACCOUNT": "39.79" });
  });

  it("COHORT: the same person without options.schemeStart (46 on 2009-09-01, 51 on 2014-02-21) is parameter-unknown", () => {
    let err: unknown;
    try {
      evaluateCase({ ...transition, options: { parameters: transition.options.parameters } });
    } catch (e) {
      err = e;
    }
    expect(isPensionInputError(err)).toBe(true);
    expect((err as { code: string }).code).toBe("parameter-unknown");
  });
});
