/**
 * docs/case-format.md: the examples are real (the input parses, the output is what the library
 * gives for examples/qiannan.json, the error expectation passes) and every field of the zod
 * schemas is documented.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caseResultSchema, evaluateCase, parseCase } from "../../src/index";
import { findMismatch } from "../../src/case/expect";
import {
  accountResultSchema,
  monthlyBenefitSchema,
  paymentResultSchema,
  pensionResultSchema,
  settlementResultSchema,
  traceStepSchema,
} from "../../src/case/result";
import { caseSchema, eventSchema, paymentSchema, statusSchema } from "../../src/case/schema";
import { matchCase } from "../../src/testing";
import { blocks, readDoc, root } from "./helpers";

const markdown = readDoc("case-format.md");
const page = blocks(markdown);
/** JSON with comments: `//` to the end of the line (the examples have no `//` inside strings). */
const jsonc = (text: string): unknown => JSON.parse(text.replace(/\s*\/\/.*$/gm, ""));

const section = (title: string): string => {
  const start = markdown.indexOf(`\n## ${title}`);
  const end = markdown.indexOf("\n## ", start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
};

const keys = (schema: unknown): string[] => Object.keys((schema as { shape: Record<string, unknown> }).shape);
const inner = (schema: unknown): unknown => (schema as { def: { innerType: unknown } }).def.innerType;

describe("docs/case-format.md", () => {
  const inputExample = page.find((b) => b.lang === "jsonc" && b.heading === "Input")!;
  const outputExample = page.find((b) => b.lang === "jsonc" && b.heading === "Output (`CaseResult`)")!;

  it("the input example is a valid case", () => {
    expect(() => parseCase(jsonc(inputExample.text))).not.toThrow();
  });

  it("the output example is the result of examples/qiannan.json (one payment and one trace step shown)", () => {
    const { trace, ...shown } = jsonc(outputExample.text) as { trace: unknown[] } & Record<string, unknown>;
    const result = evaluateCase(JSON.parse(readFileSync(join(root, "examples", "qiannan.json"), "utf8")));
    expect(findMismatch(shown, result)).toBeNull();
    // Every key of the result is shown, so the example is complete in shape.
    expect(Object.keys(shown).sort()).toEqual(
      keys(caseResultSchema)
        .filter((k) => k !== "trace")
        .sort(),
    );
    expect(trace).toHaveLength(1);
    expect(result.trace).toContainEqual(trace[0]);
    expect(result.trace).toHaveLength(20); // 19 before revision 2026-12, + the QN-BEN-COUNTY step (a county top-up of 0, excluded unless supplied)
  });

  it("the error expectation example passes check", () => {
    const example = page.find((b) => b.lang === "json" && b.heading === "description and expect")!;
    expect(matchCase(JSON.parse(example.text))).toBeNull();
  });

  it("the error line shown is the one that case gives", () => {
    const example = JSON.parse(
      page.find((b) => b.lang === "json" && b.heading === "description and expect")!.text,
    ) as Record<string, unknown>;
    const shown = page.find((b) => b.lang === "json" && b.heading === "Errors")!;
    let error: unknown;
    try {
      evaluateCase(example);
    } catch (e) {
      error = e;
    }
    expect(`${JSON.stringify(error)}\n`).toBe(shown.text);
  });

  it("documents every input field", () => {
    const input = section("Input");
    const fields = [
      ...keys(caseSchema),
      ...keys(caseSchema.shape.person),
      ...keys(statusSchema),
      ...keys(eventSchema),
      ...keys(paymentSchema),
      ...keys(inner(caseSchema.shape.lumpSum)),
      ...keys(inner(caseSchema.shape.options)),
    ];
    for (const f of new Set(fields)) expect(input, `field ${f}`).toMatch(new RegExp(`\`${f}\`|"${f}"`));
  });

  it("documents every output field", () => {
    const output = section("Output (`CaseResult`)");
    const fields = [
      ...keys(caseResultSchema),
      ...keys(paymentResultSchema),
      ...keys(accountResultSchema),
      ...keys(pensionResultSchema),
      ...keys(monthlyBenefitSchema),
      ...keys(settlementResultSchema),
      ...keys(traceStepSchema),
    ];
    for (const f of new Set(fields)) expect(output, `field ${f}`).toContain(f);
  });
});
