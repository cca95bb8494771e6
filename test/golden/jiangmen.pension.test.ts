/**
 * Golden cases, Jiangmen 江门 (rules.md JM-*): pension eligibility and the monthly benefit by hand,
 * from seed 003 (2023年江门市城乡居民基本养老保险参保工作方案, sections 三, 四, 六(二)) and the
 * national rules. Tiers and subsidies are known from contribution year 2023 (JM-PAY-TIERS,
 * JM-SUB: 600 and above → 60, split 20/20/20; 120–360 → 30, split 10/10/10). Interest JM-INT:
 * NAT-RATE-PBOC on 1 January, 1.50% from 2016 on; monthly method. JM-BEN-BASIC: 200 known
 * 2023-09-28..2023-12-31 only; later years are supplied as a test fixture. Scheme start unknown
 * (JM-SCHEME-START): COHORT bounds it between 2009-09-01 and 2014-02-21.
 */
import { describe, expect, it } from "vitest";
import { benefitSchedule, evaluateCase, isPensionInputError, type MonthlyBenefit } from "../../src";

/** The benefit lines with a non-zero amount, by rule (a zero top-up may be listed or left out). */
function lines(m: MonthlyBenefit | null | undefined): Record<string, string> {
  return Object.fromEntries((m?.lines ?? []).filter((l) => l.amount !== "0.00").map((l) => [l.rule, l.amount]));
}

const fixture = "test fixture: value not in the sources, supplied for the golden case";
const basic300 = { "JM-BEN-BASIC": [{ from: "2037-01-01", value: "300", citation: fixture }] };
const yearly600 = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, date: `${from + i}-03-01`, amount: "600" }));

describe("Jiangmen — pension (JM-ELIG, JM-AT-60, JM-BEN-*)", () => {
  // ---------------------------------------------------------------------------------------------
  // JM-ELIG (国发〔2014〕8号): born 1977-05-12, under 45 on 2014-02-21 → 15 years whatever the
  // scheme start (COHORT). Pays 600 on 1 March 2023–2037 (+60 each). The 60th year 2037 is paid
  // before the birthday (JM-AT-60 satisfied). 60 on 2037-05-12 → first month 2037-06; closing at
  // the end of 2037-05; divisor 139 (JM-BEN-ACCOUNT, 四 "个人账户储存额除以计发月数").
  // ---------------------------------------------------------------------------------------------
  const regular = {
    region: "jiangmen",
    asOf: "2037-07-31",
    person: { birthDate: "1977-05-12", sex: "male" },
    payments: yearly600(2023, 2037),
    options: { parameters: basic300 },
  };

  it("JM-ELIG, JM-BEN-ACCOUNT: 15 years; account pension = closing balance ÷ 139", () => {
    // 31 Dec 2023 @1.5%: personal 1.5%×(600.00×9/12) = 6.75 → 6.75; subsidy 1.5%×(60.00×9/12) = 0.675000 → 0.68 (Σ 7.43) → balance 667.43 [personal 606.75, subsidy 60.68]
    // 31 Dec 2024 @1.5%: personal 1.5%×(606.75 + 600.00×9/12) = 15.851250 → 15.85; subsidy 1.5%×(60.68 + 60.00×9/12) = 1.585200 → 1.59 (Σ 17.44) → balance 1344.87 [personal 1222.60, subsidy 122.27]
    // 31 Dec 2025 @1.5%: personal 1.5%×(1222.60 + 600.00×9/12) = 25.089000 → 25.09; subsidy 1.5%×(122.27 + 60.00×9/12) = 2.509050 → 2.51 (Σ 27.60) → balance 2032.47 [personal 1847.69, subsidy 184.78]
    // 31 Dec 2026 @1.5%: personal 1.5%×(1847.69 + 600.00×9/12) = 34.465350 → 34.47; subsidy 1.5%×(184.78 + 60.00×9/12) = 3.446700 → 3.45 (Σ 37.92) → balance 2730.39 [personal 2482.16, subsidy 248.23]
    // 31 Dec 2027 @1.5%: personal 1.5%×(2482.16 + 600.00×9/12) = 43.982400 → 43.98; subsidy 1.5%×(248.23 + 60.00×9/12) = 4.398450 → 4.40 (Σ 48.38) → balance 3438.77 [personal 3126.14, subsidy 312.63]
    // 31 Dec 2028 @1.5%: personal 1.5%×(3126.14 + 600.00×9/12) = 53.642100 → 53.64; subsidy 1.5%×(312.63 + 60.00×9/12) = 5.364450 → 5.36 (Σ 59.00) → balance 4157.77 [personal 3779.78, subsidy 377.99]
    // 31 Dec 2029 @1.5%: personal 1.5%×(3779.78 + 600.00×9/12) = 63.446700 → 63.45; subsidy 1.5%×(377.99 + 60.00×9/12) = 6.344850 → 6.34 (Σ 69.79) → balance 4887.56 [personal 4443.23, subsidy 444.33]
    // 31 Dec 2030 @1.5%: personal 1.5%×(4443.23 + 600.00×9/12) = 73.398450 → 73.40; subsidy 1.5%×(444.33 + 60.00×9/12) = 7.339950 → 7.34 (Σ 80.74) → balance 5628.30 [personal 5116.63, subsidy 511.67]
    // 31 Dec 2031 @1.5%: personal 1.5%×(5116.63 + 600.00×9/12) = 83.499450 → 83.50; subsidy 1.5%×(511.67 + 60.00×9/12) = 8.350050 → 8.35 (Σ 91.85) → balance 6380.15 [personal 5800.13, subsidy 580.02]
    // 31 Dec 2032 @1.5%: personal 1.5%×(5800.13 + 600.00×9/12) = 93.751950 → 93.75; subsidy 1.5%×(580.02 + 60.00×9/12) = 9.375300 → 9.38 (Σ 103.13) → balance 7143.28 [personal 6493.88, subsidy 649.40]
    // 31 Dec 2033 @1.5%: personal 1.5%×(6493.88 + 600.00×9/12) = 104.158200 → 104.16; subsidy 1.5%×(649.40 + 60.00×9/12) = 10.416000 → 10.42 (Σ 114.58) → balance 7917.86 [personal 7198.04, subsidy 719.82]
    // 31 Dec 2034 @1.5%: personal 1.5%×(7198.04 + 600.00×9/12) = 114.720600 → 114.72; subsidy 1.5%×(719.82 + 60.00×9/12) = 11.472300 → 11.47 (Σ 126.19) → balance 8704.05 [personal 7912.76, subsidy 791.29]
    // 31 Dec 2035 @1.5%: personal 1.5%×(7912.76 + 600.00×9/12) = 125.441400 → 125.44; subsidy 1.5%×(791.29 + 60.00×9/12) = 12.544350 → 12.54 (Σ 137.98) → balance 9502.03 [personal 8638.20, subsidy 863.83]
    // 31 Dec 2036 @1.5%: personal 1.5%×(8638.20 + 600.00×9/12) = 136.323000 → 136.32; subsidy 1.5%×(863.83 + 60.00×9/12) = 13.632450 → 13.63 (Σ 149.95) → balance 10311.98 [personal 9374.52, subsidy 937.46]
    // pension-start closing end 2037-05 @1.5%: personal 1.5%×(9374.52×5/12 + 600.00×2/12) = 60.090750 → 60.09; subsidy 1.5%×(937.46×5/12 + 60.00×2/12) = 6.009125 → 6.01 (Σ 66.10) → balance 11038.08 [personal 10034.61, subsidy 1003.47]
    // account pension 11038.08 / 139 = 79.410647… → 79.41 (JM-BEN-ACCOUNT, NAT-DIVISOR 60 → 139)
    // 2037-06 draw 79.41: subsidy round(79.41×1003.47/11038.08) = 7.22, personal rest 72.19 → balance 10958.67 [personal 9962.42, subsidy 996.25]
    // 2037-07: 1 more draw, each subsidy 7.22, personal 72.19 → balance 10879.26 [personal 9890.23, subsidy 989.03]
    // → balance 10879.26 [personal 9890.23, subsidy 989.03]; paidOut 158.82
    const r = evaluateCase(regular);
    expect(r.payments[0]).toMatchObject({
      year: 2023,
      valid: true,
      tier: "600.00",
      subsidy: "60.00",
      subsidyByLevel: { province: "20.00", city: "20.00", county: "20.00" },
    });
    expect(r.contributionYears).toBe(15);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.refusals).toEqual([]);
    expect(r.pension.firstMonth).toBe("2037-06");
    expect(r.pension.accountPension).toBe("79.41");
    expect(r.account.interestByYear).toEqual({
      "2023": "7.43",
      "2024": "17.44",
      "2025": "27.60",
      "2026": "37.92",
      "2027": "48.38",
      "2028": "59.00",
      "2029": "69.79",
      "2030": "80.74",
      "2031": "91.85",
      "2032": "103.13",
      "2033": "114.58",
      "2034": "126.19",
      "2035": "137.98",
      "2036": "149.95",
      "2037": "66.10", // the pension-start closing only
    });
    expect(r.account.balance).toBe("10879.26");
    expect(r.account.components).toEqual({
      personal: "9890.23",
      collective: "0.00",
      subsidy: "989.03",
      proxy: "0.00",
      other: "0.00",
    });
    expect(r.account.paidOut).toBe("158.82"); // 2 × 79.41
    expect(r.account.fundPaid).toBe("0.00");
    expect(r.pension.monthly).toMatchObject({ month: "2037-07", total: "379.41", basic: "300.00", account: "79.41" });
    expect(lines(r.pension.monthly)).toEqual({ "JM-BEN-BASIC": "300.00", "JM-BEN-ACCOUNT": "79.41" });
  });

  // ---------------------------------------------------------------------------------------------
  // Old cohort without a scheme start: born 1949-08-20, 60 on 2009-09-01 (the earliest national
  // start) → old cohort whatever the start (COHORT). FIRST-MONTH: the month after the 60th
  // birthday's month, 2009-09 (no benefit start month is known for Jiangmen). 2023-10: 200 (四).
  // ---------------------------------------------------------------------------------------------
  it("JM-ELIG (COHORT 1): 60 on 2009-09-01 is old cohort without a scheme start; basic pension 200 in 2023-10", () => {
    const r = evaluateCase({
      region: "jiangmen",
      asOf: "2023-10-31",
      person: { birthDate: "1949-08-20", sex: "female" },
    });
    expect(r.contributionYears).toBe(0);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.refusals).toEqual([]);
    expect(r.pension.firstMonth).toBe("2009-09");
    expect(r.pension.monthly).toMatchObject({ month: "2023-10", total: "200.00", basic: "200.00", account: "0.00" });
    expect(lines(r.pension.monthly)).toEqual({ "JM-BEN-BASIC": "200.00" });
    expect(r.account.paidOut).toBe("0.00");
  });

  // ---------------------------------------------------------------------------------------------
  // Transition (COHORT 2) with options.schemeStart 2010-07-01: born 1963-10-15, 46 on the start →
  // min(2010..2023 = 14, 15) = 14 years. Makes up 13 years at 180 (13 × 180 = 2340; MAKE-UP:
  // "也允许补缴", 国发〔2014〕8号; no subsidy) and pays 2023 at 180 (+30, split 10/10/10), all in
  // March 2023. 60 on 2023-10-15 → first month 2023-11; closing at the end of 2023-10.
  // ---------------------------------------------------------------------------------------------
  const transition = {
    region: "jiangmen",
    asOf: "2023-12-31",
    person: { birthDate: "1963-10-15", sex: "female" },
    payments: [
      { year: 2023, date: "2023-03-01", amount: "180" },
      { year: 2023, date: "2023-03-02", amount: "2340", kind: "make-up", years: 13 },
    ],
    options: { schemeStart: "2010-07-01" },
  };

  it("JM-ELIG (COHORT 2), MAKE-UP: 14 years needed, 13 made up + 2023 paid; 200 + account pension", () => {
    // credits in March: personal 180 + 2340 = 2520, subsidy 30
    // pension-start closing end 2023-10 @1.5%: personal 1.5%×(2520.00×7/12) = 22.05 → 22.05; subsidy 1.5%×(30.00×7/12) = 0.262500 → 0.26 (Σ 22.31) → balance 2572.31 [personal 2542.05, subsidy 30.26]
    // account pension 2572.31 / 139 = 18.505827… → 18.51 (JM-BEN-ACCOUNT, NAT-DIVISOR 60 → 139)
    // 2023-11 draw 18.51: subsidy round(18.51×30.26/2572.31) = 0.22, personal rest 18.29 → balance 2553.80 [personal 2523.76, subsidy 30.04]
    // 2023-12: 1 more draw, each subsidy 0.22, personal 18.29 → balance 2535.29 [personal 2505.47, subsidy 29.82]
    // 31 Dec 2023 @1.5%: personal 1.5%×(2542.05×2/12 − 18.29×1/12) = 6.332262 → 6.33; subsidy 1.5%×(30.26×2/12 − 0.22×1/12) = 0.075375 → 0.08 (Σ 6.41) → balance 2541.70 [personal 2511.80, subsidy 29.90]
    // → balance 2541.70 [personal 2511.80, subsidy 29.90]; paidOut 37.02
    const r = evaluateCase(transition);
    expect(r.payments.find((p) => p.kind === "make-up")).toMatchObject({
      valid: true,
      personal: "2340.00",
      subsidy: "0.00",
    });
    expect(r.payments.find((p) => p.kind === "regular")).toMatchObject({
      valid: true,
      tier: "180.00",
      subsidy: "30.00",
      subsidyByLevel: { province: "10.00", city: "10.00", county: "10.00" },
    });
    expect(r.contributionYears).toBe(14);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.firstMonth).toBe("2023-11");
    expect(r.pension.accountPension).toBe("18.51");
    expect(r.account.interestByYear).toEqual({ "2023": "28.72" }); // 22.31 closing + 6.41 on 31 December
    expect(r.account.balance).toBe("2541.70");
    expect(r.account.components).toMatchObject({ personal: "2511.80", subsidy: "29.90" });
    expect(r.account.paidOut).toBe("37.02"); // 2 × 18.51
    expect(r.pension.monthly).toMatchObject({ month: "2023-12", total: "218.51", basic: "200.00", account: "18.51" });
    expect(lines(r.pension.monthly)).toEqual({ "JM-BEN-BASIC": "200.00", "JM-BEN-ACCOUNT": "18.51" });
  });

  it("COHORT: without options.schemeStart the same person (46 on 2009-09-01, 50 on 2014-02-21) is parameter-unknown", () => {
    let err: unknown;
    try {
      evaluateCase({ ...transition, options: {} });
    } catch (e) {
      err = e;
    }
    expect(isPensionInputError(err)).toBe(true);
    expect((err as { code: string }).code).toBe("parameter-unknown");
  });

  it("JM-AT-60, FIRST-MONTH: the same payments made on 2023-11-20 (after the birthday month) → first month 2023-12", () => {
    // 六(二) "参保人达到60周岁时,应缴纳当年城乡居保费…在缴费成功的次日…办理城乡居保待遇申请手续".
    // pension-start closing end 2023-11 @1.5%: personal 1.5%×(0) = 0.00 → 0.00; subsidy 1.5%×(0) = 0.00 → 0.00 (Σ 0.00) → balance 2550.00 [personal 2520.00, subsidy 30.00]
    // account pension 2550.00 / 139 = 18.345324… → 18.35 (JM-BEN-ACCOUNT, NAT-DIVISOR 60 → 139)
    // 2023-12 draw 18.35: subsidy round(18.35×30.00/2550.00) = 0.22, personal rest 18.13 → balance 2531.65 [personal 2501.87, subsidy 29.78]
    // 31 Dec 2023 @1.5%: personal 1.5%×(2520.00×1/12) = 3.15 → 3.15; subsidy 1.5%×(30.00×1/12) = 0.037500 → 0.04 (Σ 3.19) → balance 2534.84 [personal 2505.02, subsidy 29.82]
    // → balance 2534.84 [personal 2505.02, subsidy 29.82]; paidOut 18.35
    const c = {
      ...transition,
      payments: [
        { year: 2023, date: "2023-11-20", amount: "180" },
        { year: 2023, date: "2023-11-21", amount: "2340", kind: "make-up", years: 13 },
      ],
    };
    const r = evaluateCase(c);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.firstMonth).toBe("2023-12");
    expect(r.pension.accountPension).toBe("18.35");
    expect(r.account.interestByYear).toEqual({ "2023": "3.19" });
    expect(r.account.balance).toBe("2534.84");
    expect(r.account.components).toMatchObject({ personal: "2505.02", subsidy: "29.82" });
    expect(r.account.paidOut).toBe("18.35");
    expect(r.pension.monthly).toMatchObject({ month: "2023-12", total: "218.35", basic: "200.00", account: "18.35" });
    expect(benefitSchedule(c, "2023-11", "2023-12").map((m) => m?.total ?? null)).toEqual([null, "218.35"]);
  });

  // ---------------------------------------------------------------------------------------------
  // JM-AT-60 with the years already met: born 1978-05-12 (60 on 2038-05-12), 15 years paid
  // 2023–2037 (600 on 1 March, +60). Until the 2038 contribution is paid the pension waits.
  // ---------------------------------------------------------------------------------------------
  const waits = {
    region: "jiangmen",
    asOf: "2038-06-30",
    person: { birthDate: "1978-05-12", sex: "female" },
    payments: yearly600(2023, 2037),
    options: { parameters: basic300 },
  };

  it("JM-AT-60: 15 years but the 60th year (2038) unpaid → the pension waits (refusal JM-AT-60)", () => {
    // 31 Dec 2023 @1.5%: personal 1.5%×(600.00×9/12) = 6.75 → 6.75; subsidy 1.5%×(60.00×9/12) = 0.675000 → 0.68 (Σ 7.43) → balance 667.43 [personal 606.75, subsidy 60.68]
    // 31 Dec 2024 @1.5%: personal 1.5%×(606.75 + 600.00×9/12) = 15.851250 → 15.85; subsidy 1.5%×(60.68 + 60.00×9/12) = 1.585200 → 1.59 (Σ 17.44) → balance 1344.87 [personal 1222.60, subsidy 122.27]
    // 31 Dec 2025 @1.5%: personal 1.5%×(1222.60 + 600.00×9/12) = 25.089000 → 25.09; subsidy 1.5%×(122.27 + 60.00×9/12) = 2.509050 → 2.51 (Σ 27.60) → balance 2032.47 [personal 1847.69, subsidy 184.78]
    // 31 Dec 2026 @1.5%: personal 1.5%×(1847.69 + 600.00×9/12) = 34.465350 → 34.47; subsidy 1.5%×(184.78 + 60.00×9/12) = 3.446700 → 3.45 (Σ 37.92) → balance 2730.39 [personal 2482.16, subsidy 248.23]
    // 31 Dec 2027 @1.5%: personal 1.5%×(2482.16 + 600.00×9/12) = 43.982400 → 43.98; subsidy 1.5%×(248.23 + 60.00×9/12) = 4.398450 → 4.40 (Σ 48.38) → balance 3438.77 [personal 3126.14, subsidy 312.63]
    // 31 Dec 2028 @1.5%: personal 1.5%×(3126.14 + 600.00×9/12) = 53.642100 → 53.64; subsidy 1.5%×(312.63 + 60.00×9/12) = 5.364450 → 5.36 (Σ 59.00) → balance 4157.77 [personal 3779.78, subsidy 377.99]
    // 31 Dec 2029 @1.5%: personal 1.5%×(3779.78 + 600.00×9/12) = 63.446700 → 63.45; subsidy 1.5%×(377.99 + 60.00×9/12) = 6.344850 → 6.34 (Σ 69.79) → balance 4887.56 [personal 4443.23, subsidy 444.33]
    // 31 Dec 2030 @1.5%: personal 1.5%×(4443.23 + 600.00×9/12) = 73.398450 → 73.40; subsidy 1.5%×(444.33 + 60.00×9/12) = 7.339950 → 7.34 (Σ 80.74) → balance 5628.30 [personal 5116.63, subsidy 511.67]
    // 31 Dec 2031 @1.5%: personal 1.5%×(5116.63 + 600.00×9/12) = 83.499450 → 83.50; subsidy 1.5%×(511.67 + 60.00×9/12) = 8.350050 → 8.35 (Σ 91.85) → balance 6380.15 [personal 5800.13, subsidy 580.02]
    // 31 Dec 2032 @1.5%: personal 1.5%×(5800.13 + 600.00×9/12) = 93.751950 → 93.75; subsidy 1.5%×(580.02 + 60.00×9/12) = 9.375300 → 9.38 (Σ 103.13) → balance 7143.28 [personal 6493.88, subsidy 649.40]
    // 31 Dec 2033 @1.5%: personal 1.5%×(6493.88 + 600.00×9/12) = 104.158200 → 104.16; subsidy 1.5%×(649.40 + 60.00×9/12) = 10.416000 → 10.42 (Σ 114.58) → balance 7917.86 [personal 7198.04, subsidy 719.82]
    // 31 Dec 2034 @1.5%: personal 1.5%×(7198.04 + 600.00×9/12) = 114.720600 → 114.72; subsidy 1.5%×(719.82 + 60.00×9/12) = 11.472300 → 11.47 (Σ 126.19) → balance 8704.05 [personal 7912.76, subsidy 791.29]
    // 31 Dec 2035 @1.5%: personal 1.5%×(7912.76 + 600.00×9/12) = 125.441400 → 125.44; subsidy 1.5%×(791.29 + 60.00×9/12) = 12.544350 → 12.54 (Σ 137.98) → balance 9502.03 [personal 8638.20, subsidy 863.83]
    // 31 Dec 2036 @1.5%: personal 1.5%×(8638.20 + 600.00×9/12) = 136.323000 → 136.32; subsidy 1.5%×(863.83 + 60.00×9/12) = 13.632450 → 13.63 (Σ 149.95) → balance 10311.98 [personal 9374.52, subsidy 937.46]
    // 31 Dec 2037 @1.5%: personal 1.5%×(9374.52 + 600.00×9/12) = 147.367800 → 147.37; subsidy 1.5%×(937.46 + 60.00×9/12) = 14.736900 → 14.74 (Σ 162.11) → balance 11134.09 [personal 10121.89, subsidy 1012.20]
    // → balance 11134.09 [personal 10121.89, subsidy 1012.20]; paidOut 0.00
    const r = evaluateCase(waits);
    expect(r.contributionYears).toBe(15);
    expect(r.pension.eligible).toBe(false);
    expect(r.pension.refusals.map((x) => x.rule)).toEqual(["JM-AT-60"]);
    expect(r.pension.firstMonth).toBeNull();
    expect(r.pension.monthly).toBeNull();
    expect(r.account.interestByYear["2037"]).toBe("162.11");
    expect(r.account.balance).toBe("11134.09");
    expect(r.account.components).toMatchObject({ personal: "10121.89", subsidy: "1012.20" });
    expect(r.account.paidOut).toBe("0.00");
  });

  it("JM-AT-60: 2038 paid on 2038-07-20 → the pension starts the month after the payment, 2038-08 (not 2038-06)", () => {
    // 2023..2037 as in the case above: balance 31 Dec 2037 11134.09 [personal 10121.89, subsidy 1012.20]
    // pension-start closing end 2038-07 @1.5%: personal 1.5%×(10121.89×7/12) = 88.566537 → 88.57; subsidy 1.5%×(1012.20×7/12) = 8.856750 → 8.86 (Σ 97.43) → balance 11891.52 [personal 10810.46, subsidy 1081.06]
    // account pension 11891.52 / 139 = 85.550504… → 85.55 (JM-BEN-ACCOUNT, NAT-DIVISOR 60 → 139)
    // 2038-08 draw 85.55: subsidy round(85.55×1081.06/11891.52) = 7.78, personal rest 77.77 → balance 11805.97 [personal 10732.69, subsidy 1073.28]
    // → balance 11805.97 [personal 10732.69, subsidy 1073.28]; paidOut 85.55
    const c = {
      ...waits,
      asOf: "2038-08-31",
      payments: [...waits.payments, { year: 2038, date: "2038-07-20", amount: "600" }],
    };
    const r = evaluateCase(c);
    expect(r.contributionYears).toBe(16);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.firstMonth).toBe("2038-08");
    expect(r.pension.accountPension).toBe("85.55");
    expect(r.account.interestByYear["2038"]).toBe("97.43");
    expect(r.account.balance).toBe("11805.97");
    expect(r.account.components).toMatchObject({ personal: "10732.69", subsidy: "1073.28" });
    expect(r.account.paidOut).toBe("85.55");
    expect(r.pension.monthly).toMatchObject({ month: "2038-08", total: "385.55", basic: "300.00", account: "85.55" });
    expect(benefitSchedule(c, "2038-06", "2038-08").map((m) => m?.total ?? null)).toEqual([null, null, "385.55"]);
  });
});
