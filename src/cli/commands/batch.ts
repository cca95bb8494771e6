import { createReadStream, createWriteStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { once } from "node:events";
import { resolve } from "node:path";
import { chunksOf, runOrdered } from "../../batch/pool";
import type { EvaluateChunkResult } from "../../batch/tasks";
import type { CliResult } from "../io";

/** Where a streaming command (batch, cost) writes while it runs; tests pass their own. */
export interface CliStreams {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** Progress on stderr every this many cases. */
export const PROGRESS_EVERY = 10_000;

/** Write, waiting for the stream to drain when its buffer is full (backpressure). */
export async function write(stream: NodeJS.WritableStream, data: string | Uint8Array): Promise<void> {
  if (data.length === 0 || stream.write(data)) return;
  await once(stream, "drain");
}

/** The file's lines, streamed (never the whole file in memory); CRLF endings accepted. */
export function readLines(file: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
}

/** `null` when `file` is a readable regular file, else the message for exit 2. */
export function unreadable(command: string, file: string): string | null {
  try {
    if (!statSync(file).isFile()) return `resident-pension ${command}: ${file}: not a file\n`;
  } catch {
    return `resident-pension ${command}: ${file}: no such file\n`;
  }
  return null;
}

/** A progress reporter: `<command>: processed N cases, X/s` on stderr every `every` cases. */
export function progress(command: string, stderr: NodeJS.WritableStream, every: number): (count: number) => void {
  const started = performance.now();
  let next = every;
  return (count) => {
    while (count >= next) {
      const seconds = (performance.now() - started) / 1000;
      stderr.write(`${command}: processed ${count} cases, ${Math.round(count / Math.max(seconds, 1e-9))}/s\n`);
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
  /** Progress line every this many cases (default {@link PROGRESS_EVERY}). */
  readonly progressEvery?: number;
}

/**
 * `batch <cases.jsonl> [--workers N] [--out results.jsonl] [--no-trace]`: one case per line in, one line per
 * case out, in input order: `{"line":n,"result":…}` or `{"line":n,"error":{code,path,message,received?,details,issues}}`
 * (invalid JSON is `invalid-input`). Blank lines are skipped. A bad line never stops the run.
 * Last, on stderr, `batch: N ok, N failed`. Exit 0 when the run completes, whatever the lines;
 * 2 for usage errors or an unreadable input or output file; 70 when a line hit a bug (reported
 * as an error line with code `internal-error`, the run still completes).
 */
export async function batchFile(file: string, options: BatchOptions, streams: CliStreams): Promise<CliResult> {
  const bad = unreadable("batch", file);
  if (bad) return { code: 2, stdout: "", stderr: bad };
  if (options.out !== undefined && resolve(options.out) === resolve(file)) {
    return { code: 2, stdout: "", stderr: `resident-pension batch: --out ${options.out} is the input file\n` };
  }
  let out = streams.stdout;
  let closeOut: (() => Promise<void>) | null = null;
  if (options.out !== undefined) {
    const stream = createWriteStream(options.out);
    try {
      await once(stream, "open");
    } catch (e) {
      return { code: 2, stdout: "", stderr: `resident-pension batch: cannot write ${options.out}: ${e instanceof Error ? e.message : String(e)}\n` };
    }
    out = stream;
    closeOut = async () => {
      stream.end();
      await once(stream, "finish");
    };
  }
  const counts = { ok: 0, failed: 0, internal: 0 };
  const report = progress("batch", streams.stderr, options.progressEvery ?? PROGRESS_EVERY);
  try {
    await runOrdered({ kind: "evaluate", trace: options.trace ?? true }, chunksOf(readLines(file)), { workers: options.workers }, async (r) => {
      const c = r as EvaluateChunkResult;
      counts.ok += c.ok;
      counts.failed += c.failed;
      counts.internal += c.internal;
      await write(out, c.output);
      report(counts.ok + counts.failed + counts.internal);
    });
  } finally {
    await closeOut?.();
  }
  let stderr = `batch: ${counts.ok} ok, ${counts.failed + counts.internal} failed\n`;
  if (counts.internal > 0) stderr += `batch: ${counts.internal} lines hit an internal error (a bug; code "internal-error" in the output)\n`;
  return { code: counts.internal > 0 ? 70 : 0, stdout: "", stderr };
}
