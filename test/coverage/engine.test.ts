import { describe, expect, it } from "vitest";
import {
  benefitSchedule,
  benefitScheduleWith,
  cixi,
  evaluateCase,
  evaluateCaseWith,
  getRegion,
  qiannan,
  regionPolicySchema,
  withOverrides,
  type Overrides,
} from "../../src";
import { findMismatch } from "../../src/case/expect";
import { definePolicy, zodToInputError } from "../../src/policy/define";
import { inputError } from "../helpers";

/**
 * Branches of the engine that the golden cases and the laws do not reach (docs/testing.md
 * "Coverage"): each test names the behaviour it pins, not only the line it covers.
 */


/** A Qiannan old-cohort pensioner (60+ on the scheme start 2011-07-01: no contribution needed). */
const pensioner = { region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1948-03-02" } } as const;

describe("policy registry and policy sources", () => {
  it("getRegion refuses an unknown id with unknown-region at ['region']", () => {
    const e = inputError(() => getRegion("guizhou"));
    expect(e).toMatchObject({ code: "unknown-region", path: ["region"] });
    expect(e.message).toContain("known: ningxia, qiannan, jiangmen, cixi, beibei");
  });

  it("evaluateCaseWith takes one policy, a list or a function, and refuses a region it was not given", () => {
    const all = evaluateCase(pensioner);
    expect(evaluateCaseWith(qiannan, pensioner)).toStrictEqual(all);
    expect(evaluateCaseWith([cixi, qiannan], pensioner)).toStrictEqual(all);
    expect(evaluateCaseWith(() => qiannan, pensioner)).toStrictEqual(all);
    const e = inputError(() => evaluateCaseWith([cixi], pensioner));
    expect(e).toMatchObject({ code: "unknown-region", path: ["region"] });
    expect(e.message).toContain("not among the policies given (cixi)");
    expect(inputError(() => evaluateCaseWith(cixi, pensioner)).code).toBe("unknown-region");
  });

  it("benefitSchedule refuses `to` before `from` (invalid-date at ['to']), before reading the case", () => {
    expect(inputError(() => benefitSchedule(pensioner, "2013-05", "2013-01"))).toMatchObject({ code: "invalid-date", path: ["to"] });
    expect(inputError(() => benefitScheduleWith(qiannan, null, "2013-05", "2013-04"))).toMatchObject({ code: "invalid-date", path: ["to"] });
  });
});

describe("policy validation", () => {
  const basic = (p: typeof qiannan) => p.parameters.basic;

  it("regionPolicySchema refuses a segment ending before it starts, and overlapping segments", () => {
    const policy = structuredClone(qiannan) as unknown as { parameters: { basic: { segments: { from: string; until?: string }[] } } };
    policy.parameters.basic.segments[0]!.until = "2000-01-01";
    const r1 = regionPolicySchema.safeParse(policy);
    expect(r1.success).toBe(false);
    expect(r1.error!.issues.map((i) => i.message).join("\n")).toContain("is before from");

    const overlap = structuredClone(qiannan) as unknown as { parameters: { basic: { segments: { from: string; until?: string }[] } } };
    const segs = overlap.parameters.basic.segments;
    expect(segs.length).toBeGreaterThan(1);
    segs[1]!.from = segs[0]!.from;
    const r2 = regionPolicySchema.safeParse(overlap);
    expect(r2.success).toBe(false);
    expect(r2.error!.issues.map((i) => i.message).join("\n")).toContain("overlaps the one before it");
  });

  it("definePolicy throws invalid-policy naming the first bad field", () => {
    const bad = { ...structuredClone(qiannan), name: 5 } as unknown as Parameters<typeof definePolicy>[0];
    expect(inputError(() => definePolicy(bad))).toMatchObject({ code: "invalid-policy", path: ["name"] });
  });

  it("zodToInputError: an issue at the root reads '(root)'; no issue at all reads 'invalid'", () => {
    const root = regionPolicySchema.safeParse(5);
    expect(zodToInputError(root.error!, "invalid-policy").message).toMatch(/^\(root\): /);
    const none = zodToInputError({ issues: [] } as unknown as Parameters<typeof zodToInputError>[0], "invalid-input", ["options"]);
    expect(none).toMatchObject({ code: "invalid-input", path: ["options"], message: "options: invalid" });
  });

  it("an override segment needs exactly one of `value` and `unknown: true`", () => {
    const both = { "QN-BEN-BASIC": [{ from: "2030-01-01", value: "200", unknown: true, citation: "test" }] } as unknown as Overrides;
    expect(inputError(() => withOverrides(qiannan, both))).toMatchObject({ code: "invalid-input" });
    const neither = { "QN-BEN-BASIC": [{ from: "2030-01-01", citation: "test" }] } as unknown as Overrides;
    expect(inputError(() => withOverrides(qiannan, neither)).message).toContain("either a value or `unknown: true`");
    // `unknown: true` alone marks a period unknown: asking for it is parameter-unknown
    const unknown = withOverrides(qiannan, { "QN-BEN-BASIC": [{ from: "2013-01-01", until: "2013-12-31", unknown: true, citation: "test" }] } as unknown as Overrides);
    expect(basic(unknown).segments.some((s) => "unknown" in s && s.unknown)).toBe(true);
    const e = inputError(() => evaluateCaseWith(unknown, pensioner));
    expect(e).toMatchObject({ code: "parameter-unknown" });
  });

  it("an override that makes the policy invalid is invalid-policy at the override entry", () => {
    const e = inputError(() => evaluateCase({ ...pensioner, options: { parameters: { "QN-PAY-TIERS": [{ from: "2012-01-01", value: "not tiers", citation: "test" }] } } }));
    expect(e.code).toBe("invalid-policy");
    expect(e.path.slice(0, 4)).toEqual(["options", "parameters", "QN-PAY-TIERS", 0]);
  });
});

describe("evaluation branches", () => {
  it("a pension starting after 70 with money in the account needs a divisor the table lacks: parameter-unknown NAT-DIVISOR", () => {
    const rates = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [String(2009 + i), "0.015"]));
    const c = {
      region: "ningxia",
      asOf: "2022-12-31",
      person: { birthDate: "1951-06-01" },
      payments: [{ year: 2022, date: "2022-05-01", amount: "1000", kind: "make-up", years: 5 }],
      options: { schemeStart: "2011-01-01", interestRates: rates },
    };
    const e = inputError(() => evaluateCase(c));
    expect(e).toMatchObject({ code: "parameter-unknown", path: ["options", "parameters", "NAT-DIVISOR"], details: { parameter: "NAT-DIVISOR" } });
    expect(e.message).toContain("no divisor for age 71");
  });

  it("Qiannan's highest-in-year interest: a rate period unknown inside the year is parameter-unknown", () => {
    const c = {
      region: "qiannan",
      asOf: "2013-12-31",
      person: { birthDate: "1970-03-01" },
      payments: [{ year: 2012, date: "2012-05-01", amount: "100" }],
      options: { parameters: { "NAT-RATE-PBOC": [{ from: "2013-06-01", until: "2013-08-31", unknown: true, citation: "test" }] } },
    };
    expect(inputError(() => evaluateCase(c))).toMatchObject({ code: "parameter-unknown", details: { parameter: "NAT-RATE-PBOC" } });
  });

  it("declared dead: the missing months go, the months suspended in prison before them stay suspended", () => {
    const c = {
      region: "qiannan",
      asOf: "2016-06-30",
      person: {
        birthDate: "1945-03-01",
        statuses: [{ kind: "imprisoned", from: "2012-01-10", until: "2012-03-20" }],
        events: [
          { kind: "missing", date: "2013-01-01" },
          { kind: "declared-dead", date: "2015-01-01" },
        ],
      },
      payments: [],
      options: { interestRates: { "2013": "0.03", "2014": "0.03", "2015": "0.03" } },
    };
    const r = evaluateCase(c);
    expect(r.pension.suspendedMonths).toEqual(["2012-01", "2012-02", "2012-03"]);
    expect(r.settlement).toMatchObject({ event: "declared-dead", date: "2015-01-01", lastPensionMonth: "2013-06" });
  });
});

describe("findMismatch", () => {
  it("an expected empty list matches only an empty list", () => {
    expect(findMismatch({ pension: { suspendedMonths: [] } }, { pension: { suspendedMonths: ["2012-01"] } })).toEqual({
      path: "$.pension.suspendedMonths",
      expected: [],
      got: ["2012-01"],
    });
    expect(findMismatch({ pension: { suspendedMonths: [] } }, { pension: { suspendedMonths: [] } })).toBeNull();
  });
});

describe("payment rules the generators do not reach", () => {
  it("Beibei: a make-up before the 60th birthday is refused (BB-ELIG: paid at 60), the regular payment stands", () => {
    const c = {
      region: "beibei",
      asOf: "2014-06-30",
      person: { birthDate: "1953-08-01" },
      payments: [
        { year: 2012, date: "2012-05-01", amount: "1000", kind: "make-up", years: 10 },
        { year: 2012, date: "2012-05-01", amount: "100" },
      ],
    };
    const r = evaluateCase(c);
    expect(r.payments.map((p) => [p.kind, p.valid])).toEqual([["make-up", false], ["regular", true]]);
    expect(r.payments[0]!.refusals).toEqual([{ rule: "BB-ELIG", code: "make-up-before-60", message: "make-up is paid at 60 (在本人年满60周岁时), not before 2013-08-01" }]);
    // same date and year: ordered by kind, whatever the input order
    expect(JSON.stringify(evaluateCase({ ...c, payments: [...c.payments].reverse() }))).toBe(JSON.stringify(r));
  });
});
