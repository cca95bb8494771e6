// Issue 16 regressions of batch and cost: output integrity, one result per input line whatever
// the worker count, streams. docs/reliability.md lists which test guards which guarantee.
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { evaluateCase } from "../../src";
import { chunksOf, runOrdered } from "../../src/node/batch/pool";
import { splitLines } from "../../src/node/batch/lines";
import type { EvaluateChunkResult } from "../../src/node/batch/tasks";
import { batchFile, cappedWorkers } from "../../src/node/cli/commands/batch";
import { run } from "../../src/node/cli/run";
import { Capture, cli, example, jsonl } from "./helpers";

const qn = example("qiannan");
const cx = example("cixi");
type OutLine = {
  line: number;
  id?: string;
  result?: unknown;
  error?: { code: string; path: unknown[]; message: string };
};
const parse = (text: string): OutLine[] =>
  text
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as OutLine);

function folder(): string {
  return mkdtempSync(join(tmpdir(), "resident-pension-reliability-"));
}

/** A writable that fails every write with `code`, like a full disk or a closed pipe. */
class Failing extends Writable {
  constructor(private readonly code: string) {
    super();
  }
  override _write(_chunk: unknown, _enc: BufferEncoding, done: (e?: Error | null) => void): void {
    done(Object.assign(new Error(`${this.code}: simulated`), { code: this.code }));
  }
}

describe("batch: output integrity", () => {
  it.skipIf(!existsSync("/dev/full"))(
    "--out /dev/full (a full disk): exit 74 with a message, never 0",
    async () => {
      for (const workers of ["0", "2"]) {
        const r = await cli(["batch", jsonl([qn, cx]), "--out", "/dev/full", "--workers", workers]);
        expect(r.code).toBe(74);
        expect(r.stderr).toMatch(/^resident-pension batch: cannot write \/dev\/full: ENOSPC/);
      }
    },
    60_000,
  );

  it("standard output that fails (a closed pipe): exit 74 with a message", async () => {
    const stderr = new Capture();
    const r = await run(["batch", jsonl([qn, cx]), "--workers", "0"], {
      readStdin: async () => "",
      today: () => "2013-06-30",
      stdout: new Failing("EPIPE"),
      stderr,
    });
    expect(r.code).toBe(74);
    expect(r.stderr).toMatch(/cannot write standard output: EPIPE/);
  });

  it("--out a symlink or a hard link to the input, or the input by another path: refused (exit 2), the input untouched", async () => {
    const input = jsonl([qn, cx]);
    const before = readFileSync(input, "utf8");
    const dir = folder();
    const soft = join(dir, "soft.jsonl");
    const hard = join(dir, "hard.jsonl");
    symlinkSync(input, soft);
    linkSync(input, hard);
    for (const out of [soft, hard, join(input, "..", ".", "cases.jsonl")]) {
      const r = await cli(["batch", input, "--out", out, "--workers", "0"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("is the input");
      expect(readFileSync(input, "utf8")).toBe(before);
    }
    expect(readdirSync(dir).sort()).toEqual(["hard.jsonl", "soft.jsonl"]); // no temporary file either
  });

  it("--out a folder: refused (exit 2)", async () => {
    const r = await cli(["batch", jsonl([qn]), "--out", folder(), "--workers", "0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is a folder");
  });

  it("--out: complete results appear under the final name only at the end; through a symlink the link is kept", async () => {
    const dir = folder();
    const target = join(dir, "target.jsonl");
    writeFileSync(target, "old\n");
    symlinkSync(target, join(dir, "link.jsonl"));
    const r = await cli(["batch", jsonl([qn, cx]), "--out", join(dir, "link.jsonl"), "--workers", "0"]);
    expect(r.code).toBe(0);
    expect(parse(readFileSync(target, "utf8")).map((o) => o.line)).toEqual([1, 2]);
    expect(readdirSync(dir).sort()).toEqual(["link.jsonl", "target.jsonl"]);
  });

  it("interrupted (SIGINT): says how many lines were done, exit 130, nothing under the final name, no temporary file", async () => {
    const dir = folder();
    const out = join(dir, "results.jsonl");
    writeFileSync(out, "previous results\n");
    const controller = new AbortController();
    // Progress after every chunk; the first progress line interrupts the run.
    const stderr = new Capture();
    stderr.on("data", () => undefined);
    const progressStream = new Writable({
      write(_chunk, _enc, done) {
        controller.abort("SIGINT");
        done();
      },
    });
    const input = jsonl(Array.from({ length: 200 }, () => qn));
    const r = await batchFile(
      input,
      { workers: 0, out, trace: false, progressEvery: 1 },
      { stdout: new Capture(), stderr: progressStream, signal: controller.signal },
    );
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(
      /^resident-pension batch: interrupted by SIGINT: 32 lines were done; .*results\.jsonl was not written\n$/,
    );
    expect(readFileSync(out, "utf8")).toBe("previous results\n");
    expect(readdirSync(dir)).toEqual(["results.jsonl"]);
  });
});

describe("batch: one result per input line, whatever the worker count", () => {
  it("a line over the limit is a limit-exceeded result with its line number; the same bytes with 0, 1 and 2 workers", async () => {
    // 40 good lines, one of 5 MiB (over the 4 MiB limit), 40 more: 81 output lines, one error.
    const huge = JSON.stringify({ ...qn, description: "x".repeat(5 * 1024 * 1024) });
    const input = jsonl([...Array.from({ length: 40 }, () => qn), huge, ...Array.from({ length: 40 }, () => cx)]);
    const outputs: string[] = [];
    for (const workers of ["0", "1", "2"]) {
      const r = await cli(["batch", input, "--workers", workers, "--no-trace"]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("batch: 80 ok, 1 failed\n");
      outputs.push(r.out);
    }
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    const out = parse(outputs[0]!);
    expect(out).toHaveLength(81);
    expect(out[40]).toMatchObject({ line: 41, error: { code: "limit-exceeded", path: [] } });
    expect(out[40]!.error!.message).toContain("4194304-byte limit");
  }, 60_000);

  it("pathological lines (deep nesting, 130,000 payments, 20,000 segments) give the same bytes with 0 and 2 workers", async () => {
    const deep = `{"region":"qiannan","asOf":"2013-06-30","person":{"birthDate":"1948-03-02"},"expect":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const payments = { ...qn, payments: Array.from({ length: 130_000 }, () => ({ year: "x" })) };
    const segments = {
      ...qn,
      options: {
        parameters: {
          "QN-BEN-BASIC": Array.from({ length: 20_000 }, () => ({ from: "2013-01-01", value: "1", citation: "t" })),
        },
      },
    };
    const input = jsonl([qn, deep, payments, segments, cx]);
    const a = await cli(["batch", input, "--workers", "0", "--no-trace"]);
    const b = await cli(["batch", input, "--workers", "2", "--no-trace"]);
    expect(b.out).toBe(a.out);
    expect(a.code).toBe(0);
    expect(parse(a.out).map((o) => o.error?.code ?? "ok")).toEqual([
      "ok",
      "limit-exceeded",
      "limit-exceeded",
      "limit-exceeded",
      "ok",
    ]);
  }, 60_000);

  it("lines are split on \\n only: a bare \\r inside a line changes nothing, CRLF endings are read", async () => {
    const text = JSON.stringify(qn);
    const withCr = text.replace('"asOf"', '\r"asOf"').replace('"person"', '"person"\r');
    const input = join(folder(), "cr.jsonl");
    writeFileSync(input, `${withCr}\n${text}\r\n${text}`);
    const r = await cli(["batch", input, "--workers", "0"]);
    expect(r.stderr).toBe("batch: 3 ok, 0 failed\n");
    const out = parse(r.out);
    expect(out.map((o) => o.line)).toEqual([1, 2, 3]);
    for (const o of out) expect(o.result).toEqual(evaluateCase(qn));
  });

  it("splitLines: lines across chunks, a last line without \\n, an over-long line skipped without keeping it", async () => {
    const lines: unknown[] = [];
    for await (const l of splitLines(
      Readable.from([Buffer.from("ab"), Buffer.from("c\nxxxxxxxx"), Buffer.from("xx\n\nlast")]),
      5,
    ))
      lines.push(l);
    expect(lines).toEqual(["abc", { tooLong: 10 }, "", "last"]);
  });

  it("splitLines: whole lines inside one chunk, blank ones kept, at the limit or over it, UTF-8 and \\r as they are", async () => {
    const lines: unknown[] = [];
    // "养老" is 6 bytes of UTF-8: at the limit of 6; "1234567" is 7 bytes: over it.
    for await (const l of splitLines(Readable.from([Buffer.from("a\n\n养老\n1234567\nb\r\n\nc")]), 6)) lines.push(l);
    expect(lines).toEqual(["a", "", "养老", { tooLong: 7 }, "b\r", "", "c"]);
  });

  it("a worker that dies is replaced and its lines retried one by one: only the line that kills it again is an error", async () => {
    const texts = [qn, cx, "CRASH", qn, cx].map((c) => (typeof c === "string" ? c : JSON.stringify(c)));
    const many = [...texts, ...texts, ...texts]; // three chunks of 5, each with a crashing line
    async function* lines(): AsyncGenerator<string> {
      yield* many;
    }
    let output = "";
    let internal = 0;
    await runOrdered(
      { kind: "evaluate", trace: false },
      chunksOf(lines(), 5),
      { workers: 2, script: new URL("./fixtures/crash-worker.mjs", import.meta.url) },
      (r) => {
        output += new TextDecoder().decode((r as EvaluateChunkResult).output);
        internal += r.internal;
      },
    );
    const out = parse(output);
    expect(out.map((o) => o.line)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(internal).toBe(3);
    out.forEach((o, i) => {
      if (i % 5 === 2) {
        expect(o.error?.code).toBe("internal-error");
        expect(o.error?.message).toContain("stopped twice");
      } else expect(o.error).toBeUndefined();
    });
  }, 60_000);

  it("a line whose worker died once is retried and evaluated: the same output as a run without the death", async () => {
    const flag = join(folder(), "died-once");
    const texts = [qn, { ...cx, id: `ONCE:${flag}` }, qn].map((c) => JSON.stringify(c));
    async function* lines(): AsyncGenerator<string> {
      yield* texts;
    }
    let output = "";
    await runOrdered(
      { kind: "evaluate", trace: false },
      chunksOf(lines()),
      { workers: 1, script: new URL("./fixtures/crash-worker.mjs", import.meta.url) },
      (r) => {
        output += new TextDecoder().decode((r as EvaluateChunkResult).output);
      },
    );
    expect(existsSync(flag)).toBe(true); // the worker did die once
    const out = parse(output);
    expect(out.map((o) => [o.line, o.error?.code ?? "ok"])).toEqual([
      [1, "ok"],
      [2, "ok"],
      [3, "ok"],
    ]);
    expect(out[1]!.result).toEqual(evaluateCase({ ...cx }, { trace: false }));
  }, 60_000);

  it("--workers above the cores is capped (and gives the same output)", async () => {
    expect(cappedWorkers(256)).toBeLessThanOrEqual(cappedWorkers(1024));
    expect(cappedWorkers(1)).toBe(1);
    const input = jsonl([qn, cx]);
    const r = await cli(["batch", input, "--workers", "256", "--no-trace"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe((await cli(["batch", input, "--workers", "0", "--no-trace"])).out);
  }, 60_000);
});

describe("batch and cost: streams and ids", () => {
  const io = (stdin: string, stdout = new Capture(), stderr = new Capture()) => ({
    readStdin: async () => "",
    today: () => "2013-06-30",
    stdout,
    stderr,
    stdin: Readable.from([Buffer.from(stdin)]),
  });

  it("batch - reads standard input and writes standard output, echoing each case's id (results and errors)", async () => {
    const text = [
      { ...qn, id: "rec-1" },
      { ...qn, id: "rec-2", payments: [{ year: 2011, date: "2011-09-01", amount: "1.234" }] },
      qn,
      { ...qn, id: 7 },
    ]
      .map((c) => JSON.stringify(c))
      .join("\n");
    const streams = io(`\uFEFF${text}\n`);
    const r = await run(["batch", "-", "--workers", "0"], streams);
    expect(r.code).toBe(0);
    const out = parse(streams.stdout.text);
    expect(out.map((o) => [o.line, o.id, o.error?.code ?? "ok"])).toEqual([
      [1, "rec-1", "ok"],
      [2, "rec-2", "invalid-money"],
      [3, undefined, "ok"],
      [4, undefined, "invalid-input"],
    ]);
    expect(Object.keys(out[0]!)).toEqual(["line", "id", "result"]);
    expect(out[0]!.result).toEqual(evaluateCase(qn));
  });

  it("cost - reads standard input; cost over inputs that all failed exits 2", async () => {
    const good = io(`${JSON.stringify({ ...qn, id: "a" })}\n`);
    expect(
      (await run(["cost", "-", "--region", "qiannan", "--from", "2013", "--to", "2013", "--workers", "0"], good)).code,
    ).toBe(0);
    const bad = io(`${JSON.stringify({ ...qn, id: "b", payments: 3 })}\nnot json\n`);
    const r = await run(["cost", "-", "--region", "qiannan", "--from", "2013", "--to", "2013", "--workers", "0"], bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("every case of qiannan failed");
    expect(parse(bad.stderr.text).map((o) => [o.line, o.id])).toEqual([
      [1, "b"],
      [2, undefined],
    ]);
  });
});

const bin = join(import.meta.dirname, "..", "..", "bin", "resident-pension.js");
const built = existsSync(join(import.meta.dirname, "..", "..", "dist", "cli.js"));

// The real process: SIGTERM from outside, the handler in src/node/cli/main.ts; skipped without a build.
describe.skipIf(!built)("batch as a process (built)", () => {
  it("SIGTERM: exit 143, a message saying how many lines were done, no file under the final name and no temporary file", async () => {
    const { spawn } = await import("node:child_process");
    const dir = folder();
    const input = join(dir, "many.jsonl");
    writeFileSync(input, `${JSON.stringify(qn)}\n`.repeat(50_000));
    const out = join(dir, "results.jsonl");
    const child = spawn(process.execPath, [bin, "batch", input, "--out", out, "--workers", "1"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // Once the temporary file exists, the run is writing: stop it.
    while (!readdirSync(dir).some((f) => f.endsWith(".tmp"))) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((r) => child.on("close", r));
    expect(code).toBe(143);
    expect(stderr).toMatch(
      /resident-pension batch: interrupted by SIGTERM: \d+ lines were done; .*results\.jsonl was not written\n$/,
    );
    expect(readdirSync(dir)).toEqual(["many.jsonl"]);
  }, 60_000);

  it("standard output closed by the reader (a pipe to head): exit 74, not 0", async () => {
    const input = jsonl(Array.from({ length: 2000 }, () => qn));
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, [bin, "batch", input, "--workers", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((r) => child.on("close", r));
    expect(code).toBe(74);
    expect(stderr).toMatch(/cannot write standard output: EPIPE/);
  }, 60_000);
});
