/**
 * Rendering the catalogues: a {@link Text} (message id and parameters) in a locale, refusals,
 * and a PensionInputError re-rendered in another language.
 */
import { en, type Catalogue, type MessageId, type RefusalCode } from "./en";
import type { Text as CatalogueText } from "./en";
import type { ExtraText } from "./en-extra";
import { zhCN } from "./zh-CN";
import type { Locale } from "./locales";

export type { Catalogue, MessageId } from "./en";

/**
 * A piece of text to render in a locale: a message id of this catalogue, or of the extra one
 * (src/i18n/extra.ts: the messages of the functions other than the evaluation), with its parameters.
 */
export type Text = CatalogueText | ExtraText;

const catalogues: Readonly<Record<Locale, Catalogue>> = { en, "zh-CN": zhCN };

/**
 * The catalogue of a locale.
 *
 * @internal
 */
export function catalogue(locale: Locale): Catalogue {
  return catalogues[locale];
}

/** The parameters of a message id; a string parameter may be a Text (rendered in the same locale). */
export type MessageParams<K extends MessageId> = {
  [P in keyof Parameters<Catalogue["errors"][K]>[0]]: Parameters<Catalogue["errors"][K]>[0][P] extends string
    ? Parameters<Catalogue["errors"][K]>[0][P] | Text
    : Parameters<Catalogue["errors"][K]>[0][P];
};

/**
 * A {@link Text}: the message id with its parameters (a parameter may itself be a Text, rendered
 * in the same locale).
 *
 * @internal
 */
export function text<K extends MessageId>(id: K, params: MessageParams<K>): CatalogueText {
  return { id, params: params as Readonly<Record<string, unknown>> };
}

/** Whether `v` is a {@link Text}. */
export function isText(v: unknown): v is Text {
  return typeof v === "object" && v !== null && typeof (v as Text).id === "string" && "params" in v;
}

/**
 * `t` in `locale`.
 *
 * @internal
 */
export function render(t: Text, locale: Locale): string {
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(t.params)) params[k] = isText(v) ? render(v, locale) : v;
  // An extra message carries its catalogue (src/i18n/extra.ts): the evaluation's bundle leaves it out.
  const messages = "messages" in t ? t.messages[locale] : catalogues[locale].errors;
  const fn = messages[t.id as keyof typeof messages] as (p: Record<string, unknown>) => string;
  return fn(params);
}

/** The id of a trace sentence. */
export type TraceTextId = keyof Catalogue["trace"];

/**
 * A trace sentence in `locale`.
 *
 * @internal
 */
export function traceText<K extends TraceTextId>(
  locale: Locale,
  id: K,
  params: Parameters<Catalogue["trace"][K]>[0],
): string {
  return (catalogues[locale].trace[id] as (p: Parameters<Catalogue["trace"][K]>[0]) => string)(params);
}

export type { RefusalCode } from "./en";

/** The parameters of a refusal code's message. */
export type RefusalParams<K extends RefusalCode> = Parameters<Catalogue["refusals"][K]>[0];

/**
 * Every refusal code a result's `refusals` can carry (`code` next to `rule` and `message`).
 * Stable: integrators switch on them.
 *
 * @example
 * refusalCodes.includes("after-deadline") //=> true
 */
export const refusalCodes: readonly RefusalCode[] = Object.freeze(Object.keys(en.refusals) as RefusalCode[]);

/**
 * A refusal under `rule` with its code and message in `locale` (a `Refusal`, src/vocabulary/result-parts.ts).
 *
 * @internal
 */
export function refusal<K extends RefusalCode>(
  locale: Locale,
  rule: string,
  code: K,
  params: RefusalParams<K>,
): { rule: string; code: RefusalCode; message: string } {
  const fn = catalogues[locale].refusals[code] as (p: RefusalParams<K>) => string;
  return { rule, code, message: fn(params) };
}
