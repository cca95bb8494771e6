import type { Text } from "../i18n/index";
import { extraText } from "../i18n/extra";
import { issueInfo } from "../vocabulary/issues";
import * as z from "zod/mini";
import { isCivilDate } from "../dates";
import { messageText, PensionInputError, type JsonPath, type PensionErrorCode } from "../errors";
import { deepFreeze } from "../freeze";
import { regionIds } from "../kinds";
import { formatPath } from "../money";
import { applyOverrides, overrideCitation as citation, overridesSchema, suppliedCitation } from "./overrides";
import { regionPolicySchema, type RegionPolicy } from "./schema";
import { checkedPolicy } from "./define";
import { derivedPolicyCache } from "./derived-cache";
import { snapshot } from "../vocabulary/snapshot";

/** The `format` of a parameter pack (docs/packs.md). */
export const PARAMETER_PACK_FORMAT = "resident-pension/parameter-pack@1";

const civilDate = z.string().check(z.refine(isCivilDate, "a calendar date YYYY-MM-DD"));

/**
 * A parameter pack: dated, cited values an agency keeps for its own place and years, supplied
 * once as a file (`--params FILE`) or with {@link withParameterPack}. `values` has the shape of a
 * case's `options.parameters`; `facts` supplies the scheme start as `options.schemeStart` would.
 */
export const parameterPackSchema = z.strictObject({
  format: z.literal(PARAMETER_PACK_FORMAT),
  region: z.enum(regionIds, { error: () => `one of ${regionIds.join(", ")}` }),
  /** Free text, e.g. "青铜峡市 2024–2026". */
  title: z.optional(z.string()),
  /** Who published the values, e.g. "青铜峡市人社局 2026年通知". */
  source: z.optional(z.string()),
  /** `{ "<REGION>-SCHEME-START": { value: "YYYY-MM-DD", citation } }`. */
  facts: z.optional(z.record(z.string(), z.strictObject({ value: civilDate, citation, note: z.optional(z.string()) }))),
  /** `{ "<PARAMETER-ID>": [ { from, until?, value, citation } ] }`, as `options.parameters`. */
  values: overridesSchema,
});

/** A parameter pack as written (JSON): money as decimal strings or numbers. */
export type ParameterPack = z.input<typeof parameterPackSchema>;

/** Options of {@link withParameterPack}. */
export interface ParameterPackOptions {
  /** The pack's file name, for errors (`details.file`). */
  readonly file?: string | undefined;
}

/**
 * `policy` with a parameter pack's values and facts in force: each segment replaces the period it
 * covers (as {@link withOverrides}), the pack's scheme start replaces the region's. Validated like
 * `withOverrides`; returns a new frozen policy. A supplied value's citation reads
 * `supplied (parameter pack "<title>"): <citation>` in the policy and in every trace step.
 * Apply several packs in order: a later pack wins where they overlap; a case's own
 * `options.parameters` and `options.schemeStart` win over every pack.
 *
 * Errors (PensionInputError, `details.file` naming the file when given): `invalid-pack` for the
 * pack itself (not an object, wrong `format`, another region, a missing citation, two segments of
 * one parameter that overlap, a field the format does not have); `invalid-date`,
 * `invalid-money`, `invalid-policy` and `unknown-parameter` at a path inside the pack
 * (`["values", "NX-BEN-BASIC", 0, "value"]`) for a bad value.
 *
 * @example
 * const p = withParameterPack(getRegion("ningxia"), {
 *   format: "resident-pension/parameter-pack@1",
 *   region: "ningxia",
 *   title: "Example: re-states a value the catalogue gives",
 *   values: { "NX-BEN-BASIC": [{ from: "2023-01-01", until: "2023-06-30", value: 180, citation: "中新网 2023-02-15 (自2023年1月起), as rules.md NX-BEN-BASIC" }] },
 * });
 * valueOn(p.parameters.basic, "2023-03-01").value //=> "180" (a number in a pack is stored as the config's string)
 */
export function withParameterPack(
  policy: RegionPolicy,
  pack: ParameterPack,
  options: ParameterPackOptions = {},
): RegionPolicy {
  const file = fileOption(options);
  policy = checkedPolicy(policy);
  const valid = checkPack(pack, file);
  if (valid.region !== policy.id) {
    throw packError("invalid-pack", ["region"], `the pack is for ${valid.region}, the policy is ${policy.id}'s`, file);
  }
  // Frozen policy + validated pack → the same result: a batch run builds it once per pack.
  const base = policy;
  return cached(base, JSON.stringify(valid), () => applyPack(base, valid, file));
}

const cached = derivedPolicyCache();

type ValidPack = z.output<typeof parameterPackSchema>;

/**
 * The structure of a pack (not its values, which need the policy): `invalid-pack` / `invalid-date`.
 * About 65 lines on purpose: one pass over the pack in the order its errors are reported (copy,
 * schema, region, overlaps), each step needing the previous one's value and the file name.
 */
export function checkPack(input: unknown, file?: string): ValidPack {
  // A plain copy first: a getter or Proxy trap that throws is a bad pack, not a crash.
  const pack = snapshot(input, [], "invalid-pack");
  if (typeof pack !== "object" || pack === null || Array.isArray(pack)) {
    throw packError("invalid-pack", [], extraText("pack.not-object", { format: PARAMETER_PACK_FORMAT }), file);
  }
  const protoKey = findProtoKey(pack, []);
  if (protoKey)
    throw packError(
      "invalid-pack",
      protoKey,
      extraText("pack.unknown-field", { key: String(protoKey[protoKey.length - 1]) }),
      file,
    );
  const parsed = parameterPackSchema.safeParse(pack);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    if (issue.code === "unrecognized_keys" && issue.keys[0] !== undefined) path.push(issue.keys[0]);
    const last = path[path.length - 1];
    const isDate =
      (last === "from" || last === "until" || last === "published" || (path[0] === "facts" && last === "value")) &&
      issue.code !== "invalid_type";
    const message =
      last === "citation"
        ? extraText("pack.citation-required", {})
        : path.length === 1 && path[0] === "format"
          ? extraText("pack.format", { format: PARAMETER_PACK_FORMAT })
          : extraText("zod.message", { issue: issueInfo(issue, undefined, false) });
    throw packError(isDate ? "invalid-date" : "invalid-pack", path, message, file);
  }
  const data = parsed.data;
  for (const [id, segments] of Object.entries(data.values)) {
    segments.forEach((s, i) => {
      if (s.until !== undefined && s.until < s.from)
        throw packError(
          "invalid-date",
          ["values", id, i, "until"],
          extraText("pack.until", { until: s.until, from: s.from }),
          file,
        );
    });
    // A source cannot give two values for one day: segments of one parameter must not overlap.
    const order = segments
      .map((s, i) => ({ s, i }))
      .sort((a, b) => (a.s.from < b.s.from ? -1 : a.s.from > b.s.from ? 1 : a.i - b.i));
    for (let k = 1; k < order.length; k++) {
      const prev = order[k - 1]!;
      const next = order[k]!;
      if (prev.s.until === undefined || prev.s.until >= next.s.from) {
        throw packError(
          "invalid-pack",
          ["values", id, Math.max(prev.i, next.i), "from"],
          extraText("pack.overlap", {
            id,
            first: Math.min(prev.i, next.i),
            firstFrom: prev.s.from,
            firstUntil: prev.s.until,
            second: Math.max(prev.i, next.i),
            secondFrom: next.s.from,
          }),
          file,
        );
      }
    }
  }
  return data;
}

function applyPack(policy: RegionPolicy, pack: ValidPack, file: string | undefined): RegionPolicy {
  const supplier = pack.title === undefined ? "parameter pack" : `parameter pack ${JSON.stringify(pack.title)}`;
  let result: RegionPolicy;
  try {
    result = applyOverrides(policy, pack.values, ["values"], supplier);
  } catch (e) {
    if (e instanceof PensionInputError)
      throw packError(
        e.code,
        e.path,
        extraText("pack.inner", { en: stripWhere(e.message, e.path), full: messageText(e) }),
        file,
      );
    throw e;
  }
  const facts = Object.entries(pack.facts ?? {});
  if (facts.length === 0) return result;
  const start = policy.facts.schemeStart;
  const draft = structuredClone(result) as { facts: { schemeStart: Record<string, unknown> } };
  for (const [id, fact] of facts) {
    if (id !== start.rule) {
      throw packError(
        "unknown-parameter",
        ["facts", id],
        extraText("pack.one-fact", { region: policy.id, rule: start.rule }),
        file,
      );
    }
    draft.facts.schemeStart = {
      value: fact.value,
      rule: start.rule,
      citation: suppliedCitation(supplier, fact.citation),
      ...(fact.note === undefined ? {} : { note: fact.note }),
    };
  }
  const parsed = regionPolicySchema.safeParse(draft);
  // The pack's schema checked the date and the citation: the policy stays valid.
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw packError(
      "invalid-pack",
      ["facts"],
      issue === undefined ? "invalid" : extraText("zod.message", { issue: issueInfo(issue, undefined, false) }),
      file,
    );
  }
  return deepFreeze(parsed.data) as RegionPolicy;
}

/** A PensionInputError about a pack: the file (when known) in the message and `details.file`. */
function packError(
  code: PensionErrorCode,
  path: JsonPath,
  message: string | Text,
  file: string | undefined,
): PensionInputError {
  return new PensionInputError(
    code,
    path,
    extraText("pack.error", { file, where: formatPath(path), message }),
    file === undefined ? {} : { file },
  );
}

/** The override errors start with their own `$.path: ` or `path: `; the pack's message names it once. */
function stripWhere(message: string, path: JsonPath): string {
  for (const prefix of [`${formatPath(path)}: `, `${path.join(".")}: `])
    if (message.startsWith(prefix)) return message.slice(prefix.length);
  return message;
}

/** JSON.parse makes `"__proto__"` an own key; record schemas would drop it silently. */
function findProtoKey(value: unknown, path: (string | number)[]): (string | number)[] | null {
  if (value === null || typeof value !== "object" || path.length > 8) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findProtoKey(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") return [...path, key];
    const found = findProtoKey((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return null;
}

/** The `file` option: a string or absent, else `invalid-input` at `["options", "file"]`. */
function fileOption(options: unknown): string | undefined {
  let file: unknown;
  try {
    file = options === undefined ? undefined : (options as { file?: unknown } | null)?.file;
  } catch {
    file = null; // a throwing getter: not a file name
  }
  if (file === undefined || typeof file === "string") return file;
  throw new PensionInputError(
    "invalid-input",
    ["options", "file"],
    extraText("pack.file-name", { where: "$.options.file" }),
  );
}
