import { isUnknownSegment, type Parameter } from "./parameter";
import type { RegionPolicy } from "./schema";

/** Every parameter of a policy, the top-ups included, in config order. */
export function parametersOf(policy: RegionPolicy): Parameter<unknown>[] {
  return Object.values(policy.parameters).flatMap((v) =>
    v === undefined ? [] : Array.isArray(v) ? v : [v],
  ) as Parameter<unknown>[];
}

/** The citation of a parameter: its first known segment's (an unknown segment's if none is known). */
export function parameterCitation(p: Parameter<unknown>): string {
  return (p.segments.find((s) => !isUnknownSegment(s)) ?? p.segments[0]!).citation;
}

/** The citation a policy gives for a rule id: a fact or feature holding it, else a parameter, else undefined. */
export function citationOf(policy: RegionPolicy, rule: string): string | undefined {
  // Policies are frozen: each rule's citation is looked up once per policy (a refused payment a year traces it).
  let byRule = citations.get(policy);
  if (byRule === undefined) citations.set(policy, (byRule = new Map()));
  if (byRule.has(rule)) return byRule.get(rule);
  const found = findCitation(policy, rule);
  byRule.set(rule, found);
  return found;
}

const citations = new WeakMap<RegionPolicy, Map<string, string | undefined>>();

function findCitation(policy: RegionPolicy, rule: string): string | undefined {
  for (const f of [...Object.values(policy.facts), ...Object.values(policy.features)])
    if (f && f.rule === rule) return f.citation;
  const p = parametersOf(policy).find((q) => q.id === rule);
  return p ? parameterCitation(p) : undefined;
}
