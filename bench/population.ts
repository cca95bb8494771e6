/**
 * A synthetic, seeded population of cases for the benchmark: every region, a realistic mix of
 * cohorts (60+ on the scheme start, transitional, regular), tiers (most people at the lowest),
 * hardship statuses with proxy payments and hardship subsidies, gaps, late payments, deaths with
 * pensions paid past the death, emigration, and long projections into the future.
 *
 * Every case stays in the periods the region configs know, or carries the region's bench fixture
 * in `options.parameters` (values for the periods the sources leave unknown, cited
 * "bench fixture"): a synthetic case never fails with `parameter-unknown`.
 */
import type { CaseInput, Overrides, RegionId, StatusKind } from "../src/index";

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
function weighted<T>(r: Rand, xs: readonly (readonly [T, number])[]): T {
  const total = xs.reduce((a, [, w]) => a + w, 0);
  let x = r() * total;
  for (const [v, w] of xs) if ((x -= w) < 0) return v;
  return xs[xs.length - 1]![0];
}
const pad = (n: number): string => String(n).padStart(2, "0");
const date = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const monthText = (y: number, m: number): string => `${y}-${pad(m)}`;

const FIXTURE = "bench fixture";

/**
 * Per region: values for the periods the sources leave unknown, so long projections can be
 * evaluated (the same object for every case of a region: a batch with one what-if).
 */
export const fixtures: Readonly<Record<RegionId, Overrides>> = {
  qiannan: {
    "QN-BEN-BASIC": [
      { from: "2020-07-01", until: "2021-12-31", value: "98", citation: FIXTURE },
      { from: "2022-07-01", until: "2022-12-31", value: "118", citation: FIXTURE },
      { from: "2023-07-01", value: "143", citation: FIXTURE },
    ],
  },
  beibei: { "BB-BEN-BASIC": [{ from: "2014-07-01", value: "115", citation: FIXTURE }] },
  cixi: { "CX-BEN-BASIC": [{ from: "2014-07-01", value: "165", citation: FIXTURE }] },
  jiangmen: { "JM-BEN-BASIC": [{ from: "2024-01-01", value: "223", citation: FIXTURE }] },
  ningxia: {
    "NX-BEN-BASIC": [
      { from: "2014-07-01", until: "2016-12-31", value: "100", citation: FIXTURE },
      { from: "2019-01-01", until: "2022-12-31", value: "160", citation: FIXTURE },
      { from: "2023-07-01", value: "188", citation: FIXTURE },
    ],
  },
};

interface RegionSpec {
  /** Scheme start, or null (Ningxia, Jiangmen: the national bounds decide the cohort). */
  readonly start: string | null;
  /** First contribution year with known tiers. */
  readonly payFrom: number;
  /** Tiers by weight (most people pay the lowest); a later change of the lowest is handled below. */
  readonly tiers: readonly (readonly [number, number])[];
  /** asOf windows (inclusive) where the basic pension of the asOf month is known. */
  readonly windows: readonly (readonly [string, string])[];
  /** Hardship statuses the region's rules use, and the proxy amount a person of the group gets. */
  readonly hardship: readonly StatusKind[];
  readonly proxy: (statuses: readonly StatusKind[], year: number) => number;
  /** Late payments: "any" (back-payment any later year), "next" (only next year) or "refused". */
  readonly late: "any" | "next" | "refused";
  /** Pay the year of the 60th birthday (JM-AT-60: the pension waits for it). */
  readonly pay60: boolean;
  /** Several payments a year allowed (Ningxia). */
  readonly many: boolean;
  /** Born in this range for a regular-cohort projection that can reach 15 years. */
  readonly projectionBirth: readonly [number, number];
}

const specs: Record<RegionId, RegionSpec> = {
  qiannan: {
    start: "2011-07-01",
    payFrom: 2011,
    tiers: [
      [100, 50],
      [200, 15],
      [300, 10],
      [400, 4],
      [500, 10],
      [600, 3],
      [800, 3],
      [1000, 2],
      [1200, 2],
      [1600, 1],
    ],
    windows: [
      ["2011-07-01", "2020-06-30"],
      ["2022-01-01", "2022-06-30"],
      ["2023-01-01", "2023-06-30"],
    ],
    hardship: ["severe-disability"],
    proxy: (s) => (s.includes("severe-disability") ? (s.includes("dibao") ? 100 : 50) : 0),
    late: "any",
    pay60: false,
    many: false,
    projectionBirth: [1960, 1995],
  },
  beibei: {
    start: "2009-09-01",
    payFrom: 2009,
    tiers: [
      [100, 55],
      [200, 20],
      [400, 12],
      [600, 8],
      [900, 5],
    ],
    windows: [["2009-10-01", "2014-06-30"]],
    hardship: ["severe-disability"],
    proxy: () => 0,
    late: "next",
    pay60: false,
    many: false,
    projectionBirth: [1955, 1990],
  },
  cixi: {
    start: "2010-01-01",
    payFrom: 2010,
    tiers: [
      [100, 45],
      [300, 20],
      [500, 15],
      [800, 8],
      [1100, 5],
      [1400, 3],
      [1700, 2],
      [2000, 2],
    ],
    windows: [["2010-01-01", "2014-06-30"]],
    hardship: ["severe-disability", "dibao"],
    proxy: () => 0,
    late: "refused",
    pay60: false,
    many: false,
    projectionBirth: [1955, 1990],
  },
  jiangmen: {
    start: null,
    payFrom: 2023,
    tiers: [
      [180, 40],
      [240, 15],
      [360, 15],
      [600, 12],
      [900, 6],
      [1200, 5],
      [1800, 4],
      [3600, 2],
      [4800, 1],
    ],
    windows: [["2023-10-01", "2023-12-31"]],
    hardship: ["poverty-relapse-risk", "dibao", "tekun", "severe-disability", "mental-disability"],
    proxy: (s) => (s.length > 0 ? 120 : 0),
    late: "refused",
    pay60: true,
    many: false,
    projectionBirth: [1978, 1995],
  },
  ningxia: {
    start: null,
    payFrom: 2019,
    tiers: [
      [300, 40],
      [500, 25],
      [1000, 15],
      [2000, 12],
      [3000, 8],
    ],
    windows: [
      ["2017-01-01", "2018-12-31"],
      ["2023-01-01", "2023-06-30"],
    ],
    hardship: ["dibao", "tekun", "severe-disability", "poverty-relapse-risk", "mental-disability"],
    proxy: (s) => (s.length > 0 ? 100 : 0),
    late: "refused",
    pay60: false,
    many: true,
    projectionBirth: [1975, 1995],
  },
};

const regionWeights: readonly (readonly [RegionId, number])[] = [
  ["qiannan", 30],
  ["ningxia", 20],
  ["jiangmen", 15],
  ["cixi", 15],
  ["beibei", 20],
];

/** A uniform random date between a and b (ISO, inclusive; day ≤ 28 keeps every month valid). */
function dateBetween(r: Rand, a: string, b: string): string {
  const ya = Number(a.slice(0, 4));
  const ma = Number(a.slice(5, 7));
  const yb = Number(b.slice(0, 4));
  const mb = Number(b.slice(5, 7));
  const m0 = ya * 12 + ma - 1;
  const m1 = yb * 12 + mb - 1;
  const m = int(r, m0, m1);
  const s = date(Math.floor(m / 12), (m % 12) + 1, int(r, 1, 28));
  if (s < a) return a;
  if (s > b) return b;
  return s;
}

interface Person {
  birthYear: number;
  birthMonth: number;
  birthDay: number;
}

function birthDate(p: Person): string {
  return date(p.birthYear, p.birthMonth, p.birthDay);
}

/** Born in [y0, y1], never on 29 February. */
function person(r: Rand, y0: number, y1: number): Person {
  return { birthYear: int(r, y0, y1), birthMonth: int(r, 1, 12), birthDay: int(r, 1, 28) };
}

/** The lowest tier in force for a contribution year (Ningxia raised it to 200 in 2021 for most people). */
function tierFor(r: Rand, region: RegionId, year: number, hardship: boolean): number {
  const s = specs[region];
  let t = weighted(r, s.tiers);
  if (region === "ningxia" && year < 2021 && t === 300 && r() < 0.3) t = 100;
  if (region === "ningxia" && hardship && r() < 0.5) t = 100; // the hardship tier, paid in full by the government
  return t;
}

interface Payment {
  year: number;
  date: string;
  amount: string;
}

/**
 * Payments for contribution years from..to (inclusive), with gaps and a few late payments;
 * never after `until` (asOf or a death). The year of the 60th birthday, when paid, is paid in
 * February (before the birthday month).
 */
function payments(
  r: Rand,
  region: RegionId,
  p: Person,
  from: number,
  to: number,
  until: string,
  statuses: readonly StatusKind[],
  gapRate = 0.08,
): Payment[] {
  const s = specs[region];
  const y60 = p.birthYear + 60;
  const out: Payment[] = [];
  let tier = tierFor(r, region, from, statuses.length > 0);
  for (let y = from; y <= to; y++) {
    if (r() < gapRate) continue;
    if (r() < 0.1) tier = tierFor(r, region, y, statuses.length > 0);
    if (region === "ningxia" && y >= 2021 && tier === 100 && statuses.length === 0) tier = 300;
    const proxy = s.proxy(statuses, y);
    if (tier < proxy || (region === "ningxia" && proxy > 0 && tier !== 100 && tier < 300))
      tier = proxy > 0 ? Math.max(tier, proxy) : tier;
    let when: string;
    if (y === y60) {
      if (p.birthMonth < 3) continue;
      when = date(y, 2, int(r, 1, 28));
      if (s.start !== null && when < s.start) continue;
    } else {
      when = date(y, int(r, 3, 11), int(r, 1, 28));
      // Not before the scheme start (enrolment is only known from it).
      if (s.start !== null && when < s.start) when = dateBetween(r, s.start, date(y, 11, 28));
    }
    // A few late payments, well before pension age (after the pension starts they are refused).
    if (s.late !== "refused" && y <= y60 - 3 && r() < 0.05) when = date(y + 1, int(r, 1, 6), int(r, 1, 28));
    else if (s.late === "refused" && r() < 0.01) when = date(y + 1, int(r, 1, 3), int(r, 1, 28)); // refused: a realistic refusal
    if (when > until) break;
    const personal = Math.max(tier - proxy, 0);
    if (s.many && personal >= 400 && r() < 0.25) {
      // Ningxia: a year paid in two instalments (the year's tier is their sum).
      const first = Math.round(personal / 2 / 100) * 100;
      const second = date(y, 12, int(r, 1, 20));
      if (second <= until && when.slice(0, 4) === String(y)) {
        out.push(
          { year: y, date: when, amount: String(first) },
          { year: y, date: second, amount: String(personal - first) },
        );
        continue;
      }
    }
    out.push({ year: y, date: when, amount: String(personal) });
  }
  return out;
}

function hardshipStatuses(
  r: Rand,
  region: RegionId,
  since: number,
): { statuses: { kind: StatusKind; from: string }[]; kinds: StatusKind[] } {
  const s = specs[region];
  if (r() >= 0.08) return { statuses: [], kinds: [] };
  const kind = pick(r, s.hardship);
  const kinds: StatusKind[] = [kind];
  if (region === "qiannan" && r() < 0.4) kinds.push("dibao");
  const from = date(since - int(r, 1, 5), int(r, 1, 12), int(r, 1, 28));
  return { statuses: kinds.map((k) => ({ kind: k, from })), kinds };
}

function withinWindow(r: Rand, region: RegionId): string {
  const w = pick(r, specs[region].windows);
  return dateBetween(r, w[0], w[1]);
}

/** First pension month (approximate, for placing deaths): month after the 60th birthday's month. */
function pensionStartMonth(p: Person): number {
  return (p.birthYear + 60) * 12 + p.birthMonth; // month index of the month after
}

function addDeath(
  r: Rand,
  c: CaseInput,
  earliest: string,
  asOf: string,
  pensionFrom: number | null,
  share: number,
): void {
  if (r() >= share || earliest >= asOf) return;
  const death = dateBetween(r, earliest, asOf);
  c.person.events = [{ kind: r() < 0.93 ? "death" : "emigration", date: death }];
  if (pensionFrom !== null && c.person.events[0]!.kind === "death") {
    // Pensions paid past the death (the overpayment recovered from the balance).
    const dm = Number(death.slice(0, 4)) * 12 + Number(death.slice(5, 7)) - 1;
    const am = Number(asOf.slice(0, 4)) * 12 + Number(asOf.slice(5, 7)) - 1;
    const through = Math.min(dm + int(r, 0, 3), am);
    if (through >= pensionFrom)
      (c.options ??= {}).pensionsPaidThrough = monthText(Math.floor(through / 12), (through % 12) + 1);
  }
}

/** A person 60+ on the scheme start: the basic pension without payments. */
function oldCohort(r: Rand, region: RegionId): CaseInput {
  const startYear = Number((specs[region].start ?? "2009-09-01").slice(0, 4));
  const asOf = withinWindow(r, region);
  const p = person(r, Math.max(startYear - 80, Number(asOf.slice(0, 4)) - 95), startYear - 61);
  const c: CaseInput = { region, asOf, person: { birthDate: birthDate(p), sex: r() < 0.5 ? "male" : "female" } };
  if (region === "beibei" && r() < 0.1) c.person.statuses = [{ kind: "one-child-parent", from: "1985-01-01" }];
  const w = specs[region].windows.find(([a, b]) => asOf >= a && asOf <= b)!;
  addDeath(r, c, w[0], asOf, 0, 0.12);
  return c;
}

/** A contributor below pension age on asOf (regular or transitional cohort). */
function contributor(r: Rand, region: RegionId): CaseInput {
  const s = specs[region];
  const asOf = region === "ningxia" ? dateBetween(r, "2019-06-01", "2023-06-30") : withinWindow(r, region);
  const asOfYear = Number(asOf.slice(0, 4));
  // Regular cohort where the scheme start is unknown (Ningxia, Jiangmen): under 45 on 2014-02-21.
  const youngest = asOfYear - 18;
  const oldest = s.start === null ? 1970 : asOfYear - 59;
  const p = person(r, oldest, youngest);
  const h = hardshipStatuses(r, region, Math.max(s.payFrom, p.birthYear + 17));
  const from = Math.max(s.payFrom, p.birthYear + 17);
  const c: CaseInput = {
    region,
    asOf,
    person: {
      birthDate: birthDate(p),
      sex: r() < 0.5 ? "male" : "female",
      ...(h.statuses.length ? { statuses: h.statuses } : {}),
    },
    payments: payments(r, region, p, from, Math.min(asOfYear, p.birthYear + 59), asOf, h.kinds),
  };
  if (c.payments!.length) addDeath(r, c, c.payments![c.payments!.length - 1]!.date, asOf, null, 0.02);
  return c;
}

/** A transitional-cohort person who paid until 60 and draws a pension on asOf (QN, BB, CX). */
function transitionPensioner(r: Rand, region: RegionId): CaseInput {
  const s = specs[region];
  const start = s.start!;
  const startYear = Number(start.slice(0, 4));
  const asOf = withinWindow(r, region);
  const asOfYear = Number(asOf.slice(0, 4));
  // 45–59 on the start, and 60 at least a year before asOf.
  const p = person(r, startYear - 59, Math.min(startYear - 46, asOfYear - 61));
  p.birthMonth = int(r, 3, 12); // the 60th year can be paid in February
  const h = hardshipStatuses(r, region, startYear);
  const c: CaseInput = {
    region,
    asOf,
    person: {
      birthDate: birthDate(p),
      sex: r() < 0.5 ? "male" : "female",
      ...(h.statuses.length ? { statuses: h.statuses } : {}),
    },
    payments: payments(r, region, p, startYear, p.birthYear + 60, asOf, h.kinds, 0.03),
  };
  const w = s.windows.find(([a, b]) => asOf >= a && asOf <= b)!;
  const pm = pensionStartMonth(p);
  const pensionStart = date(Math.floor(pm / 12), (pm % 12) + 1, 1);
  addDeath(r, c, pensionStart > w[0] ? pensionStart : w[0], asOf, pm, 0.12);
  return c;
}

/**
 * A long record into the future with the region's bench fixture: a regular-cohort contributor
 * from the first year with known tiers to 60, the pension, and often a death.
 */
function projection(r: Rand, region: RegionId): CaseInput {
  const s = specs[region];
  const p = person(r, s.projectionBirth[0], s.projectionBirth[1]);
  p.birthMonth = int(r, 3, 12);
  const y60 = p.birthYear + 60;
  const asOfYear = Math.min(y60 + int(r, 1, 30), 2095);
  const asOf = date(asOfYear, int(r, 1, 12), 28);
  const h = hardshipStatuses(r, region, Math.max(s.payFrom, p.birthYear + 17));
  const from = Math.max(s.payFrom, p.birthYear + 17);
  const c: CaseInput = {
    region,
    asOf,
    person: {
      birthDate: birthDate(p),
      sex: r() < 0.5 ? "male" : "female",
      ...(h.statuses.length ? { statuses: h.statuses } : {}),
    },
    payments: payments(r, region, p, from, s.pay60 ? y60 : y60 - 1, asOf, h.kinds, 0.04),
    options: { parameters: fixtures[region] },
  };
  const pm = pensionStartMonth(p);
  addDeath(r, c, date(Math.floor(pm / 12), (pm % 12) + 1, 1), asOf, pm, 0.4);
  return c;
}

type Kind = "old" | "contributor" | "transition" | "projection";
const kindWeights: readonly (readonly [Kind, number])[] = [
  ["contributor", 40],
  ["old", 22],
  ["transition", 20],
  ["projection", 18],
];

/** One synthetic case. */
export function syntheticCase(r: Rand): CaseInput {
  const region = weighted(r, regionWeights);
  let kind = weighted(r, kindWeights);
  if (kind === "transition" && specs[region].start === null) kind = "old"; // NX, JM: cohort by the national bounds
  if (kind === "transition" && region === "qiannan" && r() < 0.3) kind = "old";
  switch (kind) {
    case "old":
      return oldCohort(r, region);
    case "contributor":
      return contributor(r, region);
    case "transition":
      return transitionPensioner(r, region);
    case "projection":
      return projection(r, region);
  }
}

/** `n` synthetic cases from `seed`, generated lazily (a 100,000-case file never sits in memory). */
export function* population(n: number, seed = 20_240_601): Generator<CaseInput> {
  const r = prng(seed);
  for (let i = 0; i < n; i++) yield syntheticCase(r);
}

/**
 * The named scenario: a Qiannan woman born 1991-12-15 pays 600 a year for 40 years (2012–2051,
 * the last before her 60th birthday's month), draws a pension from 2052-01, dies on 2077-03-10
 * (25 pension years) with pensions paid through 2077-06 (three months overpaid); evaluated on
 * 2077-12-31. QN-BEN-BASIC for the periods the sources leave unknown comes from the fixture.
 * 600, not 500: since the rules revision 2026-12, 500 is no Qiannan tier from 2021 (31 of 40
 * payments were refused and the scenario drew no pension).
 */
export function namedScenario(): CaseInput {
  const pays: Payment[] = [];
  for (let y = 2012; y <= 2051; y++) pays.push({ year: y, date: `${y}-05-15`, amount: "600" });
  return {
    region: "qiannan",
    asOf: "2077-12-31",
    person: { birthDate: "1991-12-15", sex: "female", events: [{ kind: "death", date: "2077-03-10" }] },
    payments: pays,
    options: { pensionsPaidThrough: "2077-06", parameters: fixtures.qiannan },
  };
}
