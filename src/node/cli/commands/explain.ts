import { cliText, type CliCatalogue, type CliTextId } from "../text/index";
import {
  evaluateCaseWith,
  isPensionInputError,
  policiesWithPacks,
  regions,
  rules,
  type CaseResult,
  type LoadedPack,
  type Locale,
  type PartialCaseResult,
  type TraceStep,
} from "../../../index";
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
    if (isPensionInputError(e)) return { code: 2, stdout: "", stderr: errorLine(e, flags?.locale) };
    throw e;
  }
  return { code: 0, stdout: explainResult(result, flags?.locale), stderr: "" };
}

/** The text `explain` prints for a result: a heading line and the trace table. */
export function explainResult(result: CaseResult | PartialCaseResult, locale: Locale = "en"): string {
  const t = <K extends CliTextId>(id: K, p: Parameters<CliCatalogue[K]>[0]): string => cliText(locale, id, p);
  const pension = result.pension;
  const monthly = pension === null ? undefined : pension.monthly;
  const unknown = t("explain.unknown", {});
  const atLeast = (e: string | null | undefined): string =>
    e === "at-least" ? t("explain.at-least", {}) : e === "at-most" ? t("explain.at-most", {}) : "";
  const heading = [
    t("explain.as-of", { region: regionName(result.region, locale), asOf: result.asOf }),
    t("explain.years", { years: String(result.contributionYears ?? unknown) }),
    t("explain.balance", { balance: result.account?.balance ?? unknown }),
    monthly === undefined
      ? t("explain.pension-unknown", {})
      : monthly
        ? t("explain.pension", {
            month: monthly.month ?? unknown,
            total: monthly.total === null ? unknown : `${atLeast(monthly.estimate)}${monthly.total}`,
          })
        : t("explain.no-pension", {}),
    ...(result.settlement
      ? [t("explain.settled", { event: result.settlement.event ?? unknown, date: result.settlement.date ?? unknown })]
      : []),
  ].join(" · ");
  const missing =
    "unknowns" in result && result.unknowns && result.unknowns.length > 0
      ? `\n${t("explain.missing", {
          count: result.unknowns.length,
          list: result.unknowns.map((n) => `${n.parameter} ${n.from} – ${n.until}`).join("; "),
        })}`
      : "";
  const table = renderTable(
    [
      { heading: t("table.rule", {}) },
      { heading: t("table.citation", {}), maxWidth: CITATION_WIDTH },
      { heading: t("table.output", {}), maxWidth: OUTPUT_WIDTH },
    ],
    result.trace.map((step: TraceStep) => ({
      cells: [step.rule, step.citation, step.output],
      continuation: locale === "en" ? step.note : zhContinuation(step),
    })),
  );
  return `${heading}${missing}\n${t("explain.steps", { count: result.trace.length })}\n\n${table}`;
}

/** Under a step in Chinese: the rule's Chinese title, then the step's note (from the sources). */
function zhContinuation(step: TraceStep): string {
  const rule = rules.get(step.rule);
  const title = rule?.titleZh ?? rule?.title ?? step.rule;
  return step.note === undefined ? title : `${title}；${step.note}`;
}

/** The region as a reader of the language knows it: `黔南州（qiannan）` in Chinese, the id in English. */
function regionName(id: string, locale: Locale): string {
  const policy = regions.find((r) => r.id === id);
  return locale === "en" || policy === undefined ? id : `${policy.nameZh}（${id}）`;
}
