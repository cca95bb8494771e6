import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  evaluateCaseWith,
  getRegion,
  PARAMETER_PACK_FORMAT,
  regionIds,
  regions,
  withOverrides,
  withParameterPack,
  type Overrides,
  type ParameterPack,
  type RegionId,
} from "../../src";
import {
  allParameters,
  deepFreeze,
  effectivePolicy,
  evaluate,
  law,
  permute,
  unfrozenPaths,
  validCase,
  type CaseJson,
} from "../arbitraries";

/** evaluateCase is a pure function of its input (case-format.md; conventions.md). */
const RUNS = 80;

describe.each(regionIds)("%s", (region) => {
  test("purity: the input is not mutated (deep-frozen input evaluates), region policies stay frozen", () => {
    law(
      validCase(region),
      (c) => {
        const before = structuredClone(c);
        const open = structuredClone(c);
        const r1 = evaluate(open);
        expect(open, "an unfrozen input is left as it was").toStrictEqual(before);
        const frozen = deepFreeze(structuredClone(c));
        const r2 = evaluate(frozen);
        expect(frozen).toStrictEqual(before);
        expect(JSON.stringify(r2)).toBe(JSON.stringify(r1));
        for (const p of regions) expect(unfrozenPaths(p, p.id), `${p.id} policy stays deep-frozen`).toEqual([]);
        expect(Object.isFrozen(regions)).toBe(true);
      },
      { numRuns: RUNS },
    );
  });

  test("order independence: shuffling the payments array gives the same result", () => {
    law(
      fc.tuple(validCase(region), fc.array(fc.nat(), { minLength: 1, maxLength: 64 })),
      ([c, keys]) => {
        const payments = (c.payments ?? []) as unknown[];
        const shuffled = { ...c, payments: permute(payments, keys) } as CaseJson;
        expect(JSON.stringify(evaluate(shuffled))).toBe(JSON.stringify(evaluate(c)));
      },
      { numRuns: RUNS },
    );
  });

  test("order independence: shuffling statuses and events gives the same result", () => {
    law(
      fc.tuple(validCase(region), fc.array(fc.nat(), { minLength: 1, maxLength: 8 })),
      ([c, keys]) => {
        const person = { ...c.person };
        if (person.statuses) person.statuses = permute(person.statuses, keys);
        if (person.events) person.events = permute(person.events, [...keys].reverse());
        expect(JSON.stringify(evaluate({ ...c, person }))).toBe(JSON.stringify(evaluate(c)));
      },
      { numRuns: RUNS },
    );
  });

  test("withOverrides(policy, the policy's own segments of a parameter) is the same policy and evaluates the case identically", () => {
    law(
      fc.tuple(validCase(region), fc.nat()),
      ([c, k]) => {
        const overrides = c.options?.parameters as Overrides | undefined;
        const policy = effectivePolicy(region as RegionId, overrides);
        const params = allParameters(policy);
        const p = params[k % params.length]!;
        const own = { [p.id]: structuredClone(p.segments) } as unknown as Overrides;
        expect(withOverrides(policy, own), `withOverrides(${p.id}) of its own segments`).toStrictEqual(policy);
        const c2 = {
          ...c,
          options: { ...(c.options ?? {}), parameters: { ...(overrides ?? {}), ...own } },
        } as CaseJson;
        // The same result but for the citations: a supplied value is cited as supplied (answers.md §4).
        const unmarked = (x: CaseJson): string => {
          const r = evaluate(x);
          return JSON.stringify({ ...r, trace: r.trace.map(({ citation: _c, ...step }) => step) });
        };
        expect(unmarked(c2), `case with ${p.id} overridden by its own segments`).toBe(unmarked(c));
      },
      { numRuns: RUNS },
    );
  });

  test("a parameter pack of the policy's own segments of a parameter evaluates the case identically, but for the citations", () => {
    const strip = (r: ReturnType<typeof evaluate>): string =>
      JSON.stringify({ ...r, trace: r.trace.map(({ citation: _c, ...step }) => step) });
    law(
      fc.tuple(validCase(region), fc.nat()),
      ([c, k]) => {
        const base = getRegion(region);
        const params = allParameters(base);
        const p = params[k % params.length]!;
        const pack = {
          format: PARAMETER_PACK_FORMAT,
          region,
          title: "own",
          values: { [p.id]: structuredClone(p.segments) },
        } as unknown as ParameterPack;
        const expected = strip(evaluate(c));
        const packed = evaluateCaseWith(withParameterPack(base, pack), c);
        expect(strip(packed), `case with a pack of ${p.id}'s own segments`).toBe(expected);
        // Every step of the parameter that cites a known value of it cites it as supplied by the pack
        // (another parameter may share a citation: Beibei's 2022 tiers and subsidies are one notice).
        const known = p.segments.filter((s) => !("unknown" in s)).map((s) => s.citation);
        for (const step of packed.trace)
          for (const cite of known)
            if (step.rule === p.id && step.citation === cite)
              throw new Error(`${p.id}: step ${step.rule} cites the config, not the pack`);
      },
      { numRuns: RUNS },
    );
  });
});
