import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { getRegion, regionIds, type CaseResult } from "../../src";
import { Decimal } from "../../src/money";
import {
  addYears,
  evaluate,
  lastDay,
  law,
  minDate,
  monthIdx,
  monthStr,
  pensionAgeOf,
  tiersFor,
  validCase,
  VACUOUS,
  type CaseJson,
} from "../arbitraries";

/** More money in never means less (rules.md PAY, SUB, BEN). */
const RUNS = 80;
type Entry = Record<string, unknown>;

/** The case as of the last day before any pension can start (the month of the pension-age birthday). */
function prePension(c: CaseJson): CaseJson | null {
  const cap = lastDay(monthIdx(addYears(c.person.birthDate, pensionAgeOf(c))));
  const asOf = minDate(c.asOf, cap);
  if (asOf <= c.person.birthDate || asOf < getRegion(c.region).parameters.enrolAge.segments[0]!.from) return null;
  return { ...c, asOf };
}

/** The case with a death on its asOf (a death before any pension when asOf is pre-pension). */
function diesOnAsOf(c: CaseJson): CaseJson {
  return { ...c, person: { ...c.person, events: [{ kind: "death", date: c.asOf }] } } as CaseJson;
}

/**
 * The case with year `year`'s last valid regular/back-payment entry raised to a higher tier of
 * that year (`up` picks which), the rest unchanged; null when there is none to raise.
 */
function raiseTier(
  c: CaseJson,
  r: CaseResult,
  pick: number,
  up: number,
): { raised: CaseJson; year: number; date: string; delta: Decimal } | null {
  const years = [
    ...new Set(
      r.payments.filter((p) => p.valid && (p.kind === "regular" || p.kind === "back-payment")).map((p) => p.year),
    ),
  ];
  if (!years.length) return null;
  const year = years[pick % years.length]!;
  const inYear = r.payments.filter((p) => p.year === year && p.kind !== "make-up" && p.kind !== "lump-sum");
  const last = inYear.filter((p) => p.valid).at(-1)!;
  const tier = new Decimal(last.tier!);
  const higher = tiersFor(c, year, last.date).filter((t) => t.gt(tier));
  if (!higher.length) return null;
  const delta = higher[up % higher.length]!.minus(tier);
  // raise the input entry behind the year's last valid entry
  const payments = (c.payments ?? []).map((p) => ({ ...p })) as Entry[];
  const i = payments.findIndex(
    (p) =>
      p["year"] === year &&
      p["date"] === last.date &&
      p["kind"] !== "make-up" &&
      new Decimal(String(p["amount"])).eq(last.personal),
  );
  if (i < 0) return null;
  payments[i]!["amount"] = new Decimal(String(payments[i]!["amount"])).plus(delta).toFixed(2);
  return { raised: { ...c, payments } as CaseJson, year, date: last.date, delta };
}

/** inheritable + overpaymentRecovered: the balance less what the inheritance rule excludes. */
function inheritance(r: CaseResult): Decimal {
  return new Decimal(r.settlement!.inheritable).plus(r.settlement!.overpaymentRecovered);
}

describe.each(regionIds)("%s", (region) => {
  test("paying a higher tier in one year (keeping the rest) never lowers the account balance before any pension", () => {
    law(
      fc.tuple(validCase(region, { noEvents: true }), fc.nat(), fc.nat()),
      ([c0, pick, up]) => {
        const c = prePension(c0);
        if (c === null) return VACUOUS;
        const r1 = evaluate(c);
        if (r1.pension.accountPension !== null || r1.account.paidOut !== "0.00" || r1.settlement !== null)
          return VACUOUS;
        const up1 = raiseTier(c, r1, pick, up);
        if (up1 === null) return VACUOUS;
        const { raised, year, date, delta } = up1;
        const r2 = evaluate(raised);
        expect(
          r2.payments.some((p) => p.year === year && p.date === date && p.kind !== "make-up" && p.valid),
          `year ${year} stays valid at the higher tier`,
        ).toBe(true);
        expect(
          new Decimal(r2.account.balance).gte(r1.account.balance),
          `balance ${r1.account.balance} → ${r2.account.balance} after raising ${year} by ${delta.toFixed(2)}`,
        ).toBe(true);
        return;
      },
      { numRuns: RUNS },
    );
  });

  test("one more contribution year never lowers the monthly pension total", () => {
    // The case with one of its on-time years removed is the "one fewer" side: the premise is a
    // pension running on asOf on both sides, started on time (the month after the birthday's
    // month), with no back-payment or make-up in play (so the first month and the COHORT cap
    // cannot move).
    law(
      fc.tuple(validCase(region, { noEvents: true, onTimeOnly: true, pension: true }), fc.nat()),
      ([c, pick]) => {
        const more = evaluate(c);
        if (more.pension.monthly === null || more.pension.firstMonth === null) return VACUOUS;
        const onTime = monthStr(monthIdx(addYears(c.person.birthDate, pensionAgeOf(c))) + 1);
        if (more.pension.firstMonth !== onTime) return VACUOUS;
        if (more.payments.some((p) => p.valid && p.kind !== "regular")) return VACUOUS;
        const years = [...new Set(more.payments.filter((p) => p.valid).map((p) => p.year))].filter((y) =>
          more.payments.every((p) => p.year !== y || p.valid),
        );
        if (!years.length) return VACUOUS;
        const year = years[pick % years.length]!;
        const fewer = {
          ...c,
          payments: (c.payments ?? []).filter((p) => p.year !== year || p.kind === "make-up"),
        } as CaseJson;
        const less = evaluate(fewer);
        if (less.pension.monthly === null || less.pension.firstMonth !== more.pension.firstMonth) return VACUOUS;
        expect(more.contributionYears, "one more contribution year").toBe(less.contributionYears + 1);
        expect(
          new Decimal(more.pension.monthly.total).gte(less.pension.monthly.total),
          `monthly total ${less.pension.monthly.total} without ${year}, ${more.pension.monthly.total} with it`,
        ).toBe(true);
        return;
      },
      { numRuns: 120, minApplicable: 0.1 },
    );
  });
  test("a higher tier never lowers the inheritance (inheritable + overpaymentRecovered) at a death before the pension", () => {
    law(
      fc.tuple(validCase(region, { noEvents: true }), fc.nat(), fc.nat()),
      ([c0, pick, up]) => {
        const pre = prePension(c0);
        if (pre === null) return VACUOUS;
        const c = diesOnAsOf(pre);
        const r1 = evaluate(c);
        if (r1.settlement?.event !== "death" || r1.pension.accountPension !== null || r1.account.paidOut !== "0.00")
          return VACUOUS;
        const up1 = raiseTier(c, r1, pick, up);
        if (up1 === null) return VACUOUS;
        const r2 = evaluate(up1.raised);
        expect(r2.settlement?.event, "still settled by the death").toBe("death");
        expect(
          inheritance(r2).gte(inheritance(r1)),
          `inheritance ${inheritance(r1).toFixed(2)} → ${inheritance(r2).toFixed(2)} after raising ${up1.year} by ${up1.delta.toFixed(2)}`,
        ).toBe(true);
        return;
      },
      { numRuns: RUNS },
    );
  });

  test("one more contribution year never lowers what a death before the pension settles (inheritable + toFund)", () => {
    // "fewer" drops one year whose entries are all valid (on-time payments only, so no other
    // entry's validity depends on it); both sides die on asOf, before any pension.
    law(
      fc.tuple(validCase(region, { noEvents: true, onTimeOnly: true }), fc.nat()),
      ([c0, pick]) => {
        const pre = prePension(c0);
        if (pre === null) return VACUOUS;
        const c = diesOnAsOf(pre);
        const more = evaluate(c);
        if (
          more.settlement?.event !== "death" ||
          more.pension.accountPension !== null ||
          more.account.paidOut !== "0.00"
        )
          return VACUOUS;
        const years = [
          ...new Set(more.payments.filter((p) => p.valid && p.kind === "regular").map((p) => p.year)),
        ].filter((y) => more.payments.every((p) => p.year !== y || p.valid));
        if (!years.length) return VACUOUS;
        const year = years[pick % years.length]!;
        const less = evaluate({ ...c, payments: (c.payments ?? []).filter((p) => p.year !== year) } as CaseJson);
        expect(less.settlement?.event).toBe("death");
        const settled = (r: CaseResult): Decimal => new Decimal(r.settlement!.inheritable).plus(r.settlement!.toFund);
        expect(more.contributionYears, "one more contribution year").toBe(less.contributionYears + 1);
        expect(
          settled(more).gte(settled(less)),
          `settled ${settled(less).toFixed(2)} without ${year}, ${settled(more).toFixed(2)} with it`,
        ).toBe(true);
        return;
      },
      { numRuns: RUNS },
    );
  });
});
