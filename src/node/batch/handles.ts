/**
 * The workers a pool runs jobs on: a worker thread (lines sent to it) or a worker process (it
 * reads its own byte range of the input file). Both answer each job with one result, in the
 * order sent, and reject every pending job when they die.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Job } from "./ranges";
import type { BatchTask, Chunk, ChunkResult } from "./tasks";

/** A worker of the pool. */
export interface WorkerHandle {
  /** Jobs sent and not yet answered. */
  readonly pending: ReadonlyMap<number, unknown>;
  /** Runs the job; rejects when the worker dies first (or with the worker's read error). */
  submit(job: Job): Promise<ChunkResult>;
  /** Ends the worker (jobs still pending are dropped). */
  terminate(): Promise<void>;
}

/** Called once when a worker dies (not when it is terminated by the pool after the run). */
export type OnDeath = (w: WorkerHandle) => void;

/** An error reading the input in a worker process: the run stops with it (exit 2), no retry. */
export class WorkerReadError extends Error {
  override readonly name = "WorkerReadError";
  constructor(
    message: string,
    readonly code: string,
    readonly syscall: string,
  ) {
    super(message);
  }
}

/** An error writing the output in a worker process (a full disk): the run stops with it (exit 74). */
export class WorkerWriteError extends Error {
  override readonly name = "WorkerWriteError";
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** What a worker process is sent: the task (first), a job, or where to write an output it holds. */
export type ProcessMessage =
  | { readonly task: BatchTask; readonly spool?: string | undefined }
  | { readonly job: Job }
  | { readonly writeAt: { readonly id: number; readonly position: number } };

/**
 * The answer of a worker process to a job (with `held`: the output's size, the bytes kept until
 * a `writeAt`), or to a `writeAt`.
 */
export type ProcessReply =
  | { readonly id: number; readonly result: ChunkResult; readonly held?: number }
  | { readonly id: number; readonly readError: { message: string; code: string; syscall: string } }
  | { readonly wrote: number; readonly error?: { message: string; code: string } };

/** This module's URL, in the ESM build, the CJS build and from the TypeScript sources. */
function moduleUrl(): string {
  // The CJS build has __filename (import.meta is empty there); ESM has import.meta.url.
  return typeof __filename === "string" ? pathToFileURL(__filename).href : import.meta.url;
}

/** True when running from the TypeScript sources (tests, tsx), not from dist/. */
function fromSources(): boolean {
  return /\.[cm]?ts$/.test(new URL(moduleUrl()).pathname);
}

/** A script next to the built command line (`name.js` or `.cjs`), or `dev` next to this file from the sources. */
function script(name: string, dev: string): URL {
  const here = moduleUrl();
  if (fromSources()) return new URL(dev, here);
  return new URL(new URL(here).pathname.endsWith(".cjs") ? `./${name}.cjs` : `./${name}.js`, here);
}

/**
 * The worker thread's script: dist/batch-worker.js (or .cjs) next to the built command line, or,
 * from the TypeScript sources (tests), a bootstrap that registers tsx and loads worker.ts.
 */
export const workerScript = (): URL => script("batch-worker", "./dev-worker.mjs");

/** The worker process's script: dist/batch-process.js (or .cjs), or from the sources dev-process.mjs. */
export const processScript = (): URL => script("batch-process", "./dev-process.mjs");

interface Pending<T = ChunkResult> {
  readonly resolve: (r: T) => void;
  readonly reject: (e: Error) => void;
}

/** What both kinds share: the pending jobs, and failing them all once when the worker dies. */
abstract class Handle {
  readonly pending = new Map<number, Pending>();
  private failed: Error | null = null;

  constructor(private readonly onDeath: OnDeath) {}

  protected fail(e: Error): void {
    if (this.failed) return;
    this.failed = e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    this.onFail(e);
    this.onDeath(this as unknown as WorkerHandle);
  }

  /** More to reject when the worker dies. */
  protected onFail(_e: Error): void {}

  protected get dead(): Error | null {
    return this.failed;
  }

  protected settle(id: number, outcome: { result: ChunkResult } | { error: Error }): void {
    const p = this.pending.get(id);
    this.pending.delete(id);
    if ("result" in outcome) p?.resolve(outcome.result);
    else p?.reject(outcome.error);
  }

  protected send(job: Job, post: (job: Job) => void): Promise<ChunkResult> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise<ChunkResult>((resolve, reject) => {
      this.pending.set(job.id, { resolve, reject });
      post(job);
    });
  }
}

/**
 * The stack the worker threads run with, in MB: about the main thread's (V8's default, 984 KB),
 * so a line evaluates with the same stack with `--workers 0` as on a worker. (No input gets near
 * it: nesting is limited to `limits.depth`.)
 */
const WORKER_STACK_MB = 1;

/** A worker thread: the lines travel to it in the job (a chunk). */
export class ThreadWorker extends Handle implements WorkerHandle {
  private readonly worker: Worker;

  constructor(script: URL, task: BatchTask, onDeath: OnDeath) {
    super(onDeath);
    this.worker = new Worker(script, { workerData: { task }, resourceLimits: { stackSizeMb: WORKER_STACK_MB } });
    this.worker.on("message", (r: ChunkResult) => this.settle(r.id, { result: r }));
    this.worker.on("error", (e: Error) => this.fail(e));
    this.worker.on("exit", (code) => this.fail(new Error(`batch worker exited with code ${code}`)));
  }

  submit(job: Job): Promise<ChunkResult> {
    return this.send(job, (chunk) => this.worker.postMessage(chunk as Chunk));
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}

/** How long a worker process may take to finish its job and exit once the pool closes. */
const STOP_GRACE_MS = 5000;

/**
 * A worker process (`child_process.fork`): a process of its own, with its own heap, collector
 * and compiler threads, so two of them scale where two threads of one process do not
 * (docs/performance.md). Messages use the structured-clone serialization (bytes, BigInt sums
 * and Maps arrive as they were sent). It ignores SIGINT and SIGTERM (the parent stops the run
 * and ends it) and exits when the parent goes away.
 */
export class ProcessWorker extends Handle implements WorkerHandle {
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;
  private readonly writes = new Map<number, Pending<void>>();

  /** `spool`: the output file the process writes its results into itself (evaluate only). */
  constructor(script: URL, task: BatchTask, onDeath: OnDeath, spool?: string) {
    super(onDeath);
    this.child = fork(fileURLToPath(script), [], {
      serialization: "advanced",
      stdio: ["ignore", "ignore", "inherit", "ipc"],
      // From the sources the bootstrap registers tsx itself; the built script runs with the
      // parent's node options (--max-old-space-size and the like).
      execArgv: fromSources() ? [] : process.execArgv,
    });
    this.exited = new Promise((done) => this.child.once("exit", () => done()));
    this.child.on("message", (m: ProcessReply) => this.receive(m));
    this.child.on("error", (e: Error) => this.fail(e));
    this.child.on("exit", (code, signal) =>
      this.fail(new Error(`batch worker process exited with ${signal ?? `code ${String(code)}`}`)),
    );
    this.post({ task, spool });
  }

  private post(m: ProcessMessage): void {
    this.child.send(m, (e) => e && this.fail(e));
  }

  private receive(m: ProcessReply): void {
    if ("wrote" in m) {
      const w = this.writes.get(m.wrote);
      this.writes.delete(m.wrote);
      if (m.error) w?.reject(new WorkerWriteError(m.error.message, m.error.code));
      else w?.resolve();
    } else if ("readError" in m) {
      this.settle(m.id, { error: new WorkerReadError(m.readError.message, m.readError.code, m.readError.syscall) });
    } else if (m.held === undefined) this.settle(m.id, { result: m.result });
    else {
      const held = { bytes: m.held, writeAt: (position: number) => this.writeHeld(m.id, position) };
      this.settle(m.id, { result: { ...m.result, held } });
    }
  }

  /** Have the process write the output it holds for job `id` at `position` of the spool. */
  private writeHeld(id: number, position: number): Promise<void> {
    const dead = this.dead;
    if (dead) return Promise.reject(dead);
    return new Promise<void>((resolve, reject) => {
      this.writes.set(id, { resolve, reject });
      this.post({ writeAt: { id, position } });
    });
  }

  protected override onFail(e: Error): void {
    for (const w of this.writes.values()) w.reject(e);
    this.writes.clear();
  }

  submit(job: Job): Promise<ChunkResult> {
    return this.send(job, (j) => this.post({ job: j }));
  }

  /**
   * Closes the channel: the process exits when its current job is done (its exit handlers run);
   * one that does not within {@link STOP_GRACE_MS} is killed.
   */
  async terminate(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const kill = setTimeout(() => this.child.kill("SIGKILL"), STOP_GRACE_MS);
    if (this.child.connected) this.child.disconnect();
    else this.child.kill("SIGKILL");
    await this.exited;
    clearTimeout(kill);
  }
}
