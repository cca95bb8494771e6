import {
  isPensionInputError,
  needsWith,
  packTemplate,
  policiesWithPacks,
  type LoadedPack,
  type Need,
  type NeedsReport,
} from "../../index";
import { errorLine, readCaseFile, type CliIo, type CliResult } from "../io";
import { renderTable } from "../table";

const VALUE_WIDTH = 40;
const CITATION_WIDTH = 48;

/** A need's value in one line of text. */
function valueText(n: Need): string {
  if (n.status === "unknown") return `unknown — e.g. ${JSON.stringify(n.example)}`;
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
  flags: { json: boolean; packTemplate: boolean },
  packs: readonly LoadedPack[] = [],
): Promise<CliResult> {
  let json: unknown;
  let report: NeedsReport;
  try {
    json = await readCaseFile(file, io);
    report = needsWith(policiesWithPacks(packs, { oneRegion: true }), json);
  } catch (e) {
    if (isPensionInputError(e)) return { code: 2, stdout: "", stderr: errorLine(e) };
    throw e;
  }
  if (flags.packTemplate) {
    const region = (json as { region: string }).region;
    return { code: 0, stdout: `${JSON.stringify(packTemplate(region, report), null, 2)}\n`, stderr: "" };
  }
  if (flags.json) return { code: 0, stdout: `${JSON.stringify(report, null, 2)}\n`, stderr: "" };
  const unknown = report.needs.filter((n) => n.status === "unknown");
  const heading = report.complete
    ? `complete: every value the case needs is known (${report.needs.length} periods)`
    : `incomplete: ${unknown.length} of ${report.needs.length} periods unknown — supply them with --params FILE (a pack: needs --pack-template) or the case's options.parameters`;
  const table = renderTable(
    [
      { heading: "parameter" },
      { heading: "period" },
      { heading: "status" },
      { heading: "value", maxWidth: VALUE_WIDTH },
      { heading: "citation", maxWidth: CITATION_WIDTH },
    ],
    report.needs.map((n) => ({
      cells: [n.parameter, `${n.from} – ${n.until}`, n.status, valueText(n), n.citation ?? ""],
      continuation: n.status === "unknown" ? `${n.titleZh} (${n.title}): ${n.shape}` : undefined,
    })),
  );
  return { code: 0, stdout: `${heading}\n\n${table}`, stderr: "" };
}
