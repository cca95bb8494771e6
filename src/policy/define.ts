import type * as z from "zod/mini";
import { PensionInputError, type JsonPath } from "../errors";
import { deepFreeze } from "../freeze";
import { snapshot } from "../vocabulary/snapshot";
import { issueInfo } from "../vocabulary/issues";
import { regionPolicySchema, type RegionPolicy, type RegionPolicyInput } from "./schema";
import { sourceDates } from "./source-dates";
import { isUnknownSegment } from "./parameter";
import { parametersOf } from "./walk";

/** Map a zod failure to the library's typed error, keeping the first issue's path. */
export function zodToInputError(
  error: z.core.$ZodError,
  code: "invalid-input" | "invalid-policy",
  prefix: JsonPath = [],
): PensionInputError {
  const issue = error.issues[0];
  const path: (string | number)[] = [
    ...prefix,
    ...(issue?.path ?? []).map((p) => (typeof p === "symbol" ? String(p) : p)),
  ];
  const where = path.length ? path.join(".") : "(root)";
  if (issue === undefined) return new PensionInputError(code, path, `${where}: invalid`);
  return new PensionInputError(code, path, {
    id: "zod.issue",
    params: { where, issue: issueInfo(issue, undefined, false) },
  });
}

/**
 * Validate a region policy against {@link regionPolicySchema} and deep-freeze it.
 * Throws `invalid-policy` naming the first bad field. An open-ended known segment without
 * `checked` gets the date of the newest dated document its citation names (the sources table),
 * or its own `from` when they are all undated: the last date a source confirmed the value
 * (answers.md §5). A supplied value (a citation naming no document of the table) gets none.
 */
export function definePolicy(input: RegionPolicyInput): RegionPolicy {
  const parsed = regionPolicySchema.safeParse(input);
  if (!parsed.success) throw zodToInputError(parsed.error, "invalid-policy");
  const policy = deepFreeze(withCheckedOpenEnds(parsed.data as RegionPolicy)) as RegionPolicy;
  validated.add(policy);
  return policy;
}

/** `policy` with `checked` on each open-ended known segment whose citation dates it (parsed data, not yet frozen). */
function withCheckedOpenEnds(policy: RegionPolicy): RegionPolicy {
  for (const p of parametersOf(policy)) {
    const last = p.segments[p.segments.length - 1];
    if (last === undefined || last.until !== undefined || isUnknownSegment(last) || last.checked !== undefined)
      continue;
    const checked = checkedOf(last.citation, last.from);
    // A supplied value names no document of the table: its supplier says `checked` or nothing.
    // The parsed data is a fresh copy: setting the field here changes no caller's object.
    if (checked !== undefined) (last as { checked?: string }).checked = checked;
  }
  return policy;
}

/**
 * The date an open-ended segment citing `citation` was last confirmed: the newest date of the
 * documents of the sources table it names, or `from` when they are all undated (the Beibei pilot,
 * the Cixi article confirm their values from the date they set); undefined when it names none.
 */
function checkedOf(citation: string, from: string): string | undefined {
  let named = false;
  let newest: string | undefined;
  for (const { date, keys } of sourceDates) {
    if (!keys.some((k) => citation.includes(k))) continue;
    named = true;
    if (date !== null && (newest === undefined || date > newest)) newest = date;
  }
  return named ? (newest ?? from) : undefined;
}

/** Policies made by {@link definePolicy}: validated and deeply frozen, so never checked again. */
const validated = new WeakSet<object>();

/**
 * `policy` if it was made by this library (a region config, `withOverrides`), else a validated,
 * frozen copy of it: `invalid-policy` naming the first bad field for anything that is not a
 * region policy (a getter or Proxy trap that throws included).
 */
export function checkedPolicy(policy: unknown): RegionPolicy {
  if (typeof policy === "object" && policy !== null && validated.has(policy)) return policy as RegionPolicy;
  return definePolicy(snapshot(policy, [], "invalid-policy") as RegionPolicyInput);
}
