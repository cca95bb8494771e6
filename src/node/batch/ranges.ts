/**
 * Byte ranges of an input file, each starting at a line start, so that worker processes read
 * their own part of the file (no line travels between processes): the parent only scans the file
 * for line ends and hands out `{ start, end, firstLine }`. A range holds whole lines, so a line
 * over the limit is still one line, read by one worker.
 */
import { createReadStream } from "node:fs";
import { splitLines } from "./lines";
import { chunksOf } from "./chunks";
import type { Chunk } from "./tasks";

/** The bytes `start` (a line start) to `end` (exclusive, after a `\n` or at the end) of `file`. */
export interface RangeJob {
  readonly id: number;
  readonly file: string;
  readonly start: number;
  readonly end: number;
  /** The number of the range's first line in the file (from 1, blank lines counted). */
  readonly firstLine: number;
}

/** What a pool runs: lines given to it (a chunk) or a range of a file the worker reads itself. */
export type Job = Chunk | RangeJob;

export const isRange = (job: Job): job is RangeJob => "file" in job;

/**
 * The size a range grows to before it is cut at the next line end: 256 KiB, about 600 cases of
 * the benchmark's population (about 9 MB of output with the trace), so a worker's result is one
 * large message and the reorder buffer stays small.
 */
export const RANGE_BYTES = 256 * 1024;

const NEWLINE = 0x0a;

/**
 * The ranges of `file`, in order, each at least `size` bytes (but the last) and ending after a
 * `\n`; the file is scanned in blocks of `blockBytes`.
 */
export async function* rangesOf(file: string, size = RANGE_BYTES, blockBytes = 1 << 20): AsyncGenerator<RangeJob> {
  let id = 0;
  let start = 0;
  let firstLine = 1;
  let lines = 0; // line ends seen so far
  let at = 0; // offset of the block
  for await (const data of createReadStream(file, { highWaterMark: blockBytes })) {
    const block = data as Buffer;
    for (let i = block.indexOf(NEWLINE); i !== -1; i = block.indexOf(NEWLINE, i + 1)) {
      lines++;
      const end = at + i + 1;
      if (end - start >= size) {
        yield { id: id++, file, start, end, firstLine };
        start = end;
        firstLine = lines + 1;
      }
    }
    at += block.length;
  }
  if (at > start) yield { id, file, start, end: at, firstLine };
}

/** The non-blank lines of a range as one chunk (with the range's id), numbered as in the whole file. */
export async function rangeChunk(job: RangeJob): Promise<Chunk> {
  if (job.end > job.start) {
    const lines = splitLines(createReadStream(job.file, { start: job.start, end: job.end - 1 }));
    for await (const chunk of chunksOf(lines, Infinity, Infinity, job.firstLine)) return { ...chunk, id: job.id };
  }
  return { id: job.id, lines: [], texts: [] };
}
