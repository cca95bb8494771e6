import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkConservation, type CaseResult } from "../../src";
import { cli, examples, readExample, tempCases } from "./helpers";

describe("resident-pension evaluate", () => {
  it("prints the CaseResult of an example as pretty JSON, exit 0", async () => {
    const r = await cli(["evaluate", join(examples, "qiannan.json")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const result = JSON.parse(r.stdout) as CaseResult;
    expect(result.region).toBe("qiannan");
    expect(result.pension.monthly?.total).toBe("62.87"); // 55 /* 元/月, 黔南 第二十条 */ + 1094.16 / 139
    expect(r.stdout).toContain('\n  "region": "qiannan"'); // pretty-printed
    expect(checkConservation(result).holds).toBe(true);
  });

  it("reads the case from standard input with -", async () => {
    const r = await cli(["evaluate", "-"], { stdin: JSON.stringify(readExample("cixi")) });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as CaseResult).pension.monthly?.total).toBe("140.00");
  });

  it("exits 2 with the error JSON (code, path, message) on stderr for money with three decimals", async () => {
    const c = { ...readExample("ningxia"), payments: [{ year: 2021, date: "2021-06-15", amount: "1.234" }] };
    const r = await cli(["evaluate", "-"], { stdin: JSON.stringify(c) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const error = JSON.parse(r.stderr) as { code: string; path: unknown[]; message: string };
    expect(error).toMatchObject({ code: "invalid-money", path: ["payments", 0, "amount"] });
    expect(error.message).toContain("1.234");
  });

  it("exits 2 with code parameter-unknown where the sources give no value", async () => {
    // QN-BEN-BASIC is unknown from 2023-07-01: the monthly pension of the asOf month cannot be computed.
    const c = { region: "qiannan", asOf: "2024-06-30", person: { birthDate: "1948-03-02" } };
    const r = await cli(["evaluate", "-"], { stdin: JSON.stringify(c) });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({
      code: "parameter-unknown",
      path: ["options", "parameters", "QN-BEN-BASIC"],
    });
  });

  it("reports an unreadable file and invalid JSON as invalid-input with an empty path", async () => {
    const missing = await cli(["evaluate", join(examples, "no-such-case.json")]);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stderr)).toMatchObject({ code: "invalid-input", path: [] });

    const dir = tempCases({ "broken.json": "{ not json" });
    const broken = await cli(["evaluate", join(dir, "broken.json")]);
    expect(broken.code).toBe(2);
    expect(JSON.parse(broken.stderr)).toMatchObject({ code: "invalid-input", path: [] });
    expect((JSON.parse(broken.stderr) as { message: string }).message).toContain("not valid JSON");
  });

  it("is a usage error (exit 2) without exactly one file", async () => {
    expect((await cli(["evaluate"])).code).toBe(2);
    expect((await cli(["evaluate", "a.json", "b.json"])).code).toBe(2);
    expect((await cli(["evaluate", "--json", "a.json"])).code).toBe(2);
  });
});

describe("resident-pension (global)", () => {
  it("prints the usage with --help (exit 0) and the version with --version", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: resident-pension <command>/);
    const version = await cli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect((await cli(["check", "--help"])).stdout).toContain("Usage: resident-pension check");
  });

  it("prints the usage on stderr with exit 2 for an unknown command or none", async () => {
    for (const argv of [["frobnicate"], [], ["toString", "--help"]]) {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("Usage: resident-pension <command>");
    }
  });
});
