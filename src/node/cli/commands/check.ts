import { cliText } from "../text/index";
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import { isPensionInputError, localized, policiesWithPacks, type LoadedPack, type PolicySource } from "../../../index";
import { matchCase } from "../../../testing";
import { encodeValue } from "../format";
import { reason, withoutBom, type CliResult } from "../io";
import { answerOptions, type AnswerFlags } from "../answer";

/** Folders never searched for cases. */
const SKIP = new Set(["node_modules"]);

/**
 * Every `*.json` under `dir`, depth first, sorted by name (hidden entries skipped). A symlink is
 * followed (to a file or a folder, each real folder searched once); one that leads nowhere is
 * listed, so `check` reports it instead of skipping it silently.
 */
function walk(dir: string, seen = new Set<string>()): string[] {
  const real = realpathSync(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    if (entry.name.startsWith(".") || SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        if (entry.name.endsWith(".json")) out.push(path); // a broken link: reported as unreadable
        continue;
      }
    }
    if (isDir) out.push(...walk(path, seen));
    else if (isFile && entry.name.endsWith(".json")) out.push(path);
  }
  return out;
}

type Outcome = { kind: "skip" } | { kind: "pass" } | { kind: "fail"; why: string } | { kind: "internal"; why: string };

function checkFile(file: string, policies: PolicySource, flags: AnswerFlags | undefined): Outcome {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    return {
      kind: "fail",
      why: `error ${JSON.stringify({ code: "invalid-input", path: [], message: `cannot read: ${reason(e)}` })}`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(withoutBom(text));
  } catch (e) {
    return {
      kind: "fail",
      why: `error ${JSON.stringify({ code: "invalid-input", path: [], message: `not valid JSON: ${reason(e)}` })}`,
    };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json) || !("expect" in json)) return { kind: "skip" };
  try {
    const m = matchCase(json, policies, answerOptions(json, flags));
    return m === null
      ? { kind: "pass" }
      : {
          kind: "fail",
          why: cliText(flags?.locale ?? "en", "check.mismatch", {
            path: m.path,
            expected: encodeValue(m.expected),
            got: encodeValue(m.got),
          }),
        };
  } catch (e) {
    if (isPensionInputError(e))
      return { kind: "fail", why: `error ${JSON.stringify(localized(e, flags?.locale ?? "en").toJSON())}` };
    // One line: the error's name and message (a bug, exit 70).
    return {
      kind: "internal",
      why: `internal error (a bug, please report it): ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`.replace(
        /\s*\n\s*/g,
        " ",
      ),
    };
  }
}

/**
 * `check <files or folders…>`: every case with an `expect` block (folders searched recursively
 * for `*.json`, symlinks followed), one line per case and a last line `N passed, N failed`;
 * exit 1 if any failed, 2 when a path does not exist or no case has an `expect` block, 70 when
 * a case hit a bug (one line on stderr naming the file). `packs` (`--params`): each case is
 * evaluated with the packs of its own region, in order.
 */
export function checkPaths(
  paths: readonly string[],
  packs: readonly LoadedPack[] = [],
  flags?: AnswerFlags,
): CliResult {
  const policies = policiesWithPacks(packs);
  const files: string[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      return {
        code: 2,
        stdout: "",
        stderr: `resident-pension check: ${cliText(flags?.locale ?? "en", "check.no-such-file", { path: p })}\n`,
      };
    }
    files.push(...(isDir ? walk(p) : [p]));
  }
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  let internal = "";
  for (const file of files) {
    const outcome = checkFile(file, policies, flags);
    if (outcome.kind === "skip") continue;
    if (outcome.kind === "pass") {
      passed++;
      lines.push(`✓ ${file}`);
    } else {
      failed++;
      lines.push(`✗ ${file}: ${outcome.why}`);
      if (outcome.kind === "internal") internal ||= `resident-pension check: ${file}: ${outcome.why}\n`;
    }
  }
  lines.push(cliText(flags?.locale ?? "en", "check.summary", { passed, failed }));
  const stdout = `${lines.join("\n")}\n`;
  if (passed + failed === 0) {
    return {
      code: 2,
      stdout,
      stderr: `resident-pension check: ${cliText(flags?.locale ?? "en", "check.no-case", { paths: paths.join(", ") })}\n`,
    };
  }
  if (internal !== "") return { code: 70, stdout, stderr: internal };
  return { code: failed > 0 ? 1 : 0, stdout, stderr: "" };
}
