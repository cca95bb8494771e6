import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatISO } from "date-fns/formatISO";
import { statusKinds, type StatusKind } from "../../src/kinds";
import { monthOf, type CivilDate } from "../../src/dates";
import {
  hasAnyStatus,
  hasEveryStatus,
  hasStatus,
  hasStatusInMonth,
  type Person,
  type StatusPeriod,
} from "../../src/rules/person";
import { runsFor, SEED } from "../arbitraries/evaluate";

const RUNS = { seed: SEED, numRuns: runsFor(1000) };

// Dates of a few years around one another, so that periods and dates overlap often.
const date = fc
  .date({ min: new Date("2019-01-01T00:00:00Z"), max: new Date("2022-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => formatISO(d, { representation: "date" }) as CivilDate);
const kind = fc.constantFrom(...statusKinds);
const period: fc.Arbitrary<StatusPeriod> = fc
  .record({ kind, a: date, b: fc.option(date, { nil: undefined }) })
  .map(({ kind, a, b }) => (b === undefined || b >= a ? { kind, from: a, until: b } : { kind, from: b, until: a }));
const person = fc.array(period, { maxLength: 5 }).map((statuses): Person => ({
  birthDate: "1960-01-01" as CivilDate,
  sex: undefined,
  statuses,
  childrenEnrolled: false,
  legacyGrade: undefined,
  events: {},
}));

/** The status rule as the text says it (PAY-VALIDITY: the status in force on the day): a period holds the day. */
const holds = (s: StatusPeriod, k: StatusKind, d: CivilDate): boolean =>
  s.kind === k && s.from <= d && (s.until === undefined || d <= s.until);

// The loops of rules/person.ts against the plain statements they replace (no callback made per
// call: docs/performance.md, sixth round).
describe("status checks (rules/person.ts)", () => {
  it("hasStatus: some period of the kind holds the day", () => {
    fc.assert(
      fc.property(person, kind, date, (p, k, d) => {
        expect(hasStatus(p, k, d)).toBe(p.statuses.some((s) => holds(s, k, d)));
      }),
      RUNS,
    );
  });

  it("hasAnyStatus is some kind's hasStatus; hasEveryStatus is every kind's (true for none)", () => {
    fc.assert(
      fc.property(person, fc.array(kind, { maxLength: 4 }), date, (p, ks, d) => {
        expect(hasAnyStatus(p, ks, d)).toBe(ks.some((k) => hasStatus(p, k, d)));
        expect(hasEveryStatus(p, ks, d)).toBe(ks.every((k) => hasStatus(p, k, d)));
      }),
      RUNS,
    );
  });

  it("hasStatusInMonth: some day of the month is held", () => {
    fc.assert(
      fc.property(person, kind, date, (p, k, d) => {
        const m = monthOf(d);
        const [y, mo] = d.split("-").map(Number) as [number, number];
        const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
        let any = false;
        for (let day = 1; day <= days; day++) {
          const x = `${d.slice(0, 8)}${String(day).padStart(2, "0")}` as CivilDate;
          if (p.statuses.some((s) => holds(s, k, x))) any = true;
        }
        expect(hasStatusInMonth(p, k, m)).toBe(any);
      }),
      RUNS,
    );
  });

  it("hand cases: the first and last day of a period hold, the day after does not", () => {
    // A student from 2020-03-01 until 2020-06-30: in force on both ends, not on 2020-07-01.
    const p: Person = {
      birthDate: "1960-01-01" as CivilDate,
      sex: undefined,
      statuses: [{ kind: "student", from: "2020-03-01" as CivilDate, until: "2020-06-30" as CivilDate }],
      childrenEnrolled: false,
      legacyGrade: undefined,
      events: {},
    };
    expect(hasStatus(p, "student", "2020-03-01" as CivilDate)).toBe(true);
    expect(hasStatus(p, "student", "2020-06-30" as CivilDate)).toBe(true);
    expect(hasStatus(p, "student", "2020-07-01" as CivilDate)).toBe(false);
    expect(hasAnyStatus(p, ["imprisoned", "student"], "2020-04-15" as CivilDate)).toBe(true);
    expect(hasEveryStatus(p, ["imprisoned", "student"], "2020-04-15" as CivilDate)).toBe(false);
    expect(hasEveryStatus(p, [], "2020-04-15" as CivilDate)).toBe(true);
    expect(hasStatusInMonth(p, "student", monthOf("2020-06-15" as CivilDate))).toBe(true);
    expect(hasStatusInMonth(p, "student", monthOf("2020-07-15" as CivilDate))).toBe(false);
  });
});
