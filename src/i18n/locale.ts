import { PensionInputError } from "../errors";
import { extraText } from "./extra";

export { locales, type Locale } from "./locales";
import type { Locale } from "./locales";

/**
 * `value` as a {@link Locale}; `undefined` gives `fallback`. Anything else is an `invalid-input`
 * error at `path` (default `["locale"]`).
 *
 * @internal
 */
export function checkLocale(
  value: unknown,
  fallback: Locale = "en",
  path: readonly (string | number)[] = ["locale"],
): Locale {
  if (value === undefined) return fallback;
  if (value === "zh-CN" || value === "en") return value;
  throw new PensionInputError("invalid-input", path, {
    id: "locale.invalid",
    params: {
      where: path.length ? `$.${path.join(".")}` : "$",
      value: typeof value === "string" ? JSON.stringify(value) : typeof value,
    },
  });
}

/**
 * The command line's default language from the environment: `"zh-CN"` when `LC_ALL` (or, when it is
 * unset or empty, `LANG`) starts with `zh`, else `"en"`.
 *
 * @example
 * localeFromEnv({ LANG: "zh_CN.UTF-8" }) //=> "zh-CN"
 * localeFromEnv({ LC_ALL: "C", LANG: "zh_CN.UTF-8" }) //=> "en"
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  if (typeof env !== "object" || env === null)
    throw new PensionInputError("invalid-input", ["env"], extraText("locale.env", {}));
  let value: unknown;
  try {
    const lcAll = env["LC_ALL"];
    value = lcAll !== undefined && lcAll !== "" ? lcAll : env["LANG"];
  } catch {
    throw new PensionInputError("invalid-input", ["env"], extraText("locale.env", {}));
  }
  return typeof value === "string" && value.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}
