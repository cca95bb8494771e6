/**
 * The English message catalogue: every error message, refusal, note and trace sentence an
 * evaluation writes, by id (the messages of the other functions and the error codes' descriptions
 * are src/i18n/en-extra.ts). src/i18n/zh-CN.ts has the same ids (its type is this one's), so no
 * text exists in one language only. Rule titles in English are the registry's own.
 */

/** A piece of text to render in a locale: a message id and its parameters. */
export interface Text {
  readonly id: MessageId;
  readonly params: Readonly<Record<string, unknown>>;
}

/** What a zod issue says, enough to render it in any locale. */
export interface ZodIssueInfo {
  readonly code: string;
  /** zod's English message (or the schema's own). */
  readonly message: string;
  readonly expected?: string | undefined;
  readonly received?: string | undefined;
  readonly values?: readonly unknown[] | undefined;
  readonly maximum?: string | undefined;
  readonly minimum?: string | undefined;
  readonly inclusive?: boolean | undefined;
  readonly origin?: string | undefined;
  readonly keys?: readonly string[] | undefined;
}

type P<T> = (p: T) => string;

/**
 * The stable code of a refusal (a result's `refusals[].code`), the same in every language:
 * docs/language.md lists each with its English and Chinese sentence.
 */
export type RefusalCode =
  | "after-as-of"
  | "after-account-closed"
  | "before-enrolment-age"
  | "while-student"
  | "while-employee-pension"
  | "while-imprisoned"
  | "after-pension-start"
  | "before-contribution-year"
  | "after-pension-age-year"
  | "pension-age-year-late"
  | "after-deadline"
  | "back-payment-window"
  | "second-payment"
  | "not-a-tier"
  | "collective-above-cap"
  | "make-up-above-cap"
  | "back-payment-above-cap"
  | "make-up-not-allowed"
  | "make-up-before-60"
  | "make-up-not-a-tier"
  | "no-lump-sum"
  | "lump-sum-cohort"
  | "lump-sum-standard"
  | "sixtieth-year-unpaid"
  | "other-pension"
  | "employee-pension"
  | "before-pension-age"
  | "years-short-make-up"
  | "years-short-back-pay"
  | "years-short"
  | "children-not-enrolled"
  | "under-enrolment-age"
  | "student"
  | "covered-by-employee-pension";
type W = { where: string };

export const en = {
  /** The messages of PensionInputError, by message id. */
  errors: {
    "locale.invalid": ((p) => `${p.where}: expected "zh-CN" or "en", got ${p.value}`) as P<W & { value: string }>,
    "month.invalid": ((p) => `${p.where}: ${p.value} is not a month YYYY-MM between ${p.min} and ${p.max}`) as P<
      W & { value: string; min: number; max: number }
    >,
    "date.before-from": ((p) => `${p.where}: ${p.until} is before from ${p.from}`) as P<
      W & { until: string; from: string }
    >,
    "date.birth-after-as-of": ((p) => `${p.where}: ${p.birthDate} is after asOf ${p.asOf}`) as P<
      W & { birthDate: string; asOf: string }
    >,
    "money.invalid": ((p) => `${p.where}: ${p.problem}`) as P<W & { problem: string }>,
    "money.not-finite": ((p) => `${p.value} is not a finite amount`) as P<{ value: string }>,
    "money.type": ((p) => `expected a decimal string or a number, got ${p.type}`) as P<{ type: string }>,
    "money.negative": ((p) => `negative amount ${p.text}`) as P<{ text: string }>,
    "money.pattern": ((p) => `"${p.text}" is not an amount in yuan with at most two decimals`) as P<{ text: string }>,
    "money.policy": ((p) => `${p.where}: ${p.value} is not an amount in yuan with at most two decimals`) as P<
      W & { value: string }
    >,
    "region.not-given": ((p) => `region ${p.value} is not among the policies given (${p.given})`) as P<{
      value: string;
      given: string;
    }>,
    "limit.items": ((p) => `${p.where}: Too big: expected array to have <=${p.max} items`) as P<W & { max: number }>,
    "limit.entries": ((p) => `${p.where}: Too big: expected object to have <=${p.max} entries`) as P<
      W & { max: number }
    >,
    "limit.parameters": ((p) => `${p.where}: Too big: expected object to have <=${p.max} entries (parameter ids)`) as P<
      W & { max: number }
    >,
    "limit.segments": ((p) => `${p.where}: more than ${p.max} override segments in all`) as P<W & { max: number }>,
    "limit.depth": ((p) => `${p.where}: nested deeper than ${p.max} levels`) as P<W & { max: number }>,
    "limit.account": ((p) =>
      `the personal account would pass ${p.max} fen (Number.MAX_SAFE_INTEGER, about 90 trillion yuan): amounts this large are outside the library's limits`) as P<{
      max: number;
    }>,
    "parameter.unknown-id": ((p) => `${p.id}: ${p.region} has no parameter with this id (known: ${p.known})`) as P<{
      id: string;
      region: string;
      known: string;
    }>,
    "policy.override-invalid": ((p) => `override makes the policy invalid: ${p.message}`) as P<{ message: string }>,
    "parameter.unknown-on": ((p) =>
      `${p.id} (${p.title}) on ${p.date}: ${p.why}. Supply it in a parameter pack (--params FILE) or the case's options.parameters; in code withParameterPack(policy, pack) or withOverrides(policy, { "${p.id}": [{ from, until, value, citation }] }).`) as P<{
      id: string;
      title: string;
      date: string;
      why: string;
    }>,
    "parameter.no-value": (() => "no value is in force on that date") as P<object>,
    "parameter.unknown-segment": ((p) =>
      `the sources give no value for ${p.from} – ${p.until ?? "open"}${p.note ? ` (${p.note})` : ""}`) as P<{
      from: string;
      until: string | undefined;
      note: string | undefined;
    }>,
    "parameter.divisor": ((p) => `${p.id}: no divisor for age ${p.age} at pension start ${p.start}`) as P<{
      id: string;
      age: number;
      start: string;
    }>,
    "cohort.scheme-start": ((p) =>
      `${p.rule}: ${p.name}'s scheme start is not in the sources, and for a person born ${p.birthDate} the cohort or the contribution years it requires depend on it (it lies between ${p.earliest} and ${p.latest}). Supply it as the case's options.schemeStart, or as the fact ${p.rule} of a parameter pack (--params FILE on the command line, withParameterPack in code).`) as P<{
      rule: string;
      name: string;
      birthDate: string;
      earliest: string;
      latest: string;
      nameZh: string;
    }>,
    "subsidy.not-fen": ((p) =>
      `${p.id}: ${p.rate} × the tier ${p.tier} = ${p.amount} is not a whole fen, and docs/conventions.md allows no rounding here`) as P<{
      id: string;
      rate: string;
      tier: string;
      amount: string;
    }>,
    "options.core-only": ((p) =>
      `${p.which}: not in resident-pension/core; use evaluateCaseWith from "resident-pension"`) as P<{ which: string }>,
    "options.object": (() =>
      "the evaluate options (second argument): expected an object such as { trace: false }") as P<object>,
    "options.unreadable": (() =>
      "the evaluate options (second argument): cannot be read (a getter or Proxy trap threw)") as P<object>,
    "options.trace": ((p) =>
      `the evaluate options (second argument): trace must be true or false, got ${p.type}`) as P<{ type: string }>,
    "options.unknowns": (() => `unknowns must be "refuse" or "partial"`) as P<object>,
    "options.estimate": (() => `estimate must be "none" or "floor"`) as P<object>,
    "case.not-plain": ((p) => `$: not a case (plain JSON data expected): ${p.reason}`) as P<{ reason: string }>,
    "case.reserved-key": ((p) =>
      `${p.where}: "${p.key}" is not ${p.inOverrides ? "a parameter id" : "a field of the case format"}`) as P<
      W & { key: string; inOverrides: boolean }
    >,
    "case.second-event": ((p) => `${p.where}: a second "${p.kind}" event (at most one of each kind)`) as P<
      W & { kind: string }
    >,
    "case.sex-required": (() =>
      "$.person.sex: required with legacyGrade (CX-LEGACY pension age is 60 for men, 55 for women)") as P<object>,
    "case.years-required": ((p) => `${p.where}: required for a make-up payment`) as P<W>,
    "input.unreadable": ((p) => `${p.where}: cannot be read (${p.reason}): expected plain JSON data`) as P<
      W & { reason: string }
    >,
    /** A zod issue of the case or policy schema. */
    "zod.issue": ((p) => `${p.where}: ${p.issue.message}`) as P<W & { issue: ZodIssueInfo }>,
    /** An error whose English text has no catalogue entry (a message from outside the library). */
    raw: ((p) => p.text) as P<{ text: string }>,
  },

  /** Refusals under the rules, by refusal code (a refusal's `code`). */
  refusals: {
    "after-as-of": ((p) => `paid ${p.date}, after the evaluation date ${p.asOf}`) as P<{ date: string; asOf: string }>,
    "after-account-closed": ((p) =>
      p.closedOn === undefined
        ? `paid ${p.date}, after the account was closed`
        : `paid ${p.date}, after the account was closed on ${p.closedOn}`) as P<{
      date: string;
      closedOn: string | undefined;
    }>,
    "before-enrolment-age": ((p) => `paid ${p.date}, before the age of ${p.age}`) as P<{ date: string; age: number }>,
    "while-student": ((p) => `paid ${p.date} while a student (在校学生)`) as P<{ date: string }>,
    "while-employee-pension": ((p) => `paid ${p.date} while covered by the employees' pension (account sealed)`) as P<{
      date: string;
    }>,
    "while-imprisoned": ((p) => `paid ${p.date} while imprisoned (服刑期间不得缴纳)`) as P<{ date: string }>,
    "after-pension-start": ((p) => `paid ${p.date}, after the pension started (领取养老金后不得再缴费)`) as P<{
      date: string;
    }>,
    "before-contribution-year": ((p) => `paid ${p.date}, before its contribution year ${p.year}`) as P<{
      date: string;
      year: number;
    }>,
    "after-pension-age-year": ((p) =>
      `year ${p.year} is after the year of the ${p.age}th birthday (${p.birthday})`) as P<{
      year: number;
      age: number;
      birthday: string;
    }>,
    "pension-age-year-late": ((p) =>
      `the ${p.age}th year must be paid before the birthday month ${p.month} (应在年满60周岁的当月之前缴纳)`) as P<{
      age: number;
      month: string;
    }>,
    "after-deadline": ((p) => `paid ${p.date}, after the deadline ${p.due}; no back-payment (${p.citation})`) as P<{
      date: string;
      due: string;
      citation: string;
    }>,
    "back-payment-window": ((p) =>
      `paid ${p.date}: a missed year may be paid only in the next calendar year (${p.next})`) as P<{
      date: string;
      next: number;
    }>,
    "second-payment": ((p) => `a second payment for ${p.year}: one payment a year (${p.citation})`) as P<{
      year: number;
      citation: string;
    }>,
    "not-a-tier": ((p) =>
      `${p.year}: ${p.paid} paid${p.proxy === undefined ? "" : ` + ${p.proxy} proxy`} = ${p.tier} is not a tier in force (${p.tiers})`) as P<{
      year: number;
      paid: string;
      proxy: string | undefined;
      tier: string;
      tiers: string;
    }>,
    "collective-above-cap": ((p) =>
      `${p.year}: collective ${p.collective} is above the cap ${p.cap} (${p.citation})`) as P<{
      year: number;
      collective: string;
      cap: string;
      citation: string;
    }>,
    "make-up-above-cap": ((p) =>
      `make-up of ${p.years} years would take the total to ${p.total}, above ${p.cap}`) as P<{
      years: number;
      total: number;
      cap: number;
    }>,
    "back-payment-above-cap": ((p) => `back-payment for ${p.year} would take the total above ${p.cap} years`) as P<{
      year: number;
      cap: number;
    }>,
    "make-up-not-allowed": ((p) =>
      `a ${p.cohort}-cohort person may not make up years in ${p.region} (${p.citation})`) as P<{
      cohort: string;
      region: string;
      regionZh: string;
      citation: string;
    }>,
    "make-up-before-60": ((p) => `make-up is paid at 60 (在本人年满60周岁时), not before ${p.date}`) as P<{
      date: string;
    }>,
    "make-up-not-a-tier": ((p) => `${p.amount} / ${p.years} years = ${p.perYear} is not a tier (${p.tiers})`) as P<{
      amount: string;
      years: number;
      perYear: string;
      tiers: string;
    }>,
    "no-lump-sum": ((p) => `${p.region}'s texts have no lump-sum payment (趸缴)`) as P<{
      region: string;
      regionZh: string;
    }>,
    "lump-sum-cohort": (() => "only a person 60 or older on the scheme start may pay a lump sum") as P<object>,
    "lump-sum-standard": ((p) => `monthly standard ${p.standard} is not one of ${p.standards}`) as P<{
      standard: string;
      standards: string;
    }>,
    "sixtieth-year-unpaid": ((p) =>
      `the contribution for ${p.year}, the year of the 60th birthday, must be paid before the pension can start`) as P<{
      year: number;
    }>,
    "other-pension": ((p) => `draws another basic pension from ${p.from} (未享受其他基本养老保险待遇)`) as P<{
      from: string;
    }>,
    "employee-pension": ((p) => `covered by the employees' pension from ${p.from}`) as P<{ from: string }>,
    "before-pension-age": ((p) =>
      `reaches pension age ${p.age} on ${p.birthday}; the pension can start from ${p.month} at the earliest`) as P<{
      age: number;
      birthday: string;
      month: string;
    }>,
    "years-short-make-up": ((p) =>
      `${p.years} of ${p.required} contribution years: a make-up payment (补足) of ${p.short} years at the minimum tier ${p.tier} = ${p.amount} (${p.citation}) would make it up`) as P<{
      years: number;
      required: number;
      short: number;
      tier: string;
      amount: string;
      citation: string;
    }>,
    "years-short-back-pay": ((p) =>
      `${p.years} of ${p.required} contribution years: back-paying ${p.short} missed years at the minimum tier ${p.tier} = ${p.amount}, without subsidy (${p.citation}) would make it up`) as P<{
      years: number;
      required: number;
      short: number;
      tier: string;
      amount: string;
      citation: string;
    }>,
    "years-short": ((p) =>
      `${p.years} of ${p.required} contribution years, and ${p.region}'s texts allow no make-up for this person`) as P<{
      years: number;
      required: number;
      region: string;
      regionZh: string;
    }>,
    "children-not-enrolled": ((p) =>
      `the basic pension of a person 60+ on the scheme start needs the eligible children enrolled (${p.citation})`) as P<{
      citation: string;
    }>,
    "under-enrolment-age": ((p) => `${p.age} years old on ${p.asOf}; enrolment from ${p.min} (年满${p.min}周岁)`) as P<{
      age: number;
      asOf: string;
      min: number;
    }>,
    student: (() => "a student (不含在校学生)") as P<object>,
    "covered-by-employee-pension": (() =>
      "covered by the employees' pension (不属于职工基本养老保险制度覆盖范围)") as P<object>,
  } satisfies Record<RefusalCode, P<never>>,

  /** The sentences of trace steps (`output` and `note`) the library writes itself. */
  trace: {
    "enrol.may": (() => "may enrol") as P<object>,
    "enrol.may-not": (() => "may not enrol") as P<object>,
    "cohort.required": ((p) => `${p.cohort}: ${p.years} contribution years required`) as P<{
      cohort: string;
      years: number;
    }>,
    "cohort.start-unknown": (() =>
      "scheme start unknown; the cohort is the same for any start between the national bounds") as P<object>,
    "elig.not-eligible": (() => "not eligible") as P<object>,
    "elig.first-month": ((p) => `first pension month ${p.month}`) as P<{ month: string }>,
    "elig.first-month-note": (() =>
      "FIRST-MONTH: the latest of the month after the pension-age birthday's month, the region's benefit start and the month after the payment that met the condition") as P<object>,
    "pay.no-subsidy": (() => "back-payment: no subsidy") as P<object>,
    "pay.at-tier": ((p) => `${p.kind} at tier ${p.tier}`) as P<{ kind: string; tier: string }>,
    "pay.years": ((p) => `${p.years} contribution years`) as P<{ years: number }>,
    "pay.refused": (() => "refused: nothing credited") as P<object>,
    "transfer.sealed": (() => "balance sealed, keeps earning interest") as P<object>,
    "settle.transfer": (() => "TRANSFER: the whole balance leaves the ledger") as P<object>,
    "settle.inherit": (() =>
      "DEATH-INHERIT: only the subsidy component is excluded; proxy payments are inheritable") as P<object>,
    "settle.split": ((p) => `inheritable ${p.inheritable}, to fund ${p.toFund}`) as P<{
      inheritable: string;
      toFund: string;
    }>,
    "line.closing": (() => "closing balance (interest credited through the event month)") as P<object>,
    "line.transferred": (() => "transferred to the new region (个人账户储存额一次性转入)") as P<object>,
    "line.excluded-subsidy": (() => "excluded: government subsidy remainder (政府补贴余额)") as P<object>,
    "line.excluded-nothing": (() => "excluded: nothing (whole balance inheritable)") as P<object>,
    "line.overpayment": ((p) => `overpayment ${p.from} – ${p.until}`) as P<{ from: string; until: string }>,
    "line.recovered": (() => "overpayment recovered from the account") as P<object>,
    "line.outstanding": (() => "overpayment still owed by the estate") as P<object>,
    "line.refunded": (() => "refunded to the person (退还本人)") as P<object>,
    "line.inheritable": (() => "inheritable (可以依法继承)") as P<object>,
    "line.to-fund": (() => "to the pooled fund") as P<object>,
    "line.death-benefit": (() => "one-time death benefit (一次性丧葬补助费)") as P<object>,
    "line.months-of-pension": ((p) => `death benefit ${p.months} × ${p.monthly} (pension of ${p.month})`) as P<{
      months: number;
      monthly: string;
      month: string;
    }>,
    "line.funeral-grant": ((p) => `funeral grant ${p.multiple} × ${p.basic} (basic pension at death)`) as P<{
      multiple: number;
      basic: string;
    }>,
    "subsidy.own-tier": ((p) =>
      `a tier of its own for ${p.status}: ${p.id}'s brackets do not apply; the subsidy is the published special figure (interpretation)`) as P<{
      status: string;
      id: string;
    }>,
    "benefit.legacy": ((p) =>
      `${
        p.increased
          ? `legacy pension = grade amount + ${p.increase}${p.by === undefined ? "" : ` (drawn from ${p.start}, by ${p.by})`}`
          : `legacy pension = grade amount; no + ${p.increase}: drawn from ${p.start}, after ${p.by}`
      }; no account pension, no basic pension, no contributor top-up (interpretation)`) as P<{
      increased: boolean;
      increase: string;
      by: string | undefined;
      start: string;
    }>,
    "benefit.source-dated": ((p) => `source dated ${p.published}`) as P<{ published: string }>,
    "benefit.top-up-zero": (() => "0 unless supplied with an override") as P<object>,
    "schedule.months-suspended": ((p) => `${p.count} months suspended`) as P<{ count: number }>,
    "schedule.not-suspended": (() => "not suspended") as P<object>,
    "schedule.no-effect": (() => "no effect") as P<object>,
    "schedule.not-in-sources": (() => "imprisonment and missing persons: not in this region's sources") as P<object>,
    "schedule.prison-note": (() =>
      "a month is suspended when the person is imprisoned on any day of it; resumed the month after release, not back-paid") as P<object>,
    "account.drawn": ((p) => `paid ${p.account} from the account, ${p.fund} from the fund`) as P<{
      account: string;
      fund: string;
    }>,
    "account.balance-on": ((p) => `balance on ${p.date}`) as P<{ date: string }>,
    "account.balance-closing": (() => "balance at the settlement closing") as P<object>,
    "account.lump": (() => "lump-sum participant: the chosen monthly standard") as P<object>,
    "account.divisor": (() =>
      "BEN-DIVISOR: balance at pension start ÷ 计发月数, rounded once and fixed for life") as P<object>,
    "interest.supplied": (() => "rate supplied by the caller") as P<object>,
  },
};

/** The shape every catalogue has: zh-CN.ts is typed with it. */
export type Catalogue = typeof en;

/** The id of a message of {@link Catalogue.errors}. */
export type MessageId = keyof (typeof en)["errors"];
