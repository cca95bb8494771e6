import { parseArgs } from "node:util";
import { version } from "../../package.json";
import { checkPaths } from "./commands/check";
import { evaluateFile } from "./commands/evaluate";
import { explainFile } from "./commands/explain";
import { regionsJson, regionsText } from "./commands/regions";
import { nodeIo, type CliIo, type CliResult } from "./io";
import { isPensionInputError, parseCivilDate } from "../index";

export type { CliIo, CliResult };

const USAGE = `Usage: resident-pension <command> [options]

China's urban-rural residents' basic pension (城乡居民基本养老保险), computed as the local texts say.

Commands:
  evaluate <case.json | ->        print the case's result as JSON (exit 2 on bad input,
                                  the error as JSON on stderr)
  check <files or folders…>       evaluate every case with an "expect" block (folders:
                                  every *.json, recursively); exit 1 if any fails
  explain <case.json | ->         the case's trace as a table: rule, citation, output
  regions [--date YYYY-MM-DD] [--json]
                                  each region's facts, features and parameters in force
                                  on the date (default today), with citations

Options:
  -h, --help                      this help
  -v, --version                   the version

Exit codes: 0 ok, 1 a check failed, 2 bad input or usage, 70 an internal error (a bug).
The case format, conventions and rules: docs/index.md in the package repository.`;

const COMMAND_USAGE: Record<string, string> = {
  evaluate: "Usage: resident-pension evaluate <case.json | ->",
  check: "Usage: resident-pension check <files or folders…>",
  explain: "Usage: resident-pension explain <case.json | ->",
  regions: "Usage: resident-pension regions [--date YYYY-MM-DD] [--json]",
};

const ok = (stdout: string): CliResult => ({ code: 0, stdout, stderr: "" });
const usageError = (message: string, usage = USAGE): CliResult => ({ code: 2, stdout: "", stderr: `resident-pension: ${message}\n\n${usage}\n` });

/**
 * Run the command line in-process: `argv` without the node and script paths. Never exits
 * the process and never writes to it; returns the exit code and both streams' text.
 *
 * @example
 * (await run(["regions", "--json", "--date", "2012-01-01"])).code //=> 0
 */
export async function run(argv: readonly string[], io: CliIo = nodeIo): Promise<CliResult> {
  const [command, ...rest] = argv;
  if (command === undefined) return usageError("no command given");
  if (command === "-h" || command === "--help" || command === "help") return ok(`${USAGE}\n`);
  if (command === "-v" || command === "--version") return ok(`${version}\n`);
  if (!Object.hasOwn(COMMAND_USAGE, command)) return usageError(`unknown command ${JSON.stringify(command)}`);
  const usage = COMMAND_USAGE[command]!;

  let values: { help?: boolean | undefined; json?: boolean | undefined; date?: string | undefined };
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
      },
    }));
  } catch (e) {
    return usageError(e instanceof Error ? e.message : String(e), usage);
  }
  if (command !== "regions" && (values.json !== undefined || values.date !== undefined)) {
    return usageError(`${command} has no option ${values.json !== undefined ? "--json" : "--date"}`, usage);
  }
  if (values.help) return ok(`${usage}\n`);

  switch (command) {
    case "evaluate":
    case "explain": {
      if (positionals.length !== 1) return usageError(`${command} takes one case file (or - for standard input)`, usage);
      const file = positionals[0]!;
      return command === "evaluate" ? evaluateFile(file, io) : explainFile(file, io);
    }
    case "check":
      if (positionals.length === 0) return usageError("check needs at least one file or folder", usage);
      return checkPaths(positionals);
    case "regions": {
      if (positionals.length > 0) return usageError(`regions takes no arguments, got ${JSON.stringify(positionals[0])}`, usage);
      const date = values.date ?? io.today();
      try {
        parseCivilDate(date, ["date"]);
      } catch (e) {
        if (!isPensionInputError(e)) throw e;
        return usageError(`--date ${JSON.stringify(date)} is not a calendar date YYYY-MM-DD`, usage);
      }
      return ok(values.json ? regionsJson(date) : regionsText(date));
    }
    default:
      return usageError(`unknown command ${JSON.stringify(command)}`);
  }
}
