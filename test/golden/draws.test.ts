import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateCase } from "../../src";

describe("account.drawsByYear", () => {
  it("BEN-DIVISOR: splits the account pension paid by calendar year (Qiannan cohort vector)", () => {
    const c = JSON.parse(
      readFileSync(join(import.meta.dirname, "..", "vectors", "qiannan-cohort-pension.json"), "utf8"),
    );
    const r = evaluateCase(c);
    // First pension month 2015-10: 2015 pays Oct–Dec = 3 × 40.54 = 121.62; 2016 pays 12 × 40.54 = 486.48.
    // 121.62 + 486.48 = 608.10 = paidOut (vector, revision 2026-12); the account never empties, so the fund pays nothing.
    expect(r.account.drawsByYear).toEqual({
      "2015": { account: "121.62", fund: "0.00" },
      "2016": { account: "486.48", fund: "0.00" },
    });
  });
});
