/**
 * The batch worker process (dist/batch-process.js): started by pool.ts with `child_process.fork`,
 * it takes the task in its first message, then runs each job it is sent, in order: a byte range
 * of the input file, which it reads itself (ranges.ts), or a chunk of lines (a retry). Each job
 * is answered with one message. With a spool (the output's temporary file), the output of a
 * range stays here until the parent says where it goes in the file, and is written from here:
 * the bytes never pass through the parent. Never imported by the library.
 */
import { openSync, writeSync } from "node:fs";
import type { ProcessMessage, ProcessReply } from "./handles";
import { isRange, rangeChunk, type Job } from "./ranges";
import { LineBytes } from "./line-bytes";
import { runChunk, type BatchTask } from "./tasks";

const send = process.send?.bind(process);
if (send === undefined) throw new Error("resident-pension batch worker: not started as a worker process");

let task: BatchTask | undefined;
let spool: string | undefined;
let spoolFd: number | undefined;
const held = new Map<number, Uint8Array>();
const EMPTY = new Uint8Array(0);
let queue: Promise<void> = Promise.resolve();

async function answer(job: Job): Promise<ProcessReply> {
  try {
    const chunk = isRange(job) ? await rangeChunk(job) : job;
    const result = runChunk(task!, chunk);
    if (spool === undefined || !isRange(job) || !("output" in result)) return { id: job.id, result };
    held.set(job.id, result.output);
    return { id: job.id, result: { ...result, output: EMPTY }, held: result.output.length };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // Reading the range failed (the file vanished, EIO): the parent stops the run with it.
    if (typeof err.code === "string" && typeof err.syscall === "string")
      return { id: job.id, readError: { message: err.message, code: err.code, syscall: err.syscall } };
    throw e;
  }
}

/** Write the output held for job `id` at `position` of the spool. */
function writeHeld(id: number, position: number): ProcessReply {
  const bytes = held.get(id);
  held.delete(id);
  try {
    if (bytes === undefined) throw new Error(`no output held for job ${id}`);
    spoolFd ??= openSync(spool!, "r+");
    for (let at = 0; at < bytes.length;) at += writeSync(spoolFd, bytes, at, bytes.length - at, position + at);
    LineBytes.reuse(bytes); // written: the next chunk's output goes into this buffer
    return { wrote: id };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { wrote: id, error: { message: err.message, code: err.code ?? "EIO" } };
  }
}

const reply = (r: ProcessReply): Promise<void> =>
  new Promise<void>((done, fail) => send(r, undefined, undefined, (e) => (e ? fail(e) : done())));

function fatal(e: unknown): void {
  // The parent went away (or closed the channel) mid-answer: the run is over, nothing to report.
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (!process.connected || code === "EPIPE" || code === "ERR_IPC_CHANNEL_CLOSED") process.exit(0);
  process.stderr.write(`resident-pension batch worker: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(70);
}

process.on("message", (m: ProcessMessage) => {
  if ("task" in m) {
    task = m.task;
    spool = m.spool;
    return;
  }
  // Not queued behind the jobs: a write frees memory and never waits for evaluation.
  if ("writeAt" in m) return void reply(writeHeld(m.writeAt.id, m.writeAt.position)).catch(fatal);
  const job = m.job;
  queue = queue.then(async () => {
    const r = await answer(job);
    if (!process.connected) return; // the run is over (the parent closed the channel): nobody to answer
    await reply(r);
    // The message holds a copy of the output (it is serialized when sent): its buffer is free.
    if ("result" in r && "output" in r.result && r.held === undefined) LineBytes.reuse(r.result.output);
  });
  // A failure here is a bug or a lost parent: end the process, the parent retries the job's lines.
  queue.catch(fatal);
});
// The parent stops the run on SIGINT / SIGTERM (a terminal or a service manager sends them to the
// whole group) and ends this process: dying here would only make it retry this process's lines.
process.on("SIGINT", () => undefined);
process.on("SIGTERM", () => undefined);
process.on("disconnect", () => process.exit(0));
