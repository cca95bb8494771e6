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
    if (isPensionInputError(e) && e.code === "parameter-unknown")
      throw new Skip(e.details["parameter"] ?? e.path.join("."));
    throw e;
  }
}

/** benefitSchedule, turning `parameter-unknown` into {@link Skip}. */
export function schedule(c: unknown, from: string, to: string): (MonthlyBenefit | null)[] {
  try {
    return benefitSchedule(c, from, to);
  } catch (e) {
    if (isPensionInputError(e) && e.code === "parameter-unknown")
      throw new Skip(e.details["parameter"] ?? e.path.join("."));
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
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a law's body may end without a return (void) or return VACUOUS
export type Outcome = void | typeof VACUOUS;

/** The fixed seed of every property (reproducible runs); `PROPS_SEED` replaces it to explore. */
export const SEED = envInteger("PROPS_SEED") ?? 424242;

/**
 * `PROPS_RUNS=N`: every property runs max(its default, N) times (`npm run test:deep` sets
 * 100000). With the same seed the first runs are the default run's, so a deep run extends it.
 */
export const PROPS_RUNS = envInteger("PROPS_RUNS") ?? 0;

/** `PROPS_PATH` (with `PROPS_SEED`): replay the counterexample fast-check printed, straight away. */
const PROPS_PATH = process.env["PROPS_PATH"] || undefined;

function envInteger(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return undefined;
  if (!/^-?\d+$/.test(raw)) throw new Error(`${name}=${JSON.stringify(raw)} is not an integer`);
  return Number(raw);
}

/**
 * The number of runs of a property whose default is `numRuns`, under `PROPS_RUNS`; a law whose
 * runs are expensive may cap the deep count (`maxRuns`).
 */
export function runsFor(numRuns: number, maxRuns?: number): number {
  const runs = Math.max(numRuns, PROPS_RUNS);
  return maxRuns === undefined ? runs : Math.max(numRuns, Math.min(runs, maxRuns));
}

export interface LawOptions<T = unknown> {
  readonly numRuns: number;
  /** The most runs under `PROPS_RUNS` (for laws whose runs evaluate a case many times). */
  readonly maxRuns?: number;
  /** The least share of runs that must meet the law's premise (default 0.2). */
  readonly minApplicable?: number;
  /** The case inside a generated value, printed on failure (default: {@link caseInside}). */
  readonly caseOf?: (value: T) => unknown;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const isCaseLike = (v: unknown): boolean => isRecord(v) && "region" in v && "person" in v;

/**
 * The case inside a generated value: the value itself when it looks like a case, the first
 * case-like element of a tuple (case, index…), the `input` of a malformed case, else the value.
 */
export function caseInside(value: unknown): unknown {
  if (isCaseLike(value)) return value;
  if (Array.isArray(value)) {
    const c = value.find(isCaseLike);
    if (c !== undefined) return c;
  }
  if (isRecord(value) && "input" in value && "fault" in value) return value["input"];
  return value;
}

/** Pretty JSON of a counterexample; fast-check's rendering when it is not JSON (a function, a BigInt…). */
export function counterexampleJson(value: unknown): string {
  try {
    const json = JSON.stringify(value, null, 2);
    if (json !== undefined) return json;
  } catch {
    // not JSON: fall through
  }
  return fc.stringify(value);
}

/** The line printed before a counterexample case. */
export const COUNTEREXAMPLE_HEADING =
  "counterexample (save as case.json and run: npx resident-pension explain case.json):";

function params<Ts>(numRuns: number, maxRuns?: number): fc.Parameters<Ts> {
  return { seed: SEED, numRuns: runsFor(numRuns, maxRuns), ...(PROPS_PATH ? { path: PROPS_PATH } : {}) };
}

/** On failure: print the counterexample's case, then throw fast-check's report. */
function report<Ts>(details: fc.RunDetails<Ts>, caseOf: (values: Ts) => unknown): void {
  if (!details.failed) return;
  if (details.counterexample !== null) {
    const name = expect.getState().currentTestName ?? "a law";
    console.error(`${name}\n${COUNTEREXAMPLE_HEADING}\n${counterexampleJson(caseOf(details.counterexample))}`);
  }
  throw new Error(fc.defaultReportMessage(details), { cause: details.errorInstance });
}

/**
 * fc.assert with the fixed seed, `PROPS_RUNS` and `PROPS_PATH`: on failure prints (stderr) the
 * shrunk counterexample's case as pretty JSON under {@link COUNTEREXAMPLE_HEADING}, then throws
 * fast-check's report (seed, path, counterexample; the law's own error as the cause). `caseOf`
 * picks the case out of the counterexample's values (default: {@link caseInside}).
 */
export function checkProperty<Ts extends unknown[]>(
  property: fc.IProperty<Ts>,
  numRuns: number,
  caseOf: (values: Ts) => unknown = caseInside,
  maxRuns?: number,
): void {
  report(fc.check(property, params<Ts>(numRuns, maxRuns)), caseOf);
}

/** {@link checkProperty} for an async property (fc.asyncProperty). */
export async function checkAsyncProperty<Ts extends unknown[]>(
  property: fc.IAsyncProperty<Ts>,
  numRuns: number,
  caseOf: (values: Ts) => unknown = caseInside,
): Promise<void> {
  report(await fc.check(property, params<Ts>(numRuns)), caseOf);
}

/** The `[law]` line of a finished law: its name and counts (printed under PROPS_RUNS or PROPS_STATS). */
export function lawLine(name: string, stats: SkipStats): string {
  return `[law] ${name}: runs ${stats.runs}, vacuous ${stats.vacuous}, skipped ${stats.skipped}`;
}

/**
 * Check a law over `arb` with the fixed seed: a failing run fails the test with fast-check's
 * shrunk counterexample (and prints its case, see {@link checkProperty}); afterwards fewer than
 * 10% of the runs may have been skipped for an unknown parameter, and at least `minApplicable`
 * must have met the premise.
 */
export function law<T>(arb: fc.Arbitrary<T>, body: (value: T) => Outcome, options: LawOptions<T>): SkipStats {
  const stats = newStats();
  const caseOf = options.caseOf;
  const print = (suffix = ""): void => {
    if (process.env["PROPS_STATS"] || PROPS_RUNS > 0)
      console.log(`${lawLine(expect.getState().currentTestName ?? "(unnamed)", stats)}${suffix}`);
  };
  try {
    checkProperty(
      fc.property(arb, counted(stats, body)),
      options.numRuns,
      ([value]) => (caseOf ? caseOf(value) : caseInside(value)),
      options.maxRuns,
    );
  } catch (e) {
    print(", FAILED (runs include the shrinking)");
    throw e;
  }
  print();
  expectFewSkips(stats);
  const applicable = (stats.runs - stats.skipped - stats.vacuous) / stats.runs;
  expect(
    applicable,
    `share of runs meeting the premise (vacuous ${stats.vacuous}, skipped ${stats.skipped} of ${stats.runs})`,
  ).toBeGreaterThanOrEqual(options.minApplicable ?? 0.2);
  return stats;
}

/** True for the skip marker of an evaluation that needed an unknown parameter. */
export function isSkip(e: unknown): e is Skip {
  return e instanceof Skip;
}
