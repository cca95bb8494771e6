import { cliText, type CliCatalogue, type CliTextId } from "../text/index";
import {
  isPensionInputError,
  needsWith,
  packTemplate,
  policiesWithPacks,
  type LoadedPack,
  type Locale,
  type Need,
  type NeedsReport,
} from "../../../index";
import { errorLine, readCaseFile, type CliIo, type CliResult } from "../io";
import { renderTable } from "../table";

const VALUE_WIDTH = 40;
const CITATION_WIDTH = 48;

/** A need's value in one line of text. */
function valueText(n: Need, locale: Locale): string {
  if (n.status === "unknown") return cliText(locale, "needs.unknown-value", { example: JSON.stringify(n.example) });
  return typeof n.value === "string" ? n.value : JSON.stringify(n.value);
}

/**
 * `needs <case.json | -> [--json] [--pack-template]`: every dated value the case's evaluation
 * looks up, as a table (default), the report as JSON (`--json`), or a parameter pack with every
 * unknown period to fill in (`--pack-template`). Exit 0 whether or not the case is complete; bad
 * input as in `evaluate`.
 */
export async function needsFile(
  file: string,
  io: CliIo,
  flags: { json: boolean; packTemplate: boolean; locale?: Locale | undefined },
  packs: readonly LoadedPack[] = [],
): Promise<CliResult> {
  const locale = flags.locale ?? "en";
  let json: unknown;
  let report: NeedsReport;
  try {
    json = await readCaseFile(file, io);
    report = needsWith(policiesWithPacks(packs, { oneRegion: true }), json, { locale });
  } catch (e) {
    if (isPensionInputError(e)) return { code: 2, stdout: "", stderr: errorLine(e, locale) };
    throw e;
  }
  if (flags.packTemplate) {
    const region = (json as { region: string }).region;
    return { code: 0, stdout: `${JSON.stringify(packTemplate(region, report), null, 2)}\n`, stderr: "" };
  }
  if (flags.json) return { code: 0, stdout: `${JSON.stringify(report, null, 2)}\n`, stderr: "" };
  const unknown = report.needs.filter((n) => n.status === "unknown");
  const t = <K extends CliTextId>(id: K, p: Parameters<CliCatalogue[K]>[0]): string => cliText(locale, id, p);
  const heading = report.complete
    ? t("needs.complete", { count: report.needs.length })
    : t("needs.incomplete", { unknown: unknown.length, count: report.needs.length });
  const table = renderTable(
    [
      { heading: t("table.parameter", {}) },
      { heading: t("table.period", {}) },
      { heading: t("table.status", {}) },
      { heading: t("table.value", {}), maxWidth: VALUE_WIDTH },
      { heading: t("table.citation", {}), maxWidth: CITATION_WIDTH },
    ],
    report.needs.map((n) => ({
      cells: [
        n.parameter,
        `${n.from} – ${n.until}`,
        locale === "en" ? n.status : t(n.status === "unknown" ? "needs.status-unknown" : "needs.status-known", {}),
        valueText(n, locale),
        n.citation ?? "",
      ],
      continuation: n.status === "unknown" ? `${n.titleZh} (${n.title}): ${n.shape}` : undefined,
    })),
  );
  return { code: 0, stdout: `${heading}\n\n${table}`, stderr: "" };
}
