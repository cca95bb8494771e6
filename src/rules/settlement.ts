import { Decimal, ZERO, formatMoney } from "../money";
import { formatMonth, monthOf, type CivilDate, type MonthIndex } from "../dates";
import { valueOn, type Parameter } from "../policy/parameter";
import type { DeathBenefitValue, RegionPolicy } from "../policy/schema";
import type { SettlementLine } from "../vocabulary/result-parts";
import type { MonthlyBenefitValue } from "./benefit";
import { totalOf, type Components } from "./ledger";
import type { PensionSchedule } from "./schedule";
import { deathBenefitAmount } from "./slots/deathBenefit";
import { inheritRules } from "./slots/inherit";
import type { Trace } from "./trace";
import { traceText, type Catalogue, type TraceTextId } from "../i18n/index";

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
  const lines: SettlementLine[] = [];
  const line = (rule: string, text: string, amount: Decimal): void => {
    lines.push({ rule, label: text, amount: formatMoney(amount) });
  };
  // A line's label is result data, in the case's language whether or not the trace is on.
  const label = <K extends TraceTextId>(id: K, params: Parameters<Catalogue["trace"][K]>[0]): string =>
    traceText(trace.locale, id, params);
  const balance = totalOf(closing);
  const eventMonth = monthOf(date);
  const started = schedule !== null && schedule.first <= eventMonth;
  const last = started && schedule.last !== null && schedule.last >= schedule.first ? schedule.last : null;
  // A region's own rule for a death or emigration before the pension (BB-DEATH-PRE) labels every
  // line and step of that settlement.
  const pre = !started && event !== "transfer-out" ? (policy.features.deathBeforePension ?? null) : null;
  line(pre?.rule ?? "DEATH-STOP", label("line.closing", {}), balance);
  if (event === "transfer-out") return transferred(input, balance, lines, label);

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
  line(inheritRule, label(excludedPart.label, {}), excluded);

  const split = splitBalance(input, minus(balance, excluded), last, line, label);
  const toFund = plus(excluded, split.recovered);
  const rule =
    pre ?? (event === "emigration" ? (policy.features.emigration ?? DEFAULT_EMIGRATION) : policy.features.death);
  line(rule.rule, label(event === "emigration" ? "line.refunded" : "line.inheritable", {}), split.inheritable);
  line(rule.rule, label("line.to-fund", {}), toFund);
  if (trace.on)
    trace.add(
      rule.rule,
      rule.citation,
      { event, date, balance: formatMoney(balance), overpayment: formatMoney(split.overpayment) },
      trace.say("settle.split", { inheritable: formatMoney(split.inheritable), toFund: formatMoney(toFund) }),
    );
  const deathBenefit = deathBenefits(input, started, eventMonth, line, label);
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
    lines,
  };
}

type Line = (rule: string, text: string, amount: Decimal) => void;

/** a − b; no operation when b is zero (nothing excluded, nothing recovered: the common case). */
function minus(a: Decimal, b: Decimal): Decimal {
  return b.isZero() ? a : a.minus(b);
}

/** a + b; no operation when either is zero. */
function plus(a: Decimal, b: Decimal): Decimal {
  return b.isZero() ? a : a.isZero() ? b : a.plus(b);
}

type Label = <K extends TraceTextId>(id: K, params: Parameters<Catalogue["trace"][K]>[0]) => string;

/** TRANSFER: the whole balance moves to the new scheme (transfer: move). */
function transferred(input: SettlementInput, balance: Decimal, lines: SettlementLine[], label: Label): SettlementValue {
  const { event, date, trace } = input;
  const rule = input.policy.features.transfer;
  lines.push({ rule: rule.rule, label: label("line.transferred", {}), amount: formatMoney(balance) });
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
    lines,
  };
}

/** DEATH-STOP: every month paid after the last pension month is an overpayment, recovered from what is available. */
function splitBalance(
  input: SettlementInput,
  available: Decimal,
  last: MonthIndex | null,
  line: Line,
  label: Label,
): { overpayment: Decimal; recovered: Decimal; outstanding: Decimal; inheritable: Decimal } {
  let overpayment = ZERO;
  if (last !== null && input.paidThrough !== null && input.paidThrough > last) {
    for (let m = last + 1; m <= input.paidThrough; m++) overpayment = overpayment.plus(input.benefitOf(m).total);
    line(
      "DEATH-STOP",
      label("line.overpayment", { from: formatMonth(last + 1), until: formatMonth(input.paidThrough) }),
      overpayment,
    );
  }
  const recovered = overpayment.lte(available) ? overpayment : available;
  const outstanding = minus(overpayment, recovered);
  if (!overpayment.isZero()) {
    line("DEATH-STOP", label("line.recovered", {}), recovered);
    if (!outstanding.isZero()) line("DEATH-STOP", label("line.outstanding", {}), outstanding);
  }
  return { overpayment, recovered, outstanding, inheritable: minus(available, recovered) };
}

/**
 * One-time death benefits, paid by the fund (not the account): the region's (for a death during
 * the pension) and Cixi's legacy funeral grant (for a legacy member), by kind (slots/deathBenefit).
 */
function deathBenefits(
  input: SettlementInput,
  started: boolean,
  eventMonth: MonthIndex,
  line: Line,
  label: Label,
): Decimal {
  const { policy, event, date, trace } = input;
  let deathBenefit = ZERO;
  const isDeath = event === "death" || event === "declared-dead";
  const facts = {
    policy,
    date,
    eventMonth,
    firstMonth: input.schedule?.first ?? null,
    benefitOf: input.benefitOf,
    label,
  };
  const pay = (param: Parameter<DeathBenefitValue>): void => {
    const seg = valueOn(param, date);
    const { amount, text, inputs } = deathBenefitAmount(seg.value, facts);
    if (amount.isZero()) return;
    deathBenefit = deathBenefit.plus(amount);
    line(param.id, text, amount);
    if (trace.on) trace.add(param.id, seg.citation, inputs, formatMoney(amount), seg.note);
  };
  if (isDeath && started && policy.parameters.deathBenefit) pay(policy.parameters.deathBenefit);
  if (isDeath && input.legacy && policy.parameters.legacyFuneral) pay(policy.parameters.legacyFuneral);
  return deathBenefit;
}
