/**
 * The work done on a chunk of JSONL lines, by a worker thread or in-process (`--workers 0`):
 * `evaluate` (the `batch` command) and `cost`. Pure functions of the chunk: the same chunk gives
 * the same output wherever it runs, so the output does not depend on the number of workers.
 *
 * Imports the library through its public barrel (`../index`): see cost.ts.
 */
import { evaluateCase, isPensionInputError, type PensionIssue } from "../index";
import { addCaseCost, addSums, costedCase, emptySums, type CostOptions, type CostSums } from "./cost";

/** What a pool of workers does with each chunk. */
export type BatchTask = { readonly kind: "evaluate"; readonly trace: boolean } | { readonly kind: "cost"; readonly options: CostOptions };

/** Consecutive non-blank input lines: their 1-based line numbers and text. */
export interface Chunk {
  readonly id: number;
  readonly lines: readonly number[];
  readonly texts: readonly string[];
}

/** Counts common to both tasks. */
export interface ChunkCounts {
  /** Lines evaluated without error (for cost: costed). */
  ok: number;
  /** Lines that are bad input (invalid JSON or PensionInputError). */
  failed: number;
  /** Lines that hit a bug (anything else thrown); reported like a failure with code "internal-error". */
  internal: number;
}

export interface EvaluateChunkResult extends ChunkCounts {
  readonly id: number;
  /**
   * The chunk's output JSONL, UTF-8, one line per input line, in order. Bytes, not a string: the
   * worker encodes them and transfers the buffer, so the thread writing the file only writes.
   */
  readonly output: Uint8Array;
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
  readonly details?: Readonly<Record<string, string>>;
  readonly issues?: readonly PensionIssue[];
}

function errorOf(e: unknown, prefix = ""): { error: LineError; internal: boolean } {
  if (isPensionInputError(e)) return { error: { ...e.toJSON(), message: prefix + e.message }, internal: false };
  const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
  return { error: { code: "internal-error", path: [], message: `${prefix}internal error (a bug, please report it): ${message}` }, internal: true };
}

function parseLine(text: string): { value: unknown } | { error: LineError } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return { error: { code: "invalid-input", path: [], message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

const utf8 = new TextEncoder();

const errorLine = (line: number, error: LineError): string => `${JSON.stringify({ line, error })}\n`;

/** `batch`: each line → `{"line":n,"result":…}` or `{"line":n,"error":{code,path,message,received?,details,issues}}`. */
export function evaluateChunk(chunk: Chunk, trace = true): EvaluateChunkResult {
  const options = { trace };
  let output = "";
  const counts: ChunkCounts = { ok: 0, failed: 0, internal: 0 };
  for (let i = 0; i < chunk.lines.length; i++) {
    const line = chunk.lines[i]!;
    const parsed = parseLine(chunk.texts[i]!);
    if ("error" in parsed) {
      counts.failed++;
      output += errorLine(line, parsed.error);
      continue;
    }
    try {
      const result = evaluateCase(parsed.value, options);
      output += `${JSON.stringify({ line, result })}\n`;
      counts.ok++;
    } catch (e) {
      const { error, internal } = errorOf(e);
      if (internal) counts.internal++;
      else counts.failed++;
      output += errorLine(line, error);
    }
  }
  // TextEncoder gives a buffer of its own (Buffer.from may share a pool): safe to transfer.
  return { id: chunk.id, output: utf8.encode(output), ...counts };
}

/** `cost`: the chunk's sums under the base policy and the override, and its error lines. */
export function costChunk(chunk: Chunk, options: CostOptions): CostChunkResult {
  const years = options.to - options.from + 1;
  const out: CostChunkResult = {
    id: chunk.id, ok: 0, failed: 0, internal: 0, otherRegion: 0, errors: "",
    base: emptySums(years), override: options.override === undefined ? null : emptySums(years),
  };
  let errors = "";
  const fail = (line: number, e: unknown, prefix?: string): void => {
    const { error, internal } = errorOf(e, prefix);
    if (internal) out.internal++;
    else out.failed++;
    errors += errorLine(line, error);
  };
  for (let i = 0; i < chunk.lines.length; i++) {
    const line = chunk.lines[i]!;
    const parsed = parseLine(chunk.texts[i]!);
    if ("error" in parsed) {
      out.failed++;
      errors += errorLine(line, parsed.error);
      continue;
    }
    const value = parsed.value;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      out.failed++;
      errors += errorLine(line, { code: "invalid-input", path: [], message: "$: expected a case (a JSON object)" });
      continue;
    }
    const input = value as Record<string, unknown>;
    if (input["region"] !== options.region) {
      out.otherRegion++;
      continue;
    }
    // Both policies, or neither: the difference compares the same cases.
    const base = emptySums(years);
    try {
      addCaseCost(base, costedCase(input, options.to, undefined), options.from, options.to);
    } catch (e) {
      fail(line, e);
      continue;
    }
    if (out.override !== null) {
      const changed = emptySums(years);
      try {
        addCaseCost(changed, costedCase(input, options.to, options.override), options.from, options.to);
      } catch (e) {
        fail(line, e, "with the override: ");
        continue;
      }
      addSums(out.override, changed);
    }
    addSums(out.base, base);
    out.ok++;
  }
  return { ...out, errors };
}

export function runChunk(task: BatchTask, chunk: Chunk): ChunkResult {
  return task.kind === "evaluate" ? evaluateChunk(chunk, task.trace) : costChunk(chunk, task.options);
}
