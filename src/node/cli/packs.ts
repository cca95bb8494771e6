import { readFileSync } from "node:fs";
import { isPensionInputError, parseParameterPack, unreadableInput, type LoadedPack, type Locale } from "../../index";
import { errorLine, reason, type CliResult } from "./io";

/**
 * `--params FILE` (repeatable): read and check each parameter pack once, in the order given (a
 * later pack wins where two overlap). A file that cannot be read or is not JSON is `invalid-pack`;
 * every error names the file in its message and in `details.file`.
 */
export function loadPacks(files: readonly string[]): LoadedPack[] {
  return files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      throw unreadableInput("pack-read", file, reason(e));
    }
    return { pack: parseParameterPack(text, file), file };
  });
}

/**
 * Run a command with the packs of `--params`: a bad pack ends it before any case is read, with
 * the error JSON on stderr and exit 2. Any evaluating command wires `--params` with one line:
 * `return withPacks(values.params, (packs) => someCommand(…, packs));`.
 */
export async function withPacks(
  files: readonly string[] | undefined,
  command: (packs: readonly LoadedPack[]) => CliResult | Promise<CliResult>,
  locale: Locale = "en",
): Promise<CliResult> {
  let packs: LoadedPack[];
  try {
    packs = loadPacks(files ?? []);
  } catch (e) {
    if (isPensionInputError(e)) return { code: 2, stdout: "", stderr: errorLine(e, locale) };
    throw e;
  }
  return command(packs);
}
