import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateCase } from "../../src";
import { batchFile } from "../../src/node/cli/commands/batch";
import { Capture, cli, example, jsonl, root, tempFile } from "./helpers";

const qn = example("qiannan");
const cx = example("cixi");
const bb = example("beibei");
const badMoney = { ...qn, payments: [{ year: 2011, date: "2011-09-01", amount: "1.234" }] };

// Line 1 good, 2 invalid JSON, 3 blank (skipped), 4 bad money, 5 good, 6 unknown region, 7 good.
const lines = [qn, '{"region": "qiannan",', "", badMoney, cx, { ...qn, region: "shanghai" }, bb];

type OutLine = { line: number; result?: unknown; error?: { code: string; path: unknown[]; message: string } };
const parse = (text: string): OutLine[] =>
  text
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as OutLine);

describe("resident-pension batch", () => {
  it("writes every good line in order and each bad line as an error with its line number; exit 0", async () => {
    const r = await cli(["batch", jsonl(lines), "--workers", "0"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("batch: 3 ok, 3 failed\n");
    const out = parse(r.out);
    expect(out.map((o) => o.line)).toEqual([1, 2, 4, 5, 6, 7]);
    expect(out[0]!.result).toEqual(evaluateCase(qn));
    expect(out[3]!.result).toEqual(evaluateCase(cx));
    expect(out[5]!.result).toEqual(evaluateCase(bb));
    expect(out[1]!.error).toMatchObject({ code: "invalid-input", path: [] });
    expect(out[1]!.error!.message).toMatch(/^not valid JSON/);
    expect(out[2]!.error).toMatchObject({ code: "invalid-money", path: ["payments", 0, "amount"] });
    expect(out[4]!.error).toMatchObject({ code: "unknown-region", path: ["region"] });
    for (const o of out) expect(Object.keys(o).sort()).toEqual(o.result ? ["line", "result"] : ["error", "line"]);
  });

  it("gives byte-identical output with 2 worker threads, 1 worker thread and none, to --out", async () => {
    // Enough lines for several chunks in flight on each worker.
    const many = Array.from({ length: 300 }, (_, i) => lines[i % lines.length]);
    const input = jsonl(many);
    const outputs: string[] = [];
    for (const workers of ["0", "1", "2"]) {
      const out = tempFile(`out-${workers}.jsonl`, "");
      const r = await cli(["batch", input, "--workers", workers, "--out", out]);
      expect(r.code).toBe(0);
      expect(r.out).toBe(""); // everything went to the file
      expect(r.stderr).toBe("batch: 128 ok, 129 failed\n"); // 300 lines = 42 × 7 + 6: 43 blank, 129 bad, 128 good
      outputs.push(readFileSync(out, "utf8"));
    }
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    const numbers = parse(outputs[0]!).map((o) => o.line);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  }, 60_000);

  it("--no-trace writes the same results with an empty trace, from worker threads too", async () => {
    const input = jsonl(lines);
    for (const workers of ["0", "2"]) {
      const full = await cli(["batch", input, "--workers", workers]);
      const lean = await cli(["batch", input, "--workers", workers, "--no-trace"]);
      expect(lean.code).toBe(0);
      expect(lean.stderr).toBe("batch: 3 ok, 3 failed\n");
      const a = parse(full.out);
      const b = parse(lean.out);
      expect(b.map((o) => o.line)).toEqual(a.map((o) => o.line));
      b.forEach((o, i) => {
        const f = a[i]!;
        if (f.result === undefined) expect(o).toEqual(f);
        else expect(o).toEqual({ ...f, result: { ...(f.result as object), trace: [] } });
      });
      expect(lean.out.length).toBeLessThan(full.out.length / 3);
    }
  }, 60_000);

  it("accepts CRLF line ends and a byte order mark", async () => {
    const file = tempFile("crlf.jsonl", `\uFEFF${JSON.stringify(qn)}\r\n${JSON.stringify(cx)}\r\n`);
    const r = await cli(["batch", file, "--workers", "0"]);
    expect(r.stderr).toBe("batch: 2 ok, 0 failed\n");
    expect(parse(r.out).map((o) => o.line)).toEqual([1, 2]);
  });

  it("refuses to write its output over its input", async () => {
    const file = jsonl([qn]);
    const r = await cli(["batch", file, "--out", file]);
    expect(r.code).toBe(2);
    expect(readFileSync(file, "utf8")).toBe(`${JSON.stringify(qn)}\n`);
  });

  it("reports progress on stderr while it runs", async () => {
    const stdout = new Capture();
    const stderr = new Capture();
    const r = await batchFile(jsonl([qn, qn, qn, qn, qn]), { workers: 0, progressEvery: 2 }, { stdout, stderr });
    expect(r.code).toBe(0);
    expect(stderr.text).toMatch(/^batch: processed \d+ cases, \d+\/s\n/);
  });

  it("exits 2 for a missing file, a bad --workers, a foreign option or no file", async () => {
    expect((await cli(["batch", "/nonexistent/cases.jsonl"])).code).toBe(2);
    expect((await cli(["batch", jsonl([qn]), "--workers", "two"])).code).toBe(2);
    const foreign = await cli(["batch", jsonl([qn]), "--region", "qiannan"]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain("batch has no option --region");
    expect((await cli(["batch"])).code).toBe(2);
    expect((await cli(["batch", jsonl([qn]), "--out", "/nonexistent/dir/out.jsonl"])).code).toBe(2);
  });

  it("documents itself in the help", async () => {
    const r = await cli(["--help"]);
    expect(r.stdout).toContain("batch <cases.jsonl | -> [--workers N] [--out results.jsonl]");
    expect(r.stdout).toContain(
      "cost <cases.jsonl | -> --region R --from YYYY --to YYYY [--override file.json] [--json]",
    );
  });
});

// The installed command runs dist/cli.js, which starts dist/batch-worker.js (test/global-setup.ts builds them).
describe("resident-pension batch and cost (built, as a process)", () => {
  const bin = join(root, "bin", "resident-pension.js");
  it("batch --workers 2: the same output as in-process, summary on stderr, exit 0", async () => {
    const input = jsonl(lines);
    const r = spawnSync(process.execPath, [bin, "batch", input, "--workers", "2"], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("batch: 3 ok, 3 failed\n");
    expect(r.stdout).toBe((await cli(["batch", input, "--workers", "0"])).out);
  });

  it("cost --workers 2 --json: the same report as in-process", async () => {
    const input = jsonl([qn, cx, badMoney, qn]);
    const args = ["cost", input, "--region", "qiannan", "--from", "2011", "--to", "2013", "--json"];
    const r = spawnSync(process.execPath, [bin, ...args, "--workers", "2"], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(0);
    const inProcess = await cli([...args, "--workers", "0"]);
    expect(r.stdout).toBe(inProcess.stdout);
    expect(r.stderr).toBe(inProcess.err + inProcess.stderr);
  });
});
