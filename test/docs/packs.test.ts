/**
 * docs/packs.md: the script prints what the page shows, every command line shown gives the
 * output shown, and the page's example pack is the package's worked example
 * (examples/packs/ningxia-illustrative.json).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  blocks,
  consoleCommands,
  matchesExcerpt,
  printed,
  readDoc,
  root,
  runCli,
  scriptOutputTests,
  writeFiles,
} from "./helpers";

const page = blocks(readDoc("packs.md"));
const dir = writeFiles(page);

describe("docs/packs.md", () => {
  scriptOutputTests(
    page,
    dir,
    page.filter((b) => b.lang === "text" && b.info["output"] !== undefined),
  );

  const commands = page.filter((b) => b.lang === "console").flatMap(consoleCommands);
  it("shows at least one command and one error", () => {
    expect(commands.length).toBeGreaterThanOrEqual(2);
  });

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

  it("the example pack on the page is examples/packs/ningxia-illustrative.json", () => {
    const shown = page.find((b) => b.info["file"] === "nx-example.json")!;
    expect(JSON.parse(shown.text)).toEqual(
      JSON.parse(readFileSync(join(root, "examples", "packs", "ningxia-illustrative.json"), "utf8")),
    );
  });
});
