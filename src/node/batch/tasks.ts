/**
 * The work done on a chunk of JSONL lines, by a worker thread or in-process (`--workers 0`):
 * `evaluate` (the `batch` command) and `cost`. Pure functions of the chunk: the same chunk gives
 * the same output wherever it runs, so the output does not depend on the number of workers.
 *
 * Imports the library through its public barrel (`../index`): see cost.ts.
 */
import {
  evaluateCaseWith,
  isPensionInputError,
  limits,
  localized,
  type Locale,
  policiesWithPacks,
  type LoadedPack,
  type PensionErrorDetails,
  type PensionIssue,
  type PolicySource,
} from "../../index";
import { answerOptions, type AnswerFlags } from "../cli/answer";
import { addCaseCost, addSums, costedCase, emptySums, type CostOptions, type CostSums } from "./cost";
import { MAX_LINE_BYTES, type LineText } from "./lines";
import { LineBytes } from "./line-bytes";
import { cliText } from "../cli/text/index";

/** What a pool of workers does with each chunk. */
export type BatchTask =
  | {
      readonly kind: "evaluate";
      readonly trace: boolean;
      readonly packs?: readonly LoadedPack[] | undefined;
      readonly answer?: AnswerFlags | undefined;
    }
  | { readonly kind: "cost"; readonly options: CostOptions };

// One policy source per task's packs (a worker keeps its task): each region's packs are applied once.
const sources = new WeakMap<readonly LoadedPack[], PolicySource>();
const NO_PACKS: readonly LoadedPack[] = [];

/** The policies a task's cases are evaluated against: the built-in regions with the packs of each. */
export function packedPolicies(packs: readonly LoadedPack[] = NO_PACKS): PolicySource {
  let source = sources.get(packs);
  if (!source) sources.set(packs, (source = policiesWithPacks(packs)));
  return source;
}

/** Consecutive non-blank input lines: their 1-based line numbers and text (or that they were too long). */
export interface Chunk {
  readonly id: number;
  readonly lines: readonly number[];
  readonly texts: readonly LineText[];
}

/** Counts common to both tasks. */
export interface ChunkCounts {
  /** Lines evaluated without error (for cost: costed). */
  ok: number;
  /** Lines that are bad input (invalid JSON or PensionInputError). */
  failed: number;
  /** Lines that hit a bug (anything else thrown); reported like a failure with code "internal-error". */
  internal: number;
  /**
   * Stack traces of the internal errors, for stderr. Kept out of the output lines, which must
   * be the same bytes whichever thread ran the chunk.
   */
  diagnostics: string;
}

export interface EvaluateChunkResult extends ChunkCounts {
  readonly id: number;
  /**
   * The chunk's output JSONL, UTF-8, one line per input line, in order. Bytes, not a string: the
   * worker encodes them and transfers the buffer, so the thread writing the file only writes.
   */
  readonly output: Uint8Array;
  /**
   * Set when a worker process kept the output to write it into the output file itself (then
   * `output` is empty): its size, and how to have it written at a position (pool.ts).
   */
  readonly held?: HeldOutput;
}

/** A chunk's output bytes kept by the worker process that made them, until their place is known. */
export interface HeldOutput {
  readonly bytes: number;
  writeAt(position: number): Promise<void>;
}

export interface CostChunkResult extends ChunkCounts {
  readonly id: number;
  /** Cases of other regions, skipped. */
  otherRegion: number;
  /** Error lines (`{"line":n,"error":{…}}`), in order. */
  readonly errors: string;
  readonly base: CostSums;
  readonly override: CostSums | null;
}

export type ChunkResult = EvaluateChunkResult | CostChunkResult;

/**
 * The error object of an output line: a PensionInputError's JSON (with `details`, `issues` and
 * `received`), or code, path and message for a line that is not JSON or an internal error.
 */
export interface LineError {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly received?: string;
  readonly details?: PensionErrorDetails;
  readonly issues?: readonly PensionIssue[];
}

function errorOf(
  e: unknown,
  prefix = "",
  locale: Locale = "en",
): { error: LineError; internal: boolean; stack?: string } {
  if (isPensionInputError(e)) {
    const le = locale === "en" ? e : localized(e, locale);
    return { error: { ...le.toJSON(), message: prefix + le.message }, internal: false };
  }
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const stack = e instanceof Error ? e.stack : undefined;
  return {
    error: internalError(`${prefix}internal error (a bug, please report it): ${message}`),
    internal: true,
    ...(stack === undefined ? {} : { stack }),
  };
}

/**
 * How a chunk records a failed line, for both tasks: a bad line (`bad`) or a thrown error
 * (`thrown`: bad input, or a bug counted as internal with its stack in the diagnostics), each
 * counted in `counts` and written as an error line through `write`.
 */
function failureRecorder(counts: ChunkCounts, locale: Locale, write: (text: string) => void) {
  return {
    bad(line: number, error: LineError): void {
      counts.failed++;
      write(errorLine(line, error));
    },
    thrown(line: number, e: unknown, id: string | undefined, prefix?: string): void {
      const { error, internal, stack } = errorOf(e, prefix, locale);
      if (internal) {
        counts.internal++;
        counts.diagnostics += `line ${line}: ${stack ?? error.message}\n`;
      } else counts.failed++;
      write(errorLine(line, error, id));
    },
  };
}

/** The error of a line that could not be evaluated because of a bug (or a worker that died). */
export function internalError(message: string): LineError {
  return { code: "internal-error", path: [], message };
}

/** Each line of the chunk parsed as JSON, in order; a line that is not JSON goes to `fail.bad`. */
function eachParsedLine(
  chunk: Chunk,
  locale: Locale,
  fail: ReturnType<typeof failureRecorder>,
  onCase: (line: number, value: unknown) => void,
): void {
  for (let i = 0; i < chunk.lines.length; i++) {
    const parsed = parseLine(chunk.texts[i]!, locale);
    if ("error" in parsed) fail.bad(chunk.lines[i]!, parsed.error);
    else onCase(chunk.lines[i]!, parsed.value);
  }
}

function parseLine(text: LineText, locale: Locale): { value: unknown } | { error: LineError } {
  if (typeof text !== "string") {
    return {
      error: {
        code: "limit-exceeded",
        path: [],
        message: cliText(locale, "line.too-long", { bytes: text.tooLong, limit: MAX_LINE_BYTES }),
      },
    };
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return {
      error: {
        code: "invalid-input",
        path: [],
        message: cliText(locale, "line.not-json", { message: e instanceof Error ? e.message : String(e) }),
      },
    };
  }
}

const utf8 = new TextEncoder();

/**
 * An output line: `{"line":n,"id":…,"result":…}` or `{"line":n,"id":…,"error":{…}}`; `id` only
 * when the case carries a valid one (a string of at most 200 characters).
 */
export const errorLine = (line: number, error: LineError, id?: string): string =>
  `${JSON.stringify(id === undefined ? { line, error } : { line, id, error })}\n`;

/** The case's own `id`, when it is a string within the limit (read without trusting the value). */
function idOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === "string" && id.length <= limits.id ? id : undefined;
}

/**
 * `batch`: each line → `{"line":n,"result":…}` or
 * `{"line":n,"error":{code,path,message,received?,details,issues}}` (with the case's `id`).
 */
export function evaluateChunk(
  chunk: Chunk,
  trace = true,
  packs?: readonly LoadedPack[],
  answer?: AnswerFlags,
): EvaluateChunkResult {
  const options = { trace };
  const policies = packedPolicies(packs);
  const output = new LineBytes();
  const counts: ChunkCounts = { ok: 0, failed: 0, internal: 0, diagnostics: "" };
  const locale = answer?.locale ?? "en";
  // The evaluation already speaks the case's language: its errors are rendered as thrown ("en").
  const fail = failureRecorder(counts, "en", (text) => output.push(text));
  eachParsedLine(chunk, locale, fail, (line, value) => {
    const id = idOf(value);
    try {
      const result = evaluateCaseWith(
        policies,
        value,
        answer === undefined ? options : answerOptions(value, answer, trace),
      );
      // Two pushes: the line and its end are not joined into one more string first.
      output.push(JSON.stringify(id === undefined ? { line, result } : { line, id, result }));
      output.push("\n");
      counts.ok++;
    } catch (e) {
      fail.thrown(line, e, id);
    }
  });
  // A buffer of its own (not Buffer's shared pool): safe to transfer.
  return { id: chunk.id, output: output.bytes(), ...counts };
}

/** `cost`: the chunk's sums under the base policy and the override, and its error lines. */
export function costChunk(chunk: Chunk, options: CostOptions): CostChunkResult {
  const years = options.to - options.from + 1;
  const out: CostChunkResult = {
    id: chunk.id,
    ok: 0,
    failed: 0,
    internal: 0,
    diagnostics: "",
    otherRegion: 0,
    errors: "",
    base: emptySums(years),
    override: options.override === undefined ? null : emptySums(years),
  };
  let errors = "";
  const locale = options.locale ?? "en";
  const fail = failureRecorder(out, locale, (text) => (errors += text));
  eachParsedLine(chunk, locale, fail, (line, value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      fail.bad(line, { code: "invalid-input", path: [], message: cliText(locale, "line.not-a-case", {}) });
      return;
    }
    const input = value as Record<string, unknown>;
    const id = idOf(input);
    if (input["region"] !== options.region) {
      out.otherRegion++;
      return;
    }
    // Both policies, or neither: the difference compares the same cases.
    const sums = caseSums(input, options, years, out.override !== null);
    if ("error" in sums) {
      fail.thrown(line, sums.error, id, sums.withOverride ? cliText(locale, "line.with-override", {}) : undefined);
      return;
    }
    const { base } = sums;
    if (out.override !== null && sums.changed) addSums(out.override, sums.changed);
    addSums(out.base, base);
    out.ok++;
  });
  return { ...out, errors };
}

/** A case's sums under the base policy and (`withOverride`) the override, or the first failure. */
function caseSums(
  input: Record<string, unknown>,
  options: CostOptions,
  years: number,
  withOverride: boolean,
):
  | { base: ReturnType<typeof emptySums>; changed: ReturnType<typeof emptySums> | null }
  | { error: unknown; withOverride: boolean } {
  const base = emptySums(years);
  try {
    addCaseCost(
      base,
      costedCase(input, options.to, undefined),
      options.from,
      options.to,
      packedPolicies(options.packs),
    );
  } catch (e) {
    return { error: e, withOverride: false };
  }
  if (!withOverride) return { base, changed: null };
  const changed = emptySums(years);
  try {
    addCaseCost(
      changed,
      costedCase(input, options.to, options.override),
      options.from,
      options.to,
      packedPolicies(options.packs),
    );
  } catch (e) {
    return { error: e, withOverride: true };
  }
  return { base, changed };
}

export function runChunk(task: BatchTask, chunk: Chunk): ChunkResult {
  return task.kind === "evaluate"
    ? evaluateChunk(chunk, task.trace, task.packs, task.answer)
    : costChunk(chunk, task.options);
}

/**
 * The result of a chunk none of whose lines could be evaluated (a worker died on them twice):
 * every line an `internal-error` with `message`, so no line is ever lost.
 */
export function failedChunk(task: BatchTask, chunk: Chunk, message: string): ChunkResult {
  const lines = chunk.lines.map((line) => errorLine(line, internalError(message))).join("");
  const counts = {
    ok: 0,
    failed: 0,
    internal: chunk.lines.length,
    diagnostics: chunk.lines.map((line) => `line ${line}: ${message}\n`).join(""),
  };
  if (task.kind === "evaluate") return { id: chunk.id, output: utf8.encode(lines), ...counts };
  const years = task.options.to - task.options.from + 1;
  return {
    id: chunk.id,
    ...counts,
    otherRegion: 0,
    errors: lines,
    base: emptySums(years),
    override: task.options.override === undefined ? null : emptySums(years),
  };
}

/** The results of consecutive parts of one chunk, as one result with the chunk's id. */
export function mergeResults(task: BatchTask, id: number, parts: readonly ChunkResult[]): ChunkResult {
  const counts = { ok: 0, failed: 0, internal: 0, diagnostics: "" };
  for (const p of parts) {
    counts.ok += p.ok;
    counts.failed += p.failed;
    counts.internal += p.internal;
    counts.diagnostics += p.diagnostics;
  }
  if (task.kind === "evaluate") {
    const outputs = parts.map((p) => (p as EvaluateChunkResult).output);
    const output = new Uint8Array(outputs.reduce((n, o) => n + o.length, 0));
    let at = 0;
    for (const o of outputs) {
      output.set(o, at);
      at += o.length;
    }
    return { id, output, ...counts };
  }
  const years = task.options.to - task.options.from + 1;
  const base = emptySums(years);
  const override = task.options.override === undefined ? null : emptySums(years);
  let errors = "";
  let otherRegion = 0;
  for (const p of parts as readonly CostChunkResult[]) {
    addSums(base, p.base);
    if (override && p.override) addSums(override, p.override);
    errors += p.errors;
    otherRegion += p.otherRegion;
  }
  return { id, ...counts, otherRegion, errors, base, override };
}
