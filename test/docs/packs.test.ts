/**
 * docs/packs.md: the script prints what the page shows, every command line shown gives the
 * output shown, and the page's example pack is the package's worked example
 * (examples/packs/ningxia-illustrative.json).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blocks, consoleCommands, consoleOutputTests, readDoc, root, scriptOutputTests, writeFiles } from "./helpers";

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

  consoleOutputTests(dir, commands);

  it("the example pack on the page is examples/packs/ningxia-illustrative.json", () => {
    const shown = page.find((b) => b.info["file"] === "nx-example.json")!;
    expect(JSON.parse(shown.text)).toEqual(
      JSON.parse(readFileSync(join(root, "examples", "packs", "ningxia-illustrative.json"), "utf8")),
    );
  });
});
