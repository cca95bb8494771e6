import { parseArgs } from "node:util";
import { version } from "../../../package.json";
import { batchFile, cappedWorkers, type CliStreams } from "./commands/batch";
import { checkPaths } from "./commands/check";
import { costFile } from "./commands/cost";
import { costMergeFiles } from "./commands/cost-merge";
import { evaluateFile } from "./commands/evaluate";
import { explainFile } from "./commands/explain";
import { needsFile } from "./commands/needs";
import type { AnswerFlags } from "./answer";
import { regionsJson, regionsText } from "./commands/regions";
import { nodeIo, reason, type CliIo, type CliResult } from "./io";
import { withPacks } from "./packs";
import { isPensionInputError, localeFromEnv, type Locale } from "../../index";
import { defaultWorkers } from "../batch/pool";
import { cliText, type CliCatalogue, type CliTextId } from "./text/index";

export type { CliIo, CliResult, CliStreams };

/** The help in English; `--lang zh-CN` prints the Chinese one (src/i18n/zh-CN.ts, `usage.help`). */
const USAGE = cliText("en", "usage.help", {});

const COMMAND_USAGE: Record<string, string> = {
  evaluate: "Usage: resident-pension evaluate <case.json | -> [--params FILE]… [--partial] [--estimate floor]",
  check: "Usage: resident-pension check <files or folders…> [--params FILE]… [--partial] [--estimate floor]",
  explain: "Usage: resident-pension explain <case.json | -> [--params FILE]… [--partial] [--estimate floor]",
  needs: "Usage: resident-pension needs <case.json | -> [--json] [--pack-template] [--params FILE]…",
  regions: "Usage: resident-pension regions [--date YYYY-MM-DD] [--json]",
  batch:
    "Usage: resident-pension batch <cases.jsonl | -> [--workers N] [--out results.jsonl] [--no-trace] [--params FILE]… [--partial] [--estimate floor]",
  cost: "Usage: resident-pension cost <cases.jsonl | -> --region R --from YYYY --to YYYY [--override file.json] [--json] [--workers N] [--params FILE]… [--partial-out FILE | -]",
  "cost-merge": "Usage: resident-pension cost-merge <partials… | -> [--json]",
};

/** The options each command accepts (besides --help). */
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  evaluate: ["params", "partial", "estimate"],
  check: ["params", "partial", "estimate"],
  explain: ["params", "partial", "estimate"],
  needs: ["json", "pack-template", "params"],
  regions: ["json", "date"],
  batch: ["workers", "out", "no-trace", "params", "partial", "estimate"],
  cost: ["region", "from", "to", "override", "json", "workers", "params", "partial-out"],
  "cost-merge": ["json"],
};

const ok = (stdout: string): CliResult => ({ code: 0, stdout, stderr: "" });
const usageError = (message: string, usage = USAGE): CliResult => ({
  code: 2,
  stdout: "",
  stderr: `resident-pension: ${message}\n\n${usage}\n`,
});

/** `--lang zh-CN|en` anywhere in the arguments, else the environment's language; null for a bad value. */
function langOf(args: readonly string[], io: CliIo): { locale: Locale; rest: string[] } | { bad: string } {
  let locale = localeFromEnv(io.env ?? {});
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      rest.push(...args.slice(i));
      break;
    }
    const value = a === "--lang" ? args[++i] : a.startsWith("--lang=") ? a.slice("--lang=".length) : null;
    if (value === null) {
      rest.push(a);
      continue;
    }
    if (value !== "zh-CN" && value !== "en") return { bad: JSON.stringify(value ?? "") };
    locale = value;
  }
  return { locale, rest };
}

/**
 * Run the command line in-process: `argv` without the node and script paths. Never exits
 * the process; returns the exit code and both streams' text. Only `batch` and `cost` write while
 * they run (results, error lines, progress): to `io.stdout` / `io.stderr`, by default the
 * process's own.
 *
 * @example
 * (await run(["regions", "--json", "--date", "2012-01-01"])).code //=> 0
 */
export async function run(argv: readonly string[], io: CliIo & Partial<CliStreams> = nodeIo): Promise<CliResult> {
  const lang = langOf(argv, io);
  if ("bad" in lang) return usageError(cliText(localeFromEnv(io.env ?? {}), "usage.lang", { value: lang.bad }));
  const { locale } = lang;
  const say = <K extends CliTextId>(id: K, p: Parameters<CliCatalogue[K]>[0]): string => cliText(locale, id, p);
  const [command, ...rest] = lang.rest;
  const help = say("usage.help", {});
  if (command === undefined) return usageError(say("usage.no-command", {}), help);
  if (command === "-h" || command === "--help" || command === "help") return ok(`${say("usage.help", {})}\n`);
  if (command === "-v" || command === "--version") return ok(`${version}\n`);
  if (!Object.hasOwn(COMMAND_USAGE, command))
    return usageError(say("usage.unknown-command", { command: JSON.stringify(command) }), help);
  const usage = COMMAND_USAGE[command]!;

  const parsed = parseOptions(rest, command, say, usage);
  if ("code" in parsed) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return ok(`${usage}\n`);
  if (values.estimate !== undefined && values.estimate !== "floor" && values.estimate !== "none") {
    return usageError(say("usage.estimate", { value: JSON.stringify(values.estimate) }), usage);
  }
  const answer: AnswerFlags = {
    partial: values.partial,
    estimate: values.estimate as AnswerFlags["estimate"],
    ...(locale === "en" ? {} : { locale }),
  };
  const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (handler === undefined)
    return usageError(say("usage.unknown-command", { command: JSON.stringify(command) }), help);
  return handler({ command, values, positionals, io, locale, answer, usage, say });
}

/** The options of every command (each command accepts its own: COMMAND_OPTIONS). */
interface Values {
  help?: boolean | undefined;
  json?: boolean | undefined;
  date?: string | undefined;
  workers?: string | undefined;
  out?: string | undefined;
  region?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  override?: string | undefined;
  "no-trace"?: boolean | undefined;
  params?: string[] | undefined;
  partial?: boolean | undefined;
  estimate?: string | undefined;
  "pack-template"?: boolean | undefined;
  "partial-out"?: string | undefined;
}

type Say = <K extends CliTextId>(id: K, p: Parameters<CliCatalogue[K]>[0]) => string;

/** The command's options and positionals, or the usage error of an unknown or foreign option. */
function parseOptions(
  rest: readonly string[],
  command: string,
  say: Say,
  usage: string,
): { values: Values; positionals: string[] } | CliResult {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: "boolean", short: "h" },
        json: { type: "boolean" },
        date: { type: "string" },
        workers: { type: "string" },
        out: { type: "string" },
        region: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        override: { type: "string" },
        "no-trace": { type: "boolean" },
        params: { type: "string", multiple: true },
        partial: { type: "boolean" },
        estimate: { type: "string" },
        "pack-template": { type: "boolean" },
        "partial-out": { type: "string" },
      },
    }));
  } catch (e) {
    return usageError(say("usage.args", { message: reason(e) }), usage);
  }
  const allowed = COMMAND_OPTIONS[command] ?? [];
  const foreign = Object.keys(values).find(
    (k) => k !== "help" && values[k as keyof Values] !== undefined && !allowed.includes(k),
  );
  if (foreign !== undefined) return usageError(say("usage.no-option", { command, option: foreign }), usage);
  return { values, positionals };
}

/** A parsed command line. */
interface Invocation {
  readonly command: string;
  readonly values: Values;
  readonly positionals: readonly string[];
  readonly io: CliIo & Partial<CliStreams>;
  readonly locale: Locale;
  readonly answer: AnswerFlags;
  readonly usage: string;
  readonly say: Say;
}

/** evaluate, explain: one case file. */
function caseCommand(inv: Invocation): Promise<CliResult> | CliResult {
  const { command, values, io, answer } = inv;
  if (inv.positionals.length !== 1) return usageError(inv.say("usage.one-file", { command }), inv.usage);
  const file = inv.positionals[0]!;
  return withPacks(
    values.params,
    (packs) => (command === "evaluate" ? evaluateFile(file, io, packs, answer) : explainFile(file, io, packs, answer)),
    inv.locale,
  );
}

function needsCommand(inv: Invocation): Promise<CliResult> | CliResult {
  const { values, locale } = inv;
  if (inv.positionals.length !== 1) return usageError(inv.say("usage.one-file", { command: inv.command }), inv.usage);
  const file = inv.positionals[0]!;
  const flags = { json: values.json === true, packTemplate: values["pack-template"] === true, locale };
  return withPacks(values.params, (packs) => needsFile(file, inv.io, flags, packs), locale);
}

function checkCommand(inv: Invocation): Promise<CliResult> | CliResult {
  if (inv.positionals.length === 0) return usageError(inv.say("usage.check-files", {}), inv.usage);
  return withPacks(inv.values.params, (packs) => checkPaths(inv.positionals, packs, inv.answer), inv.locale);
}

function regionsCommand(inv: Invocation): CliResult {
  const { values, positionals, io, usage, say } = inv;
  if (positionals.length > 0)
    return usageError(say("usage.regions-args", { arg: JSON.stringify(positionals[0]) }), usage);
  const date = values.date ?? io.today();
  try {
    // The library checks the date (every parameter is looked up on it).
    return ok(values.json ? regionsJson(date) : regionsText(date));
  } catch (e) {
    if (!isPensionInputError(e) || e.code !== "invalid-date") throw e;
    return usageError(say("usage.date", { value: JSON.stringify(date) }), usage);
  }
}

/** batch, cost: a JSON Lines file, on worker threads. */
function linesCommand(inv: Invocation): Promise<CliResult> | CliResult {
  const { command, values, positionals, io, locale, answer, usage, say } = inv;
  if (positionals.length !== 1) return usageError(say("usage.jsonl", { command }), usage);
  let workers = defaultWorkers();
  if (values.workers !== undefined) {
    if (!/^\d{1,3}$/.test(values.workers) || Number(values.workers) > 256)
      return usageError(say("usage.workers", { value: JSON.stringify(values.workers) }), usage);
    workers = cappedWorkers(Number(values.workers));
  }
  const streams: CliStreams = {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    stdin: io.stdin,
    signal: io.signal,
  };
  if (command === "batch")
    return withPacks(
      values.params,
      (packs) =>
        batchFile(
          positionals[0]!,
          { workers, out: values.out, trace: values["no-trace"] !== true, packs, answer },
          streams,
        ),
      locale,
    );
  const missing = (["region", "from", "to"] as const).find((k) => values[k] === undefined);
  if (missing !== undefined) return usageError(say("usage.cost-needs", { option: missing }), usage);
  return withPacks(
    values.params,
    (packs) =>
      costFile(
        positionals[0]!,
        {
          region: values.region!,
          from: values.from!,
          to: values.to!,
          override: values.override,
          json: values.json ?? false,
          workers,
          packs,
          locale,
          partialOut: values["partial-out"],
        },
        streams,
      ),
    locale,
  );
}

/** cost-merge: the partials of `cost --partial-out`, added up. */
function costMergeCommand(inv: Invocation): Promise<CliResult> | CliResult {
  if (inv.positionals.length === 0) return usageError(inv.say("usage.merge-files", {}), inv.usage);
  return costMergeFiles(inv.positionals, { json: inv.values.json === true, locale: inv.locale }, inv.io);
}

/** Every command's handler (its options: COMMAND_OPTIONS; its usage: COMMAND_USAGE). */
const COMMANDS: Readonly<Record<string, (inv: Invocation) => Promise<CliResult> | CliResult>> = {
  evaluate: caseCommand,
  explain: caseCommand,
  needs: needsCommand,
  check: checkCommand,
  regions: regionsCommand,
  batch: linesCommand,
  cost: linesCommand,
  "cost-merge": costMergeCommand,
};
