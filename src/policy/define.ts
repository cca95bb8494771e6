import type * as z from "zod/mini";
import { PensionInputError, type JsonPath } from "../errors";
import { deepFreeze } from "../freeze";
import { snapshot } from "../case/input";
import { issueInfo } from "../case/errors";
import { regionPolicySchema, type RegionPolicy } from "./schema";

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
 * Throws `invalid-policy` naming the first bad field.
 */
export function definePolicy(input: z.input<typeof regionPolicySchema>): RegionPolicy {
  const parsed = regionPolicySchema.safeParse(input);
  if (!parsed.success) throw zodToInputError(parsed.error, "invalid-policy");
  const policy = deepFreeze(parsed.data) as RegionPolicy;
  validated.add(policy);
  return policy;
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
  return definePolicy(snapshot(policy, [], "invalid-policy") as z.input<typeof regionPolicySchema>);
}
