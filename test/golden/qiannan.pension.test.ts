/**
 * Golden cases, Qiannan 黔南 (rules.md QN-*): pension eligibility and the monthly benefit, every
 * figure worked out by hand from the texts (seed 001 part 1, 黔南府办发〔2011〕110号) and the
 * conventions (conventions.md "Pension", "Personal account"). Interest: QN-INT, the highest
 * NAT-RATE-PBOC in force on any day of the year: 2011 3.50%, 2012 3.50%, 2013 3.00%, 2014 3.00%,
 * 2015 2.75%, 2016 on 1.50%; monthly method, each component rounded to the fen (ROUND_HALF_UP).
 * Draws are split pro rata: every component but the largest gets round(draw × its balance ÷ total),
 * the largest (personal here) the exact rest.
 */
import { describe, expect, it } from "vitest";
import { benefitSchedule, evaluateCase, isPensionInputError, type MonthlyBenefit } from "../../src";

/** The benefit lines with a non-zero amount, by rule (a zero top-up may be listed or left out). */
function lines(m: MonthlyBenefit | null | undefined): Record<string, string> {
  return Object.fromEntries((m?.lines ?? []).filter((l) => l.amount !== "0.00").map((l) => [l.rule, l.amount]));
}

const fixture = "test fixture: value not in the sources, supplied for the golden case";

describe("Qiannan — pension (QN-ELIG, QN-BEN-*)", () => {
  // ---------------------------------------------------------------------------------------------
  // QN-ELIG (3): born 1966-08-20, 44 on the scheme start 2011-07-01 (QN 第三十七条) → under 45,
  // needs 15 contribution years (QN 第二十一条(三)). Pays on 10 May of every year 2012–2026
  // (15 years; the 60th year 2026 paid before August, QN-PAY-AT-60, 第七条): 500 through 2020,
  // 600 from 2021 (500 is no longer a tier, QN-PAY-TIERS from 2021); each on time (by 10
  // December) so each gets the year's subsidy (QN-SUB): 30 in 2012–2013, 60 for the 500 tier in
  // 2014–2020, 10% of 600 = 60 from 2021.
  // FIRST-MONTH: 60 on 2026-08-20 → first pension month 2026-09 (第二十一条 "从年满60周岁的次月起").
  // Closing at the end of 2026-08 credits the January–August interest; account pension = balance
  // ÷ 139 (QN-BEN-ACCOUNT, 第二十条). Basic pension in 2026 is unknown in the config (from
  // 2023-07-01), so the case supplies 150 from 2026-01-01 (options.parameters, test fixture).
  // ---------------------------------------------------------------------------------------------
  const regular = {
    region: "qiannan",
    asOf: "2026-10-31",
    person: { birthDate: "1966-08-20", sex: "female" },
    payments: Array.from({ length: 15 }, (_, i) => ({
      year: 2012 + i,
      date: `${2012 + i}-05-10`,
      amount: 2012 + i <= 2020 ? "500" : "600",
    })),
    options: { parameters: { "QN-BEN-BASIC": [{ from: "2026-01-01", value: "150", citation: fixture }] } },
  };

  it("QN-ELIG (3), QN-BEN-ACCOUNT: 15 years, account pension = balance after the closing at the end of the month before the first month ÷ 139", () => {
    // 31 Dec 2012 @3.5%: personal 3.5%×(500.00×7/12) = 10.208333 → 10.21; subsidy 3.5%×(30.00×7/12) = 0.612500 → 0.61 (Σ 10.82) → balance 540.82 [personal 510.21, subsidy 30.61]
    // 31 Dec 2013 @3%: personal 3%×(510.21 + 500.00×7/12) = 24.056300 → 24.06; subsidy 3%×(30.61 + 30.00×7/12) = 1.443300 → 1.44 (Σ 25.50) → balance 1096.32 [personal 1034.27, subsidy 62.05]
    // 31 Dec 2014 @3%: personal 3%×(1034.27 + 500.00×7/12) = 39.778100 → 39.78; subsidy 3%×(62.05 + 60.00×7/12) = 2.911500 → 2.91 (Σ 42.69) → balance 1699.01 [personal 1574.05, subsidy 124.96]
    // 31 Dec 2015 @2.75%: personal 2.75%×(1574.05 + 500.00×7/12) = 51.307208 → 51.31; subsidy 2.75%×(124.96 + 60.00×7/12) = 4.398900 → 4.40 (Σ 55.71) → balance 2314.72 [personal 2125.36, subsidy 189.36]
    // 31 Dec 2016 @1.5%: personal 1.5%×(2125.36 + 500.00×7/12) = 36.255400 → 36.26; subsidy 1.5%×(189.36 + 60.00×7/12) = 3.365400 → 3.37 (Σ 39.63) → balance 2914.35 [personal 2661.62, subsidy 252.73]
    // 31 Dec 2017 @1.5%: personal 1.5%×(2661.62 + 500.00×7/12) = 44.299300 → 44.30; subsidy 1.5%×(252.73 + 60.00×7/12) = 4.315950 → 4.32 (Σ 48.62) → balance 3522.97 [personal 3205.92, subsidy 317.05]
    // 31 Dec 2018 @1.5%: personal 1.5%×(3205.92 + 500.00×7/12) = 52.463800 → 52.46; subsidy 1.5%×(317.05 + 60.00×7/12) = 5.280750 → 5.28 (Σ 57.74) → balance 4140.71 [personal 3758.38, subsidy 382.33]
    // 31 Dec 2019 @1.5%: personal 1.5%×(3758.38 + 500.00×7/12) = 60.750700 → 60.75; subsidy 1.5%×(382.33 + 60.00×7/12) = 6.259950 → 6.26 (Σ 67.01) → balance 4767.72 [personal 4319.13, subsidy 448.59]
    // 31 Dec 2020 @1.5%: personal 1.5%×(4319.13 + 500.00×7/12) = 69.161950 → 69.16; subsidy 1.5%×(448.59 + 60.00×7/12) = 7.253850 → 7.25 (Σ 76.41) → balance 5404.13 [personal 4888.29, subsidy 515.84]
    // 31 Dec 2021 @1.5%: personal 1.5%×(4888.29 + 600.00×7/12) = 78.574350 → 78.57; subsidy 1.5%×(515.84 + 60.00×7/12) = 8.262600 → 8.26 (Σ 86.83) → balance 6150.96 [personal 5566.86, subsidy 584.10]
    // 31 Dec 2022 @1.5%: personal 1.5%×(5566.86 + 600.00×7/12) = 88.752900 → 88.75; subsidy 1.5%×(584.10 + 60.00×7/12) = 9.286500 → 9.29 (Σ 98.04) → balance 6909.00 [personal 6255.61, subsidy 653.39]
    // 31 Dec 2023 @1.5%: personal 1.5%×(6255.61 + 600.00×7/12) = 99.084150 → 99.08; subsidy 1.5%×(653.39 + 60.00×7/12) = 10.325850 → 10.33 (Σ 109.41) → balance 7678.41 [personal 6954.69, subsidy 723.72]
    // 31 Dec 2024 @1.5%: personal 1.5%×(6954.69 + 600.00×7/12) = 109.570350 → 109.57; subsidy 1.5%×(723.72 + 60.00×7/12) = 11.380800 → 11.38 (Σ 120.95) → balance 8459.36 [personal 7664.26, subsidy 795.10]
    // 31 Dec 2025 @1.5%: personal 1.5%×(7664.26 + 600.00×7/12) = 120.213900 → 120.21; subsidy 1.5%×(795.10 + 60.00×7/12) = 12.451500 → 12.45 (Σ 132.66) → balance 9252.02 [personal 8384.47, subsidy 867.55]
    // pension-start closing end 2026-08 @1.5%: personal 1.5%×(8384.47×8/12 + 600.00×3/12) = 86.094700 → 86.09; subsidy 1.5%×(867.55×8/12 + 60.00×3/12) = 8.900500 → 8.90 (Σ 94.99) → balance 10007.01 [personal 9070.56, subsidy 936.45]
    // account pension 10007.01 / 139 = 71.992877… → 71.99 (QN 第二十条)
    // 2026-09 draw 71.99: subsidy round(71.99×936.45/10007.01) = 6.74, personal rest 65.25 → balance 9935.02 [personal 9005.31, subsidy 929.71]
    // 2026-10 draw 71.99: subsidy round(71.99×929.71/9935.02) = 6.74, personal rest 65.25 → balance 9863.03 [personal 8940.06, subsidy 922.97]
    // → paidOut 2 × 71.99 = 143.98
    const r = evaluateCase(regular);
    expect(r.contributionYears).toBe(15);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.refusals).toEqual([]);
    expect(r.pension.firstMonth).toBe("2026-09");
    expect(r.pension.accountPension).toBe("71.99");
    expect(r.payments.map((p) => p.subsidy)).toEqual([
      "30.00",
      "30.00", // 2012–2013: 30 (第八条)
      "60.00",
      "60.00",
      "60.00",
      "60.00",
      "60.00",
      "60.00",
      "60.00", // 2014–2020: tier 500 → 60 (贵州 实施办法)
      "60.00",
      "60.00",
      "60.00",
      "60.00",
      "60.00",
      "60.00", // 2021–2026: 10% of 600 = 60 (贵州 2021 调整)
    ]);
    expect(r.account.interestByYear).toEqual({
      "2012": "10.82",
      "2013": "25.50",
      "2014": "42.69",
      "2015": "55.71",
      "2016": "39.63",
      "2017": "48.62",
      "2018": "57.74",
      "2019": "67.01",
      "2020": "76.41",
      "2021": "86.83",
      "2022": "98.04",
      "2023": "109.41",
      "2024": "120.95",
      "2025": "132.66",
      "2026": "94.99", // the pension-start closing only: no part-year interest at asOf
    });
    expect(r.account.balance).toBe("9863.03");
    expect(r.account.components).toEqual({
      personal: "8940.06",
      collective: "0.00",
      subsidy: "922.97",
      proxy: "0.00",
      other: "0.00",
    });
    // QN-BEN-ACCOUNT draw-down: 2 months × 71.99 = 143.98
    expect(r.account.paidOut).toBe("143.98");
    expect(r.account.fundPaid).toBe("0.00");
    // 150 (QN-BEN-BASIC, fixture) + 71.99 (QN-BEN-ACCOUNT) = 221.99
    expect(r.pension.monthly).toMatchObject({ month: "2026-10", total: "221.99", basic: "150.00", account: "71.99" });
    expect(lines(r.pension.monthly)).toEqual({ "QN-BEN-BASIC": "150.00", "QN-BEN-ACCOUNT": "71.99" });
    expect(r.pension.suspendedMonths).toEqual([]);
  });

  it("FIRST-MONTH: nothing is paid for the month of the 60th birthday (2026-08), the pension starts 2026-09", () => {
    const s = benefitSchedule(regular, "2026-08", "2026-09");
    expect(s[0]).toBeNull();
    expect(s[1]).toMatchObject({ month: "2026-09", total: "221.99", basic: "150.00", account: "71.99" });
  });

  // ---------------------------------------------------------------------------------------------
  // QN-ELIG (1): born 1950-03-15, 61 on 2011-07-01 → basic pension without payments
  // (第二十一条(一)). FIRST-MONTH = the later of 2010-04 (month after the 60th birthday) and the
  // benefit start 2011-07 (第三十七条) → 2011-07. QN-BEN-BASIC: 55 from 2011-07-01 (第二十条),
  // 70 from 2014-07-01, 128 from 2023-01-01; unknown 2020-07-01..2021-12-31.
  // ---------------------------------------------------------------------------------------------
  const oldCohort = { region: "qiannan", asOf: "2011-09-30", person: { birthDate: "1950-03-15", sex: "male" } };

  it("QN-ELIG (1): 60+ on the scheme start, basic pension only, from the benefit start 2011-07", () => {
    const r = evaluateCase(oldCohort);
    expect(r.contributionYears).toBe(0);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.refusals).toEqual([]);
    expect(r.pension.makeUp).toBeNull();
    expect(r.pension.firstMonth).toBe("2011-07");
    expect(r.pension.monthly).toMatchObject({ month: "2011-09", total: "55.00", basic: "55.00", account: "0.00" });
    expect(lines(r.pension.monthly)).toEqual({ "QN-BEN-BASIC": "55.00" });
    expect(r.account.balance).toBe("0.00");
    expect(r.account.paidOut).toBe("0.00");
    expect(r.account.fundPaid).toBe("0.00");
    expect(benefitSchedule(oldCohort, "2011-06", "2011-07").map((m) => m?.total ?? null)).toEqual([null, "55.00"]);
  });

  it("QN-BEN-BASIC: the basic pension follows the dated standard (55 → 70 on 2014-07-01; 128 in 2023-01)", () => {
    expect(benefitSchedule(oldCohort, "2014-06", "2014-07").map((m) => m?.basic ?? null)).toEqual(["55.00", "70.00"]);
    const r = evaluateCase({ ...oldCohort, asOf: "2023-01-31" });
    expect(r.pension.monthly).toMatchObject({ month: "2023-01", total: "128.00", basic: "128.00", account: "0.00" });
  });

  it("LOOKUPS: a running pension in an unknown period of QN-BEN-BASIC (2021-06) is parameter-unknown", () => {
    let err: unknown;
    try {
      evaluateCase({ ...oldCohort, asOf: "2021-06-30" });
    } catch (e) {
      err = e;
    }
    expect(isPensionInputError(err)).toBe(true);
    expect((err as { code: string }).code).toBe("parameter-unknown");
  });

  // ---------------------------------------------------------------------------------------------
  // QN-ELIG (2): born 1954-02-10, 57 on 2011-07-01 → contribution years ≥ min(2011..2014 = 4, 15)
  // = 4 (第二十一条(二); COHORT counts the calendar years from the start's year to the 60th
  // birthday's year). Pays 300 on 2011-08-15, 2012-04-15, 2013-04-15 and 2014-01-15 (the 60th year
  // before February, QN-PAY-AT-60), each with the 30 subsidy. 60 on 2014-02-10 → first month
  // 2014-03; closing at the end of 2014-02.
  // ---------------------------------------------------------------------------------------------
  const transition = {
    region: "qiannan",
    asOf: "2014-06-30",
    person: { birthDate: "1954-02-10", sex: "male" },
    payments: [
      { year: 2011, date: "2011-08-15", amount: "300" },
      { year: 2012, date: "2012-04-15", amount: "300" },
      { year: 2013, date: "2013-04-15", amount: "300" },
      { year: 2014, date: "2014-01-15", amount: "300" },
    ],
  };

  it("QN-ELIG (2): 57 on the scheme start, 4 years to the 60th year suffice; closing in February credits 2/12 of a year", () => {
    // 31 Dec 2011 @3.5%: personal 3.5%×(300.00×4/12) = 3.50 → 3.50; subsidy 3.5%×(30.00×4/12) = 0.35 → 0.35 (Σ 3.85) → balance 333.85 [personal 303.50, subsidy 30.35]
    // 31 Dec 2012 @3.5%: personal 3.5%×(303.50 + 300.00×8/12) = 17.622500 → 17.62; subsidy 3.5%×(30.35 + 30.00×8/12) = 1.762250 → 1.76 (Σ 19.38) → balance 683.23 [personal 621.12, subsidy 62.11]
    // 31 Dec 2013 @3%: personal 3%×(621.12 + 300.00×8/12) = 24.633600 → 24.63; subsidy 3%×(62.11 + 30.00×8/12) = 2.463300 → 2.46 (Σ 27.09) → balance 1040.32 [personal 945.75, subsidy 94.57]
    // pension-start closing end 2014-02 @3%: personal 3%×(945.75×2/12 + 300.00×1/12) = 5.478750 → 5.48; subsidy 3%×(94.57×2/12 + 30.00×1/12) = 0.547850 → 0.55 (Σ 6.03) → balance 1376.35 [personal 1251.23, subsidy 125.12]
    // account pension 1376.35 / 139 = 9.901799… → 9.90 (QN 第二十条)
    // 2014-03 draw 9.90: subsidy round(9.90×125.12/1376.35) = 0.90, personal rest 9.00 → balance 1366.45 [personal 1242.23, subsidy 124.22]
    // 2014-04..2014-06: 3 more draws, each subsidy 0.90, personal 9.00 → balance 1336.75 [personal 1215.23, subsidy 121.52]
    // → balance 1336.75 [personal 1215.23, subsidy 121.52]; paidOut 39.60
    const r = evaluateCase(transition);
    expect(r.contributionYears).toBe(4);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.refusals).toEqual([]);
    expect(r.pension.firstMonth).toBe("2014-03");
    expect(r.pension.accountPension).toBe("9.90");
    expect(r.account.interestByYear).toEqual({ "2011": "3.85", "2012": "19.38", "2013": "27.09", "2014": "6.03" });
    expect(r.account.balance).toBe("1336.75");
    expect(r.account.components).toMatchObject({ personal: "1215.23", subsidy: "121.52" });
    expect(r.account.paidOut).toBe("39.60"); // 4 × 9.90
    expect(r.account.fundPaid).toBe("0.00");
    // 55 (QN-BEN-BASIC until 2014-06-30) + 9.90
    expect(r.pension.monthly).toMatchObject({ month: "2014-06", total: "64.90", basic: "55.00", account: "9.90" });
    expect(lines(r.pension.monthly)).toEqual({ "QN-BEN-BASIC": "55.00", "QN-BEN-ACCOUNT": "9.90" });
  });

  // ---------------------------------------------------------------------------------------------
  // Refusal: the same person without 2013 has 3 years < 4 (第二十一条(二)). MAKE-UP: 1 missing year
  // × the minimum tier in force on asOf (100, QN-PAY-TIERS 第七条) = 100.00.
  // ---------------------------------------------------------------------------------------------
  const short = { ...transition, payments: transition.payments.filter((p) => p.year !== 2013) };

  it("QN-ELIG (2), COHORT refusal: 3 of the 4 years needed → not eligible, makeUp {1, 100.00}", () => {
    // 31 Dec 2011 @3.5%: personal 3.5%×(300.00×4/12) = 3.50 → 3.50; subsidy 3.5%×(30.00×4/12) = 0.35 → 0.35 (Σ 3.85) → balance 333.85 [personal 303.50, subsidy 30.35]
    // 31 Dec 2012 @3.5%: personal 3.5%×(303.50 + 300.00×8/12) = 17.622500 → 17.62; subsidy 3.5%×(30.35 + 30.00×8/12) = 1.762250 → 1.76 (Σ 19.38) → balance 683.23 [personal 621.12, subsidy 62.11]
    // 31 Dec 2013 @3%: personal 3%×(621.12) = 18.633600 → 18.63; subsidy 3%×(62.11) = 1.863300 → 1.86 (Σ 20.49) → balance 703.72 [personal 639.75, subsidy 63.97]
    // → balance 1033.72 [personal 939.75, subsidy 93.97]; paidOut 0.00
    const r = evaluateCase(short);
    expect(r.contributionYears).toBe(3);
    expect(r.pension.eligible).toBe(false);
    // COHORT (2) is the rule that sets the transitional count (rules.md COHORT; QN-ELIG applies it).
    expect(r.pension.refusals.map((x) => x.rule)).toEqual(["COHORT"]);
    expect(r.pension.makeUp).toEqual({ years: 1, amount: "100.00" });
    expect(r.pension.firstMonth).toBeNull();
    expect(r.pension.monthly).toBeNull();
    expect(r.pension.accountPension).toBeNull();
    expect(r.account.interestByYear).toEqual({ "2011": "3.85", "2012": "19.38", "2013": "20.49" });
    expect(r.account.balance).toBe("1033.72");
    expect(r.account.components).toMatchObject({ personal: "939.75", subsidy: "93.97" });
    expect(r.account.paidOut).toBe("0.00");
  });

  it("FIRST-MONTH, QN-PAY-DEADLINE: 2013 back-paid on 2014-06-10 meets the condition late → first month 2014-07, no subsidy for the back-payment", () => {
    // The back-payment (跨年度补缴, 第七条) gets no subsidy (第八条 "补缴…政府不予补贴").
    // 31 Dec 2011 @3.5%: personal 3.5%×(300.00×4/12) = 3.50 → 3.50; subsidy 3.5%×(30.00×4/12) = 0.35 → 0.35 (Σ 3.85) → balance 333.85 [personal 303.50, subsidy 30.35]
    // 31 Dec 2012 @3.5%: personal 3.5%×(303.50 + 300.00×8/12) = 17.622500 → 17.62; subsidy 3.5%×(30.35 + 30.00×8/12) = 1.762250 → 1.76 (Σ 19.38) → balance 683.23 [personal 621.12, subsidy 62.11]
    // 31 Dec 2013 @3%: personal 3%×(621.12) = 18.633600 → 18.63; subsidy 3%×(62.11) = 1.863300 → 1.86 (Σ 20.49) → balance 703.72 [personal 639.75, subsidy 63.97]
    // pension-start closing end 2014-06 @3%: personal 3%×(639.75×6/12 + 300.00×5/12) = 13.346250 → 13.35; subsidy 3%×(63.97×6/12 + 30.00×5/12) = 1.334550 → 1.33 (Σ 14.68) → balance 1348.40 [personal 1253.10, subsidy 95.30]
    // account pension 1348.40 / 139 = 9.700719… → 9.70 (QN 第二十条)
    // 2014-07 draw 9.70: subsidy round(9.70×95.30/1348.40) = 0.69, personal rest 9.01 → balance 1338.70 [personal 1244.09, subsidy 94.61]
    // → balance 1338.70 [personal 1244.09, subsidy 94.61]; paidOut 9.70
    const r = evaluateCase({
      ...short,
      asOf: "2014-07-31",
      payments: [...short.payments, { year: 2013, date: "2014-06-10", amount: "300" }],
    });
    const p2013 = r.payments.find((p) => p.year === 2013)!;
    expect(p2013).toMatchObject({ kind: "back-payment", valid: true, personal: "300.00", subsidy: "0.00" });
    expect(r.contributionYears).toBe(4);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.firstMonth).toBe("2014-07");
    expect(r.pension.makeUp).toBeNull();
    expect(r.pension.accountPension).toBe("9.70");
    expect(r.account.interestByYear).toEqual({ "2011": "3.85", "2012": "19.38", "2013": "20.49", "2014": "14.68" });
    expect(r.account.balance).toBe("1338.70");
    expect(r.account.components).toMatchObject({ personal: "1244.09", subsidy: "94.61" });
    expect(r.account.paidOut).toBe("9.70");
    // 70 (QN-BEN-BASIC from 2014-07-01) + 9.70
    expect(r.pension.monthly).toMatchObject({ month: "2014-07", total: "79.70", basic: "70.00", account: "9.70" });
  });

  // ---------------------------------------------------------------------------------------------
  // QN-PRISON (第三十三条): imprisoned 2014-04-10..2014-05-20 → April and May suspended (any day in
  // prison in the month), resumed from June ("期满后的次月"), suspended months not paid
  // ("停发期间的待遇不予补发") and not debited.
  // ---------------------------------------------------------------------------------------------
  it("QN-PRISON: months in prison are suspended and not back-paid; the account is not debited for them", () => {
    // account pension 1376.35 / 139 = 9.901799… → 9.90 (QN 第二十条)
    // account pension 9.90 (as above); paid 2014-03 and 2014-06 only
    // 2014-03 draw 9.90: subsidy round(9.90×125.12/1376.35) = 0.90, personal rest 9.00 → balance 1366.45 [personal 1242.23, subsidy 124.22]
    // 2014-06: 1 more draw, each subsidy 0.90, personal 9.00 → balance 1356.55 [personal 1233.23, subsidy 123.32]
    // → balance 1356.55 [personal 1233.23, subsidy 123.32]; paidOut 19.80
    const c = {
      ...transition,
      person: { ...transition.person, statuses: [{ kind: "imprisoned", from: "2014-04-10", until: "2014-05-20" }] },
    };
    const r = evaluateCase(c);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.suspendedMonths).toEqual(["2014-04", "2014-05"]);
    expect(r.pension.accountPension).toBe("9.90");
    expect(r.account.paidOut).toBe("19.80"); // March and June: 2 × 9.90
    expect(r.account.balance).toBe("1356.55");
    expect(r.account.components).toMatchObject({ personal: "1233.23", subsidy: "123.32" });
    expect(r.pension.monthly).toMatchObject({ month: "2014-06", total: "64.90", basic: "55.00", account: "9.90" });
    expect(benefitSchedule(c, "2014-03", "2014-06").map((m) => m?.total ?? null)).toEqual([
      "64.90",
      null,
      null,
      "64.90",
    ]);
  });

  it("QN-PRISON: imprisoned from 2014-05-03 with no release date → suspended through asOf, no monthly benefit", () => {
    // Paid March and April (2 × 9.90 = 19.80; the same splits as above: subsidy 0.90, personal
    // 9.00 each) → balance 1376.35 − 19.80 = 1356.55.
    const r = evaluateCase({
      ...transition,
      person: { ...transition.person, statuses: [{ kind: "imprisoned", from: "2014-05-03" }] },
    });
    expect(r.pension.suspendedMonths).toEqual(["2014-05", "2014-06"]);
    expect(r.pension.monthly).toBeNull();
    expect(r.account.paidOut).toBe("19.80");
    expect(r.account.balance).toBe("1356.55");
    expect(r.account.components).toMatchObject({ personal: "1233.23", subsidy: "123.32" });
  });

  // ---------------------------------------------------------------------------------------------
  // QN-MISSING (第三十四条): missing on 2014-04-05; the month of disappearance is month 1 (SUSPEND),
  // so April–September are paid and the pension is suspended from the 7th month, 2014-10.
  // ---------------------------------------------------------------------------------------------
  const missing = {
    ...transition,
    asOf: "2014-12-31",
    person: { ...transition.person, events: [{ kind: "missing", date: "2014-04-05" }] },
  };

  it("QN-MISSING: suspended from the 7th month of being missing (2014-10)", () => {
    // account pension 1376.35 / 139 = 9.901799… → 9.90 (QN 第二十条)
    // account pension 9.90 (as above); paid 2014-03..2014-09 (months 1–6 of being missing are Apr–Sep)
    // 2014-03 draw 9.90: subsidy round(9.90×125.12/1376.35) = 0.90, personal rest 9.00 → balance 1366.45 [personal 1242.23, subsidy 124.22]
    // 2014-04..2014-09: 6 more draws, each subsidy 0.90, personal 9.00 → balance 1307.05 [personal 1188.23, subsidy 118.82]
    // 31 Dec 2014 @3%: personal 3%×(1251.23×10/12 − 9.00×(9+…+3)/12) = 30.335750 → 30.34; subsidy 3%×(125.12×10/12 − 0.90×(9+…+3)/12) = 3.033500 → 3.03 (Σ 33.37) → balance 1340.42 [personal 1218.57, subsidy 121.85]
    // → balance 1340.42 [personal 1218.57, subsidy 121.85]; paidOut 69.30
    const r = evaluateCase(missing);
    expect(r.pension.suspendedMonths).toEqual(["2014-10", "2014-11", "2014-12"]);
    expect(r.pension.monthly).toBeNull();
    expect(r.account.paidOut).toBe("69.30"); // 7 × 9.90
    expect(r.account.interestByYear).toMatchObject({ "2014": "39.40" }); // 6.03 closing + 33.37 on 31 Dec
    expect(r.account.balance).toBe("1340.42");
    expect(r.account.components).toMatchObject({ personal: "1218.57", subsidy: "121.85" });
    // 70 from 2014-07-01 + 9.90
    expect(benefitSchedule(missing, "2014-08", "2014-11").map((m) => m?.total ?? null)).toEqual([
      "79.90",
      "79.90",
      null,
      null,
    ]);
  });

  it("QN-MISSING: on reappearance (2015-02-10) the suspended months are back-paid, and debited, in the reappearance month", () => {
    // "失踪人员再次出现的,停发期间的养老金予以补发" (第三十四条).
    // account pension 1376.35 / 139 = 9.901799… → 9.90 (QN 第二十条)
    // as QN-MISSING above through 31 Dec 2014: balance 1340.42 [personal 1218.57, subsidy 121.85]
    // 2015-02 (reappearance month): back pay 2014-10..2015-01 = 4 × 9.90 and February's 9.90, one debit of 49.50:
    // 2015-02 draw 49.50: subsidy round(49.50×121.85/1340.42) = 4.50, personal rest 45.00 → balance 1290.92 [personal 1173.57, subsidy 117.35]
    // → balance 1290.92 [personal 1173.57, subsidy 117.35]; paidOut 118.80
    const c = {
      ...missing,
      asOf: "2015-02-28",
      person: { ...missing.person, events: [...missing.person.events, { kind: "reappeared", date: "2015-02-10" }] },
    };
    const r = evaluateCase(c);
    expect(r.account.paidOut).toBe("118.80"); // (7 + 4 + 1) × 9.90
    expect(r.account.interestByYear).toMatchObject({ "2014": "39.40" });
    expect(r.account.interestByYear["2015"]).toBeUndefined();
    expect(r.account.balance).toBe("1290.92");
    expect(r.account.components).toMatchObject({ personal: "1173.57", subsidy: "117.35" });
    expect(r.pension.monthly).toMatchObject({ month: "2015-02", total: "79.90", basic: "70.00", account: "9.90" });
    // Reading: suspendedMonths are the months not paid up to asOf (result.ts); the back-paid
    // months 2014-10..2015-01 have been paid in February.
    expect(r.pension.suspendedMonths).toEqual([]);
  });
});
