/**
 * The vitest example of docs/analysts.md § 7, run as it stands (the import pointed at the
 * sources); test/docs/analysts.test.ts checks that the page shows this file.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { expectCase, matchCase } from "../../src/testing";

const dir = fileURLToPath(new URL("cases", import.meta.url));

describe("Qiannan cases", () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    it(file, () => expectCase(JSON.parse(readFileSync(join(dir, file), "utf8"))));
  }

  it("an old-cohort member draws the basic pension without paying (QN-ELIG (1))", () => {
    expectCase({
      region: "qiannan",
      asOf: "2013-06-30",
      person: { birthDate: "1948-03-02" },
      expect: { pension: { firstMonth: "2011-07", monthly: { total: "55", lines: [{ rule: "QN-BEN-BASIC", amount: "55" }] } } },
    });
  });

  it("a mismatch names the field", () => {
    const mismatch = matchCase({ region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1948-03-02" }, expect: { pension: { monthly: { total: "56" } } } });
    expect(mismatch).toEqual({ path: "$.pension.monthly.total", expected: "56", got: "55.00" });
  });
});
