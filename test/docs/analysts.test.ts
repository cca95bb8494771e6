/**
 * docs/analysts.md: the cases on the page are the files in test/docs/cases (run by
 * analyst-example.test.ts), the vitest example is analyst-example.test.ts, and every command line
 * shown prints what the page shows.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectCase } from "../../src/testing";
import { blocks, consoleCommands, matchesExcerpt, printed, readDoc, root, runCli, writeFiles } from "./helpers";

const markdown = readDoc("analysts.md");
const page = blocks(markdown);
const here = join(root, "test", "docs");

describe("docs/analysts.md", () => {
  const caseFiles = page.filter((b) => b.info["file"]?.startsWith("cases/") === true);

  it.each(caseFiles.map((b) => ({ file: b.info["file"]!, block: b })))(
    "$file is test/docs/$file",
    ({ file, block }) => {
      expect(block.text).toBe(readFileSync(join(here, file), "utf8"));
    },
  );

  it("the case of section 1 is cases/hardship.json without its expect block", () => {
    const first = page.find((b) => b.lang === "json" && b.info["file"] === undefined)!;
    const { expect: _expect, ...hardship } = JSON.parse(
      readFileSync(join(here, "cases", "hardship.json"), "utf8"),
    ) as Record<string, unknown>;
    expect(JSON.parse(first.text)).toEqual(hardship);
  });

  it("the vitest example is test/docs/analyst-example.test.ts", () => {
    const shown = page.find((b) => b.info["file"] === "cases.test.ts")!.text;
    const actual = readFileSync(join(here, "analyst-example.test.ts"), "utf8").replace(/^\/\*\*[\s\S]*?\*\/\n/, "");
    expect(actual.replace('from "../../src/testing"', 'from "resident-pension/testing"')).toBe(shown);
  });

  const dir = writeFiles(page);
  const commands = page.filter((b) => b.lang === "console").flatMap(consoleCommands);
  it.each(commands)("$command prints what the page shows", ({ args, expected }) => {
    const r = runCli(dir, args);
    expect(r.status).toBe(0);
    const lines = printed(r);
    expect(matchesExcerpt(expected, lines), `expected:\n${expected.join("\n")}\n\nactual:\n${lines.join("\n")}`).toBe(
      true,
    );
  });

  /** The parts of cases/hardship.json the tests below change. */
  interface HardshipCase {
    expect: { account: { balance: string } };
    person: { statuses: { kind: string }[] };
    [field: string]: unknown;
  }
  const hardship = (): HardshipCase =>
    JSON.parse(readFileSync(join(here, "cases", "hardship.json"), "utf8")) as HardshipCase;

  it("shows a failing check as check prints it", () => {
    const c = hardship();
    c["expect"].account.balance = "790.47";
    const failing = writeFiles([]);
    mkdirSync(join(failing, "cases"));
    writeFileSync(join(failing, "cases", "hardship.json"), JSON.stringify(c, null, 2));
    const r = runCli(failing, ["check", "cases/hardship.json"]);
    expect(r.status).toBe(1);
    const shown = page.find((b) => b.lang === "text" && b.text.startsWith("✗ cases/hardship.json"))!.text;
    expect(r.stdout).toBe(shown);
  });

  it("shows a bad-input failure of check as check prints it", () => {
    const c = hardship();
    c.person.statuses[0]!.kind = "severe-disabled";
    const failing = writeFiles([]);
    writeFileSync(join(failing, "typo.json"), JSON.stringify(c));
    const r = runCli(failing, ["check", "typo.json"]);
    expect(r.status).toBe(1);
    expect(r.stdout.startsWith('✗ typo.json: error {"code":"unknown-status",')).toBe(true);
    expect(markdown).toContain('`✗ cases/typo.json: error {"code":"unknown-status",…}`');
  });

  it("shows a failing expectCase as it reads", () => {
    const c = hardship();
    c["expect"].account.balance = "790.47";
    let error: unknown;
    try {
      expectCase(c);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    const e = error as Error;
    expect(`${e.name}: ${e.message.split("\n")[0]!}`).toBe(
      'AssertionError: case mismatch at $.account.balance: expected "790.47", got "790.46"',
    );
    expect(e.message.split("\n")[1]).toBe(`(case: ${String(c["description"])})`);
    expect(markdown).toContain('`AssertionError: case mismatch at $.account.balance: expected "790.47", got "790.46"`');
  });
});
