import type { Locale } from "../../../index";
import { enCli, type CliCatalogue } from "./en";
import { zhCNCli } from "./zh-CN";

export type { CliCatalogue } from "./en";

/** The id of a command-line text. */
export type CliTextId = keyof CliCatalogue;

/** A command-line text in `locale`. */
export function cliText<K extends CliTextId>(locale: Locale, id: K, params: Parameters<CliCatalogue[K]>[0]): string {
  const cli = locale === "en" ? enCli : zhCNCli;
  return (cli[id] as (p: Parameters<CliCatalogue[K]>[0]) => string)(params);
}
