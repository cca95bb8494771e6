import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/node/cli/width";
import { cli, examples } from "./helpers";

describe("resident-pension explain", () => {
  it("prints the trace as an aligned table with Chinese citations intact", async () => {
    const r = await cli(["explain", join(examples, "qiannan.json")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    const header = lines.find((l) => l.startsWith("rule"))!;
    expect(header).toMatch(/^rule\s+citation\s+output$/);
    const row = lines.find((l) => l.startsWith("QN-BEN-BASIC "))!;
    expect(row).toContain("黔南府办发〔2011〕110号 第二十"); // the citation wraps at 56 columns
    expect(row.trimEnd().endsWith("55.00")).toBe(true);
    // Aligned in display columns: a Chinese character counts two.
    const outputColumn = displayWidth(header.slice(0, header.indexOf("output")));
    expect(displayWidth(row.slice(0, row.lastIndexOf("55.00")))).toBe(outputColumn);
    expect(displayWidth(row.slice(0, row.indexOf("黔南府办发")))).toBe(
      displayWidth(header.slice(0, header.indexOf("citation"))),
    );
  });

  it("prints a step's note on a continuation line under it", async () => {
    const r = await cli(["explain", join(examples, "qiannan.json")]);
    expect(r.stdout).toMatch(/\n {2}↳ BEN-DIVISOR: balance at pension start/);
  });

  it("exits 2 with the error JSON for bad input, like evaluate", async () => {
    const r = await cli(["explain", "-"], {
      stdin: '{"region":"atlantis","asOf":"2013-06-30","person":{"birthDate":"1950-01-01"}}',
    });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ code: "unknown-region", path: ["region"] });
  });
});
