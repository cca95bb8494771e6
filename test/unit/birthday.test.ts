import { UTCDate } from "@date-fns/utc";
import { addYears, format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { birthday } from "../../src/dates";

// birthday() computes the date without building a Date on the hot path; it must agree with
// date-fns addYears (which clamps 29 February to 28 February in a common year) everywhere.
describe("birthday", () => {
  it("agrees with date-fns addYears for every date and age", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 100 }),
        (d, n) => {
          const civil = d.toISOString().slice(0, 10);
          const [y, m, day] = civil.split("-").map(Number) as [number, number, number];
          const expected = format(addYears(new UTCDate(y, m - 1, day), n), "yyyy-MM-dd");
          expect(birthday(civil, n)).toBe(expected);
        },
      ),
      { seed: 424242, numRuns: 2000 },
    );
  });

  it("puts a 29 February birthday on 28 February in a common year", () => {
    expect(birthday("1944-02-29", 70)).toBe("2014-02-28"); // 2014 is not a leap year
    expect(birthday("1952-02-29", 60)).toBe("2012-02-29"); // 2012 is
  });
});
