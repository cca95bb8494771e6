import { describe, expect, it } from "vitest";
import { evaluateCase, type CaseInput, type CaseResult, type PaymentResult } from "../../src";

/**
 * Policy-rule refusals (conventions.md "Errors": refusals are results, not errors). Each test
 * asserts the refusal's rule id (rules.md), that the refused entry is `valid: false` with tier null
 * and every amount 0.00 (case-format.md: "refused ones with valid: false and 0.00 amounts"), and
 * that nothing of it reached the account (PAY-VALIDITY: "a refused payment is never credited"):
 * the account and the contribution years equal those of the same case without the refused entry.
 */

type Payment = NonNullable<CaseInput["payments"]>[number];

const ZERO_ACCOUNT = {
  balance: "0.00",
  components: { personal: "0.00", collective: "0.00", subsidy: "0.00", proxy: "0.00", other: "0.00" },
  interestByYear: {},
  paidOut: "0.00",
  fundPaid: "0.00",
  drawsByYear: {},
};

function find(r: CaseResult, year: number, date: string): PaymentResult {
  const hits = r.payments.filter((p) => p.year === year && p.date === date);
  expect(hits, `one result entry for ${year} paid ${date}`).toHaveLength(1);
  return hits[0]!;
}

/** The entry is refused by `rule`, with 0.00 amounts. */
function expectRefused(p: PaymentResult, rule: string): void {
  expect(p.valid).toBe(false);
  expect(p.refusals.map((x) => x.rule)).toContain(rule);
  for (const x of p.refusals) expect(x.message.trim()).not.toBe("");
  expect({
    tier: p.tier,
    personal: p.personal,
    proxy: p.proxy,
    subsidy: p.subsidy,
    subsidyByLevel: p.subsidyByLevel,
    collective: p.collective,
    other: p.other,
  }).toEqual({
    tier: null,
    personal: "0.00",
    proxy: "0.00",
    subsidy: "0.00",
    subsidyByLevel: null,
    collective: "0.00",
    other: "0.00",
  });
}

/** Nothing of the refused entries was credited: same account and years as without them. */
function expectNothingCredited(c: CaseInput, r: CaseResult, refused: readonly Payment[]): void {
  const without = evaluateCase({ ...c, payments: (c.payments ?? []).filter((p) => !refused.includes(p)) });
  expect(r.account).toEqual(without.account);
  expect(r.contributionYears).toBe(without.contributionYears);
}

/** Evaluate `c`, check that `refused` (entries of `c.payments`) are refused by `rule` and credited nothing. */
function refusedCase(c: CaseInput, rule: string, refused: readonly Payment[]): CaseResult {
  const r = evaluateCase(c);
  for (const p of refused) expectRefused(find(r, p.year, p.date), rule);
  expectNothingCredited(c, r, refused);
  return r;
}

describe("PAY-VALIDITY", () => {
  it("PAY-VALIDITY: an amount that is not a tier (QN 250) is refused", () => {
    const pay: Payment = { year: 2012, date: "2012-03-01", amount: "250" };
    const r = refusedCase(
      { region: "qiannan", asOf: "2012-12-31", person: { birthDate: "1980-01-01", sex: "male" }, payments: [pay] },
      "PAY-VALIDITY",
      [pay],
    );
    expect(r.account).toEqual(ZERO_ACCOUNT);
    expect(r.contributionYears).toBe(0);
  });

  it("PAY-VALIDITY: a proxy-only entry (amount 0) with no proxy group is not a tier", () => {
    const pay: Payment = { year: 2012, date: "2012-03-01", amount: "0" };
    const r = refusedCase(
      { region: "qiannan", asOf: "2012-12-31", person: { birthDate: "1980-01-01", sex: "male" }, payments: [pay] },
      "PAY-VALIDITY",
      [pay],
    );
    expect(r.account).toEqual(ZERO_ACCOUNT);
  });

  it("PAY-VALIDITY NX-PAY-MULTI: Ningxia entries summing to a non-tier (300 + 100 = 400) are all refused", () => {
    const a: Payment = { year: 2022, date: "2022-03-01", amount: "300" };
    const b: Payment = { year: 2022, date: "2022-05-01", amount: "100" };
    const r = refusedCase(
      { region: "ningxia", asOf: "2022-12-31", person: { birthDate: "1980-01-01", sex: "female" }, payments: [a, b] },
      "PAY-VALIDITY",
      [a, b],
    );
    expect(r.account).toEqual(ZERO_ACCOUNT);
    expect(r.contributionYears).toBe(0);
  });

  it("PAY-VALIDITY QN-PROXY: severe disability without 低保, amount 0 — the proxy 50 alone is not a tier", () => {
    const pay: Payment = { year: 2012, date: "2012-03-01", amount: "0" };
    const r = refusedCase(
      {
        region: "qiannan",
        asOf: "2012-12-31",
        person: { birthDate: "1980-01-01", sex: "male", statuses: [{ kind: "severe-disability", from: "2010-01-01" }] },
        payments: [pay],
      },
      "PAY-VALIDITY",
      [pay],
    );
    expect(r.account).toEqual(ZERO_ACCOUNT);
  });

  it("PAY-VALIDITY QN-PROXY: a back-paid proxy-only year gets no proxy (severe disability + 低保), so 0 is not a tier", () => {
    const pay: Payment = { year: 2012, date: "2013-03-01", amount: "0" };
    const r = refusedCase(
      {
        region: "qiannan",
        asOf: "2013-12-31",
        person: {
          birthDate: "1980-01-01",
          sex: "male",
          statuses: [
            { kind: "severe-disability", from: "2010-01-01" },
            { kind: "dibao", from: "2010-01-01" },
          ],
        },
        payments: [pay],
      },
      "PAY-VALIDITY",
      [pay],
    );
    expect(find(r, 2012, "2013-03-01").kind).toBe("back-payment");
    expect(r.account).toEqual(ZERO_ACCOUNT);
  });

  it("PAY-VALIDITY: 100 is the hardship groups' own tier — refused for anyone else (Ningxia from 2021, Jiangmen 120)", () => {
    const nx: Payment = { year: 2022, date: "2022-03-01", amount: "100" };
    refusedCase(
      { region: "ningxia", asOf: "2022-12-31", person: { birthDate: "1980-01-01", sex: "male" }, payments: [nx] },
      "PAY-VALIDITY",
      [nx],
    );
    const jm: Payment = { year: 2023, date: "2023-03-01", amount: "120" };
    refusedCase(
      { region: "jiangmen", asOf: "2023-12-31", person: { birthDate: "1980-01-01", sex: "male" }, payments: [jm] },
      "PAY-VALIDITY",
      [jm],
    );
  });

  it("PAY-VALIDITY: a payment dated after asOf is refused", () => {
    const pay: Payment = { year: 2012, date: "2012-09-01", amount: "200" };
    const r = refusedCase(
      { region: "qiannan", asOf: "2012-06-30", person: { birthDate: "1980-01-01", sex: "male" }, payments: [pay] },
      "PAY-VALIDITY",
      [pay],
    );
    expect(r.account).toEqual(ZERO_ACCOUNT);
  });

  it("PAY-VALIDITY: Ningxia has no back-payment rule — 2021 paid on 2022-01-10 is refused", () => {
    const late: Payment = { year: 2021, date: "2022-01-10", amount: "300" };
    const ok: Payment = { year: 2022, date: "2022-01-10", amount: "300" };
    const r = refusedCase(
      { region: "ningxia", asOf: "2022-12-31", person: { birthDate: "1980-01-01", sex: "male" }, payments: [late, ok] },
      "PAY-VALIDITY",
      [late],
    );
    // the 2022 entry paid the same day stays valid: 300 → 50 (NX-SUB)
    expect(find(r, 2022, "2022-01-10")).toMatchObject({ valid: true, tier: "300.00", subsidy: "50.00" });
    expect(r.contributionYears).toBe(1);
  });

  it("PAY-VALIDITY: Cixi has no back-payment rule — 2011 paid on 2012-01-03 is refused", () => {
    const late: Payment = { year: 2011, date: "2012-01-03", amount: "300" };
    const r = refusedCase(
      { region: "cixi", asOf: "2012-12-31", person: { birthDate: "1980-01-01", sex: "male" }, payments: [late] },
      "PAY-VALIDITY",
      [late],
    );
    expect(r.account).toEqual(ZERO_ACCOUNT);
  });
});

describe("late payments by region", () => {
  it("QN-PAY-DEADLINE: not a refusal — paid 11 December is a valid back-payment without subsidy", () => {
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2012-12-31",
      person: { birthDate: "1980-01-01", sex: "male" },
      payments: [{ year: 2012, date: "2012-12-11", amount: "200" }],
    });
    // 第七条: 缴费截止日为12月10日, 缴费中断的，可以跨年度补缴; 第八条: 补缴…政府不予补贴
    expect(r.payments).toEqual([
      {
        year: 2012,
        date: "2012-12-11",
        kind: "back-payment",
        valid: true,
        tier: "200.00",
        personal: "200.00",
        proxy: "0.00",
        subsidy: "0.00",
        subsidyByLevel: null,
        collective: "0.00",
        other: "0.00",
        refusals: [],
      },
    ]);
    expect(r.contributionYears).toBe(1);
    // a December credit earns nothing in its year (12 − 12 = 0): balance 200.00, no interest yet
    expect(r.account).toEqual({
      ...ZERO_ACCOUNT,
      balance: "200.00",
      components: { ...ZERO_ACCOUNT.components, personal: "200.00" },
    });
  });

  it("JM-PAY-LATE: 2023 paid on 2024-01-05 is refused (原则上不允计补缴)", () => {
    const late: Payment = { year: 2023, date: "2024-01-05", amount: "360" };
    const r = refusedCase(
      { region: "jiangmen", asOf: "2024-12-31", person: { birthDate: "1980-01-01", sex: "male" }, payments: [late] },
      "JM-PAY-LATE",
      [late],
    );
    expect(r.account).toEqual(ZERO_ACCOUNT);
  });

  it("BB-PAY-LATE: 2010 paid two years later (2012-03-01) is refused (逾期不再补缴)", () => {
    const late: Payment = { year: 2010, date: "2012-03-01", amount: "200" };
    const r = refusedCase(
      { region: "beibei", asOf: "2012-12-31", person: { birthDate: "1980-01-01", sex: "male" }, payments: [late] },
      "BB-PAY-LATE",
      [late],
    );
    expect(r.account).toEqual(ZERO_ACCOUNT);
  });
});

describe("QN-PAY-AT-60", () => {
  // Born 1953-05-10: 58 on the scheme start 2011-07-01 (QN-ELIG cohort (2)); 60th birthday's year 2013,
  // birthday month 2013-05; contribution years needed: 2011, 2012, 2013 → 3.
  const person = { birthDate: "1953-05-10", sex: "male" } as const;

  it("QN-PAY-AT-60: the 60th year paid in the birthday month (2013-05-02) is refused (应在年满60周岁的当月之前缴纳)", () => {
    const atBirthdayMonth: Payment = { year: 2013, date: "2013-05-02", amount: "200" };
    const r = refusedCase(
      {
        region: "qiannan",
        asOf: "2013-12-31",
        person,
        payments: [
          { year: 2011, date: "2011-08-01", amount: "200" },
          { year: 2012, date: "2012-04-01", amount: "200" },
          atBirthdayMonth,
        ],
      },
      "QN-PAY-AT-60",
      [atBirthdayMonth],
    );
    expect(r.contributionYears).toBe(2);
  });

  it("QN-PAY-AT-60: contrast — the 60th year paid in the month before the birthday month (2013-04-30) is valid", () => {
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2013-05-31",
      person,
      payments: [
        { year: 2011, date: "2011-08-01", amount: "200" },
        { year: 2012, date: "2012-04-01", amount: "200" },
        { year: 2013, date: "2013-04-30", amount: "200" },
      ],
    });
    expect(find(r, 2013, "2013-04-30")).toMatchObject({
      valid: true,
      kind: "regular",
      tier: "200.00",
      subsidy: "30.00",
      refusals: [],
    });
    expect(r.contributionYears).toBe(3);
  });

  it("QN-PAY-AT-60: a year after the 60th birthday's year (2014) is refused", () => {
    const after: Payment = { year: 2014, date: "2014-02-01", amount: "200" };
    const r = refusedCase(
      {
        region: "qiannan",
        asOf: "2014-12-31",
        person,
        payments: [
          { year: 2011, date: "2011-08-01", amount: "200" },
          { year: 2012, date: "2012-04-01", amount: "200" },
          after,
        ],
      },
      "QN-PAY-AT-60",
      [after],
    );
    expect(r.contributionYears).toBe(2);
  });

  it("QN-PAY-AT-60: a payment after the pension started is refused (领取养老金后不得再缴费)", () => {
    // 2011 regular + a 2-year make-up (cohort (2) may make up, MAKE-UP) = 3 years → pension from 2013-06;
    // 2012 then back-paid on 2013-09-01, after the pension started.
    const afterStart: Payment = { year: 2012, date: "2013-09-01", amount: "300" };
    const r = refusedCase(
      {
        region: "qiannan",
        asOf: "2013-12-31",
        person,
        payments: [
          { year: 2011, date: "2011-08-01", amount: "300" },
          { year: 2012, date: "2012-03-01", amount: "600", kind: "make-up", years: 2 },
          afterStart,
        ],
      },
      "QN-PAY-AT-60",
      [afterStart],
    );
    expect(r.pension.firstMonth).toBe("2013-06");
    expect(r.contributionYears).toBe(3);
  });
});

describe("enrolment (ENR)", () => {
  it.each([
    { region: "qiannan", rule: "QN-ENR", year: 2015, amount: "200" },
    { region: "jiangmen", rule: "JM-ENR", year: 2023, amount: "360" },
    { region: "beibei", rule: "BB-ENR", year: 2015, amount: "200" },
  ] as const)("$rule: a payment before the age of 16 is refused ($region)", ({ region, rule, year, amount }) => {
    // born 1 March: 15 on 1 June of the payment year
    const pay: Payment = { year, date: `${year}-06-01`, amount };
    const r = refusedCase(
      { region, asOf: `${year}-12-31`, person: { birthDate: `${year - 15}-03-01`, sex: "female" }, payments: [pay] },
      rule,
      [pay],
    );
    expect(r.account).toEqual(ZERO_ACCOUNT);
  });

  it.each([
    { region: "qiannan", rule: "QN-ENR", year: 2016, amount: "200" },
    { region: "jiangmen", rule: "JM-ENR", year: 2023, amount: "360" },
    { region: "beibei", rule: "BB-ENR", year: 2016, amount: "200" },
  ] as const)("$rule: a payment by a student (在校学生) is refused ($region)", ({ region, rule, year, amount }) => {
    // 18 on the payment date, a student from the September two years before until the June two years after
    const pay: Payment = { year, date: `${year}-05-01`, amount };
    const r = refusedCase(
      {
        region,
        asOf: `${year}-12-31`,
        person: {
          birthDate: `${year - 18}-03-01`,
          sex: "male",
          statuses: [{ kind: "student", from: `${year - 2}-09-01`, until: `${year + 2}-06-30` }],
        },
        payments: [pay],
      },
      rule,
      [pay],
    );
    expect(r.account).toEqual(ZERO_ACCOUNT);
  });
});

describe("Qiannan suspensions", () => {
  it("QN-SEAL: no payment while under the employees' pension; the sealed account keeps earning interest", () => {
    const sealed: Payment = { year: 2013, date: "2013-05-01", amount: "200" };
    const r = refusedCase(
      {
        region: "qiannan",
        asOf: "2013-12-31",
        person: {
          birthDate: "1980-08-08",
          sex: "female",
          statuses: [{ kind: "employee-pension", from: "2013-01-01" }],
        },
        payments: [{ year: 2012, date: "2012-03-15", amount: "200" }, sealed],
      },
      "QN-SEAL",
      [sealed],
    );
    // 2012, r = 3.50% (QN highest), March: personal 200 × 3.5% × 9/12 = 5.25; subsidy 30 × 3.5% × 9/12 = 0.7875 → 0.79
    // 2013, r = 3.00% (第十五条 个人账户储存额按有关规定继续计息): personal 205.25 × 3% = 6.1575 → 6.16;
    //   subsidy 30.79 × 3% = 0.9237 → 0.92; 2013 = 7.08; balance 211.41 + 31.71 = 243.12
    expect(r.account).toEqual({
      balance: "243.12",
      components: { personal: "211.41", collective: "0.00", subsidy: "31.71", proxy: "0.00", other: "0.00" },
      interestByYear: { "2012": "6.04", "2013": "7.08" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
    expect(r.contributionYears).toBe(1);
  });

  it("QN-PRISON: no payment while imprisoned (服刑…期间，不得缴纳养老保险费)", () => {
    const inPrison: Payment = { year: 2013, date: "2013-06-01", amount: "200" };
    const r = refusedCase(
      {
        region: "qiannan",
        asOf: "2013-12-31",
        person: {
          birthDate: "1980-08-08",
          sex: "male",
          statuses: [{ kind: "imprisoned", from: "2013-01-01", until: "2014-12-31" }],
        },
        payments: [inPrison],
      },
      "QN-PRISON",
      [inPrison],
    );
    expect(r.account).toEqual(ZERO_ACCOUNT);
  });

  it("SUSPEND: in Beibei imprisonment does NOT refuse a payment (QN-PRISON is in Qiannan's text only)", () => {
    const r = evaluateCase({
      region: "beibei",
      asOf: "2013-12-31",
      person: {
        birthDate: "1980-08-08",
        sex: "male",
        statuses: [{ kind: "imprisoned", from: "2013-01-01", until: "2014-12-31" }],
      },
      payments: [{ year: 2013, date: "2013-06-01", amount: "200" }],
    });
    expect(r.payments).toEqual([
      {
        year: 2013,
        date: "2013-06-01",
        kind: "regular",
        valid: true,
        tier: "200.00",
        personal: "200.00",
        proxy: "0.00",
        subsidy: "30.00",
        subsidyByLevel: null,
        collective: "0.00",
        other: "0.00",
        refusals: [],
      },
    ]);
    // 2013, r = 3.00% (PBoC on 1 January, BB-INT), June (m = 6): personal 200 × 3% × 6/12 = 3.00;
    //   subsidy 30 × 3% × 6/12 = 0.45; 2013 = 3.45; balance 203.00 + 30.45 = 233.45
    expect(r.account).toEqual({
      balance: "233.45",
      components: { personal: "203.00", collective: "0.00", subsidy: "30.45", proxy: "0.00", other: "0.00" },
      interestByYear: { "2013": "3.45" },
      paidOut: "0.00",
      fundPaid: "0.00",
      drawsByYear: {},
    });
    expect(r.contributionYears).toBe(1);
  });
});

describe("one payment a year outside Ningxia", () => {
  it.each([
    { region: "qiannan", rule: "QN-PAY-TIERS", year: 2012, first: "200", second: "300" },
    { region: "jiangmen", rule: "JM-PAY-TIERS", year: 2023, first: "360", second: "240" },
    { region: "beibei", rule: "BB-PAY-TIERS", year: 2012, first: "200", second: "200" },
    { region: "cixi", rule: "CX-PAY-TIERS", year: 2012, first: "300", second: "500" },
  ] as const)(
    "$rule: a second payment for the same year is refused, the first stays valid ($region)",
    ({ region, rule, year, first, second }) => {
      const a: Payment = { year, date: `${year}-03-01`, amount: first };
      const b: Payment = { year, date: `${year}-06-01`, amount: second };
      const r = refusedCase(
        { region, asOf: `${year}-12-31`, person: { birthDate: "1980-01-01", sex: "male" }, payments: [a, b] },
        rule,
        [b],
      );
      expect(find(r, year, a.date)).toMatchObject({
        valid: true,
        tier: `${first}.00`,
        personal: `${first}.00`,
        refusals: [],
      });
      expect(r.contributionYears).toBe(1);
    },
  );
});

describe("collective and cohort caps", () => {
  it("JM-COLLECTIVE: a collective payment above 4800 (the highest tier) refuses the entry", () => {
    const pay: Payment = { year: 2023, date: "2023-05-01", amount: "360", collective: "5000" };
    const r = refusedCase(
      { region: "jiangmen", asOf: "2023-12-31", person: { birthDate: "1980-01-01", sex: "female" }, payments: [pay] },
      "JM-COLLECTIVE",
      [pay],
    );
    expect(r.account).toEqual(ZERO_ACCOUNT);
    expect(r.contributionYears).toBe(0);
  });

  it("COHORT: a transition-cohort make-up taking the total above 15 is refused (QN 第二十一条(二) 累计缴费不得超过15年)", () => {
    // born 1952-08-01: 58 on 2011-07-01 → cohort (2); 2011 paid → 1 year; a 15-year make-up would make 16
    const makeUp: Payment = { year: 2012, date: "2012-03-01", amount: "1500", kind: "make-up", years: 15 };
    const r = refusedCase(
      {
        region: "qiannan",
        asOf: "2012-06-30",
        person: { birthDate: "1952-08-01", sex: "male" },
        payments: [{ year: 2011, date: "2011-09-01", amount: "100" }, makeUp],
      },
      "COHORT",
      [makeUp],
    );
    expect(find(r, 2012, "2012-03-01").kind).toBe("make-up");
    expect(r.contributionYears).toBe(1);
  });

  it("COHORT: a transition-cohort back-payment taking the total above 15 is refused (QN)", () => {
    // born 1960-08-01: 50 on 2011-07-01 → cohort (2); 2011 paid + a 14-year make-up = 15; 2013 back-paid in 2014 → 16
    const back: Payment = { year: 2013, date: "2014-01-20", amount: "200" };
    const r = refusedCase(
      {
        region: "qiannan",
        asOf: "2014-06-30",
        person: { birthDate: "1960-08-01", sex: "female" },
        payments: [
          { year: 2011, date: "2011-09-01", amount: "200" },
          { year: 2012, date: "2012-02-01", amount: "2800", kind: "make-up", years: 14 },
          back,
        ],
      },
      "COHORT",
      [back],
    );
    expect(r.contributionYears).toBe(15);
  });

  it("COHORT: Cixi, national cohort (2) — a make-up taking the total above 15 is refused", () => {
    // born 1955-06-01: 54 on the scheme start 2010-01-01 → cohort (2); 2010 paid + 15 made up would be 16
    const makeUp: Payment = { year: 2011, date: "2011-02-01", amount: "1500", kind: "make-up", years: 15 };
    const r = refusedCase(
      {
        region: "cixi",
        asOf: "2011-06-30",
        person: { birthDate: "1955-06-01", sex: "female" },
        payments: [{ year: 2010, date: "2010-03-01", amount: "100" }, makeUp],
      },
      "COHORT",
      [makeUp],
    );
    expect(r.contributionYears).toBe(1);
  });

  it("MAKE-UP: a regular-cohort person (under 45 on the scheme start) may not make up years (QN)", () => {
    const makeUp: Payment = { year: 2012, date: "2012-05-01", amount: "900", kind: "make-up", years: 3 };
    const r = refusedCase(
      { region: "qiannan", asOf: "2012-12-31", person: { birthDate: "1980-01-01", sex: "male" }, payments: [makeUp] },
      "MAKE-UP",
      [makeUp],
    );
    expect(find(r, 2012, "2012-05-01").kind).toBe("make-up");
    expect(r.account).toEqual(ZERO_ACCOUNT);
    expect(r.contributionYears).toBe(0);
  });

  it("MAKE-UP: a regular-cohort person may not make up years (Cixi, national rule)", () => {
    const makeUp: Payment = { year: 2012, date: "2012-05-01", amount: "900", kind: "make-up", years: 3 };
    const r = refusedCase(
      { region: "cixi", asOf: "2012-12-31", person: { birthDate: "1980-01-01", sex: "male" }, payments: [makeUp] },
      "MAKE-UP",
      [makeUp],
    );
    expect(r.account).toEqual(ZERO_ACCOUNT);
  });
});

describe("BB-LUMP", () => {
  it("BB-LUMP: a lump sum (趸缴) by a person under 60 on 2009-09-01 is refused", () => {
    // born 1950-01-01: 59 on 2009-09-01
    const r = evaluateCase({
      region: "beibei",
      asOf: "2010-12-31",
      person: { birthDate: "1950-01-01", sex: "male" },
      lumpSum: { date: "2010-03-01", monthlyStandard: "60" },
    });
    const lump = r.payments.filter((p) => p.kind === "lump-sum");
    expect(lump).toHaveLength(1);
    expectRefused(lump[0]!, "BB-LUMP");
    expect(lump[0]!.date).toBe("2010-03-01");
    expect(r.account).toEqual(ZERO_ACCOUNT);
    expect(r.pension.accountPension).toBeNull();
  });
});
