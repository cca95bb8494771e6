/**
 * Sharded runs (docs/scale.md): a file split into shards, each shard run by its own process of
 * the built command, gives what one run over the whole file gives — `cost` through
 * `cost --partial-out` + `cost-merge`, byte for byte; `batch` by concatenating the shards'
 * results (the same lines but for the shard-relative line numbers; the `id` says which case).
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { population } from "../../bench/population";
import type { CostReport, PensionInputError } from "../../src";
import { parsePartial } from "../../src/node/batch/partial";
import { cli, root } from "./helpers";

const bin = join(root, "bin", "resident-pension.js");

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the built command as a process of its own (test/global-setup.ts builds dist/). */
export function rp(args: readonly string[], options: { cwd?: string; input?: string } = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? root });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

const dir = mkdtempSync(join(tmpdir(), "resident-pension-shards-"));
const file = (name: string): string => join(dir, name);

/**
 * 600 synthetic cases (bench/population.ts, every region), each with an `id`, and three bad
 * lines (not JSON, a bad amount, not a case) so that failures are counted and reported too.
 */
function caseLines(): string[] {
  const lines = [...population(600)].map((c, i) => JSON.stringify({ id: `c${i + 1}`, ...c }));
  lines.splice(100, 0, "{ not json");
  lines.splice(
    300,
    0,
    JSON.stringify({
      id: "bad-amount",
      region: "qiannan",
      asOf: "2013-06-30",
      person: { birthDate: "1950-01-01" },
      payments: [{ year: 2012, date: "2012-03-01", amount: "1.234" }],
    }),
  );
  lines.splice(500, 0, "[1, 2]");
  return lines;
}

/** `n` contiguous shards of the lines, as files; their names in input order. */
function shardFiles(lines: readonly string[], n: number, prefix: string): string[] {
  const size = Math.ceil(lines.length / n);
  return Array.from({ length: n }, (_, i) => {
    const name = file(`${prefix}-${i + 1}.jsonl`);
    writeFileSync(name, lines.slice(i * size, (i + 1) * size).join("\n") + "\n");
    return name;
  });
}

const whole = file("cases.jsonl");
let shards: string[] = [];
const override = file("what-if.json");
const range = ["--region", "qiannan", "--from", "2011", "--to", "2015"];

beforeAll(() => {
  const lines = caseLines();
  writeFileSync(whole, lines.join("\n") + "\n");
  shards = shardFiles(lines, 3, "shard");
  writeFileSync(
    override,
    JSON.stringify({
      "QN-BEN-COUNTY": [
        { from: "2013-01-01", value: { kind: "flat", amount: "10" }, citation: "test: county top-up 10" },
      ],
    }),
  );
});

/** Each shard costed by its own process (at once), its partial to `<shard>.partial`; the partials' names. */
async function costShards(args: readonly string[]): Promise<string[]> {
  const runs = await Promise.all(
    shards.map((s) => rp(["cost", s, ...range, ...args, "--workers", "1", "--partial-out", `${s}.partial`])),
  );
  for (const r of runs) expect(r.code, r.stderr).toBe(0);
  return shards.map((s) => `${s}.partial`);
}

/** The last line of standard error: the summary. */
const summary = (stderr: string): string => stderr.trimEnd().split("\n").at(-1)!;

describe("cost over shards, each in its own process, then cost-merge", () => {
  it.each([
    ["the tables", []],
    ["--json", ["--json"]],
    ["the tables, with --override", ["--override", override]],
    ["--json, with --override", ["--json", "--override", override]],
  ] as const)("%s: byte-identical to one run over the whole file", async (_name, args) => {
    const [one, partials] = await Promise.all([rp(["cost", whole, ...range, ...args]), costShards(args)]);
    const merged = await rp([
      "cost-merge",
      ...partials,
      ...((args as readonly string[]).includes("--json") ? ["--json"] : []),
    ]);
    expect(one.code).toBe(0);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(one.stdout);
    // The three bad lines (not JSON, a bad amount, not a case) fail in whichever shard holds
    // them: 600 cases + 3 bad lines = the costed + failed + other regions of the summary.
    expect(merged.stderr).toBe(`${summary(one.stderr)}\n`);
    const counts = /cost: (\d+) costed, (\d+) failed, (\d+) of other regions skipped/.exec(merged.stderr)!;
    expect(Number(counts[1]) + Number(counts[2]) + Number(counts[3])).toBe(603);
    expect(Number(counts[2])).toBe(3);
  });

  it("a merge of one partial is that run (report, summary, exit code)", async () => {
    const [one] = await Promise.all([
      rp(["cost", shards[1]!, ...range, "--json", "--partial-out", file("one.partial")]),
    ]);
    const merged = await rp(["cost-merge", file("one.partial"), "--json"]);
    expect(merged.stdout).toBe(one.stdout);
    expect(merged.stderr).toBe(`${summary(one.stderr)}\n`);
    expect(merged.code).toBe(one.code);
  });

  it("the sums do not depend on the order of the partials (every permutation of 3)", async () => {
    const partials = await costShards(["--override", override]);
    const orders = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ];
    const reports = await Promise.all(
      orders.map(async (o) => {
        const r = await rp(["cost-merge", ...o.map((i) => partials[i]!), "--json"]);
        expect(r.code).toBe(0);
        return JSON.parse(r.stdout) as CostReport;
      }),
    );
    // The level columns come in the order the partials first show them: compare them as a set
    // (toEqual ignores the order of an object's keys; the years' figures must be equal).
    const sorted = (r: CostReport): CostReport => ({ ...r, levels: [...r.levels].sort() });
    for (const r of reports.slice(1)) expect(sorted(r)).toEqual(sorted(reports[0]!));
    expect(reports[0]!.levels).toEqual(["province", "prefecture-county", "unsplit"]);
  });

  it("-: the partial on standard output, and cost-merge reads partials from standard input", async () => {
    const runs = await Promise.all(shards.map((s) => rp(["cost", s, ...range, "--partial-out", "-"])));
    const lines = runs.map((r) => r.stdout);
    for (const l of lines) expect(l).toMatch(/^\{"format":"resident-pension\/cost-partial@1",.*\}\n$/);
    const [merged, one] = await Promise.all([
      rp(["cost-merge", "-"], { input: lines.join("") }),
      rp(["cost", whole, ...range]),
    ]);
    expect(merged.stdout).toBe(one.stdout);
  });
});

describe("batch over shards, each in its own process", () => {
  it("the shards' results concatenated are one run's, line for line, but for the line numbers", async () => {
    const [one, ...parts] = await Promise.all([
      rp(["batch", whole, "--no-trace"]),
      ...shards.map((s) => rp(["batch", s, "--no-trace", "--workers", "1"])),
    ]);
    expect(one.code).toBe(0);
    const lines = (text: string): string[] => text.trimEnd().split("\n");
    const expected = lines(one.stdout);
    const got = parts.flatMap((p) => lines(p.stdout));
    expect(got.length).toBe(603);
    // The line number is the shard's; the id (echoed after it) names the case.
    const withoutLine = (l: string): string => l.replace(/^\{"line":\d+,/, "{");
    expect(got.map(withoutLine)).toEqual(expected.map(withoutLine));
    expect(got[0]).toMatch(/^\{"line":1,"id":"c1","result":/);
    expect(parts[1]!.stdout).toMatch(/^\{"line":1,"id":"c\d+","result":/);
  });
});

/** A real partial of the whole file, as JSON, to edit. */
async function partialJson(...args: string[]): Promise<Record<string, unknown>> {
  const r = await cli(["cost", whole, ...range, "--workers", "0", "--partial-out", "-", ...args]);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

function partialFile(name: string, ...partials: unknown[]): string {
  writeFileSync(file(name), partials.map((p) => (typeof p === "string" ? p : JSON.stringify(p))).join("\n") + "\n");
  return file(name);
}

describe("cost-merge sums exactly", () => {
  it("money as decimal strings: 2 × 90071992547409.93 = 180143985094819.86 (past 2^53 fen, exact)", async () => {
    const p = await partialJson();
    const base = p["base"] as { years: Record<string, { basic: string }> };
    base.years["2011"]!.basic = "90071992547409.93";
    const r = await cli(["cost-merge", partialFile("big.partial", p, p), "--json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as CostReport).base["2011"]!.basic).toBe("180143985094819.86");
  });
});

describe("a partial's fields, each checked: invalid-partial at the field", () => {
  type P = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edits of parsed JSON
  const edits: [string, (p: P) => void][] = [
    ["$.engine", (p) => (p["engine"] = 1)],
    ["$.run", (p) => (p["run"] = [])],
    ["$.run.region", (p) => (p["run"]["region"] = "shanghai")],
    ["$.run.from", (p) => (p["run"]["from"] = "2011")],
    ["$.run.to", (p) => (p["run"]["to"] = 2010)],
    ["$.run.to", (p) => (p["run"]["to"] = 2011 + 200)],
    ["$.run.asOf", (p) => (p["run"]["asOf"] = "2015-06-30")],
    ["$.run.override", (p) => (p["run"]["override"] = "what-if.json")],
    ["$.run.override.file", (p) => (p["run"]["override"] = { parameters: {} })],
    ["$.run.override.parameters", (p) => (p["run"]["override"] = { file: "w.json", parameters: [] })],
    ["$.run.packs", (p) => (p["run"]["packs"] = [1])],
    ["$.cases", (p) => (p["cases"] = null)],
    ["$.cases.internal", (p) => (p["cases"]["internal"] = -1)],
    ["$.base", (p) => delete p["base"]],
    ["$.base.levels", (p) => p["base"]["levels"].push("province")],
    ["$.base.years", (p) => delete p["base"]["years"]["2015"]],
    ["$.base.years.2013", (p) => (p["base"]["years"]["2013"] = "0.00")],
    ["$.base.years.2013.basic", (p) => (p["base"]["years"]["2013"]["basic"] = "1.5")],
    ["$.base.years.2013.subsidyByLevel", (p) => delete p["base"]["years"]["2013"]["subsidyByLevel"]["unsplit"]],
    ["$.base.years.2013.subsidyByLevel.unsplit", (p) => (p["base"]["years"]["2013"]["subsidyByLevel"]["unsplit"] = 0)],
    ["$.override", (p) => (p["override"] = p["base"])],
  ];
  it.each(edits)("%s", async (path, edit) => {
    const p = (await partialJson()) as P;
    edit(p);
    const e = (() => {
      try {
        parsePartial(JSON.stringify(p), { file: "f.partial", line: 3, locale: "en" });
      } catch (err) {
        return err as PensionInputError;
      }
      throw new Error("accepted");
    })();
    expect(e.code).toBe("invalid-partial");
    expect(e.message).toBe(`f.partial:3: ${path}: not as cost --partial-out writes it`);
    expect(e.details).toEqual({ file: "f.partial", line: "3" });
  });

  it("not an object: invalid-partial at $ (the format)", () => {
    expect(() => parsePartial("[]", { file: "f", line: 1, locale: "en" })).toThrow(
      'f:1: expected a cost partial (a line of JSON with "format": "resident-pension/cost-partial@1", as cost --partial-out writes it)',
    );
  });
});

describe("parameter packs: the partial records each pack's content", () => {
  it("run.packs is the SHA-256 of each pack's JSON; partials with and without the pack are refused", async () => {
    const packFile = join(root, "examples", "packs", "ningxia-illustrative.json");
    const nx = ["--region", "ningxia", "--from", "2011", "--to", "2015", "--workers", "0", "--partial-out", "-"];
    const [withPack, without] = await Promise.all([
      cli(["cost", whole, ...nx, "--params", packFile]),
      cli(["cost", whole, ...nx]),
    ]);
    const digest = createHash("sha256")
      .update(JSON.stringify(JSON.parse(readFileSync(packFile, "utf8"))))
      .digest("hex");
    expect((JSON.parse(withPack.stdout) as { run: { packs: string[] } }).run.packs).toEqual([`sha256:${digest}`]);
    const f = partialFile("packs.partial", withPack.stdout.trimEnd(), without.stdout.trimEnd());
    const r = await cli(["cost-merge", f]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ code: "invalid-partial", path: ["run", "packs"] });
  });
});

describe("cost-merge reads partials as the tools hand them over", () => {
  it("a tab at the end of a line (Hadoop Streaming), CRLF line ends, blank lines: the same merge", async () => {
    const p = await partialJson();
    const line = JSON.stringify(p);
    const plain = await cli(["cost-merge", partialFile("plain.partial", line, line), "--json"]);
    const messy = await cli(["cost-merge", partialFile("messy.partial", `${line}\t\r`, "", `${line}\t`), "--json"]);
    expect(plain.code).toBe(0);
    expect(messy.stdout).toBe(plain.stdout);
    // Two copies of the whole file's partial: every count doubled (600 cases + 3 bad lines, twice).
    const r = JSON.parse(plain.stdout) as CostReport;
    expect(r.cases.costed + r.cases.failed + r.cases.otherRegion).toBe(2 * 603);
  });
});

describe("cost-merge refuses partials that do not belong together: invalid-partial, exit 2", () => {
  const error = (stderr: string): { code: string; path: unknown[]; message: string; details: unknown } =>
    JSON.parse(stderr) as { code: string; path: unknown[]; message: string; details: unknown };

  it("another region: the field, both values and both places, in English and Chinese", async () => {
    const a = await partialJson();
    const b = { ...a, run: { ...(a["run"] as object), region: "jiangmen" } };
    const f = partialFile("regions.partial", a, b);
    const en = await cli(["cost-merge", f]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe("");
    expect(error(en.stderr)).toMatchObject({
      code: "invalid-partial",
      path: ["run", "region"],
      message: `${f}:2: $.run.region is "jiangmen", but ${f}:1 has "qiannan": partials of different cost runs cannot be merged`,
      details: { file: f, line: "2" },
    });
    const zh = await cli(["cost-merge", f, "--lang", "zh-CN"]);
    expect(zh.code).toBe(2);
    expect(error(zh.stderr).message).toBe(
      `${f}:2：$.run.region 为 "jiangmen"，而 ${f}:1 中为 "qiannan"：不同 cost 运行的分片合计不能合并`,
    );
  });

  it("other years: refused at the first setting that differs, $.run.to", async () => {
    const a = await partialJson();
    const range2016 = ["--region", "qiannan", "--from", "2011", "--to", "2016"];
    const b = await cli(["cost", whole, ...range2016, "--workers", "0", "--partial-out", "-"]);
    const f = partialFile("years.partial", a, b.stdout.trimEnd());
    const merged = await cli(["cost-merge", f]);
    expect(merged.code).toBe(2);
    expect(error(merged.stderr)).toMatchObject({
      code: "invalid-partial",
      path: ["run", "to"],
      message: `${f}:2: $.run.to is 2016, but ${f}:1 has 2015: partials of different cost runs cannot be merged`,
    });
  });

  it.each([
    ["another version", ["engine"], (p: Record<string, unknown>) => ({ ...p, engine: "resident-pension 9.9.9" })],
    [
      "other packs",
      ["run", "packs"],
      (p: Record<string, unknown>) => ({ ...p, run: { ...(p["run"] as object), packs: ["sha256:00"] } }),
    ],
  ] as const)("%s: refused at %j", async (_name, path, edit) => {
    const a = await partialJson();
    const r = await cli(["cost-merge", partialFile("mismatch.partial", a, edit(a))]);
    expect(r.code).toBe(2);
    expect(error(r.stderr)).toMatchObject({ code: "invalid-partial", path });
  });

  it("an override against none, and another override's content", async () => {
    const plain = await partialJson();
    const changed = await partialJson("--override", override);
    const none = await cli(["cost-merge", partialFile("o1.partial", plain, changed)]);
    expect(error(none.stderr)).toMatchObject({ code: "invalid-partial", path: ["run", "override"] });
    const other = JSON.parse(JSON.stringify(changed)) as {
      run: { override: { parameters: Record<string, { value: { amount: string } }[]> } };
    };
    other.run.override.parameters["QN-BEN-COUNTY"]![0]!.value.amount = "11";
    const r = await cli(["cost-merge", partialFile("o2.partial", changed, other)]);
    expect(r.code).toBe(2);
    expect(error(r.stderr)).toMatchObject({ code: "invalid-partial", path: ["run", "override"] });
  });

  it("not a partial: not JSON, another format, an edited amount, a missing year; none at all", async () => {
    const p = await partialJson();
    const cases: [string, unknown, unknown[], string][] = [
      ["not-json", "{ nope", [], "not valid JSON"],
      ["format", { ...p, format: "resident-pension/cost-partial@2" }, ["format"], "expected a cost partial"],
      [
        "float",
        { ...p, cases: { ...(p["cases"] as object), costed: 1.5 } },
        ["cases", "costed"],
        "not as cost --partial-out writes it",
      ],
    ];
    const years = JSON.parse(JSON.stringify(p)) as { base: { years: Record<string, { proxy: unknown }> } };
    years.base.years["2012"]!.proxy = 2500;
    cases.push(["number", years, ["base", "years", "2012", "proxy"], "$.base.years.2012.proxy"]);
    for (const [name, partial, path, text] of cases) {
      const f = partialFile(`${name}.partial`, partial);
      const r = await cli(["cost-merge", f]);
      expect(r.code, name).toBe(2);
      const e = error(r.stderr);
      expect(e.code, name).toBe("invalid-partial");
      expect(e.path, name).toEqual(path);
      expect(e.message, name).toContain(`${f}:1: `);
      expect(e.message, name).toContain(text);
    }
    const empty = partialFile("empty.partial");
    expect(error((await cli(["cost-merge", empty])).stderr).message).toBe(`no cost partial in ${empty}`);
    const missing = file("no-such.partial");
    expect(error((await cli(["cost-merge", missing])).stderr)).toMatchObject({
      code: "invalid-partial",
      path: [],
      details: { file: missing },
    });
    const usage = await cli(["cost-merge"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("cost-merge takes the files of cost --partial-out");
  });

  it("--partial-out FILE: the report as without it, and FILE holds what --partial-out - prints", async () => {
    const out = file("in-process.partial");
    const [withFile, without, dash] = await Promise.all([
      cli(["cost", whole, ...range, "--workers", "0", "--partial-out", out]),
      cli(["cost", whole, ...range, "--workers", "0"]),
      cli(["cost", whole, ...range, "--workers", "0", "--partial-out", "-"]),
    ]);
    expect(withFile.code).toBe(0);
    expect(withFile.stdout).toBe(without.stdout);
    expect(withFile.stderr).toBe(without.stderr);
    expect(readFileSync(out, "utf8")).toBe(dash.stdout);
  });

  it("--partial-out in a folder that does not exist: exit 2 before the run (no error line streamed)", async () => {
    const r = await cli(["cost", whole, ...range, "--workers", "0", "--partial-out", file("no-such-dir/x.partial")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`resident-pension cost: cannot write ${file("no-such-dir/x.partial")}`);
    expect(r.err).toBe("");
  });

  it.runIf(existsSync("/dev/full"))("--partial-out /dev/full: exit 74, the report still printed", async () => {
    const r = await cli(["cost", whole, ...range, "--workers", "0", "--partial-out", "/dev/full"]);
    expect(r.code).toBe(74);
    expect(r.stdout).toMatch(/^qiannan, 2011–2015: /);
    expect(r.stderr).toMatch(/resident-pension cost: cannot write \/dev\/full: ENOSPC/);
  });

  it("--partial-out that is the input is refused before anything runs", async () => {
    const r = await cli(["cost", whole, ...range, "--workers", "0", "--partial-out", whole]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--partial-out ${whole} is the input`);
    expect(readFileSync(whole, "utf8").startsWith('{"id":"c1"')).toBe(true);
  });
});

/** GNU parallel on PATH (Debian's `moreutils` has another `parallel`: not this one). */
const gnuParallel = ((): boolean => {
  const r = spawnSync("parallel", ["--version"], { encoding: "utf8" });
  return r.status === 0 && r.stdout.startsWith("GNU parallel");
})();

/** The `recipe=` blocks of docs/scale.md, by name. */
function recipes(): Map<string, string> {
  const page = readFileSync(join(root, "docs", "scale.md"), "utf8");
  return new Map([...page.matchAll(/^```sh recipe=([\w-]+)\n([\s\S]*?)^```/gm)].map((m) => [m[1]!, m[2]!]));
}

/**
 * Run a recipe with bash in a fresh folder holding the test's cases.jsonl (and nodes.txt: `:`,
 * this machine), `resident-pension` on PATH being the build; `--block 50M` becomes 64k so that
 * the 600 cases (about 260 kB) make several blocks. The folder, to read what the recipe wrote.
 */
function runRecipe(name: string): string {
  const script = recipes().get(name);
  expect(script, `docs/scale.md has no recipe=${name} block`).toBeDefined();
  const work = mkdtempSync(join(tmpdir(), `resident-pension-${name}-`));
  const shim = join(work, "bin");
  mkdirSync(shim);
  writeFileSync(join(shim, "resident-pension"), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`, {
    mode: 0o755,
  });
  copyFileSync(whole, join(work, "cases.jsonl"));
  writeFileSync(join(work, "nodes.txt"), ":\n");
  const r = spawnSync("bash", ["-eo", "pipefail", "-c", script!.replaceAll("--block 50M", "--block 64k")], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, PATH: `${shim}:${process.env["PATH"] ?? ""}` },
  });
  expect(r.status, r.stderr).toBe(0);
  return work;
}

describe("docs/scale.md: the GNU parallel recipes", () => {
  if (!gnuParallel && process.env["CI"] !== "true") {
    // Locally without parallel: skipped, saying why. In CI (.ci/run installs it) a missing one fails.
    it.skip("skipped: GNU parallel is not on PATH (apt-get install -y parallel)", () => undefined);
    return;
  }

  it("GNU parallel is on PATH (.ci/run installs Debian's parallel)", () => {
    expect(gnuParallel).toBe(true);
  });

  it("parallel --pipe … batch -: one run's results, in order, but for the line numbers", async () => {
    const work = runRecipe("parallel-batch");
    const one = await rp(["batch", whole, "--no-trace"]);
    const got = readFileSync(join(work, "results.jsonl"), "utf8").trimEnd().split("\n");
    const withoutLine = (l: string): string => l.replace(/^\{"line":\d+,/, "{");
    expect(got.map(withoutLine)).toEqual(one.stdout.trimEnd().split("\n").map(withoutLine));
    // Several blocks, each counting its lines from 1.
    expect(got.filter((l) => l.startsWith('{"line":1,')).length).toBeGreaterThan(1);
  });

  it.each(["parallel-cost", "parallel-ssh"])(
    "%s: cost-merge of the blocks' partials is one cost run, byte for byte",
    async (name) => {
      const work = runRecipe(name);
      const one = await rp(["cost", whole, ...range]);
      expect(readFileSync(join(work, "partials.jsonl"), "utf8").trimEnd().split("\n").length).toBeGreaterThan(1);
      expect(readFileSync(join(work, "report.txt"), "utf8")).toBe(one.stdout);
    },
  );
});
