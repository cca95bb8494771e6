/**
 * A pool of workers (threads, or processes that read their own byte ranges of a file) that runs
 * jobs of JSONL lines and hands their results back in input order. Memory is bounded: at most
 * `workers × inFlightPerWorker` jobs are sent and not yet handed back (the reorder buffer holds
 * no more than that), and the input is read only as results are consumed.
 */
import { availableParallelism } from "node:os";
import {
  processScript,
  ProcessWorker,
  ThreadWorker,
  WorkerReadError,
  workerScript,
  WorkerWriteError,
  type WorkerHandle,
} from "./handles";
import { isRange, rangeChunk, type Job } from "./ranges";
import {
  failedChunk,
  mergeResults,
  runChunk,
  type BatchTask,
  type Chunk,
  type ChunkResult,
  type EvaluateChunkResult,
} from "./tasks";

export { chunksOf } from "./chunks";
export { workerScript } from "./handles";

export interface PoolOptions {
  /** Workers at most (started as jobs arrive); 0 runs every job in this thread (no worker). */
  readonly workers: number;
  /**
   * Worker processes instead of threads (for byte ranges of a file: each process reads its own,
   * see ranges.ts); a chunk of lines runs on either.
   */
  readonly processes?: boolean;
  /** Jobs sent to one worker and not yet answered; default 4. */
  readonly inFlightPerWorker?: number;
  /** The worker script (tests give one that misbehaves); default {@link workerScript} or the process script. */
  readonly script?: URL;
  /** Stops the run between chunks: `runOrdered` rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /**
   * With processes and the evaluate task: the output's temporary file. Each worker process then
   * keeps a range's output bytes and writes them into the file itself, at the position the
   * caller gives (a result's `held`), so the bytes never pass through this process.
   */
  readonly spool?: Spool | undefined;
}

/** The output file worker processes write into (src/node/cli/output.ts implements it). */
export interface Spool {
  readonly path: string;
  /** Write bytes at a position from this process. */
  write(bytes: Uint8Array, position: number): Promise<void>;
}

/** The default number of workers: the cores available to this process. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * Workers, started as work arrives (never more than `max`, never more than there are jobs in
 * flight), and replaced when one dies. A job whose worker died is retried once, one line at a
 * time on a worker of its own (a range is read here for that), so a line that kills its worker
 * again is the only one lost to it; that line becomes an `internal-error` result. Never a lost
 * line. A worker process that cannot read the input stops the run (a read error, exit 2).
 */
class Pool {
  private readonly workers: WorkerHandle[] = [];
  private retrier: WorkerHandle | null = null;
  private retries: Promise<unknown> = Promise.resolve();
  private closing = false;
  /** The held outputs being written by their processes: awaited before the processes are ended. */
  private readonly writes: Promise<void>[] = [];

  constructor(
    private readonly start: (onDeath: (w: WorkerHandle) => void) => WorkerHandle,
    private readonly task: BatchTask,
    private readonly max: number,
    /** "thread" or "process", for the message of a line lost to two deaths. */
    private readonly kind: string,
    private readonly spool?: Spool,
  ) {}

  private readonly onDeath = (w: WorkerHandle): void => {
    const i = this.workers.indexOf(w);
    if (i >= 0) this.workers.splice(i, 1); // replaced by the next submit
    if (this.retrier === w) this.retrier = null;
  };

  private pick(): WorkerHandle {
    let target: WorkerHandle | undefined;
    for (const w of this.workers) if (target === undefined || w.pending.size < target.pending.size) target = w;
    if (target === undefined || (target.pending.size > 0 && this.workers.length < this.max)) {
      target = this.start(this.onDeath);
      this.workers.push(target);
    }
    return target;
  }

  run(job: Job): Promise<ChunkResult> {
    return this.pick()
      .submit(job)
      .then(
        (result) => this.writable(job, result),
        (death: Error) => (death instanceof WorkerReadError ? Promise.reject(death) : this.retry(job, death)),
      );
  }

  /**
   * A held output whose process dies before writing it is made again here (the same bytes: the
   * job is a pure function of its lines) and written from this process.
   */
  private writable(job: Job, result: ChunkResult): ChunkResult {
    const held = (result as EvaluateChunkResult).held;
    if (held === undefined) return result;
    const write = async (position: number): Promise<void> => {
      try {
        await held.writeAt(position);
      } catch (e) {
        if (e instanceof WorkerWriteError || this.closing || this.spool === undefined) throw e;
        const again = runChunk(this.task, isRange(job) ? await rangeChunk(job) : job) as EvaluateChunkResult;
        await this.spool.write(again.output, position);
      }
    };
    const writeAt = (position: number): Promise<void> => {
      const done = write(position);
      this.writes.push(done.catch(() => undefined)); // the caller sees the error; close waits for the writes
      return done;
    };
    return { ...result, held: { bytes: held.bytes, writeAt } };
  }

  /** Each line of the job again, in order, one at a time on the retry worker. */
  private retry(job: Job, death: Error): Promise<ChunkResult> {
    if (this.closing) return Promise.reject(death);
    const done = this.retries.then(async () => {
      const chunk = isRange(job) ? await rangeChunk(job) : job;
      const parts: ChunkResult[] = [];
      for (let i = 0; i < chunk.lines.length; i++) {
        const one: Chunk = { id: chunk.id, lines: [chunk.lines[i]!], texts: [chunk.texts[i]!] };
        this.retrier ??= this.start(this.onDeath);
        parts.push(
          await this.retrier
            .submit(one)
            .catch((again: Error) =>
              failedChunk(
                this.task,
                one,
                `not evaluated: the worker ${this.kind} evaluating this line stopped twice (${death.message}; then ${again.message})`,
              ),
            ),
        );
      }
      return mergeResults(this.task, chunk.id, parts);
    });
    this.retries = done.catch(() => undefined);
    return done;
  }

  /** Every held output handed a position is written (or failed). */
  async written(): Promise<void> {
    await Promise.all(this.writes);
  }

  async close(): Promise<void> {
    this.closing = true;
    const all = this.retrier ? [...this.workers, this.retrier] : this.workers;
    await Promise.all(all.map((w) => w.terminate()));
  }
}

/**
 * Run `task` on every job (a chunk of lines, or a byte range of a file) and call `emit` with the
 * results in job order, awaiting it (so a slow output applies backpressure all the way to the
 * input). A worker that dies is replaced and its jobs retried (see Pool); with `workers: 0` the
 * jobs run in this thread, with the same code, so the results are the same bytes.
 */
export async function runOrdered(
  task: BatchTask,
  chunks: AsyncIterable<Job>,
  options: PoolOptions,
  emit: (result: ChunkResult) => void | Promise<void>,
): Promise<void> {
  const signal = options.signal;
  if (options.workers === 0) {
    for await (const chunk of chunks) {
      signal?.throwIfAborted();
      await emit(runChunk(task, isRange(chunk) ? await rangeChunk(chunk) : chunk));
    }
    signal?.throwIfAborted();
    return;
  }
  const processes = options.processes ?? false;
  const script = options.script ?? (processes ? processScript() : workerScript());
  // Only the evaluate task's output goes to a file; cost's error lines go to standard error.
  const spool = processes && task.kind === "evaluate" ? options.spool : undefined;
  const start = processes
    ? (onDeath: (w: WorkerHandle) => void) => new ProcessWorker(script, task, onDeath, spool?.path)
    : (onDeath: (w: WorkerHandle) => void) => new ThreadWorker(script, task, onDeath);
  const pool = new Pool(start, task, options.workers, processes ? "process" : "thread", spool);
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
    await pool.written();
    signal?.throwIfAborted();
  } finally {
    await pool.close();
  }
}
