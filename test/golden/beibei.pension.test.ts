/**
 * Golden cases, Beibei 北碚 (rules.md BB-*): pension eligibility and the monthly benefit, worked out
 * by hand from seed 001 part 3 (北碚区城乡居民社会养老保险试点工作方案, section 八) and the
 * conventions. Scheme start 2009-09-01 (BB-SCHEME-START), benefits from 2009-10 (三(三)).
 * Interest BB-INT: NAT-RATE-PBOC in force on 1 January: 2009 2.25%, 2010 2.25%, 2011 2.75%,
 * 2012 3.50%, 2013 3.00%, 2014 3.00%, 2015 2.75%, 2016 on 1.50%; monthly method, each component
 * rounded to the fen. Subsidy 30 a year (BB-SUB, 六(三)). Basic pension 80 (八(二)1) from
 * 2009-10-01 to 2014-06-30, unknown afterwards (supplied as a test fixture where needed).
 */
import { describe, expect, it } from "vitest";
import { benefitSchedule, evaluateCase, type MonthlyBenefit } from "../../src";

/** The benefit lines with a non-zero amount, by rule (a zero top-up may be listed or left out). */
function lines(m: MonthlyBenefit | null | undefined): Record<string, string> {
  return Object.fromEntries((m?.lines ?? []).filter((l) => l.amount !== "0.00").map((l) => [l.rule, l.amount]));
}

const fixture = "test fixture: value not in the sources, supplied for the golden case";

describe("Beibei — pension (BB-ELIG, BB-LUMP, BB-FAMILY, BB-BEN-*)", () => {
  // ---------------------------------------------------------------------------------------------
  // BB-ELIG: born 1964-10-05, 44 on 2009-09-01, more than 15 years from 60 → at least 15 years
  // (八(一) "本人年龄距60周岁超过15年的人员,应按年缴费,累计缴费年限不少于15年"). Pays 400 on
  // 20 April 2010–2024 (15 years): + 30 subsidy through 2021, + 60 from 2022 (BB-CQ-2022: the
  // 400 tier → 60). Contribution years 2020–2021 have no known table (BB-PAY-TIERS, BB-SUB
  // unknown, revision 2026-12), so the case supplies them (test fixture: the pilot's 400 and 30).
  // 60 on 2024-10-05 → first month 2024-11; closing at the end of 2024-10; divisor NAT-DIVISOR at
  // 60 = 139 (八(二)2, 国发〔2005〕38号).
  // ---------------------------------------------------------------------------------------------
  const regular = {
    region: "beibei",
    asOf: "2024-12-31",
    person: { birthDate: "1964-10-05", sex: "male" },
    payments: Array.from({ length: 15 }, (_, i) => ({ year: 2010 + i, date: `${2010 + i}-04-20`, amount: "400" })),
    options: {
      parameters: {
        "BB-BEN-BASIC": [{ from: "2024-01-01", value: "200", citation: fixture }],
        "BB-PAY-TIERS": [
          { from: "2020-01-01", until: "2021-12-31", value: ["100", "200", "400", "600", "900"], citation: fixture },
        ],
        "BB-SUB": [
          {
            from: "2020-01-01",
            until: "2021-12-31",
            value: { brackets: [{ from: "100", amount: "30" }] },
            citation: fixture,
          },
        ],
      },
    },
  };

  it("BB-ELIG, BB-BEN-ACCOUNT, BEN-DIVISOR: 15 years, account pension = closing balance ÷ 139", () => {
    // 31 Dec 2010 @2.25%: personal 2.25%×(400.00×8/12) = 6.00 → 6.00; subsidy 2.25%×(30.00×8/12) = 0.45 → 0.45 (Σ 6.45) → balance 436.45 [personal 406.00, subsidy 30.45]
    // 31 Dec 2011 @2.75%: personal 2.75%×(406.00 + 400.00×8/12) = 18.498333 → 18.50; subsidy 2.75%×(30.45 + 30.00×8/12) = 1.387375 → 1.39 (Σ 19.89) → balance 886.34 [personal 824.50, subsidy 61.84]
    // 31 Dec 2012 @3.5%: personal 3.5%×(824.50 + 400.00×8/12) = 38.190833 → 38.19; subsidy 3.5%×(61.84 + 30.00×8/12) = 2.864400 → 2.86 (Σ 41.05) → balance 1357.39 [personal 1262.69, subsidy 94.70]
    // 31 Dec 2013 @3%: personal 3%×(1262.69 + 400.00×8/12) = 45.880700 → 45.88; subsidy 3%×(94.70 + 30.00×8/12) = 3.441000 → 3.44 (Σ 49.32) → balance 1836.71 [personal 1708.57, subsidy 128.14]
    // 31 Dec 2014 @3%: personal 3%×(1708.57 + 400.00×8/12) = 59.257100 → 59.26; subsidy 3%×(128.14 + 30.00×8/12) = 4.444200 → 4.44 (Σ 63.70) → balance 2330.41 [personal 2167.83, subsidy 162.58]
    // 31 Dec 2015 @2.75%: personal 2.75%×(2167.83 + 400.00×8/12) = 66.948658 → 66.95; subsidy 2.75%×(162.58 + 30.00×8/12) = 5.020950 → 5.02 (Σ 71.97) → balance 2832.38 [personal 2634.78, subsidy 197.60]
    // 31 Dec 2016 @1.5%: personal 1.5%×(2634.78 + 400.00×8/12) = 43.521700 → 43.52; subsidy 1.5%×(197.60 + 30.00×8/12) = 3.264000 → 3.26 (Σ 46.78) → balance 3309.16 [personal 3078.30, subsidy 230.86]
    // 31 Dec 2017 @1.5%: personal 1.5%×(3078.30 + 400.00×8/12) = 50.174500 → 50.17; subsidy 1.5%×(230.86 + 30.00×8/12) = 3.762900 → 3.76 (Σ 53.93) → balance 3793.09 [personal 3528.47, subsidy 264.62]
    // 31 Dec 2018 @1.5%: personal 1.5%×(3528.47 + 400.00×8/12) = 56.927050 → 56.93; subsidy 1.5%×(264.62 + 30.00×8/12) = 4.269300 → 4.27 (Σ 61.20) → balance 4284.29 [personal 3985.40, subsidy 298.89]
    // 31 Dec 2019 @1.5%: personal 1.5%×(3985.40 + 400.00×8/12) = 63.781000 → 63.78; subsidy 1.5%×(298.89 + 30.00×8/12) = 4.783350 → 4.78 (Σ 68.56) → balance 4782.85 [personal 4449.18, subsidy 333.67]
    // 31 Dec 2020 @1.5%: personal 1.5%×(4449.18 + 400.00×8/12) = 70.737700 → 70.74; subsidy 1.5%×(333.67 + 30.00×8/12) = 5.305050 → 5.31 (Σ 76.05) → balance 5288.90 [personal 4919.92, subsidy 368.98]
    // 31 Dec 2021 @1.5%: personal 1.5%×(4919.92 + 400.00×8/12) = 77.798800 → 77.80; subsidy 1.5%×(368.98 + 30.00×8/12) = 5.834700 → 5.83 (Σ 83.63) → balance 5802.53 [personal 5397.72, subsidy 404.81]
    // from 2022 the 400 tier's subsidy is 60 (BB-CQ-2022, 渝人社发〔2022〕1号):
    // 31 Dec 2022 @1.5%: personal 1.5%×(5397.72 + 400.00×8/12) = 84.965800 → 84.97; subsidy 1.5%×(404.81 + 60.00×8/12) = 6.672150 → 6.67 (Σ 91.64) → balance 6354.17 [personal 5882.69, subsidy 471.48]
    // 31 Dec 2023 @1.5%: personal 1.5%×(5882.69 + 400.00×8/12) = 92.240350 → 92.24; subsidy 1.5%×(471.48 + 60.00×8/12) = 7.672200 → 7.67 (Σ 99.91) → balance 6914.08 [personal 6374.93, subsidy 539.15]
    // pension-start closing end 2024-10 @1.5%: personal 1.5%×(6374.93×10/12 + 400.00×6/12) = 82.686625 → 82.69; subsidy 1.5%×(539.15×10/12 + 60.00×6/12) = 7.189375 → 7.19 (Σ 89.88) → balance 7463.96 [personal 6857.62, subsidy 606.34]
    // account pension 7463.96 / 139 = 53.697553… → 53.70 (BB-BEN-ACCOUNT, NAT-DIVISOR 60 → 139)
    // 2024-11 draw 53.70: subsidy round(53.70×606.34/7463.96) = 4.36, personal rest 49.34 → balance 7410.26 [personal 6808.28, subsidy 601.98]
    // 2024-12 draw 53.70: subsidy round(53.70×601.98/7410.26) = 4.36, personal 49.34 → balance 7356.56 [personal 6758.94, subsidy 597.62]
    // 31 Dec 2024 @1.5%: personal 1.5%×(6857.62×2/12 − 49.34×1/12) = 17.082375 → 17.08; subsidy 1.5%×(606.34×2/12 − 4.36×1/12) = 1.510400 → 1.51 (Σ 18.59) → balance 7375.15 [personal 6776.02, subsidy 599.13]
    // → balance 7375.15 [personal 6776.02, subsidy 599.13]; paidOut 107.40
    const r = evaluateCase(regular);
    expect(r.contributionYears).toBe(15);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.refusals).toEqual([]);
    expect(r.pension.firstMonth).toBe("2024-11");
    expect(r.pension.accountPension).toBe("53.70");
    expect(r.payments.map((p) => p.subsidy)).toEqual([...Array<string>(12).fill("30.00"), "60.00", "60.00", "60.00"]);
    expect(r.account.interestByYear).toEqual({
      "2010": "6.45",
      "2011": "19.89",
      "2012": "41.05",
      "2013": "49.32",
      "2014": "63.70",
      "2015": "71.97",
      "2016": "46.78",
      "2017": "53.93",
      "2018": "61.20",
      "2019": "68.56",
      "2020": "76.05",
      "2021": "83.63",
      "2022": "91.64",
      "2023": "99.91",
      "2024": "108.47", // 89.88 at the pension-start closing + 18.59 on 31 December
    });
    expect(r.account.balance).toBe("7375.15");
    expect(r.account.components).toEqual({
      personal: "6776.02",
      collective: "0.00",
      subsidy: "599.13",
      proxy: "0.00",
      other: "0.00",
    });
    expect(r.account.paidOut).toBe("107.40"); // 2 × 53.70
    expect(r.account.fundPaid).toBe("0.00");
    // 200 (BB-BEN-BASIC, fixture) + 53.70
    expect(r.pension.monthly).toMatchObject({ month: "2024-12", total: "253.70", basic: "200.00", account: "53.70" });
    expect(lines(r.pension.monthly)).toEqual({ "BB-BEN-BASIC": "200.00", "BB-BEN-ACCOUNT": "53.70" });
  });

  // ---------------------------------------------------------------------------------------------
  // BB-ELIG old cohort: born 1945-05-20, 64 on 2009-09-01 → "不用缴费,可按月领取基础养老金"
  // (八(一)) if the eligible children are enrolled (BB-FAMILY). FIRST-MONTH = the benefit start
  // 2009-10 (later than 2005-06, the month after the 60th birthday). 80 a month (八(二)1).
  // ---------------------------------------------------------------------------------------------
  const oldCohort = { region: "beibei", asOf: "2010-06-30", person: { birthDate: "1945-05-20", sex: "female" } };

  it("BB-ELIG: 60+ on the scheme start, basic pension only (80) from 2009-10", () => {
    const r = evaluateCase(oldCohort);
    expect(r.contributionYears).toBe(0);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.refusals).toEqual([]);
    expect(r.pension.makeUp).toBeNull();
    expect(r.pension.firstMonth).toBe("2009-10");
    expect(r.pension.monthly).toMatchObject({ month: "2010-06", total: "80.00", basic: "80.00", account: "0.00" });
    expect(lines(r.pension.monthly)).toEqual({ "BB-BEN-BASIC": "80.00" });
    expect(r.account.balance).toBe("0.00");
    expect(r.account.paidOut).toBe("0.00");
    expect(benefitSchedule(oldCohort, "2009-09", "2009-10").map((m) => m?.total ?? null)).toEqual([null, "80.00"]);
  });

  it("BB-FAMILY: the same person whose eligible children are not enrolled gets no basic pension", () => {
    const r = evaluateCase({ ...oldCohort, person: { ...oldCohort.person, childrenEnrolled: false } });
    expect(r.pension.eligible).toBe(false);
    expect(r.pension.refusals.map((x) => x.rule)).toEqual(["BB-FAMILY"]);
    expect(r.pension.firstMonth).toBeNull();
    expect(r.pension.monthly).toBeNull();
    expect(r.pension.makeUp).toBeNull();
    expect(r.account.paidOut).toBe("0.00");
  });

  it("SUSPEND: imprisonment and disappearance have no effect on a Beibei pension (QN-PRISON / QN-MISSING are Qiannan's only)", () => {
    const r = evaluateCase({
      ...oldCohort,
      person: {
        ...oldCohort.person,
        statuses: [{ kind: "imprisoned", from: "2010-01-05" }],
        events: [{ kind: "missing", date: "2009-10-10" }],
      },
    });
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.suspendedMonths).toEqual([]);
    expect(r.pension.monthly).toMatchObject({ month: "2010-06", total: "80.00", basic: "80.00", account: "0.00" });
  });

  // ---------------------------------------------------------------------------------------------
  // BB-ELIG within 15 years: born 1952-11-03, 56 on 2009-09-01 ("距60周岁不足15年") → COHORT (2):
  // min(2009..2012 = 4, 15) = 4 years. Pays 200 on 2009-10-15, 2010-04-20, 2011-04-20,
  // 2012-04-20 (+30 each), and at 60 makes up the 11 missing years to 15 in one payment at the
  // same tier, 11 × 200 = 2200 on 2012-11-10 ("在本人年满60周岁时,可按上缴费标准一次性补足到15年";
  // MAKE-UP: no subsidy, credited as personal). 60 on 2012-11-03 → first month 2012-12.
  // ---------------------------------------------------------------------------------------------
  const within15 = {
    region: "beibei",
    asOf: "2013-01-31",
    person: { birthDate: "1952-11-03", sex: "female" },
    payments: [
      { year: 2009, date: "2009-10-15", amount: "200" },
      { year: 2010, date: "2010-04-20", amount: "200" },
      { year: 2011, date: "2011-04-20", amount: "200" },
      { year: 2012, date: "2012-04-20", amount: "200" },
      { year: 2012, date: "2012-11-10", amount: "2200", kind: "make-up", years: 11 },
    ],
  };

  it("BB-ELIG, MAKE-UP: within 15 years of 60, 4 years paid and 11 made up at 60 → 15 years; closing at the end of November", () => {
    // 31 Dec 2009 @2.25%: personal 2.25%×(200.00×2/12) = 0.75 → 0.75; subsidy 2.25%×(30.00×2/12) = 0.112500 → 0.11 (Σ 0.86) → balance 230.86 [personal 200.75, subsidy 30.11]
    // 31 Dec 2010 @2.25%: personal 2.25%×(200.75 + 200.00×8/12) = 7.516875 → 7.52; subsidy 2.25%×(30.11 + 30.00×8/12) = 1.127475 → 1.13 (Σ 8.65) → balance 469.51 [personal 408.27, subsidy 61.24]
    // 31 Dec 2011 @2.75%: personal 2.75%×(408.27 + 200.00×8/12) = 14.894092 → 14.89; subsidy 2.75%×(61.24 + 30.00×8/12) = 2.234100 → 2.23 (Σ 17.12) → balance 716.63 [personal 623.16, subsidy 93.47]
    // pension-start closing end 2012-11 @3.5%: personal 3.5%×(623.16×11/12 + 200.00×7/12) = 24.076383 → 24.08; subsidy 3.5%×(93.47×11/12 + 30.00×7/12) = 3.611329 → 3.61 (Σ 27.69) → balance 3174.32 [personal 3047.24, subsidy 127.08]
    // account pension 3174.32 / 139 = 22.836835… → 22.84 (BB-BEN-ACCOUNT, NAT-DIVISOR 60 → 139)
    // 2012-12 draw 22.84: subsidy round(22.84×127.08/3174.32) = 0.91, personal rest 21.93 → balance 3151.48 [personal 3025.31, subsidy 126.17]
    // 31 Dec 2012 @3.5%: personal 3.5%×(3047.24×1/12) = 8.887783 → 8.89; subsidy 3.5%×(127.08×1/12) = 0.370650 → 0.37 (Σ 9.26) → balance 3160.74 [personal 3034.20, subsidy 126.54]
    // 2013-01 draw 22.84: subsidy round(22.84×126.54/3160.74) = 0.91, personal rest 21.93 → balance 3137.90 [personal 3012.27, subsidy 125.63]
    // → balance 3137.90 [personal 3012.27, subsidy 125.63]; paidOut 45.68
    const r = evaluateCase(within15);
    const mk = r.payments.find((p) => p.kind === "make-up")!;
    expect(mk).toMatchObject({ valid: true, personal: "2200.00", subsidy: "0.00" });
    expect(r.contributionYears).toBe(15);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.firstMonth).toBe("2012-12");
    expect(r.pension.accountPension).toBe("22.84");
    expect(r.account.interestByYear).toEqual({ "2009": "0.86", "2010": "8.65", "2011": "17.12", "2012": "36.95" }); // 2012: 27.69 + 9.26
    expect(r.account.balance).toBe("3137.90");
    expect(r.account.components).toMatchObject({ personal: "3012.27", subsidy: "125.63" });
    expect(r.account.paidOut).toBe("45.68"); // 2 × 22.84
    expect(r.pension.monthly).toMatchObject({ month: "2013-01", total: "102.84", basic: "80.00", account: "22.84" });
    expect(lines(r.pension.monthly)).toEqual({ "BB-BEN-BASIC": "80.00", "BB-BEN-ACCOUNT": "22.84" });
  });

  it("BB-ELIG, COHORT refusal: within 15 years of 60 with 3 of the 4 years → not eligible, makeUp {1, 100.00}", () => {
    // Pays 2010, 2011, 2012 only (200 + 30 each); needs 4 (2009..2012). MAKE-UP: 1 year × the
    // minimum tier on asOf, 100 (BB-PAY-TIERS 六(一)1).
    // 31 Dec 2010 @2.25%: personal 2.25%×(200.00×8/12) = 3.00 → 3.00; subsidy 2.25%×(30.00×8/12) = 0.45 → 0.45 (Σ 3.45) → balance 233.45 [personal 203.00, subsidy 30.45]
    // 31 Dec 2011 @2.75%: personal 2.75%×(203.00 + 200.00×8/12) = 9.249167 → 9.25; subsidy 2.75%×(30.45 + 30.00×8/12) = 1.387375 → 1.39 (Σ 10.64) → balance 474.09 [personal 412.25, subsidy 61.84]
    // 31 Dec 2012 @3.5%: personal 3.5%×(412.25 + 200.00×8/12) = 19.095417 → 19.10; subsidy 3.5%×(61.84 + 30.00×8/12) = 2.864400 → 2.86 (Σ 21.96) → balance 726.05 [personal 631.35, subsidy 94.70]
    // → balance 726.05 [personal 631.35, subsidy 94.70]; paidOut 0.00
    const r = evaluateCase({
      ...within15,
      payments: within15.payments.filter((p) => p.year !== 2009 && p.kind !== "make-up"),
    });
    expect(r.contributionYears).toBe(3);
    expect(r.pension.eligible).toBe(false);
    expect(r.pension.refusals.map((x) => x.rule)).toEqual(["COHORT"]);
    expect(r.pension.makeUp).toEqual({ years: 1, amount: "100.00" });
    expect(r.pension.monthly).toBeNull();
    expect(r.account.interestByYear).toEqual({ "2010": "3.45", "2011": "10.64", "2012": "21.96" });
    expect(r.account.balance).toBe("726.05");
    expect(r.account.components).toMatchObject({ personal: "631.35", subsidy: "94.70" });
    expect(r.account.paidOut).toBe("0.00");
  });

  // ---------------------------------------------------------------------------------------------
  // BB-LUMP (六(一)2, 八(二)2): born 1936-03-15, 73 on 2009-09-01. Lump sum at S = 60 paid
  // 2009-10-15. M = (2011×12 + 3) − (2009×12 + 10) = 17 months to the 75th birthday's month,
  // under 60 → M = 60; amount 60 × 60 = 3600, no subsidy, credited as personal. Account pension
  // S = 60 from the month after the payment month (2009-11); the basic pension from 2009-10.
  // 70 or older: BB-BEN-AGE70 +10 (八(四); 70th birthday 2006-03-15, so from the start).
  // ---------------------------------------------------------------------------------------------
  const lump = {
    region: "beibei",
    asOf: "2010-03-31",
    person: { birthDate: "1936-03-15", sex: "male" },
    lumpSum: { date: "2009-10-15", monthlyStandard: "60" },
  };

  it("BB-LUMP: 60 × 60 months = 3600; account pension 60 from the month after the payment month", () => {
    // 2009-11 draw 60.00: personal rest 60.00 → balance 3540.00
    // 2009-12: 1 more draw, each personal 60.00 → balance 3480.00
    // 31 Dec 2009 @2.25%: personal 2.25%×(3600.00×2/12 − 60.00×1/12) = 13.387500 → 13.39 (Σ 13.39) → balance 3493.39
    // 2010-01 draw 60.00: personal rest 60.00 → balance 3433.39
    // 2010-02..2010-03: 2 more draws, each personal 60.00 → balance 3313.39
    // → balance 3313.39 [personal 3313.39]; paidOut 300.00
    const r = evaluateCase(lump);
    const p = r.payments.find((x) => x.kind === "lump-sum")!;
    expect(p).toMatchObject({ valid: true, personal: "3600.00", subsidy: "0.00" });
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.firstMonth).toBe("2009-10");
    expect(r.pension.accountPension).toBe("60.00");
    expect(r.account.interestByYear).toEqual({ "2009": "13.39" });
    expect(r.account.balance).toBe("3313.39");
    expect(r.account.components).toMatchObject({ personal: "3313.39", subsidy: "0.00" });
    expect(r.account.paidOut).toBe("300.00"); // 2009-11..2010-03: 5 × 60
    expect(r.account.fundPaid).toBe("0.00");
    // 80 + 10 (BB-BEN-AGE70) + 60 (BB-BEN-ACCOUNT = S)
    expect(r.pension.monthly).toMatchObject({ month: "2010-03", total: "150.00", basic: "90.00", account: "60.00" });
    expect(lines(r.pension.monthly)).toEqual({
      "BB-BEN-BASIC": "80.00",
      "BB-BEN-AGE70": "10.00",
      "BB-BEN-ACCOUNT": "60.00",
    });
    // October: basic only; the account pension starts in November.
    expect(benefitSchedule(lump, "2009-10", "2009-12").map((m) => (m ? [m.basic, m.account, m.total] : null))).toEqual([
      ["90.00", "0.00", "90.00"],
      ["90.00", "60.00", "150.00"],
      ["90.00", "60.00", "150.00"],
    ]);
  });

  it("BB-LUMP: M counts the months to the 75th birthday's month when that is 60 or more", () => {
    // Born 1944-12-10 (64 on 2009-09-01); S = 40 paid 2009-10-15:
    // M = (2019×12 + 12) − (2009×12 + 10) = 24240 − 24118 = 122 → 40 × 122 = 4880.
    // asOf 2009-11-30: one draw of 40 in November, no crediting yet → 4880 − 40 = 4840.00.
    const r = evaluateCase({
      region: "beibei",
      asOf: "2009-11-30",
      person: { birthDate: "1944-12-10", sex: "female" },
      lumpSum: { date: "2009-10-15", monthlyStandard: "40" },
    });
    expect(r.payments.find((x) => x.kind === "lump-sum")).toMatchObject({
      valid: true,
      personal: "4880.00",
      subsidy: "0.00",
    });
    expect(r.pension.accountPension).toBe("40.00");
    expect(r.account.paidOut).toBe("40.00");
    expect(r.account.balance).toBe("4840.00");
    expect(r.pension.monthly).toMatchObject({ month: "2009-11", total: "120.00", basic: "80.00", account: "40.00" });
  });

  it("BB-LUMP: over 75 at the payment → 60 months", () => {
    // Born 1932-06-01 (77); S = 90 paid 2010-01-20 → 90 × 60 = 5400; account pension from 2010-02.
    // asOf 2010-02-28: one draw of 90, no crediting yet → 5310.00; 80 + 10 (age 70+) + 90 = 180.
    const r = evaluateCase({
      region: "beibei",
      asOf: "2010-02-28",
      person: { birthDate: "1932-06-01", sex: "male" },
      lumpSum: { date: "2010-01-20", monthlyStandard: "90" },
    });
    expect(r.payments.find((x) => x.kind === "lump-sum")).toMatchObject({
      valid: true,
      personal: "5400.00",
      subsidy: "0.00",
    });
    expect(r.pension.accountPension).toBe("90.00");
    expect(r.account.paidOut).toBe("90.00");
    expect(r.account.balance).toBe("5310.00");
    expect(r.pension.monthly).toMatchObject({ month: "2010-02", total: "180.00", basic: "90.00", account: "90.00" });
  });

  it("BB-FAMILY applies to the lump-sum participant too: children not enrolled → no pension", () => {
    const r = evaluateCase({ ...lump, person: { ...lump.person, childrenEnrolled: false } });
    expect(r.pension.eligible).toBe(false);
    expect(r.pension.refusals.map((x) => x.rule)).toEqual(["BB-FAMILY"]);
    expect(r.pension.monthly).toBeNull();
    expect(r.account.paidOut).toBe("0.00");
  });

  // ---------------------------------------------------------------------------------------------
  // BB-BEN-ONECHILD (八(三)) +10 and BB-BEN-AGE70 (八(四)) +10 from the month after the 70th
  // birthday's month. Born 1940-06-15 (69 on 2009-09-01, old cohort), a one-child parent:
  // 70 on 2010-06-15 → +10 from 2010-07.
  // ---------------------------------------------------------------------------------------------
  it("BB-BEN-ONECHILD, BB-BEN-AGE70: 80 + 10, and + 10 more from the month after the 70th birthday's month", () => {
    const c = {
      region: "beibei",
      asOf: "2010-08-31",
      person: { birthDate: "1940-06-15", sex: "female", statuses: [{ kind: "one-child-parent", from: "1985-01-01" }] },
    };
    const s = benefitSchedule(c, "2010-05", "2010-08");
    expect(s.map((m) => m?.total ?? null)).toEqual(["90.00", "90.00", "100.00", "100.00"]);
    expect(s.map((m) => m?.basic ?? null)).toEqual(["90.00", "90.00", "100.00", "100.00"]);
    expect(lines(s[1])).toEqual({ "BB-BEN-BASIC": "80.00", "BB-BEN-ONECHILD": "10.00" }); // June: the birthday month
    expect(lines(s[2])).toEqual({ "BB-BEN-BASIC": "80.00", "BB-BEN-ONECHILD": "10.00", "BB-BEN-AGE70": "10.00" });
    const r = evaluateCase(c);
    expect(r.pension.monthly).toMatchObject({ month: "2010-08", total: "100.00", basic: "100.00", account: "0.00" });
  });

  // ---------------------------------------------------------------------------------------------
  // BEN-DIVISOR draw-down to exhaustion: the lump-sum participant above (3600, S = 60 from
  // 2009-11). A full year of 12 draws of 60 weighs 60 × (11 + 10 + … + 0)/12 = 60 × 66/12 = 330.
  // When the balance cannot cover a month the account pays what is left and the fund the rest;
  // the monthly account pension stays 60 (conventions.md "Pension"). Basic pension after
  // 2014-06-30 is unknown: 95 supplied as a fixture.
  // ---------------------------------------------------------------------------------------------
  const drawn = {
    ...lump,
    asOf: "2016-01-31",
    options: { parameters: { "BB-BEN-BASIC": [{ from: "2014-07-01", value: "95", citation: fixture }] } },
  };

  it("BEN-DIVISOR: the account pays 60 a month while it lasts, then the fund pays (fundPaid); monthly account stays 60", () => {
    // 2009-11 draw 60.00: personal rest 60.00 → balance 3540.00
    // 2009-12: 1 more draw, each personal 60.00 → balance 3480.00
    // 31 Dec 2009 @2.25%: personal 2.25%×(3600.00×2/12 − 60.00×1/12) = 13.387500 → 13.39 (Σ 13.39) → balance 3493.39
    // 2010-01 draw 60.00: personal rest 60.00 → balance 3433.39
    // 2010-02..2010-12: 11 more draws, each personal 60.00 → balance 2773.39
    // 31 Dec 2010 @2.25%: personal 2.25%×(3493.39 − 60.00×(11+…+1)/12) = 71.176275 → 71.18 (Σ 71.18) → balance 2844.57
    // 2011-01 draw 60.00: personal rest 60.00 → balance 2784.57
    // 2011-02..2011-12: 11 more draws, each personal 60.00 → balance 2124.57
    // 31 Dec 2011 @2.75%: personal 2.75%×(2844.57 − 60.00×(11+…+1)/12) = 69.150675 → 69.15 (Σ 69.15) → balance 2193.72
    // 2012-01 draw 60.00: personal rest 60.00 → balance 2133.72
    // 2012-02..2012-12: 11 more draws, each personal 60.00 → balance 1473.72
    // 31 Dec 2012 @3.5%: personal 3.5%×(2193.72 − 60.00×(11+…+1)/12) = 65.230200 → 65.23 (Σ 65.23) → balance 1538.95
    // 2013-01 draw 60.00: personal rest 60.00 → balance 1478.95
    // 2013-02..2013-12: 11 more draws, each personal 60.00 → balance 818.95
    // 31 Dec 2013 @3%: personal 3%×(1538.95 − 60.00×(11+…+1)/12) = 36.268500 → 36.27 (Σ 36.27) → balance 855.22
    // 2014-01 draw 60.00: personal rest 60.00 → balance 795.22
    // 2014-02..2014-12: 11 more draws, each personal 60.00 → balance 135.22
    // 31 Dec 2014 @3%: personal 3%×(855.22 − 60.00×(11+…+1)/12) = 15.756600 → 15.76 (Σ 15.76) → balance 150.98
    // 2015-01 draw 60.00: personal rest 60.00 → balance 90.98
    // 2015-02: 1 more draw, each personal 60.00 → balance 30.98
    // 2015-03 draw 60.00: personal 30.98 (all that is left), fund pays 29.02 → balance 0.00
    // 2015-04 draw 60.00: account empty, fund pays 60.00 → balance 0.00
    // 2015-05..2015-12: 8 more draws, each account empty, fund pays 60.00 → balance 0.00
    // 31 Dec 2015 @2.75%: personal 2.75%×(150.98 − 60.00×(11+10)/12 − 30.98×9/12) = 0.625487 → 0.63 (Σ 0.63) → balance 0.63
    // 2016-01 draw 60.00: personal 0.63 (all that is left), fund pays 59.37 → balance 0.00
    // → balance 0.00 []; paidOut 3871.61, fundPaid 628.39
    const r = evaluateCase(drawn);
    expect(r.pension.accountPension).toBe("60.00");
    expect(r.account.interestByYear).toEqual({
      "2009": "13.39",
      "2010": "71.18",
      "2011": "69.15",
      "2012": "65.23",
      "2013": "36.27",
      "2014": "15.76",
      "2015": "0.63",
    });
    // paidOut = everything credited: 3600 + 13.39 + 71.18 + 69.15 + 65.23 + 36.27 + 15.76 + 0.63 = 3871.61
    expect(r.account.paidOut).toBe("3871.61");
    // 75 months (2009-11..2016-01) × 60 = 4500; 4500 − 3871.61 = 628.39
    expect(r.account.fundPaid).toBe("628.39");
    expect(r.account.balance).toBe("0.00");
    // 95 (fixture) + 10 (BB-BEN-AGE70) + 60: the pension does not drop when the account is empty
    expect(r.pension.monthly).toMatchObject({ month: "2016-01", total: "165.00", basic: "105.00", account: "60.00" });
    expect(lines(r.pension.monthly)).toEqual({
      "BB-BEN-BASIC": "95.00",
      "BB-BEN-AGE70": "10.00",
      "BB-BEN-ACCOUNT": "60.00",
    });
  });

  it("BEN-DIVISOR: in the month the balance runs out (2015-03) the account pays the 30.98 left and the fund 29.02", () => {
    // 2009-11..2015-03 = 65 months × 60 = 3900; credited 3600 + 13.39 + 71.18 + 69.15 + 65.23
    // + 36.27 + 15.76 = 3870.98 → fund 3900 − 3870.98 = 29.02.
    const r = evaluateCase({ ...drawn, asOf: "2015-03-31" });
    expect(r.account.paidOut).toBe("3870.98");
    expect(r.account.fundPaid).toBe("29.02");
    expect(r.account.balance).toBe("0.00");
    expect(r.pension.monthly).toMatchObject({ month: "2015-03", total: "165.00", account: "60.00" });
  });
});
