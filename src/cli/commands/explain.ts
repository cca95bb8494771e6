import { evaluateCaseWith, isPensionInputError, policiesWithPacks, type CaseResult, type LoadedPack, type TraceStep } from "../../index";
import { errorLine, readCaseFile, type CliIo, type CliResult } from "../io";
import { renderTable } from "../table";

/** Widest a citation or an output may grow before it wraps (terminal columns). */
const CITATION_WIDTH = 56;
const OUTPUT_WIDTH = 32;

/**
 * `explain <case.json | ->`: the trace as an aligned table (rule, citation, output), each
 * step's note on a line under it; bad input and `packs` (`--params`) as in `evaluate`.
 */
export async function explainFile(file: string, io: CliIo, packs: readonly LoadedPack[] = []): Promise<CliResult> {
  let result: CaseResult;
  try {
    result = evaluateCaseWith(policiesWithPacks(packs, { oneRegion: true }), await readCaseFile(file, io));
  } catch (e) {
    if (isPensionInputError(e)) return { code: 2, stdout: "", stderr: errorLine(e) };
    throw e;
  }
  return { code: 0, stdout: explainResult(result), stderr: "" };
}

/** The text `explain` prints for a result: a heading line and the trace table. */
export function explainResult(result: CaseResult): string {
  const monthly = result.pension.monthly;
  const heading = [
    `${result.region}, as of ${result.asOf}`,
    `${result.contributionYears} contribution years`,
    `balance ${result.account.balance}`,
    monthly ? `pension ${monthly.month} ${monthly.total}` : "no pension this month",
    ...(result.settlement ? [`settled (${result.settlement.event} ${result.settlement.date})`] : []),
  ].join(" · ");
  const table = renderTable(
    [{ heading: "rule" }, { heading: "citation", maxWidth: CITATION_WIDTH }, { heading: "output", maxWidth: OUTPUT_WIDTH }],
    result.trace.map((step: TraceStep) => ({ cells: [step.rule, step.citation, step.output], continuation: step.note })),
  );
  return `${heading}\n${result.trace.length} trace steps\n\n${table}`;
}
