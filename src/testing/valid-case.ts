import * as fc from "fast-check";
import { getRegion, type CaseInput, type Overrides, type RegionId, type RegionPolicy, type StatusKind } from "../index";
import { Decimal } from "../money";
import {
  addDays,
  addYears,
  dateBetween,
  firstDay,
  isLeap,
  lastDay,
  maxDate,
  minDate,
  monthIdx,
  monthStr,
  yearOfDate,
} from "./dates";
import { tierListOf } from "../policy/schema";
import {
  effectivePolicy,
  firstKnown,
  fixtureOverrides,
  FIXTURE_CITATION,
  pensionMonthKnown,
  valueAt,
} from "./fixtures";

/**
 * `validCase(region)`: a schema-valid case for one region — a person with a birth date in one of
 * the three cohorts, a payment history built from the tiers in force each year (read from the
 * policy, proxy parts included), gaps, back-payments, hardship and other statuses, collective and
 * sponsor amounts, make-ups, Beibei lump sums, deaths and other events, rate overrides.
 *
 * Two modes:
 * - "native": no gap-filling overrides; asOf and the pension windows are chosen where the
 *   region's parameters are known (a running pension's month has a known basic pension, an
 *   overpayment's months too, Beibei's death benefit month, Cixi's funeral grant date);
 * - "fixture": `options.parameters` fills every unknown period (cited "property fixture"), so
 *   any date up to 2065 can be evaluated.
 *
 * Policy refusals (a year off-tier, a late payment where none is allowed, a second payment in a
 * one-payment year, a payment while a student…) are part of a valid case: they are results.
 */

export type CaseJson = CaseInput;

export interface ValidCaseOptions {
  /** Force fixture mode (true) or native mode (false). Default: either. */
  readonly fixture?: boolean;
  /** Bias towards a long-running pension with no closing event (the account may empty). */
  readonly drawDown?: boolean;
  /** Bias towards a death on or before asOf. */
  readonly death?: boolean;
  /** No events at all. */
  readonly noEvents?: boolean;
  /** Only on-time regular payments: no back-payment, early payment or make-up. */
  readonly onTimeOnly?: boolean;
  /** Bias towards a pension running on asOf: paying cohorts with dense histories, asOf past the pension age. */
  readonly pension?: boolean;
}

const HORIZON = "2065-12-31";
const NATIONAL_EARLIEST = "2009-09-01";
const NATIONAL_LATEST = "2014-02-21";
const HARDSHIP: readonly StatusKind[] = [
  "severe-disability",
  "dibao",
  "tekun",
  "poverty-relapse-risk",
  "mental-disability",
];

/** Region facts the generator needs, read from the policy. */
interface RegionFacts {
  readonly id: RegionId;
  readonly policy: RegionPolicy;
  /** First date of the enrolment-age parameter: nothing is dated before it. */
  readonly start: string;
  /** First date the tiers are known without fixtures. */
  readonly nativePayFrom: string;
  readonly schemeStart: string | null;
  /** Status kinds worth generating here, with weights. */
  readonly statusKinds: readonly { weight: number; arbitrary: fc.Arbitrary<StatusKind> }[];
  /** The policy's features the generator branches on (never the region's name). */
  readonly lumpSum: boolean;
  readonly legacy: boolean;
  readonly makeUp: RegionPolicy["features"]["makeUp"]["value"];
}

function regionFacts(region: RegionId): RegionFacts {
  const policy = getRegion(region);
  const start = policy.parameters.enrolAge.segments[0]!.from;
  const tiersFrom = firstKnown(policy.parameters.tiers as never) ?? start;
  const kinds: { weight: number; arbitrary: fc.Arbitrary<StatusKind> }[] = [
    { weight: 6, arbitrary: fc.constantFrom<StatusKind>(...HARDSHIP) },
    { weight: 2, arbitrary: fc.constant<StatusKind>("one-child-parent") },
    { weight: 1, arbitrary: fc.constantFrom<StatusKind>("student", "employee-pension", "other-pension") },
    { weight: policy.features.suspension.value ? 2 : 1, arbitrary: fc.constant<StatusKind>("imprisoned") },
  ];
  // A special subsidy by status (NX-SUB-SPECIAL) is what makes village cadres worth generating.
  if (policy.parameters.specialSubsidy !== undefined)
    kinds.push({ weight: 2, arbitrary: fc.constant<StatusKind>("village-cadre") });
  return {
    id: region,
    policy,
    start,
    nativePayFrom: tiersFrom > start ? tiersFrom : start,
    schemeStart: policy.facts.schemeStart.value,
    statusKinds: kinds,
    lumpSum: policy.parameters.lumpSum !== undefined,
    legacy: policy.parameters.legacy !== undefined,
    makeUp: policy.features.makeUp.value,
  };
}

/** `arb` with probability `percent`%, else null (shrinks towards null). */
function maybe<T>(arb: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: 100 - percent, arbitrary: fc.constant(null) }, { weight: percent, arbitrary: arb });
}

const FRAC = fc.integer({ min: 0, max: 9999 }).map((n) => n / 10000);

const yearPlan = fc.record({
  pay: fc.integer({ min: 0, max: 99 }),
  timing: fc.oneof(
    { weight: 88, arbitrary: fc.constant("on-time" as const) },
    { weight: 9, arbitrary: fc.constant("late" as const) },
    { weight: 3, arbitrary: fc.constant("early" as const) },
  ),
  lateYears: fc.integer({ min: 1, max: 3 }),
  day: FRAC,
  /** Collide with the previous payment's date (ties in the ordering). */
  sameDate: fc.integer({ min: 0, max: 99 }),
  tierIdx: fc.nat({ max: 50 }),
  offTier: fc.integer({ min: 0, max: 99 }),
  /** Ningxia: how many entries the year's amount is split into. */
  parts: fc.oneof(
    { weight: 6, arbitrary: fc.constant(1) },
    { weight: 3, arbitrary: fc.constant(2) },
    { weight: 1, arbitrary: fc.constant(3) },
  ),
  partDays: fc.tuple(FRAC, FRAC),
  duplicate: fc.integer({ min: 0, max: 99 }),
  collective: maybe(fc.constantFrom("50", "100", "200.5", "1000", "4800"), 20),
  sponsor: maybe(fc.constantFrom("20", "30.25", "500"), 15),
  format: fc.integer({ min: 0, max: 3 }),
});

const statusPlan = (facts: RegionFacts) =>
  fc.record({
    kind: fc.oneof(...facts.statusKinds),
    from: FRAC,
    until: maybe(fc.integer({ min: 0, max: 15 * 365 }), 50),
  });

const eventsPlan = fc.record({
  death: maybe(FRAC, 40),
  emigration: maybe(FRAC, 7),
  transfer: maybe(FRAC, 7),
  missing: maybe(FRAC, 12),
  reappeared: maybe(fc.integer({ min: 0, max: 4 * 365 }), 50),
  declaredDead: maybe(fc.integer({ min: 0, max: 6 * 365 }), 60),
});

function money(amount: Decimal, format: number): string | number {
  switch (format) {
    case 0:
      return amount.toFixed(amount.isInteger() ? 0 : 2);
    case 1:
      return amount.toFixed(2);
    case 2:
      return amount.isInteger() ? amount.toFixed(0) : amount.toFixed(2).replace(/0$/, "");
    default:
      return amount.toNumber();
  }
}

interface Status {
  kind: StatusKind;
  from: string;
  until?: string;
}

function hasStatusOn(statuses: readonly Status[], kind: StatusKind, date: string): boolean {
  return statuses.some((s) => s.kind === kind && s.from <= date && (s.until === undefined || date <= s.until));
}

/** The proxy amount and own tier for a person on `date` (the rules of QN-PROXY, JM-PROXY, NX-PROXY as configured). */
function proxyOn(
  policy: RegionPolicy,
  statuses: readonly Status[],
  date: string,
): { amount: Decimal; tier: Decimal | null } | null {
  const groups = valueAt(policy.parameters.proxy, date)?.groups;
  if (!groups) return null;
  const g = groups.find(
    (x) =>
      x.statuses.some((k) => hasStatusOn(statuses, k, date)) &&
      (x.requires ?? []).every((k) => hasStatusOn(statuses, k, date)),
  );
  if (!g) return null;
  return { amount: new Decimal(g.amount), tier: g.tier === undefined ? null : new Decimal(g.tier) };
}

/** Tiers a table keeps for a status the person holds on `date` (QN-PAY-TIERS from 2021, BB-CQ-2022). */
function reservedOn(policy: RegionPolicy, statuses: readonly Status[], date: string): Decimal[] {
  const v = valueAt(policy.parameters.tiers, date);
  if (v === undefined || !("reserved" in v)) return [];
  return v.reserved
    .filter((r) => r.statuses.some((k) => hasStatusOn(statuses, k, date)))
    .map((r) => new Decimal(r.tier));
}

/** The day a year's tiers are read on: the payment date clamped into its contribution year. */
function lookupDate(year: number, date: string): string {
  const s = `${year}-01-01`;
  const e = `${year}-12-31`;
  return date < s ? s : date > e ? e : date;
}

/** The 29 February nearest `date` within [lo, hi] (searching earlier years first), else `date`. */
function leapDayNear(date: string, lo: string, hi: string): string {
  const y = yearOfDate(date);
  for (let d = 0; d <= 8; d++) {
    for (const year of [y - d, y + d]) {
      const leap = `${String(year).padStart(4, "0")}-02-29`;
      if (isLeap(year) && leap >= lo && leap <= hi) return leap;
    }
  }
  return date;
}

function split(total: Decimal, parts: number, fracs: readonly number[]): Decimal[] {
  if (parts <= 1 || total.lt(parts)) return [total];
  const out: Decimal[] = [];
  let rest = total;
  for (let i = 0; i < parts - 1; i++) {
    const share = total
      .times(0.2 + 0.5 * (fracs[i] ?? 0.5))
      .dividedBy(parts - 1)
      .floor();
    const x = share.gt(0) ? share : new Decimal(1);
    out.push(x);
    rest = rest.minus(x);
  }
  out.push(rest);
  return out.filter((x) => x.gt(0)).length === out.length ? out : [total];
}

function rawArbitrary(facts: RegionFacts, options: ValidCaseOptions) {
  const isNxJm = facts.schemeStart === null;
  return fc.record({
    fixture:
      options.fixture !== undefined
        ? fc.constant(options.fixture)
        : options.drawDown
          ? fc.constant(true)
          : fc.boolean(),
    cohort: fc.oneof(
      {
        weight: options.pension || (options.drawDown && !facts.lumpSum) ? 0 : 2,
        arbitrary: fc.constant("old" as const),
      },
      { weight: 4, arbitrary: fc.constant("transition" as const) },
      { weight: 4, arbitrary: fc.constant("regular" as const) },
    ),
    birth: FRAC,
    sex: maybe(fc.constantFrom("male" as const, "female" as const), 75),
    legacyGrade: facts.legacy && !options.drawDown ? maybe(fc.integer({ min: 1, max: 7 }), 25) : fc.constant(null),
    schemeStart: isNxJm ? maybe(FRAC, 70) : fc.constant(null),
    density: options.pension || options.drawDown ? fc.constantFrom(90, 100, 100) : fc.constantFrom(30, 70, 90, 100),
    years: fc.array(yearPlan, { minLength: 50, maxLength: 50 }),
    statuses: fc.array(statusPlan(facts), { maxLength: 3 }),
    events: options.noEvents || options.drawDown ? fc.constant(null) : eventsPlan,
    asOfChoice: fc.integer({ min: 0, max: 99 }),
    asOf: FRAC,
    makeUps: fc.array(
      fc.record({
        at: FRAC,
        years: fc.integer({ min: 1, max: 5 }),
        tierIdx: fc.nat({ max: 20 }),
        off: fc.integer({ min: 0, max: 99 }),
      }),
      { maxLength: 2 },
    ),
    lumpSum: facts.lumpSum
      ? maybe(
          fc.record({ at: FRAC, standard: fc.constantFrom("40", "60", "90", "60", "50"), asNumber: fc.boolean() }),
          50,
        )
      : fc.constant(null),
    rates: fc.array(
      fc.record({
        year: fc.integer({ min: 2009, max: 2065 }),
        rate: fc.constantFrom<string | number>("0", "0.015", "0.02", "0.03", 0.035, "0.1", "0.0325"),
      }),
      { maxLength: 3 },
    ),
    method: maybe(fc.constantFrom("monthly" as const, "next-year" as const), 30),
    paidThrough: maybe(fc.integer({ min: -3, max: 14 }), 50),
    beyondAsOf: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    childrenEnrolled: maybe(fc.boolean(), 50),
    topUps: maybe(fc.record({ county: fc.constantFrom("0", "15", "20.5"), funeral: fc.constantFrom("0", "500") }), 50),
    // last, so that adding it left every other field of a seed's cases as it was
    leapDay: fc.oneof({ weight: 97, arbitrary: fc.constant(false) }, { weight: 3, arbitrary: fc.constant(true) }),
  });
}

type Raw = ReturnType<typeof rawArbitrary> extends fc.Arbitrary<infer T> ? T : never;

/**
 * A fast-check arbitrary of schema-valid cases of `region` (see the module comment above and
 * docs/testing.md "Generators for analysts").
 *
 * @example
 * fc.assert(fc.property(validCase("qiannan", { fixture: true }), (c) => checkConservation(evaluateCase(c)).holds));
 */
export function validCase(region: RegionId, options: ValidCaseOptions = {}): fc.Arbitrary<CaseJson> {
  const facts = regionFacts(region);
  return rawArbitrary(facts, options).map((r) => build(facts, r, options));
}

function build(facts: RegionFacts, r: Raw, options: ValidCaseOptions): CaseJson {
  const region = facts.id;
  // a regular-cohort pension starts 15 years after the first payment: beyond the known windows
  const fixture = r.fixture || (options.pension === true && r.cohort === "regular");
  const overrides = overridesOf(facts, r, fixture);
  const policy = effectivePolicy(region, Object.keys(overrides).length ? (overrides as Overrides) : undefined);
  const payFrom = fixture ? facts.start : facts.nativePayFrom;
  const who = personOf(facts, r);
  const { legacy, birthDate, sex, cohort, optionSchemeStart } = who;
  const statuses = statusesOf(facts, r, options, who);
  const { events, death } = eventsOf(facts, r, options, fixture, who);
  const asOf = asOfOf(facts, r, options, fixture, policy, { who, events, death });
  const at: Timeline = { facts, r, options, policy, who, statuses, payFrom, asOf };
  const payments = regularPayments(at);
  makeUpPayments(at, payments);

  // Beibei lump sum (趸缴), for the old cohort (others are refused, still a valid case).
  let lumpSum: { date: string; monthlyStandard: string | number } | undefined;
  if (facts.lumpSum && r.lumpSum && (cohort === "old" || r.lumpSum.at < 0.1)) {
    const date = dateBetween(maxDate(facts.start, who.age16), "2016-12-31", r.lumpSum.at);
    lumpSum = { date, monthlyStandard: r.lumpSum.asNumber ? Number(r.lumpSum.standard) : r.lumpSum.standard };
  }
  const paidThrough = paidThroughOf(r, fixture, policy, legacy, events, asOf);

  // Rates.
  const rates: Record<string, string | number> = {};
  for (const x of r.rates) rates[String(x.year)] = x.rate;

  const person: Record<string, unknown> = { birthDate };
  if (sex !== null) person["sex"] = sex;
  if (statuses.length) person["statuses"] = statuses;
  if (r.childrenEnrolled !== null) person["childrenEnrolled"] = r.childrenEnrolled;
  if (legacy) person["legacyGrade"] = r.legacyGrade;
  if (events.length) person["events"] = events;

  const opts: Record<string, unknown> = {};
  if (Object.keys(rates).length) opts["interestRates"] = rates;
  if (r.method !== null) opts["interestMethod"] = r.method;
  if (paidThrough !== undefined) opts["pensionsPaidThrough"] = paidThrough;
  if (optionSchemeStart !== undefined) opts["schemeStart"] = optionSchemeStart;
  if (Object.keys(overrides).length) opts["parameters"] = overrides;

  const c: Record<string, unknown> = { region, asOf, person, payments };
  if (lumpSum) c["lumpSum"] = lumpSum;
  if (Object.keys(opts).length) c["options"] = opts;
  return c as CaseJson;
}

/** The parameters a case supplies: the fixture's values, its top-ups, Ningxia's special subsidies. */
function overridesOf(facts: RegionFacts, r: Raw, fixture: boolean): Record<string, unknown[]> {
  const region = facts.id;
  const overrides: Record<string, unknown[]> = {};
  if (fixture) Object.assign(overrides, fixtureOverrides(region));
  if (fixture && r.topUps) {
    if (region === "qiannan") {
      overrides["QN-BEN-COUNTY"] = [
        { from: "2015-01-01", value: { kind: "flat", amount: r.topUps.county }, citation: FIXTURE_CITATION },
      ];
      overrides["QN-DEATH"] = [
        { from: "2011-07-01", value: { kind: "flat", amount: r.topUps.funeral }, citation: FIXTURE_CITATION },
      ];
    }
    if (region === "ningxia")
      overrides["NX-BEN-LOCAL"] = [
        { from: "2013-01-01", value: { kind: "flat", amount: r.topUps.county }, citation: FIXTURE_CITATION },
      ];
    if (region === "jiangmen")
      overrides["JM-BEN-COUNTY"] = [
        { from: "2023-09-28", value: { kind: "flat", amount: r.topUps.county }, citation: FIXTURE_CITATION },
      ];
  }
  const statusesUsed = new Set(r.statuses.map((s) => s.kind));
  const special = [facts.policy.parameters.specialSubsidy, facts.policy.parameters.specialSubsidyIncome];
  if (!fixture && special[0] && (statusesUsed.has("village-cadre") || statusesUsed.has("one-child-parent"))) {
    const fill = fixtureOverrides(region) as Record<string, unknown[]>;
    for (const p of special) if (p) overrides[p.id] = fill[p.id]!;
  }
  return overrides;
}

/** The person's dates: scheme start and cohort, birth, sex, pension age. */
interface PersonDates {
  readonly schemeStart: string | null;
  readonly optionSchemeStart: string | undefined;
  readonly cohort: Raw["cohort"];
  readonly legacy: boolean;
  readonly birthDate: string;
  readonly sex: Raw["sex"];
  readonly pensionAge: number;
  readonly birthdayPA: string;
  readonly sixtieth: string;
  /** The earliest possible first pension month. */
  readonly pensionFromMonth: number;
  readonly age16: string;
}

function personOf(facts: RegionFacts, r: Raw): PersonDates {
  // Scheme start and cohort.
  let schemeStart: string | null = facts.schemeStart;
  let optionSchemeStart: string | undefined;
  let cohort = r.cohort;
  if (facts.schemeStart === null) {
    if (r.schemeStart !== null || cohort === "transition") {
      optionSchemeStart = dateBetween(NATIONAL_EARLIEST, NATIONAL_LATEST, r.schemeStart ?? r.birth);
      schemeStart = optionSchemeStart;
    }
  }
  const legacy = facts.legacy && r.legacyGrade !== null;
  let birthRange: [string, string];
  if (schemeStart !== null) {
    if (cohort === "old") birthRange = [addYears(schemeStart, -85), addYears(schemeStart, -60)];
    else if (cohort === "transition") birthRange = [addDays(addYears(schemeStart, -60), 1), addYears(schemeStart, -45)];
    else birthRange = [addDays(addYears(schemeStart, -45), 1), addYears(schemeStart, -8)];
  } else if (cohort === "old") {
    birthRange = [addYears(NATIONAL_EARLIEST, -85), addYears(NATIONAL_EARLIEST, -60)];
  } else {
    cohort = "regular";
    birthRange = [addDays(addYears(NATIONAL_LATEST, -45), 1), addYears(NATIONAL_LATEST, -8)];
  }
  let birthDate = dateBetween(birthRange[0], birthRange[1], r.birth);
  // Born on 29 February (3%): birthdays fall on 28 February in common years (conventions.md).
  if (r.leapDay) birthDate = leapDayNear(birthDate, birthRange[0], birthRange[1]);
  const sex = legacy ? (r.sex ?? "female") : r.sex;
  const pensionAge = legacy && sex === "female" ? 55 : 60;
  const birthdayPA = addYears(birthDate, pensionAge);
  const sixtieth = addYears(birthDate, 60);
  const pensionFromMonth = monthIdx(birthdayPA) + 1; // earliest possible first pension month
  const age16 = addYears(birthDate, 16);

  return {
    schemeStart,
    optionSchemeStart,
    cohort,
    legacy,
    birthDate,
    sex,
    pensionAge,
    birthdayPA,
    sixtieth,
    pensionFromMonth,
    age16,
  };
}

function statusesOf(facts: RegionFacts, r: Raw, options: ValidCaseOptions, who: PersonDates): Status[] {
  const { age16, birthDate } = who;
  const statusFloor = maxDate(age16, facts.start);
  const barring: readonly StatusKind[] = ["student", "employee-pension", "other-pension"];
  const statuses: Status[] = r.statuses.map((s) => {
    if (options.pension && barring.includes(s.kind)) s = { ...s, kind: "one-child-parent" };
    const from = dateBetween(statusFloor, minDate(HORIZON, addYears(birthDate, 80)), s.from);
    const st: Status = { kind: s.kind, from };
    if (s.until !== null) st.until = addDays(from, s.until);
    return st;
  });

  return statuses;
}

/** Events (a closing event is never dated before the region's start: NAT-INHERIT is known from 2009-09-01). */
function eventsOf(
  facts: RegionFacts,
  r: Raw,
  options: ValidCaseOptions,
  fixture: boolean,
  who: PersonDates,
): { events: { kind: string; date: string }[]; death: string | null } {
  const region = facts.id;
  const { birthDate, legacy } = who;
  const statusFloor = maxDate(who.age16, facts.start);
  const events: { kind: string; date: string }[] = [];
  const eventFloor = maxDate(statusFloor, facts.start);
  const eventCeil = minDate(HORIZON, addYears(birthDate, 95));
  let death: string | null = null;
  if (r.events) {
    const e = r.events;
    const deathFrac = e.death ?? (options.death ? (r.asOf * 7919) % 1 : null);
    if (deathFrac !== null) {
      // mostly late in life (a pension may be running), sometimes any time after 16
      const lateFloor = maxDate(eventFloor, addYears(birthDate, 55));
      death =
        deathFrac < 0.2 || lateFloor > eventCeil
          ? dateBetween(eventFloor, eventCeil, (deathFrac * 5) % 1)
          : dateBetween(lateFloor, eventCeil, (deathFrac - 0.2) / 0.8);
      if (!fixture && region === "beibei") death = minDate(death, "2014-06-30");
      if (!fixture && legacy) death = minDate(death, "2014-06-30");
      death = maxDate(death, eventFloor);
      events.push({ kind: "death", date: death });
    }
    if (e.emigration !== null)
      events.push({ kind: "emigration", date: dateBetween(eventFloor, eventCeil, e.emigration) });
    if (e.transfer !== null)
      events.push({ kind: "transfer-out", date: dateBetween(eventFloor, eventCeil, e.transfer) });
    if (e.missing !== null) {
      const missing = dateBetween(eventFloor, eventCeil, e.missing);
      events.push({ kind: "missing", date: missing });
      if (e.reappeared !== null) events.push({ kind: "reappeared", date: addDays(missing, e.reappeared) });
      else if (e.declaredDead !== null) {
        let dd = addDays(missing, e.declaredDead);
        if (!fixture && (region === "beibei" || legacy)) dd = minDate(dd, "2014-06-30");
        if (dd >= eventFloor) events.push({ kind: "declared-dead", date: dd });
      }
    }
  }

  return { events, death };
}

function asOfOf(
  facts: RegionFacts,
  r: Raw,
  options: ValidCaseOptions,
  fixture: boolean,
  policy: RegionPolicy,
  x: { who: PersonDates; events: { kind: string; date: string }[]; death: string | null },
): string {
  const { birthDate, pensionAge, birthdayPA, pensionFromMonth, legacy } = x.who;
  const { events, death } = x;
  const asOfFloor = maxDate(facts.start, addDays(birthDate, 1));
  let asOf: string;
  if (options.drawDown) {
    asOf = minDate(
      HORIZON,
      dateBetween(addYears(birthDate, pensionAge + 8), addYears(birthDate, pensionAge + 30), r.asOf),
    );
    asOf = maxDate(asOf, asOfFloor);
  } else if (fixture && options.pension) {
    asOf = maxDate(
      asOfFloor,
      dateBetween(lastDay(pensionFromMonth + 1), minDate(HORIZON, addYears(birthDate, 85)), r.asOf),
    );
  } else if (fixture) {
    if (r.asOfChoice < 35) asOf = dateBetween(asOfFloor, HORIZON, r.asOf);
    else if (r.asOfChoice < 75)
      asOf = dateBetween(maxDate(asOfFloor, birthdayPA), minDate(HORIZON, addYears(birthDate, 90)), r.asOf);
    else if (r.asOfChoice < 90) asOf = dateBetween(asOfFloor, minDate(HORIZON, addYears(birthDate, 60)), r.asOf);
    else
      asOf =
        death !== null
          ? dateBetween(death, minDate(HORIZON, addYears(death, 2)), r.asOf)
          : dateBetween(asOfFloor, HORIZON, r.asOf);
    if (options.death && death !== null) asOf = dateBetween(death, minDate(HORIZON, addYears(death, 3)), r.asOf);
    if (asOf < asOfFloor) asOf = asOfFloor;
  } else {
    asOf = nativeAsOf(policy, r, {
      birthDate,
      legacy,
      pensionFromMonth,
      asOfFloor,
      events,
      death,
      payFrom: facts.nativePayFrom,
      preferClosing: options.death === true,
      preferPension: options.pension === true,
    });
  }

  return asOf;
}

/** What the payments are generated from. */
interface Timeline {
  readonly facts: RegionFacts;
  readonly r: Raw;
  readonly options: ValidCaseOptions;
  readonly policy: RegionPolicy;
  readonly who: PersonDates;
  readonly statuses: Status[];
  readonly payFrom: string;
  readonly asOf: string;
}

/** The tiers of the table in force on `date` (none where the table is unknown). */
function tiersOn(policy: RegionPolicy, date: string): Decimal[] {
  const v = valueAt(policy.parameters.tiers, date);
  return v ? tierListOf(v).map((t) => new Decimal(t)) : [];
}

/** The year's payment deadline (31 December where unknown). */
function deadlineOf(policy: RegionPolicy, year: number): string {
  const d = valueAt(policy.parameters.deadline, `${year}-12-31`) ?? { month: 12, day: 31 };
  return `${year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/**
 * The regular payments, year by year, by the plan of each year (tier, timing, parts, duplicates).
 * About 70 lines: one year is a chain of dependent draws (timing, date, parts, tier, proxy) whose
 * order fixes the case a seed generates; split, each step would take and return most of the chain.
 */
function regularPayments(at: Timeline): Record<string, unknown>[] {
  const { r, options, policy, statuses, payFrom, asOf } = at;
  const { birthDate, sixtieth, age16 } = at.who;
  const payments: Record<string, unknown>[] = [];
  const firstYear = Math.max(yearOfDate(payFrom), yearOfDate(age16));
  const lastYear = Math.min(yearOfDate(sixtieth), yearOfDate(HORIZON), yearOfDate(asOf) + (r.beyondAsOf ? 1 : 0));
  const latestLate = addYears(birthDate, 64);
  let previousDate: string | null = null;
  for (let year = firstYear; year <= lastYear; year++) {
    const plan = r.years[year - firstYear];
    if (plan === undefined) break;
    if (plan.pay >= r.density) continue;
    const lo = maxDate(maxDate(`${year}-01-01`, payFrom), age16);
    let hi = deadlineOf(policy, year);
    if (policy.features.payAt60.value === "before-birthday-month" && year === yearOfDate(sixtieth))
      hi = minDate(hi, addDays(`${sixtieth.slice(0, 7)}-01`, -1));
    let timing = options.onTimeOnly ? "on-time" : plan.timing;
    let date: string;
    if (timing === "late") {
      const ly = year + plan.lateYears;
      date = dateBetween(`${ly}-01-01`, `${ly}-12-31`, plan.day);
      if (date > latestLate) timing = "on-time";
    }
    if (timing === "early") {
      date = dateBetween(`${year - 1}-01-01`, `${year - 1}-12-31`, plan.day);
      if (date < payFrom || date < age16) timing = "on-time";
    }
    if (timing === "on-time") {
      if (hi < lo) continue;
      date =
        previousDate !== null && plan.sameDate < 30 && previousDate >= lo && previousDate <= hi
          ? previousDate
          : dateBetween(lo, hi, plan.day);
    }
    date = date!;
    // NX: the year's amount may be split over several entries dated within the year.
    const parts = policy.features.paymentsPerYear.value === "many" && timing === "on-time" ? plan.parts : 1;
    const dates = [date];
    for (let i = 1; i < parts; i++) dates.push(dateBetween(lo, hi, plan.partDays[i - 1] ?? 0.5));
    dates.sort();
    const firstDate = dates[0]!;
    const tableDate = lookupDate(year, dates[dates.length - 1]!);
    const tiers = tiersOn(policy, tableDate);
    if (tiers.length === 0) continue;
    const withAid = timing === "on-time" || policy.features.latePaymentSubsidy.value;
    const proxy = withAid && timing !== "early" ? proxyOn(policy, statuses, firstDate) : null;
    const candidates = [
      ...tiers,
      ...reservedOn(policy, statuses, tableDate),
      ...(proxy?.tier ? [proxy.tier] : []),
    ].filter((t) => !proxy || t.gte(proxy.amount));
    const tier = candidates[plan.tierIdx % candidates.length]!;
    let amount = tier.minus(proxy?.amount ?? 0);
    if (plan.offTier < 3 && !options.pension) amount = amount.plus(1);
    const amounts = split(amount, dates.length, plan.partDays);
    amounts.forEach((a, i) => {
      const p: Record<string, unknown> = { year, date: dates[i] ?? date, amount: money(a, plan.format) };
      if (i === 0 && plan.collective !== null) p["collective"] = plan.collective;
      if (i === 0 && plan.sponsor !== null) p["sponsor"] = plan.format === 3 ? Number(plan.sponsor) : plan.sponsor;
      payments.push(p);
    });
    if (plan.duplicate < 3 && !options.pension) {
      const t2 = tiers[(plan.tierIdx + 1) % tiers.length]!;
      payments.push({
        year,
        date: plan.duplicate < 1 ? date : dateBetween(lo, maxDate(lo, hi), 1 - plan.day),
        amount: t2.toFixed(0),
      });
    }
    previousDate = date;
  }

  return payments;
}

/** Make-up (补足): transition cohort everywhere, QN old cohort, Beibei at 60. */
function makeUpPayments(at: Timeline, payments: Record<string, unknown>[]): void {
  const { r, options, policy, payFrom } = at;
  const { cohort, legacy, sixtieth, birthDate, age16 } = at.who;
  const makeUpAllowed = cohort === "transition" || (at.facts.makeUp === "cohorts-1-2" && cohort === "old");
  const atSixty = at.facts.makeUp === "cohort-2-at-60";
  if (makeUpAllowed && !legacy && !options.onTimeOnly) {
    for (const m of r.makeUps) {
      const lo = atSixty ? sixtieth : maxDate(payFrom, age16);
      const hi = minDate(atSixty ? addYears(sixtieth, 2) : addYears(birthDate, 64), HORIZON);
      if (hi < lo) continue;
      const date = dateBetween(lo, hi, m.at);
      const tiers = tiersOn(policy, date);
      if (tiers.length === 0) continue;
      const tier = tiers[m.tierIdx % tiers.length]!;
      const amount = tier.times(m.years).plus(m.off < 4 ? 1 : 0);
      payments.push({ year: yearOfDate(date), date, amount: amount.toFixed(0), kind: "make-up", years: m.years });
    }
  }
}

/** Overpayment months after a closing event. */
function paidThroughOf(
  r: Raw,
  fixture: boolean,
  policy: RegionPolicy,
  legacy: boolean,
  events: readonly { kind: string; date: string }[],
  asOf: string,
): string | undefined {
  let paidThrough: string | undefined;
  const closings = events.filter(
    (e) => (e.kind === "death" || e.kind === "declared-dead" || e.kind === "emigration") && e.date <= asOf,
  );
  if (r.paidThrough !== null) {
    const closingMonth = closings.length ? Math.min(...closings.map((e) => monthIdx(e.date))) : monthIdx(asOf);
    const m = closingMonth + r.paidThrough;
    paidThrough = monthStr(m);
    if (!fixture) {
      const missing = events.find((e) => e.kind === "missing");
      const fromM = Math.min(closingMonth, missing ? monthIdx(missing.date) + 5 : closingMonth) + 1;
      for (let k = fromM; k <= m; k++) if (!pensionMonthKnown(policy, k, legacy)) paidThrough = undefined;
    }
  }

  return paidThrough;
}

/**
 * A native-mode asOf where no unknown parameter is needed: a month whose pension (if running)
 * is known, a date before the pension age, or a date after a closing event.
 */
function nativeAsOf(
  policy: RegionPolicy,
  r: Raw,
  x: {
    birthDate: string;
    legacy: boolean;
    pensionFromMonth: number;
    asOfFloor: string;
    events: readonly { kind: string; date: string }[];
    death: string | null;
    payFrom: string;
    preferClosing: boolean;
    preferPension: boolean;
  },
): string {
  const choices: (() => string | null)[] = [];
  // (a) a month whose pension is known.
  const knownMonths: number[] = [];
  const fromM = monthIdx(maxDate(x.asOfFloor, x.payFrom));
  for (let m = fromM; m <= monthIdx("2030-12-01"); m++) if (pensionMonthKnown(policy, m, x.legacy)) knownMonths.push(m);
  if (x.preferPension && knownMonths.some((m) => m > x.pensionFromMonth))
    knownMonths.splice(0, knownMonths.length, ...knownMonths.filter((m) => m > x.pensionFromMonth));
  choices.push(() => {
    if (!knownMonths.length) return null;
    const m = knownMonths[Math.floor(r.asOf * knownMonths.length)]!;
    const d = dateBetween(firstDay(m), lastDay(m), (r.asOf * 997) % 1);
    return d >= x.asOfFloor ? d : null;
  });
  // (b) before the month after the pension-age birthday: no pension can run.
  choices.push(() => {
    const hi = lastDay(x.pensionFromMonth - 1);
    if (hi < x.asOfFloor) return null;
    return dateBetween(x.asOfFloor, minDate(hi, HORIZON), r.asOf);
  });
  // (c) after the month of a death, declared death or emigration: the pension has stopped.
  choices.push(() => {
    const closing = x.events.filter((e) => e.kind === "death" || e.kind === "declared-dead" || e.kind === "emigration");
    if (!closing.length) return null;
    const m = Math.min(...closing.map((e) => monthIdx(e.date)));
    const lo = maxDate(maxDate(firstDay(m + 1), x.asOfFloor), x.payFrom);
    const hi = minDate(HORIZON, addYears(lo, 5));
    return hi < lo ? null : dateBetween(lo, hi, r.asOf);
  });
  const order = x.preferPension
    ? [0, 1, 2]
    : r.asOfChoice < 45 && !x.preferClosing
      ? [0, 1, 2]
      : r.asOfChoice < 75 && !x.preferClosing
        ? [1, 0, 2]
        : [2, 0, 1];
  for (const i of order) {
    const d = choices[i]!();
    if (d !== null) return d;
  }
  // Nothing safe: a pre-pension date as early as allowed (may still be after the pension age).
  return x.asOfFloor;
}

/**
 * True when a month's pension of this case is known (for laws that look at other months).
 *
 * @internal
 */
export function caseMonthKnown(c: CaseJson, m: number): boolean {
  const policy = effectivePolicy(c.region as RegionId, c.options?.parameters as Overrides | undefined);
  return pensionMonthKnown(policy, m, c.person.legacyGrade !== undefined && policy.parameters.legacy !== undefined);
}

/**
 * The tiers in force for `year` (read on `date` clamped into the year) under the case's policy.
 *
 * @internal
 */
export function tiersFor(c: CaseJson, year: number, date: string): Decimal[] {
  const policy = effectivePolicy(c.region as RegionId, c.options?.parameters as Overrides | undefined);
  const v = valueAt(policy.parameters.tiers, lookupDate(year, date));
  return v ? tierListOf(v).map((t) => new Decimal(t)) : [];
}
