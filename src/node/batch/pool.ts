/**
 * A pool of worker threads that runs chunks of JSONL lines and hands their results back in input
 * order. Memory is bounded: at most `workers × inFlightPerWorker` chunks are sent and not yet
 * handed back (the reorder buffer holds no more than that), and the input is read only as
 * results are consumed.
 */
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { LineText } from "./lines";
import { failedChunk, mergeResults, runChunk, type BatchTask, type Chunk, type ChunkResult } from "./tasks";

export interface PoolOptions {
  /** Worker threads at most (started as chunks arrive); 0 runs every chunk in this thread (no worker). */
  readonly workers: number;
  /** Chunks sent to one worker and not yet answered; default 4. */
  readonly inFlightPerWorker?: number;
  /** The worker script (tests give one that misbehaves); default {@link workerScript}. */
  readonly script?: URL;
  /** Stops the run between chunks: `runOrdered` rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
}

/** The default number of workers: the cores available to this process. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** This module's URL, in the ESM build, the CJS build and from the TypeScript sources. */
function moduleUrl(): string {
  // The CJS build has __filename (import.meta is empty there); ESM has import.meta.url.
  return typeof __filename === "string" ? pathToFileURL(__filename).href : import.meta.url;
}

/**
 * The worker script: dist/batch-worker.js (or .cjs) next to the built command line, or, from the
 * TypeScript sources (tests), a bootstrap that registers tsx and loads worker.ts.
 */
export function workerScript(): URL {
  const here = moduleUrl();
  const path = new URL(here).pathname;
  if (/\.[cm]?ts$/.test(path)) return new URL("./dev-worker.mjs", here);
  return new URL(path.endsWith(".cjs") ? "./batch-worker.cjs" : "./batch-worker.js", here);
}

interface Pending {
  readonly resolve: (r: ChunkResult) => void;
  readonly reject: (e: Error) => void;
}

/**
 * The stack the worker threads run with, in MB: about the main thread's (V8's default, 984 KB),
 * so a line evaluates with the same stack with `--workers 0` as on a worker. (No input gets near
 * it: nesting is limited to `limits.depth`.)
 */
const WORKER_STACK_MB = 1;

class PoolWorker {
  readonly worker: Worker;
  readonly pending = new Map<number, Pending>();
  private failed: Error | null = null;

  constructor(script: URL, task: BatchTask, onDeath: (w: PoolWorker) => void) {
    this.worker = new Worker(script, { workerData: { task }, resourceLimits: { stackSizeMb: WORKER_STACK_MB } });
    this.worker.on("message", (r: ChunkResult) => {
      const p = this.pending.get(r.id);
      this.pending.delete(r.id);
      p?.resolve(r);
    });
    this.worker.on("error", (e: Error) => this.fail(e, onDeath));
    this.worker.on("exit", (code) => this.fail(new Error(`batch worker exited with code ${code}`), onDeath));
  }

  get dead(): boolean {
    return this.failed !== null;
  }

  private fail(e: Error, onDeath: (w: PoolWorker) => void): void {
    if (this.failed) return;
    this.failed = e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    onDeath(this);
  }

  submit(chunk: Chunk): Promise<ChunkResult> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise<ChunkResult>((resolve, reject) => {
      this.pending.set(chunk.id, { resolve, reject });
      this.worker.postMessage(chunk);
    });
  }
}

/**
 * Worker threads, started as work arrives (never more than `max`, never more than there are
 * chunks in flight), and replaced when one dies. A chunk whose worker died is retried once, one
 * line at a time on a worker of its own, so a line that kills its worker again is the only one
 * lost to it; that line becomes an `internal-error` result. Never a lost line.
 */
class Pool {
  private readonly workers: PoolWorker[] = [];
  private retrier: PoolWorker | null = null;
  private retries: Promise<unknown> = Promise.resolve();
  private closing = false;

  constructor(
    private readonly script: URL,
    private readonly task: BatchTask,
    private readonly max: number,
  ) {}

  private readonly onDeath = (w: PoolWorker): void => {
    const i = this.workers.indexOf(w);
    if (i >= 0) this.workers.splice(i, 1); // replaced by the next submit
    if (this.retrier === w) this.retrier = null;
  };

  private pick(): PoolWorker {
    let target: PoolWorker | undefined;
    for (const w of this.workers) if (target === undefined || w.pending.size < target.pending.size) target = w;
    if (target === undefined || (target.pending.size > 0 && this.workers.length < this.max)) {
      target = new PoolWorker(this.script, this.task, this.onDeath);
      this.workers.push(target);
    }
    return target;
  }

  run(chunk: Chunk): Promise<ChunkResult> {
    return this.pick()
      .submit(chunk)
      .catch((death: Error) => this.retry(chunk, death));
  }

  /** Each line of the chunk again, in order, one at a time on the retry worker. */
  private retry(chunk: Chunk, death: Error): Promise<ChunkResult> {
    if (this.closing) return Promise.reject(death);
    const done = this.retries.then(async () => {
      const parts: ChunkResult[] = [];
      for (let i = 0; i < chunk.lines.length; i++) {
        const one: Chunk = { id: chunk.id, lines: [chunk.lines[i]!], texts: [chunk.texts[i]!] };
        this.retrier ??= new PoolWorker(this.script, this.task, this.onDeath);
        parts.push(
          await this.retrier
            .submit(one)
            .catch((again: Error) =>
              failedChunk(
                this.task,
                one,
                `not evaluated: the worker thread evaluating this line stopped twice (${death.message}; then ${again.message})`,
              ),
            ),
        );
      }
      return mergeResults(this.task, chunk.id, parts);
    });
    this.retries = done.catch(() => undefined);
    return done;
  }

  async close(): Promise<void> {
    this.closing = true;
    const all = this.retrier ? [...this.workers, this.retrier] : this.workers;
    await Promise.all(all.map((w) => w.worker.terminate()));
  }
}

/**
 * Run `task` on every chunk and call `emit` with the results in chunk order, awaiting it (so a
 * slow output applies backpressure all the way to the input). A worker that dies is replaced
 * and its chunks retried (see Pool); with `workers: 0` the chunks run in this thread, with the
 * same code, so the results are the same bytes.
 */
export async function runOrdered(
  task: BatchTask,
  chunks: AsyncIterable<Chunk>,
  options: PoolOptions,
  emit: (result: ChunkResult) => void | Promise<void>,
): Promise<void> {
  const signal = options.signal;
  if (options.workers === 0) {
    for await (const chunk of chunks) {
      signal?.throwIfAborted();
      await emit(runChunk(task, chunk));
    }
    signal?.throwIfAborted();
    return;
  }
  const pool = new Pool(options.script ?? workerScript(), task, options.workers);
  const limit = options.workers * (options.inFlightPerWorker ?? 4);
  const queue: Promise<ChunkResult>[] = [];
  try {
    for await (const chunk of chunks) {
      signal?.throwIfAborted();
      if (queue.length >= limit) await emit(await queue.shift()!);
      const p = pool.run(chunk);
      p.catch(() => undefined); // awaited in order below; a failure must not be an unhandled rejection meanwhile
      queue.push(p);
    }
    while (queue.length > 0) {
      signal?.throwIfAborted();
      await emit(await queue.shift()!);
    }
    signal?.throwIfAborted();
  } finally {
    await pool.close();
  }
}

/**
 * Group lines into chunks of up to `size` non-blank lines (and about `maxChars` characters),
 * numbering every line from 1, blank ones included (they are skipped: no output).
 */
export async function* chunksOf(lines: AsyncIterable<LineText>, size = 32, maxChars = 1 << 20): AsyncGenerator<Chunk> {
  let id = 0;
  let n = 0;
  let numbers: number[] = [];
  let texts: LineText[] = [];
  let chars = 0;
  for await (const line of lines) {
    n++;
    const text = n === 1 && typeof line === "string" && line.startsWith("\uFEFF") ? line.slice(1) : line; // a UTF-8 byte order mark
    if (typeof text === "string" && text.trim() === "") continue;
    numbers.push(n);
    texts.push(text);
    chars += typeof text === "string" ? text.length : 0;
    if (numbers.length >= size || chars >= maxChars) {
      yield { id: id++, lines: numbers, texts };
      numbers = [];
      texts = [];
      chars = 0;
    }
  }
  if (numbers.length > 0) yield { id, lines: numbers, texts };
}
