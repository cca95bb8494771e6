import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempCases } from "./helpers";

/**
 * `--partial` and `--estimate floor` on evaluate, explain and batch, in-process (answers.md §2,
 * §3). The Qiannan case: second cohort, pension from 2012-10; QN-BEN-BASIC unknown from
 * 2023-07-01 (docs/rules.md), its last known value 128 (黔人社发〔2023〕4号) above NAT-MIN-BASIC's
 * last known 123, so the floor of the basic pension is 128.
 */
const qiannan = {
  region: "qiannan",
  asOf: "2026-12-31",
  person: { birthDate: "1952-09-15", sex: "male" },
  payments: [
    { year: 2011, date: "2011-09-01", amount: "100" },
    { year: 2012, date: "2012-05-01", amount: "100" },
  ],
};
/** A Beibei payment for 2021, whose tier table is unknown (BB-PAY-TIERS 2020–2021). */
const beibei = {
  region: "beibei",
  asOf: "2022-12-31",
  person: { birthDate: "1980-06-01", sex: "male" },
  payments: [{ year: 2021, date: "2021-05-01", amount: "400" }],
};

interface Monthly {
  total: string | null;
  basic: string | null;
  account: string | null;
  estimate?: string;
}
const monthlyOf = (stdout: string): Monthly =>
  (JSON.parse(stdout) as { pension: { monthly: Monthly } }).pension.monthly;

describe("evaluate --partial / --estimate floor", () => {
  it("--partial: basic and total null, the account pension computed, the missing period listed", async () => {
    const r = await cli(["evaluate", "-", "--partial"], { stdin: JSON.stringify(qiannan) });
    expect(r.code).toBe(0);
    const m = monthlyOf(r.stdout);
    expect(m.basic).toBeNull();
    expect(m.total).toBeNull();
    expect(m.account).toMatch(/^\d+\.\d{2}$/);
    expect((JSON.parse(r.stdout) as { unknowns: { parameter: string }[] }).unknowns.map((n) => n.parameter)).toEqual([
      "QN-BEN-BASIC",
    ]);
  });

  it("--estimate floor: basic at least 128, total = 128 + the account pension, both marked at-least", async () => {
    const partial = monthlyOf((await cli(["evaluate", "-", "--partial"], { stdin: JSON.stringify(qiannan) })).stdout);
    const r = await cli(["evaluate", "-", "--estimate", "floor"], { stdin: JSON.stringify(qiannan) });
    expect(r.code).toBe(0);
    const m = monthlyOf(r.stdout);
    expect(m).toMatchObject({ basic: "128.00", estimate: "at-least" });
    // Whole fen: 12800 + the account pension's fen (read from its two-decimal string).
    const [yuan, cents] = partial.account!.split(".");
    const fen = 12800 + Number(yuan) * 100 + Number(cents);
    expect(m.total).toBe(`${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`);
  });

  it("a bad --estimate is a usage error, exit 2", async () => {
    const r = await cli(["evaluate", "-", "--estimate", "ceiling"], { stdin: JSON.stringify(qiannan) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the only estimate is "floor"');
  });
});

describe("explain --partial / --estimate floor", () => {
  it("--partial: the heading says the pension is unknown and names the missing period", async () => {
    const r = await cli(["explain", "-", "--partial"], { stdin: JSON.stringify(qiannan) });
    expect(r.code).toBe(0);
    const [heading, missing] = r.stdout.split("\n");
    expect(heading).toContain("pension 2026-12 unknown");
    expect(missing).toBe("1 value unknown (null figures): QN-BEN-BASIC 2023-07-01 – 2026-12-31");
  });

  it("--estimate floor: the heading gives the pension as at least the floored total", async () => {
    const r = await cli(["explain", "-", "--estimate", "floor"], { stdin: JSON.stringify(qiannan) });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/pension 2026-12 at least 1\d\d\.\d\d$/);
  });

  it("--partial with a tier table unknown: contribution years and balance unknown", async () => {
    const r = await cli(["explain", "-", "--partial"], { stdin: JSON.stringify(beibei) });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toContain("unknown contribution years · balance unknown");
  });

  it("bad input: the error JSON, exit 2", async () => {
    const r = await cli(["explain", "-", "--partial"], { stdin: JSON.stringify({ ...qiannan, region: "atlantis" }) });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ code: "unknown-region" });
  });
});

describe("batch --partial (in this thread)", () => {
  it("each line a partial result; the same case without --partial is a parameter-unknown line", async () => {
    const dir = tempCases({});
    const file = join(dir, "cases.jsonl");
    writeFileSync(file, `${JSON.stringify({ ...qiannan, id: "a" })}\n${JSON.stringify(beibei)}\n`);
    const out = join(dir, "partial.jsonl");
    const partial = await cli(["batch", file, "--workers", "0", "--partial", "--out", out]);
    expect(partial.code).toBe(0);
    const lines = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { line: number; id?: string; result?: { unknowns: { parameter: string }[] } });
    expect(lines.map((l) => [l.line, l.id, l.result?.unknowns.map((n) => n.parameter)])).toEqual([
      [1, "a", ["QN-BEN-BASIC"]],
      [2, undefined, expect.arrayContaining(["BB-PAY-TIERS"])],
    ]);
    const refusedOut = join(dir, "refused.jsonl");
    expect((await cli(["batch", file, "--workers", "0", "--out", refusedOut])).code).toBe(0);
    expect(JSON.parse(readFileSync(refusedOut, "utf8").split("\n")[0]!)).toMatchObject({
      line: 1,
      id: "a",
      error: { code: "parameter-unknown" },
    });
  });
});
