import { Decimal, ZERO, formatMoney } from "../money";
import { formatMonth, monthOf, type CivilDate, type MonthIndex } from "../dates";
import { valueOn, type Parameter } from "../policy/parameter";
import type { DeathBenefitValue, RegionPolicy } from "../policy/schema";
import type { SettlementLine } from "../vocabulary/result-parts";
import type { MonthlyBenefitValue } from "./benefit";
import { totalOf, type Components } from "./ledger";
import type { PensionSchedule } from "./schedule";
import { deathBenefitAmount, type DeathBenefitFacts } from "./slots/deathBenefit";
import { inheritRules } from "./slots/inherit";
import type { Trace } from "./trace";
import { traceText, type Catalogue, type TraceTextId } from "../i18n/index";
import type { Locale } from "../i18n/locales";

/** Emigration where a region's text is silent: the national rule (国发〔2014〕8号 八 转移接续; DEATH-INHERIT). */
const DEFAULT_EMIGRATION = {
  rule: "DEATH-INHERIT",
  citation: "国发〔2014〕8号 (个人账户资金余额可以依法继承); docs/rules.md DEATH-INHERIT",
} as const;

export type SettlementEvent = "death" | "emigration" | "declared-dead" | "transfer-out";

export interface SettlementValue {
  readonly event: SettlementEvent;
  readonly date: CivilDate;
  readonly lastPensionMonth: MonthIndex | null;
  readonly balance: Decimal;
  readonly excluded: Decimal;
  readonly overpayment: Decimal;
  readonly overpaymentRecovered: Decimal;
  readonly overpaymentOutstanding: Decimal;
  readonly inheritable: Decimal;
  readonly toFund: Decimal;
  readonly transferred: Decimal;
  readonly deathBenefit: Decimal;
  readonly lines: readonly SettlementLine[];
}

export interface SettlementInput {
  readonly policy: RegionPolicy;
  readonly event: SettlementEvent;
  readonly date: CivilDate;
  /** Component balances after the closing at the end of the event month. */
  readonly closing: Readonly<Components>;
  /** The pension schedule, or null when no pension started. */
  readonly schedule: PensionSchedule | null;
  /** Last month already paid out (options.pensionsPaidThrough). */
  readonly paidThrough: MonthIndex | null;
  /** The monthly pension due for a month (for the overpayment and Beibei's death benefit). */
  readonly benefitOf: (m: MonthIndex) => MonthlyBenefitValue;
  /** CX-LEGACY member (legacy funeral grant). */
  readonly legacy: boolean;
  readonly trace: Trace;
}

/**
 * Settle the account on death, a declaration of death, emigration or transfer-out (DEATH-STOP,
 * DEATH-INHERIT, NAT-INHERIT, BB-DEATH-POST, QN-EMIGRATE, TRANSFER): what the heirs inherit,
 * what returns to the fund, the overpayment recovered, and one-time death benefits. Money is
 * conserved: `inheritable + toFund + transferred = balance`.
 */
export function settle(input: SettlementInput): SettlementValue {
  const { policy, event, date, closing, schedule, trace } = input;
  const out = new Lines(trace.locale);
  const balance = totalOf(closing);
  const eventMonth = monthOf(date);
  const started = schedule !== null && schedule.first <= eventMonth;
  const last = started && schedule.last !== null && schedule.last >= schedule.first ? schedule.last : null;
  // A region's own rule for a death or emigration before the pension (BB-DEATH-PRE) labels every
  // line and step of that settlement.
  const pre = !started && event !== "transfer-out" ? (policy.features.deathBeforePension ?? null) : null;
  out.line(pre?.rule ?? "DEATH-STOP", out.label("line.closing", {}), balance);
  if (event === "transfer-out") return transferred(input, balance, out);

  // DEATH-INHERIT: the rule in force on the event date says what is excluded.
  const inherit = valueOn(policy.parameters.inherit, date);
  const excludedPart = inheritRules[inherit.value](closing);
  const excluded = excludedPart.amount;
  const inheritRule = pre?.rule ?? policy.parameters.inherit.id;
  const inheritCitation = pre
    ? `${pre.citation}; ${policy.parameters.inherit.id}: ${inherit.citation}`
    : inherit.citation;
  if (trace.on)
    trace.add(
      inheritRule,
      inheritCitation,
      { date, rule: inherit.value, subsidy: formatMoney(closing.subsidy) },
      formatMoney(excluded),
      trace.say("settle.inherit", {}),
    );
  out.line(inheritRule, out.label(excludedPart.label, {}), excluded);

  const split = splitBalance(input, minus(balance, excluded), last, out);
  const toFund = plus(excluded, split.recovered);
  const rule =
    pre ?? (event === "emigration" ? (policy.features.emigration ?? DEFAULT_EMIGRATION) : policy.features.death);
  out.line(rule.rule, out.label(event === "emigration" ? "line.refunded" : "line.inheritable", {}), split.inheritable);
  out.line(rule.rule, out.label("line.to-fund", {}), toFund);
  if (trace.on)
    trace.add(
      rule.rule,
      rule.citation,
      { event, date, balance: formatMoney(balance), overpayment: formatMoney(split.overpayment) },
      trace.say("settle.split", { inheritable: formatMoney(split.inheritable), toFund: formatMoney(toFund) }),
    );
  const deathBenefit = deathBenefits(input, started, eventMonth, out);
  return {
    event,
    date,
    lastPensionMonth: last,
    balance,
    excluded,
    overpayment: split.overpayment,
    overpaymentRecovered: split.recovered,
    overpaymentOutstanding: split.outstanding,
    inheritable: split.inheritable,
    toFund,
    transferred: ZERO,
    deathBenefit,
    lines: out.list,
  };
}

/**
 * The settlement's lines (结算明细) as they are written. A line's label is result data, in the
 * case's language whether or not the trace is on. (Methods, not callbacks made per settlement:
 * see rules/person.ts.)
 */
class Lines {
  readonly list: SettlementLine[] = [];
  constructor(private readonly locale: Locale) {}

  line(rule: string, text: string, amount: Decimal): void {
    this.list.push({ rule, label: text, amount: formatMoney(amount) });
  }

  label<K extends TraceTextId>(id: K, params: Parameters<Catalogue["trace"][K]>[0]): string {
    return traceText(this.locale, id, params);
  }
}

/** a − b; no operation when b is zero (nothing excluded, nothing recovered: the common case). */
function minus(a: Decimal, b: Decimal): Decimal {
  return b.isZero() ? a : a.minus(b);
}

/** a + b; no operation when either is zero. */
function plus(a: Decimal, b: Decimal): Decimal {
  return b.isZero() ? a : a.isZero() ? b : a.plus(b);
}

/** TRANSFER: the whole balance moves to the new scheme (transfer: move). */
function transferred(input: SettlementInput, balance: Decimal, out: Lines): SettlementValue {
  const { event, date, trace } = input;
  const rule = input.policy.features.transfer;
  out.line(rule.rule, out.label("line.transferred", {}), balance);
  if (trace.on) trace.add(rule.rule, rule.citation, { date }, formatMoney(balance), trace.say("settle.transfer", {}));
  return {
    event,
    date,
    lastPensionMonth: null,
    balance,
    excluded: ZERO,
    overpayment: ZERO,
    overpaymentRecovered: ZERO,
    overpaymentOutstanding: ZERO,
    inheritable: ZERO,
    toFund: ZERO,
    transferred: balance,
    deathBenefit: ZERO,
    lines: out.list,
  };
}

/** DEATH-STOP: every month paid after the last pension month is an overpayment, recovered from what is available. */
function splitBalance(
  input: SettlementInput,
  available: Decimal,
  last: MonthIndex | null,
  out: Lines,
): { overpayment: Decimal; recovered: Decimal; outstanding: Decimal; inheritable: Decimal } {
  let overpayment = ZERO;
  if (last !== null && input.paidThrough !== null && input.paidThrough > last) {
    for (let m = last + 1; m <= input.paidThrough; m++) overpayment = overpayment.plus(input.benefitOf(m).total);
    out.line(
      "DEATH-STOP",
      out.label("line.overpayment", { from: formatMonth(last + 1), until: formatMonth(input.paidThrough) }),
      overpayment,
    );
  }
  const recovered = overpayment.lte(available) ? overpayment : available;
  const outstanding = minus(overpayment, recovered);
  if (!overpayment.isZero()) {
    out.line("DEATH-STOP", out.label("line.recovered", {}), recovered);
    if (!outstanding.isZero()) out.line("DEATH-STOP", out.label("line.outstanding", {}), outstanding);
  }
  return { overpayment, recovered, outstanding, inheritable: minus(available, recovered) };
}

/**
 * One-time death benefits, paid by the fund (not the account): the region's (for a death during
 * the pension) and Cixi's legacy funeral grant (for a legacy member), by kind (slots/deathBenefit).
 */
function deathBenefits(input: SettlementInput, started: boolean, eventMonth: MonthIndex, out: Lines): Decimal {
  const { policy, event } = input;
  const isDeath = event === "death" || event === "declared-dead";
  const facts: DeathBenefitFacts = {
    policy,
    date: input.date,
    eventMonth,
    firstMonth: input.schedule?.first ?? null,
    benefitOf: input.benefitOf,
    label: out.label.bind(out),
  };
  let deathBenefit = ZERO;
  if (isDeath && started && policy.parameters.deathBenefit)
    deathBenefit = plus(deathBenefit, pay(input, policy.parameters.deathBenefit, facts, out));
  if (isDeath && input.legacy && policy.parameters.legacyFuneral)
    deathBenefit = plus(deathBenefit, pay(input, policy.parameters.legacyFuneral, facts, out));
  return deathBenefit;
}

/** One death benefit's amount, with its line and trace step when it is not zero. */
function pay(
  input: SettlementInput,
  param: Parameter<DeathBenefitValue>,
  facts: DeathBenefitFacts,
  out: Lines,
): Decimal {
  const seg = valueOn(param, input.date);
  const { amount, text, inputs } = deathBenefitAmount(seg.value, facts);
  if (amount.isZero()) return amount;
  out.line(param.id, text, amount);
  if (input.trace.on) input.trace.add(param.id, seg.citation, inputs, formatMoney(amount), seg.note);
  return amount;
}
