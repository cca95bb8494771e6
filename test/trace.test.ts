import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caseResultSchema, evaluateCase, rules } from "../src";
import { unexplained } from "./trace-money";

// Trace completeness (issue: explainable results): every step's rule id is in the registry and
// every step cites something. Runs over the spec vectors and the examples.
const dirs = [join(import.meta.dirname, "vectors"), join(import.meta.dirname, "..", "examples")];

function cases(): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    } catch {
      continue;
    }
    for (const f of files) out.push([f, JSON.parse(readFileSync(join(dir, f), "utf8"))]);
  }
  return out;
}

describe("trace", () => {
  it.each(cases())("%s: every step has a registered rule id and a citation", (_name, c) => {
    const result = evaluateCase(c);
    expect(result.trace.length).toBeGreaterThan(0);
    for (const step of result.trace) {
      expect(rules.has(step.rule), `unknown rule id ${step.rule}`).toBe(true);
      expect(step.citation.trim(), step.rule).not.toBe("");
    }
    for (const line of result.pension.monthly?.lines ?? []) expect(rules.has(line.rule), line.rule).toBe(true);
    for (const p of result.payments) for (const r of p.refusals) expect(rules.has(r.rule), r.rule).toBe(true);
    for (const l of result.settlement?.lines ?? []) expect(rules.has(l.rule), l.rule).toBe(true);
  });

  it.each(cases())("%s: every money field is shown by a trace step", (_name, c) => {
    expect(unexplained(evaluateCase(c))).toEqual([]);
  });

  it.each(cases())("%s: the result matches the CaseResult schema", (_name, c) => {
    expect(caseResultSchema.safeParse(evaluateCase(c)).success).toBe(true);
  });
});
