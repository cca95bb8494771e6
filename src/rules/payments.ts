import { Decimal, formatMoney, roundFen, ZERO } from "../money";
import {
  birthday,
  monthOf,
  monthNumberOf,
  yearEnd,
  yearOf,
  yearStart,
  type CivilDate,
  type MonthIndex,
} from "../dates";
import type { ComponentKind, StatusKind } from "../kinds";
import { valueOn } from "../policy/parameter";
import { citationOf } from "../policy/walk";
import type { RegionPolicy } from "../policy/schema";
import type { PaymentKind, Refusal } from "../vocabulary/result-parts";
import { refusal } from "../i18n/index";
import type { Locale } from "../i18n/locale";
import { mayMakeUp, type Cohort } from "./cohort";
import { hasAnyStatus, hasStatus, type Person } from "./person";
import { paymentYear, type PaymentYear } from "./payment-year";
import { tierTableOf, type TierTable } from "./tier-table";
import { toFen } from "./ledger";
import { latePaymentRules } from "./slots/latePayment";
import { latePaymentSubsidyRules } from "./slots/latePaymentSubsidy";
import { makeUpDateRules } from "./slots/makeUp";
import { payAt60RefusalRules, payAt60Rules } from "./slots/payAt60";
import { paymentsPerYearRules } from "./slots/paymentsPerYear";
import { suspensionPaymentRules } from "./slots/suspension";
import { proxyGroupOn, specialStatusTier, subsidyFor } from "./subsidy";
import type { Trace } from "./trace";

/** One payment entry of a case, validated. */
export interface PaymentEntry {
  /** Position in the case's `payments` array. */
  readonly index: number;
  readonly year: number;
  readonly date: CivilDate;
  readonly amount: Decimal;
  readonly collective: Decimal;
  readonly sponsor: Decimal;
  readonly kind: "regular" | "make-up";
  /** Make-up: how many years it pays. */
  readonly years: number;
}

/** Beibei 趸缴 (BB-LUMP). */
export interface LumpSumEntry {
  readonly date: CivilDate;
  readonly monthlyStandard: Decimal;
}

/** A credit to one account component in one month. */
export interface Credit {
  readonly month: MonthIndex;
  /** Calendar year of the credit's date ("next-year" method). */
  readonly calendarYear: number;
  readonly component: ComponentKind;
  /** Whole fen (every credited amount has at most two decimals). */
  readonly fen: number;
}

export interface EvaluatedPayment {
  readonly year: number;
  readonly date: CivilDate;
  readonly index: number;
  readonly kind: PaymentKind;
  readonly valid: boolean;
  readonly tier: Decimal | null;
  readonly personal: Decimal;
  readonly proxy: Decimal;
  readonly subsidy: Decimal;
  readonly subsidyByLevel: Readonly<Record<string, Decimal>> | null;
  readonly collective: Decimal;
  readonly other: Decimal;
  readonly refusals: readonly Refusal[];
}

/** A moment the contribution count grew (for FIRST-MONTH: when the condition was met). */
export interface ContributionEvent {
  readonly date: CivilDate;
  readonly years: number;
}

export interface PaymentsOutcome {
  readonly payments: readonly EvaluatedPayment[];
  readonly contributionYears: number;
  readonly credits: readonly Credit[];
  /** In date order. */
  readonly contributionEvents: readonly ContributionEvent[];
  /** The lump sum's monthly standard and the month its account pension may start (BB-LUMP). */
  readonly lumpSum: { readonly standard: Decimal; readonly startMonth: MonthIndex } | null;
  /** Month after the last valid old-cohort make-up (QN 补建个人账户), for the account pension start. */
  readonly oldCohortMakeUpMonth: MonthIndex | null;
}

export interface PaymentContext {
  readonly policy: RegionPolicy;
  readonly person: Person;
  readonly asOf: CivilDate;
  readonly cohort: Cohort;
  /** Payments in or after this month are refused: the pension has started (second pass). */
  readonly pensionStart: MonthIndex | null;
  /** The date the account closed (death, emigration, transfer-out), if any. */
  readonly closedOn: CivilDate | null;
  readonly trace: Trace;
  /** The language of refusal messages. */
  readonly locale: Locale;
}

interface Draft {
  readonly entry: PaymentEntry;
  kind: PaymentKind;
  /** {@link NO_REFUSALS} until the first refusal ({@link refuse}): most entries have none. */
  refusals: Refusal[];
  tier: Decimal | null;
  proxy: Decimal;
  subsidy: Decimal;
  subsidyByLevel: Readonly<Record<string, Decimal>> | null;
  /** The payment that completes its year (countYears). */
  completes: boolean;
}

/** The refusals of an entry that has none: shared, frozen (a push would throw), replaced by {@link refuse}. */
const NO_REFUSALS: Refusal[] = Object.freeze([]) as unknown as Refusal[];

/** Add a refusal to an entry. */
function refuse(d: Draft, r: Refusal): void {
  if (d.refusals === NO_REFUSALS) d.refusals = [r];
  else d.refusals.push(r);
}

/** The pension age for a person (the region's parameter on `date`). */
export function pensionAgeOf(
  policy: RegionPolicy,
  person: Person,
  date: CivilDate,
  known: PaymentYear = paymentYear(policy, yearOf(date)),
): number {
  const v = known.pensionAge ?? valueOn(policy.parameters.pensionAge, date).value;
  return person.sex === "female" ? v.female : v.male; // equal in every region's new system
}

/** Clamp a payment date into its contribution year: where that year's tiers are looked up. */
function lookupDate(entry: PaymentEntry): CivilDate {
  const paidIn = yearOf(entry.date); // compared as years: no date strings for a date inside its year
  return paidIn < entry.year ? yearStart(entry.year) : paidIn > entry.year ? yearEnd(entry.year) : entry.date;
}

/**
 * Payments come "in any order": sort by date, then by content (year, kind, larger amount first),
 * never by position, so shuffling the input cannot change the result. Entries equal in every
 * field are interchangeable. Where one payment a year is allowed and two share a date, the larger
 * one is the year's payment: paying more never lowers the account.
 */
export function compareEntries(a: PaymentEntry, b: PaymentEntry): number {
  return (
    (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
    a.year - b.year ||
    (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
    a.years - b.years ||
    b.amount.comparedTo(a.amount) ||
    a.collective.comparedTo(b.collective) ||
    a.sponsor.comparedTo(b.sponsor)
  );
}

/** Σ of a part over entries; the shared ZERO when every part is ZERO, else the sum (one entry: itself). */
function sumOf<T>(xs: readonly T[], part: (x: T) => Decimal): Decimal {
  let sum = ZERO;
  for (const x of xs) {
    const v = part(x);
    if (v !== ZERO) sum = sum === ZERO ? v : sum.plus(v);
  }
  return sum;
}

// Callbacks of the hot path are made once, here, not per call (see person.ts).
const byEntryDate = (a: Draft, b: Draft): number => compareEntries(a.entry, b.entry);
const byMonth = (a: Credit, b: Credit): number => a.month - b.month;
const amountOf = (d: Draft): Decimal => d.entry.amount;
const collectiveOf = (d: Draft): Decimal => d.entry.collective;
const sponsorOf = (d: Draft): Decimal => d.entry.sponsor;
const entryText = (d: Draft): string => `${d.entry.date} ${formatMoney(d.entry.amount)}`;
const wholeYuan = (x: Decimal): string => x.toFixed(0);

/** Whether `amount` equals one of `tiers`. */
function isAmongTiers(tiers: readonly Decimal[], amount: Decimal): boolean {
  for (const t of tiers) if (t.eq(amount)) return true;
  return false;
}

function sortByDate(drafts: Draft[]): Draft[] {
  return drafts.sort(byEntryDate);
}

function draftOf(entry: PaymentEntry): Draft {
  return {
    entry,
    kind: entry.kind === "make-up" ? "make-up" : "regular",
    refusals: NO_REFUSALS,
    tier: null,
    proxy: ZERO,
    subsidy: ZERO,
    subsidyByLevel: null,
    completes: false,
  };
}

/** Refusal common to every entry kind, or null. */
function entryRefusal(ctx: PaymentContext, e: PaymentEntry, known: PaymentYear, birthdays: Birthdays): Refusal | null {
  const { policy, person } = ctx;
  const enr = policy.features.enrollment;
  if (e.date > ctx.asOf) return refusal(ctx.locale, "PAY-VALIDITY", "after-as-of", { date: e.date, asOf: ctx.asOf });
  if (ctx.closedOn !== null && e.date > ctx.closedOn) {
    return refusal(ctx.locale, "PAY-VALIDITY", "after-account-closed", { date: e.date, closedOn: ctx.closedOn });
  }
  const enrolAge = known.enrolAge ?? valueOn(policy.parameters.enrolAge, e.date).value;
  // ageOn(birthDate, date) < enrolAge, as a date comparison: the date is before that birthday.
  if (enrolAge > 0 && e.date < birthdayAt(person, birthdays, enrolAge)) {
    return refusal(ctx.locale, enr.rule, "before-enrolment-age", { date: e.date, age: enrolAge });
  }
  return person.statuses.length === 0 ? pensionStartRefusal(ctx, e) : statusRefusal(ctx, e);
}

/** Refusal of an entry by a status the payer holds on its date, else by the pension's start. */
function statusRefusal(ctx: PaymentContext, e: PaymentEntry): Refusal | null {
  const { policy, person } = ctx;
  const enr = policy.features.enrollment;
  if (hasStatus(person, "student", e.date)) return refusal(ctx.locale, enr.rule, "while-student", { date: e.date });
  if (hasStatus(person, "employee-pension", e.date)) {
    const rule = policy.features.seal?.rule ?? enr.rule;
    return refusal(ctx.locale, rule, "while-employee-pension", { date: e.date });
  }
  const suspension = policy.features.suspension;
  const imprisoned = suspensionPaymentRules[`${suspension.value}`](suspension, ctx.locale, person, e.date);
  return imprisoned ?? pensionStartRefusal(ctx, e);
}

/** Refusal of an entry in or after the pension's first month (second pass), or null. */
function pensionStartRefusal(ctx: PaymentContext, e: PaymentEntry): Refusal | null {
  const { policy } = ctx;
  const pay = policy.features.payAt60;
  // An old-cohort make-up may follow the pension's start (QN 补建个人账户).
  const oldCohortMakeUp = e.kind === "make-up" && ctx.cohort.kind === "old" && mayMakeUp(policy, ctx.cohort);
  if (ctx.pensionStart !== null && monthOf(e.date) >= ctx.pensionStart && !oldCohortMakeUp) {
    const rule = payAt60RefusalRules[pay.value](pay);
    return refusal(ctx.locale, rule, "after-pension-start", { date: e.date });
  }
  return null;
}

/** The person's birthdays by age, found once per evaluation rather than once per payment. */
type Birthdays = Map<number, CivilDate>;

/** The person's birthday at `age` (`known`: those found so far). */
function birthdayAt(person: Person, known: Birthdays, age: number): CivilDate {
  let date = known.get(age);
  if (date === undefined) known.set(age, (date = birthday(person.birthDate, age)));
  return date;
}

/** Refusal of a regular entry for its year and date, or the kind it has. */
function regularKind(
  ctx: PaymentContext,
  e: PaymentEntry,
  known: PaymentYear,
  birthdays: Birthdays,
): Refusal | PaymentKind {
  const { policy, person } = ctx;
  const pensionAge = pensionAgeOf(policy, person, e.date, known);
  const sixtieth = birthdayAt(person, birthdays, pensionAge);
  const at60 = payAt60Rules[policy.features.payAt60.value]({
    policy,
    locale: ctx.locale,
    year: e.year,
    date: e.date,
    pensionAge,
    sixtieth,
  });
  if (at60) return at60;
  // e.date <= the year's deadline, compared as numbers YYYYMMDD: no date string built on time.
  const ofYear = e.year === yearOf(e.date) ? known : paymentYear(policy, e.year); // the contribution year's
  const deadline = ofYear.deadline ?? valueOn(policy.parameters.deadline, lookupDate(e)).value;
  if (dayNumber(e.date) <= (ofYear.due ?? e.year * 10000 + deadline.month * 100 + deadline.day)) return "regular";
  const due = `${e.year}${deadlineSuffix(deadline)}`;
  const late = policy.features.latePayment;
  return latePaymentRules[late.value]({ feature: late, locale: ctx.locale, year: e.year, date: e.date, due });
}

/** A civil date as the number YYYYMMDD (dates compare as these numbers do). */
function dayNumber(date: CivilDate): number {
  return yearOf(date) * 10000 + monthNumberOf(date) * 100 + (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
}

// A deadline's "-MM-DD", once per frozen config value.
const deadlineSuffixes = new WeakMap<object, string>();

function deadlineSuffix(deadline: { readonly month: number; readonly day: number }): string {
  let suffix = deadlineSuffixes.get(deadline);
  if (suffix === undefined) {
    suffix = `-${String(deadline.month).padStart(2, "0")}-${String(deadline.day).padStart(2, "0")}`;
    deadlineSuffixes.set(deadline, suffix);
  }
  return suffix;
}

/** The tier table in force on `date` (a date of its contribution year). */
function tierTableOn(
  policy: RegionPolicy,
  date: CivilDate,
  known: PaymentYear = paymentYear(policy, yearOf(date)),
): TierTable {
  return known.tiers ?? tierTableOf(valueOn(policy.parameters.tiers, date).value);
}

/** Whether the person may pay more than the table's general tiers on `date`: reserved tiers or `extra`. */
function hasMoreTiers(table: TierTable, person: Person, extra: string | undefined): boolean {
  return extra !== undefined || (table.reserved !== null && person.statuses.length > 0);
}

/**
 * The tiers open to the person in the table in force on `date`: the general list, the tiers
 * reserved for a status the person holds on `date`, and `extra` (a proxy group's own tier).
 */
function tierSet(policy: RegionPolicy, person: Person, date: CivilDate, extra: string | undefined): readonly Decimal[] {
  const table = tierTableOn(policy, date);
  if (!hasMoreTiers(table, person, extra)) return table.tiers;
  const more: string[] = [];
  for (const r of table.reserved ?? []) if (hasAnyStatus(person, r.statuses, date)) more.push(r.tier);
  if (extra !== undefined) more.push(extra);
  if (more.length === 0) return table.tiers;
  const tiers = [...table.tiers];
  for (const t of more) tiers.push(new Decimal(t));
  return tiers;
}

/**
 * Whether a year's total is a tier for the person (PAY-VALIDITY): a status's own tier of a
 * published special subsidy (looked up first: it needs no tier table), else a tier of the table in
 * force on `date`.
 */
function matchTier(
  policy: RegionPolicy,
  person: Person,
  total: Decimal,
  date: CivilDate,
  extra: string | undefined,
  known: PaymentYear,
): { ok: boolean; tiers: readonly Decimal[]; statusTier: StatusKind | null } {
  const statusTier = specialStatusTier(policy, person, total, date);
  if (statusTier !== null) return { ok: true, tiers: [total], statusTier };
  const table = tierTableOn(policy, date, known);
  if (!hasMoreTiers(table, person, extra) && total.decimalPlaces() <= 2)
    return { ok: table.lookup.has(formatMoney(total)), tiers: table.tiers, statusTier: null };
  const tiers = tierSet(policy, person, date, extra);
  const lookup = tiers === table.tiers ? table.lookup : undefined; // no reserved tier of the person's
  const ok =
    lookup !== undefined && total.decimalPlaces() <= 2 ? lookup.has(formatMoney(total)) : isAmongTiers(tiers, total);
  return { ok, tiers, statusTier: null };
}

// A table's tiers as text, once per (cached) tier list: a year refused as not a tier names them.
const tierTexts = new WeakMap<readonly Decimal[], string>();

function formatTiers(tiers: readonly Decimal[]): string {
  let t = tierTexts.get(tiers);
  if (t === undefined) tierTexts.set(tiers, (t = tiers.map(wholeYuan).join(" / ")));
  return t;
}

/**
 * Evaluate a person's payments (PAY-VALIDITY, the region's PAY rules, SUB, PROXY, MAKE-UP,
 * CONTRIBUTION-YEARS): each entry's validity, kind, tier, proxy part and subsidy; the credits to
 * the account; and the contribution years. Pure: the entries are not mutated.
 */
export function evaluatePayments(
  ctx: PaymentContext,
  entries: readonly PaymentEntry[],
  lumpSum: LumpSumEntry | null,
): PaymentsOutcome {
  const drafts = sortByDate(entries.map(draftOf));
  checkEntries(ctx, drafts);
  const byYear = yearsOf(drafts);
  for (const [year, list] of byYear) settleYear(ctx, year, list);
  checkMakeUps(ctx, drafts);
  const count = countYears(ctx, drafts, byYear);
  const credits: Credit[] = [];
  const payments = results(ctx, drafts, credits);
  const lump = lumpSum ? evaluateLumpSum(ctx, lumpSum) : null;
  if (lump) {
    payments.list.push(lump.payment);
    const at = lumpSum!.date;
    if (lump.payment.valid) credit(credits, monthOf(at), yearOf(at), "personal", lump.payment.personal);
  }
  sortResults(drafts, payments, credits);
  if (ctx.trace.on)
    ctx.trace.add(
      "CONTRIBUTION-YEARS",
      "docs/rules.md CONTRIBUTION-YEARS",
      { years: count.counted, makeUp: count.total - count.counted },
      String(count.total),
    );
  return {
    payments: payments.list,
    contributionYears: count.total,
    credits,
    contributionEvents: count.events,
    lumpSum: lump?.payment.valid
      ? { standard: lumpSum!.monthlyStandard, startMonth: monthOf(lumpSum!.date) + 1 }
      : null,
    oldCohortMakeUpMonth: payments.oldCohortMakeUpMonth,
  };
}

/** 1. Entry checks: refusals common to every entry, then a regular entry's kind. */
function checkEntries(ctx: PaymentContext, drafts: readonly Draft[]): void {
  const birthdays: Birthdays = new Map();
  for (const d of drafts) {
    // The parameters of the year of the payment's date (read once for all its checks).
    const known = paymentYear(ctx.policy, yearOf(d.entry.date));
    const r = entryRefusal(ctx, d.entry, known, birthdays);
    if (r) {
      refuse(d, r);
      continue;
    }
    if (d.kind === "make-up") continue;
    const k = regularKind(ctx, d.entry, known, birthdays);
    if (typeof k === "string") d.kind = k;
    else refuse(d, k);
  }
}

/** 2. The unrefused regular entries by contribution year, in date order. */
function yearsOf(drafts: readonly Draft[]): Map<number, Draft[]> {
  const byYear = new Map<number, Draft[]>();
  for (const d of drafts) {
    if (d.kind === "make-up" || d.refusals.length) continue;
    const list = byYear.get(d.entry.year);
    if (list === undefined) byYear.set(d.entry.year, [d]);
    else list.push(d);
  }
  return byYear;
}

/**
 * 2. A year: one payment a year where the text says so (paymentsPerYear); the year's total with
 * the proxy part must be a tier and the collective part within its cap; then the proxy part and
 * the subsidy (latePaymentSubsidy).
 */
function settleYear(ctx: PaymentContext, year: number, list: Draft[]): void {
  const { policy, person, trace } = ctx;
  const perYear = policy.features.paymentsPerYear;
  paymentsPerYearRules[perYear.value]({ feature: perYear, locale: ctx.locale, year, list, refuse });
  const first = list[0]!;
  const last = list[list.length - 1]!;
  const yearKind = first.kind; // a late entry of a multi-payment year is refused above
  const withAid = latePaymentSubsidyRules[`${policy.features.latePaymentSubsidy.value}`](yearKind);
  const date = lookupDate(last.entry);
  // The proxy group by the status on the payment's date; its amount from the contribution year's table.
  // (Only a person with a status can be in a group: proxyGroupOn is null without one.)
  const group =
    withAid && person.statuses.length > 0
      ? proxyGroupOn(policy, person, first.entry.date, lookupDate(first.entry))
      : null;
  const proxy = group ? new Decimal(group.amount) : ZERO;
  const paid = sumOf(list, amountOf);
  const tier = proxy === ZERO ? paid : paid.plus(proxy);
  const known = paymentYear(policy, year); // `date` is a date of the contribution year
  const match = matchTier(policy, person, tier, date, group?.tier, known);
  if (!match.ok) {
    for (const d of list) {
      refuse(
        d,
        refusal(ctx.locale, "PAY-VALIDITY", "not-a-tier", {
          year,
          paid: formatMoney(paid),
          proxy: proxy.isZero() ? undefined : formatMoney(proxy),
          tier: formatMoney(tier),
          tiers: formatTiers(match.tiers),
        }),
      );
    }
    return;
  }
  if (collectiveAboveCap(ctx, year, list, date)) return;
  for (const d of list) d.tier = tier;
  if (group) {
    first.proxy = proxy;
    const p = policy.parameters.proxy!;
    if (trace.on)
      trace.add(
        p.id,
        valueOn(p, lookupDate(first.entry)).citation,
        { year, statuses: group.statuses.join("|") },
        formatMoney(proxy),
      );
  }
  if (withAid) {
    const s = subsidyFor(policy, person, tier, date, trace, match.statusTier, known);
    last.subsidy = s.amount;
    last.subsidyByLevel = s.byLevel;
  } else {
    const f = policy.features.latePaymentSubsidy;
    if (trace.on) trace.add(f.rule, f.citation, { year, kind: yearKind }, "0.00", trace.say("pay.no-subsidy", {}));
    last.subsidyByLevel = null;
  }
  if (trace.on) traceYear(ctx, year, list, yearKind, paid, proxy, tier);
}

/** The collective part of a year above the region's cap (CX): refuses the year's entries. */
function collectiveAboveCap(ctx: PaymentContext, year: number, list: readonly Draft[], date: CivilDate): boolean {
  const collectiveCap = ctx.policy.parameters.collectiveCap;
  if (!collectiveCap) return false;
  const collective = sumOf(list, collectiveOf);
  const cap = valueOn(collectiveCap, date);
  if (!collective.gt(cap.value)) return false;
  for (const d of list)
    refuse(
      d,
      refusal(ctx.locale, collectiveCap.id, "collective-above-cap", {
        year,
        collective: formatMoney(collective),
        cap: String(cap.value),
        citation: cap.citation,
      }),
    );
  return true;
}

/** The trace step of a valid year, under the rule of its kind (paymentsPerYear or latePayment). */
function traceYear(
  ctx: PaymentContext,
  year: number,
  list: readonly Draft[],
  yearKind: PaymentKind,
  paid: Decimal,
  proxy: Decimal,
  tier: Decimal,
): void {
  const { policy, trace } = ctx;
  const first = list[0]!;
  const kindRule = yearKind === "regular" ? policy.features.paymentsPerYear : policy.features.latePayment;
  const paidText = formatMoney(paid);
  trace.add(
    kindRule.rule,
    kindRule.citation,
    {
      year,
      entries: list.length === 1 ? `${first.entry.date} ${paidText}` : list.map(entryText).join(" + "),
      paid: paidText,
      proxy: formatMoney(proxy),
      collective: formatMoney(sumOf(list, collectiveOf)),
      sponsor: formatMoney(sumOf(list, sponsorOf)),
    },
    trace.say("pay.at-tier", { kind: yearKind, tier: proxy === ZERO ? paidText : formatMoney(tier) }),
  );
}

/** 3. Make-up (补足): allowed cohorts, a tier per year (the COHORT cap is checked in countYears). */
function checkMakeUps(ctx: PaymentContext, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (d.kind !== "make-up" || d.refusals.length) continue;
    const r = makeUpRefusal(ctx, d.entry);
    if (r) refuse(d, r);
    else d.tier = d.entry.amount.dividedBy(d.entry.years);
  }
}

interface YearCount {
  readonly events: ContributionEvent[];
  /** Distinct regular years counted. */
  counted: number;
  /** Contribution years, make-up years included. */
  total: number;
}

/** 4. COHORT cap: a back-payment or make-up that would take the total above the cap is refused. */
function countYears(ctx: PaymentContext, drafts: readonly Draft[], byYear: ReadonlyMap<number, Draft[]>): YearCount {
  const count: YearCount = { events: [], counted: 0, total: 0 };
  markCompletions(byYear);
  const cap = ctx.cohort.cap;
  for (const d of drafts) {
    if (d.refusals.length) continue;
    const e = d.entry;
    if (d.kind === "make-up") {
      countMakeUp(ctx, d, count);
      continue;
    }
    if (!d.completes) continue; // the year is counted once, at the payment that completes it
    if (d.kind === "back-payment" && cap !== null && count.total + 1 > cap) {
      for (const x of byYear.get(e.year) ?? []) {
        refuse(x, refusal(ctx.locale, "COHORT", "back-payment-above-cap", { year: e.year, cap }));
      }
      continue;
    }
    count.counted += 1;
    count.total += 1;
    count.events.push({ date: e.date, years: 1 });
  }
  return count;
}

/**
 * The payment that completes each year: the first valid one dated as the year's last valid one
 * (the year's list is in date order). A year refused above the cap is refused whole, so no later
 * payment of it is looked at.
 */
function markCompletions(byYear: ReadonlyMap<number, Draft[]>): void {
  for (const list of byYear.values()) {
    let last = list.length - 1;
    while (last >= 0 && list[last]!.refusals.length) last--;
    if (last < 0) continue;
    const date = list[last]!.entry.date;
    let first = last;
    while (first > 0 && (list[first - 1]!.refusals.length || list[first - 1]!.entry.date === date)) first--;
    while (list[first]!.refusals.length) first++;
    list[first]!.completes = true;
  }
}

/** A make-up's years, unless they take the total above the cohort's cap. */
function countMakeUp(ctx: PaymentContext, d: Draft, count: YearCount): void {
  const e = d.entry;
  const cap = ctx.cohort.cap;
  if (cap !== null && count.total + e.years > cap) {
    refuse(
      d,
      refusal(ctx.locale, "COHORT", "make-up-above-cap", { years: e.years, total: count.total + e.years, cap }),
    );
    return;
  }
  count.total += e.years;
  count.events.push({ date: e.date, years: e.years });
  if (ctx.trace.on)
    ctx.trace.add(
      "MAKE-UP",
      ctx.policy.features.makeUp.citation,
      { years: e.years, amount: formatMoney(e.amount) },
      ctx.trace.say("pay.years", { years: count.total }),
    );
}

/** A credit of a nonzero amount to one component in `month` (of `calendarYear`). */
function credit(
  credits: Credit[],
  month: MonthIndex,
  calendarYear: number,
  component: ComponentKind,
  amount: Decimal,
): void {
  if (amount === ZERO || amount.isZero()) return; // ZERO: the shared zero of every part not paid
  credits.push({ month, calendarYear, component, fen: toFen(amount) });
}

/** 5. Results and credits: each entry's result, its refusals traced, a valid entry's credits. */
function results(
  ctx: PaymentContext,
  drafts: readonly Draft[],
  credits: Credit[],
): { list: EvaluatedPayment[]; oldCohortMakeUpMonth: MonthIndex | null } {
  const { policy, trace } = ctx;
  const list: EvaluatedPayment[] = [];
  let oldCohortMakeUpMonth: MonthIndex | null = null;
  for (const d of drafts) {
    const e = d.entry;
    const valid = d.refusals.length === 0;
    if (trace.on)
      for (const r of d.refusals) {
        trace.add(
          r.rule,
          citationOf(policy, r.rule) ?? `docs/rules.md ${r.rule}`,
          { year: e.year, date: e.date, amount: formatMoney(e.amount), kind: d.kind },
          trace.say("pay.refused", {}),
          r.message,
        );
      }
    if (valid) {
      // The month and calendar year of the credits, read from the date once per payment.
      const month = monthOf(e.date);
      const calendarYear = yearOf(e.date);
      credit(credits, month, calendarYear, "personal", e.amount);
      credit(credits, month, calendarYear, "proxy", d.proxy);
      credit(credits, month, calendarYear, "subsidy", d.subsidy);
      credit(credits, month, calendarYear, "collective", e.collective);
      credit(credits, month, calendarYear, "other", e.sponsor);
      if (d.kind === "make-up" && ctx.cohort.kind === "old") oldCohortMakeUpMonth = monthOf(e.date) + 1;
    }
    list.push(resultOf(d, valid));
  }
  return { list, oldCohortMakeUpMonth };
}

function resultOf(d: Draft, valid: boolean): EvaluatedPayment {
  const e = d.entry;
  return {
    year: e.year,
    date: e.date,
    index: e.index,
    kind: d.kind,
    valid,
    tier: valid ? d.tier : null,
    personal: valid ? e.amount : ZERO,
    proxy: valid ? d.proxy : ZERO,
    subsidy: valid ? d.subsidy : ZERO,
    subsidyByLevel: valid ? d.subsidyByLevel : null,
    collective: valid ? e.collective : ZERO,
    other: valid ? e.sponsor : ZERO,
    refusals: d.refusals,
  };
}

/** Output order: year, then date, then content (as the evaluation order), never input position. */
function sortResults(drafts: readonly Draft[], payments: { list: EvaluatedPayment[] }, credits: Credit[]): void {
  credits.sort(byMonth);
  // Results are made in evaluation order (a lump sum last): most lists are in output order already.
  if (inOutputOrder(payments.list, drafts.length)) return;
  const order = new Map<number, number>();
  for (let i = 0; i < drafts.length; i++) order.set(drafts[i]!.entry.index, i);
  const ranked: Ranked[] = [];
  for (const p of payments.list) ranked.push([p, order.get(p.index) ?? -1]);
  ranked.sort(byYearDateRank);
  for (let i = 0; i < ranked.length; i++) payments.list[i] = ranked[i]![0];
}

/** A result with its place in evaluation order. */
type Ranked = readonly [EvaluatedPayment, number];
const byYearDateRank = ([a, ra]: Ranked, [b, rb]: Ranked): number =>
  a.year - b.year || (a.date < b.date ? -1 : a.date > b.date ? 1 : ra - rb);

/**
 * Whether the results, the first `n` in evaluation order and then a lump sum (evaluation order −1),
 * are in output order already: the stable sort of sortResults would leave them as they are.
 */
function inOutputOrder(list: readonly EvaluatedPayment[], n: number): boolean {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1]!;
    const b = list[i]!;
    const byOrder = (i < n ? i : -1) - (i - 1 < n ? i - 1 : -1);
    const c = a.year - b.year || (a.date < b.date ? -1 : a.date > b.date ? 1 : byOrder < 0 ? 1 : -1);
    if (c > 0) return false;
  }
  return true;
}

function makeUpRefusal(ctx: PaymentContext, e: PaymentEntry): Refusal | null {
  const { policy, person, cohort } = ctx;
  const f = policy.features.makeUp;
  if (!mayMakeUp(policy, cohort))
    return refusal(ctx.locale, "MAKE-UP", "make-up-not-allowed", {
      cohort: cohort.kind,
      region: policy.name,
      regionZh: policy.nameZh,
      citation: f.citation,
    });
  const early = makeUpDateRules[f.value]({
    feature: f,
    locale: ctx.locale,
    date: e.date,
    birthDate: person.birthDate,
    pensionAge: () => pensionAgeOf(policy, person, e.date),
  });
  if (early) return early;
  // The tier table in force on the make-up payment's date (MAKE-UP), with the person's reserved tiers.
  const perYear = e.amount.dividedBy(e.years);
  const tiers = tierSet(policy, person, e.date, undefined);
  if (!isAmongTiers(tiers, perYear)) {
    return refusal(ctx.locale, "MAKE-UP", "make-up-not-a-tier", {
      amount: formatMoney(e.amount),
      years: e.years,
      perYear: perYear.toDecimalPlaces(2).toFixed(2),
      tiers: formatTiers(tiers),
    });
  }
  return null;
}

function evaluateLumpSum(ctx: PaymentContext, l: LumpSumEntry): { payment: EvaluatedPayment } {
  const { policy, person, cohort, trace } = ctx;
  const param = policy.parameters.lumpSum;
  const refuse = (r: Refusal): { payment: EvaluatedPayment } => ({ payment: lumpSumPayment(l, null, [r]) });
  const L = ctx.locale;
  if (!param)
    return refuse(refusal(L, "PAY-VALIDITY", "no-lump-sum", { region: policy.name, regionZh: policy.nameZh }));
  if (l.date > ctx.asOf) return refuse(refusal(L, "PAY-VALIDITY", "after-as-of", { date: l.date, asOf: ctx.asOf }));
  if (cohort.kind !== "old") return refuse(refusal(L, param.id, "lump-sum-cohort", {}));
  if (ctx.closedOn !== null && l.date > ctx.closedOn)
    return refuse(refusal(L, "PAY-VALIDITY", "after-account-closed", { date: l.date, closedOn: undefined }));
  const seg = valueOn(param, l.date);
  if (!seg.value.standards.some((s) => l.monthlyStandard.eq(s))) {
    return refuse(
      refusal(L, param.id, "lump-sum-standard", {
        standard: formatMoney(l.monthlyStandard),
        standards: seg.value.standards.join(" / "),
      }),
    );
  }
  // M = months from the payment month to the 75th birthday's month; 60 when fewer or past 75.
  const end = birthday(person.birthDate, seg.value.untilAge);
  const months = monthOf(end) - monthOf(l.date);
  const m = months < seg.value.minMonths ? seg.value.minMonths : months;
  const amount = roundFen(l.monthlyStandard.times(m));
  trace.add(
    param.id,
    seg.citation,
    {
      monthlyStandard: formatMoney(l.monthlyStandard),
      months: m,
      birthday75: end,
      paymentMonth: `${yearOf(l.date)}-${String(monthNumberOf(l.date)).padStart(2, "0")}`,
    },
    formatMoney(amount),
    seg.note,
  );
  return { payment: lumpSumPayment(l, amount, []) };
}

/** The lump sum's result: valid with its amount, or refused (`amount` null). */
function lumpSumPayment(l: LumpSumEntry, amount: Decimal | null, refusals: Refusal[]): EvaluatedPayment {
  return {
    year: yearOf(l.date),
    date: l.date,
    index: -1,
    kind: "lump-sum",
    valid: amount !== null,
    tier: null,
    personal: amount ?? ZERO,
    proxy: ZERO,
    subsidy: ZERO,
    subsidyByLevel: null,
    collective: ZERO,
    other: ZERO,
    refusals,
  };
}
