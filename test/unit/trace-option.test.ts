import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  benefitSchedule,
  evaluateCase,
  evaluateMany,
  isPensionInputError,
  regionIds,
  type CaseResult,
} from "../../src";
import { checkProperty, isSkip, validCase } from "../arbitraries";

/**
 * `evaluateCase(input, { trace: false })` (EvaluateOptions): the same result with an empty trace.
 * The rules test `trace.on` before building a step, so this pins that no figure depends on it.
 */
const root = join(import.meta.dirname, "..", "..");
const withoutTrace = (r: CaseResult): CaseResult => ({ ...r, trace: [] });

function caseFiles(dir: string): [string, Record<string, unknown>][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), "utf8")) as Record<string, unknown>]);
}

const files = [
  ...caseFiles(join(root, "examples")),
  ...caseFiles(join(root, "test", "vectors")).map(
    ([f, c]) =>
      [`vectors/${f}`, (c as { case?: Record<string, unknown> }).case ?? c] as [string, Record<string, unknown>],
  ),
];

describe("evaluate options: { trace: false }", () => {
  test.each(files)("%s: the same result with an empty trace", (_name, c) => {
    const full = evaluateCase(c);
    expect(full.trace.length).toBeGreaterThan(0);
    const lean = evaluateCase(c, { trace: false });
    expect(lean.trace).toEqual([]);
    expect(JSON.stringify(lean)).toBe(JSON.stringify(withoutTrace(full)));
    expect(evaluateCase(c, { trace: true })).toEqual(full);
    expect(evaluateCase(c, {})).toEqual(full);
  });

  test.each(regionIds)("%s: for generated cases, trace: false changes nothing but the trace", (region) => {
    let compared = 0;
    checkProperty(
      fc.property(validCase(region), (c) => {
        let full: CaseResult;
        try {
          full = evaluateCase(c);
        } catch (e) {
          if (isSkip(e) || (isPensionInputError(e) && e.code === "parameter-unknown")) return;
          throw e;
        }
        compared++;
        expect(JSON.stringify(evaluateCase(c, { trace: false }))).toBe(JSON.stringify(withoutTrace(full)));
      }),
      100,
    );
    expect(compared).toBeGreaterThan(80);
  });

  test('bad options are invalid-input at ["trace"], before any evaluation', () => {
    const c = files[0]![1];
    for (const bad of [5, "no", null, [], { trace: "false" }, { trace: 0 }]) {
      let caught: unknown;
      try {
        evaluateCase(c, bad as never);
      } catch (e) {
        caught = e;
      }
      expect(isPensionInputError(caught), JSON.stringify(bad)).toBe(true);
      if (isPensionInputError(caught)) {
        expect(caught.code).toBe("invalid-input");
        expect(caught.path).toEqual(["trace"]);
      }
    }
  });

  test("evaluateMany passes the option on, and refuses bad options once", async () => {
    const cases = files.slice(0, 3).map(([, c]) => c);
    const items = [];
    for await (const item of evaluateMany(cases, { trace: false })) items.push(item);
    expect(items.map((i) => i.result?.trace)).toEqual([[], [], []]);
    expect(items.map((i) => JSON.stringify(i.result))).toEqual(
      cases.map((c) => JSON.stringify(withoutTrace(evaluateCase(c)))),
    );
    await expect(evaluateMany(cases, { trace: "no" } as never).next()).rejects.toMatchObject({
      code: "invalid-input",
      path: ["trace"],
    });
  });

  test("benefitSchedule, which builds no trace inside, still matches evaluateCase's month", () => {
    const [, c] = files.find(([f]) => f === "qiannan.json")!;
    const r = evaluateCase(c);
    const month = r.pension.monthly;
    expect(month).not.toBeNull();
    const [b] = benefitSchedule(c, month!.month, month!.month);
    expect(b).toEqual(month);
  });
});
