/**
 * docs/answering.md: every command line shown gives the output shown (… = omitted lines),
 * against the sources.
 */
import { describe, expect, it } from "vitest";
import { blocks, consoleCommands, matchesExcerpt, printed, readDoc, runCli, writeFiles } from "./helpers";

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
});
