import type { CaseResult } from "../src";

/** Every non-zero money string of a result with its JSON path (trace excluded). */
export function moneyFields(result: CaseResult): [string, string][] {
  const out: [string, string][] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === "string" && /^\d+\.\d{2}$/.test(v)) {
      if (v !== "0.00") out.push([path, v]);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) if (k !== "trace") walk(x, `${path}.${k}`);
  };
  walk(result, "$");
  return out;
}

/** Numbers (as written) that trace steps show in their outputs and inputs. */
export function tracedAmounts(result: CaseResult): Set<string> {
  const seen = new Set<string>();
  const add = (s: string): void => {
    for (const m of s.matchAll(/\d+\.\d{2}(?!\d)/g)) seen.add(m[0]);
  };
  for (const step of result.trace) {
    add(step.output);
    for (const v of Object.values(step.inputs)) if (typeof v === "string") add(v);
  }
  return seen;
}

/** Money fields no trace step shows. */
export function unexplained(result: CaseResult): [string, string][] {
  const seen = tracedAmounts(result);
  return moneyFields(result).filter(([, v]) => !seen.has(v));
}
