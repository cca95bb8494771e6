import { expect } from "vitest";
import fc from "fast-check";
import { Decimal } from "../../src/money";
import {
  evaluateCase,
  getRegion,
  isPensionInputError,
  needs,
  withOverrides,
  type CaseResult,
  type PartialCaseResult,
  type Need,
  type Overrides,
  type RegionId,
} from "../../src";
import { parseCase } from "../../src/case/core";
import { floorPolicy } from "../../src/answers/answer";
import { fillValue, parameterById } from "../../src/answers/needs";
import { dateBetween, law, validCase, VACUOUS, type CaseJson } from "../arbitraries";

/**
 * The laws of answers.md (run by answers-*.test.ts, one file per law so that a deep run spreads
 * over the workers).
 *
 * answers.md §1–§3: needs is complete in one call, partial results agree with full results, and
 * floors are lower bounds. Cases of every region, some with a random period of a parameter
 * removed (an override marking it `unknown: true`), so unknowns of every kind occur.
 */
const RUNS = 25;
/** Under `PROPS_RUNS` (npm run test:deep) at most this many runs: each run evaluates a case several times. */
const DEEP_RUNS = 10_000;

/**
 * The parameters whose periods the generator removes. Not the pension and enrolment ages, the
 * divisor, the lump-sum and legacy tables: a different value of those moves the first pension
 * month or the cohort's dates, which opens lookups of other dates (docs/answering.md "How needs
 * finds everything at once").
 */
const REMOVABLE = [
  "basic",
  "tiers",
  "subsidy",
  "rate",
  "deadline",
  "inherit",
  "deathBenefit",
  "collectiveCap",
  "specialSubsidyIncome",
  "minBasic",
] as const;

type Removal = { pick: number; from: number; to: number } | null;

const removal: fc.Arbitrary<Removal> = fc.option(
  fc.record({
    pick: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    from: fc.double({ min: 0, max: 1, noNaN: true }),
    to: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  { freq: 5 },
);

/**
 * The case with a value removed: one of the known periods its evaluation looks up (of a
 * removable parameter) is partly overridden with `unknown: true`.
 */
function withRemoval(c: CaseJson, r: Removal): CaseJson {
  if (r === null) return c;
  const policy = getRegion(c.region);
  const candidates = (needsOrNull(c)?.needs ?? []).filter(
    (n) => n.status === "known" && REMOVABLE.some((k) => parameterById(policy, n.parameter)?.key === k),
  );
  const n = candidates[Math.floor(r.pick * candidates.length)];
  if (n === undefined) return c;
  // The whole period, its end from a random day, or its start to a random day.
  const cut = dateBetween(n.from, n.until, r.from);
  const [a, b] = r.to < 0.4 ? [n.from, n.until] : r.to < 0.7 ? [cut, n.until] : [n.from, cut];
  const options = (c.options ?? {}) as Record<string, unknown>;
  const parameters = { ...((options["parameters"] ?? {}) as Record<string, unknown[]>) };
  parameters[n.parameter] = [
    ...(parameters[n.parameter] ?? []),
    { from: a, until: b, unknown: true, citation: "test: removed" },
  ];
  return { ...c, options: { ...options, parameters } } as CaseJson;
}

const cases = (region: RegionId): fc.Arbitrary<CaseJson> =>
  fc.tuple(validCase(region), removal).map(([c, r]) => withRemoval(c, r));

/**
 * The case with the region's basic pension removed over one of the known periods it looks up
 * (whole, or from a random day of it on), so that a floor applies.
 */
function removeBasic(c: CaseJson, frac: number, whole: boolean): CaseJson {
  const id = getRegion(c.region).parameters.basic.id;
  const known = (needsOrNull(c)?.needs ?? []).filter((n) => n.status === "known" && n.parameter === id);
  const n = known[Math.floor(frac * known.length)] ?? known[0];
  if (n === undefined) return c;
  const from = whole ? n.from : dateBetween(n.from, n.until, frac);
  const options = (c.options ?? {}) as Record<string, unknown>;
  const parameters = { ...((options["parameters"] ?? {}) as Record<string, unknown[]>) };
  parameters[id] = [...(parameters[id] ?? []), { from, until: n.until, unknown: true, citation: "test: removed" }];
  return { ...c, options: { ...options, parameters } } as CaseJson;
}

type Fill = "example" | "low" | "high";

/** The case with a value supplied (as options.parameters overrides with a citation) for every unknown need. */
type Listed = Pick<Need, "parameter" | "from" | "until" | "status" | "example">;
function supplied(c: CaseJson, list: readonly Listed[], fill: Fill, startFrac = 0.5): CaseJson {
  const policy = getRegion(c.region);
  const parsed = parseCase(c);
  const options = { ...((c.options ?? {}) as Record<string, unknown>) };
  const parameters = { ...((options["parameters"] ?? {}) as Record<string, unknown[]>) };
  for (const n of list) {
    if (n.status !== "unknown") continue;
    if (n.parameter.endsWith("-SCHEME-START")) {
      options["schemeStart"] = dateBetween(n.from, n.until, startFrac);
      continue;
    }
    const found = parameterById(policy, n.parameter)!;
    const value = fill === "example" ? n.example : fillValue(fill, found.key, found.parameter, parsed, policy);
    parameters[n.parameter] = [
      ...(parameters[n.parameter] ?? []),
      { from: n.from, until: n.until, value, citation: "test: supplied" },
    ];
  }
  options["parameters"] = parameters;
  return { ...c, options } as CaseJson;
}

/**
 * needs, or null when it throws `parameter-unknown` itself: a known value that still lacks what
 * the case asks (a divisor table without the age at pension start) is not a period to supply.
 */
function needsOrNull(c: unknown): ReturnType<typeof needs> | null {
  try {
    return needs(c);
  } catch (e) {
    if (isPensionInputError(e) && e.code === "parameter-unknown") return null;
    throw e;
  }
}

function unknownError(c: unknown): { parameter: string; date: string } | null {
  try {
    evaluateCase(c, { trace: false });
    return null;
  } catch (e) {
    if (isPensionInputError(e) && e.code === "parameter-unknown")
      return { parameter: e.details.parameter ?? "", date: e.details.date ?? "" };
    throw e;
  }
}

/** Every non-null figure of `partial` equals the full result's figure (trace and unknowns aside). */
function expectAgrees(partial: unknown, full: unknown, path = "$"): void {
  if (partial === null) return;
  if (Array.isArray(partial)) {
    expect(Array.isArray(full), `${path} is an array in the full result`).toBe(true);
    expect((full as unknown[]).length, `${path}.length`).toBe(partial.length);
    partial.forEach((x, i) => expectAgrees(x, (full as unknown[])[i], `${path}[${i}]`));
    return;
  }
  if (typeof partial === "object") {
    for (const [k, v] of Object.entries(partial as Record<string, unknown>)) {
      if (path === "$" && (k === "trace" || k === "unknowns")) continue;
      expectAgrees(v, (full as Record<string, unknown>)[k], `${path}.${k}`);
    }
    return;
  }
  expect(full, path).toBe(partial);
}

const fills = fc.constantFrom<Fill>("example", "low", "high");

/** needs (a): complete ⇒ evaluateCase never fails with parameter-unknown; (b): a parameter-unknown error for P on D ⇒ needs lists P unknown on a period containing D */
export function needsABLaw(region: RegionId): void {
  law(
    cases(region),
    (c) => {
      const report = needsOrNull(c);
      const err = unknownError(c);
      if (report === null) {
        expect(err, "needs refused, so must evaluate").not.toBeNull();
        return VACUOUS;
      }
      if (report.complete) expect(err, "complete, yet parameter-unknown").toBeNull();
      if (err !== null) {
        expect(report.complete, "an error, yet complete").toBe(false);
        const listed = report.needs.some(
          (n) =>
            n.status === "unknown" &&
            n.parameter === err.parameter &&
            (n.parameter.endsWith("-SCHEME-START") || (n.from <= err.date && err.date <= n.until)),
        );
        expect(listed, `${err.parameter} on ${err.date} listed unknown`).toBe(true);
      }
      expect(report.complete).toBe(!report.needs.some((n) => n.status === "unknown"));
      return undefined;
    },
    { numRuns: RUNS, maxRuns: DEEP_RUNS, minApplicable: 0 },
  );
}

/** needs (c): supplying any value for every unknown period listed makes needs complete, and evaluateCase exact */
export function needsCLaw(region: RegionId): void {
  law(
    fc.tuple(cases(region), fills, fc.double({ min: 0, max: 1, noNaN: true })),
    ([c, fill, frac]) => {
      const report = needsOrNull(c);
      if (report === null || report.complete) return VACUOUS;
      const filled = supplied(c, report.needs, fill, frac);
      const again = needs(filled);
      expect(
        again.needs.filter((n) => n.status === "unknown"),
        "unknown after supplying every listed period",
      ).toEqual([]);
      expect(unknownError(filled)).toBeNull();
      return undefined;
    },
    { numRuns: RUNS, maxRuns: DEEP_RUNS, minApplicable: 0.2 },
  );
}

/** partial: every figure not null equals the full result's with any values supplied for the missing periods */
export function partialLaw(region: RegionId): void {
  law(
    fc.tuple(cases(region), fills, fc.double({ min: 0, max: 1, noNaN: true })),
    ([c, fill, frac]) => {
      let partial: PartialCaseResult;
      try {
        partial = evaluateCase(c, { unknowns: "partial", trace: false });
      } catch (e) {
        if (isPensionInputError(e) && e.code === "parameter-unknown") return VACUOUS; // a known table without the value asked (a divisor without the age)
        throw e;
      }
      if (partial.unknowns.length === 0) {
        expect(partial).toEqual({ ...evaluateCase(c, { trace: false }), unknowns: [] });
        return VACUOUS;
      }
      const full = evaluateCase(supplied(c, partial.unknowns, fill, frac), { trace: false });
      expectAgrees(partial, full);
      return undefined;
    },
    { numRuns: RUNS, maxRuns: DEEP_RUNS, minApplicable: 0.2 },
  );
}

/** floor: with any basic pension at or above the floor, marked figures are ≥ (at-least) / ≤ (at-most) and unmarked figures equal */
export function floorLaw(region: RegionId): void {
  const withBasicRemoved = fc
    .tuple(
      fc.oneof(
        validCase(region, { pension: true, fixture: true }),
        validCase(region, { death: true, fixture: true }),
        validCase(region, { pension: true }),
      ),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.boolean(),
    )
    .map(([c, frac, whole]) => removeBasic(c, frac, whole));
  law(
    fc.tuple(withBasicRemoved, fc.integer({ min: 0, max: 500 })),
    ([c, raise]) => {
      let low: CaseResult;
      try {
        low = evaluateCase(c, { estimate: "floor", trace: false });
      } catch (e) {
        if (isPensionInputError(e) && e.code === "parameter-unknown") return VACUOUS; // a missing table: no floor
        throw e;
      }
      const missing = (needsOrNull(c)?.needs ?? []).filter((n) => n.status === "unknown");
      if (
        missing.length === 0 ||
        missing.some((n) => n.parameter !== getRegion(c.region).parameters.basic.id && n.parameter !== "NAT-MIN-BASIC")
      )
        return VACUOUS;
      // Supply, for every unknown basic period, the largest floor in it plus `raise`.
      const own = (c.options as { parameters?: Overrides } | undefined)?.parameters;
      const policy = floorPolicy(own ? withOverrides(getRegion(c.region), own) : getRegion(c.region));
      const supply: Record<string, unknown[]> = {};
      for (const n of missing) {
        const p = n.parameter === "NAT-MIN-BASIC" ? policy.parameters.minBasic : policy.parameters.basic;
        let top = new Decimal(0);
        for (const s of p.segments)
          if (!("unknown" in s) && s.from <= n.until && (s.until === undefined || s.until >= n.from))
            if (new Decimal(s.value).gt(top)) top = new Decimal(s.value);
        (supply[n.parameter] ??= []).push({
          from: n.from,
          until: n.until,
          value: top.plus(raise).toString(),
          citation: "test: at or above the floor",
        });
      }
      const options = { ...((c.options ?? {}) as Record<string, unknown>) };
      const parameters = { ...((options["parameters"] ?? {}) as Record<string, unknown[]>) };
      for (const [id, list] of Object.entries(supply)) parameters[id] = [...(parameters[id] ?? []), ...list];
      const high = evaluateCase({ ...c, options: { ...options, parameters } }, { trace: false });
      const cmp = (dir: string | undefined, a: string, b: string, what: string): void => {
        if (dir === "at-least") expect(new Decimal(b).gte(a), `${what}: ${b} ≥ ${a}`).toBe(true);
        else if (dir === "at-most") expect(new Decimal(b).lte(a), `${what}: ${b} ≤ ${a}`).toBe(true);
        else expect(b, what).toBe(a);
      };
      const m = low.pension.monthly;
      const mh = high.pension.monthly;
      expect(mh === null, "monthly in both").toBe(m === null);
      if (m && mh) {
        cmp(m.estimate, m.total, mh.total, "monthly.total");
        cmp(m.estimate, m.basic, mh.basic, "monthly.basic");
        expect(mh.account).toBe(m.account);
        m.lines.forEach((l, i) => cmp(l.estimate, l.amount, mh.lines[i]!.amount, `line ${l.rule}`));
      }
      const s = low.settlement;
      const sh = high.settlement;
      if (s && sh) {
        for (const k of [
          "balance",
          "excluded",
          "overpayment",
          "overpaymentRecovered",
          "overpaymentOutstanding",
          "inheritable",
          "toFund",
          "transferred",
          "deathBenefit",
        ] as const)
          cmp(s.estimates?.[k], s[k], sh[k], `settlement.${k}`);
        // Lines match by rule and label without figures (a line such as "still owed" may appear).
        const key = (l: { rule: string; label: string }): string => `${l.rule}|${l.label.replace(/\d[\d.,]*/g, "#")}`;
        const highLines = new Map(sh.lines.map((l) => [key(l), l]));
        for (const l of s.lines) {
          const o = highLines.get(key(l));
          if (o === undefined) expect(l.estimate, `settlement line ${l.label} only in the floor result`).toBeDefined();
          else cmp(l.estimate, l.amount, o.amount, `settlement line ${l.label}`);
        }
      }
      const rest = (r: CaseResult): unknown => ({
        ...r,
        pension: { ...r.pension, monthly: null },
        settlement: null,
        account: { ...r.account, estimate: undefined },
        trace: [],
      });
      expect(rest(high)).toEqual(rest(low));
      return undefined;
    },
    { numRuns: RUNS, maxRuns: DEEP_RUNS, minApplicable: 0.15 },
  );
}
