/**
 * Golden cases, Cixi 慈溪 (rules.md CX-*): pension eligibility and the monthly benefit by hand, from
 * seed 004 (向日葵保险网 article) and 慈政发〔2010〕3号 as recorded in rules.md. Scheme start and
 * benefit start 2010-01-01 (CX-SCHEME-START). Interest CX-INT: NAT-RATE-PBOC on 1 January
 * (2010 2.25%, 2011 2.75%, 2012 3.50%, 2013 3.00%, 2014 3.00%, 2015 2.75%, 2016 on 1.50%), monthly
 * method. Subsidy 60 a year (CX-SUB). CX-BEN-BASIC 80 from 2010-01-01, 140 from 2012-01-01 to
 * 2014-06-30, unknown afterwards; CX-BEN-CONTRIB +20 for contributors from 2012-01-01.
 */
import { describe, expect, it } from "vitest";
import { benefitSchedule, evaluateCase, isPensionInputError, type MonthlyBenefit } from "../../src";

/** The benefit lines with a non-zero amount, by rule (a zero top-up may be listed or left out). */
function lines(m: MonthlyBenefit | null | undefined): Record<string, string> {
  return Object.fromEntries((m?.lines ?? []).filter((l) => l.amount !== "0.00").map((l) => [l.rule, l.amount]));
}
/** Sum of the lines in fen (two-decimal strings). */
function linesFen(m: MonthlyBenefit | null | undefined): number {
  return (m?.lines ?? []).reduce((s, l) => s + Number(l.amount.replace(".", "")), 0);
}

const fixture = "test fixture: value not in the sources, supplied for the golden case";

describe("Cixi — pension (CX-ELIG, CX-LEGACY, CX-BEN-*)", () => {
  // ---------------------------------------------------------------------------------------------
  // CX-ELIG (national, 国发〔2009〕32号): born 1965-02-10, 44 on 2010-01-01 → 15 years. Pays 500 on
  // 15 March 2010–2024 (+60 each). 60 on 2025-02-10 → first month 2025-03; closing at the end of
  // 2025-02 (no 2025 payment). Divisor NAT-DIVISOR 60 → 139 (BEN-DIVISOR). The 2025 basic pension
  // is unknown in the config: 300 supplied as a fixture. CX-BEN-CONTRIB +20 (paid contributions).
  // ---------------------------------------------------------------------------------------------
  const regular = {
    region: "cixi",
    asOf: "2025-04-30",
    person: { birthDate: "1965-02-10", sex: "female" },
    payments: Array.from({ length: 15 }, (_, i) => ({ year: 2010 + i, date: `${2010 + i}-03-15`, amount: "500" })),
    options: { parameters: { "CX-BEN-BASIC": [{ from: "2025-01-01", value: "300", citation: fixture }] } },
  };

  it("CX-ELIG, BEN-DIVISOR, CX-BEN-CONTRIB: 15 years; account pension = closing balance ÷ 139; +20 for a contributor", () => {
    // 31 Dec 2010 @2.25%: personal 2.25%×(500.00×9/12) = 8.437500 → 8.44; subsidy 2.25%×(60.00×9/12) = 1.012500 → 1.01 (Σ 9.45) → balance 569.45 [personal 508.44, subsidy 61.01]
    // 31 Dec 2011 @2.75%: personal 2.75%×(508.44 + 500.00×9/12) = 24.294600 → 24.29; subsidy 2.75%×(61.01 + 60.00×9/12) = 2.915275 → 2.92 (Σ 27.21) → balance 1156.66 [personal 1032.73, subsidy 123.93]
    // 31 Dec 2012 @3.5%: personal 3.5%×(1032.73 + 500.00×9/12) = 49.270550 → 49.27; subsidy 3.5%×(123.93 + 60.00×9/12) = 5.912550 → 5.91 (Σ 55.18) → balance 1771.84 [personal 1582.00, subsidy 189.84]
    // 31 Dec 2013 @3%: personal 3%×(1582.00 + 500.00×9/12) = 58.71 → 58.71; subsidy 3%×(189.84 + 60.00×9/12) = 7.045200 → 7.05 (Σ 65.76) → balance 2397.60 [personal 2140.71, subsidy 256.89]
    // 31 Dec 2014 @3%: personal 3%×(2140.71 + 500.00×9/12) = 75.471300 → 75.47; subsidy 3%×(256.89 + 60.00×9/12) = 9.056700 → 9.06 (Σ 84.53) → balance 3042.13 [personal 2716.18, subsidy 325.95]
    // 31 Dec 2015 @2.75%: personal 2.75%×(2716.18 + 500.00×9/12) = 85.007450 → 85.01; subsidy 2.75%×(325.95 + 60.00×9/12) = 10.201125 → 10.20 (Σ 95.21) → balance 3697.34 [personal 3301.19, subsidy 396.15]
    // 31 Dec 2016 @1.5%: personal 1.5%×(3301.19 + 500.00×9/12) = 55.142850 → 55.14; subsidy 1.5%×(396.15 + 60.00×9/12) = 6.617250 → 6.62 (Σ 61.76) → balance 4319.10 [personal 3856.33, subsidy 462.77]
    // 31 Dec 2017 @1.5%: personal 1.5%×(3856.33 + 500.00×9/12) = 63.469950 → 63.47; subsidy 1.5%×(462.77 + 60.00×9/12) = 7.616550 → 7.62 (Σ 71.09) → balance 4950.19 [personal 4419.80, subsidy 530.39]
    // 31 Dec 2018 @1.5%: personal 1.5%×(4419.80 + 500.00×9/12) = 71.922000 → 71.92; subsidy 1.5%×(530.39 + 60.00×9/12) = 8.630850 → 8.63 (Σ 80.55) → balance 5590.74 [personal 4991.72, subsidy 599.02]
    // 31 Dec 2019 @1.5%: personal 1.5%×(4991.72 + 500.00×9/12) = 80.500800 → 80.50; subsidy 1.5%×(599.02 + 60.00×9/12) = 9.660300 → 9.66 (Σ 90.16) → balance 6240.90 [personal 5572.22, subsidy 668.68]
    // 31 Dec 2020 @1.5%: personal 1.5%×(5572.22 + 500.00×9/12) = 89.208300 → 89.21; subsidy 1.5%×(668.68 + 60.00×9/12) = 10.705200 → 10.71 (Σ 99.92) → balance 6900.82 [personal 6161.43, subsidy 739.39]
    // 31 Dec 2021 @1.5%: personal 1.5%×(6161.43 + 500.00×9/12) = 98.046450 → 98.05; subsidy 1.5%×(739.39 + 60.00×9/12) = 11.765850 → 11.77 (Σ 109.82) → balance 7570.64 [personal 6759.48, subsidy 811.16]
    // 31 Dec 2022 @1.5%: personal 1.5%×(6759.48 + 500.00×9/12) = 107.017200 → 107.02; subsidy 1.5%×(811.16 + 60.00×9/12) = 12.842400 → 12.84 (Σ 119.86) → balance 8250.50 [personal 7366.50, subsidy 884.00]
    // 31 Dec 2023 @1.5%: personal 1.5%×(7366.50 + 500.00×9/12) = 116.122500 → 116.12; subsidy 1.5%×(884.00 + 60.00×9/12) = 13.935000 → 13.94 (Σ 130.06) → balance 8940.56 [personal 7982.62, subsidy 957.94]
    // 31 Dec 2024 @1.5%: personal 1.5%×(7982.62 + 500.00×9/12) = 125.364300 → 125.36; subsidy 1.5%×(957.94 + 60.00×9/12) = 15.044100 → 15.04 (Σ 140.40) → balance 9640.96 [personal 8607.98, subsidy 1032.98]
    // pension-start closing end 2025-02 @1.5%: personal 1.5%×(8607.98×2/12) = 21.519950 → 21.52; subsidy 1.5%×(1032.98×2/12) = 2.582450 → 2.58 (Σ 24.10) → balance 9665.06 [personal 8629.50, subsidy 1035.56]
    // account pension 9665.06 / 139 = 69.532806… → 69.53 (NAT-DIVISOR 60 → 139)
    // 2025-03 draw 69.53: subsidy round(69.53×1035.56/9665.06) = 7.45, personal rest 62.08 → balance 9595.53 [personal 8567.42, subsidy 1028.11]
    // 2025-04: 1 more draw, each subsidy 7.45, personal 62.08 → balance 9526.00 [personal 8505.34, subsidy 1020.66]
    // → balance 9526.00 [personal 8505.34, subsidy 1020.66]; paidOut 139.06
    const r = evaluateCase(regular);
    expect(r.contributionYears).toBe(15);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.refusals).toEqual([]);
    expect(r.pension.firstMonth).toBe("2025-03");
    expect(r.pension.accountPension).toBe("69.53");
    expect(r.account.interestByYear).toEqual({
      "2010": "9.45",
      "2011": "27.21",
      "2012": "55.18",
      "2013": "65.76",
      "2014": "84.53",
      "2015": "95.21",
      "2016": "61.76",
      "2017": "71.09",
      "2018": "80.55",
      "2019": "90.16",
      "2020": "99.92",
      "2021": "109.82",
      "2022": "119.86",
      "2023": "130.06",
      "2024": "140.40",
      "2025": "24.10", // the pension-start closing (January–February) only
    });
    expect(r.account.balance).toBe("9526.00");
    expect(r.account.components).toEqual({
      personal: "8505.34",
      collective: "0.00",
      subsidy: "1020.66",
      proxy: "0.00",
      other: "0.00",
    });
    expect(r.account.paidOut).toBe("139.06"); // 2 × 69.53
    expect(r.account.fundPaid).toBe("0.00");
    // 300 (fixture) + 20 (CX-BEN-CONTRIB) + 69.53 = 389.53
    expect(r.pension.monthly).toMatchObject({ month: "2025-04", total: "389.53", basic: "320.00", account: "69.53" });
    expect(lines(r.pension.monthly)).toEqual({
      "CX-BEN-BASIC": "300.00",
      "CX-BEN-CONTRIB": "20.00",
      "BEN-DIVISOR": "69.53",
    });
  });

  // ---------------------------------------------------------------------------------------------
  // Old cohort: born 1948-07-01, 61 on 2010-01-01 → basic pension without payments from 2010-01.
  // 80 in 2010–2011, 140 from 2012-01-01; no +20 (CX-BEN-CONTRIB is for contributors only).
  // ---------------------------------------------------------------------------------------------
  const oldCohort = { region: "cixi", asOf: "2010-03-31", person: { birthDate: "1948-07-01", sex: "male" } };

  it("CX-ELIG (COHORT 1): 60+ on 2010-01-01, basic pension only; 80 then 140 from 2012-01, no contributor +20", () => {
    const r = evaluateCase(oldCohort);
    expect(r.contributionYears).toBe(0);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.refusals).toEqual([]);
    expect(r.pension.firstMonth).toBe("2010-01");
    expect(r.pension.monthly).toMatchObject({ month: "2010-03", total: "80.00", basic: "80.00", account: "0.00" });
    expect(lines(r.pension.monthly)).toEqual({ "CX-BEN-BASIC": "80.00" });
    expect(r.account.paidOut).toBe("0.00");
    const s = benefitSchedule(oldCohort, "2011-12", "2012-01");
    expect(s.map((m) => m?.total ?? null)).toEqual(["80.00", "140.00"]);
    expect(lines(s[1])).toEqual({ "CX-BEN-BASIC": "140.00" });
  });

  // ---------------------------------------------------------------------------------------------
  // Transition (COHORT 2): born 1952-05-20, 57 on 2010-01-01 → min(2010..2012 = 3, 15) = 3 years.
  // Pays 300 on 10 March 2010–2012 (+60 each). 60 on 2012-05-20 → first month 2012-06; closing at
  // the end of 2012-05.
  // ---------------------------------------------------------------------------------------------
  it("CX-ELIG (COHORT 2), CX-BEN-CONTRIB: 57 on the scheme start, 3 years; 140 + 20 + account pension", () => {
    // 31 Dec 2010 @2.25%: personal 2.25%×(300.00×9/12) = 5.062500 → 5.06; subsidy 2.25%×(60.00×9/12) = 1.012500 → 1.01 (Σ 6.07) → balance 366.07 [personal 305.06, subsidy 61.01]
    // 31 Dec 2011 @2.75%: personal 2.75%×(305.06 + 300.00×9/12) = 14.576650 → 14.58; subsidy 2.75%×(61.01 + 60.00×9/12) = 2.915275 → 2.92 (Σ 17.50) → balance 743.57 [personal 619.64, subsidy 123.93]
    // pension-start closing end 2012-05 @3.5%: personal 3.5%×(619.64×5/12 + 300.00×2/12) = 10.786417 → 10.79; subsidy 3.5%×(123.93×5/12 + 60.00×2/12) = 2.157313 → 2.16 (Σ 12.95) → balance 1116.52 [personal 930.43, subsidy 186.09]
    // account pension 1116.52 / 139 = 8.032518… → 8.03 (NAT-DIVISOR 60 → 139)
    // 2012-06 draw 8.03: subsidy round(8.03×186.09/1116.52) = 1.34, personal rest 6.69 → balance 1108.49 [personal 923.74, subsidy 184.75]
    // 2012-07: 1 more draw, each subsidy 1.34, personal 6.69 → balance 1100.46 [personal 917.05, subsidy 183.41]
    // → balance 1100.46 [personal 917.05, subsidy 183.41]; paidOut 16.06
    const r = evaluateCase({
      region: "cixi",
      asOf: "2012-07-31",
      person: { birthDate: "1952-05-20", sex: "male" },
      payments: [2010, 2011, 2012].map((y) => ({ year: y, date: `${y}-03-10`, amount: "300" })),
    });
    expect(r.contributionYears).toBe(3);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.firstMonth).toBe("2012-06");
    expect(r.pension.accountPension).toBe("8.03");
    expect(r.account.interestByYear).toEqual({ "2010": "6.07", "2011": "17.50", "2012": "12.95" });
    expect(r.account.balance).toBe("1100.46");
    expect(r.account.components).toMatchObject({ personal: "917.05", subsidy: "183.41" });
    expect(r.account.paidOut).toBe("16.06"); // 2 × 8.03
    expect(r.pension.monthly).toMatchObject({ month: "2012-07", total: "168.03", basic: "160.00", account: "8.03" });
    expect(lines(r.pension.monthly)).toEqual({
      "CX-BEN-BASIC": "140.00",
      "CX-BEN-CONTRIB": "20.00",
      "BEN-DIVISOR": "8.03",
    });
  });

  // ---------------------------------------------------------------------------------------------
  // BEN-DIVISOR draw-down across components: the transition person above with NAT-DIVISOR
  // overridden to 2 at age 60 (a what-if fixture, rules.md OVERRIDES) so the account empties in
  // two months. Afterwards the fund pays the whole account pension; the 31 December interest
  // (earned on the balance while it lasted) is drawn in January, every component paying what is
  // left, and the fund the rest (conventions.md "Pension").
  // ---------------------------------------------------------------------------------------------
  it("BEN-DIVISOR: an emptied two-component account pays what is left (January: 4.07 + 0.81), the fund the rest", () => {
    // closing balance 1116.52 [personal 930.43, subsidy 186.09] (as above)
    // account pension 1116.52 / 2 = 558.260000… → 558.26 (NAT-DIVISOR overridden: 60 → 2)
    // 2012-06 draw 558.26: subsidy round(558.26×186.09/1116.52) = 93.05, personal rest 465.21 → balance 558.26 [personal 465.22, subsidy 93.04]
    // 2012-07 draw 558.26: subsidy round(558.26×93.04/558.26) = 93.04, personal rest 465.22 → balance 0.00 []
    // 2012-08 draw 558.26: account empty, fund pays 558.26 → balance 0.00
    // 2012-09..2012-12: 4 more draws, each account empty, fund pays 558.26 → balance 0.00
    // 31 Dec 2012 @3.5%: personal 3.5%×(930.43×7/12 − 465.21×6/12 − 465.22×5/12) = 4.070646 → 4.07; subsidy 3.5%×(186.09×7/12 − 93.05×6/12 − 93.04×5/12) = 0.814129 → 0.81 (Σ 4.88) → balance 4.88 [personal 4.07, subsidy 0.81]
    // 2013-01 draw 558.26: personal 4.07, subsidy 0.81 (all that is left), fund pays 553.38 → balance 0.00 []
    // 2013-02 draw 558.26: account empty, fund pays 558.26 → balance 0.00
    // → balance 0.00 []; paidOut 1121.40, fundPaid 3902.94
    const r = evaluateCase({
      region: "cixi",
      asOf: "2013-02-28",
      person: { birthDate: "1952-05-20", sex: "male" },
      payments: [2010, 2011, 2012].map((y) => ({ year: y, date: `${y}-03-10`, amount: "300" })),
      options: { parameters: { "NAT-DIVISOR": [{ from: "2012-01-01", value: { "60": 2 }, citation: fixture }] } },
    });
    expect(r.pension.accountPension).toBe("558.26");
    expect(r.account.interestByYear).toEqual({ "2010": "6.07", "2011": "17.50", "2012": "17.83" }); // 12.95 closing + 4.88
    // paidOut = all credited: 1116.52 + 4.88 = 1121.40; 9 months (2012-06..2013-02) × 558.26 = 5024.34
    expect(r.account.paidOut).toBe("1121.40");
    expect(r.account.fundPaid).toBe("3902.94"); // 5024.34 − 1121.40
    expect(r.account.balance).toBe("0.00");
    expect(r.account.components).toEqual({
      personal: "0.00",
      collective: "0.00",
      subsidy: "0.00",
      proxy: "0.00",
      other: "0.00",
    });
    // 140 + 20 + 558.26: the account pension is still paid in full, by the fund
    expect(r.pension.monthly).toMatchObject({ month: "2013-02", total: "718.26", basic: "160.00", account: "558.26" });
  });

  // ---------------------------------------------------------------------------------------------
  // CX-LEGACY (seed 004: "养老待遇享受必须男年满60周岁、女年满55周岁…1档120元、2档170元、3档220元、
  // 4档270元、5档320元、6档370元、7档420元"; "自2010年1月1日起…老制度待遇享受人员月增加养老金30元"):
  // pension = grade amount + 30, no basic pension, no account pension, no +20 (rules.md). The
  // breakdown may show the grade and the 30 as one line or two; both are CX-LEGACY.
  // ---------------------------------------------------------------------------------------------
  it("CX-LEGACY: a man, grade 3, 60 before 2010 → 220 + 30 = 250 from 2010-01", () => {
    const r = evaluateCase({
      region: "cixi",
      asOf: "2010-02-28",
      person: { birthDate: "1949-08-15", sex: "male", legacyGrade: 3 },
    });
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.firstMonth).toBe("2010-01");
    // Reading: monthly.basic is the non-account part, so basic = total − account = 250.00.
    expect(r.pension.monthly).toMatchObject({ month: "2010-02", total: "250.00", basic: "250.00", account: "0.00" });
    expect(r.pension.monthly!.lines.every((l) => l.rule === "CX-LEGACY")).toBe(true);
    expect(linesFen(r.pension.monthly)).toBe(25000);
    expect(r.account.paidOut).toBe("0.00");
  });

  it("CX-LEGACY: a woman, grade 2, 55 in 2009 → 170 + 30 = 200 from 2010-01", () => {
    const r = evaluateCase({
      region: "cixi",
      asOf: "2010-01-31",
      person: { birthDate: "1954-03-20", sex: "female", legacyGrade: 2 },
    });
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.firstMonth).toBe("2010-01");
    expect(r.pension.monthly).toMatchObject({ month: "2010-01", total: "200.00", basic: "200.00", account: "0.00" });
    expect(linesFen(r.pension.monthly)).toBe(20000);
  });

  it("CX-LEGACY by sex: born 1956-04-10, grade 5 — a woman draws 320 from 2011-05 (55), a man only from 2016-05 (60); no + 30, both start after 2010-01", () => {
    // Revision 2026-12: the + 30 is for those already drawing the old-system benefit in 2010-01
    // (对5.6万名老制度待遇享受人员月增加养老金30元); these pensions start in 2011 and 2016: grade 5 = 320.
    const woman = {
      region: "cixi",
      asOf: "2011-06-30",
      person: { birthDate: "1956-04-10", sex: "female", legacyGrade: 5 },
    };
    const rw = evaluateCase(woman);
    expect(rw.pension.eligible).toBe(true);
    expect(rw.pension.firstMonth).toBe("2011-05");
    expect(rw.pension.monthly).toMatchObject({ month: "2011-06", total: "320.00", account: "0.00" });
    expect(benefitSchedule(woman, "2011-04", "2011-06").map((m) => m?.total ?? null)).toEqual([
      null,
      "320.00",
      "320.00",
    ]);

    const man = { ...woman, person: { ...woman.person, sex: "male" } };
    const rm = evaluateCase(man);
    expect(rm.pension.eligible).toBe(false);
    expect(rm.pension.monthly).toBeNull();
    expect(benefitSchedule(man, "2011-04", "2011-06")).toEqual([null, null, null]);
    expect(benefitSchedule({ ...man, asOf: "2016-06-30" }, "2016-04", "2016-06").map((m) => m?.total ?? null)).toEqual([
      null,
      "320.00",
      "320.00",
    ]);
  });

  it("CX-LEGACY: legacyGrade without sex is an input error at person.sex", () => {
    let err: unknown;
    try {
      evaluateCase({ region: "cixi", asOf: "2010-02-28", person: { birthDate: "1949-08-15", legacyGrade: 3 } });
    } catch (e) {
      err = e;
    }
    expect(isPensionInputError(err)).toBe(true);
    expect((err as { path: unknown }).path).toEqual(["person", "sex"]);
  });
});
