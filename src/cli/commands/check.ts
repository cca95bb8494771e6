import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { isPensionInputError } from "../../index";
import { matchCase } from "../../testing";
import { encodeValue } from "../format";
import type { CliResult } from "../io";
import { answerOptions, type AnswerFlags } from "../answer";

/** Folders never searched for cases. */
const SKIP = new Set(["node_modules"]);

/** Every `*.json` under `dir`, depth first, sorted by name (hidden entries skipped). */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith(".") || SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile() && entry.name.endsWith(".json")) out.push(path);
  }
  return out;
}

type Outcome = { kind: "skip" } | { kind: "pass" } | { kind: "fail"; why: string };

function checkFile(file: string, flags: AnswerFlags | undefined): Outcome {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    return { kind: "fail", why: `error ${JSON.stringify({ code: "invalid-input", path: [], message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` })}` };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json) || !("expect" in json)) return { kind: "skip" };
  try {
    const m = matchCase(json, answerOptions(json, flags));
    return m === null ? { kind: "pass" } : { kind: "fail", why: `${m.path} expected ${encodeValue(m.expected)} got ${encodeValue(m.got)}` };
  } catch (e) {
    if (isPensionInputError(e)) return { kind: "fail", why: `error ${JSON.stringify(e.toJSON())}` };
    return { kind: "fail", why: `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` };
  }
}

/**
 * `check <files or folders…>`: every case with an `expect` block (folders searched recursively
 * for `*.json`), one line per case and a last line `N passed, N failed`; exit 1 if any failed,
 * 2 when a path does not exist or no case has an `expect` block.
 */
export function checkPaths(paths: readonly string[], flags?: AnswerFlags): CliResult {
  const files: string[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      return { code: 2, stdout: "", stderr: `resident-pension check: ${p}: no such file or directory\n` };
    }
    files.push(...(isDir ? walk(p) : [p]));
  }
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const outcome = checkFile(file, flags);
    if (outcome.kind === "skip") continue;
    if (outcome.kind === "pass") {
      passed++;
      lines.push(`✓ ${file}`);
    } else {
      failed++;
      lines.push(`✗ ${file}: ${outcome.why}`);
    }
  }
  lines.push(`${passed} passed, ${failed} failed`);
  const stdout = `${lines.join("\n")}\n`;
  if (passed + failed === 0) {
    return { code: 2, stdout, stderr: `resident-pension check: no case with an "expect" block in ${paths.join(", ")}\n` };
  }
  return { code: failed > 0 ? 1 : 0, stdout, stderr: "" };
}
