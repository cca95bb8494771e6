import * as z from "zod/mini";
import { PensionInputError, type JsonPath } from "../errors";
import { isCivilDate, nextDay, previousDay } from "../dates";
import type { Segment } from "./parameter";
import { definePolicy, zodToInputError } from "./define";
import type { RegionPolicy } from "./schema";

export const overrideDate = z.string().check(z.refine(isCivilDate, "a calendar date YYYY-MM-DD"));
const overrideCitation = z.string().check(z.refine((s) => s.trim().length > 0, "a citation is required (e.g. \"县人社局 2024年通知\")"));

/**
 * One overriding segment: the same shape as a config segment, a citation required. The value is
 * checked against the parameter's own schema when the new policy is validated. A segment may also
 * mark a period unknown (`unknown: true`, no value).
 */
export const overrideSegmentSchema = z
  .strictObject({
    from: overrideDate,
    until: z.optional(overrideDate),
    value: z.optional(z.unknown()),
    unknown: z.optional(z.literal(true)),
    citation: overrideCitation,
    published: z.optional(overrideDate),
    note: z.optional(z.string()),
  })
  .check(
    z.superRefine((s, ctx) => {
      if ((s.value === undefined) === (s.unknown === undefined)) {
        ctx.addIssue({ code: "custom", path: ["value"], message: "a segment has either a value or `unknown: true`" });
      }
    }),
  );

/** `{ "<PARAMETER-ID>": [ { from, until?, value, citation } ] }` (rules.md OVERRIDES). */
export const overridesSchema = z.record(z.string(), z.array(overrideSegmentSchema).check(z.minLength(1)));
export type Overrides = z.input<typeof overridesSchema>;

type AnySegment = Segment<unknown>;
type ParameterLike = { readonly id: string; readonly title: string; readonly segments: readonly AnySegment[] };

/** Replace the period `o` covers, keeping what lies before and after it. */
function splice(segments: readonly AnySegment[], o: AnySegment): AnySegment[] {
  const out: AnySegment[] = [];
  for (const s of segments) {
    const sUntil = s.until;
    const endsBefore = sUntil !== undefined && sUntil < o.from;
    const startsAfter = o.until !== undefined && s.from > o.until;
    if (endsBefore || startsAfter) {
      out.push(s);
      continue;
    }
    if (s.from < o.from) out.push({ ...s, until: previousDay(o.from) });
    if (o.until !== undefined && (sUntil === undefined || sUntil > o.until)) out.push({ ...s, from: nextDay(o.until) });
  }
  out.push(o);
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A what-if policy: `policy` with some parameters' periods replaced. Returns a new validated,
 * frozen policy; the original is untouched. Each segment replaces only the period it covers.
 *
 * @param policy a region policy, e.g. `getRegion("qiannan")`
 * @param overrides `{ "QN-BEN-BASIC": [{ from: "2024-01-01", value: "143", citation: "…" }] }`
 * @param path where the overrides came from, for errors (the case's `options.parameters`)
 * @example
 * const p = withOverrides(getRegion("qiannan"), {
 *   "QN-BEN-COUNTY": [{ from: "2020-01-01", value: { kind: "flat", amount: "20" }, citation: "县人社局 2020年通知" }],
 * });
 */
export function withOverrides(policy: RegionPolicy, overrides: Overrides, path: JsonPath = []): RegionPolicy {
  // Policies are frozen and the result depends only on (policy, overrides): a batch run that
  // applies the same what-if to every case validates it once.
  const key = JSON.stringify(overrides);
  const cached = cache.get(policy)?.get(key);
  if (cached) return cached;
  const result = buildOverridden(policy, overrides, path);
  let perPolicy = cache.get(policy);
  if (!perPolicy) cache.set(policy, (perPolicy = new Map()));
  if (perPolicy.size >= CACHE_LIMIT) perPolicy.delete(perPolicy.keys().next().value!);
  perPolicy.set(key, result);
  return result;
}

const CACHE_LIMIT = 32;
const cache = new WeakMap<RegionPolicy, Map<string, RegionPolicy>>();

function buildOverridden(policy: RegionPolicy, overrides: Overrides, path: JsonPath): RegionPolicy {
  const parsed = overridesSchema.safeParse(overrides);
  if (!parsed.success) throw zodToInputError(parsed.error, "invalid-input", path);
  const ids = Object.keys(parsed.data);
  if (ids.length === 0) return policy;

  const draft = structuredClone(policy) as unknown as {
    parameters: Record<string, ParameterLike | ParameterLike[] | undefined>;
  };
  const byId = new Map<string, { key: string; index?: number }>();
  for (const [key, p] of Object.entries(draft.parameters)) {
    if (Array.isArray(p)) p.forEach((q, index) => byId.set(q.id, { key, index }));
    else if (p) byId.set(p.id, { key });
  }
  // Which override entry each new segment object came from, to point errors at the caller's input.
  const origin = new Map<object, (string | number)[]>();
  for (const id of ids) {
    const where = byId.get(id);
    if (!where) {
      throw new PensionInputError(
        "unknown-parameter",
        [...path, id],
        `${id}: ${policy.id} has no parameter with this id (known: ${[...byId.keys()].sort().join(", ")})`,
      );
    }
    const holder = draft.parameters[where.key]!;
    const param = (where.index === undefined ? holder : (holder as ParameterLike[])[where.index]) as ParameterLike;
    let segments = [...param.segments];
    parsed.data[id]!.forEach((o, i) => {
      const seg = stripUndefined(o) as AnySegment;
      origin.set(seg, [id, i]);
      segments = splice(segments, seg);
    });
    const replaced = { ...param, segments };
    if (where.index === undefined) draft.parameters[where.key] = replaced;
    else (holder as ParameterLike[])[where.index] = replaced;
  }
  try {
    return definePolicy(draft as unknown as Parameters<typeof definePolicy>[0]);
  } catch (e) {
    if (e instanceof PensionInputError) {
      throw new PensionInputError("invalid-policy", [...path, ...callerPath(draft, e.path, origin)], `override makes the policy invalid: ${e.message}`);
    }
    throw e;
  }
}

/** Map a path inside the merged policy back to the override entry that caused it. */
function callerPath(draft: unknown, policyPath: readonly (string | number)[], origin: Map<object, (string | number)[]>): (string | number)[] {
  let node: unknown = draft;
  for (let i = 0; i < policyPath.length; i++) {
    node = (node as Record<string | number, unknown> | undefined)?.[policyPath[i]!];
    const from = node !== null && typeof node === "object" ? origin.get(node) : undefined;
    // The override schema already checked dates and citation, so a failure at the segment itself
    // (a union of known/unknown shapes) is its value.
    if (from) return i + 1 < policyPath.length ? [...from, ...policyPath.slice(i + 1)] : [...from, "value"];
  }
  return [...policyPath];
}
