/**
 * Helpers for the tests that run the documentation's examples (test/docs): parse a page's fenced
 * code blocks, write the `file=` blocks to a temporary folder, run the code and the command lines
 * shown, and compare with the output blocks.
 *
 * Conventions in the pages:
 * - ```js file=name.mjs / ```json file=name.json: a file the reader saves (written as is; an
 *   import from "resident-pension" is pointed at src/index.ts, "resident-pension/<sub>" at
 *   src/<sub>.ts).
 * - ```text output=name.mjs: what `node name.mjs` prints.
 * - ```console: `$ npx resident-pension …` commands, each followed by its output (standard output
 *   and standard error); a line `…` stands for omitted lines.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, it } from "vitest";

export const root = join(import.meta.dirname, "..", "..");
const tsx = pathToFileURL(join(root, "node_modules", "tsx", "dist", "loader.mjs")).href;
const cliMain = join(root, "src", "node", "cli", "main.ts");

export interface Block {
  readonly lang: string;
  /** `key=value` words after the language, e.g. `{ file: "first-case.mjs" }`. */
  readonly info: Readonly<Record<string, string>>;
  readonly text: string;
  /** The heading (any level) the block is under. */
  readonly heading: string;
}

export function readDoc(name: string): string {
  return readFileSync(join(root, "docs", name), "utf8");
}

/** Every fenced block of a markdown page, in order (fences of three backticks, any indentation). */
export function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  let heading = "";
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = /^#{1,6} (.*)$/.exec(line);
    if (h) heading = h[1]!;
    const open = /^(\s*)```(\S*)(.*)$/.exec(line);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    i++;
    while (i < lines.length && !/^\s*```\s*$/.test(lines[i]!)) body.push(lines[i++]!.slice(indent));
    const info: Record<string, string> = {};
    for (const word of open[3]!.trim().split(/\s+/)) {
      const kv = /^([\w-]+)=(.+)$/.exec(word);
      if (kv) info[kv[1]!] = kv[2]!;
    }
    out.push({ lang: open[2]!, info, text: body.length ? `${body.join("\n")}\n` : "", heading });
  }
  return out;
}

/** Point the package's entry points at the sources, so the docs are checked against src/. */
export function toSources(code: string): string {
  return code.replace(
    /from "resident-pension(\/[\w/-]+)?"/g,
    (_, sub: string | undefined) =>
      `from ${JSON.stringify(join(root, "src", sub ? `${sub.slice(1)}.ts` : "index.ts"))}`,
  );
}

/** A fresh folder holding every `file=` block of the page. */
export function writeFiles(bs: readonly Block[]): string {
  const dir = mkdtempSync(join(tmpdir(), "resident-pension-docs-"));
  for (const b of bs) {
    const name = b.info["file"];
    if (name === undefined) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), /\.(mjs|js|ts|mts)$/.test(name) ? toSources(b.text) : b.text);
  }
  return dir;
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node <file>` in `dir`, TypeScript sources loaded by tsx. */
export function runScript(dir: string, file: string): Run {
  const r = spawnSync(process.execPath, ["--import", tsx, join(dir, file)], { cwd: dir, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `npx resident-pension <args>` in `dir`, run from the sources (src/node/cli/main.ts). */
export function runCli(dir: string, args: readonly string[]): Run {
  const r = spawnSync(process.execPath, ["--import", tsx, cliMain, ...args], { cwd: dir, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface ConsoleCommand {
  readonly command: string;
  readonly args: string[];
  readonly expected: string[];
}

/** The `$ npx resident-pension …` commands of a console block with their shown output. */
export function consoleCommands(b: Block): ConsoleCommand[] {
  const out: ConsoleCommand[] = [];
  for (const line of b.text.replace(/\n$/, "").split("\n")) {
    if (line.startsWith("$ ")) {
      const command = line.slice(2);
      const words = command.split(/\s+/);
      if (words[0] !== "npx" || words[1] !== "resident-pension")
        throw new Error(`not a resident-pension command: ${command}`);
      out.push({ command, args: words.slice(2), expected: [] });
    } else {
      const last = out[out.length - 1];
      if (last === undefined) throw new Error(`output before any command in a console block: ${line}`);
      last.expected.push(line);
    }
  }
  return out;
}

/**
 * Whether `actual` shows what `expected` shows: equal line by line, where a line `…` in
 * `expected` stands for any number of lines (trailing spaces ignored).
 */
export function matchesExcerpt(expected: readonly string[], actual: readonly string[]): boolean {
  const norm = (s: string): string => s.trimEnd();
  const chunks: string[][] = [[]];
  for (const line of expected) {
    if (line.trim() === "…") chunks.push([]);
    else chunks[chunks.length - 1]!.push(norm(line));
  }
  const act = actual.map(norm);
  const at = (chunk: readonly string[], i: number): boolean => chunk.every((l, k) => act[i + k] === l);
  if (chunks.length === 1) return act.length === chunks[0]!.length && at(chunks[0]!, 0);
  const first = chunks[0]!;
  const lastChunk = chunks[chunks.length - 1]!;
  if (!at(first, 0)) return false;
  let pos = first.length;
  for (const chunk of chunks.slice(1, -1)) {
    let found = -1;
    for (let i = pos; i + chunk.length <= act.length; i++)
      if (at(chunk, i)) {
        found = i;
        break;
      }
    if (found < 0) return false;
    pos = found + chunk.length;
  }
  const start = act.length - lastChunk.length;
  return start >= pos && at(lastChunk, start);
}

/** The lines a command printed: standard output, then standard error. */
export function printed(r: Run): string[] {
  return `${r.stdout}${r.stderr}`.replace(/\n$/, "").split("\n");
}

/**
 * The two tests every page with scripts gets: each `js` block has a `text output=<file>` block,
 * and `node <file>` prints exactly that block. `outputs` are the page's output blocks to check.
 */
export function scriptOutputTests(page: readonly Block[], dir: string, outputs: readonly Block[]): void {
  it("has an output block for every script", () => {
    const scripts = page.filter((b) => b.lang === "js").map((b) => b.info["file"]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(outputs.map((b) => b.info["output"]).sort()).toEqual([...scripts].sort());
  });

  it.each(outputs.map((b) => ({ file: b.info["output"]!, block: b })))(
    "node $file prints what the page shows",
    ({ file, block }) => {
      const r = runScript(dir, file);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(block.text);
    },
  );
}

/**
 * One test per command line of the page's `console` blocks: the command prints what the page
 * shows (… = omitted lines). An error is one JSON line on standard error and exit code 2;
 * anything else exits 0.
 */
export function consoleOutputTests(dir: string, commands: readonly ConsoleCommand[]): void {
  it.each(commands)("$command prints what the page shows", ({ args, expected }) => {
    const r = runCli(dir, args);
    const isError = expected[0]?.startsWith('{"code":') ?? false;
    expect(r.status).toBe(isError ? 2 : 0);
    if (isError) expect(r.stdout).toBe("");
    const lines = printed(r);
    expect(
      matchesExcerpt(expected, lines),
      `expected (… = omitted lines):\n${expected.join("\n")}\n\nactual:\n${lines.join("\n")}`,
    ).toBe(true);
  });
}
