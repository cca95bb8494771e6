/**
 * A pool of worker threads that runs chunks of JSONL lines and hands their results back in input
 * order. Memory is bounded: at most `workers × inFlightPerWorker` chunks are sent and not yet
 * handed back (the reorder buffer holds no more than that), and the input is read only as
 * results are consumed.
 */
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { runChunk, type BatchTask, type Chunk, type ChunkResult } from "./tasks";

export interface PoolOptions {
  /** Worker threads; 0 runs every chunk in this thread (no worker). */
  readonly workers: number;
  /** Chunks sent to one worker and not yet answered; default 4. */
  readonly inFlightPerWorker?: number;
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

class PoolWorker {
  readonly worker: Worker;
  readonly pending = new Map<number, Pending>();
  private failed: Error | null = null;

  constructor(script: URL, task: BatchTask) {
    this.worker = new Worker(script, { workerData: { task } });
    this.worker.on("message", (r: ChunkResult) => {
      const p = this.pending.get(r.id);
      this.pending.delete(r.id);
      p?.resolve(r);
    });
    this.worker.on("error", (e: Error) => this.fail(e));
    this.worker.on("exit", (code) => this.fail(new Error(`batch worker exited with code ${code}`)));
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
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
 * Run `task` on every chunk and call `emit` with the results in chunk order, awaiting it (so a
 * slow output applies backpressure all the way to the input). Rejects on a worker crash (a bug).
 */
export async function runOrdered(
  task: BatchTask,
  chunks: AsyncIterable<Chunk>,
  options: PoolOptions,
  emit: (result: ChunkResult) => void | Promise<void>,
): Promise<void> {
  if (options.workers === 0) {
    for await (const chunk of chunks) await emit(runChunk(task, chunk));
    return;
  }
  const script = workerScript();
  const pool = Array.from({ length: options.workers }, () => new PoolWorker(script, task));
  const limit = options.workers * (options.inFlightPerWorker ?? 4);
  const queue: Promise<ChunkResult>[] = [];
  try {
    for await (const chunk of chunks) {
      if (queue.length >= limit) await emit(await queue.shift()!);
      let target = pool[0]!;
      for (const w of pool) if (w.pending.size < target.pending.size) target = w;
      const p = target.submit(chunk);
      p.catch(() => undefined); // awaited in order below; a crash must not be an unhandled rejection meanwhile
      queue.push(p);
    }
    while (queue.length > 0) await emit(await queue.shift()!);
  } finally {
    await Promise.all(pool.map((w) => w.worker.terminate()));
  }
}

/**
 * Group lines into chunks of up to `size` non-blank lines (and about `maxChars` characters),
 * numbering every line from 1, blank ones included (they are skipped: no output).
 */
export async function* chunksOf(lines: AsyncIterable<string>, size = 32, maxChars = 1 << 20): AsyncGenerator<Chunk> {
  let id = 0;
  let n = 0;
  let numbers: number[] = [];
  let texts: string[] = [];
  let chars = 0;
  for await (const line of lines) {
    n++;
    const text = n === 1 && line.startsWith("\uFEFF") ? line.slice(1) : line; // a UTF-8 byte order mark
    if (text.trim() === "") continue;
    numbers.push(n);
    texts.push(text);
    chars += text.length;
    if (numbers.length >= size || chars >= maxChars) {
      yield { id: id++, lines: numbers, texts };
      numbers = [];
      texts = [];
      chars = 0;
    }
  }
  if (numbers.length > 0) yield { id, lines: numbers, texts };
}
