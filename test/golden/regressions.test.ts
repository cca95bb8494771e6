import { describe, expect, it } from "vitest";
import { benefitSchedule, evaluateCase, PensionInputError } from "../../src";

// Defects found by the property tests (test/properties), each pinned by its shrunk counterexample.
describe("regressions found by properties", () => {
  it("PAY-VALIDITY order independence: two same-date Cixi payments give one result whatever their order", () => {
    const a = { year: 2010, date: "2010-03-01", amount: "100" };
    const b = { year: 2010, date: "2010-03-01", amount: "300" };
    const base = { region: "cixi", asOf: "2010-12-31", person: { birthDate: "1965-01-02" } };
    const r1 = evaluateCase({ ...base, payments: [a, b] });
    const r2 = evaluateCase({ ...base, payments: [b, a] });
    expect(JSON.stringify(r1)).toBe(JSON.stringify(r2));
    // One payment a year: the larger same-date payment (300) is the year's; 100 is refused.
    // 300 + subsidy 60 credited in March 2010 at the 1 January rate 2.25%:
    // 300 × 2.25% × 9/12 = 5.0625 → 5.06; 60 × 2.25% × 9/12 = 1.0125 → 1.01; balance 366.07.
    expect(r1.account.balance).toBe("366.07");
    expect(r1.payments.filter((p) => p.valid).map((p) => p.personal)).toEqual(["300.00"]);
  });

  it("DEATH-INHERIT: a death after a transfer during the pension still settles the account (Qiannan)", () => {
    const r = evaluateCase({
      region: "qiannan",
      asOf: "2014-06-30",
      person: {
        birthDate: "1951-07-02",
        events: [
          { kind: "transfer-out", date: "2012-03-01" },
          { kind: "death", date: "2013-05-25" },
        ],
      },
      payments: [{ year: 2011, date: "2011-07-01", amount: "100", kind: "make-up", years: 1 }],
    });
    expect(r.settlement?.event).toBe("death");
    expect(r.settlement?.lastPensionMonth).toBe("2013-05");
    expect(r.account.balance).toBe("0.00");
  });

  it("DEATH-STOP QN-MISSING: a declaration of death after a recorded death never moves the last pension month past the death (found by the deep run)", () => {
    // Qiannan, old cohort (60+ on the scheme start): basic pension 55 from 2011-07 (第二十条).
    // Missing 2012-01: suspended from its 7th month, 2012-07; died 2012-05-10; declared dead
    // 2012-12-01. The declaration would end the pension at 2012-06 (the month before the
    // suspension) — after the death month. The death ends it first: last month 2012-05.
    const c = {
      region: "qiannan",
      asOf: "2013-06-30",
      person: {
        birthDate: "1940-03-02",
        events: [
          { kind: "missing", date: "2012-01-01" },
          { kind: "death", date: "2012-05-10" },
          { kind: "declared-dead", date: "2012-12-01" },
        ],
      },
    };
    const r = evaluateCase(c);
    expect(r.settlement?.event).toBe("death");
    expect(r.settlement?.lastPensionMonth).toBe("2012-05"); // was 2012-06
    expect(benefitSchedule(c, "2012-05", "2012-12").map((b) => b?.total ?? null)).toEqual([
      "55.00",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("ELIG bars: two bars in force give the same refusal whatever the order of the statuses (found by the deep run)", () => {
    // Ningxia, died 2009-09-01 aged 84: both bars open-ended from the scheme start. The refusal
    // cites the first kind of BAR_KINDS (another basic pension), never the first in the input.
    const statuses = [
      { kind: "employee-pension", from: "2009-09-01" },
      { kind: "other-pension", from: "2009-09-01" },
    ];
    const base = {
      region: "ningxia",
      asOf: "2023-01-01",
      payments: [],
      options: { pensionsPaidThrough: "2009-09", schemeStart: "2009-09-01" },
    };
    const person = (s: typeof statuses) => ({
      birthDate: "1924-09-01",
      statuses: s,
      events: [{ kind: "death", date: "2009-09-01" }],
    });
    const r1 = evaluateCase({ ...base, person: person(statuses) });
    const r2 = evaluateCase({ ...base, person: person([...statuses].reverse()) });
    expect(JSON.stringify(r1)).toBe(JSON.stringify(r2));
    expect(r1.pension.refusals.map((x) => x.message)).toContain(
      "draws another basic pension from 2009-09-01 (未享受其他基本养老保险待遇)",
    );
  });

  it("DEATH-STOP BB-DEATH-POST: a declaration of death before a later recorded death ends the pension at the declaration", () => {
    const c = {
      region: "beibei",
      asOf: "2012-12-31",
      person: {
        birthDate: "1940-09-01",
        events: [
          { kind: "declared-dead", date: "2010-10-01" },
          { kind: "death", date: "2012-10-18" },
        ],
      },
    };
    const r = evaluateCase(c);
    expect(r.settlement?.event).toBe("declared-dead");
    expect(r.settlement?.lastPensionMonth).toBe("2010-10");
    // 12 × the pension of 2010-09 (80 basic + 10 age-70, born 1940-09 → 70 in 2010-09, +10 from 2010-10):
    // the month before the declaration month is 2010-09, whose pension is 80.00 → 960.00.
    expect(r.settlement?.deathBenefit).toBe("960.00");
    expect(benefitSchedule(c, "2010-10", "2010-12").map((b) => b?.total ?? null)).toEqual(["90.00", null, null]);
  });

  it.each([
    ['"interestRates":{"__proto__":"0.03"}', "invalid-input", ["options", "interestRates", "__proto__"]],
    [
      '"parameters":{"__proto__":[{"from":"2012-01-01","value":"1","citation":"x"}]}',
      "unknown-parameter",
      ["options", "parameters", "__proto__"],
    ],
  ])("a __proto__ key is refused, not dropped: %s", (options, code, path) => {
    // JSON.parse makes __proto__ an own key, as a case read from a file has it.
    const input: unknown = JSON.parse(
      `{"region":"qiannan","asOf":"2016-12-31","person":{"birthDate":"1955-09-10"},"options":{${options}}}`,
    );
    try {
      evaluateCase(input);
      expect.unreachable("should throw");
    } catch (e) {
      expect(e).toBeInstanceOf(PensionInputError);
      expect((e as PensionInputError).code).toBe(code);
      expect((e as PensionInputError).path).toEqual(path);
    }
  });
});
