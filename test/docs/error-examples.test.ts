/**
 * docs/integrators.md § Error codes: every documented example input throws exactly the error
 * shown (code, path, message, details), every error code has an example under its own heading,
 * and the command line prints the same JSON on standard error with exit code 2.
 */
import { describe, expect, it } from "vitest";
import { errorCodes, evaluateCase, isPensionInputError } from "../../src/index";
import { run } from "../../src/cli/run";
import { blocks, readDoc } from "./helpers";

const page = blocks(readDoc("integrators.md"));
const inputs = page.filter((b) => b.info["case"] !== undefined);
const examples = inputs.map((input) => {
  const id = input.info["case"]!;
  const shown = page.filter((b) => b.info["error"] === id);
  if (shown.length !== 1) throw new Error(`integrators.md: example ${id} needs exactly one \`\`\`json error=${id} block`);
  return { id, heading: input.heading, input: JSON.parse(input.text) as unknown, error: JSON.parse(shown[0]!.text) as { code: string; path: unknown[] } };
});

function thrown(input: unknown): unknown {
  try {
    evaluateCase(input);
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

  it.each(examples)("$id: the input throws the error shown", ({ input, error }) => {
    const e = thrown(input);
    expect(isPensionInputError(e), `expected a PensionInputError, got ${String(e)}`).toBe(true);
    if (!isPensionInputError(e)) return;
    expect(e.code).toBe(error.code);
    expect(e.path).toEqual(error.path);
    expect(JSON.parse(JSON.stringify(e))).toEqual(error);
  });

  it.each(examples)("$id: the command line prints it on standard error, exit 2", async ({ input, error }) => {
    const r = await run(["evaluate", "-"], { readStdin: async () => JSON.stringify(input), today: () => "2013-06-30" });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(JSON.parse(r.stderr)).toEqual(error);
  });
});
