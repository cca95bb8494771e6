/**
 * Texts of the extra catalogue (src/i18n/en-extra.ts, src/i18n/zh-CN-extra.ts): the messages of
 * the library's functions other than the evaluation. Such a text carries its catalogue, so that
 * `render` (src/i18n/index.ts) needs no import of it and a bundle that only evaluates leaves it out
 * (docs/bundle-size.md).
 */
import { enExtra, type ExtraCatalogue, type ExtraMessageId, type ExtraText } from "./en-extra";
import { zhCNExtra } from "./zh-CN-extra";
import type { Text } from "./index";
import type { Locale } from "./locales";

const messages: Readonly<Record<Locale, ExtraCatalogue>> = { en: enExtra, "zh-CN": zhCNExtra };

/** The parameters of an extra message id; a string parameter may be a Text (rendered in the same locale). */
export type ExtraParams<K extends ExtraMessageId> = {
  [P in keyof Parameters<ExtraCatalogue[K]>[0]]: Parameters<ExtraCatalogue[K]>[0][P] extends string
    ? Parameters<ExtraCatalogue[K]>[0][P] | Text
    : Parameters<ExtraCatalogue[K]>[0][P];
};

/**
 * An {@link ExtraText}: the message id with its parameters and the catalogue it is rendered from.
 *
 * @internal
 */
export function extraText<K extends ExtraMessageId>(id: K, params: ExtraParams<K>): ExtraText {
  return { id, params: params as Readonly<Record<string, unknown>>, messages };
}
