import { describe, expect, test } from "vitest";
import { getRegion, regionIds } from "../../src";
import { deathOf, evaluate, law, pensionBirthdayMonth, validCase, VACUOUS } from "../arbitraries";

/** FIRST-MONTH and DEATH-STOP / PAY-VALIDITY (rules.md). */
const RUNS = 100;

describe.each(regionIds)("%s", (region) => {
  test("the first pension month is after the month of the 60th birthday (55th for a Cixi legacy woman), and not before the region's benefit start", () => {
    const start = getRegion(region).facts.benefitStartMonth.value;
    law(
      validCase(region),
      (c) => {
        const r = evaluate(c);
        const first = r.pension.firstMonth;
        if (first === null) return VACUOUS;
        expect(first > pensionBirthdayMonth(c), `first ${first}, birthday month ${pensionBirthdayMonth(c)}`).toBe(true);
        if (start !== null) expect(first >= start, `first ${first}, benefit start ${start}`).toBe(true);
        const scheme = c.options?.schemeStart;
        if (start === null && scheme !== undefined)
          expect(first >= scheme.slice(0, 7), `first ${first}, options.schemeStart ${scheme}`).toBe(true);
        return;
      },
      { numRuns: RUNS },
    );
  });

  test("no payment after death is valid", () => {
    law(
      validCase(region, { death: true }),
      (c) => {
        const death = deathOf(c);
        if (death === null) return VACUOUS;
        const r = evaluate(c);
        const after = r.payments.filter((p) => p.date > death);
        for (const p of after) expect(p.valid, `payment ${p.year} dated ${p.date}, death ${death}`).toBe(false);
        if (after.length === 0) return VACUOUS;
        return;
      },
      { numRuns: RUNS, minApplicable: 0.1 },
    );
  });
});
