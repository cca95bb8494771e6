/**
 * docs/answering.md: every command line shown gives the output shown (… = omitted lines),
 * against the sources.
 */
import { describe, expect, it } from "vitest";
import { blocks, consoleCommands, consoleOutputTests, readDoc, writeFiles } from "./helpers";

const page = blocks(readDoc("answering.md"));
const dir = writeFiles(page);

describe("docs/answering.md", () => {
  const commands = page.filter((b) => b.lang === "console").flatMap(consoleCommands);

  it("shows the walk: refusal, needs, floor, partial, pack template, exact", () => {
    expect(commands.map((c) => c.args.join(" "))).toEqual(
      expect.arrayContaining([
        "evaluate payer.json",
        "needs payer.json",
        "needs payer-2011.json --pack-template",
        "evaluate payer-2011.json --estimate floor",
        "evaluate payer-2011.json --partial",
      ]),
    );
  });

  consoleOutputTests(dir, commands);
});
