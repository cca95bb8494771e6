import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import fc from "fast-check";
import { errorCodes, evaluateCase, isPensionInputError } from "../../src";
import { cli, tempCases } from "../cli/helpers";
import { checkAsyncProperty, lawLine, malformedCase, PROPS_RUNS, type Malformed } from "../arbitraries";

/**
 * The command line on bad input (conventions.md "Errors", the CLI's exit codes): `evaluate` and
 * `explain` exit 2, print nothing on stdout and one JSON line `{code, path, message, received?, details, issues}`
 * on stderr — the same code and path as evaluateCase on the same JSON — for every malformed case,
 * read from a file or from standard input.
 */

/** The JSON text a malformed input becomes in a file; "" (not JSON) when it has none (undefined, a function, a symbol). */
function text(input: unknown): string {
  try {
    return JSON.stringify(input, null, 2) ?? "";
  } catch {
    return String(input); // a BigInt: its digits
  }
}

/** What evaluateCase throws for the JSON text (the CLI reads the same text). */
function inProcess(json: string): { code: string; path: (string | number)[] } | "no error" | "not JSON" {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return "not JSON";
  }
  try {
    evaluateCase(parsed);
  } catch (e) {
    if (isPensionInputError(e)) return { code: e.code, path: [...e.path] };
    throw e;
  }
  return "no error";
}

/** One temporary folder; each run (runs are sequential) rewrites its case.json. */
const dir = tempCases({});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("command line on bad input", () => {
  test("evaluate and explain exit 2 with the error JSON (code, path) on stderr for every malformed case, from a file or stdin", async () => {
    let runs = 0;
    let parityChecked = 0; // runs whose stderr was compared with evaluateCase's error
    // The CLI is async: fc.asyncProperty, with the fixed seed and PROPS_RUNS like every law.
    const property = fc.asyncProperty(
      malformedCase(),
      fc.constantFrom("evaluate", "explain"),
      fc.boolean(),
      async (m: Malformed, command, viaStdin) => {
        runs += 1;
        const json = text(m.input);
        const expected = inProcess(json);
        let argv: string[];
        let stdin: string | undefined;
        if (viaStdin) {
          argv = [command, "-"];
          stdin = json;
        } else {
          writeFileSync(join(dir, "case.json"), json);
          argv = [command, join(dir, "case.json")];
        }
        const r = await cli(argv, stdin === undefined ? {} : { stdin });
        expect(expected, `${m.fault}: still malformed once written as JSON`).not.toBe("no error");
        expect(r.code, `${m.fault}: exit code (stderr ${r.stderr})`).toBe(2);
        expect(r.stdout, `${m.fault}: nothing on stdout`).toBe("");
        expect(
          r.stderr.endsWith("\n") && r.stderr.indexOf("\n") === r.stderr.length - 1,
          `${m.fault}: one line on stderr`,
        ).toBe(true);
        const err = JSON.parse(r.stderr) as {
          code: string;
          path: unknown;
          message: string;
          received?: string;
          details: unknown;
          issues: unknown[];
        };
        expect(
          Object.keys(err).filter((k) => k !== "received"),
          m.fault,
        ).toEqual(["code", "path", "message", "details", "issues"]);
        const first =
          err.received === undefined
            ? { code: err.code, path: err.path, message: err.message }
            : { code: err.code, path: err.path, message: err.message, received: err.received };
        expect(err.issues[0], `${m.fault}: the first issue is the top-level fields`).toEqual(first);
        expect(errorCodes, `${m.fault}: code`).toContain(err.code);
        expect(Array.isArray(err.path), `${m.fault}: path is an array`).toBe(true);
        expect(err.message.length, m.fault).toBeGreaterThan(0);
        if (expected === "not JSON") {
          expect(err, `${m.fault}: not JSON`).toMatchObject({ code: "invalid-input", path: [] });
        } else {
          parityChecked += 1;
          expect({ code: err.code, path: err.path }, `${m.fault}: the same error as evaluateCase`).toEqual(expected);
        }
      },
    );
    const print = (suffix = ""): void => {
      if (process.env["PROPS_STATS"] || PROPS_RUNS > 0)
        console.log(
          `${lawLine(expect.getState().currentTestName ?? "cli", { runs, vacuous: 0, skipped: 0, why: new Map() })}${suffix}`,
        );
    };
    try {
      await checkAsyncProperty(property, 600, ([m]) => m.input);
    } catch (e) {
      print(", FAILED (runs include the shrinking)");
      throw e;
    }
    print();
    expect(runs).toBeGreaterThan(0);
    expect(parityChecked / runs, "most inputs are JSON the CLI parses").toBeGreaterThan(0.8);
  });
});
