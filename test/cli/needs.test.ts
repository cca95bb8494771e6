import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempCases } from "./helpers";

/**
 * `resident-pension needs` (answers.md §1) in-process: the Qiannan case. Born 1952-09-15,
 * 58 on the scheme start 2011-07-01 (second cohort: 2 years to the 60th year's 2012), paid 2011
 * and 2012 on time; asOf 2026-12-31. QN-BEN-BASIC is unknown from 2023-07-01 (docs/rules.md), so
 * the case lacks exactly that period, clipped to asOf: 2023-07-01 – 2026-12-31.
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

describe("needs", () => {
  it("prints a table headed by what is missing, exit 0", async () => {
    const r = await cli(["needs", "-"], { stdin: JSON.stringify(qiannan) });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^incomplete: 1 of \d+ periods unknown/);
    expect(r.stdout).toMatch(/QN-BEN-BASIC\s+2023-07-01 – 2026-12-31\s+unknown/);
  });

  it("--json: the NeedsReport, not complete, the one unknown period", async () => {
    const r = await cli(["needs", "-", "--json"], { stdin: JSON.stringify(qiannan) });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      complete: boolean;
      needs: { parameter: string; status: string; from: string; until: string }[];
    };
    expect(report.complete).toBe(false);
    expect(report.needs.filter((n) => n.status === "unknown")).toEqual([
      expect.objectContaining({ parameter: "QN-BEN-BASIC", from: "2023-07-01", until: "2026-12-31" }),
    ]);
  });

  it("--pack-template gives a pack that, filled in and passed with --params, makes needs complete", async () => {
    const t = await cli(["needs", "-", "--pack-template"], { stdin: JSON.stringify(qiannan) });
    expect(t.code).toBe(0);
    const pack = JSON.parse(t.stdout) as {
      format: string;
      region: string;
      values: Record<string, { value: unknown; citation: string }[]>;
    };
    expect(pack).toMatchObject({ format: "resident-pension/parameter-pack@1", region: "qiannan" });
    expect(pack.values["QN-BEN-BASIC"]).toEqual([
      { from: "2023-07-01", until: "2026-12-31", value: null, citation: "" },
    ]);
    // Any value: a test figure with a citation saying so, not a policy value.
    for (const s of pack.values["QN-BEN-BASIC"]!)
      Object.assign(s, { value: "150", citation: "test fixture, not a source" });
    const dir = tempCases({ "case.json": qiannan, "pack.json": pack });
    const r = await cli(["needs", join(dir, "case.json"), "--json", "--params", join(dir, "pack.json")]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { complete: boolean }).complete).toBe(true);
  });

  it("bad input: the error JSON on standard error, exit 2; a usage error without a file", async () => {
    const bad = await cli(["needs", "-"], { stdin: JSON.stringify({ ...qiannan, asOf: "2026-02-30" }) });
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stderr)).toMatchObject({ code: "invalid-date", path: ["asOf"] });
    const usage = await cli(["needs"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("needs takes one case file");
  });
});
