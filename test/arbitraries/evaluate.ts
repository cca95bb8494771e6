import fc from "fast-check";
import { expect } from "vitest";
import { benefitSchedule, evaluateCase, isPensionInputError, type CaseResult, type MonthlyBenefit } from "../../src";

/**
 * Evaluation helpers for the laws: a generated case whose evaluation needs a parameter that is
 * unknown on the date asked (`parameter-unknown`, a legitimate answer under rules.md) is skipped
 * and counted; any other exception propagates and fails the law. Each law asserts at the end that
 * fewer than 10% of its runs were skipped, so the generators cannot drift into vacuity.
 */
export interface SkipStats {
  runs: number;
  skipped: number;
  /** runs whose premise did not hold (the body returned VACUOUS) */
  vacuous: number;
  /** parameter ids that caused skips, for the failure message */
  readonly why: Map<string, number>;
}

export function newStats(): SkipStats {
  return { runs: 0, skipped: 0, vacuous: 0, why: new Map() };
}

export class Skip extends Error {
  constructor(readonly parameter: string) {
    super(`skipped: parameter-unknown ${parameter}`);
  }
}

/** Evaluate, turning `parameter-unknown` into {@link Skip}. */
export function evaluate(c: unknown): CaseResult {
  try {
    return evaluateCase(c);
  } catch (e) {
    if (isPensionInputError(e) && e.code === "parameter-unknown") throw new Skip(e.details.parameter ?? e.path.join("."));
    throw e;
  }
}

/** benefitSchedule, turning `parameter-unknown` into {@link Skip}. */
export function schedule(c: unknown, from: string, to: string): (MonthlyBenefit | null)[] {
  try {
    return benefitSchedule(c, from, to);
  } catch (e) {
    if (isPensionInputError(e) && e.code === "parameter-unknown") throw new Skip(e.details.parameter ?? e.path.join("."));
    throw e;
  }
}

/**
 * Wrap a property body: counts runs, and a {@link Skip} thrown inside counts as a skip (the run
 * passes vacuously). Use with fc.property; check the stats with {@link expectFewSkips}.
 */
export function counted<A extends unknown[]>(stats: SkipStats, body: (...args: A) => Outcome): (...args: A) => void {
  return (...args: A) => {
    stats.runs += 1;
    try {
      if (body(...args) === VACUOUS) stats.vacuous += 1;
    } catch (e) {
      if (e instanceof Skip) {
        stats.skipped += 1;
        stats.why.set(e.parameter, (stats.why.get(e.parameter) ?? 0) + 1);
        return;
      }
      throw e;
    }
  };
}

/** Fewer than `limit` (10%) of the runs skipped for an unknown parameter. */
export function expectFewSkips(stats: SkipStats, limit = 0.1): void {
  const why = [...stats.why].map(([k, v]) => `${k}: ${v}`).join(", ");
  expect(stats.runs, "the property ran").toBeGreaterThan(0);
  expect(stats.skipped / stats.runs, `skipped ${stats.skipped} of ${stats.runs} (${why})`).toBeLessThan(limit);
}

/** What a law's body returns when the generated case does not meet the law's premise. */
export const VACUOUS = "vacuous" as const;
export type Outcome = void | typeof VACUOUS;

/** The fixed seed of every property (reproducible runs). */
export const SEED = 424242;

export interface LawOptions {
  readonly numRuns: number;
  /** The least share of runs that must meet the law's premise (default 0.2). */
  readonly minApplicable?: number;
}

/**
 * Check a law over `arb` with the fixed seed: a failing run fails the test with fast-check's
 * shrunk counterexample; afterwards fewer than 10% of the runs may have been skipped for an
 * unknown parameter, and at least `minApplicable` must have met the premise.
 */
export function law<T>(arb: fc.Arbitrary<T>, body: (value: T) => Outcome, options: LawOptions): SkipStats {
  const stats = newStats();
  fc.assert(fc.property(arb, counted(stats, body)), { seed: SEED, numRuns: options.numRuns });
  if (process.env.PROPS_STATS) console.log(`[law] ${expect.getState().currentTestName}: runs ${stats.runs}, vacuous ${stats.vacuous}, skipped ${stats.skipped}`);
  expectFewSkips(stats);
  const applicable = (stats.runs - stats.skipped - stats.vacuous) / stats.runs;
  expect(applicable, `share of runs meeting the premise (vacuous ${stats.vacuous}, skipped ${stats.skipped} of ${stats.runs})`).toBeGreaterThanOrEqual(options.minApplicable ?? 0.2);
  return stats;
}

/** True for the skip marker of an evaluation that needed an unknown parameter. */
export function isSkip(e: unknown): e is Skip {
  return e instanceof Skip;
}
