import { describe, expect, test } from "vitest";
import { evaluateCase } from "../../src";
import { addDays } from "../arbitraries";

/**
 * Regressions for two defects the laws found (PROPS_RUNS=2000), now fixed: bars (another pension,
 * the employees' pension) were checked on asOf, so a past settlement changed with asOf; and
 * death-benefit kinds a rule did not handle were accepted and silently paid 0.
 */

describe("fixed: a bar checked on asOf rewrote a past settlement (law: the settlement does not move when asOf moves past the death)", () => {
  // Shrunk by `PROPS_RUNS=2000` (settlement.test.ts), one per region. Each has an
  // employee-pension / other-pension status whose `until` is asOf: on asOf the bar holds (no
  // pension ever, eligibility.ts checks the bars on asOf), a day later it does not (the whole
  // pension history comes back), so a death's settlement depends on the day it is looked at.
  const cases = {
    qiannan: {
      region: "qiannan",
      asOf: "2015-10-20",
      person: {
        birthDate: "1937-11-13",
        statuses: [{ kind: "other-pension", from: "2015-07-15", until: "2015-10-20" }],
        events: [
          { kind: "death", date: "2015-09-15" },
          { kind: "missing", date: "2011-07-01" },
        ],
      },
      payments: [],
      options: { interestMethod: "monthly" },
    },
    jiangmen: {
      region: "jiangmen",
      asOf: "2023-01-01",
      person: {
        birthDate: "1935-11-04",
        sex: "male",
        statuses: [{ kind: "employee-pension", from: "2014-01-24", until: "2023-01-01" }],
        events: [{ kind: "death", date: "2011-11-01" }],
      },
      payments: [],
      options: { interestMethod: "monthly", pensionsPaidThrough: "2011-11", schemeStart: "2011-11-28" },
    },
    cixi: {
      region: "cixi",
      asOf: "2010-02-01",
      person: {
        birthDate: "1925-01-01",
        sex: "male",
        statuses: [{ kind: "employee-pension", from: "2010-01-01", until: "2010-02-01" }],
        legacyGrade: 1,
        events: [{ kind: "death", date: "2010-01-01" }],
      },
      payments: [],
      options: { interestMethod: "monthly", pensionsPaidThrough: "2010-01" },
    },
    beibei: {
      region: "beibei",
      asOf: "2026-06-18",
      person: {
        birthDate: "1949-09-02",
        sex: "male",
        statuses: [{ kind: "employee-pension", from: "2025-09-07", until: "2026-06-18" }],
        childrenEnrolled: false,
        events: [{ kind: "death", date: "2026-06-18" }],
      },
      payments: [
        { year: 2009, date: "2009-09-01", amount: "101" },
        { year: 2009, date: "2009-09-01", amount: "200" },
      ],
      options: {
        pensionsPaidThrough: "2026-06",
        parameters: {
          "NAT-MIN-BASIC": [{ from: "2024-01-01", value: "113", citation: "property fixture" }],
          "BB-BEN-BASIC": [
            { from: "2009-09-01", until: "2009-09-30", value: "70", citation: "property fixture" },
            { from: "2014-07-01", value: "90", citation: "property fixture" },
          ],
        },
      },
    },
  } as const;
  for (const [region, c] of Object.entries(cases)) {
    test(`${region}: the settlement as of the day after asOf equals the one as of asOf`, () => {
      const now = evaluateCase(c).settlement;
      const later = evaluateCase({ ...c, asOf: addDays(c.asOf, 1) }).settlement;
      expect(now).not.toBeNull();
      expect(later).toStrictEqual(now);
    });
  }
});

describe("fixed: every death-benefit kind is paid by both death-benefit parameters", () => {
  // deathBenefitValueSchema (flat | months-of-pension | multiple-of-basic) validates both
  // parameters, but settlement.ts pays only flat / months-of-pension for `deathBenefit` and only
  // multiple-of-basic for Cixi's `legacyFuneral`: the others give 0.00 with no trace step.
  const qnPensionerDies = {
    region: "qiannan",
    asOf: "2013-12-31",
    person: { birthDate: "1945-03-01", events: [{ kind: "death", date: "2013-08-10" }] },
    payments: [],
  };
  const cxLegacyDies = {
    region: "cixi",
    asOf: "2013-12-31",
    person: { birthDate: "1950-06-01", sex: "female", legacyGrade: 3, events: [{ kind: "death", date: "2013-08-01" }] },
    payments: [],
  };
  const withParam = (c: object, id: string, from: string, value: object) => ({
    ...c,
    options: { parameters: { [id]: [{ from, value, citation: "test" }] } },
  });

  test("QN-DEATH { kind: multiple-of-basic } is either refused or paid", () => {
    const r = evaluateCase(
      withParam(qnPensionerDies, "QN-DEATH", "2011-07-01", { kind: "multiple-of-basic", multiple: 2 }),
    );
    expect(r.settlement!.deathBenefit).not.toBe("0.00");
  });

  test("CX-FUNERAL { kind: flat } is either refused or paid", () => {
    const r = evaluateCase(withParam(cxLegacyDies, "CX-FUNERAL", "2010-01-01", { kind: "flat", amount: "500" }));
    expect(r.settlement!.deathBenefit).not.toBe("0.00");
  });

  test("(the kinds each rule handles are paid)", () => {
    expect(
      evaluateCase(withParam(qnPensionerDies, "QN-DEATH", "2011-07-01", { kind: "flat", amount: "500" })).settlement!
        .deathBenefit,
    ).toBe("500.00");
    expect(
      evaluateCase(withParam(cxLegacyDies, "CX-FUNERAL", "2010-01-01", { kind: "multiple-of-basic", multiple: 2 }))
        .settlement!.deathBenefit,
    ).toBe("280.00");
  });
});
