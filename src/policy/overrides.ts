import { text } from "../i18n/index";
import * as z from "zod/mini";
import { messageText, PensionInputError, type JsonPath } from "../errors";
import { isCivilDate, nextDay, previousDay } from "../dates";
import type { Segment } from "./parameter";
import { checkedPolicy, definePolicy, zodToInputError } from "./define";
import { isPlainJson } from "../vocabulary/plain-json";
import { snapshot } from "../vocabulary/snapshot";
import { formatPath } from "../money";
import { suppliedValue } from "./money-values";
import type { RegionPolicy } from "./schema";
import { derivedPolicyCache } from "./derived-cache";

export const overrideDate = z.string().check(z.refine(isCivilDate, "a calendar date YYYY-MM-DD"));
const citationText = z
  .string()
  .check(z.refine((s) => s.trim().length > 0, 'a citation is required (e.g. "县人社局 2024年通知")'));
const nonEmpty = z.string().check(z.refine((s) => s.trim().length > 0, "a non-empty text"));

/**
 * A supplied value's citation as data (answers.md §5): the document (its number or title), who
 * issued it, its date, the article, the words quoted and where to read it.
 */
export const citationDataSchema = z.strictObject({
  doc: nonEmpty,
  issuer: z.optional(nonEmpty),
  date: z.optional(overrideDate),
  article: z.optional(nonEmpty),
  quote: z.optional(nonEmpty),
  url: z.optional(nonEmpty),
});

/**
 * A citation as text, e.g. `青铜峡市人社局 青人社发〔2026〕3号 (2026-01-05) 第二条 (…)`, from its parts:
 * the one line the policy and the trace carry.
 *
 * @internal
 */
export function formatCitation(c: z.output<typeof citationDataSchema>): string {
  return [
    c.issuer,
    c.doc,
    c.date === undefined ? undefined : `(${c.date})`,
    c.article,
    c.quote === undefined ? undefined : `(${c.quote})`,
    c.url === undefined ? undefined : `<${c.url}>`,
  ]
    .filter((x) => x !== undefined)
    .join(" ");
}

/** A citation: a text, or the same as data (`{ doc, issuer?, date?, article?, quote?, url? }`), kept as one line of text. */
export const overrideCitation = z.pipe(
  z.union([citationText, citationDataSchema]),
  z.transform((c) => (typeof c === "string" ? c : formatCitation(c))),
);

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
    checked: z.optional(overrideDate),
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

/** Most parameter ids in one set of overrides (`limits.overrideParameters`). */
export const MAX_OVERRIDE_PARAMETERS = 100;
/** Most segments in one set of overrides, over all its parameters (`limits.overrideSegments`). */
export const MAX_OVERRIDE_SEGMENTS = 1000;

/**
 * The sizes of a set of overrides, checked before any segment is validated: `limit-exceeded`
 * naming the record (too many ids) or the id (the segment that goes over the total).
 *
 * @internal
 */
export function checkOverrideLimits(overrides: unknown, path: JsonPath): void {
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) return;
  const ids = Object.keys(overrides);
  if (ids.length > MAX_OVERRIDE_PARAMETERS) {
    throw new PensionInputError(
      "limit-exceeded",
      [...path],
      text("limit.parameters", { where: formatPath(path), max: MAX_OVERRIDE_PARAMETERS }),
    );
  }
  let total = 0;
  for (const id of ids) {
    const segments = (overrides as Record<string, unknown>)[id];
    if (!Array.isArray(segments)) continue;
    total += segments.length;
    if (total > MAX_OVERRIDE_SEGMENTS) {
      throw new PensionInputError(
        "limit-exceeded",
        [...path, id],
        text("limit.segments", { where: formatPath([...path, id]), max: MAX_OVERRIDE_SEGMENTS }),
      );
    }
  }
}

/**
 * Validate overrides as given by a caller: a plain copy (getters and Proxy traps read once),
 * sizes, the schema, and each segment's `until` not before its `from`.
 */
function parseOverrides(data: unknown, path: JsonPath): Record<string, z.output<typeof overrideSegmentSchema>[]> {
  checkOverrideLimits(data, path);
  const parsed = overridesSchema.safeParse(data);
  if (!parsed.success) throw zodToInputError(parsed.error, "invalid-input", path);
  for (const [id, segments] of Object.entries(parsed.data)) {
    segments.forEach((s, i) => {
      if (s.until !== undefined && s.until < s.from) {
        throw new PensionInputError(
          "invalid-date",
          [...path, id, i, "until"],
          text("date.before-from", { where: formatPath([...path, id, i, "until"]), until: s.until, from: s.from }),
        );
      }
    });
  }
  return parsed.data;
}

type AnySegment = Segment<unknown>;
type ParameterLike = { readonly id: string; readonly title: string; readonly segments: readonly AnySegment[] };

/**
 * Replace the period `o` covers in `segments` (sorted, without overlap), keeping what lies
 * before and after it. In place: a binary search finds the segments `o` touches, so a list of
 * overrides in date order is merged in about linear time.
 */
function splice(segments: AnySegment[], o: AnySegment): void {
  // The first segment that ends on or after o.from (earlier ones are untouched).
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const until = segments[mid]!.until;
    if (until !== undefined && until < o.from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo; // one past the last segment that starts on or before o.until
  while (end < segments.length && !(o.until !== undefined && segments[end]!.from > o.until)) end++;
  const replacement: AnySegment[] = [];
  const first = segments[lo];
  if (first !== undefined && lo < end && first.from < o.from)
    replacement.push({ ...first, until: previousDay(o.from) });
  replacement.push(o);
  const last = segments[end - 1];
  if (last !== undefined && lo < end && o.until !== undefined && (last.until === undefined || last.until > o.until))
    replacement.push({ ...last, from: nextDay(o.until) });
  segments.splice(lo, end - lo, ...replacement);
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A what-if policy: `policy` with some parameters' periods replaced. Returns a new validated,
 * frozen policy; the original is untouched. Each segment replaces only the period it covers.
 * An amount in a value may be a decimal string or a JSON number (`"143"` or `143`, as case money;
 * at most two decimals): it is stored as the config's string; a bad one is `invalid-money` at its path.
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
  return applyOverrides(policy, overrides, path);
}

/**
 * {@link withOverrides}, each new segment's citation marked as supplied when `supplier` is given:
 * `supplied (<supplier>): <citation>` (a parameter pack, the case's `options.parameters`), so the
 * trace tells a supplied value from the configs' own.
 *
 * @internal
 */
export function applyOverrides(
  policy: RegionPolicy,
  overrides: Overrides,
  path: JsonPath,
  supplier?: string,
): RegionPolicy {
  const base = checkedPolicy(policy); // first: a bad policy is the error, whatever else is wrong
  return applyOverridesRead(base, snapshot(overrides, path), path, supplier);
}

/**
 * {@link applyOverrides} for overrides already read as a snapshot (a case's `options.parameters`,
 * part of the case's own): they are not copied a second time.
 *
 * @internal
 */
export function applyOverridesRead(
  policy: RegionPolicy,
  raw: unknown,
  path: JsonPath,
  supplier?: string,
): RegionPolicy {
  const base = checkedPolicy(policy);
  // Policies are frozen and the result depends only on (policy, validated overrides, supplier): a
  // batch run that applies the same what-if to every case builds it once.
  const validated = (): RegionPolicy => {
    const data = parseOverrides(raw, path);
    const key = `${supplier ?? ""}\u0000${JSON.stringify(data)}`;
    return cached(base, key, () => buildOverridden(base, data, path, supplier));
  };
  // Plain JSON overrides are also found by their own text, before validation: a repeated what-if
  // (every projection case of a batch) is not validated again. Only a success is cached.
  if (!isPlainJson(raw)) return validated();
  return cached(base, `${supplier ?? ""}\u0001${JSON.stringify(raw)}`, validated);
}

const cached = derivedPolicyCache();

/**
 * The citation a supplied segment carries in the policy and the trace.
 *
 * @internal
 */
export function suppliedCitation(supplier: string, citation: string): string {
  return `supplied (${supplier}): ${citation}`;
}

function buildOverridden(
  policy: RegionPolicy,
  overrides: Record<string, z.output<typeof overrideSegmentSchema>[]>,
  path: JsonPath,
  supplier: string | undefined,
): RegionPolicy {
  const ids = Object.keys(overrides);
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
        text("parameter.unknown-id", { id, region: policy.id, known: [...byId.keys()].sort().join(", ") }),
      );
    }
    const holder = draft.parameters[where.key]!;
    const param = (where.index === undefined ? holder : (holder as ParameterLike[])[where.index]) as ParameterLike;
    const segments = [...param.segments];
    overrides[id]!.forEach((o, i) => {
      const value = o.value === undefined ? undefined : suppliedValue(where.key, o.value, [...path, id, i, "value"]);
      const citation = supplier === undefined ? o.citation : suppliedCitation(supplier, o.citation);
      const seg = stripUndefined({ ...o, value, citation }) as AnySegment;
      origin.set(seg, [id, i]);
      splice(segments, seg);
    });
    const replaced = { ...param, segments };
    if (where.index === undefined) draft.parameters[where.key] = replaced;
    else (holder as ParameterLike[])[where.index] = replaced;
  }
  try {
    return definePolicy(draft as unknown as Parameters<typeof definePolicy>[0]);
  } catch (e) {
    if (e instanceof PensionInputError) {
      throw new PensionInputError(
        "invalid-policy",
        [...path, ...callerPath(draft, e.path, origin)],
        text("policy.override-invalid", { message: messageText(e) }),
      );
    }
    throw e;
  }
}

/** Map a path inside the merged policy back to the override entry that caused it. */
function callerPath(
  draft: unknown,
  policyPath: readonly (string | number)[],
  origin: Map<object, (string | number)[]>,
): (string | number)[] {
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
