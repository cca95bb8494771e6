// Worker processes that read their own byte ranges of the input (issue 18): the ranges cover the
// file exactly, at line starts, numbered as in the whole file; the output and the totals are the
// bytes and sums of a run without workers; a dying process and an unreadable range.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { addSums, emptySums } from "../../src/node/batch/cost";
import { chunksOf, runOrdered } from "../../src/node/batch/pool";
import { rangeChunk, rangesOf, type Job, type RangeJob } from "../../src/node/batch/ranges";
import type { BatchTask, ChunkResult, CostChunkResult, EvaluateChunkResult } from "../../src/node/batch/tasks";
import { isReadError, readLines } from "../../src/node/cli/commands/batch";
import { fileOutput } from "../../src/node/cli/output";
import { cli, example, jsonl, tempFile } from "./helpers";

const qn = example("qiannan");
const cx = example("cixi");

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
}

describe("rangesOf: byte ranges at line starts", () => {
  // Bytes: "a\n" 0–1, "\n" 2, "bb\r\n" 3–6, "ccc\n" 7–10, "d" 11 (no final \n); 12 bytes, 5 lines.
  // With ranges of at least 3 bytes: [0,3) ends after line 2 (3 − 0 = 3); [3,7) is line 3
  // (4 bytes); [7,11) line 4; [11,12) the last line, without its \n.
  const file = tempFile("ranges.jsonl", "a\n\nbb\r\nccc\nd");
  const expected = [
    { id: 0, file, start: 0, end: 3, firstLine: 1 },
    { id: 1, file, start: 3, end: 7, firstLine: 3 },
    { id: 2, file, start: 7, end: 11, firstLine: 4 },
    { id: 3, file, start: 11, end: 12, firstLine: 5 },
  ];

  it("cuts after the first line end at or past the size, numbering lines as in the file", async () => {
    expect(await all(rangesOf(file, 3))).toEqual(expected);
    // The same cuts when the scan's blocks split lines (blocks of 4 and of 1 byte).
    expect(await all(rangesOf(file, 3, 4))).toEqual(expected);
    expect(await all(rangesOf(file, 3, 1))).toEqual(expected);
    // One range when the size is the file's or more.
    expect(await all(rangesOf(file, 12))).toEqual([{ id: 0, file, start: 0, end: 12, firstLine: 1 }]);
  });

  it("each range's lines are the file's lines with their numbers (blank lines skipped, \\r kept)", async () => {
    const chunks = await Promise.all(expected.map((r) => rangeChunk(r)));
    expect(chunks).toEqual([
      { id: 0, lines: [1], texts: ["a"] },
      { id: 1, lines: [3], texts: ["bb\r"] },
      { id: 2, lines: [4], texts: ["ccc"] },
      { id: 3, lines: [5], texts: ["d"] },
    ]);
    // The same lines as the whole file read at once.
    const whole = await all(chunksOf(readLines(file), Infinity));
    expect(chunks.flatMap((c) => c.lines)).toEqual(whole[0]!.lines);
    expect(chunks.flatMap((c) => c.texts)).toEqual(whole[0]!.texts);
  });

  it("a byte order mark is dropped on the file's first line only; an empty file has no range", async () => {
    const bom = tempFile("bom.jsonl", "\uFEFFx\n\uFEFFy\n");
    const ranges = await all(rangesOf(bom, 1));
    expect(ranges.map((r) => [r.start, r.end, r.firstLine])).toEqual([
      [0, 5, 1], // 3 bytes of BOM, "x", "\n"
      [5, 10, 2],
    ]);
    expect((await rangeChunk(ranges[0]!)).texts).toEqual(["x"]);
    expect((await rangeChunk(ranges[1]!)).texts).toEqual(["\uFEFFy"]);
    expect(await all(rangesOf(tempFile("empty.jsonl", ""), 1))).toEqual([]);
  });
});

/** Lines of every kind: good cases of two regions, not JSON, blank, not a case, an unknown region. */
function mixedFile(n: number): string {
  const kinds = [qn, '{"region": "qiannan",', "", cx, "[1]", { ...qn, region: "shanghai" }, { ...qn, id: "case-7" }];
  return jsonl(Array.from({ length: n }, (_, i) => kinds[i % kinds.length]));
}

async function collect(task: BatchTask, jobs: AsyncIterable<Job>, workers: number, script?: URL) {
  const results: ChunkResult[] = [];
  await runOrdered(task, jobs, { workers, processes: true, ...(script ? { script } : {}) }, (r) => {
    results.push(r);
  });
  return results;
}

const text = (results: readonly ChunkResult[]): string =>
  results.map((r) => new TextDecoder().decode((r as EvaluateChunkResult).output)).join("");

describe("worker processes on byte ranges", () => {
  it("batch: 2 processes on more than 10 ranges write the bytes of a run without workers", async () => {
    const file = mixedFile(70);
    const task: BatchTask = { kind: "evaluate", trace: true };
    const ranges = await all(rangesOf(file, 500));
    expect(ranges.length).toBeGreaterThan(10); // about 7 KB of lines in ranges of about 500 bytes
    const inProcess = text(await collect(task, chunksOf(readLines(file)), 0));
    const processes = await collect(task, rangesOf(file, 500), 2);
    expect(processes.map((r) => r.id)).toEqual(ranges.map((r) => r.id));
    expect(text(processes)).toBe(inProcess);
    expect(inProcess.trimEnd().split("\n")).toHaveLength(60); // 70 lines, 10 blank
  }, 60_000);

  it("cost: the same sums, error lines and counts as a run without workers", async () => {
    const file = mixedFile(70);
    const task: BatchTask = { kind: "cost", options: { region: "qiannan", from: 2011, to: 2014 } };
    const total = (results: readonly ChunkResult[]) => {
      const base = emptySums(4);
      let errors = "";
      const counts = { ok: 0, failed: 0, internal: 0, otherRegion: 0 };
      for (const r of results as CostChunkResult[]) {
        addSums(base, r.base);
        errors += r.errors;
        counts.ok += r.ok;
        counts.failed += r.failed;
        counts.internal += r.internal;
        counts.otherRegion += r.otherRegion;
      }
      return { base, errors, counts };
    };
    const one = total(await collect(task, chunksOf(readLines(file)), 0));
    const two = total(await collect(task, rangesOf(file, 500), 2));
    expect(two).toEqual(one);
    // 70 lines: 10 of each kind; qiannan cases (kinds 0 and 6) 20 costed; cixi and shanghai 20
    // other regions; not JSON and not a case 20 failed; 10 blank.
    expect(one.counts).toEqual({ ok: 20, failed: 20, internal: 0, otherRegion: 20 });
    expect(one.base.basic.some((v) => v > 0n)).toBe(true);
  }, 60_000);

  it("batch --workers 2 on a file of several ranges (600 KB): the bytes of --workers 0", async () => {
    const input = jsonl(Array.from({ length: 3000 }, (_, i) => (i % 3 === 1 ? cx : qn)));
    const r0 = await cli(["batch", input, "--workers", "0", "--no-trace"]);
    const r2 = await cli(["batch", input, "--workers", "2", "--no-trace"]);
    expect(r2.stderr).toBe(r0.stderr);
    expect(r2.code).toBe(0);
    expect(r2.out).toBe(r0.out);
    expect(r0.out.split("\n")).toHaveLength(3001);
  }, 120_000);

  it("a process that dies is replaced and its range retried line by line: only the line that kills it again is an error", async () => {
    const lines = Array.from({ length: 40 }, (_, i) => (i === 17 ? '"CRASH"' : JSON.stringify(i % 2 ? cx : qn)));
    const file = jsonl(lines);
    const script = new URL("./fixtures/crash-process.mjs", import.meta.url);
    const results = await collect({ kind: "evaluate", trace: false }, rangesOf(file, 2000), 2, script);
    const out = text(results)
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { line: number; error?: { code: string; message: string } });
    expect(out.map((o) => o.line)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(out.filter((o) => o.error).map((o) => o.line)).toEqual([18]);
    expect(out[17]!.error!.code).toBe("internal-error");
    expect(out[17]!.error!.message).toContain("the worker process evaluating this line stopped twice");
    expect(results.reduce((n, r) => n + r.internal, 0)).toBe(1);
  }, 120_000);

  it("a range the worker cannot read stops the run with the read error (no retry)", async () => {
    const missing = `${tempFile("x.jsonl", "")}.gone`;
    async function* jobs(): AsyncGenerator<RangeJob> {
      yield { id: 0, file: missing, start: 0, end: 10, firstLine: 1 };
    }
    const error = await collect({ kind: "evaluate", trace: false }, jobs(), 1).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isReadError(error)).toBe(true);
    expect((error as NodeJS.ErrnoException).code).toBe("ENOENT");
  }, 60_000);
});

describe("worker processes write their output into the --out file themselves", () => {
  /** Run `batch`'s task on 2 processes with the output's spool, as batchFile does; the file's text. */
  async function spooled(file: string, size: number, script?: URL): Promise<string> {
    const target = join(mkdtempSync(join(tmpdir(), "resident-pension-spool-")), "out.jsonl");
    const out = await fileOutput(target);
    let held = 0;
    await runOrdered(
      { kind: "evaluate", trace: false },
      rangesOf(file, size),
      { workers: 2, processes: true, spool: out.spool, ...(script ? { script } : {}) },
      async (r) => {
        const c = r as EvaluateChunkResult;
        if (c.held) {
          held++;
          await out.spool!.place(c.held.bytes, c.held.writeAt);
        } else await out.write(c.output);
      },
    );
    await out.commit();
    expect(held).toBeGreaterThan(2); // the bytes of several ranges were written by the processes
    return readFileSync(target, "utf8");
  }

  it("the file has the bytes of a run without workers", async () => {
    const file = mixedFile(70);
    const inProcess = text(await collect({ kind: "evaluate", trace: false }, chunksOf(readLines(file)), 0));
    expect(await spooled(file, 500)).toBe(inProcess);
  }, 60_000);

  it("batch --workers 2 --out on a file of several ranges: the file --workers 0 writes", async () => {
    const input = jsonl(Array.from({ length: 3000 }, (_, i) => (i % 3 === 1 ? cx : qn)));
    const dir = mkdtempSync(join(tmpdir(), "resident-pension-spool-"));
    const r0 = await cli(["batch", input, "--workers", "0", "--no-trace", "--out", join(dir, "0.jsonl")]);
    const r2 = await cli(["batch", input, "--workers", "2", "--no-trace", "--out", join(dir, "2.jsonl")]);
    expect([r0.code, r2.code]).toEqual([0, 0]);
    expect(r2.stderr).toBe(r0.stderr);
    expect(readFileSync(join(dir, "2.jsonl"), "utf8")).toBe(readFileSync(join(dir, "0.jsonl"), "utf8"));
    expect(readdirSync(dir).sort()).toEqual(["0.jsonl", "2.jsonl"]); // no temporary file left
  }, 120_000);

  it("an output whose process dies before writing it is made again and written by the parent", async () => {
    const lines = Array.from({ length: 40 }, (_, i) =>
      i === 25 ? JSON.stringify({ ...qn, id: "NOWRITE" }) : JSON.stringify(i % 2 ? cx : qn),
    );
    const file = jsonl(lines);
    const inProcess = text(await collect({ kind: "evaluate", trace: false }, chunksOf(readLines(file)), 0));
    const script = new URL("./fixtures/crash-process.mjs", import.meta.url);
    expect(await spooled(file, 1000, script)).toBe(inProcess);
  }, 120_000);

  it("a spool the process cannot open: the write fails with the error's code (exit 74 in batch)", async () => {
    const results: EvaluateChunkResult[] = [];
    const spool = { path: join(tmpdir(), "no-such-folder-resident-pension", "out.tmp"), write: async () => {} };
    const file = mixedFile(7);
    await runOrdered(
      { kind: "evaluate", trace: false },
      rangesOf(file),
      { workers: 1, processes: true, spool },
      (r) => {
        results.push(r as EvaluateChunkResult);
        return (r as EvaluateChunkResult).held!.writeAt(0).then(
          () => expect.unreachable(),
          (e: unknown) => expect((e as NodeJS.ErrnoException).code).toBe("ENOENT"),
        );
      },
    );
    expect(results).toHaveLength(1);
  }, 60_000);
});

describe("the spool: one write at a time, in file order", () => {
  it("a placed write starts only when the one placed before it has ended; place resolves then", async () => {
    const target = join(mkdtempSync(join(tmpdir(), "resident-pension-spool-")), "out.jsonl");
    const out = await fileOutput(target);
    const spool = out.spool!;
    const log: string[] = [];
    const ends: (() => void)[] = [];
    // Each write records its start, writes its bytes when released, then records its end.
    const writer =
      (name: string, bytes: string) =>
      (position: number): Promise<void> => {
        log.push(`start ${name} at ${position}`);
        return new Promise<void>((done) => ends.push(done)).then(async () => {
          await spool.write(Buffer.from(bytes), position);
          log.push(`end ${name}`);
        });
      };
    const a = spool.place(3, writer("a", "aa\n"));
    const b = spool.place(2, writer("b", "b\n"));
    await a; // nothing was placed before a
    await new Promise((r) => setTimeout(r, 20));
    // Only a has started (at 0); b waits for it. Positions follow the placing order: b at 3.
    expect(log).toEqual(["start a at 0"]);
    let bPlaced = false;
    void b.then(() => (bPlaced = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(bPlaced).toBe(false); // place(b) resolves when a (placed before it) has ended
    ends[0]!();
    await b;
    expect(log).toEqual(["start a at 0", "end a", "start b at 3"]);
    const c = spool.place(4, writer("c", "ccc\n"));
    ends[1]!();
    await c;
    ends[2]!();
    await out.commit();
    expect(log).toEqual(["start a at 0", "end a", "start b at 3", "end b", "start c at 5", "end c"]);
    expect(readFileSync(target, "utf8")).toBe("aa\nb\nccc\n");
  });
});

describe("the temporary output file is flushed as it grows", () => {
  /** A FileHandle's prototype, whose `datasync` the output calls. */
  async function handlePrototype(): Promise<{ datasync(): Promise<void> }> {
    const h = await open(join(mkdtempSync(join(tmpdir(), "resident-pension-flush-")), "probe"), "w");
    await h.close();
    return Object.getPrototypeOf(h) as { datasync(): Promise<void> };
  }

  it("a datasync after every flushBytes written, in the background; the file is whole", async () => {
    const datasync = vi.spyOn(await handlePrototype(), "datasync");
    try {
      const target = join(mkdtempSync(join(tmpdir(), "resident-pension-flush-")), "out.jsonl");
      const out = await fileOutput(target, 10);
      await out.write("1234567\n"); // 8 bytes written: under 10, no flush
      expect(datasync).toHaveBeenCalledTimes(0);
      await out.write("abcdefg\n"); // 16 bytes: a flush
      expect(datasync).toHaveBeenCalledTimes(1);
      // Through the spool (worker processes' writes) too: 16 + 12 = 28 bytes, 12 since the last flush.
      await out.spool!.place(12, (position) => out.spool!.write(Buffer.from("placed line\n"), position));
      // One flush at a time: the second starts when the first has ended.
      await vi.waitFor(() => expect(datasync).toHaveBeenCalledTimes(2));
      await out.commit();
      expect(datasync).toHaveBeenCalledTimes(2); // commit syncs (fsync), it does not flush again
      expect(readFileSync(target, "utf8")).toBe("1234567\nabcdefg\nplaced line\n");
    } finally {
      datasync.mockRestore();
    }
  });

  it("a flush that fails fails the run: commit rejects with the error, the final name is not written", async () => {
    const proto = await handlePrototype();
    const eio = Object.assign(new Error("EIO: i/o error, fdatasync"), { code: "EIO" });
    const datasync = vi.spyOn(proto, "datasync").mockRejectedValue(eio);
    try {
      const target = join(mkdtempSync(join(tmpdir(), "resident-pension-flush-")), "out.jsonl");
      const out = await fileOutput(target, 4);
      await out.write("first line\n");
      await expect(out.commit()).rejects.toThrow(/cannot write .*out\.jsonl: EIO/);
      await out.abort(); // as batch does on a failed commit
      expect(existsSync(target)).toBe(false);
      expect(readdirSync(dirname(target))).toEqual([]); // the temporary file is removed
    } finally {
      datasync.mockRestore();
    }
  });
});
