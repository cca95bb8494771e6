/**
 * Golden cases: month arithmetic around birthdays (conventions.md "Dates and months", rules.md
 * FIRST-MONTH, BB-BEN-AGE70, CX-LEGACY). "年满60周岁的次月": the month after the month of the
 * birthday, whatever the day — a birthday on the 1st still starts the next month, a December
 * birthday starts January of the next year. A 29 February birthday falls on 28 February in a
 * common year (the brief's reading), so a 70th birthday on 2010-02-28 starts the age-70 top-up in
 * March. The Qiannan persons below are transition cohort (COHORT 2, 59 on 2011-07-01); their
 * account figures are worked like qiannan.pension.test.ts (QN-INT: 2011 and 2012 at 3.50%).
 */
import { describe, expect, it } from "vitest";
import { benefitSchedule, evaluateCase } from "../../src";
import { ageOn, birthday, formatMonth, monthAfterBirthday } from "../../src/dates";

/** An old-cohort Beibei pensioner (basic 80 from 2009-10, BB-BEN-AGE70 +10). */
const bbOld = (birthDate: string, asOf: string) => ({ region: "beibei", asOf, person: { birthDate, sex: "female" } });
/** A Cixi old-system woman (CX-LEGACY: pension age 55; grade 1 = 120; the + 30 only for a legacy pension drawn by 2010-01, so none for these 2011 starts, revision 2026-12). */
const cxLegacyWoman = (birthDate: string, asOf: string) => ({
  region: "cixi",
  asOf,
  person: { birthDate, sex: "female", legacyGrade: 1 },
});
const totals = (s: ReturnType<typeof benefitSchedule>) => s.map((m) => m?.total ?? null);

describe("pension months around birthdays (FIRST-MONTH, BB-BEN-AGE70, CX-LEGACY)", () => {
  it("dates: 29 February birthdays — the 60th on 2012-02-29 (leap year), the 70th on 2010-02-28 (common year)", () => {
    expect(birthday("1952-02-29", 60)).toBe("2012-02-29");
    expect(birthday("1940-02-29", 70)).toBe("2010-02-28");
    expect(ageOn("1940-02-29", "2010-02-27")).toBe(69);
    expect(ageOn("1940-02-29", "2010-02-28")).toBe(70);
    expect(formatMonth(monthAfterBirthday("1940-02-29", 70))).toBe("2010-03");
    expect(formatMonth(monthAfterBirthday("1951-12-31", 60))).toBe("2012-01");
    expect(formatMonth(monthAfterBirthday("1952-07-01", 60))).toBe("2012-08");
  });

  // ------------------------------------------------------------------------------------------------
  // Born on the 1st.
  // ------------------------------------------------------------------------------------------------
  it("FIRST-MONTH, born on the 1st: QN born 1952-07-01 is 60 on 2012-07-01 → first month 2012-08, not 2012-07", () => {
    // COHORT (2): min(2011..2012 = 2, 15) = 2 years; 300 on 2011-08-10 and 2012-05-10 (+30 each).
    // 31 Dec 2011 @3.5%: personal 3.5%×(300.00×4/12) = 3.50 → 3.50; subsidy 3.5%×(30.00×4/12) = 0.35 → 0.35 (Σ 3.85) → balance 333.85 [personal 303.50, subsidy 30.35]
    // pension-start closing end 2012-07 @3.5%: personal 3.5%×(303.50×7/12 + 300.00×2/12) = 7.946458 → 7.95; subsidy 3.5%×(30.35×7/12 + 30.00×2/12) = 0.794646 → 0.79 (Σ 8.74) → balance 672.59 [personal 611.45, subsidy 61.14]
    // account pension 672.59 / 139 = 4.838777… → 4.84 (QN 第二十条)
    // 2012-08 draw 4.84: subsidy round(4.84×61.14/672.59) = 0.44, personal rest 4.40 → balance 667.75 [personal 607.05, subsidy 60.70]
    // → balance 667.75 [personal 607.05, subsidy 60.70]; paidOut 4.84
    const c = {
      region: "qiannan",
      asOf: "2012-08-31",
      person: { birthDate: "1952-07-01", sex: "male" },
      payments: [
        { year: 2011, date: "2011-08-10", amount: "300" },
        { year: 2012, date: "2012-05-10", amount: "300" },
      ],
    };
    const r = evaluateCase(c);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.firstMonth).toBe("2012-08");
    expect(r.pension.accountPension).toBe("4.84");
    expect(r.account.interestByYear).toEqual({ "2011": "3.85", "2012": "8.74" });
    expect(r.account.balance).toBe("667.75");
    expect(r.account.components).toMatchObject({ personal: "607.05", subsidy: "60.70" });
    expect(r.account.paidOut).toBe("4.84");
    // 55 + 4.84 = 59.84
    expect(totals(benefitSchedule(c, "2012-07", "2012-08"))).toEqual([null, "59.84"]);
    expect(r.pension.monthly).toMatchObject({ month: "2012-08", total: "59.84", basic: "55.00", account: "4.84" });
  });

  it("BB-BEN-AGE70, born on the 1st: born 1940-05-01, 70 on 2010-05-01 → +10 from 2010-06, not 2010-05", () => {
    expect(totals(benefitSchedule(bbOld("1940-05-01", "2010-06-30"), "2010-04", "2010-06"))).toEqual([
      "80.00",
      "80.00",
      "90.00",
    ]);
  });

  it("CX-LEGACY, born on the 1st: a woman born 1956-06-01 is 55 on 2011-06-01 → first month 2011-07", () => {
    const c = cxLegacyWoman("1956-06-01", "2011-07-31");
    expect(evaluateCase(c).pension.firstMonth).toBe("2011-07");
    expect(totals(benefitSchedule(c, "2011-06", "2011-07"))).toEqual([null, "120.00"]); // grade 1 = 120; starts 2011-07, after 2010-01: no + 30
  });

  // ------------------------------------------------------------------------------------------------
  // Born on the 31st; December birthdays → January of the next year.
  // ------------------------------------------------------------------------------------------------
  it("FIRST-MONTH, born on 31 December: QN born 1951-12-31 is 60 on 2011-12-31 → first month 2012-01", () => {
    // COHORT (2): min(2011..2011 = 1, 15) = 1 year; 300 on 2011-08-10 (+30), before December
    // (QN-PAY-AT-60). The pension-start closing at the end of 2011-12 is the 31 December crediting.
    // pension-start closing = 31 Dec 2011 @3.5%: personal 3.5%×(300.00×4/12) = 3.50 → 3.50; subsidy 3.5%×(30.00×4/12) = 0.35 → 0.35 (Σ 3.85) → balance 333.85 [personal 303.50, subsidy 30.35]
    // account pension 333.85 / 139 = 2.401799… → 2.40 (QN 第二十条)
    // 2012-01 draw 2.40: subsidy round(2.40×30.35/333.85) = 0.22, personal rest 2.18 → balance 331.45 [personal 301.32, subsidy 30.13]
    // → balance 331.45 [personal 301.32, subsidy 30.13]; paidOut 2.40
    const c = {
      region: "qiannan",
      asOf: "2012-01-31",
      person: { birthDate: "1951-12-31", sex: "female" },
      payments: [{ year: 2011, date: "2011-08-10", amount: "300" }],
    };
    const r = evaluateCase(c);
    expect(r.contributionYears).toBe(1);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.firstMonth).toBe("2012-01");
    expect(r.pension.accountPension).toBe("2.40");
    expect(r.account.interestByYear).toEqual({ "2011": "3.85" });
    expect(r.account.balance).toBe("331.45");
    expect(r.account.components).toMatchObject({ personal: "301.32", subsidy: "30.13" });
    expect(r.account.paidOut).toBe("2.40");
    // 55 + 2.40 = 57.40
    expect(totals(benefitSchedule(c, "2011-12", "2012-01"))).toEqual([null, "57.40"]);
  });

  it("BB-BEN-AGE70, born on the 31st: born 1940-01-31, 70 on 2010-01-31 → +10 from 2010-02", () => {
    expect(totals(benefitSchedule(bbOld("1940-01-31", "2010-02-28"), "2010-01", "2010-02"))).toEqual([
      "80.00",
      "90.00",
    ]);
  });

  it("BB-BEN-AGE70, December birthday: born 1939-12-20, 70 on 2009-12-20 → +10 from January 2010", () => {
    expect(totals(benefitSchedule(bbOld("1939-12-20", "2010-02-28"), "2009-11", "2010-02"))).toEqual([
      "80.00",
      "80.00",
      "90.00",
      "90.00",
    ]);
  });

  it("CX-LEGACY, December and 31st birthdays: women born 1955-12-15 → 2011-01; born 1956-01-31 → 2011-02", () => {
    expect(evaluateCase(cxLegacyWoman("1955-12-15", "2011-01-31")).pension.firstMonth).toBe("2011-01");
    expect(totals(benefitSchedule(cxLegacyWoman("1955-12-15", "2011-01-31"), "2010-12", "2011-01"))).toEqual([
      null,
      "120.00",
    ]); // starts 2011-01: no + 30
    expect(evaluateCase(cxLegacyWoman("1956-01-31", "2011-02-28")).pension.firstMonth).toBe("2011-02");
    expect(totals(benefitSchedule(cxLegacyWoman("1956-01-31", "2011-02-28"), "2011-01", "2011-02"))).toEqual([
      null,
      "120.00",
    ]);
  });

  // ------------------------------------------------------------------------------------------------
  // Born on 29 February.
  // ------------------------------------------------------------------------------------------------
  it("FIRST-MONTH, born 29 February: QN born 1952-02-29 is 60 on 2012-02-29 (leap year) → first month 2012-03", () => {
    // COHORT (2): 2 years; 300 on 2011-08-10 and 2012-01-10 (the 60th year before February).
    // 31 Dec 2011 @3.5%: personal 3.5%×(300.00×4/12) = 3.50 → 3.50; subsidy 3.5%×(30.00×4/12) = 0.35 → 0.35 (Σ 3.85) → balance 333.85 [personal 303.50, subsidy 30.35]
    // pension-start closing end 2012-02 @3.5%: personal 3.5%×(303.50×2/12 + 300.00×1/12) = 2.645417 → 2.65; subsidy 3.5%×(30.35×2/12 + 30.00×1/12) = 0.264542 → 0.26 (Σ 2.91) → balance 666.76 [personal 606.15, subsidy 60.61]
    // account pension 666.76 / 139 = 4.796835… → 4.80 (QN 第二十条)
    // 2012-03 draw 4.80: subsidy round(4.80×60.61/666.76) = 0.44, personal rest 4.36 → balance 661.96 [personal 601.79, subsidy 60.17]
    // → balance 661.96 [personal 601.79, subsidy 60.17]; paidOut 4.80
    const c = {
      region: "qiannan",
      asOf: "2012-03-31",
      person: { birthDate: "1952-02-29", sex: "male" },
      payments: [
        { year: 2011, date: "2011-08-10", amount: "300" },
        { year: 2012, date: "2012-01-10", amount: "300" },
      ],
    };
    const r = evaluateCase(c);
    expect(r.pension.eligible).toBe(true);
    expect(r.pension.firstMonth).toBe("2012-03");
    expect(r.pension.accountPension).toBe("4.80");
    expect(r.account.interestByYear).toEqual({ "2011": "3.85", "2012": "2.91" });
    expect(r.account.balance).toBe("661.96");
    expect(r.account.components).toMatchObject({ personal: "601.79", subsidy: "60.17" });
    expect(r.account.paidOut).toBe("4.80");
    // 55 + 4.80 = 59.80
    expect(totals(benefitSchedule(c, "2012-02", "2012-03"))).toEqual([null, "59.80"]);
  });

  it("BB-BEN-AGE70, born 29 February: the 70th birthday falls on 2010-02-28 (common year) → +10 from March 2010", () => {
    // Born 1940-02-29, 69 on 2009-09-01: old cohort, 80 a month.
    const s = benefitSchedule(bbOld("1940-02-29", "2010-04-30"), "2010-01", "2010-04");
    expect(totals(s)).toEqual(["80.00", "80.00", "90.00", "90.00"]);
    expect(s[2]!.lines.find((l) => l.rule === "BB-BEN-AGE70")?.amount).toBe("10.00");
  });

  it("CX-LEGACY, born 29 February: a woman born 1956-02-29 is 55 on 2011-02-28 → first month 2011-03", () => {
    const c = cxLegacyWoman("1956-02-29", "2011-03-31");
    expect(evaluateCase(c).pension.firstMonth).toBe("2011-03");
    expect(totals(benefitSchedule(c, "2011-02", "2011-03"))).toEqual([null, "120.00"]); // grade 1, no + 30 (starts after 2010-01)
  });
});
