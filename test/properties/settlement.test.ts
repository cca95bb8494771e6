import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { regionIds } from "../../src";
import { Decimal } from "../../src/money";
import {
  addDays,
  deathOf,
  evaluate,
  law,
  monthIdx,
  monthStr,
  schedule,
  validCase,
  VACUOUS,
  type CaseJson,
} from "../arbitraries";

/** Settlement (conventions.md "Settlement", rules.md DEATH-STOP, DEATH-INHERIT). */
const RUNS = 100;

describe.each(regionIds)("%s", (region) => {
  test("inheritable + toFund + transferred = balance; overpaymentRecovered + overpaymentOutstanding = overpayment", () => {
    law(
      validCase(region, { death: true }),
      (c) => {
        const s = evaluate(c).settlement;
        if (s === null) return VACUOUS;
        expect(
          new Decimal(s.inheritable).plus(s.toFund).plus(s.transferred).toFixed(2),
          "inheritable + toFund + transferred",
        ).toBe(s.balance);
        expect(
          new Decimal(s.overpaymentRecovered).plus(s.overpaymentOutstanding).toFixed(2),
          "recovered + outstanding",
        ).toBe(s.overpayment);
        for (const k of [
          "inheritable",
          "toFund",
          "transferred",
          "excluded",
          "overpaymentRecovered",
          "overpaymentOutstanding",
          "deathBenefit",
        ] as const) {
          expect(new Decimal(s[k]).gte(0), `${k} ${s[k]} ≥ 0`).toBe(true);
        }
        return;
      },
      { numRuns: RUNS },
    );
  });

  test("a death closes the account: a settlement, and a zero balance afterwards", () => {
    law(
      validCase(region, { death: true }),
      (c) => {
        if (deathOf(c) === null) return VACUOUS;
        const r = evaluate(c);
        expect(r.settlement, "settlement after a death").not.toBeNull();
        expect(r.account.balance, "account settled").toBe("0.00");
        return;
      },
      { numRuns: RUNS },
    );
  });

  test("the pension is never paid past the death month (benefitSchedule after it is all null)", () => {
    law(
      validCase(region, { death: true }),
      (c) => {
        const death = deathOf(c);
        if (death === null) return VACUOUS;
        const from = monthIdx(death) + 1;
        const to = Math.min(monthIdx(c.asOf), from + 35);
        if (to < from) return VACUOUS;
        const months = schedule(c, monthStr(from), monthStr(to));
        months.forEach((b, i) => expect(b, `pension in ${monthStr(from + i)} after death ${death}`).toBeNull());
        return;
      },
      { numRuns: RUNS },
    );
  });

  test("settling twice gives the same result, and the settlement does not move when asOf moves past the death", () => {
    law(
      fc.tuple(validCase(region, { death: true }), fc.integer({ min: 1, max: 400 })),
      ([c, days]) => {
        const first = JSON.stringify(evaluate(c));
        expect(JSON.stringify(evaluate(c)), "second evaluation").toBe(first);
        const r = JSON.parse(first) as ReturnType<typeof evaluate>;
        if (r.settlement === null || r.settlement.event !== "death") return VACUOUS;
        const later = addDays(c.asOf, days);
        if (later > "2200-12-31" || (c.person.events ?? []).some((e) => e.date > c.asOf && e.date <= later))
          return VACUOUS;
        const moved = evaluate({ ...c, asOf: later } as CaseJson);
        expect(moved.settlement, `settlement as of ${later}`).toStrictEqual(r.settlement);
        return;
      },
      { numRuns: RUNS },
    );
  });
});
