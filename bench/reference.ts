/**
 * A plain-number reference of the library's arithmetic, for the benchmark only (not shipped):
 * JS numbers (whole fen), no validation, no trace, no Decimal, no strings out. Payments → tier,
 * proxy and subsidy; the monthly ledger with window interest per component rounded to the fen;
 * the account pension = balance ÷ divisor; the draws (account, then fund); the monthly benefit
 * with top-ups; the death / emigration settlement with the overpayment.
 *
 * It implements the rules the synthetic population exercises (bench/population.ts): regular,
 * late and multi-entry payments, proxy groups, subsidy brackets with hardship and paying levels,
 * cohorts, the first pension month (incl. JM-AT-60 and QN-PAY-AT-60), top-ups, deaths and
 * emigration. Not: make-up, lump sums, legacy pensioners, suspension, transfers, COHORT caps,
 * Ningxia's special subsidy, the "next-year" interest method — cases using them may disagree.
 *
 * The region configs are compiled once into plain tables (untimed setup, like a hand-written
 * calculator with constants); evaluate() is what is timed.
 */
import type { RegionPolicy } from "../src/index";

type Seg<T> = { readonly from: number; readonly until: number; readonly value: T | undefined };

/** "2013-06-30" → 20130630 */
function d(s: string): number {
  return (
    (s.charCodeAt(0) - 48) * 10_000_000 +
    (s.charCodeAt(1) - 48) * 1_000_000 +
    (s.charCodeAt(2) - 48) * 100_000 +
    (s.charCodeAt(3) - 48) * 10_000 +
    (s.charCodeAt(5) - 48) * 1000 +
    (s.charCodeAt(6) - 48) * 100 +
    (s.charCodeAt(8) - 48) * 10 +
    (s.charCodeAt(9) - 48)
  );
}
/** 20130630 → month index 2013 × 12 + 5 */
const monthOf = (x: number): number => Math.floor(x / 10000) * 12 + (Math.floor(x / 100) % 100) - 1;
const firstDayOf = (m: number): number => Math.floor(m / 12) * 10000 + ((m % 12) + 1) * 100 + 1;
/** The last day of month m. */
function monthEnd(m: number): number {
  const y = Math.floor(m / 12);
  const mm = (m % 12) + 1;
  const days =
    mm === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(mm) ? 30 : 31;
  return y * 10000 + mm * 100 + days;
}
/** "55" / "0.0175" / "12.5" → fen */
const fen = (s: string): number => Math.round(Number(s) * 100);
/** round(n / q) half up, n ≥ 0 */
const divRound = (n: number, q: number): number => Math.floor((2 * n + q) / (2 * q));
/** Age in whole years on date (birthdays never on 29 February in the population). */
function ageOn(birth: number, on: number): number {
  let age = Math.floor(on / 10000) - Math.floor(birth / 10000);
  if (age > 0 && on % 10000 < birth % 10000) age -= 1;
  return age < 0 ? 0 : age;
}

function compileSegs<T, U>(segments: readonly unknown[], map: (v: T) => U): Seg<U>[] {
  return segments.map((raw) => {
    const s = raw as { from: string; until?: string; value?: T; unknown?: true };
    return {
      from: d(s.from),
      until: s.until === undefined ? Infinity : d(s.until),
      value: s.unknown ? undefined : map(s.value as T),
    };
  });
}

function look<T>(segs: readonly Seg<T>[], on: number): T | undefined {
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i]!;
    if (s.from <= on) return on <= s.until ? s.value : undefined;
  }
  return undefined;
}

/** A rate as an exact fraction: "0.0175" → 175 / 10000. */
function rateOf(s: string): { num: number; den: number } {
  const dot = s.indexOf(".");
  if (dot < 0) return { num: Number(s), den: 1 };
  return { num: Number(s.slice(0, dot) + s.slice(dot + 1)), den: 10 ** (s.length - dot - 1) };
}

interface Bracket {
  from: number;
  amount: number;
  /** A subsidy that is a rate of the tier (Qiannan from 2021: 10 %), else null. */
  rate: { num: number; den: number } | null;
  byLevel: [string, number][] | null;
}
interface SubsidyV {
  brackets: Bracket[];
  hardship: { statuses: string[]; mode: string; amount: number } | null;
}
interface Group {
  statuses: string[];
  requires: string[];
  amount: number;
  tier: number | null;
}
type TopUp =
  | { kind: "flat"; amount: number }
  | { kind: "per-year-beyond"; beyondYears: number; perYear: number }
  | { kind: "age"; brackets: { age: number; amount: number }[] }
  | { kind: "status"; status: string; amount: number }
  | { kind: "contributor"; amount: number };

/** A region's config as plain tables. */
interface TierTable {
  readonly tiers: number[];
  readonly reserved: { tier: number; statuses: string[] }[];
}

export interface RefPolicy {
  readonly schemeStart: number | null;
  readonly benefitStartMonth: number | null;
  readonly fixedDivisor: number | null;
  readonly highest: boolean;
  readonly late: string;
  readonly lateSubsidy: boolean;
  readonly one: boolean;
  readonly payAt60: string;
  readonly enrolAge: Seg<number>[];
  readonly pensionAge: Seg<{ male: number; female: number }>[];
  readonly tiers: Seg<TierTable>[];
  readonly deadline: Seg<number>[];
  readonly subsidy: Seg<SubsidyV>[];
  readonly proxy: Seg<Group[]>[] | null;
  readonly rate: Seg<{ num: number; den: number }>[];
  readonly divisor: Seg<Record<string, number>>[];
  readonly inherit: Seg<string>[];
  readonly basic: Seg<number>[];
  readonly topUps: Seg<TopUp>[][];
  readonly deathBenefit: Seg<{ kind: string; amount: number; months: number }>[] | null;
}

export function compile(p: RegionPolicy): RefPolicy {
  const P = p.parameters;
  return {
    schemeStart: p.facts.schemeStart.value === null ? null : d(p.facts.schemeStart.value),
    benefitStartMonth:
      p.facts.benefitStartMonth.value === null ? null : monthOf(d(`${p.facts.benefitStartMonth.value}-01`)),
    fixedDivisor: p.facts.fixedDivisor.value,
    highest: p.features.interestRate.value === "highest-in-year",
    late: p.features.latePayment.value,
    lateSubsidy: p.features.latePaymentSubsidy.value,
    one: p.features.paymentsPerYear.value === "one",
    payAt60: p.features.payAt60.value,
    enrolAge: compileSegs<number, number>(P.enrolAge.segments, (v) => v),
    pensionAge: compileSegs<{ male: number; female: number }, { male: number; female: number }>(
      P.pensionAge.segments,
      (v) => v,
    ),
    // A tier table is a list, or (Qiannan from 2021) a list with tiers reserved for statuses.
    tiers: compileSegs<
      readonly string[] | { tiers: string[]; reserved: { tier: string; statuses: string[] }[] },
      TierTable
    >(P.tiers.segments, (v) =>
      "tiers" in v
        ? { tiers: v.tiers.map(fen), reserved: v.reserved.map((r) => ({ tier: fen(r.tier), statuses: r.statuses })) }
        : { tiers: v.map(fen), reserved: [] },
    ),
    deadline: compileSegs<{ month: number; day: number }, number>(P.deadline.segments, (v) => v.month * 100 + v.day),
    subsidy: compileSegs<
      {
        brackets: { from: string; amount?: string; rate?: string; byLevel?: Record<string, string> }[];
        hardship?: { statuses: string[]; mode: string; amount: string };
      },
      SubsidyV
    >(P.subsidy.segments, (v) => ({
      brackets: v.brackets.map((b) => ({
        from: fen(b.from),
        amount: b.amount === undefined ? 0 : fen(b.amount),
        rate: b.rate === undefined ? null : rateOf(b.rate),
        byLevel: b.byLevel ? Object.entries(b.byLevel).map(([k, x]) => [k, fen(x)] as [string, number]) : null,
      })),
      hardship: v.hardship
        ? { statuses: v.hardship.statuses, mode: v.hardship.mode, amount: fen(v.hardship.amount) }
        : null,
    })),
    proxy: P.proxy
      ? compileSegs<{ groups: { statuses: string[]; requires?: string[]; amount: string; tier?: string }[] }, Group[]>(
          P.proxy.segments,
          (v) =>
            v.groups.map((g) => ({
              statuses: g.statuses,
              requires: g.requires ?? [],
              amount: fen(g.amount),
              tier: g.tier === undefined ? null : fen(g.tier),
            })),
        )
      : null,
    rate: compileSegs<string, { num: number; den: number }>(P.rate.segments, rateOf),
    divisor: compileSegs<Record<string, number>, Record<string, number>>(P.divisor.segments, (v) => v),
    inherit: compileSegs<string, string>(P.inherit.segments, (v) => v),
    basic: compileSegs<string, number>(P.basic.segments, fen),
    topUps: P.topUps.map((t) =>
      compileSegs<Record<string, unknown>, TopUp>(t.segments, (v) => {
        switch (v["kind"]) {
          case "flat":
            return { kind: "flat", amount: fen(v["amount"] as string) };
          case "per-year-beyond":
            return {
              kind: "per-year-beyond",
              beyondYears: v["beyondYears"] as number,
              perYear: fen(v["perYear"] as string),
            };
          case "age":
            return {
              kind: "age",
              brackets: (v["brackets"] as { age: number; amount: string }[]).map((b) => ({
                age: b.age,
                amount: fen(b.amount),
              })),
            };
          case "status":
            return { kind: "status", status: v["status"] as string, amount: fen(v["amount"] as string) };
          default:
            return { kind: "contributor", amount: fen(v["amount"] as string) };
        }
      }),
    ),
    deathBenefit: P.deathBenefit
      ? compileSegs<Record<string, unknown>, { kind: string; amount: number; months: number }>(
          P.deathBenefit.segments,
          (v) => ({
            kind: v["kind"] as string,
            amount: typeof v["amount"] === "string" ? fen(v["amount"]) : 0,
            months: typeof v["months"] === "number" ? v["months"] : 0,
          }),
        )
      : null,
  };
}

/** What the reference computes (fen; null where the library has null). */
export interface RefResult {
  contributionYears: number;
  firstMonth: number | null;
  balance: number;
  paidOut: number;
  fundPaid: number;
  accountPension: number | null;
  monthlyTotal: number | null;
  subsidyTotal: number;
  proxyTotal: number;
  settlement: { inheritable: number; overpayment: number; toFund: number; deathBenefit: number } | null;
  drawsByYear: Map<number, [number, number]>;
}

interface Status {
  kind: string;
  from: number;
  until: number;
}
interface Entry {
  year: number;
  date: number;
  amount: number;
  index: number;
  kind: number /* 0 regular 1 back 2 refused */;
  tier: number;
  proxy: number;
  subsidy: number;
  levels: [string, number][] | null;
}

const COMPONENTS = 5; // personal, collective, subsidy, proxy, other
const PERSONAL = 0;
const SUBSIDY = 2;
const PROXY = 3;

/** Evaluate one case (as parsed from JSON) against compiled policies. */
export function evaluate(c: any, policyOf: (c: any) => RefPolicy): RefResult {
  const pol = policyOf(c);
  const asOf = d(c.asOf);
  const asOfMonth = monthOf(asOf);
  const per = c.person;
  const birth = d(per.birthDate);
  const female = per.sex === "female";
  const statuses: Status[] = (per.statuses ?? []).map((s: any) => ({
    kind: s.kind,
    from: d(s.from),
    until: s.until === undefined ? Infinity : d(s.until),
  }));
  const has = (kind: string, on: number): boolean => {
    for (const s of statuses) if (s.kind === kind && s.from <= on && on <= s.until) return true;
    return false;
  };
  let death = 0;
  let emigration = 0;
  for (const e of per.events ?? []) {
    const x = d(e.date);
    if (x > asOf) continue;
    if (e.kind === "death" || e.kind === "declared-dead") death = x;
    else if (e.kind === "emigration") emigration = x;
  }
  let closer = 0;
  let closerIsDeath = false;
  if (death && (!emigration || death <= emigration)) {
    closer = death;
    closerIsDeath = true;
  } else if (emigration) closer = emigration;
  const opts = c.options ?? {};

  // Cohort (COHORT): by age on the scheme start, or the national bounds.
  const start = opts.schemeStart !== undefined ? d(opts.schemeStart) : pol.schemeStart;
  let cohort: number; // 0 old, 1 transition, 2 regular
  if (start !== null) {
    const age = ageOn(birth, start);
    cohort = age >= 60 ? 0 : age >= 45 ? 1 : 2;
  } else cohort = ageOn(birth, 20090901) >= 60 ? 0 : 2;
  const y60 = Math.floor(birth / 10000) + 60;
  const required = cohort === 0 ? 0 : cohort === 1 ? Math.min(y60 - Math.floor(start! / 10000) + 1, 15) : 15;

  // Payments.
  const entries: Entry[] = (c.payments ?? []).map((p: any, index: number) => ({
    year: p.year,
    date: d(p.date),
    amount: fen(String(p.amount)),
    index,
    kind: 0,
    tier: 0,
    proxy: 0,
    subsidy: 0,
    levels: null,
  }));
  entries.sort((a, b) => a.date - b.date || a.index - b.index);
  const birthMonthDay1 = y60 * 10000 + (Math.floor(birth / 100) % 100) * 100 + 1;
  for (const e of entries) {
    const enrol = look(pol.enrolAge, e.date) ?? 16;
    if (e.date > asOf || (closer && e.date > closer) || ageOn(birth, e.date) < enrol) {
      e.kind = 2;
      continue;
    }
    if (e.date < e.year * 10000 + 101 || e.year > y60) {
      e.kind = 2;
      continue;
    }
    if (pol.payAt60 === "before-birthday-month" && e.year === y60 && e.date >= birthMonthDay1) {
      e.kind = 2;
      continue;
    }
    const due =
      e.year * 10000 +
      (look(pol.deadline, Math.min(Math.max(e.date, e.year * 10000 + 101), e.year * 10000 + 1231)) ?? 1231);
    if (e.date <= due) e.kind = 0;
    else if (pol.late === "refused" || (pol.late === "next-year" && Math.floor(e.date / 10000) > e.year + 1))
      e.kind = 2;
    else e.kind = 1;
  }
  const byYear = new Map<number, Entry[]>();
  for (const e of entries) {
    if (e.kind === 2) continue;
    let l = byYear.get(e.year);
    if (!l) byYear.set(e.year, (l = []));
    l.push(e);
  }
  const completion: [number, number][] = []; // [date the year was complete, year]
  for (const [year, list] of byYear) {
    if (pol.one && list.length > 1) for (const x of list.splice(1)) x.kind = 2;
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const withAid = first.kind === 0 || pol.lateSubsidy;
    let group: Group | null = null;
    if (withAid && pol.proxy) {
      const groups = look(pol.proxy, first.date);
      if (groups)
        for (const g of groups)
          if (g.statuses.some((k) => has(k, first.date)) && g.requires.every((k) => has(k, first.date))) {
            group = g;
            break;
          }
    }
    const proxy = group ? group.amount : 0;
    let paid = 0;
    for (const x of list) paid += x.amount;
    const tier = paid + proxy;
    const on = Math.min(Math.max(last.date, year * 10000 + 101), year * 10000 + 1231);
    const table = look(pol.tiers, on);
    const isTier =
      table !== undefined &&
      (table.tiers.includes(tier) || table.reserved.some((r) => r.tier === tier && r.statuses.some((k) => has(k, on))));
    if (!isTier && !(group && group.tier === tier)) {
      for (const x of list) x.kind = 2;
      continue;
    }
    for (const x of list) x.tier = tier;
    first.proxy = proxy;
    if (withAid) {
      const sv = look(pol.subsidy, on)!;
      let best: Bracket | null = null;
      for (const b of sv.brackets) if (tier >= b.from && (!best || b.from > best.from)) best = b;
      // A rate of the tier gives whole fen for the whole-yuan tiers of the population (the library refuses any other).
      let amount = best ? (best.rate ? (tier * best.rate.num) / best.rate.den : best.amount) : 0;
      let levels = best ? best.byLevel : null;
      if (sv.hardship && sv.hardship.statuses.some((k) => has(k, on))) {
        amount = sv.hardship.mode === "add" ? amount + sv.hardship.amount : sv.hardship.amount;
        levels = null;
      }
      last.subsidy = amount;
      last.levels = levels;
    }
    completion.push([last.date, year]);
  }
  completion.sort((a, b) => a[0] - b[0]);
  const contributionYears = completion.length;

  // Credits by month.
  const credits: [number, number, number][] = []; // month, component, fen
  let subsidyTotal = 0;
  let proxyTotal = 0;
  let contributed = false;
  for (const e of entries) {
    if (e.kind === 2) continue;
    contributed = true;
    const m = monthOf(e.date);
    if (e.amount) credits.push([m, PERSONAL, e.amount]);
    if (e.proxy) credits.push([m, PROXY, e.proxy]);
    if (e.subsidy) credits.push([m, SUBSIDY, e.subsidy]);
    subsidyTotal += e.subsidy;
    proxyTotal += e.proxy;
  }
  credits.sort((a, b) => a[0] - b[0]);

  // Eligibility and the first pension month (FIRST-MONTH).
  const pa = look(pol.pensionAge, asOf)!;
  const age = female ? pa.female : pa.male;
  const base = monthOf(birth) + age * 12 + 1;
  const benefitStart =
    pol.benefitStartMonth ?? monthOf(opts.schemeStart !== undefined ? d(opts.schemeStart) : 20090901);
  let F = Math.max(benefitStart, base);
  let met = required === 0;
  let running = 0;
  for (const [when] of completion) {
    if (met) break;
    running += 1;
    if (running >= required) {
      met = true;
      F = Math.max(F, monthOf(when) + 1);
    }
  }
  if (pol.payAt60 === "pension-waits" && cohort !== 0) {
    const hit = completion.find(([when]) => Math.floor(when / 10000) >= y60);
    if (!hit) met = false;
    else F = Math.max(F, monthOf(hit[0]) + 1);
  }
  const firstMonth = met ? F : null;
  const closerMonth = closer ? monthOf(closer) : null;
  const started = firstMonth !== null && (closerMonth === null || closerMonth >= firstMonth) && firstMonth <= asOfMonth;
  const last = closerMonth; // death or emigration ends the pension
  let accountStart = firstMonth;
  if (closerMonth !== null && accountStart !== null && closerMonth < accountStart) accountStart = null;

  // The ledger, month by month (INT-MONTHLY).
  const bal = [0, 0, 0, 0, 0];
  const acc = [0, 0, 0, 0, 0];
  let paidOut = 0;
  let fundPaid = 0;
  let pension = 0;
  let accountPension: number | null = null;
  const drawsByYear = new Map<number, [number, number]>();
  let dMonths = 0;
  let dAcc = 0;
  let dFund = 0;
  const endMonth = closerMonth ?? asOfMonth;
  const fixAt = accountStart === null ? null : accountStart - 1;
  const rateCache = new Map<number, { num: number; den: number }>();
  const rateFor = (year: number): { num: number; den: number } => {
    let r = rateCache.get(year);
    if (r) return r;
    const jan1 = year * 10000 + 101;
    r = look(pol.rate, jan1)!;
    if (pol.highest) {
      for (const s of pol.rate)
        if (s.from > jan1 && s.from <= year * 10000 + 1231 && s.value && s.value.num * r.den > r.num * s.value.den)
          r = s.value;
    }
    rateCache.set(year, r);
    return r;
  };
  const close = (m: number): void => {
    if (acc[0] === 0 && acc[1] === 0 && acc[2] === 0 && acc[3] === 0 && acc[4] === 0) return;
    const r = rateFor(Math.floor(m / 12));
    const q = r.den * 12;
    for (let k = 0; k < COMPONENTS; k++) {
      if (acc[k] === 0) continue;
      const i = divRound(r.num * acc[k]!, q);
      acc[k] = 0;
      bal[k]! += i;
    }
  };
  let ci = 0;
  const firstM = Math.min(credits.length ? credits[0]![0] : endMonth + 1, fixAt ?? endMonth + 1);
  let closing: number[] | null = null;
  for (let m = firstM; m <= endMonth; m++) {
    for (let k = 0; k < COMPONENTS; k++) acc[k]! += bal[k]!;
    while (ci < credits.length && credits[ci]![0] === m) {
      const [, k, v] = credits[ci++]!;
      bal[k]! += v;
    }
    if (pension !== 0 && started && m >= accountStart! && m >= firstMonth! && (last === null || m <= last)) {
      const total = bal[0]! + bal[1]! + bal[2]! + bal[3]! + bal[4]!;
      const from = pension <= total ? pension : total;
      if (from === total) {
        for (let k = 0; k < COMPONENTS; k++) bal[k] = 0;
      } else {
        // Pro rata; the largest component takes the rest.
        let largest = 0;
        for (let k = 1; k < COMPONENTS; k++) if (bal[k]! > bal[largest]!) largest = k;
        let rest = from;
        const parts = [0, 0, 0, 0, 0];
        for (let k = 0; k < COMPONENTS; k++) {
          if (k === largest || bal[k] === 0) continue;
          parts[k] = divRound(from * bal[k]!, total);
          rest -= parts[k]!;
        }
        parts[largest] = rest;
        for (let k = 0; k < COMPONENTS; k++) bal[k]! -= parts[k]!;
      }
      paidOut += from;
      fundPaid += pension - from;
      dMonths++;
      dAcc += from;
      dFund += pension - from;
    }
    if ((m % 12 === 11 || m === endMonth) && dMonths > 0) {
      drawsByYear.set(Math.floor(m / 12), [dAcc, dFund]);
      dMonths = 0;
      dAcc = 0;
      dFund = 0;
    }
    if (m === fixAt && monthEnd(m) <= asOf) {
      close(m);
      const balance = bal[0]! + bal[1]! + bal[2]! + bal[3]! + bal[4]!;
      let divisor = pol.fixedDivisor;
      if (divisor === null) divisor = look(pol.divisor, firstDayOf(m + 1))![String(ageOn(birth, firstDayOf(m + 1)))]!;
      pension = balance === 0 ? 0 : divRound(balance, divisor);
      accountPension = pension;
    } else if (m === closerMonth) close(m);
    else if (m % 12 === 11 && Math.floor(m / 12) * 10000 + 1231 <= asOf) close(m);
    if (m === closerMonth) closing = [...bal];
  }

  // The monthly benefit (basic + top-ups + account pension).
  const benefit = (m: number): number => {
    const on = firstDayOf(m);
    let total = look(pol.basic, on)!;
    for (const t of pol.topUps) {
      const v = look(t, on);
      if (v === undefined) continue;
      switch (v.kind) {
        case "flat":
          total += v.amount;
          break;
        case "per-year-beyond":
          total += Math.max(contributionYears - v.beyondYears, 0) * v.perYear;
          break;
        case "age": {
          let a = 0;
          for (const b of v.brackets) if (m >= monthOf(birth) + b.age * 12 + 1) a = b.amount;
          total += a;
          break;
        }
        case "status":
          if (has(v.status, on)) total += v.amount;
          break;
        case "contributor":
          if (contributed && !has("other-pension", on)) total += v.amount;
          break;
      }
    }
    if (accountStart !== null && m >= accountStart) total += pension;
    return total;
  };
  const paidMonth = (m: number): boolean =>
    started && m >= firstMonth! && (last === null || m <= last) && m <= asOfMonth;
  const monthlyTotal = paidMonth(asOfMonth) ? benefit(asOfMonth) : null;

  // Settlement (DEATH-STOP, DEATH-INHERIT, NAT-INHERIT, death benefits).
  let settlement: RefResult["settlement"] = null;
  let balance = bal[0]! + bal[1]! + bal[2]! + bal[3]! + bal[4]!;
  if (closer) {
    const cl = closing ?? [0, 0, 0, 0, 0];
    const total = cl[0]! + cl[1]! + cl[2]! + cl[3]! + cl[4]!;
    const excluded = look(pol.inherit, closer) === "exclude-subsidy" ? cl[SUBSIDY]! : 0;
    const lastPension = started && last !== null && last >= firstMonth! ? last : null;
    let overpayment = 0;
    const through = opts.pensionsPaidThrough === undefined ? null : monthOf(d(`${opts.pensionsPaidThrough}-01`));
    if (lastPension !== null && through !== null && through > lastPension)
      for (let m = lastPension + 1; m <= through; m++) overpayment += benefit(m);
    const available = total - excluded;
    const recovered = Math.min(overpayment, available);
    let deathBenefit = 0;
    if (closerIsDeath && pol.deathBenefit && started) {
      const v = look(pol.deathBenefit, closer)!;
      if (v.kind === "months-of-pension") deathBenefit = benefit(Math.max(closerMonth! - 1, firstMonth!)) * v.months;
      else if (v.kind === "flat") deathBenefit = v.amount;
    }
    settlement = { inheritable: available - recovered, overpayment, toFund: excluded + recovered, deathBenefit };
    balance = 0;
  }
  return {
    contributionYears,
    firstMonth,
    balance,
    paidOut,
    fundPaid,
    accountPension,
    monthlyTotal,
    subsidyTotal,
    proxyTotal,
    settlement,
    drawsByYear,
  };
}
