import { readFileSync } from "node:fs";
import {
  isPensionInputError,
  PensionInputError,
  policiesWithPacks,
  regionIds,
  withOverrides,
  type LoadedPack,
  type Overrides,
  type RegionId,
  type RegionPolicy,
  type Locale,
} from "../../../index";
import { cliText } from "../text/index";
import {
  addSums,
  emptySums,
  fenOf,
  subtractSums,
  yearCosts,
  type CostOptions,
  type CostReport,
  type CostSums,
  type YearCost,
} from "../../batch/cost";
import { runOrdered } from "../../batch/pool";
import type { CostChunkResult } from "../../batch/tasks";
import { reason, type CliResult } from "../io";
import { renderTable } from "../table";
import {
  EXIT_OUTPUT_ERROR,
  inputJobs,
  isReadError,
  poolOptions,
  PROGRESS_EVERY,
  progress,
  signalExitCode,
  unreadable,
  type CliStreams,
} from "./batch";
import { fileOutput, OutputError, refuseOutput, streamOutput, type Output } from "../output";
import { MAX_COST_YEARS, partialLine, partialRun, type CostCounts, type CostTotals } from "../../batch/partial";

export { MAX_COST_YEARS };

export interface CostCommandOptions {
  readonly region: string;
  readonly from: string;
  readonly to: string;
  /** A JSON file `{ "<PARAMETER-ID>": [ { from, until?, value, citation } ] }`. */
  readonly override?: string | undefined;
  readonly json: boolean;
  readonly workers: number;
  /** Parameter packs of `--region` (`--params`), in order; a pack of another region is `invalid-pack`. */
  readonly packs?: readonly LoadedPack[] | undefined;
  readonly progressEvery?: number;
  /** `--lang`: the language of the error lines and the summary. */
  readonly locale?: Locale | undefined;
  /**
   * `--partial-out FILE`: also write the run's totals as a cost partial for `cost-merge`
   * (src/node/batch/partial.ts); `-`: the partial on standard output instead of the report.
   */
  readonly partialOut?: string | undefined;
}

const usage = (message: string): CliResult => ({ code: 2, stdout: "", stderr: `resident-pension cost: ${message}\n` });

function parseYear(flag: string, text: string): number | string {
  if (!/^\d{4}$/.test(text)) return `${flag} ${JSON.stringify(text)} is not a year YYYY`;
  return Number(text);
}

/**
 * `cost <cases.jsonl> --region R --from YYYY --to YYYY [--override file.json] [--json]`: yearly
 * outlay over the region's cases (basic pension, account pension and the fund's part of it,
 * subsidies by paying level, proxy payments), each case evaluated as of 31 December of `--to`;
 * with `--override`, the same under the changed policy and the difference. Bad lines are
 * reported on stderr as `{"line":n,"error":{…}}` and left out of every total; the run goes on.
 * With `--partial-out FILE` the totals are also written as a cost partial for `cost-merge`
 * (`-`: on stdout instead of the report; docs/scale.md), whatever the exit code once the run
 * completed. Exit 0 when it completes; 2 for usage errors, an unreadable file, an invalid
 * override, a `--partial-out` that cannot be created, or when every case of the region failed;
 * 70 when a line hit a bug; 74 when standard error or the partial could not be written;
 * 130 / 143 when stopped by SIGINT / SIGTERM (no totals then).
 */
export async function costFile(file: string, options: CostCommandOptions, streams: CliStreams): Promise<CliResult> {
  const checked = checkedOptions(file, options);
  if ("code" in checked) return checked;
  const { region, from, to, override } = checked;
  // Opened before the run, so that a partial that cannot be written fails before the work.
  const partial = await partialOutput(options.partialOut, file);
  if ("code" in partial) return partial;
  const costOptions: CostOptions = { region, from, to, override, packs: options.packs, locale: options.locale };
  const years = to - from + 1;
  const base = emptySums(years);
  const changed = override === undefined ? null : emptySums(years);
  const counts: CostCounts = { ok: 0, failed: 0, internal: 0, otherRegion: 0 };
  let diagnostics = "";
  const report = progress("cost", streams.stderr, options.progressEvery ?? PROGRESS_EVERY, options.locale ?? "en");
  const done = (): number => counts.ok + counts.failed + counts.internal + counts.otherRegion;
  // The error lines go to standard error as the run goes: a failure to write them fails the run.
  const errors = streamOutput(streams.stderr, "standard error");
  try {
    await runOrdered(
      { kind: "cost", options: costOptions },
      inputJobs(file, options.workers, streams),
      poolOptions(file, options.workers, streams.signal),
      async (r) => {
        const c = r as CostChunkResult;
        counts.ok += c.ok;
        counts.failed += c.failed;
        counts.internal += c.internal;
        counts.otherRegion += c.otherRegion;
        diagnostics += c.diagnostics;
        addSums(base, c.base);
        if (changed && c.override) addSums(changed, c.override);
        await errors.write(c.errors);
        report(done());
      },
    );
    await errors.commit();
  } catch (e) {
    await errors.abort();
    await partial.out?.abort();
    const fail = (code: number, message: string): CliResult => ({
      code,
      stdout: "",
      stderr: `resident-pension cost: ${message}; stopped after ${done()} lines, no totals\n`,
    });
    if (e instanceof OutputError) return fail(EXIT_OUTPUT_ERROR, e.message);
    if (streams.signal?.aborted)
      return fail(signalExitCode(streams.signal.reason), `interrupted by ${String(streams.signal.reason)}`);
    if (isReadError(e)) return fail(2, `cannot read ${file === "-" ? "standard input" : file}: ${e.message}`);
    throw e;
  }
  const totals: CostTotals = { region, from, to, counts, base, changed };
  const output = { json: options.json, overrideFile: options.override, locale: options.locale, diagnostics };
  if (options.partialOut === undefined) return costOutput(totals, output);
  const run = partialRun(
    totals,
    override === undefined ? undefined : { file: options.override!, parameters: override },
    options.packs ?? [],
  );
  return withPartial(partial.out, partialLine(run, totals), costOutput(totals, output));
}

/**
 * `--partial-out`: the file opened for writing (under a temporary name), null for `-` or none;
 * or the error: exit 2 when it is the input or a folder or cannot be created.
 */
async function partialOutput(
  partialOut: string | undefined,
  input: string,
): Promise<{ out: Output | null } | CliResult> {
  if (partialOut === undefined || partialOut === "-") return { out: null };
  const refused = refuseOutput(partialOut, input);
  if (refused !== null) return usage(refused.replace(/^--out /, "--partial-out "));
  try {
    return { out: await fileOutput(partialOut) };
  } catch (e) {
    return usage(`cannot write ${partialOut}: ${reason(e)}`);
  }
}

/**
 * The result with the partial written: to standard output in place of the report (`out` null:
 * `-`), or to the file, renamed into place (exit 74 when it cannot be written).
 */
async function withPartial(out: Output | null, line: string, result: CliResult): Promise<CliResult> {
  if (out === null) return { ...result, stdout: line };
  try {
    await out.write(line);
    await out.commit();
    return result;
  } catch (e) {
    await out.abort();
    const why = reason(e);
    return {
      code: EXIT_OUTPUT_ERROR,
      stdout: result.stdout,
      stderr: `${result.stderr}resident-pension cost: ${why}\n`,
    };
  }
}

/** The region, the years, and the override checked once against the region's policy; or the usage error. */
function checkedOptions(
  file: string,
  options: CostCommandOptions,
): { region: RegionId; from: number; to: number; override: Overrides | undefined } | CliResult {
  if (!(regionIds as readonly string[]).includes(options.region))
    return usage(`--region must be one of ${regionIds.join(", ")}, got ${JSON.stringify(options.region)}`);
  const region = options.region as RegionId;
  const from = parseYear("--from", options.from);
  const to = parseYear("--to", options.to);
  if (typeof from === "string") return usage(from);
  if (typeof to === "string") return usage(to);
  if (to < from) return usage(`--to ${to} is before --from ${from}`);
  if (to - from + 1 > MAX_COST_YEARS)
    return usage(`at most ${MAX_COST_YEARS} years at once (${from}–${to} is ${to - from + 1})`);
  const bad = unreadable("cost", file);
  if (bad) return { code: 2, stdout: "", stderr: bad };

  let policy: RegionPolicy;
  try {
    // Checked once: a pack for another region is an error here, not a silent no-op on every line.
    policy = policiesWithPacks(options.packs ?? [], { oneRegion: true })(region);
  } catch (e) {
    if (e instanceof PensionInputError) return { code: 2, stdout: "", stderr: `${JSON.stringify(e.toJSON())}\n` };
    throw e;
  }
  if (options.override === undefined) return { region, from, to, override: undefined };
  try {
    const override = JSON.parse(readFileSync(options.override, "utf8").replace(/^\uFEFF/, "")) as Overrides;
    // Checked once against the region's policy (with its packs): a bad override is a usage error, not N bad lines.
    withOverrides(policy, override, ["override"]);
    return { region, from, to, override };
  } catch (e) {
    if (isPensionInputError(e))
      return {
        code: 2,
        stdout: "",
        stderr: `resident-pension cost: --override ${options.override}: ${JSON.stringify(e.toJSON())}\n`,
      };
    return usage(`--override ${options.override}: ${reason(e)}`);
  }
}

/** How the totals are shown: `--json` or the tables, the override's file name, the language. */
export interface CostOutputOptions {
  readonly json: boolean;
  readonly overrideFile?: string | undefined;
  readonly locale?: Locale | undefined;
  /** The diagnostics of lines that hit a bug, printed before the summary. */
  readonly diagnostics?: string | undefined;
}

/**
 * The report of the totals (and the exit code: 70 when a line hit a bug, 2 when every case of
 * the region failed): what `cost` prints, and `cost-merge` for the totals of its partials.
 */
export function costOutput(totals: CostTotals, options: CostOutputOptions): CliResult {
  const { region, from, to, counts, base, changed } = totals;
  const locale = options.locale ?? "en";
  const levels = [...new Set([...base.levels.keys(), ...(changed?.levels.keys() ?? [])])];
  const result: CostReport = {
    region,
    from,
    to,
    cases: { costed: counts.ok, failed: counts.failed + counts.internal, otherRegion: counts.otherRegion },
    levels,
    base: yearCosts(base, from, levels),
    ...(changed
      ? { override: yearCosts(changed, from, levels), difference: yearCosts(subtractSums(changed, base), from, levels) }
      : {}),
  };
  const summary = cliText(locale, "cost.summary", {
    ok: counts.ok,
    failed: counts.failed + counts.internal,
    other: counts.otherRegion,
  });
  let stderr = `${summary}\n`;
  if (counts.internal > 0)
    stderr = `${options.diagnostics ?? ""}${stderr}cost: ${counts.internal} lines hit an internal error (a bug; code "internal-error" above)\n`;
  const stdout = options.json ? `${JSON.stringify(result, null, 2)}\n` : costText(result, options.overrideFile);
  if (counts.internal > 0) return { code: 70, stdout, stderr };
  // Totals over nothing but failures are not a result: every case of the region was bad input.
  if (counts.ok === 0 && counts.failed > 0)
    return {
      code: 2,
      stdout,
      stderr: `${stderr}resident-pension cost: ${cliText(locale, "cost.all-failed", { region })}\n`,
    };
  return { code: 0, stdout, stderr };
}

/** The readable form: one aligned table per policy (and the difference), a row per year. */
export function costText(report: CostReport, overrideFile?: string): string {
  const sections: string[] = [];
  const head = `${report.region}, ${report.from}–${report.to}: ${report.cases.costed} cases costed, ${report.cases.failed} failed, ${report.cases.otherRegion} of other regions skipped (yuan)`;
  sections.push(head);
  sections.push(`Base (the cases' own policy)\n${yearTable(report.base, report.levels)}`);
  if (report.override && report.difference) {
    sections.push(
      `With the override${overrideFile ? ` (${overrideFile})` : ""}\n${yearTable(report.override, report.levels)}`,
    );
    sections.push(`Difference (override − base)\n${yearTable(report.difference, report.levels)}`);
  }
  return `${sections.map((x) => x.trimEnd()).join("\n\n")}\n`;
}

function yearTable(years: Readonly<Record<string, YearCost>>, levels: readonly string[]): string {
  const headings = [
    "year",
    "basic pension",
    "account pension",
    "of which fund",
    "subsidy",
    ...levels.map((l) => `subsidy ${l}`),
    "proxy",
  ];
  const entries = Object.entries(years);
  const total = totals(
    entries.map(([, y]) => y),
    levels,
  );
  const rows = [...entries, ["total", total] as const].map(([year, y]) => [
    year,
    y.basic,
    y.accountPension,
    y.fundTopUp,
    y.subsidy,
    ...levels.map((l) => y.subsidyByLevel[l] ?? "0.00"),
    y.proxy,
  ]);
  // Right-align the amounts: pad every cell of a column to its width (ASCII only).
  const widths = headings.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const pad = (cells: readonly string[]): string[] => cells.map((c, i) => (i === 0 ? c : c.padStart(widths[i]!)));
  return renderTable(
    pad(headings).map((heading) => ({ heading })),
    rows.map((r) => ({ cells: pad(r) })),
  );
}

function totals(years: readonly YearCost[], levels: readonly string[]): YearCost {
  const sums: CostSums = emptySums(1);
  for (const y of years) {
    const one = emptySums(1);
    one.basic[0] = fenOf(y.basic);
    one.account[0] = fenOf(y.accountPension);
    one.fund[0] = fenOf(y.fundTopUp);
    one.subsidy[0] = fenOf(y.subsidy);
    one.proxy[0] = fenOf(y.proxy);
    for (const l of levels) one.levels.set(l, [fenOf(y.subsidyByLevel[l] ?? "0.00")]);
    addSums(sums, one);
  }
  return yearCosts(sums, 0, levels)["0"]!;
}
