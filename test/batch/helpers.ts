import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { run } from "../../src/node/cli/run";
import type { CliResult } from "../../src/node/cli/io";

export const root = join(import.meta.dirname, "..", "..");

export function example(region: string): Record<string, unknown> {
  const c = JSON.parse(readFileSync(join(root, "examples", `${region}.json`), "utf8")) as Record<string, unknown>;
  delete c["expect"];
  delete c["description"];
  return c;
}

/** A writable that keeps what is written. */
export class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: (e?: Error | null) => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** A temporary file holding the given lines (strings as they are, anything else as JSON). */
export function jsonl(lines: readonly unknown[], name = "cases.jsonl"): string {
  const dir = mkdtempSync(join(tmpdir(), "resident-pension-batch-"));
  const file = join(dir, name);
  writeFileSync(file, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n");
  return file;
}

export function tempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "resident-pension-batch-")), name);
  writeFileSync(file, content);
  return file;
}

/** Run the CLI in-process with captured streams. */
export async function cli(argv: readonly string[]): Promise<CliResult & { out: string; err: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const r = await run(argv, { readStdin: async () => "", today: () => "2013-06-30", stdout, stderr });
  return { ...r, out: stdout.text, err: stderr.text };
}
