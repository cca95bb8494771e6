/**
 * docs/quick-start.md: every code block runs and prints what the page shows; every command
 * line shown gives the output shown, against the sources (the fresh-clone steps themselves —
 * npm ci, npm pack, npm install — are not run here).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import {
  blocks,
  consoleCommands,
  consoleOutputTests,
  matchesExcerpt,
  printed,
  readDoc,
  root,
  runCli,
  scriptOutputTests,
  writeFiles,
} from "./helpers";

const page = blocks(readDoc("quick-start.md"));
const dir = writeFiles(page);

describe("docs/quick-start.md", () => {
  const outputs = page.filter(
    (b) => b.lang === "text" && b.info["output"] !== undefined && b.info["output"] !== "npm-run-example",
  );

  scriptOutputTests(page, dir, outputs);

  const commands = page.filter((b) => b.lang === "console").flatMap(consoleCommands);
  consoleOutputTests(dir, commands);

  it("shows a failing check as the page says", () => {
    const json = readFileSync(join(dir, "first-test.json"), "utf8").replace('"total": "62.87"', '"total": "62.88"');
    expect(json).toContain('"62.88"');
    writeFileSync(join(dir, "first-test.json"), json);
    const r = runCli(dir, ["check", "first-test.json"]);
    expect(r.status).toBe(1);
    const shown = /A failing expectation prints the first difference, e\.g\. with `"total": "62\.88"`:\n`([^`]+)`/.exec(
      readDoc("quick-start.md"),
    )?.[1];
    expect(shown).toBeDefined();
    expect(r.stdout.split("\n")[0]).toBe(shown);
  });

  it("npm run example prints the Qiannan summary shown", () => {
    const block = page.find((b) => b.info["output"] === "npm-run-example")!;
    const tsx = pathToFileURL(join(root, "node_modules", "tsx", "dist", "loader.mjs")).href;
    const r = spawnSync(process.execPath, ["--import", tsx, join(root, "scripts", "example.ts")], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    const shown = block.text.replace(/\n$/, "").split("\n");
    expect(matchesExcerpt(["…", ...shown, "…"], printed(r))).toBe(true);
  });
});
