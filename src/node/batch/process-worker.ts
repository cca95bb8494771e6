/**
 * The batch worker process (dist/batch-process.js): started by pool.ts with `child_process.fork`,
 * it takes the task in its first message, then runs each job it is sent, in order: a byte range
 * of the input file, which it reads itself (ranges.ts), or a chunk of lines (a retry). Each job
 * is answered with one message. Never imported by the library.
 */
import type { ProcessReply } from "./handles";
import { isRange, rangeChunk, type Job } from "./ranges";
import { runChunk, type BatchTask } from "./tasks";

const send = process.send?.bind(process);
if (send === undefined) throw new Error("resident-pension batch worker: not started as a worker process");

let task: BatchTask | undefined;
let queue: Promise<void> = Promise.resolve();

async function answer(job: Job): Promise<ProcessReply> {
  try {
    const chunk = isRange(job) ? await rangeChunk(job) : job;
    return { id: job.id, result: runChunk(task!, chunk) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // Reading the range failed (the file vanished, EIO): the parent stops the run with it.
    if (typeof err.code === "string" && typeof err.syscall === "string")
      return { id: job.id, readError: { message: err.message, code: err.code, syscall: err.syscall } };
    throw e;
  }
}

process.on("message", (m: { task?: BatchTask; job?: Job }) => {
  if (m.task !== undefined) task = m.task;
  const job = m.job;
  if (job === undefined) return;
  queue = queue.then(async () => {
    const reply = await answer(job);
    if (!process.connected) return; // the run is over (the parent closed the channel): nobody to answer
    await new Promise<void>((done, fail) => send(reply, undefined, undefined, (e) => (e ? fail(e) : done())));
  });
  // A failure here is a bug or a lost parent: end the process, the parent retries the job's lines.
  queue.catch((e: unknown) => {
    process.stderr.write(`resident-pension batch worker: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(70);
  });
});
// The parent stops the run on SIGINT (a terminal sends it to the whole group) and ends this process.
process.on("SIGINT", () => undefined);
process.on("disconnect", () => process.exit(0));
