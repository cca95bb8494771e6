/**
 * docs/integrators.md § Error codes: every documented example input throws exactly the error
 * shown (code, path, message, details), every error code has an example under its own heading,
 * and the command line prints the same JSON on standard error with exit code 2.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { errorCodes, evaluateCase, isPensionInputError, parseParameterPack } from "../../src/index";
import { run } from "../../src/node/cli/run";
import { mergePartials, parsePartials } from "../../src/node/batch/partial";
import { blocks, readDoc } from "./helpers";

const page = blocks(readDoc("integrators.md"));
// A `case=` block is a case; a `pack=` block is a parameter pack, read as the file pack.json; a
// `partial=` block is a file of cost partials (one a line), partials.jsonl, for `cost-merge`.
const inputs = page.filter((b) => ["case", "pack", "partial"].some((k) => b.info[k] !== undefined));
const examples = inputs.map((input) => {
  const id = input.info["case"] ?? input.info["pack"] ?? input.info["partial"]!;
  const shown = page.filter((b) => b.info["error"] === id);
  if (shown.length !== 1)
    throw new Error(`integrators.md: example ${id} needs exactly one \`\`\`json error=${id} block`);
  const pack = input.info["pack"] !== undefined ? input.text : undefined;
  const partials = input.info["partial"] !== undefined ? input.text : undefined;
  return {
    id,
    heading: input.heading,
    pack,
    partials,
    input: partials === undefined ? (JSON.parse(input.text) as unknown) : undefined,
    error: JSON.parse(shown[0]!.text) as { code: string; path: unknown[] },
  };
});

/** Any case of the pack's region: the pack is read before the case is evaluated. */
const caseOf = (region: string): unknown => ({ region, asOf: "2013-06-30", person: { birthDate: "1948-03-02" } });

function thrown(input: unknown, pack: string | undefined, partials: string | undefined): unknown {
  try {
    if (partials !== undefined) mergePartials(parsePartials(partials, "partials.jsonl"));
    else if (pack === undefined) evaluateCase(input);
    else parseParameterPack(pack, "pack.json");
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("docs/integrators.md error examples", () => {
  it("has an example for every error code, under the code's heading", () => {
    expect(new Set(examples.map((x) => x.error.code))).toEqual(new Set(errorCodes));
    for (const x of examples) expect(x.heading).toBe(`\`${x.error.code}\``);
    // No stray error block without its input.
    expect(page.filter((b) => b.info["error"] !== undefined)).toHaveLength(examples.length);
  });

  it.each(examples)("$id: the input throws the error shown", ({ input, pack, partials, error }) => {
    const e = thrown(input, pack, partials);
    expect(isPensionInputError(e), `expected a PensionInputError, got ${String(e)}`).toBe(true);
    if (!isPensionInputError(e)) return;
    expect(e.code).toBe(error.code);
    expect(e.path).toEqual(error.path);
    expect(JSON.parse(JSON.stringify(e))).toEqual(error);
  });

  it.each(examples)("$id: the command line prints it on standard error, exit 2", async (example) => {
    const { input, pack, partials, error } = example;
    if (partials !== undefined) {
      // cost-merge <folder>/partials.jsonl: the same error, naming the file as it was given.
      const file = join(mkdtempSync(join(tmpdir(), "resident-pension-partials-")), "partials.jsonl");
      writeFileSync(file, partials);
      const r = await run(["cost-merge", file], { readStdin: async () => "", today: () => "2013-06-30" });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(JSON.parse(r.stderr.split(file).join("partials.jsonl"))).toEqual(error);
      return;
    }
    if (pack === undefined) {
      const r = await run(["evaluate", "-"], {
        readStdin: async () => JSON.stringify(input),
        today: () => "2013-06-30",
      });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(JSON.parse(r.stderr)).toEqual(error);
      return;
    }
    // evaluate --params <folder>/pack.json: the same error, naming the file as it was given.
    const file = join(mkdtempSync(join(tmpdir(), "resident-pension-pack-")), "pack.json");
    writeFileSync(file, pack);
    const region = (input as { region: string }).region;
    const r = await run(["evaluate", "-", "--params", file], {
      readStdin: async () => JSON.stringify(caseOf(region)),
      today: () => "2013-06-30",
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(JSON.parse(r.stderr.split(file).join("pack.json"))).toEqual(error);
  });
});
