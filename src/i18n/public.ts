/**
 * The language functions of the public API: {@link localized} and the locale helpers.
 */
import { isPensionInputError, localizeError, PensionInputError } from "../errors";
import { extraText } from "./extra";
import { checkLocale, type Locale } from "./locale";

/**
 * The same error with its `message` and every issue's `message` in `locale` (`"zh-CN"` or
 * `"en"`); `code`, `path`, `details`, `received` unchanged. For an error caught from a call that
 * has no `locale` option (`withOverrides`, `parseParameterPack`, …), or to show one error in both
 * languages.
 *
 * @example
 * try {
 *   evaluateCase({ region: "qiannan", asOf: "2013-02-30", person: { birthDate: "1952-11-20" } });
 * } catch (e) {
 *   localized(e, "zh-CN").message //=> "$.asOf: 应为 1900 至 2200 年间真实存在的日期 YYYY-MM-DD"
 * }
 */
export function localized(error: PensionInputError, locale: Locale): PensionInputError {
  if (!isPensionInputError(error))
    throw new PensionInputError("invalid-input", ["error"], extraText("localized.error", {}));
  return localizeError(error, checkLocale(locale, "en", ["locale"]));
}
