import { describe, expect, it } from "vitest";
import {
  evaluateCase,
  isPensionInputError,
  needs,
  packTemplate,
  regions,
  titlesZh,
  withOverrides,
  type Parameter,
} from "../../src";
import { exampleOf } from "../../src/answers/needs";
import { shapes } from "../../src/answers/need";

/** answers.md §1–§3 on hand-checked cases; the laws over generated cases are in test/properties/answers-laws.ts. */

const allParameters = (): { region: (typeof regions)[number]; key: string; p: Parameter<unknown> }[] =>
  regions.flatMap((region) =>
    Object.entries(region.parameters).flatMap(([key, v]) =>
      ((Array.isArray(v) ? v : v ? [v] : []) as Parameter<unknown>[]).map((p) => ({ region, key, p })),
    ),
  );

describe("titles, shapes and examples", () => {
  it.each(allParameters().map((x) => ({ ...x, id: x.p.id, name: x.region.id })))(
    "$name $id: a Chinese title, a shape, and an example the parameter's schema accepts",
    ({ region, key, p }) => {
      expect(titlesZh[p.id], `titlesZh[${p.id}]`).toMatch(/\p{Script=Han}/u);
      expect(shapes[key]?.shape).toBeTruthy();
      const from = p.segments[0]!.from;
      for (const value of [exampleOf(key, p), shapes[key]!.example]) {
        expect(
          () => withOverrides(region, { [p.id]: [{ from, value, citation: "test: example" }] }),
          `${p.id} example ${JSON.stringify(value)}`,
        ).not.toThrow();
      }
    },
  );

  it("every region's scheme-start fact has a Chinese title", () => {
    for (const r of regions) expect(titlesZh[r.facts.schemeStart.rule]).toBe("本地制度实施日期");
  });
});

/**
 * The example: born 1952-09-15 in Qiannan, paid the 100 tier in 2011 and 2012 on time
 * (second cohort, pension from 2012-10), asked on 2026-12-31. QN-BEN-BASIC is unknown from
 * 2023-07-01; its latest known value is 128 (from 2023-01-01), NAT-MIN-BASIC's latest known is
 * 103 (from 2023-07-01): floor = max(128, 103) = 128.
 */
const qiannan = {
  region: "qiannan",
  asOf: "2026-12-31",
  person: { birthDate: "1952-09-15" },
  payments: [
    { year: 2011, date: "2011-10-01", amount: "100" },
    { year: 2012, date: "2012-06-01", amount: "100" },
  ],
};

describe("the Qiannan example of issue 13", () => {
  it("refuses with every missing value in details.missing", () => {
    let err: unknown;
    try {
      evaluateCase(qiannan);
    } catch (e) {
      err = e;
    }
    expect(isPensionInputError(err) && err.code === "parameter-unknown").toBe(true);
    if (!isPensionInputError(err)) return;
    expect(err.details.parameter).toBe("QN-BEN-BASIC");
    expect(err.details.date).toBe("2026-12-01");
    expect(err.details.missing?.map((n) => [n.parameter, n.from, n.until, n.status])).toEqual([
      ["QN-BEN-BASIC", "2023-07-01", "2026-12-31", "unknown"],
    ]);
    expect(err.message).toContain("--params FILE");
    expect(err.message).toContain("withParameterPack");
  });

  it("partial: eligibility, first month, account pension; basic and total null", () => {
    const r = evaluateCase(qiannan, { unknowns: "partial" });
    expect(r.pension?.eligible).toBe(true);
    expect(r.pension?.firstMonth).toBe("2012-10");
    expect(r.pension?.accountPension).toBe("1.91");
    expect(r.pension?.monthly).toMatchObject({ month: "2026-12", basic: null, total: null, account: "1.91" });
    expect(r.contributionYears).toBe(2);
    expect(r.unknowns.map((n) => n.parameter)).toEqual(["QN-BEN-BASIC"]);
    expect(r.trace.some((s) => s.rule === "QN-BEN-BASIC")).toBe(false);
  });

  it("floor: the basic pension is at least 128, total at least 128 + 1.91 = 129.91", () => {
    const r = evaluateCase(qiannan, { estimate: "floor" });
    expect(r.pension.monthly).toMatchObject({ basic: "128.00", total: "129.91", estimate: "at-least" });
    expect(r.pension.monthly?.lines[0]).toEqual({ rule: "QN-BEN-BASIC", amount: "128.00", estimate: "at-least" });
    expect(r.pension.monthly?.lines[1]).toEqual({ rule: "QN-BEN-ACCOUNT", amount: "1.91" });
    expect(r.account.estimate).toBeUndefined(); // Qiannan's interest is the PBoC rate itself
    const step = r.trace.find((s) => s.rule === "QN-BEN-BASIC")!;
    expect(step.citation).toContain("人社部发〔2015〕5号");
    expect(step.citation).toContain("QN-BEN-BASIC 128 from 2023-01-01");
  });

  it("the pack template, filled with any value, makes needs complete and evaluate exact (150 + 1.91 = 151.91)", () => {
    const report = needs(qiannan);
    expect(report.complete).toBe(false);
    const pack = packTemplate("qiannan", report);
    expect(pack).toEqual({
      format: "resident-pension/parameter-pack@1",
      region: "qiannan",
      title: "",
      source: "",
      values: { "QN-BEN-BASIC": [{ from: "2023-07-01", until: "2026-12-31", value: null, citation: "" }] },
    });
    const filled = Object.fromEntries(
      Object.entries(pack.values).map(([id, list]) => [
        id,
        list.map((s) => ({ ...s, value: "150", citation: "test: a notice" })),
      ]),
    );
    const exact = { ...qiannan, options: { parameters: filled } };
    expect(needs(exact).complete).toBe(true);
    expect(evaluateCase(exact).pension.monthly?.total).toBe("151.91");
  });

  it("the default refusal and full results are unchanged by the new options when nothing is missing", () => {
    const known = { ...qiannan, asOf: "2013-06-30" };
    const full = evaluateCase(known);
    expect(evaluateCase(known, { unknowns: "partial" })).toEqual({ ...full, unknowns: [] });
    expect(evaluateCase(known, { estimate: "floor" })).toEqual(full);
  });
});

describe("the common partial situations (answers.md §2)", () => {
  it("an interest rate unknown for a year: that year's and later interest and the balance null; payments and eligibility known", () => {
    const c = {
      region: "qiannan",
      asOf: "2016-06-30",
      person: { birthDate: "1970-05-01" },
      payments: [2013, 2014, 2015].map((year) => ({ year, date: `${year}-06-01`, amount: "100" })),
      options: {
        parameters: {
          "NAT-RATE-PBOC": [{ from: "2014-01-01", until: "2014-12-31", unknown: true, citation: "test: removed" }],
        },
      },
    };
    const r = evaluateCase(c, { unknowns: "partial" });
    expect(r.payments?.map((p) => p?.valid)).toEqual([true, true, true]);
    expect(r.contributionYears).toBe(3);
    expect(r.pension?.eligible).toBe(false);
    expect(r.account?.interestByYear).toEqual({ "2013": "1.95", "2014": null, "2015": null });
    expect(r.account?.balance).toBeNull();
    expect(r.unknowns.map((n) => [n.parameter, n.from, n.until])).toEqual([
      ["NAT-RATE-PBOC", "2014-01-01", "2014-12-31"],
    ]);
  });

  it("a death benefit built on an unknown basic pension: that line null; at least 12 × 90 = 1080 with the floor", () => {
    // Beibei: BB-DEATH-POST pays 12 months of the pension of the month before the death month;
    // BB-BEN-BASIC is unknown from 2014-07-01, its latest known value 90, NAT-MIN-BASIC 70.
    const c = {
      region: "beibei",
      asOf: "2015-06-30",
      person: { birthDate: "1940-05-01", events: [{ kind: "death", date: "2015-03-10" }] },
    };
    const p = evaluateCase(c, { unknowns: "partial" });
    expect(p.settlement?.deathBenefit).toBeNull();
    expect(p.settlement?.inheritable).toBe("0.00");
    expect(p.pension?.firstMonth).toBe("2009-10");
    const f = evaluateCase(c, { estimate: "floor" });
    expect(f.settlement?.deathBenefit).toBe("1080.00");
    expect(f.settlement?.estimates).toEqual({ deathBenefit: "at-least" });
    expect(f.settlement?.lines.at(-1)).toMatchObject({
      rule: "BB-DEATH-POST",
      amount: "1080.00",
      estimate: "at-least",
    });
  });

  it("a payment whose year's tier table is unknown: valid null, and what depends on the account null", () => {
    const c = {
      region: "qiannan",
      asOf: "2016-06-30",
      person: { birthDate: "1970-05-01" },
      payments: [2013, 2014].map((year) => ({ year, date: `${year}-06-01`, amount: "100" })),
      options: {
        parameters: {
          "QN-PAY-TIERS": [{ from: "2014-01-01", until: "2014-12-31", unknown: true, citation: "test: removed" }],
        },
      },
    };
    const r = evaluateCase(c, { unknowns: "partial" });
    expect(r.payments?.map((p) => p?.valid)).toEqual([true, null]);
    expect(r.contributionYears).toBeNull();
    expect(r.account?.balance).toBeNull();
  });
});

describe("regressions found by the deep law runs", () => {
  it("a Qiannan case without payments whose 2011–2013 tiers are removed: partial lists the tiers, never invalid-policy", () => {
    // PROPS_RUNS=10000 partial law, qiannan: the stand-in tier table for a case without payments was
    // built from the latest known table, whose 2021 shape `{ tiers, reserved }` was not read — an
    // empty list, refused as invalid-policy instead of a partial result.
    const c = {
      region: "qiannan",
      asOf: "2011-08-12",
      person: { birthDate: "1951-07-02" },
      payments: [],
      options: {
        pensionsPaidThrough: "2011-08",
        parameters: {
          "QN-PAY-TIERS": [{ from: "2011-07-01", until: "2013-12-31", unknown: true, citation: "test: removed" }],
        },
      },
    };
    const partial = evaluateCase(c, { unknowns: "partial", trace: false });
    expect(partial.unknowns.map((u) => [u.parameter, u.from, u.until])).toEqual([
      ["QN-PAY-TIERS", "2011-07-01", "2011-08-12"],
    ]);
    expect(needs(c).complete).toBe(false);
  });
});
