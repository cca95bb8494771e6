import { text } from "../i18n/index";
import { Decimal, roundFen, ZERO } from "../money";
import {
  ageOn,
  firstDayOf,
  formatMonth,
  lastDayOf,
  monthOf,
  yearEnd,
  yearOfMonth,
  type CivilDate,
  type MonthIndex,
} from "../dates";
import { PensionInputError } from "../errors";
import { valueOn } from "../policy/parameter";
import type { RegionPolicy } from "../policy/schema";
import { componentKinds } from "../kinds";
import { accountRule } from "./benefit";
import { rateForYear, type RateOptions } from "./interest-rate";
import { formatFen, Ledger, toFen, toRate, type Components, type Fen, type Rate } from "./ledger";
import type { Credit } from "./payments";
import { isPaidMonth, type PensionSchedule } from "./schedule";
import type { Trace } from "./trace";

export interface AccountRun {
  readonly ledger: Ledger;
  /** The fixed account pension, or null when it was not (yet) fixed. */
  readonly accountPension: Decimal | null;
  readonly accountStart: MonthIndex | null;
  /** Balance by component at the settlement closing, or null. */
  readonly closing: Components | null;
  /** The account pension paid each year (two-decimal strings): from the account, and from the fund once it is empty. */
  readonly drawsByYear: ReadonlyMap<number, { readonly account: string; readonly fund: string }>;
}

export interface AccountInput {
  readonly policy: RegionPolicy;
  readonly birthDate: CivilDate;
  readonly asOf: CivilDate;
  readonly credits: readonly Credit[];
  readonly rates: RateOptions;
  readonly method: "monthly" | "next-year";
  readonly schedule: PensionSchedule | null;
  /** The month the account pension starts (first pension month, or later for a lump sum / make-up). */
  readonly accountStart: MonthIndex | null;
  /** BB-LUMP: the chosen standard replaces balance ÷ divisor. */
  readonly lumpStandard: Decimal | null;
  /** The month of a closing event (death, emigration, transfer-out that moves the balance). */
  readonly closingMonth: MonthIndex | null;
  readonly trace: Trace;
}

// A table rate is one memoised Decimal per year (interest-rate.ts): its text and fraction, once.
const exactRates = new WeakMap<Decimal, { text: string; exact: Rate }>();

/**
 * Run the personal account (ACC-COMPONENTS, INT-MONTHLY, BEN-DIVISOR) month by month: credits,
 * the account pension's draw-down, interest on 31 December and at every closing (pension start,
 * settlement). Events after asOf are not run; no part-year interest is credited at asOf.
 */
export function runAccount(input: AccountInput): AccountRun {
  const { policy, asOf, credits, schedule, trace } = input;
  const ledger = new Ledger(input.method);
  const asOfMonth = monthOf(asOf);
  const endMonth = input.closingMonth ?? asOfMonth;
  const rateCache = new Map<number, { text: string; exact: Rate }>();
  const rate = (year: number): { text: string; exact: Rate } => {
    let r = rateCache.get(year);
    if (r === undefined) {
      const value = rateForYear(policy, year, input.rates, trace);
      r = exactRates.get(value);
      if (r === undefined) exactRates.set(value, (r = { text: value.toString(), exact: toRate(value) }));
      rateCache.set(year, r);
    }
    return r;
  };
  const intRule = policy.features.interestRate;
  const citation = `${intRule.citation}; docs/rules.md INT-MONTHLY`;
  const closeWindow = (m: MonthIndex, why: string): void => {
    if (!ledger.hasAccrued()) return;
    const r = rate(yearOfMonth(m));
    const interest = ledger.close(m, r.exact);
    const total = interest.personal + interest.collective + interest.subsidy + interest.proxy + interest.other;
    if (trace.on)
      trace.add(
        intRule.rule,
        citation,
        { month: formatMonth(m), closing: why, rate: r.text, method: input.method },
        formatFen(total),
        componentKinds
          .filter((k) => interest[k] !== 0)
          .map((k) => `${k} ${formatFen(interest[k])}`)
          .join(", "),
      );
  };

  let accountPension: Decimal | null = null;
  let pensionFen: Fen = 0;
  const drawn = { months: 0, account: 0, fund: 0 };
  const drawsByYear = new Map<number, { account: string; fund: string }>();
  const start = input.accountStart;
  const fixAt = start === null ? null : start - 1;
  let closing: Components | null = null;
  let ci = 0;
  const firstMonth = Math.min(credits[0]?.month ?? endMonth + 1, fixAt ?? endMonth + 1);
  const closingMonth = input.closingMonth;
  /**
   * The last month of the quiet run starting at `from` (from − 1 when there is none): months
   * that only earn — no credit, no draw, no closing, neither January ("next-year" resets) nor
   * December, not the end. They are accrued in one step: the same sums, fewer iterations.
   */
  const quietUntil = (from: MonthIndex): MonthIndex => {
    if (from % 12 === 0) return from - 1;
    let to = Math.min(endMonth - 1, from - (from % 12) + 10);
    if (ci < credits.length) to = Math.min(to, credits[ci]!.month - 1);
    if (fixAt !== null && fixAt >= from) to = Math.min(to, fixAt - 1);
    if (closingMonth !== null && closingMonth >= from) to = Math.min(to, closingMonth - 1);
    if (pensionFen !== 0 && schedule !== null && start !== null) to = Math.min(to, Math.max(start, from) - 1);
    return to;
  };
  for (let m = firstMonth; m <= endMonth; m++) {
    const quiet = quietUntil(m);
    if (quiet >= m) {
      ledger.earnMonths(quiet - m + 1);
      m = quiet; // the loop's m++ moves to the next month that does something
      continue;
    }
    ledger.beginMonth(m);
    while (ci < credits.length && credits[ci]!.month === m) {
      const c = credits[ci++]!;
      ledger.creditFen(c.component, c.fen);
    }
    if (pensionFen !== 0 && schedule !== null && start !== null && m >= start) {
      const count = (isPaidMonth(schedule, m) ? 1 : 0) + (schedule.backPay.get(m) ?? 0);
      if (count > 0) {
        const fromAccount = ledger.drawFen(pensionFen * count);
        drawn.months += count;
        drawn.account += fromAccount;
        drawn.fund += pensionFen * count - fromAccount;
      }
    }
    if ((m % 12 === 11 || m === endMonth) && drawn.months > 0) {
      drawsByYear.set(yearOfMonth(m), { account: formatFen(drawn.account), fund: formatFen(drawn.fund) });
      if (trace.on)
        trace.add(
          accountRule(policy),
          'docs/conventions.md "The pension": the account pays the account pension pro rata over its components; when empty the pooled fund pays the rest',
          { year: yearOfMonth(m), months: drawn.months, accountPension: formatFen(pensionFen) },
          trace.say("account.drawn", { account: formatFen(drawn.account), fund: formatFen(drawn.fund) }),
        );
      drawn.months = 0;
      drawn.account = 0;
      drawn.fund = 0;
    }
    const yearEndDue = m % 12 === 11 && yearEnd(yearOfMonth(m)) <= asOf;
    if (m === fixAt && lastDayOf(m) <= asOf) {
      closeWindow(m, "pension start");
      accountPension = fixAccountPension(input, m + 1);
      pensionFen = toFen(accountPension);
    } else if (m === closingMonth) {
      closeWindow(m, "settlement");
    } else if (yearEndDue) {
      closeWindow(m, "31 December");
    }
    if (m === closingMonth) closing = ledger.balances;
  }
  const sum = ledger.summaryFen();
  const b = sum.components;
  trace.add(
    "ACC-COMPONENTS",
    'docs/conventions.md "The personal account"; docs/rules.md ACC-COMPONENTS',
    {
      personal: formatFen(b.personal),
      collective: formatFen(b.collective),
      subsidy: formatFen(b.subsidy),
      proxy: formatFen(b.proxy),
      other: formatFen(b.other),
      credited: formatFen(sum.credited),
      paidOut: formatFen(sum.paidOut),
      fundPaid: formatFen(sum.fundPaid),
      ...Object.fromEntries(ledger.interestStrings().map(([y, v]) => [`interest ${y}`, v])),
    },
    formatFen(sum.balance),
    input.closingMonth === null
      ? trace.say("account.balance-on", { date: asOf })
      : trace.say("account.balance-closing", {}),
  );
  return { ledger, accountPension, accountStart: start, closing, drawsByYear };

  function fixAccountPension(inp: AccountInput, startMonth: MonthIndex): Decimal {
    const balance = ledger.balance;
    const rule = accountRule(policy);
    if (inp.lumpStandard !== null) {
      trace.add(
        rule,
        policy.parameters.lumpSum?.segments[0]?.citation ?? "BB-LUMP",
        { balance: balance.toFixed(2) },
        inp.lumpStandard.toFixed(2),
        trace.say("account.lump", {}),
      );
      return inp.lumpStandard;
    }
    if (balance.isZero()) return ZERO;
    const fixed = policy.facts.fixedDivisor;
    let divisor: number;
    let citation: string;
    if (fixed.value !== null) {
      divisor = fixed.value;
      citation = fixed.citation;
    } else {
      const age = ageOn(inp.birthDate, firstDayOf(startMonth));
      const seg = valueOn(policy.parameters.divisor, firstDayOf(startMonth));
      const d = seg.value[String(age)];
      if (d === undefined) {
        throw new PensionInputError(
          "parameter-unknown",
          ["options", "parameters", policy.parameters.divisor.id],
          text("parameter.divisor", { id: policy.parameters.divisor.id, age, start: formatMonth(startMonth) }),
          { parameter: policy.parameters.divisor.id, date: firstDayOf(startMonth) },
        );
      }
      divisor = d;
      citation = seg.citation;
    }
    const pension = roundFen(balance.dividedBy(divisor)); // rounding point 2: once, then fixed
    trace.add(
      rule,
      citation,
      { balance: balance.toFixed(2), divisor, startMonth: formatMonth(startMonth) },
      pension.toFixed(2),
      trace.say("account.divisor", {}),
    );
    return pension;
  }
}
