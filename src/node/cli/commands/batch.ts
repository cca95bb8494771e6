import { createReadStream, statSync } from "node:fs";
import { type AnswerFlags } from "../answer";
import { cliText } from "../text/index";
import { defaultWorkers, chunksOf, runOrdered } from "../../batch/pool";
import { splitLines, type LineText } from "../../batch/lines";
import type { EvaluateChunkResult } from "../../batch/tasks";
import type { LoadedPack, Locale } from "../../../index";
import { reason, type CliResult } from "../io";
import { fileOutput, OutputError, refuseOutput, streamOutput, type Output } from "../output";
import type { PoolOptions } from "../../batch/pool";
import { rangesOf, type Job } from "../../batch/ranges";

/** Where a streaming command (batch, cost) reads and writes while it runs; tests pass their own. */
export interface CliStreams {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Standard input, for `batch -` and `cost -` (default: the process's). */
  readonly stdin?: NodeJS.ReadableStream | undefined;
  /** Aborted on SIGINT / SIGTERM (its reason: the signal's name): the run stops between chunks. */
  readonly signal?: AbortSignal | undefined;
}

/** Exit code of a run whose output could not be written (sysexits EX_IOERR). */
export const EXIT_OUTPUT_ERROR = 74;

/** Exit code of a run stopped by a signal: 128 + its number. */
export function signalExitCode(signal: unknown): number {
  return signal === "SIGTERM" ? 143 : signal === "SIGINT" ? 130 : 1;
}

/** Progress on stderr every this many cases. */
export const PROGRESS_EVERY = 10_000;

/**
 * The lines of a file (`-`: the streams' standard input), streamed (never the whole input in
 * memory), split on `\n` only; a line over the limit comes as `{ tooLong }` (src/node/batch/lines.ts).
 */
export function readLines(file: string, streams?: Pick<CliStreams, "stdin">): AsyncIterable<LineText> {
  const input = file === "-" ? (streams?.stdin ?? process.stdin) : createReadStream(file);
  return splitLines(input as AsyncIterable<Uint8Array | string>);
}

/**
 * What a run's pool gets: for a file and workers, byte ranges of it that worker processes read
 * themselves (two processes scale where two threads of one process do not: docs/performance.md);
 * for standard input, chunks of lines read here and sent to worker threads; with `--workers 0`,
 * chunks run in this thread.
 */
export function inputJobs(file: string, workers: number, streams: Pick<CliStreams, "stdin">): AsyncIterable<Job> {
  return file !== "-" && workers > 0 ? rangesOf(file) : chunksOf(readLines(file, streams));
}

/** The pool for {@link inputJobs}: worker processes for a file, threads for standard input. */
export function poolOptions(file: string, workers: number, signal: AbortSignal | undefined): PoolOptions {
  return { workers, processes: file !== "-" && workers > 0, signal };
}

/** `null` when `file` is a readable regular file (or `-`), else the message for exit 2. */
export function unreadable(command: string, file: string): string | null {
  if (file === "-") return null;
  try {
    if (!statSync(file).isFile()) return `resident-pension ${command}: ${file}: not a file\n`;
  } catch {
    return `resident-pension ${command}: ${file}: no such file\n`;
  }
  return null;
}

/** `--workers N` capped at the cores available: more threads than cores only compete. */
export function cappedWorkers(requested: number): number {
  return Math.min(requested, defaultWorkers());
}

/** A progress reporter: `<command>: processed N cases, X/s` on stderr every `every` cases. */
export function progress(
  command: string,
  stderr: NodeJS.WritableStream,
  every: number,
  locale: Locale = "en",
): (count: number) => void {
  const started = performance.now();
  let next = every;
  return (count) => {
    while (count >= next) {
      const seconds = (performance.now() - started) / 1000;
      const rate = Math.round(count / Math.max(seconds, 1e-9));
      stderr.write(`${cliText(locale, "progress", { command, count, rate })}\n`);
      next += every;
    }
  };
}

export interface BatchOptions {
  /** Worker threads (0: in this thread). */
  readonly workers: number;
  /** Output file; standard output (the streams' stdout) when absent. */
  readonly out?: string | undefined;
  /** `false` (`--no-trace`): every result's trace is empty. Default true. */
  readonly trace?: boolean;
  /** `--partial`, `--estimate floor` (a case's own `options.unknowns` is read too). */
  readonly answer?: AnswerFlags | undefined;
  /** Progress line every this many cases (default {@link PROGRESS_EVERY}). */
  readonly progressEvery?: number;
  /** Parameter packs (`--params`), checked once: each line uses the packs of its own region. */
  readonly packs?: readonly LoadedPack[] | undefined;
}

/**
 * `batch <cases.jsonl | -> [--workers N] [--out results.jsonl] [--no-trace]`: one case per line
 * in, one line per case out, in input order: `{"line":n,"result":…}` or
 * `{"line":n,"error":{code,path,message,received?,details,issues}}`, with `"id"` after `"line"`
 * when the case has one (invalid JSON is `invalid-input`, a line over 4 MiB `limit-exceeded`).
 * Blank lines are skipped. A bad line never stops the run. Last, on stderr, `batch: N ok, N failed`.
 *
 * Exit 0 when every line was written, whatever the lines; 2 for usage errors, an unreadable
 * input, or `--out` that is the input or a folder; 70 when a line hit a bug (reported as an error
 * line with code `internal-error`, the run still completes); 74 when the output could not be
 * written (nothing left under the final name); 130 / 143 when stopped by SIGINT / SIGTERM.
 *
 * About 65 lines on purpose: the run and its error paths share the output, the counts and the
 * progress; each way it can stop says what it kept, which needs them all in one scope.
 */
export async function batchFile(file: string, options: BatchOptions, streams: CliStreams): Promise<CliResult> {
  const fail = (code: number, message: string): CliResult => ({
    code,
    stdout: "",
    stderr: `resident-pension batch: ${message}\n`,
  });
  const bad = unreadable("batch", file);
  if (bad) return { code: 2, stdout: "", stderr: bad };
  if (options.out !== undefined) {
    const refused = refuseOutput(options.out, file);
    if (refused !== null) return fail(2, refused);
  }
  let out: Output;
  try {
    out = options.out === undefined ? streamOutput(streams.stdout) : await fileOutput(options.out);
  } catch (e) {
    return fail(2, `cannot write ${options.out}: ${reason(e)}`);
  }
  const counts = { ok: 0, failed: 0, internal: 0 };
  const done = (): number => counts.ok + counts.failed + counts.internal;
  const report = progress(
    "batch",
    streams.stderr,
    options.progressEvery ?? PROGRESS_EVERY,
    options.answer?.locale ?? "en",
  );
  let diagnostics = "";
  try {
    await runOrdered(
      { kind: "evaluate", trace: options.trace ?? true, packs: options.packs, answer: options.answer },
      inputJobs(file, options.workers, streams),
      { ...poolOptions(file, options.workers, streams.signal), spool: out.spool },
      async (r) => {
        const c = r as EvaluateChunkResult;
        // A worker process that kept the bytes writes them at their place itself; commit waits for it.
        if (c.held) await out.spool!.place(c.held.bytes, c.held.writeAt);
        else await out.write(c.output);
        counts.ok += c.ok;
        counts.failed += c.failed;
        counts.internal += c.internal;
        diagnostics += c.diagnostics;
        report(done());
      },
    );
    await out.commit();
  } catch (e) {
    await out.abort();
    const kept =
      options.out === undefined
        ? `${done()} lines were written to standard output`
        : `${done()} lines were done; ${options.out} was not written`;
    if (e instanceof OutputError) return fail(EXIT_OUTPUT_ERROR, `${e.message}; stopped: ${kept}`);
    // Aborted: whatever ended the run (the reason, or standard input destroyed under it).
    if (streams.signal?.aborted)
      return fail(signalExitCode(streams.signal.reason), `interrupted by ${String(streams.signal.reason)}: ${kept}`);
    if (isReadError(e))
      return fail(2, `cannot read ${file === "-" ? "standard input" : file}: ${e.message}; stopped: ${kept}`);
    throw e;
  }
  const summary = cliText(options.answer?.locale ?? "en", "batch.summary", {
    ok: counts.ok,
    failed: counts.failed + counts.internal,
  });
  let stderr = `${summary}\n`;
  if (counts.internal > 0)
    stderr = `${diagnostics}${stderr}batch: ${counts.internal} lines hit an internal error (a bug; code "internal-error" in the output)\n`;
  return { code: counts.internal > 0 ? 70 : 0, stdout: "", stderr };
}

/** An error reading the input (a file that vanished, EIO): exit 2, not a bug. */
export function isReadError(e: unknown): e is NodeJS.ErrnoException {
  return (
    e instanceof Error &&
    typeof (e as NodeJS.ErrnoException).code === "string" &&
    typeof (e as NodeJS.ErrnoException).syscall === "string"
  );
}
