import { Decimal, formatMoney, roundFen, ZERO } from "../money";
import {
  ageOn,
  birthday,
  firstDayOf,
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
import { tierListOf, type RegionPolicy } from "../policy/schema";
import type { PaymentKind, Refusal } from "../vocabulary/result-parts";
import { refusal } from "../i18n/index";
import type { Locale } from "../i18n/locale";
import { mayMakeUp, type Cohort } from "./cohort";
import { hasStatus, type Person } from "./person";
import { toFen } from "./ledger";
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
  refusals: Refusal[];
  tier: Decimal | null;
  proxy: Decimal;
  subsidy: Decimal;
  subsidyByLevel: Readonly<Record<string, Decimal>> | null;
}

/** The pension age for a person (the region's parameter on `date`). */
export function pensionAgeOf(policy: RegionPolicy, person: Person, date: CivilDate): number {
  const v = valueOn(policy.parameters.pensionAge, date).value;
  return person.sex === "female" ? v.female : v.male; // equal in every region's new system
}

/** Clamp a payment date into its contribution year: where that year's tiers are looked up. */
function lookupDate(entry: PaymentEntry): CivilDate {
  const start = yearStart(entry.year);
  const end = yearEnd(entry.year);
  return entry.date < start ? start : entry.date > end ? end : entry.date;
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

function sortByDate(xs: readonly PaymentEntry[]): PaymentEntry[] {
  return [...xs].sort(compareEntries);
}

/** Refusal common to every entry kind, or null. */
function entryRefusal(ctx: PaymentContext, e: PaymentEntry): Refusal | null {
  const { policy, person } = ctx;
  const enr = policy.features.enrollment;
  const pay = policy.features.payAt60;
  if (e.date > ctx.asOf) return refusal(ctx.locale, "PAY-VALIDITY", "after-as-of", { date: e.date, asOf: ctx.asOf });
  if (ctx.closedOn !== null && e.date > ctx.closedOn) {
    return refusal(ctx.locale, "PAY-VALIDITY", "after-account-closed", { date: e.date, closedOn: ctx.closedOn });
  }
  const enrolAge = valueOn(policy.parameters.enrolAge, e.date).value;
  if (ageOn(person.birthDate, e.date) < enrolAge) {
    return refusal(ctx.locale, enr.rule, "before-enrolment-age", { date: e.date, age: enrolAge });
  }
  if (hasStatus(person, "student", e.date)) return refusal(ctx.locale, enr.rule, "while-student", { date: e.date });
  if (hasStatus(person, "employee-pension", e.date)) {
    const rule = policy.features.seal?.rule ?? enr.rule;
    return refusal(ctx.locale, rule, "while-employee-pension", { date: e.date });
  }
  if (policy.features.suspension.value && hasStatus(person, "imprisoned", e.date)) {
    return refusal(ctx.locale, "QN-PRISON", "while-imprisoned", { date: e.date });
  }
  const oldCohortMakeUp =
    e.kind === "make-up" && ctx.cohort.kind === "old" && policy.features.makeUp.value === "cohorts-1-2";
  if (ctx.pensionStart !== null && monthOf(e.date) >= ctx.pensionStart && !oldCohortMakeUp) {
    const rule = pay.value === "before-birthday-month" ? pay.rule : "PAY-VALIDITY";
    return refusal(ctx.locale, rule, "after-pension-start", { date: e.date });
  }
  return null;
}

/** Refusal of a regular entry for its year and date, or the kind it has. */
function regularKind(ctx: PaymentContext, e: PaymentEntry): Refusal | PaymentKind {
  const { policy, person } = ctx;
  const pensionAge = pensionAgeOf(policy, person, e.date);
  const sixtieth = birthday(person.birthDate, pensionAge);
  const at60 = policy.features.payAt60;
  if (e.date < yearStart(e.year)) {
    // QN-PAY-AT-60: the 60th year is paid before the birthday's month; when that month opens the
    // year (a January birthday), the only such month is the one before it, in the previous year.
    const monthBefore = firstDayOf(monthOf(sixtieth) - 1);
    const before =
      at60.value === "before-birthday-month" &&
      e.year === yearOf(sixtieth) &&
      monthOf(sixtieth) === monthOf(yearStart(e.year));
    if (!before || e.date < monthBefore)
      return refusal(ctx.locale, "PAY-VALIDITY", "before-contribution-year", { date: e.date, year: e.year });
  }
  if (e.year > yearOf(sixtieth)) {
    return refusal(
      ctx.locale,
      at60.value === "before-birthday-month" ? at60.rule : "PAY-VALIDITY",
      "after-pension-age-year",
      { year: e.year, age: pensionAge, birthday: sixtieth },
    );
  }
  if (at60.value === "before-birthday-month" && e.year === yearOf(sixtieth) && e.date >= `${sixtieth.slice(0, 7)}-01`) {
    return refusal(ctx.locale, at60.rule, "pension-age-year-late", { age: pensionAge, month: sixtieth.slice(0, 7) });
  }
  const deadline = valueOn(policy.parameters.deadline, lookupDate(e)).value;
  const due = `${e.year}-${String(deadline.month).padStart(2, "0")}-${String(deadline.day).padStart(2, "0")}`;
  if (e.date <= due) return "regular";
  const late = policy.features.latePayment;
  if (late.value === "refused")
    return refusal(ctx.locale, late.rule, "after-deadline", { date: e.date, due, citation: late.citation });
  if (late.value === "next-year" && yearOf(e.date) > e.year + 1) {
    return refusal(ctx.locale, late.rule, "back-payment-window", { date: e.date, next: e.year + 1 });
  }
  return "back-payment";
}

// Tier lists are frozen config arrays: their Decimal form is computed once per array.
const decimalTiers = new WeakMap<readonly string[], readonly Decimal[]>();

/**
 * The tiers open to the person in the table in force on `date`: the general list, the tiers
 * reserved for a status the person holds on `date`, and `extra` (a proxy group's own tier).
 */
function tierSet(policy: RegionPolicy, person: Person, date: CivilDate, extra: string | undefined): readonly Decimal[] {
  const value = valueOn(policy.parameters.tiers, date).value;
  const raw = tierListOf(value);
  let tiers = decimalTiers.get(raw);
  if (!tiers) decimalTiers.set(raw, (tiers = raw.map((t) => new Decimal(t))));
  const more: string[] = [];
  if ("reserved" in value)
    for (const r of value.reserved) if (r.statuses.some((k) => hasStatus(person, k, date))) more.push(r.tier);
  if (extra !== undefined) more.push(extra);
  return more.length === 0 ? tiers : [...tiers, ...more.map((t) => new Decimal(t))];
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
): { ok: boolean; tiers: readonly Decimal[]; statusTier: StatusKind | null } {
  const statusTier = specialStatusTier(policy, person, total, date);
  if (statusTier !== null) return { ok: true, tiers: [total], statusTier };
  const tiers = tierSet(policy, person, date, extra);
  return { ok: tiers.some((t) => t.eq(total)), tiers, statusTier: null };
}

function formatTiers(tiers: readonly Decimal[]): string {
  return tiers.map((t) => t.toFixed(0)).join(" / ");
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
  const { policy, person, trace } = ctx;
  const drafts = sortByDate(entries).map<Draft>((entry) => ({
    entry,
    kind: entry.kind === "make-up" ? "make-up" : "regular",
    refusals: [],
    tier: null,
    proxy: ZERO,
    subsidy: ZERO,
    subsidyByLevel: null,
  }));

  // 1. Entry checks.
  for (const d of drafts) {
    const r = entryRefusal(ctx, d.entry);
    if (r) {
      d.refusals.push(r);
      continue;
    }
    if (d.kind === "make-up") continue;
    const k = regularKind(ctx, d.entry);
    if (typeof k === "string") d.kind = k;
    else d.refusals.push(k);
  }

  // 2. Years: one payment a year where the text says so; the year's total must be a tier.
  const byYear = new Map<number, Draft[]>();
  for (const d of drafts) {
    if (d.kind === "make-up" || d.refusals.length) continue;
    const list = byYear.get(d.entry.year) ?? [];
    list.push(d);
    byYear.set(d.entry.year, list);
  }
  const perYear = policy.features.paymentsPerYear;
  for (const [year, list] of byYear) {
    if (perYear.value === "one" && list.length > 1) {
      for (const extra of list.splice(1)) {
        extra.refusals.push(refusal(ctx.locale, perYear.rule, "second-payment", { year, citation: perYear.citation }));
      }
    }
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const yearKind = first.kind; // a late entry of a multi-payment year is refused above
    const withAid = yearKind === "regular" || policy.features.latePaymentSubsidy.value;
    const date = lookupDate(last.entry);
    // The proxy group by the status on the payment's date; its amount from the contribution year's table.
    const group = withAid ? proxyGroupOn(policy, person, first.entry.date, lookupDate(first.entry)) : null;
    const proxy = group ? new Decimal(group.amount) : ZERO;
    const paid = sumOf(list, (d) => d.entry.amount);
    const tier = proxy === ZERO ? paid : paid.plus(proxy);
    const match = matchTier(policy, person, tier, date, group?.tier);
    if (!match.ok) {
      for (const d of list) {
        d.refusals.push(
          refusal(ctx.locale, "PAY-VALIDITY", "not-a-tier", {
            year,
            paid: paid.toFixed(2),
            proxy: proxy.isZero() ? undefined : proxy.toFixed(2),
            tier: tier.toFixed(2),
            tiers: formatTiers(match.tiers),
          }),
        );
      }
      continue;
    }
    const collectiveCap = policy.parameters.collectiveCap;
    if (collectiveCap) {
      const collective = sumOf(list, (d) => d.entry.collective);
      const cap = valueOn(collectiveCap, date);
      if (collective.gt(cap.value)) {
        for (const d of list)
          d.refusals.push(
            refusal(ctx.locale, collectiveCap.id, "collective-above-cap", {
              year,
              collective: collective.toFixed(2),
              cap: String(cap.value),
              citation: cap.citation,
            }),
          );
        continue;
      }
    }
    for (const d of list) d.tier = tier;
    if (group) {
      first.proxy = proxy;
      const p = policy.parameters.proxy!;
      if (trace.on)
        trace.add(
          p.id,
          valueOn(p, lookupDate(first.entry)).citation,
          { year, statuses: group.statuses.join("|") },
          proxy.toFixed(2),
        );
    }
    if (withAid) {
      const s = subsidyFor(policy, person, tier, date, trace, match.statusTier);
      last.subsidy = s.amount;
      last.subsidyByLevel = s.byLevel;
    } else {
      const f = policy.features.latePaymentSubsidy;
      trace.add(f.rule, f.citation, { year, kind: yearKind }, "0.00", trace.say("pay.no-subsidy", {}));
      last.subsidyByLevel = null;
    }
    if (!trace.on) continue;
    const kindRule = yearKind === "regular" ? perYear : policy.features.latePayment;
    const collective = sumOf(list, (d) => d.entry.collective);
    const sponsor = sumOf(list, (d) => d.entry.sponsor);
    const paidText = formatMoney(paid);
    trace.add(
      kindRule.rule,
      kindRule.citation,
      {
        year,
        entries:
          list.length === 1
            ? `${first.entry.date} ${paidText}`
            : list.map((d) => `${d.entry.date} ${formatMoney(d.entry.amount)}`).join(" + "),
        paid: paidText,
        proxy: formatMoney(proxy),
        collective: formatMoney(collective),
        sponsor: formatMoney(sponsor),
      },
      trace.say("pay.at-tier", { kind: yearKind, tier: proxy === ZERO ? paidText : formatMoney(tier) }),
    );
  }

  // 3. Make-up (补足): allowed cohorts, a tier per year, and the COHORT cap below.
  for (const d of drafts) {
    if (d.kind !== "make-up" || d.refusals.length) continue;
    const r = makeUpRefusal(ctx, d.entry);
    if (r) d.refusals.push(r);
    else d.tier = d.entry.amount.dividedBy(d.entry.years);
  }

  // 4. COHORT cap: a back-payment or make-up that would take the total above 15 is refused.
  const events: ContributionEvent[] = [];
  const counted = new Set<number>();
  let total = 0;
  const yearCompletion = new Map<number, CivilDate>();
  for (const [year, list] of byYear) {
    const valid = list.filter((d) => !d.refusals.length);
    if (valid.length) yearCompletion.set(year, valid[valid.length - 1]!.entry.date);
  }
  for (const d of drafts) {
    if (d.refusals.length) continue;
    const e = d.entry;
    if (d.kind === "make-up") {
      if (ctx.cohort.cap !== null && total + e.years > ctx.cohort.cap) {
        d.refusals.push(
          refusal(ctx.locale, "COHORT", "make-up-above-cap", {
            years: e.years,
            total: total + e.years,
            cap: ctx.cohort.cap,
          }),
        );
        continue;
      }
      total += e.years;
      events.push({ date: e.date, years: e.years });
      trace.add(
        "MAKE-UP",
        policy.features.makeUp.citation,
        { years: e.years, amount: e.amount.toFixed(2) },
        trace.say("pay.years", { years: total }),
      );
      continue;
    }
    if (counted.has(e.year) || yearCompletion.get(e.year) !== e.date) continue;
    if (d.kind === "back-payment" && ctx.cohort.cap !== null && total + 1 > ctx.cohort.cap) {
      for (const x of byYear.get(e.year) ?? []) {
        x.refusals.push(refusal(ctx.locale, "COHORT", "back-payment-above-cap", { year: e.year, cap: ctx.cohort.cap }));
      }
      continue;
    }
    counted.add(e.year);
    total += 1;
    events.push({ date: e.date, years: 1 });
  }

  // 5. Results and credits.
  const credits: Credit[] = [];
  const credit = (date: CivilDate, component: ComponentKind, amount: Decimal): void => {
    if (!amount.isZero())
      credits.push({ month: monthOf(date), calendarYear: yearOf(date), component, fen: toFen(amount) });
  };
  const payments: EvaluatedPayment[] = [];
  let oldCohortMakeUpMonth: MonthIndex | null = null;
  for (const d of drafts) {
    const e = d.entry;
    const valid = d.refusals.length === 0;
    if (trace.on)
      for (const r of d.refusals) {
        trace.add(
          r.rule,
          citationOf(policy, r.rule) ?? `docs/rules.md ${r.rule}`,
          { year: e.year, date: e.date, amount: e.amount.toFixed(2), kind: d.kind },
          trace.say("pay.refused", {}),
          r.message,
        );
      }
    if (valid) {
      credit(e.date, "personal", e.amount);
      credit(e.date, "proxy", d.proxy);
      credit(e.date, "subsidy", d.subsidy);
      credit(e.date, "collective", e.collective);
      credit(e.date, "other", e.sponsor);
      if (d.kind === "make-up" && ctx.cohort.kind === "old") oldCohortMakeUpMonth = monthOf(e.date) + 1;
    }
    payments.push({
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
    });
  }

  const lump = lumpSum ? evaluateLumpSum(ctx, lumpSum) : null;
  if (lump) {
    payments.push(lump.payment);
    if (lump.payment.valid) credit(lumpSum!.date, "personal", lump.payment.personal);
  }

  // Output order: year, then date, then content (as the evaluation order), never input position.
  const order = new Map(drafts.map((d, i) => [d.entry.index, i]));
  payments.sort(
    (a, b) =>
      a.year - b.year ||
      (a.date < b.date ? -1 : a.date > b.date ? 1 : (order.get(a.index) ?? -1) - (order.get(b.index) ?? -1)),
  );
  credits.sort((a, b) => a.month - b.month);
  trace.add(
    "CONTRIBUTION-YEARS",
    "docs/rules.md CONTRIBUTION-YEARS",
    { years: counted.size, makeUp: total - counted.size },
    String(total),
  );
  return {
    payments,
    contributionYears: total,
    credits,
    contributionEvents: events,
    lumpSum: lump?.payment.valid
      ? { standard: lumpSum!.monthlyStandard, startMonth: monthOf(lumpSum!.date) + 1 }
      : null,
    oldCohortMakeUpMonth,
  };
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
  if (f.value === "cohort-2-at-60") {
    const at = birthday(person.birthDate, pensionAgeOf(policy, person, e.date));
    if (e.date < at) return refusal(ctx.locale, f.rule, "make-up-before-60", { date: at });
  }
  // The tier table in force on the make-up payment's date (MAKE-UP), with the person's reserved tiers.
  const perYear = e.amount.dividedBy(e.years);
  const tiers = tierSet(policy, person, e.date, undefined);
  if (!tiers.some((t) => t.eq(perYear))) {
    return refusal(ctx.locale, "MAKE-UP", "make-up-not-a-tier", {
      amount: e.amount.toFixed(2),
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
  const refuse = (r: Refusal): { payment: EvaluatedPayment } => ({
    payment: {
      year: yearOf(l.date),
      date: l.date,
      index: -1,
      kind: "lump-sum",
      valid: false,
      tier: null,
      personal: ZERO,
      proxy: ZERO,
      subsidy: ZERO,
      subsidyByLevel: null,
      collective: ZERO,
      other: ZERO,
      refusals: [r],
    },
  });
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
        standard: l.monthlyStandard.toFixed(2),
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
      monthlyStandard: l.monthlyStandard.toFixed(2),
      months: m,
      birthday75: end,
      paymentMonth: `${yearOf(l.date)}-${String(monthNumberOf(l.date)).padStart(2, "0")}`,
    },
    amount.toFixed(2),
    seg.note,
  );
  return {
    payment: {
      year: yearOf(l.date),
      date: l.date,
      index: -1,
      kind: "lump-sum",
      valid: true,
      tier: null,
      personal: amount,
      proxy: ZERO,
      subsidy: ZERO,
      subsidyByLevel: null,
      collective: ZERO,
      other: ZERO,
      refusals: [],
    },
  };
}
