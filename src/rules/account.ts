import { text } from "../i18n/index";
import { formatFen, formatMoney, roundFen, ZERO, type Decimal } from "../money";
import {
  ageOn,
  firstDayOf,
  formatMonth,
  lastDayOf,
  monthOf,
  yearOfMonth,
  type CivilDate,
  type MonthIndex,
} from "../dates";
import { PensionInputError } from "../errors";
import { valueOn } from "../policy/parameter";
import type { RegionPolicy } from "../policy/schema";
import { componentKinds } from "../kinds";
import { accountRule } from "./benefit";
import { yearRate, type RateOptions, type YearRate } from "./interest-rate";
import { divideFen, fromFen, Ledger, toFen, type Components, type Fen } from "./ledger";
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

/**
 * Run the personal account (ACC-COMPONENTS, INT-MONTHLY, BEN-DIVISOR) month by month: credits,
 * the account pension's draw-down, interest on 31 December and at every closing (pension start,
 * settlement). Events after asOf are not run; no part-year interest is credited at asOf.
 */
export function runAccount(input: AccountInput): AccountRun {
  const run = new AccountRunner(input);
  const { credits } = input;
  const firstMonth = Math.min(credits[0]?.month ?? run.endMonth + 1, run.fixAt ?? run.endMonth + 1);
  for (let m = firstMonth; m <= run.endMonth; m++) {
    const plain = run.plainUntil(m);
    if (plain >= m) {
      run.plainMonths(m, plain);
      m = plain; // the loop's m++ moves to the next month that does more
      continue;
    }
    run.month(m);
  }
  run.traceSummary();
  return {
    ledger: run.ledger,
    accountPension: run.accountPension,
    accountStart: input.accountStart,
    closing: run.closing,
    drawsByYear: run.drawsByYear,
  };
}

/** The state of one account run, and its steps. */
class AccountRunner {
  readonly ledger: Ledger;
  readonly endMonth: MonthIndex;
  /** The month the account pension is fixed in (the one before it starts). */
  readonly fixAt: MonthIndex | null;
  /** The last month whose last day is on or before asOf (a number: no date string per month). */
  private readonly lastWholeMonth: MonthIndex;
  accountPension: Decimal | null = null;
  closing: Components | null = null;
  readonly drawsByYear = new Map<number, { account: string; fund: string }>();
  private pensionFen: Fen = 0;
  private readonly drawn = { months: 0, account: 0, fund: 0 };
  /** The next credit to apply. */
  private ci = 0;
  /** The year of the last closing and its rate: closings come in month order, so a year's rate is read (and traced) once. */
  private rateYear = NaN;
  private yearRate: YearRate | null = null;
  private readonly citation: string;
  /** No suspended and no back-paid month: every month from the first to the last is paid once (isPaidMonth). */
  private readonly simpleSchedule: boolean;
  /** The caller's rates, or none when the case gives none (no lookup of each year). */
  private readonly rates: RateOptions;
  /** {@link fenText}'s amounts and texts, alternating. */
  private readonly recent: (Fen | string)[] = [];

  constructor(private readonly input: AccountInput) {
    this.ledger = new Ledger(input.method);
    this.endMonth = input.closingMonth ?? monthOf(input.asOf);
    this.fixAt = input.accountStart === null ? null : input.accountStart - 1;
    const asOfMonth = monthOf(input.asOf);
    this.lastWholeMonth = lastDayOf(asOfMonth) <= input.asOf ? asOfMonth : asOfMonth - 1;
    const s = input.schedule;
    const own = input.rates.interestRates;
    this.rates = own === undefined || Object.keys(own).length === 0 ? {} : input.rates;
    this.simpleSchedule = s !== null && s.suspended.size === 0 && s.backPay.size === 0;
    this.citation = `${input.policy.features.interestRate.citation}; docs/rules.md INT-MONTHLY`;
  }

  private rate(year: number): YearRate {
    if (year !== this.rateYear || this.yearRate === null) {
      this.yearRate = yearRate(this.input.policy, year, this.rates, this.input.trace);
      this.rateYear = year;
    }
    return this.yearRate;
  }

  /** Credit the window's interest at a closing (interestRate's rule and citation). */
  private closeWindow(m: MonthIndex, why: string): void {
    const { ledger, input } = this;
    const { trace } = input;
    if (!ledger.hasAccrued()) return;
    const r = this.rate(yearOfMonth(m));
    const total = ledger.closeFen(m, r.exact);
    if (trace.on)
      trace.add(
        input.policy.features.interestRate.rule,
        this.citation,
        { month: formatMonth(m), closing: why, rate: r.text, method: input.method },
        formatFen(total),
        interestNote(ledger.lastInterestFen()),
      );
  }

  /**
   * The last month of the plain run starting at `from` (from − 1 when there is none): months that
   * only earn and draw the pension — no credit, no closing, neither January ("next-year" resets)
   * nor December, not the end.
   */
  plainUntil(from: MonthIndex): MonthIndex {
    if (from % 12 === 0) return from - 1;
    const { credits, closingMonth } = this.input;
    let to = Math.min(this.endMonth - 1, from - (from % 12) + 10);
    if (this.ci < credits.length) to = Math.min(to, credits[this.ci]!.month - 1);
    if (this.fixAt !== null && this.fixAt >= from) to = Math.min(to, this.fixAt - 1);
    if (closingMonth !== null && closingMonth >= from) to = Math.min(to, closingMonth - 1);
    return to;
  }

  /**
   * The plain months `from`–`to`. While the account pays the pension, month by month: each earns,
   * then draws. Otherwise they earn on the unchanged balance in one step (the same sums), and an
   * empty account's draws go to the fund.
   */
  plainMonths(from: MonthIndex, to: MonthIndex): void {
    const { ledger } = this;
    if (this.pensionFen !== 0 && this.input.schedule !== null && !ledger.isEmpty()) {
      if (this.paysEveryMonth(from, to)) {
        const months = to - from + 1;
        const fromAccount = ledger.earnAndDraw(months, this.pensionFen);
        this.drawn.months += months;
        this.drawn.account += fromAccount;
        this.drawn.fund += this.pensionFen * months - fromAccount;
        return;
      }
      for (let m = from; m <= to; m++) {
        ledger.beginMonth(m);
        this.draw(m);
      }
      return;
    }
    ledger.earnMonths(to - from + 1);
    if (!ledger.isEmpty()) return; // no draw in these months (no pension yet)
    let count = 0;
    if (this.paysEveryMonth(from, to)) count = to - from + 1;
    else for (let m = from; m <= to; m++) count += this.drawCount(m);
    if (count > 0) this.drawMonths(count);
  }

  /** Whether the account pension is paid once in every month `from`–`to` (drawCount 1: no suspension, no back pay). */
  private paysEveryMonth(from: MonthIndex, to: MonthIndex): boolean {
    const { schedule, accountStart: start } = this.input;
    if (this.pensionFen === 0 || !this.simpleSchedule || schedule === null || start === null) return false;
    return from >= start && from >= schedule.first && (schedule.last === null || to <= schedule.last);
  }

  /** A month that does something: credits, the pension's draw, the year's draws, a closing. */
  month(m: MonthIndex): void {
    const { ledger, input } = this;
    const { credits, closingMonth } = input;
    ledger.beginMonth(m);
    while (this.ci < credits.length && credits[this.ci]!.month === m) {
      const c = credits[this.ci++]!;
      ledger.creditFen(c.component, c.fen);
    }
    this.draw(m);
    if ((m % 12 === 11 || m === this.endMonth) && this.drawn.months > 0) this.yearDrawn(m);
    const yearEndDue = m % 12 === 11 && m <= this.lastWholeMonth;
    if (m === this.fixAt && m <= this.lastWholeMonth) {
      this.closeWindow(m, "pension start");
      const pension = this.fixAccountPension(m + 1);
      this.accountPension = pension.amount;
      this.pensionFen = pension.fen;
    } else if (m === closingMonth) {
      this.closeWindow(m, "settlement");
    } else if (yearEndDue) {
      this.closeWindow(m, "31 December");
    }
    if (m === closingMonth) this.closing = ledger.balances;
  }

  /** The account pension of month `m` (and the months back-paid in it), from the account while it lasts. */
  private draw(m: MonthIndex): void {
    const count = this.drawCount(m);
    if (count > 0) this.drawMonths(count);
  }

  /** How many months of the account pension are paid in month `m`: its own and those back-paid in it. */
  private drawCount(m: MonthIndex): number {
    const { schedule, accountStart: start } = this.input;
    if (this.pensionFen === 0 || schedule === null || start === null || m < start) return 0;
    if (this.simpleSchedule) return m >= schedule.first && (schedule.last === null || m <= schedule.last) ? 1 : 0;
    return (isPaidMonth(schedule, m) ? 1 : 0) + (schedule.backPay.get(m) ?? 0);
  }

  /** Pay `count` months of the account pension: from the account while it lasts, then from the fund. */
  private drawMonths(count: number): void {
    const fromAccount = this.ledger.drawFen(this.pensionFen * count);
    this.drawn.months += count;
    this.drawn.account += fromAccount;
    this.drawn.fund += this.pensionFen * count - fromAccount;
  }

  /** The year's draws: from the account, and from the fund once it is empty. */
  private yearDrawn(m: MonthIndex): void {
    const { drawn, input } = this;
    const { trace } = input;
    const texts = { account: this.fenText(drawn.account), fund: this.fenText(drawn.fund) };
    this.drawsByYear.set(yearOfMonth(m), texts);
    if (trace.on)
      trace.add(
        accountRule(input.policy),
        'docs/conventions.md "The pension": the account pays the account pension pro rata over its components; when empty the pooled fund pays the rest',
        { year: yearOfMonth(m), months: drawn.months, accountPension: this.fenText(this.pensionFen) },
        trace.say("account.drawn", texts),
      );
    drawn.months = 0;
    drawn.account = 0;
    drawn.fund = 0;
  }

  /** formatFen, remembering the last few amounts: a year's draws repeat (12 pensions, or 0) until the account empties. */
  private fenText(f: Fen): string {
    const { recent } = this;
    for (let i = 0; i < recent.length; i += 2) if (recent[i] === f) return recent[i + 1] as string;
    const text = formatFen(f);
    if (recent.length >= 8) recent.length = 0;
    recent.push(f, text);
    return text;
  }

  traceSummary(): void {
    const { ledger, input } = this;
    const { trace } = input;
    if (!trace.on) return; // its inputs are the costliest strings of a run: not built for nothing
    const sum = ledger.summaryFen();
    const b = sum.components;
    const inputs: Record<string, string> = {
      personal: formatFen(b.personal),
      collective: formatFen(b.collective),
      subsidy: formatFen(b.subsidy),
      proxy: formatFen(b.proxy),
      other: formatFen(b.other),
      credited: formatFen(sum.credited),
      paidOut: formatFen(sum.paidOut),
      fundPaid: formatFen(sum.fundPaid),
    };
    for (const [y, v] of ledger.interestStrings()) inputs[interestKey(y)] = v;
    trace.add(
      "ACC-COMPONENTS",
      'docs/conventions.md "The personal account"; docs/rules.md ACC-COMPONENTS',
      inputs,
      formatFen(sum.balance),
      input.closingMonth === null
        ? trace.say("account.balance-on", { date: input.asOf })
        : trace.say("account.balance-closing", {}),
    );
  }

  /** BEN-DIVISOR: balance ÷ the divisor (the region's fixed one, or by age), or Beibei's lump-sum standard. */
  private fixAccountPension(startMonth: MonthIndex): { amount: Decimal; fen: Fen } {
    const { input, ledger } = this;
    const { policy, trace } = input;
    const balance = ledger.balanceFen();
    const rule = accountRule(policy);
    if (input.lumpStandard !== null) {
      if (trace.on)
        trace.add(
          rule,
          policy.parameters.lumpSum?.segments[0]?.citation ?? rule,
          { balance: formatFen(balance) },
          input.lumpStandard.toFixed(2),
          trace.say("account.lump", {}),
        );
      return { amount: input.lumpStandard, fen: toFen(input.lumpStandard) };
    }
    if (balance === 0) return { amount: ZERO, fen: 0 };
    const { divisor, citation } = divisorOf(input, startMonth);
    // Rounding point 2: once, then fixed. A whole divisor (every table's) divides the fen exactly.
    const fen =
      Number.isSafeInteger(divisor) && divisor > 0
        ? divideFen(balance, divisor)
        : toFen(roundFen(fromFen(balance).dividedBy(divisor)));
    const amount = fromFen(fen);
    if (trace.on)
      trace.add(
        rule,
        citation,
        { balance: formatFen(balance), divisor, startMonth: formatMonth(startMonth) },
        formatMoney(amount),
        trace.say("account.divisor", {}),
      );
    return { amount, fen };
  }
}

// The "interest YYYY" input names of the ACC-COMPONENTS step, built once per year.
const interestKeys = new Map<number, string>();

function interestKey(year: number): string {
  let key = interestKeys.get(year);
  if (key === undefined) interestKeys.set(year, (key = `interest ${year}`));
  return key;
}

/** A closing's interest by component (in component order), the nonzero ones: "personal 12.34, subsidy 1.20". */
function interestNote(interest: ArrayLike<Fen>): string {
  let note = "";
  for (let i = 0; i < componentKinds.length; i++) {
    const f = interest[i]!;
    if (f !== 0)
      note = note === "" ? `${componentKinds[i]!} ${formatFen(f)}` : `${note}, ${componentKinds[i]!} ${formatFen(f)}`;
  }
  return note;
}

/** The divisor (计发月数): the region's fixed one (fixedDivisor), else NAT-DIVISOR by age at the start. */
function divisorOf(input: AccountInput, startMonth: MonthIndex): { divisor: number; citation: string } {
  const { policy } = input;
  const fixed = policy.facts.fixedDivisor;
  if (fixed.value !== null) return { divisor: fixed.value, citation: fixed.citation };
  const age = ageOn(input.birthDate, firstDayOf(startMonth));
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
  return { divisor: d, citation: seg.citation };
}
