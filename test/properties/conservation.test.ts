import { describe, expect, test } from "vitest";
import { checkConservation, regionIds } from "../../src";
import { Decimal } from "../../src/money";
import { evaluate, law, validCase } from "../arbitraries";

/**
 * Money laws of the personal account (conventions.md "Personal account", "Settlement"):
 * nothing is created or lost, to the fen.
 */
const RUNS = 100;
const sum = (xs: readonly string[]): Decimal => xs.reduce((a, x) => a.plus(x), new Decimal(0));

describe.each(regionIds)("%s", (region) => {
  test("conservation to the fen: checkConservation(result).holds", () => {
    law(
      validCase(region),
      (c) => {
        const r = evaluate(c);
        const report = checkConservation(r);
        expect(
          report.holds,
          `credited ${report.credited}, accounted for ${report.accountedFor}, difference ${report.difference}`,
        ).toBe(true);
      },
      { numRuns: RUNS },
    );
  });

  test("the five components add up to the balance exactly", () => {
    law(
      validCase(region),
      (c) => {
        const r = evaluate(c);
        expect(Object.keys(r.account.components).sort()).toEqual([
          "collective",
          "other",
          "personal",
          "proxy",
          "subsidy",
        ]);
        expect(sum(Object.values(r.account.components)).toFixed(2)).toBe(r.account.balance);
      },
      { numRuns: RUNS },
    );
  });

  test("interest is never negative", () => {
    law(
      validCase(region),
      (c) => {
        const r = evaluate(c);
        for (const [year, v] of Object.entries(r.account.interestByYear))
          expect(new Decimal(v).gte(0), `interest ${year} = ${v}`).toBe(true);
      },
      { numRuns: RUNS },
    );
  });

  test("balance = credits + interest − paidOut − settled", () => {
    law(
      validCase(region),
      (c) => {
        const r = evaluate(c);
        const valid = r.payments.filter((p) => p.valid);
        const credits = sum(valid.flatMap((p) => [p.personal, p.proxy, p.subsidy, p.collective, p.other]));
        const interest = sum(Object.values(r.account.interestByYear));
        const s = r.settlement;
        const settled = s ? sum([s.inheritable, s.toFund, s.transferred]) : new Decimal(0);
        const expected = credits.plus(interest).minus(r.account.paidOut).minus(settled);
        expect(r.account.balance).toBe(expected.toFixed(2));
        expect(new Decimal(r.account.balance).eq(expected), "exact (no third decimal)").toBe(true);
      },
      { numRuns: RUNS },
    );
  });
});
