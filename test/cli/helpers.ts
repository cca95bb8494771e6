import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type CliIo, type CliResult } from "../../src/node/cli/run";

export const root = join(import.meta.dirname, "..", "..");
export const examples = join(root, "examples");

/** Run the CLI in-process with a fixed clock and the given standard input. */
export function cli(
  argv: readonly string[],
  options: { stdin?: string; today?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  const io: CliIo = {
    readStdin: async () => options.stdin ?? "",
    today: () => options.today ?? "2013-06-30",
    env: options.env,
  };
  return run(argv, io);
}

export function readExample(region: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(examples, `${region}.json`), "utf8")) as Record<string, unknown>;
}

/** A fresh temporary folder holding the given files (name → JSON value or raw text). */
export function tempCases(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "resident-pension-cli-"));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}
