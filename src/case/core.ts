import { text } from "../i18n/index";
import { Decimal, formatFen, formatMoney, knownAmount, parseMoney, ZERO } from "../money";
import { formatMonth, lastDayOf, monthOf, parseMonth, type CivilDate, type MonthIndex } from "../dates";
import { isPensionInputError, localizeError, PensionInputError, type JsonPath } from "../errors";
import type { EventKind } from "../kinds";
import { applyOverridesRead, checkOverrideLimits } from "../policy/overrides";
import { checkedPolicy } from "../policy/define";
import type { RegionPolicy } from "../policy/schema";
import { determineCohort, type Cohort } from "../rules/cohort";
import { evaluateEligibility, type Eligibility } from "../rules/eligibility";
import { evaluateEnrollment } from "../rules/enrollment";
import { evaluatePayments, type LumpSumEntry, type PaymentEntry, type PaymentsOutcome } from "../rules/payments";
import type { Person } from "../rules/person";
import { runAccount, type AccountRun } from "../rules/account";
import { monthlyBenefit, type BenefitFacts, type MonthlyBenefitValue } from "../rules/benefit";
import { isPaidMonth, pensionSchedule, type PensionSchedule } from "../rules/schedule";
import { settle, type SettlementEvent, type SettlementValue } from "../rules/settlement";
import { transferRules } from "../rules/slots/transfer";
import { Trace } from "../rules/trace";
import { checkLocale, type Locale } from "../i18n/locale";
import { caseIssuesToError } from "./errors";
import { snapshot, tooMany } from "./input";
import type { CaseResult, MonthlyBenefit, PaymentResult, SettlementResult } from "./result";
import { caseSchema, limits, type Case } from "./schema";
import { isReservedKey, isWellFormedCase } from "./well-formed";

/** How the evaluator finds a region's policy: the registry (all five) or a single config. */
export type PolicySource = RegionPolicy | readonly RegionPolicy[] | ((id: string) => RegionPolicy);

/**
 * The policies given, each validated (`invalid-policy` for anything that is not a region policy).
 *
 * @internal
 */
export function resolver(source: PolicySource): (id: string) => RegionPolicy {
  if (typeof source === "function") return (id) => checkedPolicy(source(id));
  const list: readonly RegionPolicy[] = (Array.isArray(source) ? (source as readonly unknown[]) : [source]).map((p) =>
    checkedPolicy(p),
  );
  return (id) => {
    const found = list.find((p) => p.id === id);
    if (!found) {
      throw new PensionInputError(
        "unknown-region",
        ["region"],
        text("region.not-given", { value: JSON.stringify(id), given: list.map((p) => p.id).join(", ") }),
      );
    }
    return found;
  };
}

/**
 * Evaluate a case against the given policies only (a web page that ships one region imports
 * `resident-pension/core` and `resident-pension/regions/<id>`). Same result as `evaluateCase`.
 * This lean version (the one `resident-pension/core` exports, for small bundles) evaluates
 * exactly: `unknowns: "partial"` and `estimate: "floor"` are refused, and a `parameter-unknown`
 * error names the first missing value only. The main entry's `evaluateCaseWith` does all of it.
 *
 * @example
 * import { evaluateCaseWith } from "resident-pension/core";
 * import { qiannan } from "resident-pension/regions/qiannan";
 * evaluateCaseWith(qiannan, caseJson).pension.monthly?.total //=> "…"
 */
export function evaluateCaseWith(policies: PolicySource, input: unknown, options?: EvaluateOptions): CaseResult {
  const locale = localeOption(options);
  return withReceived(
    input,
    () => {
      const traceOn = traceOption(options);
      const c = parseCase(input);
      if (options?.unknowns === "partial" || (options?.estimate ?? c.options?.estimate ?? "none") === "floor") {
        const which = options?.unknowns === "partial" ? "unknowns" : "estimate";
        throw new PensionInputError("invalid-input", [which], text("options.core-only", { which }));
      }
      return evaluateInternal(c, resolver(policies), traceOn, undefined, locale).result;
    },
    locale,
  );
}

/** Options of {@link evaluateCaseWith} and `evaluateCase`. */
export interface EvaluateOptions {
  /**
   * `false`: the result's `trace` is empty and no step is built — the same figures, faster and
   * about 80% smaller as JSON (for population runs). Default `true`.
   */
  readonly trace?: boolean | undefined;
  /**
   * `"partial"`: where a value is missing, the figures that depend on it are `null` and the result
   * lists the missing values in `unknowns` (answers.md §2). Default `"refuse"`: a
   * `parameter-unknown` error carrying every missing value in `details.missing`. Overrides the
   * case's `options.unknowns`.
   */
  readonly unknowns?: "refuse" | "partial" | undefined;
  /**
   * `"floor"`: an unknown basic pension uses its proven lower bound (answers.md §3), every figure
   * built on it marked `"estimate": "at-least"` (or `"at-most"`). Overrides the case's `options.estimate`.
   */
  readonly estimate?: "none" | "floor" | undefined;
  /**
   * The language of error messages, refusals and notes: `"zh-CN"` (简体中文) or `"en"` (the
   * default). Codes, paths, rule ids and figures are the same in both (docs/language.md).
   */
  readonly locale?: Locale | undefined;
}

/**
 * The `locale` of the evaluate options (default `"en"`); `invalid-input` at `["locale"]` for any
 * other value.
 *
 * @internal
 */
export function localeOption(options: unknown): Locale {
  if (typeof options !== "object" || options === null) return "en";
  let locale: unknown;
  try {
    locale = (options as { locale?: unknown }).locale;
  } catch {
    return "en"; // traceOption reports the unreadable options
  }
  return checkLocale(locale);
}

/**
 * Whether the options ask for a trace; PensionInputError (path `["trace"]`) for bad options.
 *
 * @internal
 */
export function traceOption(options: unknown): boolean {
  if (options === undefined) return true;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new PensionInputError("invalid-input", ["trace"], text("options.object", {}));
  }
  let trace: unknown;
  try {
    trace = (options as { trace?: unknown }).trace;
  } catch {
    throw new PensionInputError("invalid-input", ["trace"], text("options.unreadable", {}));
  }
  if (trace !== undefined && typeof trace !== "boolean") {
    throw new PensionInputError("invalid-input", ["trace"], text("options.trace", { type: typeof trace }));
  }
  const { unknowns, estimate } = options as { unknowns?: unknown; estimate?: unknown };
  if (unknowns !== undefined && unknowns !== "refuse" && unknowns !== "partial") {
    throw new PensionInputError("invalid-input", ["unknowns"], text("options.unknowns", {}));
  }
  if (estimate !== undefined && estimate !== "none" && estimate !== "floor") {
    throw new PensionInputError("invalid-input", ["estimate"], text("options.estimate", {}));
  }
  return trace ?? true;
}

/**
 * Validate a case, throwing one PensionInputError that lists every bad field the case format
 * finds (`issues`), the first as its top-level `code`, `path` and `message`.
 *
 * @example
 * parseCase({ region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1952-11-20" } }).person.birthDate //=> "1952-11-20"
 */
export function parseCase(input: unknown): Case {
  // A plain copy, read once (getters and Proxy traps cannot throw past here), nesting bounded.
  const data = snapshot(input);
  // Well-formed input (nearly all of it) is checked in one pass; otherwise the sizes, the reserved
  // keys and zod, in that order, say what is wrong (zod, if anything, builds the error).
  if (isWellFormedCase(data)) return data;
  checkLengths(data);
  rejectProtoKeys(data, []);
  let parsed: ReturnType<typeof caseSchema.safeParse>;
  try {
    parsed = caseSchema.safeParse(data);
  } catch (e) {
    // Only a value that is not plain data (kept as it is by the copy) can make the schema throw.
    throw new PensionInputError(
      "invalid-input",
      [],
      text("case.not-plain", { reason: e instanceof Error ? e.message : String(e) }),
    );
  }
  if (!parsed.success) throw caseIssuesToError(parsed.error, data);
  return parsed.data;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The lengths of the case's lists and records, checked before any element is validated, so the
 * cost of refusing an oversized case does not grow with its size (conventions.md "Limits").
 */
function checkLengths(c: unknown): void {
  if (!isRecord(c)) return;
  const maxLength = (v: unknown, max: number, path: JsonPath): void => {
    if (Array.isArray(v) && v.length > max) throw tooMany(path, max);
  };
  if (isRecord(c["person"])) {
    maxLength(c["person"]["statuses"], limits.statuses, ["person", "statuses"]);
    maxLength(c["person"]["events"], limits.events, ["person", "events"]);
  }
  maxLength(c["payments"], limits.payments, ["payments"]);
  if (isRecord(c["options"])) {
    const rates = c["options"]["interestRates"];
    if (isRecord(rates) && Object.keys(rates).length > limits.interestRates)
      throw tooMany(["options", "interestRates"], limits.interestRates, "entries");
    checkOverrideLimits(c["options"]["parameters"], ["options", "parameters"]);
  }
}

/**
 * Run `evaluate`, adding the value received to a single-problem PensionInputError it throws.
 *
 * @internal
 */
export function withReceived<T>(input: unknown, evaluate: () => T, locale: Locale = "en"): T {
  try {
    return evaluate();
  } catch (e) {
    throw isPensionInputError(e) ? localizeError(e.withInput(input), locale) : e;
  }
}

/**
 * JSON.parse makes `"__proto__"` an own key; record schemas would silently drop it. Such a key is
 * never a valid field (years, parameter ids, statuses), so it is refused where it stands.
 */
function rejectProtoKeys(value: unknown, path: (string | number)[]): void {
  if (value === null || typeof value !== "object" || path.length > 8) return;
  // One path array, pushed and popped: a copy is made only for the error.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      rejectProtoKeys(value[i], path);
      path.pop();
    }
    return;
  }
  for (const key of Object.keys(value)) {
    if (isReservedKey(key)) {
      const inOverrides = path.length === 2 && path[0] === "options" && path[1] === "parameters";
      throw new PensionInputError(
        inOverrides ? "unknown-parameter" : "invalid-input",
        [...path, key],
        text("case.reserved-key", { where: `$.${[...path, key].join(".")}`, key, inOverrides }),
      );
    }
    path.push(key);
    rejectProtoKeys((value as Record<string, unknown>)[key], path);
    path.pop();
  }
}

/**
 * {@link benefitSchedule} against the given policies only.
 *
 * @example
 * // examples/qiannan.json: 55.00 basic + 7.87 account pension a month
 * benefitScheduleWith(qiannan, qiannanCase, "2013-05", "2013-06").map((m) => m?.total ?? null) //=> ["62.87", "62.87"]
 */
export function benefitScheduleWith(
  policies: PolicySource,
  input: unknown,
  from: string,
  to: string,
): (MonthlyBenefit | null)[] {
  const a = parseMonth(from, ["from"]);
  const b = parseMonth(to, ["to"]);
  if (b < a)
    throw new PensionInputError("invalid-date", ["to"], text("date.before-from", { where: "$.to", until: to, from }));
  return withReceived(input, () => {
    const c = parseCase(input);
    // Only the monthly benefits are returned: the trace is not built.
    const inner = evaluateInternal({ ...c, asOf: lastDayOf(b) }, resolver(policies), false);
    const out: (MonthlyBenefit | null)[] = [];
    for (let m = a; m <= b; m++) out.push(inner.isPaid(m) ? monthlyJson(inner.benefitOf(m)) : null);
    return out;
  });
}

export interface Internal {
  readonly result: CaseResult;
  readonly benefitOf: (m: MonthIndex) => MonthlyBenefitValue;
  readonly isPaid: (m: MonthIndex) => boolean;
}

function person(c: Case, asOf: CivilDate, policy: RegionPolicy): Person {
  const events: Partial<Record<EventKind, CivilDate>> = {};
  (c.person.events ?? []).forEach((e, i) => {
    if (e.kind in events)
      throw new PensionInputError(
        "invalid-input",
        ["person", "events", i, "kind"],
        text("case.second-event", { where: `$.person.events[${i}].kind`, kind: e.kind }),
      );
    events[e.kind] = e.date;
  });
  for (const k of Object.keys(events) as EventKind[]) if (events[k]! > asOf) delete events[k]; // after asOf: ignored
  (c.person.statuses ?? []).forEach((s, i) => {
    if (s.until !== undefined && s.until < s.from)
      throw new PensionInputError(
        "invalid-date",
        ["person", "statuses", i, "until"],
        text("date.before-from", { where: `$.person.statuses[${i}].until`, until: s.until, from: s.from }),
      );
  });
  if (c.person.legacyGrade !== undefined && policy.parameters.legacy && c.person.sex === undefined) {
    throw new PensionInputError("invalid-input", ["person", "sex"], text("case.sex-required", {}));
  }
  if (c.person.birthDate > asOf)
    throw new PensionInputError(
      "invalid-date",
      ["person", "birthDate"],
      text("date.birth-after-as-of", { where: "$.person.birthDate", birthDate: c.person.birthDate, asOf }),
    );
  return {
    birthDate: c.person.birthDate,
    sex: c.person.sex,
    statuses: (c.person.statuses ?? []).map((s) => ({ kind: s.kind, from: s.from, until: s.until })),
    childrenEnrolled: c.person.childrenEnrolled ?? true,
    legacyGrade: policy.parameters.legacy ? c.person.legacyGrade : undefined,
    events,
  };
}

function entries(c: Case): PaymentEntry[] {
  return (c.payments ?? []).map((p, index) => {
    if (p.kind === "make-up" && p.years === undefined)
      throw new PensionInputError(
        "invalid-input",
        ["payments", index, "years"],
        text("case.years-required", { where: `$.payments[${index}].years` }),
      );
    return {
      index,
      year: p.year,
      date: p.date,
      amount: knownAmount(p.amount) ?? parseMoney(p.amount, ["payments", index, "amount"]),
      collective: p.collective === undefined ? ZERO : parseMoney(p.collective, ["payments", index, "collective"]),
      sponsor: p.sponsor === undefined ? ZERO : parseMoney(p.sponsor, ["payments", index, "sponsor"]),
      kind: p.kind ?? "regular",
      years: p.kind === "make-up" ? (p.years ?? 1) : 1,
    };
  });
}

/**
 * The event that closes the account, the earliest if several. A transfer closes it only where the
 * balance moves (slots/transfer: Beibei's sealed balance closes nothing; a later death settles it).
 */
function closingEvent(
  policy: RegionPolicy,
  p: Person,
  firstMonth: MonthIndex | null,
): { event: SettlementEvent; date: CivilDate } | null {
  const candidates: { event: SettlementEvent; date: CivilDate }[] = [];
  if (p.events.death) candidates.push({ event: "death", date: p.events.death });
  if (p.events["declared-dead"]) candidates.push({ event: "declared-dead", date: p.events["declared-dead"] });
  if (p.events.emigration) candidates.push({ event: "emigration", date: p.events.emigration });
  const transfer = p.events["transfer-out"];
  const feature = policy.features.transfer;
  const moved = transfer ? transferRules[feature.value]({ feature, date: transfer, firstMonth, trace: null }) : null;
  if (moved !== null) candidates.push({ event: "transfer-out", date: moved });
  candidates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return candidates[0] ?? null;
}

/** A case read for evaluation: the policy with the case's overrides, the person, and the parsed inputs. */
interface Prepared {
  readonly c: Case;
  readonly asOf: CivilDate;
  readonly policy: RegionPolicy;
  readonly who: Person;
  readonly trace: Trace;
  readonly traceOn: boolean;
  readonly locale: Locale;
  readonly rates: Record<string, Decimal>;
  readonly paidThrough: MonthIndex | null;
  readonly lump: LumpSumEntry | null;
  readonly payments: readonly PaymentEntry[];
}

function prepare(
  c: Case,
  resolve: (id: string) => RegionPolicy,
  traceOn: boolean,
  instrument: ((p: RegionPolicy) => RegionPolicy) | undefined,
  locale: Locale,
): Prepared {
  const asOf = c.asOf;
  const base = resolve(c.region);
  // The case's own values win over the policy's (and any parameter pack's), marked as supplied.
  const overridden = c.options?.parameters
    ? applyOverridesRead(base, c.options.parameters, ["options", "parameters"], "options.parameters")
    : base;
  const policy = instrument ? instrument(overridden) : overridden;
  const who = person(c, asOf, policy);
  const trace = new Trace(traceOn, locale);
  const rates: Record<string, Decimal> = {};
  const given = c.options?.interestRates;
  if (given) for (const y of Object.keys(given)) rates[y] = new Decimal(String(given[y]));
  const paidThrough =
    c.options?.pensionsPaidThrough === undefined
      ? null
      : parseMonth(c.options.pensionsPaidThrough, ["options", "pensionsPaidThrough"]);
  const lump: LumpSumEntry | null = c.lumpSum
    ? { date: c.lumpSum.date, monthlyStandard: parseMoney(c.lumpSum.monthlyStandard, ["lumpSum", "monthlyStandard"]) }
    : null;
  const payments = entries(c);
  return { c, asOf, policy, who, trace, traceOn, locale, rates, paidThrough, lump, payments };
}

/**
 * The payments and eligibility. Two passes: the first pension month depends on the payments, and
 * payments after it are refused; a second pass is needed only when some entry is dated in or after
 * the first pension month.
 */
function paymentsAndEligibility(
  input: Prepared,
  cohort: Cohort,
): { outcome: PaymentsOutcome; eligibility: Eligibility } {
  const { c, policy, who, asOf, trace, traceOn, locale, payments } = input;
  // Before the first pension month is known, a transfer closes the account for the payments.
  const closerForPayments = closingEvent(policy, who, null);
  const transfer = who.events["transfer-out"];
  const feature = policy.features.transfer;
  if (transfer) transferRules[feature.value]({ feature, date: transfer, firstMonth: null, trace });
  const pay = (pensionStart: MonthIndex | null, t: Trace): PaymentsOutcome =>
    evaluatePayments(
      {
        policy,
        person: who,
        asOf,
        cohort,
        pensionStart,
        closedOn: closerForPayments ? closerForPayments.date : null,
        trace: t,
        locale,
      },
      payments,
      input.lump,
    );
  const elig = (o: PaymentsOutcome, t: Trace): Eligibility =>
    evaluateEligibility({
      policy,
      person: who,
      asOf,
      cohort,
      contributionYears: o.contributionYears,
      contributionEvents: o.contributionEvents,
      schemeStartOverride: c.options?.schemeStart,
      trace: t,
      locale,
    });
  const scratch = new Trace(traceOn, locale);
  const firstOutcome = pay(null, scratch);
  const first = elig(firstOutcome, scratch);
  const F0 = first.firstMonth;
  if (F0 !== null && payments.some((p) => monthOf(p.date) >= F0)) {
    const outcome = pay(F0, trace);
    return { outcome, eligibility: elig(outcome, trace) };
  }
  for (const step of scratch.steps) trace.steps.push(step);
  return { outcome: firstOutcome, eligibility: first };
}

/** The month the account pension starts: the first pension month, or later for a lump sum or an old-cohort make-up. */
function accountStartOf(
  F: MonthIndex | null,
  outcome: PaymentsOutcome,
  eligibility: Eligibility,
  settling: { date: CivilDate } | null,
): MonthIndex | null {
  let accountStart: MonthIndex | null = F;
  if (F !== null && outcome.lumpSum) accountStart = Math.max(F, outcome.lumpSum.startMonth);
  if (F !== null && outcome.oldCohortMakeUpMonth !== null) accountStart = Math.max(F, outcome.oldCohortMakeUpMonth);
  if (eligibility.legacy) accountStart = null;
  if (settling && accountStart !== null && monthOf(settling.date) < accountStart) accountStart = null;
  return accountStart;
}

/**
 * One evaluation. `instrument` (used by `needs` and the floor estimate) replaces the policy after
 * the case's overrides are applied; the default path passes none.
 *
 * @internal
 */
export function evaluateInternal(
  c: Case,
  resolve: (id: string) => RegionPolicy,
  traceOn: boolean,
  instrument?: (p: RegionPolicy) => RegionPolicy,
  locale: Locale = "en",
): Internal {
  const input = prepare(c, resolve, traceOn, instrument, locale);
  const { policy, who, asOf, trace } = input;
  const enrollment = evaluateEnrollment(policy, who, asOf, trace, locale);
  const cohort = determineCohort(policy, who.birthDate, c.options?.schemeStart, trace);
  const { outcome, eligibility } = paymentsAndEligibility(input, cohort);

  const F = eligibility.firstMonth;
  const settling = closingEvent(policy, who, F);
  const started = F !== null && (settling === null || monthOf(settling.date) >= F) && F <= monthOf(asOf);
  const schedule: PensionSchedule | null = F !== null ? pensionSchedule(policy, who, F, asOf, trace) : null;
  const accountStart = accountStartOf(F, outcome, eligibility, settling);
  const run = runAccount({
    policy,
    birthDate: who.birthDate,
    asOf,
    credits: outcome.credits,
    rates: { interestRates: input.rates },
    method: c.options?.interestMethod ?? policy.features.interestMethod.value,
    schedule: started ? schedule : null,
    accountStart,
    lumpStandard: outcome.lumpSum?.standard ?? null,
    closingMonth: settling ? monthOf(settling.date) : null,
    trace,
  });

  const facts: BenefitFacts = {
    policy,
    person: who,
    contributionYears: outcome.contributionYears,
    contributed: outcome.payments.some((p) => p.valid && p.kind !== "lump-sum"),
    accountPension: run.accountPension ?? ZERO,
    legacy: eligibility.legacy,
    firstMonth: F,
  };
  const benefitOf = benefitAt.bind(undefined, facts, accountStart);

  const asOfMonth = monthOf(asOf);
  const monthly = started && schedule && isPaidMonth(schedule, asOfMonth) ? benefitOf(asOfMonth, trace) : null;

  const settlement = settling
    ? settlementOf(input, settling, run, started ? schedule : null, benefitOf, eligibility.legacy)
    : null;
  const result = caseResult(input, { enrollment, outcome, eligibility, run, schedule, monthly, settlement });
  const isPaid = isPaidThrough.bind(undefined, started ? schedule : null, asOfMonth);
  return { result, benefitOf, isPaid };
}

// The month functions of a case are bound, not closures made per case, so that V8 optimises each
// once (see rules/person.ts).

/** The monthly benefit of month `m`: the account pension is paid from `accountStart`. */
function benefitAt(
  facts: BenefitFacts,
  accountStart: MonthIndex | null,
  m: MonthIndex,
  t?: Trace,
): MonthlyBenefitValue {
  return monthlyBenefit(
    { ...facts, accountPension: accountStart !== null && m >= accountStart ? facts.accountPension : ZERO },
    m,
    t,
  );
}

/** Whether month `m` is paid by `asOfMonth` (null: the pension has not started). */
function isPaidThrough(schedule: PensionSchedule | null, asOfMonth: MonthIndex, m: MonthIndex): boolean {
  return schedule !== null && isPaidMonth(schedule, m) && m <= asOfMonth;
}

/** Settle the account on its closing event (the ledger is emptied: the balance has left it). */
function settlementOf(
  input: Prepared,
  settling: { event: SettlementEvent; date: CivilDate },
  run: AccountRun,
  schedule: PensionSchedule | null,
  benefitOf: (m: MonthIndex) => MonthlyBenefitValue,
  legacy: boolean,
): SettlementValue {
  const closing = run.closing ?? { personal: ZERO, collective: ZERO, subsidy: ZERO, proxy: ZERO, other: ZERO };
  const settlement = settle({
    policy: input.policy,
    event: settling.event,
    date: settling.date,
    closing,
    schedule,
    paidThrough: input.paidThrough,
    benefitOf,
    legacy,
    trace: input.trace,
  });
  run.ledger.empty();
  return settlement;
}

/** The values a case result is written from. */
interface Evaluated {
  readonly enrollment: CaseResult["enrollment"];
  readonly outcome: PaymentsOutcome;
  readonly eligibility: Eligibility;
  readonly run: AccountRun;
  readonly schedule: PensionSchedule | null;
  readonly monthly: MonthlyBenefitValue | null;
  readonly settlement: SettlementValue | null;
}

function caseResult(input: Prepared, e: Evaluated): CaseResult {
  const { policy, asOf, trace } = input;
  const { outcome, eligibility, run, schedule, monthly, settlement } = e;
  const asOfMonth = monthOf(asOf);
  const F = eligibility.firstMonth;
  const sum = run.ledger.summaryFen();
  return {
    region: policy.id,
    asOf,
    enrollment: e.enrollment,
    payments: outcome.payments.map(paymentJson),
    contributionYears: outcome.contributionYears,
    account: {
      balance: formatFen(sum.balance),
      components: {
        personal: formatFen(sum.components.personal),
        collective: formatFen(sum.components.collective),
        subsidy: formatFen(sum.components.subsidy),
        proxy: formatFen(sum.components.proxy),
        other: formatFen(sum.components.other),
      },
      interestByYear: interestJson(run.ledger.interestStrings()),
      paidOut: formatFen(sum.paidOut),
      fundPaid: formatFen(sum.fundPaid),
      drawsByYear: drawsJson(run.drawsByYear),
    },
    pension: {
      eligible: eligibility.eligible,
      firstMonth: F === null ? null : formatMonth(F),
      refusals: [...eligibility.refusals],
      makeUp: eligibility.makeUp
        ? { years: eligibility.makeUp.years, amount: formatMoney(eligibility.makeUp.amount) }
        : null,
      accountPension: run.accountPension === null ? null : formatMoney(run.accountPension),
      monthly: monthly ? monthlyJson(monthly) : null,
      suspendedMonths: schedule ? suspendedJson(schedule, asOfMonth) : [],
    },
    settlement: settlement ? settlementJson(settlement) : null,
    trace: trace.steps,
  };
}

// Records by year: the keys are written in ascending order, as integer-like keys always are.

function interestJson(byYear: readonly (readonly [number, string])[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < byYear.length; i++) {
    const e = byYear[i]!;
    out[e[0]] = e[1];
  }
  return out;
}

function drawsJson(
  byYear: ReadonlyMap<number, { readonly account: string; readonly fund: string }>,
): Record<string, { account: string; fund: string }> {
  const out: Record<string, { account: string; fund: string }> = {};
  for (const [y, d] of byYear) out[y] = { account: d.account, fund: d.fund };
  return out;
}

/** The months not paid by asOf, in order: suspended and not yet back-paid. */
function suspendedJson(s: PensionSchedule, asOfMonth: MonthIndex): string[] {
  const months: MonthIndex[] = [];
  for (const m of s.suspended) if (m <= asOfMonth && !((s.backPaid.get(m) ?? Infinity) <= asOfMonth)) months.push(m);
  months.sort((a, b) => a - b);
  const out: string[] = new Array<string>(months.length);
  for (let i = 0; i < months.length; i++) out[i] = formatMonth(months[i]!);
  return out;
}

function paymentJson(p: ReturnType<typeof evaluatePayments>["payments"][number]): PaymentResult {
  return {
    year: p.year,
    date: p.date,
    kind: p.kind,
    valid: p.valid,
    tier: p.tier === null ? null : formatMoney(p.tier),
    personal: formatMoney(p.personal),
    proxy: formatMoney(p.proxy),
    subsidy: formatMoney(p.subsidy),
    subsidyByLevel: p.subsidyByLevel ? levelsJson(p.subsidyByLevel) : null,
    collective: formatMoney(p.collective),
    other: formatMoney(p.other),
    refusals: [...p.refusals],
  };
}

function levelsJson(levels: Readonly<Record<string, Decimal>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in levels) out[k] = formatMoney(levels[k]!);
  return out;
}

function monthlyJson(b: MonthlyBenefitValue): MonthlyBenefit {
  return {
    month: formatMonth(b.month),
    total: formatMoney(b.total),
    basic: formatMoney(b.basic),
    account: formatMoney(b.account),
    lines: b.lines.map((l) => ({ rule: l.rule, amount: formatMoney(l.amount) })),
  };
}

function settlementJson(s: SettlementValue): SettlementResult {
  return {
    event: s.event,
    date: s.date,
    lastPensionMonth: s.lastPensionMonth === null ? null : formatMonth(s.lastPensionMonth),
    balance: formatMoney(s.balance),
    excluded: formatMoney(s.excluded),
    overpayment: formatMoney(s.overpayment),
    overpaymentRecovered: formatMoney(s.overpaymentRecovered),
    overpaymentOutstanding: formatMoney(s.overpaymentOutstanding),
    inheritable: formatMoney(s.inheritable),
    toFund: formatMoney(s.toFund),
    transferred: formatMoney(s.transferred),
    deathBenefit: formatMoney(s.deathBenefit),
    lines: [...s.lines],
  };
}
