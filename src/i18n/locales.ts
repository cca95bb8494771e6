/**
 * The languages of messages, refusals, notes and trace titles: Simplified Chinese (`"zh-CN"`) and
 * English (`"en"`). Codes, paths, rule ids and figures are the same in both.
 */
export const locales = Object.freeze(["zh-CN", "en"] as const);

/** A language of the library's text: {@link locales}. */
export type Locale = (typeof locales)[number];
