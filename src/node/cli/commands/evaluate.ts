import { evaluateCaseWith, isPensionInputError, policiesWithPacks, type LoadedPack } from "../../../index";
import { errorLine, readCaseFile, type CliIo, type CliResult } from "../io";
import { answerOptions, type AnswerFlags } from "../answer";

/**
 * `evaluate <case.json | ->`: the CaseResult as pretty JSON on stdout, exit 0; bad input as the
 * error JSON on stderr, exit 2. `packs` (`--params`): parameter packs for the case's region, in order;
 * a pack for another region is `invalid-pack`. `--partial`: a partial result (null figures,
 * `unknowns`); `--estimate floor`: unknown basic pensions at their floor, marked.
 */
export async function evaluateFile(
  file: string,
  io: CliIo,
  packs: readonly LoadedPack[] = [],
  flags?: AnswerFlags,
): Promise<CliResult> {
  try {
    const json = await readCaseFile(file, io);
    const result = evaluateCaseWith(policiesWithPacks(packs, { oneRegion: true }), json, answerOptions(json, flags));
    return { code: 0, stdout: `${JSON.stringify(result, null, 2)}\n`, stderr: "" };
  } catch (e) {
    if (isPensionInputError(e)) return { code: 2, stdout: "", stderr: errorLine(e, flags?.locale) };
    throw e;
  }
}
