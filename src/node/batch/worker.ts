/**
 * The batch worker thread (dist/batch-worker.js): runs each chunk it is sent with the task given
 * in `workerData` and posts the result back. Started by pool.ts; never imported by the library.
 */
import { parentPort, workerData } from "node:worker_threads";
import { runChunk, type BatchTask, type Chunk } from "./tasks";

const task = (workerData as { task: BatchTask }).task;
const port = parentPort;
if (port === null) throw new Error("resident-pension batch worker: not started as a worker thread");
port.on("message", (chunk: Chunk) => {
  const result = runChunk(task, chunk);
  // The output bytes move to the main thread without a copy.
  const transfer = "output" in result ? [result.output.buffer as ArrayBuffer] : [];
  port.postMessage(result, transfer);
});
