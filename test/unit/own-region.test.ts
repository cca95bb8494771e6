/**
 * Bring your own region (docs/adding-a-region.md): an agency defines its county's policy in its own
 * code with `definePolicy`, from the main entry only, and evaluates cases against it with
 * `evaluateCaseWith`. The policy here is small and made up: one tier, a flat subsidy, no top-ups.
 */
import { describe, expect, it } from "vitest";
import {
  definePolicy,
  evaluateCase,
  evaluateCaseWith,
  getRegion,
  nationalParameters,
  PensionInputError,
  type RegionPolicyInput,
} from "../../src/index";

const DOC = "示例县城乡居民基本养老保险实施办法 (a made-up text for this test)";
const START = "2014-01-01";
const feature = <T>(value: T, rule: string) => ({ value, rule, citation: `${DOC} 第一条` });
const parameter = <T>(id: string, title: string, value: T) => ({
  id,
  title,
  segments: [{ from: START, value, citation: `${DOC} 第二条` }],
});

const county: RegionPolicyInput = {
  id: "demo-county",
  name: "Demo county",
  nameZh: "示例县",
  source: DOC,
  facts: {
    schemeStart: feature(START, "DC-SCHEME-START"),
    benefitStartMonth: feature("2014-01", "FIRST-MONTH"),
    fixedDivisor: feature(null, "NAT-DIVISOR"),
  },
  features: {
    interestRate: feature("on-1-january" as const, "DC-INT"),
    interestMethod: feature("next-year" as const, "DC-INT"),
    latePayment: feature("refused" as const, "DC-PAY-DEADLINE"),
    latePaymentSubsidy: feature(false, "DC-SUB"),
    paymentsPerYear: feature("one" as const, "DC-PAY-TIERS"),
    payAt60: feature("none" as const, "DC-ELIG"),
    suspension: feature(false, "DC-ELIG"),
    familyBinding: feature(false, "DC-ELIG"),
    makeUp: feature("cohort-2" as const, "DC-ELIG"),
    transfer: feature("move" as const, "DC-TRANSFER"),
    eligibility: feature(true as const, "DC-ELIG"),
    death: feature(true as const, "DC-DEATH"),
    enrollment: feature(true as const, "DC-ENR"),
  },
  parameters: {
    enrolAge: parameter("DC-ENR", "Minimum enrolment age", 16),
    pensionAge: parameter("DC-ELIG", "Pension age", { male: 60, female: 60 }),
    tiers: parameter("DC-PAY-TIERS", "Contribution tiers", ["200"]),
    deadline: parameter("DC-PAY-DEADLINE", "On-time payment deadline", { month: 12, day: 31 }),
    subsidy: parameter("DC-SUB", "Contribution subsidy", { brackets: [{ from: "200", amount: "40" }] }),
    ...nationalParameters,
    basic: parameter("DC-BEN-BASIC", "Basic pension", "100"),
    topUps: [],
  },
};

/** A person born in 1960, paying 200 in 2014–2018. */
const person = {
  region: "demo-county",
  asOf: "2021-06-30",
  person: { birthDate: "1960-03-15", sex: "female" as const },
  payments: [2014, 2015, 2016, 2017, 2018].map((y) => ({ year: y, date: `${y}-06-01`, amount: "200" })),
};

describe("bring your own region: definePolicy + evaluateCaseWith", () => {
  const policy = definePolicy(county);

  it("definePolicy validates and freezes a policy under an own id", () => {
    expect(policy.id).toBe("demo-county");
    expect(Object.isFrozen(policy.parameters.tiers.segments[0])).toBe(true);
  });

  it("evaluates a case of the own region", () => {
    const result = evaluateCaseWith(policy, person);
    expect(result.region).toBe("demo-county");
    expect(result.payments.map((p) => [p.year, p.valid, p.subsidy])).toEqual(
      [2014, 2015, 2016, 2017, 2018].map((y) => [y, true, "40.00"]),
    );
    // 5 × 200 paid and 5 × 40 subsidy, with the national rate's interest (next-year method) on top.
    expect(Number(result.account.components.personal)).toBeGreaterThan(1000);
    expect(Number(result.account.components.subsidy)).toBeGreaterThan(200);
    expect(result.trace.some((s) => s.rule === "DC-SUB" && s.citation.includes("示例县"))).toBe(true);
  });

  it("an own id never names a built-in region, and the registry does not know it", () => {
    expect(() => definePolicy({ ...county, id: "democounty" as never })).toThrow(PensionInputError);
    expect(() => evaluateCase(person)).toThrow(expect.objectContaining({ code: "unknown-region" }));
    expect(() => evaluateCaseWith(getRegion("qiannan"), person)).toThrow(
      expect.objectContaining({ code: "unknown-region" }),
    );
  });

  it("a bad policy is invalid-policy naming the field", () => {
    expect(() => definePolicy({ ...county, parameters: { ...county.parameters, tiers: undefined } } as never)).toThrow(
      expect.objectContaining({ code: "invalid-policy", path: ["parameters", "tiers"] }),
    );
  });
});
