/**
 * The English message catalogue: every error message, error-code description, refusal, note and
 * trace sentence the library writes, by id. src/i18n/zh-CN.ts has the same ids (its type is this
 * one's), so no text exists in one language only. Rule titles in English are the registry's own.
 */
import type { PensionErrorCode } from "../vocabulary/error-codes";

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
  /** One line on each error code (docs/integrators.md "Error codes"). */
  codes: {
    "invalid-input": "wrong type, missing field or unknown key",
    "invalid-date": "not a real civil date YYYY-MM-DD or month YYYY-MM, or dates out of order",
    "invalid-money": "not an amount in yuan: NaN, Infinity, negative, non-numeric, more than two decimals",
    "unknown-region": "a region the library (or the policies given) does not have",
    "unknown-status": "a status kind the case format does not have",
    "unknown-event": "an event kind the case format does not have",
    "unknown-parameter": "an override names a parameter the policy does not have",
    "invalid-policy": "a policy or override fails the RegionPolicy schema",
    "invalid-pack":
      "a parameter pack is bad: not JSON, wrong format or region, a missing citation, overlapping segments",
    "parameter-unknown": "no known value of a parameter on the date asked",
    "limit-exceeded": "an input beyond the documented limits",
    "invalid-partial":
      "a cost partial (cost --partial-out) is bad, or belongs to another run: region, years, override, packs or version",
  } satisfies Record<PensionErrorCode, string>,

  /** The messages of PensionInputError, by message id. */
  errors: {
    "locale.invalid": ((p) => `${p.where}: expected "zh-CN" or "en", got ${p.value}`) as P<W & { value: string }>,
    "locale.env": (() => "env: expected an object of environment variables") as P<object>,
    "date.invalid": ((p) =>
      `${p.where}: ${p.value} is not a calendar date YYYY-MM-DD between ${p.min} and ${p.max}`) as P<
      W & { value: string; min: number; max: number }
    >,
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
    "region.unknown": ((p) => `unknown region ${p.value}; known: ${p.known}`) as P<{ value: string; known: string }>,
    "region.expected": ((p) => `$.region: expected one of ${p.known}`) as P<{ known: string }>,
    "region.not-given": ((p) => `region ${p.value} is not among the policies given (${p.given})`) as P<{
      value: string;
      given: string;
    }>,
    "report.invalid": (() => "$.report: expected a needs report { complete, needs: [...] }") as P<object>,
    "pack.file-name": ((p) => `${p.where}: expected the pack's file name (a string)`) as P<W>,
    "pack.not-json": ((p) => `${p.name}: not valid JSON: ${p.reason}`) as P<{ name: string; reason: string }>,
    "pack.other-region": ((p) =>
      `${p.file}: $.region: the pack is for ${p.packRegion}, the case is in ${p.region}`) as P<{
      file: string;
      packRegion: string;
      region: string;
    }>,
    "pack.error": ((p) => `${p.file ?? "parameter pack"}: ${p.where}: ${p.message}`) as P<
      W & { file: string | undefined; message: string }
    >,
    "pack.one-fact": ((p) =>
      `${p.region}'s packs can supply one fact: ${p.rule} (the scheme start, as options.schemeStart)`) as P<{
      region: string;
      rule: string;
    }>,
    "pack.read": ((p) => `${p.file}: cannot read the parameter pack: ${p.reason}`) as P<{
      file: string;
      reason: string;
    }>,
    "packs.list": (() => "$.packs: expected a list of loaded packs ({ pack, file? })") as P<object>,
    "packs.entry": ((p) => `${p.where}: expected { pack, file? }`) as P<W>,
    "value.string": ((p) => `${p.where}: expected a string`) as P<W>,
    "limit.items": ((p) => `${p.where}: Too big: expected array to have <=${p.max} items`) as P<W & { max: number }>,
    "limit.entries": ((p) => `${p.where}: Too big: expected object to have <=${p.max} entries`) as P<
      W & { max: number }
    >,
    "limit.parameters": ((p) => `${p.where}: Too big: expected object to have <=${p.max} entries (parameter ids)`) as P<
      W & { max: number }
    >,
    "limit.segments": ((p) => `${p.where}: more than ${p.max} override segments in all`) as P<W & { max: number }>,
    "limit.depth": ((p) => `${p.where}: nested deeper than ${p.max} levels`) as P<W & { max: number }>,
    "limit.needs-rounds": ((p) => `needs: more than ${p.max} unknown periods`) as P<{ max: number }>,
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
    "policy.parameter": ((p) => `$.parameter: ${p.message}`) as P<{ message: string }>,
    "policy.parameter-shape": (() => "expected a parameter { id, title, segments }") as P<object>,
    "policy.parameter-id": (() => "expected an id") as P<object>,
    "policy.parameter-segments": (() => "expected segments") as P<object>,
    "policy.segment-dates": (() => "each segment needs a date from (and until not before it)") as P<object>,
    "policy.segment-order": (() => "segments must be in date order without overlap") as P<object>,
    "policy.parameter-unreadable": ((p) => `cannot be read (${p.reason})`) as P<{ reason: string }>,
    "pack.not-object": ((p) => `expected a parameter pack (a JSON object with "format": "${p.format}")`) as P<{
      format: string;
    }>,
    "pack.unknown-field": ((p) => `"${p.key}" is not a field of a parameter pack`) as P<{ key: string }>,
    "pack.citation-required": (() =>
      "a citation is required (the notice or document the value comes from)") as P<object>,
    "pack.format": ((p) => `expected "${p.format}"`) as P<{ format: string }>,
    "pack.until": ((p) => `until ${p.until} is before from ${p.from}`) as P<{ until: string; from: string }>,
    "pack.overlap": ((p) =>
      `${p.id}: segments ${p.first} (${p.firstFrom} – ${p.firstUntil ?? "open"}) and ${p.second} (from ${p.secondFrom}) overlap; a pack gives one value per day`) as P<{
      id: string;
      first: number;
      firstFrom: string;
      firstUntil: string | undefined;
      second: number;
      secondFrom: string;
    }>,
    /** An override's error inside a pack: English without its path (the pack names it), else in full. */
    "pack.inner": ((p) => p.en) as P<{ en: string; full: string }>,
    /** A zod issue's message alone (where the path is named before it). */
    "zod.message": ((p) => p.issue.message) as P<{ issue: ZodIssueInfo }>,
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
    "parameter.missing-all": ((p) =>
      `${p.first} In all the case lacks ${p.count} value${p.count === 1 ? "" : "s"}: ${p.list} (details.missing; \`resident-pension needs --pack-template\` prints a pack to fill in).`) as P<{
      first: string;
      count: number;
      list: string;
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
    "citation.type": ((p) => `$.citation: expected a citation string, got ${p.type}`) as P<{ type: string }>,
    "result.invalid": ((p) => `$.result: not a CaseResult (as evaluateCase returns it): ${p.reason}`) as P<{
      reason: string;
    }>,
    "path.expected": (() => '$.path: expected a string such as "$"') as P<object>,
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
    "cli.read": ((p) => `cannot read ${p.file ?? "standard input"}: ${p.reason}`) as P<{
      file: string | undefined;
      reason: string;
    }>,
    "cli.json": ((p) => `${p.file ?? "standard input"} is not valid JSON: ${p.reason}`) as P<{
      file: string | undefined;
      reason: string;
    }>,
    "localized.error": (() => "$.error: expected a PensionInputError") as P<object>,
    "needs.options": (() =>
      'the needs options (second argument): expected an object such as { locale: "zh-CN" }') as P<object>,
    "batch.cases": (() => "$.cases: expected an array, an iterable or an async iterable of cases") as P<object>,
    "partial.read": ((p) => `${p.file}: cannot read the cost partial: ${p.reason}`) as P<{
      file: string;
      reason: string;
    }>,
    "partial.not-json": ((p) => `${p.where}: not valid JSON: ${p.reason}`) as P<W & { reason: string }>,
    "partial.format": ((p) =>
      `${p.where}: expected a cost partial (a line of JSON with "format": "${p.format}", as cost --partial-out writes it)`) as P<
      W & { format: string }
    >,
    "partial.field": ((p) => `${p.where}: ${p.path}: not as cost --partial-out writes it`) as P<W & { path: string }>,
    "partial.mismatch": ((p) =>
      `${p.where}: ${p.path} is ${p.received}, but ${p.first} has ${p.expected}: partials of different cost runs cannot be merged`) as P<
      W & { path: string; received: string; first: string; expected: string }
    >,
    "partial.none": ((p) => `no cost partial in ${p.files}`) as P<{ files: string }>,
    /** A zod issue of the case or policy schema. */
    "zod.issue": ((p) => `${p.where}: ${p.issue.message}`) as P<W & { issue: ZodIssueInfo }>,
    /** The schemas' own messages (src/case/schema.ts). */
    "schema.date": ((p) => `a calendar date YYYY-MM-DD between ${p.min} and ${p.max}`) as P<{
      min: number;
      max: number;
    }>,
    "schema.month": (() => "a month YYYY-MM") as P<object>,
    "schema.year": (() => "a year YYYY") as P<object>,
    "schema.amount": (() => 'an amount: a decimal string such as "1200" or a number') as P<object>,
    "schema.rate": (() =>
      'a non-negative rate such as "0.03" (at most 3 digits before the point and 12 after)') as P<object>,
    "schema.one-of": ((p) => `one of ${p.values.join(", ")}`) as P<{ values: readonly string[] }>,
    "schema.rule-id": (() => "a docs/rules.md id such as QN-BEN-BASIC") as P<object>,
    "schema.tiers": (() =>
      'expected a list of tiers such as ["100", "200"], or { "tiers": [...], "reserved": [{ "tier", "statuses" }] }') as P<object>,
    "schema.segment-until": ((p) => `${p.id}: until ${p.until} is before from ${p.from}`) as P<{
      id: string;
      until: string;
      from: string;
    }>,
    "schema.segment-overlap": ((p) =>
      `${p.id}: segment from ${p.from} overlaps the one before it (segments must be in date order without overlap)`) as P<{
      id: string;
      from: string;
    }>,
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

/**
 * The command line's own text (usage errors, the `explain` and `needs` tables): apart from the
 * evaluator's catalogue, so that a one-region bundle does not carry it.
 */
export const enCli = {
  /** The help of `resident-pension --help`. */
  "usage.help": (() => `Usage: resident-pension <command> [options]

China's urban-rural residents' basic pension (城乡居民基本养老保险), computed as the local texts say.

Commands:
  evaluate <case.json | -> [--params FILE]…
                                  print the case's result as JSON (exit 2 on bad input,
                                  the error as JSON on stderr)
  check <files or folders…> [--params FILE]…
                                  evaluate every case with an "expect" block (folders:
                                  every *.json, recursively); exit 1 if any fails
  explain <case.json | -> [--params FILE]…
                                  the case's trace as a table: rule, citation, output
  needs <case.json | -> [--json] [--pack-template] [--params FILE]…
                                  every dated value the case's evaluation looks up, known
                                  or unknown, merged into periods (everything missing at
                                  once); --json the report; --pack-template a parameter
                                  pack with every unknown period, "value": null to fill in
  regions [--date YYYY-MM-DD] [--json]
                                  each region's facts, features and parameters in force
                                  on the date (default today), with citations
  batch <cases.jsonl | -> [--workers N] [--out results.jsonl] [--no-trace] [--params FILE]…
                                  evaluate one case per line on N worker threads (default
                                  and at most: the cores); one line out per case, in input
                                  order: {"line":n,"result":…} or {"line":n,"error":{…}}
                                  (with the case's "id"); bad lines never stop the run;
                                  last on stderr "batch: N ok, N failed"; --out is written
                                  to a temporary file renamed into place when complete;
                                  --no-trace: results with an empty trace (faster, ~80%
                                  smaller)
  cost <cases.jsonl | -> --region R --from YYYY --to YYYY [--override file.json] [--json]
       [--workers N] [--params FILE]… [--partial-out FILE | -]
                                  yearly outlay over the region's cases (basic pension,
                                  account pension, fund top-ups, subsidies by level,
                                  proxy payments), each case evaluated as of 31 December
                                  of --to; with --override the same under the changed
                                  policy and the difference; bad lines on stderr;
                                  --partial-out also writes the totals for cost-merge
                                  (-: to stdout instead of the report)
  cost-merge <partials… | -> [--json]
                                  add up the partials of cost --partial-out over shards
                                  of a file: the report one cost run over the whole file
                                  prints (docs/scale.md)

Answers when a value is unknown (evaluate, explain, check, batch):
  --partial                       null figures where a value is missing, and "unknowns"
                                  (also the case's "options": { "unknowns": "partial" })
  --estimate floor                an unknown basic pension at its proven floor; figures
                                  built on it marked "estimate": "at-least" / "at-most"

Options:
  --params FILE                   a parameter pack (docs/packs.md): dated, cited values for
                                  the periods the sources leave unknown; repeatable, a later
                                  pack wins; the case's own options.parameters win over all
  --lang zh-CN|en                 the language of messages, refusals and tables (every
                                  command; default zh-CN when LC_ALL or LANG starts with zh)
  -h, --help                      this help
  -v, --version                   the version

Exit codes: 0 ok, 1 a check failed, 2 bad input or usage, 70 an internal error (a bug),
74 the output could not be written, 130/143 stopped by SIGINT/SIGTERM.
batch and cost exit 0 when every line was written, even if some lines failed (they are
reported); cost exits 2 when every case of the region failed.
The case format, conventions and rules: docs/index.md in the package repository.`) as P<object>,
  "usage.no-command": (() => "no command given") as P<object>,
  "usage.unknown-command": ((p) => `unknown command ${p.command}`) as P<{ command: string }>,
  "usage.args": ((p) => p.message) as P<{ message: string }>,
  "usage.no-option": ((p) => `${p.command} has no option --${p.option}`) as P<{ command: string; option: string }>,
  "usage.lang": ((p) => `--lang ${p.value}: the languages are zh-CN and en`) as P<{ value: string }>,
  "usage.estimate": ((p) => `--estimate ${p.value}: the only estimate is "floor" (or "none")`) as P<{
    value: string;
  }>,
  "usage.one-file": ((p) => `${p.command} takes one case file (or - for standard input)`) as P<{ command: string }>,
  "usage.check-files": (() => "check needs at least one file or folder") as P<object>,
  "usage.regions-args": ((p) => `regions takes no arguments, got ${p.arg}`) as P<{ arg: string }>,
  "usage.date": ((p) => `--date ${p.value} is not a calendar date YYYY-MM-DD`) as P<{ value: string }>,
  "usage.jsonl": ((p) => `${p.command} takes one JSONL file (one case per line), or - for standard input`) as P<{
    command: string;
  }>,
  "usage.workers": ((p) => `--workers ${p.value} is not a number of threads 0–256 (0: no worker thread)`) as P<{
    value: string;
  }>,
  "usage.cost-needs": ((p) => `cost needs --${p.option}`) as P<{ option: string }>,
  "line.too-long": ((p) =>
    `a line of ${p.bytes} bytes: longer than the ${p.limit}-byte limit of one case (not read)`) as P<{
    bytes: number;
    limit: number;
  }>,
  "line.not-json": ((p) => `not valid JSON: ${p.message}`) as P<{ message: string }>,
  "line.not-a-case": (() => "$: expected a case (a JSON object)") as P<object>,
  "line.with-override": (() => "with the override: ") as P<object>,
  "batch.summary": ((p) => `batch: ${p.ok} ok, ${p.failed} failed`) as P<{ ok: number; failed: number }>,
  "cost.all-failed": ((p) => `every case of ${p.region} failed: no totals to report`) as P<{ region: string }>,
  progress: ((p) => `${p.command}: processed ${p.count} cases, ${p.rate}/s`) as P<{
    command: string;
    count: number;
    rate: number;
  }>,
  "cost.summary": ((p) => `cost: ${p.ok} costed, ${p.failed} failed, ${p.other} of other regions skipped`) as P<{
    ok: number;
    failed: number;
    other: number;
  }>,
  "check.mismatch": ((p) => `${p.path} expected ${p.expected} got ${p.got}`) as P<{
    path: string;
    expected: string;
    got: string;
  }>,
  "check.no-such-file": ((p) => `${p.path}: no such file or directory`) as P<{ path: string }>,
  "check.summary": ((p) => `${p.passed} passed, ${p.failed} failed`) as P<{ passed: number; failed: number }>,
  "check.no-case": ((p) => `no case with an "expect" block in ${p.paths}`) as P<{ paths: string }>,
  "explain.as-of": ((p) => `${p.region}, as of ${p.asOf}`) as P<{ region: string; asOf: string }>,
  "explain.years": ((p) => `${p.years} contribution years`) as P<{ years: string }>,
  "explain.balance": ((p) => `balance ${p.balance}`) as P<{ balance: string }>,
  "explain.pension-unknown": (() => "pension unknown") as P<object>,
  "explain.pension": ((p) => `pension ${p.month} ${p.total}`) as P<{ month: string; total: string }>,
  "explain.no-pension": (() => "no pension this month") as P<object>,
  "explain.settled": ((p) => `settled (${p.event} ${p.date})`) as P<{ event: string; date: string }>,
  "explain.unknown": (() => "unknown") as P<object>,
  "explain.at-least": (() => "at least ") as P<object>,
  "explain.at-most": (() => "at most ") as P<object>,
  "explain.missing": ((p) => `${p.count} value${p.count === 1 ? "" : "s"} unknown (null figures): ${p.list}`) as P<{
    count: number;
    list: string;
  }>,
  "explain.steps": ((p) => `${p.count} trace steps`) as P<{ count: number }>,
  "table.rule": (() => "rule") as P<object>,
  "table.citation": (() => "citation") as P<object>,
  "table.output": (() => "output") as P<object>,
  "table.parameter": (() => "parameter") as P<object>,
  "table.period": (() => "period") as P<object>,
  "table.status": (() => "status") as P<object>,
  "table.value": (() => "value") as P<object>,
  "needs.complete": ((p) => `complete: every value the case needs is known (${p.count} periods)`) as P<{
    count: number;
  }>,
  "needs.incomplete": ((p) =>
    `incomplete: ${p.unknown} of ${p.count} periods unknown — supply them with --params FILE (a pack: needs --pack-template) or the case's options.parameters`) as P<{
    unknown: number;
    count: number;
  }>,
  "needs.unknown-value": ((p) => `unknown — e.g. ${p.example}`) as P<{ example: string }>,
  "needs.status-known": (() => "known") as P<object>,
  "needs.status-unknown": (() => "unknown") as P<object>,
  "usage.merge-files": (() =>
    "cost-merge takes the files of cost --partial-out (one or more; - for standard input)") as P<object>,
};

/** The shape of a command-line catalogue: zh-CN.ts's is typed with it. */
export type CliCatalogue = typeof enCli;

/** The shape every catalogue has: zh-CN.ts is typed with it. */
export type Catalogue = typeof en;

/** The id of a message of {@link Catalogue.errors}. */
export type MessageId = keyof (typeof en)["errors"];
