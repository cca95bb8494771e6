/**
 * Golden cases for the rule catalogue's "Revision 2026-12" (docs/rules.md): every changed row and
 * every reading made explicit, each figure worked out by hand from the cited source in a comment.
 * Interest, where it appears, follows docs/conventions.md (monthly method, each component rounded
 * to the fen ROUND_HALF_UP); rates as in the region's golden files (QN: the highest PBoC rate of
 * the year, 2011 and 2012 3.50%; BB: the rate on 1 January, 2011 2.75%, 2012 3.50%).
 */
import { describe, expect, it } from "vitest";
import { nationalMinimumBasic } from "../../src/policy/national";
import {
  evaluateCase,
  isPensionInputError,
  rules,
  valueOn,
  getRegion,
  type CaseResult,
  type PensionInputError,
} from "../../src";

const fixture = "test fixture: value not in the sources, supplied for the golden case";

function thrown(f: () => unknown): PensionInputError {
  try {
    f();
  } catch (e) {
    if (isPensionInputError(e)) return e;
    throw e;
  }
  throw new Error("expected a PensionInputError");
}

const payment = (r: CaseResult, year: number) => r.payments.find((p) => p.year === year)!;

describe("revision 2026-12: Qiannan tables by contribution year (QN-PAY-TIERS, QN-SUB, QN-PROXY)", () => {
  const person = { birthDate: "1980-06-01", sex: "female" as const };

  it("QN-SUB 2014–2020: a payer of 500 in 2016 gets 60 (500–900 → 60), no split by level; 1500 → 90; 400 → 30", () => {
    // 贵州 实施办法 2014: 100–400 → 30, 500–900 → 60, 1000–2000 → 90; the source gives no split (subsidyByLevel null).
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2018-12-31",
      person,
      payments: [
        { year: 2016, date: "2016-05-10", amount: "500" },
        { year: 2017, date: "2017-05-10", amount: "1500" },
        { year: 2018, date: "2018-05-10", amount: "400" },
      ],
    });
    expect(payment(r, 2016)).toMatchObject({
      valid: true,
      kind: "regular",
      tier: "500.00",
      subsidy: "60.00",
      subsidyByLevel: null,
    });
    expect(payment(r, 2017)).toMatchObject({ valid: true, tier: "1500.00", subsidy: "90.00", subsidyByLevel: null });
    expect(payment(r, 2018)).toMatchObject({ valid: true, tier: "400.00", subsidy: "30.00", subsidyByLevel: null });
  });

  it("QN-PAY-TIERS by year: 1600 is a tier of 2013 (30, split 10 / 20) but not of 2014 (Guizhou's 13 tiers end at 2000 without 1600)", () => {
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2014-12-31",
      person,
      payments: [
        { year: 2013, date: "2013-05-10", amount: "1600" },
        { year: 2014, date: "2014-05-10", amount: "1600" },
      ],
    });
    expect(payment(r, 2013)).toMatchObject({
      valid: true,
      tier: "1600.00",
      subsidy: "30.00",
      subsidyByLevel: { province: "10.00", "prefecture-county": "20.00" },
    });
    expect(payment(r, 2014)).toMatchObject({ valid: false, tier: null, subsidy: "0.00" });
    expect(payment(r, 2014).refusals[0]!.message).toContain(
      "100 / 200 / 300 / 400 / 500 / 600 / 700 / 800 / 900 / 1000 / 1200 / 1500 / 2000",
    );
  });

  it("QN-PAY-TIERS from 2021: a 500 payment in 2022 is refused as not a tier; 300 → 10% = 30; 2500 → 250", () => {
    // 贵州 2021 调整: tiers 300 400 600 800 1000 1500 2000 2500 3000 (100 only for the hardship groups);
    // subsidy 10% of the tier: 300 × 10% = 30, 2500 × 10% = 250.
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2024-12-31",
      person,
      payments: [
        { year: 2022, date: "2022-05-10", amount: "500" },
        { year: 2023, date: "2023-05-10", amount: "300" },
        { year: 2024, date: "2024-05-10", amount: "2500" },
      ],
    });
    expect(payment(r, 2022)).toMatchObject({ valid: false, tier: null, subsidy: "0.00" });
    expect(payment(r, 2022).refusals).toEqual([
      {
        rule: "PAY-VALIDITY",
        code: "not-a-tier",
        message:
          "2022: 500.00 paid = 500.00 is not a tier in force (300 / 400 / 600 / 800 / 1000 / 1500 / 2000 / 2500 / 3000)",
      },
    ]);
    expect(payment(r, 2023)).toMatchObject({ valid: true, tier: "300.00", subsidy: "30.00", subsidyByLevel: null });
    expect(payment(r, 2024)).toMatchObject({ valid: true, tier: "2500.00", subsidy: "250.00", subsidyByLevel: null });
    expect(r.contributionYears).toBe(2);
  });

  it("the special 100 tier from 2021: only for poverty-relapse-risk, 低保, 特困 and severe disability; 30 on it; paid by the person unless QN-PROXY pays it", () => {
    const pay100 = (statuses: { kind: string; from: string }[]) =>
      evaluateCase({
        region: "qiannan",
        asOf: "2022-12-31",
        person: { ...person, statuses },
        payments: [{ year: 2022, date: "2022-04-01", amount: "100" }],
      }).payments[0]!;
    // no status: 100 is not a tier of 2022
    expect(pay100([])).toMatchObject({ valid: false });
    expect(pay100([{ kind: "one-child-parent", from: "2020-01-01" }])).toMatchObject({ valid: false });
    // 低保, 特困, poverty-relapse-risk: the person pays the 100 tier, subsidy 30
    for (const kind of ["dibao", "tekun", "poverty-relapse-risk"]) {
      expect(pay100([{ kind, from: "2020-01-01" }])).toMatchObject({
        valid: true,
        tier: "100.00",
        personal: "100.00",
        proxy: "0.00",
        subsidy: "30.00",
      });
    }
    // severe disability: QN-PROXY pays 100 (贵州 实施办法 第十条), so a proxy-only year ("0") is the 100 tier, subsidy 30;
    // paying 200 on top makes 300, a general tier: 10% = 30.
    const proxyOnly = evaluateCase({
      region: "qiannan",
      asOf: "2022-12-31",
      person: { ...person, statuses: [{ kind: "severe-disability", from: "2010-01-01" }] },
      payments: [{ year: 2022, date: "2022-04-01", amount: "0" }],
    });
    expect(proxyOnly.payments[0]).toMatchObject({
      valid: true,
      tier: "100.00",
      personal: "0.00",
      proxy: "100.00",
      subsidy: "30.00",
    });
    const topped = evaluateCase({
      region: "qiannan",
      asOf: "2022-12-31",
      person: { ...person, statuses: [{ kind: "severe-disability", from: "2010-01-01" }] },
      payments: [{ year: 2022, date: "2022-04-01", amount: "200" }],
    });
    expect(topped.payments[0]).toMatchObject({
      valid: true,
      tier: "300.00",
      personal: "200.00",
      proxy: "100.00",
      subsidy: "30.00",
    });
  });

  it("QN-PROXY from 2014: severe disability with or without 低保 → 100 (was 50 without 低保 in 2011–2013)", () => {
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2014-12-31",
      person: { ...person, statuses: [{ kind: "severe-disability", from: "2010-01-01" }] },
      payments: [
        { year: 2013, date: "2013-05-10", amount: "150" }, // 150 + 50 = 200 (第九条: 50% of the minimum tier)
        { year: 2014, date: "2014-05-10", amount: "100" }, // 100 + 100 = 200 (实施办法: 按不低于100元)
      ],
    });
    expect(payment(r, 2013)).toMatchObject({
      valid: true,
      tier: "200.00",
      personal: "150.00",
      proxy: "50.00",
      subsidy: "30.00",
    });
    expect(payment(r, 2014)).toMatchObject({
      valid: true,
      tier: "200.00",
      personal: "100.00",
      proxy: "100.00",
      subsidy: "30.00",
      subsidyByLevel: null,
    });
  });

  it("QN-SUB rate brackets are exact: a rate (in an override) that would need rounding is invalid-policy, never rounded", () => {
    const withRate = (rate: string) => ({
      region: "qiannan",
      asOf: "2022-12-31",
      person,
      payments: [{ year: 2022, date: "2022-05-10", amount: "300" }],
      options: {
        parameters: {
          "QN-SUB": [
            {
              from: "2022-01-01",
              until: "2022-12-31",
              value: { brackets: [{ from: "300", rate }] },
              citation: fixture,
            },
          ],
        },
      },
    });
    // 12.5% of 300 = 37.50: a whole fen
    expect(evaluateCase(withRate("0.125")).payments[0]).toMatchObject({ valid: true, subsidy: "37.50" });
    // 12.345% of 300 = 37.035: not a whole fen, and docs/conventions.md has no rounding point for it
    const e = thrown(() => evaluateCase(withRate("0.12345")));
    expect(e.code).toBe("invalid-policy");
    expect(e.path).toEqual(["options", "parameters", "QN-SUB"]);
  });

  it("QN-SUB: a back-payment still gets no subsidy under the new tables (第八条), and is judged by its contribution year's table", () => {
    // 500 for 2016 paid in 2022: the 2016 table (500 is a tier), back-payment, subsidy 0.
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2022-12-31",
      person,
      payments: [{ year: 2016, date: "2022-03-01", amount: "500" }],
    });
    expect(r.payments[0]).toMatchObject({
      valid: true,
      kind: "back-payment",
      tier: "500.00",
      subsidy: "0.00",
      subsidyByLevel: null,
    });
  });
});

describe("revision 2026-12: QN-PAY-AT-60, a January birthday pays its 60th year in the December before", () => {
  // Born 1962-01-15: 60 on 2022-01-15. The 60th year must be paid before the birthday's month
  // (第七条 应在年满60周岁的当月之前缴纳当年的); the only earlier month is December 2021.
  const jan = { birthDate: "1962-01-15", sex: "male" as const };

  it("a payment for 2022 dated 2021-12-05 is valid, on time and subsidised by the 2022 table (600 → 10% = 60)", () => {
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2021-12-31",
      person: jan,
      payments: [{ year: 2022, date: "2021-12-05", amount: "600" }],
    });
    expect(r.payments[0]).toMatchObject({
      year: 2022,
      date: "2021-12-05",
      kind: "regular",
      valid: true,
      tier: "600.00",
      subsidy: "60.00",
      refusals: [],
    });
  });

  it("dated 2021-11-30 (before December) it stays refused: paid before its contribution year", () => {
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2021-12-31",
      person: jan,
      payments: [{ year: 2022, date: "2021-11-30", amount: "600" }],
    });
    expect(r.payments[0]).toMatchObject({
      valid: false,
      refusals: [{ rule: "PAY-VALIDITY", message: "paid 2021-11-30, before its contribution year 2022" }],
    });
  });

  it("a March birthday's 60th year paid in the December before stays refused (its own year has January and February)", () => {
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2021-12-31",
      person: { ...jan, birthDate: "1962-03-15" },
      payments: [{ year: 2022, date: "2021-12-05", amount: "600" }],
    });
    expect(r.payments[0]).toMatchObject({ valid: false, refusals: [{ rule: "PAY-VALIDITY" }] });
  });

  it("in January 2022 itself (the birthday's month) the payment is refused by QN-PAY-AT-60", () => {
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2022-01-31",
      person: jan,
      payments: [{ year: 2022, date: "2022-01-03", amount: "600" }],
    });
    expect(r.payments[0]).toMatchObject({ valid: false, refusals: [{ rule: "QN-PAY-AT-60" }] });
  });
});

describe("revision 2026-12: MAKE-UP uses the tier table in force on the make-up payment's date", () => {
  // QN-ELIG (1): born 1950-03-15, 61 on 2011-07-01, may make up years to build an account (第二十一条(一)).
  const old = { birthDate: "1950-03-15", sex: "male" as const };
  const makeUp = (date: string, amount: string) =>
    evaluateCase({
      region: "qiannan",
      asOf: "2022-12-31",
      person: old,
      payments: [{ year: Number(date.slice(0, 4)), date, kind: "make-up", years: 2, amount }],
      options: {
        parameters: { "QN-BEN-BASIC": [{ from: "2022-12-01", until: "2022-12-31", value: "113", citation: fixture }] },
      },
    }).payments[0]!;

  it("2 × 500 = 1000 is valid on 2016-03-01 (500 a tier of 2014–2020) and refused on 2022-03-01 (not a tier from 2021)", () => {
    expect(makeUp("2016-03-01", "1000")).toMatchObject({
      kind: "make-up",
      valid: true,
      tier: "500.00",
      subsidy: "0.00",
    });
    const refused = makeUp("2022-03-01", "1000");
    expect(refused).toMatchObject({ kind: "make-up", valid: false });
    expect(refused.refusals).toEqual([
      {
        rule: "MAKE-UP",
        code: "make-up-not-a-tier",
        message: "1000.00 / 2 years = 500.00 is not a tier (300 / 400 / 600 / 800 / 1000 / 1500 / 2000 / 2500 / 3000)",
      },
    ]);
  });

  it("2 × 600 = 1200 on 2022-03-01 is valid (600 a tier of the 2021 table); no subsidy", () => {
    expect(makeUp("2022-03-01", "1200")).toMatchObject({
      kind: "make-up",
      valid: true,
      tier: "600.00",
      personal: "1200.00",
      subsidy: "0.00",
    });
  });
});

describe("revision 2026-12: Beibei tables (BB-PAY-TIERS to 2019, unknown 2020–2021, BB-CQ-2022)", () => {
  const person = { birthDate: "1980-06-01", sex: "male" as const };

  it("a Beibei payment for 2021 is parameter-unknown (BB-PAY-TIERS), also as a back-payment in 2022", () => {
    // The table is looked up on the payment date clamped into the contribution year.
    for (const [date, lookup] of [
      ["2021-05-01", "2021-05-01"],
      ["2022-02-01", "2021-12-31"],
    ] as const) {
      const e = thrown(() =>
        evaluateCase({ region: "beibei", asOf: "2022-12-31", person, payments: [{ year: 2021, date, amount: "400" }] }),
      );
      expect(e.code).toBe("parameter-unknown");
      expect(e.details).toMatchObject({ parameter: "BB-PAY-TIERS", date: lookup });
      // …and every value the case lacks at once (answers.md §1): the 2020–2021 table among them.
      expect(e.details.missing).toContainEqual(
        expect.objectContaining({
          parameter: "BB-PAY-TIERS",
          from: "2020-01-01",
          until: "2021-12-31",
          status: "unknown",
        }),
      );
    }
  });

  it("2019 paid in 2020 (BB-PAY-LATE, the next year) is judged by the 2019 pilot table: 400, subsidy 30", () => {
    const r = evaluateCase({
      region: "beibei",
      asOf: "2020-12-31",
      person,
      payments: [{ year: 2019, date: "2020-03-01", amount: "400" }],
    });
    expect(r.payments[0]).toMatchObject({ kind: "back-payment", valid: true, tier: "400.00", subsidy: "30.00" });
  });

  it("BB-CQ-2022: 400 → 60, 4000 → 175; 100 only for the hardship groups, with 30; BB-SUB's +40 is gone", () => {
    // 渝人社发〔2022〕1号: 200 300 400 500 600 700 800 900 1000 1500 2000 3000 4000 with
    // 40 50 60 70 80 90 100 110 120 130 140 160 175; hardship groups keep 100 with 30.
    const r = evaluateCase({
      region: "beibei",
      asOf: "2023-12-31",
      person,
      payments: [
        { year: 2022, date: "2022-04-20", amount: "400" },
        { year: 2023, date: "2023-04-20", amount: "4000" },
      ],
    });
    expect(payment(r, 2022)).toMatchObject({ valid: true, tier: "400.00", subsidy: "60.00" });
    expect(payment(r, 2023)).toMatchObject({ valid: true, tier: "4000.00", subsidy: "175.00" });

    const disabled = { ...person, statuses: [{ kind: "severe-disability", from: "2010-01-01" }] };
    // 2019 (pilot): 400 → 30 + 40 (BB-SUB 再补贴40元) = 70; 2022: 400 → 60, no +40; 2023: the 100 tier → 30.
    const d = evaluateCase({
      region: "beibei",
      asOf: "2023-12-31",
      person: disabled,
      payments: [
        { year: 2019, date: "2019-04-20", amount: "400" },
        { year: 2022, date: "2022-04-20", amount: "400" },
        { year: 2023, date: "2023-04-20", amount: "100" },
      ],
    });
    expect(payment(d, 2019)).toMatchObject({ valid: true, subsidy: "70.00", proxy: "0.00" });
    expect(payment(d, 2022)).toMatchObject({ valid: true, subsidy: "60.00", proxy: "0.00" });
    expect(payment(d, 2023)).toMatchObject({
      valid: true,
      tier: "100.00",
      personal: "100.00",
      subsidy: "30.00",
      proxy: "0.00",
    });

    // without a hardship status, 100 is not a tier of 2022
    const n = evaluateCase({
      region: "beibei",
      asOf: "2022-12-31",
      person,
      payments: [{ year: 2022, date: "2022-04-20", amount: "100" }],
    });
    expect(n.payments[0]).toMatchObject({ valid: false, refusals: [{ rule: "PAY-VALIDITY" }] });
  });

  it("BB-SUB status on a back-payment: the status in force on the payment date clamped into the contribution year (31 December)", () => {
    // Severe disability until 2015-12-31; 2015 paid 2016-03-01 → judged on 2015-12-31: disabled → 30 + 40 = 70.
    const until = evaluateCase({
      region: "beibei",
      asOf: "2016-12-31",
      person: { ...person, statuses: [{ kind: "severe-disability", from: "2010-01-01", until: "2015-12-31" }] },
      payments: [{ year: 2015, date: "2016-03-01", amount: "400" }],
    });
    expect(until.payments[0]).toMatchObject({ kind: "back-payment", valid: true, subsidy: "70.00" });
    // Severe disability from 2016-01-01; the same back-payment → judged on 2015-12-31: not disabled → 30.
    const from = evaluateCase({
      region: "beibei",
      asOf: "2016-12-31",
      person: { ...person, statuses: [{ kind: "severe-disability", from: "2016-01-01" }] },
      payments: [{ year: 2015, date: "2016-03-01", amount: "400" }],
    });
    expect(from.payments[0]).toMatchObject({ kind: "back-payment", valid: true, subsidy: "30.00" });
  });

  it("BB-TRANSFER is not a closing: a transfer on 2012-06-15 credits no part-year interest, the balance earns on to 31 December", () => {
    // 31 Dec 2011 @2.75%: personal 2.75%×(400.00×8/12) = 7.333333 → 7.33; subsidy 2.75%×(30.00×8/12) = 0.550000 → 0.55 (Σ 7.88) → balance 437.88 [personal 407.33, subsidy 30.55]
    // 31 Dec 2012 @3.5%: personal 3.5%×(407.33 + 400.00×8/12) = 23.589883 → 23.59; subsidy 3.5%×(30.55 + 30.00×8/12) = 1.769250 → 1.77 (Σ 25.36) → balance 893.24 [personal 830.92, subsidy 62.32]
    const r = evaluateCase({
      region: "beibei",
      asOf: "2012-12-31",
      person: { ...person, events: [{ kind: "transfer-out", date: "2012-06-15" }] },
      payments: [
        { year: 2011, date: "2011-04-20", amount: "400" },
        { year: 2012, date: "2012-04-20", amount: "400" },
      ],
    });
    expect(r.settlement).toBeNull();
    expect(r.account).toMatchObject({ balance: "893.24", interestByYear: { "2011": "7.88", "2012": "25.36" } });
    expect(r.account.components).toMatchObject({ personal: "830.92", subsidy: "62.32" });
    expect(r.trace.some((s) => s.rule === "BB-TRANSFER" && s.output === "balance sealed, keeps earning interest")).toBe(
      true,
    );
  });
});

describe("revision 2026-12: BB-DEATH-PRE on every settlement line and step of a death or emigration before the pension", () => {
  const base = {
    region: "beibei",
    asOf: "2013-06-30",
    payments: [
      { year: 2010, date: "2010-05-12", amount: "400" },
      { year: 2011, date: "2011-05-12", amount: "400" },
      { year: 2012, date: "2012-05-12", amount: "400" },
    ],
  };
  for (const kind of ["death", "emigration"] as const) {
    it(`${kind} on 2013-01-10, before the pension: every line and settlement step is BB-DEATH-PRE`, () => {
      // The figures are the Beibei 2013 vector's (test/vectors/beibei-death-before-pension-2013.json):
      // balance 1357.65, subsidy remainder 94.72 excluded (NAT-INHERIT before 2014-02-21), 1262.93 refunded.
      const r = evaluateCase({
        ...base,
        person: { birthDate: "1975-04-04", sex: "male", events: [{ kind, date: "2013-01-10" }] },
      });
      expect(r.settlement).toMatchObject({
        event: kind,
        balance: "1357.65",
        excluded: "94.72",
        inheritable: "1262.93",
        toFund: "94.72",
      });
      expect(r.settlement!.lines.length).toBeGreaterThanOrEqual(4);
      expect(new Set(r.settlement!.lines.map((l) => l.rule))).toEqual(new Set(["BB-DEATH-PRE"]));
      const rules = r.trace.map((s) => s.rule);
      expect(rules).not.toContain("BB-DEATH-POST");
      expect(rules).not.toContain("NAT-INHERIT");
      expect(rules).not.toContain("DEATH-STOP");
      expect(rules.filter((x) => x === "BB-DEATH-PRE")).toHaveLength(2); // the inheritance split and the refund
    });
  }

  it("a death during the pension keeps BB-DEATH-POST (and DEATH-STOP, NAT-INHERIT) lines", () => {
    const r = evaluateCase({
      region: "beibei",
      asOf: "2010-06-30",
      person: { birthDate: "1945-05-20", sex: "female", events: [{ kind: "death", date: "2010-03-10" }] },
    });
    const lineRules = new Set(r.settlement!.lines.map((l) => l.rule));
    expect(lineRules.has("BB-DEATH-POST")).toBe(true);
    expect(lineRules.has("BB-DEATH-PRE")).toBe(false);
  });
});

describe("revision 2026-12: Cixi CX-LEGACY + 30 only for legacy pensions that started by 2010-01", () => {
  const legacy = (birthDate: string, asOf: string) => ({
    region: "cixi",
    asOf,
    person: { birthDate, sex: "male", legacyGrade: 3 },
  });

  it("60 on 2009-12-20 → first month 2010-01: grade 3 = 220 + 30 = 250", () => {
    const r = evaluateCase(legacy("1949-12-20", "2010-03-31"));
    expect(r.pension.firstMonth).toBe("2010-01");
    expect(r.pension.monthly).toMatchObject({
      total: "250.00",
      lines: [
        { rule: "CX-LEGACY", amount: "220.00" },
        { rule: "CX-LEGACY", amount: "30.00" },
      ],
    });
  });

  it("60 on 2010-01-05 → first month 2010-02: grade 3 = 220, no + 30", () => {
    const r = evaluateCase(legacy("1950-01-05", "2010-03-31"));
    expect(r.pension.firstMonth).toBe("2010-02");
    expect(r.pension.monthly).toMatchObject({ total: "220.00", lines: [{ rule: "CX-LEGACY", amount: "220.00" }] });
  });

  it("a legacy member who reaches pension age in 2011 draws the grade amount without + 30", () => {
    // born 1951-05-10: 60 on 2011-05-10 → first month 2011-06; grade 3 = 220.
    const r = evaluateCase(legacy("1951-05-10", "2011-12-31"));
    expect(r.pension.firstMonth).toBe("2011-06");
    expect(r.pension.monthly).toMatchObject({ total: "220.00", basic: "220.00", account: "0.00" });
  });
});

describe("revision 2026-12: Ningxia NX-SUB-SPECIAL published figures, and the NX-BEN-LOCAL step", () => {
  // Born 1985-05-05: under 45 on 2014-02-21, so the 15-year rule applies whatever the scheme start (COHORT).
  const young = (statuses: { kind: string; from: string }[]) => ({ birthDate: "1985-05-05", sex: "male", statuses });

  it("2024: a village cadre's own payment 2844 is a tier of its own; the subsidy is the published 4265 (宁夏日报 2024-05-16)", () => {
    const r = evaluateCase({
      region: "ningxia",
      asOf: "2024-12-31",
      person: young([{ kind: "village-cadre", from: "2020-01-01" }]),
      payments: [{ year: 2024, date: "2024-03-01", amount: "2844" }],
    });
    expect(r.payments[0]).toMatchObject({
      valid: true,
      tier: "2844.00",
      personal: "2844.00",
      subsidy: "4265.00",
      subsidyByLevel: null,
    });
    // without the status 2844 is not a tier of 2024
    const n = evaluateCase({
      region: "ningxia",
      asOf: "2024-12-31",
      person: young([]),
      payments: [{ year: 2024, date: "2024-03-01", amount: "2844" }],
    });
    expect(n.payments[0]).toMatchObject({ valid: false });
  });

  it("2024: a one-child household paying 3000 gets 320 (NX-SUB) + 355 (published) = 675, no income figure needed", () => {
    const r = evaluateCase({
      region: "ningxia",
      asOf: "2024-12-31",
      person: young([{ kind: "one-child-parent", from: "2010-01-01" }]),
      payments: [{ year: 2024, date: "2024-03-01", amount: "3000" }],
    });
    expect(r.payments[0]).toMatchObject({ valid: true, tier: "3000.00", subsidy: "675.00" });
  });

  it("2017: a village cadre's payment 1576 is a tier of its own, subsidy 2364 (no NX-PAY-TIERS or NX-SUB needed for 2017)", () => {
    const r = evaluateCase({
      region: "ningxia",
      asOf: "2017-12-31",
      person: young([{ kind: "village-cadre", from: "2015-01-01" }]),
      payments: [{ year: 2017, date: "2017-06-01", amount: "1576" }],
    });
    expect(r.payments[0]).toMatchObject({ valid: true, tier: "1576.00", subsidy: "2364.00" });
  });

  it("2018–2022 stay unknown: a cadre's 2020 payment is parameter-unknown naming NX-SUB-SPECIAL", () => {
    const e = thrown(() =>
      evaluateCase({
        region: "ningxia",
        asOf: "2020-12-31",
        person: young([{ kind: "village-cadre", from: "2015-01-01" }]),
        payments: [{ year: 2020, date: "2020-06-01", amount: "1000" }],
      }),
    );
    expect(e.details["parameter"]).toBe("NX-SUB-SPECIAL");
  });

  it("NX-BEN-LOCAL: its own trace step (0.00, excluded unless supplied) in every result with a monthly pension, also when NX-BEN-BASIC is overridden", () => {
    // Born 1940-03-15: 69 on 2009-09-01, old cohort whatever the scheme start. March 2023: NX-BEN-BASIC 180
    // + NX-BEN-AGE 80+ → 8 = 188.
    const c = { region: "ningxia", asOf: "2023-03-31", person: { birthDate: "1940-03-15", sex: "female" } };
    const plain = evaluateCase(c);
    expect(plain.pension.monthly).toMatchObject({ total: "188.00", basic: "188.00" });
    const overridden = evaluateCase({
      ...c,
      options: {
        parameters: { "NX-BEN-BASIC": [{ from: "2023-01-01", until: "2023-06-30", value: "190", citation: fixture }] },
      },
    });
    expect(overridden.pension.monthly).toMatchObject({ total: "198.00" });
    for (const r of [plain, overridden]) {
      const step = r.trace.find((s) => s.rule === "NX-BEN-LOCAL");
      expect(step).toBeDefined();
      expect(step!.output).toBe("0.00");
      expect(step!.note).toContain("excluded unless supplied");
      expect(r.pension.monthly!.lines.some((l) => l.rule === "NX-BEN-LOCAL")).toBe(false);
    }
  });
});

describe("revision 2026-12: readings made explicit", () => {
  it("FIRST-MONTH without a scheme start: the floor is 2009-09 (NX, JM), and options.schemeStart moves it", () => {
    // Born 1940-03-15: 69 on 2009-09-01, old cohort whatever the start (COHORT); the first month is the latest of
    // 1999-04 (after the 60th birthday) and the benefit start: 2009-09 without options.schemeStart.
    const nx = evaluateCase({
      region: "ningxia",
      asOf: "2013-06-30",
      person: { birthDate: "1940-03-15", sex: "female" },
    });
    expect(nx.pension).toMatchObject({ eligible: true, firstMonth: "2009-09" });
    expect(nx.pension.monthly).toMatchObject({ total: "85.00" }); // NX-BEN-BASIC 85 in 2013; no age top-up before 2019
    const jm = evaluateCase({
      region: "jiangmen",
      asOf: "2023-12-31",
      person: { birthDate: "1940-03-15", sex: "female" },
    });
    expect(jm.pension).toMatchObject({ eligible: true, firstMonth: "2009-09" });
    expect(jm.pension.monthly).toMatchObject({ total: "200.00" }); // JM-BEN-BASIC 200 + JM-BEN-COUNTY 0
    const later = evaluateCase({
      region: "ningxia",
      asOf: "2013-06-30",
      person: { birthDate: "1940-03-15", sex: "female" },
      options: { schemeStart: "2011-01-01" },
    });
    expect(later.pension.firstMonth).toBe("2011-01");
  });

  it('INT-MONTHLY "next-year" across a closing: the closing\'s interest is a credit of its year and first counts in January of the next', () => {
    // Qiannan, born 1952-09-10: 58 on 2011-07-01, COHORT (2) needs min(2011..2012 = 2, 15) = 2 years. Pays 1000 on
    // 2011-08-05 and 2012-03-05, each on time with 30 (第八条). 60 on 2012-09-10 → first month 2012-10; pension-start
    // closing at the end of 2012-09. Method next-year (options.interestMethod): a credit of year Y first counts in
    // January of Y+1. QN-INT 2012: 3.50%.
    // 31 Dec 2011: no opening balance and the 2011 credits count only from 2012 → 0.
    // closing end 2012-09 (c = 9): only the 2011 credits count: personal 3.5% × 1000 × 9/12 = 26.25;
    //   subsidy 3.5% × 30 × 9/12 = 0.7875 → 0.79 → balance 2000 + 26.25 + 60 + 0.79 = 2087.04 [personal 2026.25, subsidy 60.79]
    // account pension 2087.04 / 139 = 15.014676… → 15.01
    // draws Oct, Nov, Dec 15.01: subsidy round(15.01 × 60.79 / 2087.04) = 0.44, personal 14.57 (each month)
    //   → balance 2042.01 [personal 1982.54, subsidy 59.47]
    // 31 Dec 2012, window Oct–Dec: the 2012 credits (the March payment and the closing's interest) still do not count;
    //   the 2011 credits do, less the debits (a debit in month m first reduces m+1):
    //   personal 3.5% × (1000 × 3/12 − 14.57 × 2/12 − 14.57 × 1/12) = 8.6225125 → 8.62
    //   subsidy 3.5% × (30 × 3/12 − 0.44 × 2/12 − 0.44 × 1/12) = 0.25865 → 0.26
    // 2012 = 26.25 + 0.79 + 8.62 + 0.26 = 35.92; balance 1982.54 + 8.62 + 59.47 + 0.26 = 2050.89; paidOut 3 × 15.01 = 45.03
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2012-12-31",
      person: { birthDate: "1952-09-10", sex: "male" },
      payments: [
        { year: 2011, date: "2011-08-05", amount: "1000" },
        { year: 2012, date: "2012-03-05", amount: "1000" },
      ],
      options: { interestMethod: "next-year" },
    });
    expect(r.pension).toMatchObject({ firstMonth: "2012-10", accountPension: "15.01" });
    expect(r.account).toMatchObject({ balance: "2050.89", interestByYear: { "2012": "35.92" }, paidOut: "45.03" });
    expect(r.account.components).toMatchObject({ personal: "1991.16", subsidy: "59.73" });
  });
});

describe("revision 2026-12: national and checked segments", () => {
  it("NAT-MIN-BASIC: 103 to 2024-06-30, 123 from 2024-07-01, unknown from 2025-01-01 with a note naming 143 and 163", () => {
    expect(valueOn(nationalMinimumBasic, "2024-06-30").value).toBe("103");
    expect(valueOn(nationalMinimumBasic, "2024-07-01").value).toBe("123");
    expect(valueOn(nationalMinimumBasic, "2024-12-31").value).toBe("123");
    const e = thrown(() => valueOn(nationalMinimumBasic, "2025-01-01"));
    expect(e.code).toBe("parameter-unknown");
    expect(e.message).toContain("143");
    expect(e.message).toContain("163");
  });

  it("JM-PAY-TIERS and JM-SUB are confirmed for 2024 (checked 2024-04-12); a 2024 payment of 360 gets 30", () => {
    const jm = getRegion("jiangmen");
    expect(valueOn(jm.parameters.tiers, "2024-05-01").checked).toBe("2024-04-12");
    expect(valueOn(jm.parameters.subsidy, "2024-05-01").checked).toBe("2024-04-12");
    const r = evaluateCase({
      region: "jiangmen",
      asOf: "2024-12-31",
      person: { birthDate: "1985-05-05", sex: "female" },
      payments: [{ year: 2024, date: "2024-04-01", amount: "360" }],
    });
    expect(r.payments[0]).toMatchObject({ valid: true, tier: "360.00", subsidy: "30.00" });
  });

  it("PILOT-TABLES: every open-ended known segment of a tier, subsidy, proxy or special-subsidy table says when it was last confirmed", () => {
    for (const id of ["ningxia", "qiannan", "jiangmen", "cixi", "beibei"]) {
      const p = getRegion(id).parameters;
      for (const param of [p.tiers, p.subsidy, p.proxy, p.specialSubsidy, p.collectiveCap]) {
        if (param === undefined) continue;
        const last = param.segments[param.segments.length - 1]!;
        if (last.until !== undefined || "unknown" in last) continue;
        expect("checked" in last && typeof last.checked === "string", `${param.id} from ${last.from}`).toBe(true);
      }
    }
  });

  it("BEN-TOTAL is a catalogue id in the rule registry", () => {
    expect(rules.get("BEN-TOTAL")).toMatchObject({ id: "BEN-TOTAL", region: "shared" });
    expect(rules.get("BEN-TOTAL")!.citation).toContain("docs/rules.md BEN-TOTAL");
  });
});
