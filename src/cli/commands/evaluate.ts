import { evaluateCase, isPensionInputError } from "../../index";
import { errorLine, readCaseFile, type CliIo, type CliResult } from "../io";

/**
 * `evaluate <case.json | ->`: the CaseResult as pretty JSON on stdout, exit 0; bad input as the
 * error JSON on stderr, exit 2.
 */
export async function evaluateFile(file: string, io: CliIo): Promise<CliResult> {
  try {
    const result = evaluateCase(await readCaseFile(file, io));
    return { code: 0, stdout: `${JSON.stringify(result, null, 2)}\n`, stderr: "" };
  } catch (e) {
    if (isPensionInputError(e)) return { code: 2, stdout: "", stderr: errorLine(e) };
    throw e;
  }
}
