import { describe, expect, it } from "vitest";
import type { CostReport } from "../../src";
import { cli, example, jsonl, tempFile } from "./helpers";

// Two old-cohort Qiannan pensioners (60+ on the scheme start 2011-07-01: no contribution needed):
// basic pension 55 a month in 2013 (QN-BEN-BASIC, 黔南府办发〔2011〕110号 第二十条), no account.
const a = { region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1948-03-02" } };
const b = { region: "qiannan", asOf: "2013-12-31", person: { birthDate: "1950-07-15", sex: "female" } };
const county10 = {
  "QN-BEN-COUNTY": [{ from: "2013-01-01", value: { kind: "flat", amount: "10" }, citation: "test: county top-up 10" }],
};

// examples/qiannan.json: pension from 2012-12, account pension 7.87; subsidies 30 (10 + 20) in
// 2011 and 2012. Its QN-BEN-BASIC after 2020-06 is supplied (the sources leave it unknown).
const withAccount = {
  ...example("qiannan"),
  options: {
    parameters: {
      "QN-BEN-BASIC": [
        { from: "2020-07-01", until: "2021-12-31", value: "100", citation: "test fixture" },
        { from: "2022-07-01", until: "2022-12-31", value: "120", citation: "test fixture" },
        { from: "2023-07-01", value: "143", citation: "test fixture" },
      ],
    },
  },
};
// Severe disability with 低保: the county pays the whole 100 tier (QN-PROXY 第九条), subsidy 30.
const proxyOnly = {
  region: "qiannan",
  asOf: "2013-12-31",
  person: {
    birthDate: "1980-05-05",
    statuses: [
      { kind: "severe-disability", from: "2005-01-01" },
      { kind: "dibao", from: "2010-01-01" },
    ],
  },
  payments: [{ year: 2013, date: "2013-04-10", amount: "0" }],
};

async function costJson(
  lines: unknown[],
  ...args: string[]
): Promise<{ report: CostReport; code: number; stderr: string; err: string }> {
  const r = await cli(["cost", jsonl(lines), "--json", "--workers", "0", ...args]);
  return { report: JSON.parse(r.stdout) as CostReport, code: r.code, stderr: r.stderr, err: r.err };
}

describe("resident-pension cost", () => {
  it("two pensioners with basic 55 in 2013: basic outlay 12 × 55 × 2 = 1320.00", async () => {
    const { report, code, stderr } = await costJson([a, b], "--region", "qiannan", "--from", "2013", "--to", "2013");
    expect(code).toBe(0);
    expect(stderr).toBe("cost: 2 costed, 0 failed, 0 of other regions skipped\n");
    expect(report.cases).toEqual({ costed: 2, failed: 0, otherRegion: 0 });
    expect(report.base["2013"]).toEqual({
      basic: "1320.00",
      accountPension: "0.00",
      fundTopUp: "0.00",
      subsidy: "0.00",
      subsidyByLevel: {},
      proxy: "0.00",
    });
    expect(report.override).toBeUndefined();
  });

  it("with a county top-up of 10 from 2013: 1560.00, difference +240.00 (12 × 10 × 2)", async () => {
    const override = tempFile("override.json", JSON.stringify(county10));
    const { report } = await costJson(
      [a, b],
      "--region",
      "qiannan",
      "--from",
      "2012",
      "--to",
      "2013",
      "--override",
      override,
    );
    expect(report.base["2013"]!.basic).toBe("1320.00");
    expect(report.override!["2013"]!.basic).toBe("1560.00");
    expect(report.difference!["2013"]!.basic).toBe("240.00");
    expect(report.difference!["2012"]!.basic).toBe("0.00"); // the override starts in 2013
    expect(report.override!["2012"]!.basic).toBe("1320.00");
  });

  it("a negative difference is signed", async () => {
    const cut = tempFile(
      "cut.json",
      JSON.stringify({
        "QN-BEN-BASIC": [{ from: "2013-01-01", until: "2014-06-30", value: "50", citation: "test: a cut" }],
      }),
    );
    const { report } = await costJson(
      [a, b],
      "--region",
      "qiannan",
      "--from",
      "2013",
      "--to",
      "2013",
      "--override",
      cut,
    );
    expect(report.difference!["2013"]!.basic).toBe("-120.00"); // 12 × (50 − 55) × 2
  });

  it("account pension, the fund's part, subsidies by level and proxy payments by year", async () => {
    const { report } = await costJson(
      [withAccount, proxyOnly],
      "--region",
      "qiannan",
      "--from",
      "2011",
      "--to",
      "2027",
    );
    const y = report.base;
    expect(report.levels).toEqual(["province", "prefecture-county"]);
    expect(y["2011"]).toEqual({
      basic: "0.00",
      accountPension: "0.00",
      fundTopUp: "0.00",
      subsidy: "30.00",
      subsidyByLevel: { province: "10.00", "prefecture-county": "20.00" },
      proxy: "0.00",
    });
    // 2012: one month (December) of 55 + 7.87; the 2012 subsidy.
    expect(y["2012"]).toMatchObject({ basic: "55.00", accountPension: "7.87", fundTopUp: "0.00", subsidy: "30.00" });
    // 2013: 12 × 55 and 12 × 7.87 = 94.44; the proxy-only year: proxy 100, subsidy 30.
    expect(y["2013"]).toEqual({
      basic: "660.00",
      accountPension: "94.44",
      fundTopUp: "0.00",
      subsidy: "30.00",
      subsidyByLevel: { province: "10.00", "prefecture-county": "20.00" },
      proxy: "100.00",
    });
    // 2014: 6 × 55 + 6 × 70 (QN-BEN-BASIC from 2014-07-01).
    expect(y["2014"]!.basic).toBe("750.00");
    // 2018: 9 × 88 + 3 × 93.
    expect(y["2018"]!.basic).toBe("1071.00");
    // The account pension is paid every month for life; once the account is empty the fund pays it.
    for (let year = 2013; year <= 2027; year++) expect(y[String(year)]!.accountPension).toBe("94.44");
    expect(y["2025"]!.fundTopUp).toBe("0.00");
    expect(y["2026"]!.fundTopUp).not.toBe("0.00");
    expect(Number(y["2027"]!.fundTopUp)).toBeGreaterThan(90);
  });

  it("reports bad lines on stderr with their line numbers, leaves them out and goes on; other regions are skipped", async () => {
    const bad = { ...a, payments: [{ year: 2012, date: "2012-03-01", amount: "-5" }] };
    const r = await cli([
      "cost",
      jsonl([a, "{oops", bad, example("cixi"), b]),
      "--region",
      "qiannan",
      "--from",
      "2013",
      "--to",
      "2013",
      "--workers",
      "0",
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("cost: 2 costed, 2 failed, 1 of other regions skipped\n");
    const errors = r.err
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { line: number; error: { code: string } });
    expect(errors.map((e) => [e.line, e.error.code])).toEqual([
      [2, "invalid-input"],
      [3, "invalid-money"],
    ]);
    expect(r.stdout).toContain("1320.00");
  });

  it("a case that fails only under the override is left out of both totals", async () => {
    // Unknown basic pension from 2013 under the override: case a cannot be costed with it.
    const unknown = tempFile(
      "unknown.json",
      JSON.stringify({ "QN-BEN-BASIC": [{ from: "2013-01-01", unknown: true, citation: "test" }] }),
    );
    const r = await cli([
      "cost",
      jsonl([a]),
      "--region",
      "qiannan",
      "--from",
      "2013",
      "--to",
      "2013",
      "--override",
      unknown,
      "--json",
      "--workers",
      "0",
    ]);
    // The only case failed: totals over nothing but failures are not a result (exit 2, issue 16).
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("every case of qiannan failed");
    const report = JSON.parse(r.stdout) as CostReport;
    expect(report.cases).toEqual({ costed: 0, failed: 1, otherRegion: 0 });
    expect(report.base["2013"]!.basic).toBe("0.00");
    expect(r.err).toContain('"code":"parameter-unknown"');
    expect(r.err).toContain("with the override: ");
  });

  it("prints aligned tables: base, with the override, and the difference", async () => {
    const override = tempFile("override.json", JSON.stringify(county10));
    const r = await cli([
      "cost",
      jsonl([a, b]),
      "--region",
      "qiannan",
      "--from",
      "2013",
      "--to",
      "2013",
      "--override",
      override,
      "--workers",
      "0",
    ]);
    expect(r.code).toBe(0);
    const text = r.stdout;
    expect(text).toContain("Base (the cases' own policy)");
    expect(text).toContain(`With the override (${override})`);
    expect(text).toContain("Difference (override − base)");
    expect(text).toMatch(/\n2013 +1320\.00 +0\.00 +0\.00 +0\.00 +0\.00\n/);
    expect(text).toMatch(/\ntotal +240\.00 +0\.00 +0\.00 +0\.00 +0\.00\n$/);
    // Right-aligned: every row of a table is as wide as its heading line.
    const table = text.split("\n\n")[1]!.split("\n").slice(1);
    expect(new Set(table.map((l) => l.length)).size).toBe(1);
  });

  it("gives the same totals with worker threads", async () => {
    const lines = Array.from({ length: 120 }, (_, i) => [a, b, withAccount, proxyOnly, example("cixi")][i % 5]);
    const file = jsonl(lines);
    const args = ["--region", "qiannan", "--from", "2011", "--to", "2030", "--json"];
    const inProcess = await cli(["cost", file, ...args, "--workers", "0"]);
    const threads = await cli(["cost", file, ...args, "--workers", "2"]);
    expect(threads.stdout).toBe(inProcess.stdout);
    expect(threads.stderr).toBe(inProcess.stderr);
  }, 60_000);

  it("exits 2 on usage errors and an invalid override", async () => {
    const file = jsonl([a]);
    const base = ["cost", file, "--region", "qiannan", "--from", "2013", "--to", "2013"];
    expect((await cli(["cost", file, "--from", "2013", "--to", "2013"])).stderr).toContain("cost needs --region");
    expect((await cli(["cost", file, "--region", "hubei", "--from", "2013", "--to", "2013"])).code).toBe(2);
    expect((await cli(["cost", file, "--region", "qiannan", "--from", "13", "--to", "2013"])).code).toBe(2);
    expect((await cli(["cost", file, "--region", "qiannan", "--from", "2014", "--to", "2013"])).code).toBe(2);
    const unknownId = await cli([
      ...base,
      "--override",
      tempFile("o.json", JSON.stringify({ "NX-BEN-BASIC": [{ from: "2013-01-01", value: "1", citation: "x" }] })),
    ]);
    expect(unknownId.code).toBe(2);
    expect(unknownId.stderr).toContain('"code":"unknown-parameter"');
    const notJson = await cli([...base, "--override", tempFile("o.json", "{")]);
    expect(notJson.code).toBe(2);
    expect((await cli([...base, "--date", "2013-01-01"])).code).toBe(2);
  });
});
