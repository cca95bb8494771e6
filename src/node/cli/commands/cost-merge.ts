import { isPensionInputError, PensionInputError, type Locale } from "../../../index";
import { cliText } from "../text/index";
import { mergePartials, parsePartials, type CostPartial } from "../../batch/partial";
import { ownErrorLine, readText, reason, withoutBom, type CliIo, type CliResult } from "../io";
import { costOutput } from "./cost";

/** The text of a partials file (`-`: standard input); unreadable is `invalid-partial`. */
async function partialsText(file: string, io: CliIo, locale: Locale): Promise<string> {
  try {
    return withoutBom(await readText(file, io));
  } catch (e) {
    const why = reason(e);
    throw new PensionInputError("invalid-partial", [], cliText(locale, "partial.read", { file, reason: why }), {
      file,
    });
  }
}

/**
 * `cost-merge <partials…> [--json]`: add up the cost partials that `cost --partial-out` wrote
 * for the shards of a file (each file holds one or more, one a line; `-` reads standard input)
 * and print what one `cost` run over the whole file prints: the same report, byte for byte,
 * the same summary on standard error, the same exit code (70 when a shard's line hit a bug, 2
 * when every case of the region failed). The sums are exact and do not depend on the order of
 * the partials; given in input order, the subsidy-level columns are in a single run's order too.
 * Partials of different runs (region, years, override, packs, version) are refused:
 * `invalid-partial`, exit 2, the error JSON on standard error.
 */
export async function costMergeFiles(
  files: readonly string[],
  options: { readonly json: boolean; readonly locale?: Locale | undefined },
  io: CliIo,
): Promise<CliResult> {
  const locale = options.locale ?? "en";
  try {
    const partials: CostPartial[] = [];
    for (const file of files) partials.push(...parsePartials(await partialsText(file, io, locale), file, locale));
    if (partials.length === 0)
      throw new PensionInputError("invalid-partial", [], cliText(locale, "partial.none", { files: files.join(", ") }));
    const totals = mergePartials(partials);
    return costOutput(totals, { json: options.json, overrideFile: partials[0]!.run.override?.file, locale });
  } catch (e) {
    // Every error here is the command line's own (partials), made in `locale`.
    if (isPensionInputError(e)) return { code: 2, stdout: "", stderr: ownErrorLine(e) };
    throw e;
  }
}
