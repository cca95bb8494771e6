import {
  evaluateCaseWith,
  isPensionInputError,
  policiesWithPacks,
  type CaseResult,
  type LoadedPack,
  type PartialCaseResult,
  type TraceStep,
} from "../../index";
import { errorLine, readCaseFile, type CliIo, type CliResult } from "../io";
import { answerOptions, type AnswerFlags } from "../answer";
import { renderTable } from "../table";

/** Widest a citation or an output may grow before it wraps (terminal columns). */
const CITATION_WIDTH = 56;
const OUTPUT_WIDTH = 32;

/**
 * `explain <case.json | ->`: the trace as an aligned table (rule, citation, output), each
 * step's note on a line under it; bad input and `packs` (`--params`) as in `evaluate`.
 */
export async function explainFile(
  file: string,
  io: CliIo,
  packs: readonly LoadedPack[] = [],
  flags?: AnswerFlags,
): Promise<CliResult> {
  let result: CaseResult | PartialCaseResult;
  try {
    const json = await readCaseFile(file, io);
    result = evaluateCaseWith(policiesWithPacks(packs, { oneRegion: true }), json, answerOptions(json, flags));
  } catch (e) {
    if (isPensionInputError(e)) return { code: 2, stdout: "", stderr: errorLine(e) };
    throw e;
  }
  return { code: 0, stdout: explainResult(result), stderr: "" };
}

/** The text `explain` prints for a result: a heading line and the trace table. */
export function explainResult(result: CaseResult | PartialCaseResult): string {
  const pension = result.pension;
  const monthly = pension === null ? undefined : pension.monthly;
  const unknown = "unknown";
  const atLeast = (e: string | null | undefined): string =>
    e === "at-least" ? "at least " : e === "at-most" ? "at most " : "";
  const heading = [
    `${result.region}, as of ${result.asOf}`,
    `${result.contributionYears ?? unknown} contribution years`,
    `balance ${result.account?.balance ?? unknown}`,
    monthly === undefined
      ? "pension unknown"
      : monthly
        ? `pension ${monthly.month ?? unknown} ${monthly.total === null ? unknown : `${atLeast(monthly.estimate)}${monthly.total}`}`
        : "no pension this month",
    ...(result.settlement
      ? [`settled (${result.settlement.event ?? unknown} ${result.settlement.date ?? unknown})`]
      : []),
  ].join(" · ");
  const missing =
    "unknowns" in result && result.unknowns && result.unknowns.length > 0
      ? `\n${result.unknowns.length} value${result.unknowns.length === 1 ? "" : "s"} unknown (null figures): ${result.unknowns.map((n) => `${n.parameter} ${n.from} – ${n.until}`).join("; ")}`
      : "";
  const table = renderTable(
    [
      { heading: "rule" },
      { heading: "citation", maxWidth: CITATION_WIDTH },
      { heading: "output", maxWidth: OUTPUT_WIDTH },
    ],
    result.trace.map((step: TraceStep) => ({
      cells: [step.rule, step.citation, step.output],
      continuation: step.note,
    })),
  );
  return `${heading}${missing}\n${result.trace.length} trace steps\n\n${table}`;
}
