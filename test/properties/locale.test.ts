/**
 * answers.md §6: codes, paths, rule ids and figures are the same in both languages; only the
 * messages change. Each generated case is evaluated in English and in Chinese; with every
 * `message`, trace `note` and settlement line `label` taken out (a refused payment's note is the refusal's message), the
 * results (or the errors) are deep-equal.
 */
import { describe, expect, test } from "vitest";
import { evaluateCase, isPensionInputError, regionIds, type CaseResult, type PensionInputError } from "../../src";
import { law, malformedCase, validCase, type Malformed } from "../arbitraries";

const HAN = /\p{Script=Han}/u;

/** A trace step's output that is a figure (an amount, a count): the same in every language. */
const FIGURE = /^-?\d+(\.\d+)?$/;

/**
 * The value with every `message` and `note` set to null (refusals, errors, issues, trace notes),
 * and every trace `output` that is a sentence rather than a figure.
 */
function withoutMessages(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutMessages);
  if (v === null || typeof v !== "object") return v;
  return Object.fromEntries(
    Object.entries(v).map(([k, x]) => [
      k,
      k === "message" || k === "note" || k === "label" || (k === "output" && typeof x === "string" && !FIGURE.test(x))
        ? null
        : withoutMessages(x),
    ]),
  );
}

/** Every refusal of a result. */
function refusalsOf(r: CaseResult): { rule: string; code: string; message: string }[] {
  return [...r.enrollment.refusals, ...r.pension.refusals, ...r.payments.flatMap((p) => p.refusals)];
}

type Outcome = { result: CaseResult } | { error: PensionInputError };

function outcome(input: unknown, locale: "en" | "zh-CN"): Outcome {
  try {
    return { result: evaluateCase(input, { locale }) };
  } catch (e) {
    if (isPensionInputError(e)) return { error: e };
    throw e;
  }
}

describe.each(regionIds)("%s", (region) => {
  test("en and zh-CN: the same result but for the messages; every zh-CN refusal is Chinese, with the English one's code", () => {
    law(
      validCase(region),
      (c) => {
        const en = outcome(c, "en");
        const zh = outcome(c, "zh-CN");
        if ("error" in en) {
          expect("error" in zh).toBe(true);
          const z = (zh as { error: PensionInputError }).error;
          expect(withoutMessages(z.toJSON())).toEqual(withoutMessages(en.error.toJSON()));
          expect(z.message).toMatch(HAN);
          return;
        }
        expect("result" in zh).toBe(true);
        const z = (zh as { result: CaseResult }).result;
        expect(withoutMessages(z)).toEqual(withoutMessages(en.result));
        const zr = refusalsOf(z);
        const er = refusalsOf(en.result);
        zr.forEach((r, i) => {
          expect(r.message, r.code).toMatch(HAN);
          expect(r.message).not.toBe(er[i]!.message);
        });
      },
      { numRuns: 60 },
    );
  });
});

describe("bad input in both languages", () => {
  test("the same error (code, path, received, details, issues' codes and paths) with Chinese messages", () => {
    law(
      malformedCase(),
      (m: Malformed) => {
        const en = outcome(m.input, "en");
        const zh = outcome(m.input, "zh-CN");
        expect("error" in en && "error" in zh, m.fault).toBe(true);
        const e = (en as { error: PensionInputError }).error;
        const z = (zh as { error: PensionInputError }).error;
        expect(withoutMessages(z.toJSON()), m.fault).toEqual(withoutMessages(e.toJSON()));
        expect(z.message, m.fault).toMatch(HAN);
        for (const i of z.issues) expect(i.message, m.fault).toMatch(HAN);
      },
      { numRuns: 500, caseOf: (m) => m.input },
    );
  });
});
