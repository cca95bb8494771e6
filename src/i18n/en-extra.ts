/**
 * The English messages of the library's functions other than the evaluation — parameter packs,
 * the parameter lookups (`valueOn`, `segmentOn`), `needs`, pack templates, `getRegion`,
 * `localized`, `evaluateMany`, `localeFromEnv`, `citedSources`, `unreadableInput`, the result and
 * expect checks — the schemas' own messages, and the one-line description of each error code. An
 * evaluation never writes them, so they are a catalogue of their own that a one-region bundle
 * leaves out (docs/bundle-size.md); the evaluation's messages are src/i18n/en.ts.
 * src/i18n/zh-CN-extra.ts has the same ids (its types are these).
 */
import type { PensionErrorCode } from "../vocabulary/error-codes";
import type { ZodIssueInfo } from "./en";
import type { Locale } from "./locales";

type P<T> = (p: T) => string;
type W = { where: string };

/** One line on each error code (docs/integrators.md "Error codes"). */
export const enCodes = {
  "invalid-input": "wrong type, missing field or unknown key",
  "invalid-date": "not a real civil date YYYY-MM-DD or month YYYY-MM, or dates out of order",
  "invalid-money": "not an amount in yuan: NaN, Infinity, negative, non-numeric, more than two decimals",
  "unknown-region": "a region the library (or the policies given) does not have",
  "unknown-status": "a status kind the case format does not have",
  "unknown-event": "an event kind the case format does not have",
  "unknown-parameter": "an override names a parameter the policy does not have",
  "invalid-policy": "a policy or override fails the RegionPolicy schema",
  "invalid-pack": "a parameter pack is bad: not JSON, wrong format or region, a missing citation, overlapping segments",
  "parameter-unknown": "no known value of a parameter on the date asked",
  "limit-exceeded": "an input beyond the documented limits",
  "invalid-partial":
    "a cost partial (cost --partial-out) is bad, or belongs to another run: region, years, override, packs or version",
} satisfies Record<PensionErrorCode, string>;

/** The messages, by message id (an {@link ExtraText} made by `extraText`, src/i18n/extra.ts). */
export const enExtra = {
  /** What a tool could not read before handing it over (`unreadableInput`). */
  "pack.read": ((p) => `${p.file}: cannot read the parameter pack: ${p.reason}`) as P<{
    file: string;
    reason: string;
  }>,
  "cli.read": ((p) => `cannot read ${p.file ?? "standard input"}: ${p.reason}`) as P<{
    file: string | undefined;
    reason: string;
  }>,
  "cli.json": ((p) => `${p.file ?? "standard input"} is not valid JSON: ${p.reason}`) as P<{
    file: string | undefined;
    reason: string;
  }>,
  "unreadable.kind": ((p) => `$.kind: expected "case-read", "case-json" or "pack-read", got ${p.value}`) as P<{
    value: string;
  }>,
  "citation.type": ((p) => `$.citation: expected a citation string, got ${p.type}`) as P<{ type: string }>,
  "locale.env": (() => "env: expected an object of environment variables") as P<object>,
  "date.invalid": ((p) =>
    `${p.where}: ${p.value} is not a calendar date YYYY-MM-DD between ${p.min} and ${p.max}`) as P<
    W & { value: string; min: number; max: number }
  >,
  "region.unknown": ((p) => `unknown region ${p.value}; known: ${p.known}`) as P<{ value: string; known: string }>,
  "region.expected": ((p) => `$.region: expected one of ${p.known}`) as P<{ known: string }>,
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
  "packs.list": (() => "$.packs: expected a list of loaded packs ({ pack, file? })") as P<object>,
  "packs.entry": ((p) => `${p.where}: expected { pack, file? }`) as P<W>,
  "value.string": ((p) => `${p.where}: expected a string`) as P<W>,
  "limit.needs-rounds": ((p) => `needs: more than ${p.max} unknown periods`) as P<{ max: number }>,
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
  "pack.citation-required": (() => "a citation is required (the notice or document the value comes from)") as P<object>,
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
  "parameter.missing-all": ((p) =>
    `${p.first} In all the case lacks ${p.count} value${p.count === 1 ? "" : "s"}: ${p.list} (details.missing; \`resident-pension needs --pack-template\` prints a pack to fill in).`) as P<{
    first: string;
    count: number;
    list: string;
  }>,
  "result.invalid": ((p) => `$.result: not a CaseResult (as evaluateCase returns it): ${p.reason}`) as P<{
    reason: string;
  }>,
  "path.expected": (() => '$.path: expected a string such as "$"') as P<object>,
  "localized.error": (() => "$.error: expected a PensionInputError") as P<object>,
  "needs.options": (() =>
    'the needs options (second argument): expected an object such as { locale: "zh-CN" }') as P<object>,
  "batch.cases": (() => "$.cases: expected an array, an iterable or an async iterable of cases") as P<object>,
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
};

/** The extra messages' catalogue type (the Chinese one has it). */
export type ExtraCatalogue = typeof enExtra;
/** The id of an extra message. */
export type ExtraMessageId = keyof ExtraCatalogue;

/**
 * A piece of text of this catalogue: a message id and its parameters, with the catalogue in each
 * language (made by \`extraText\`, src/i18n/extra.ts), so that rendering it needs no import of it.
 */
export interface ExtraText {
  readonly id: ExtraMessageId;
  readonly params: Readonly<Record<string, unknown>>;
  readonly messages: Readonly<Record<Locale, ExtraCatalogue>>;
}
