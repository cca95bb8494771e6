import { text } from "../i18n/index";
import type * as z from "zod/mini";
import { PensionInputError, type JsonPath } from "../errors";
import { zodToInputError } from "./define";
import { formatPath, parseMoney } from "../money";
import { moneyText, regionPolicySchema } from "./schema";

/**
 * Money inside supplied parameter values (overrides, `options.parameters`, parameter packs): an
 * amount may be written as a decimal string or as a JSON number, as case money may
 * (case-format.md). Numbers are checked as `parseMoney` checks case money (finite, not negative,
 * at most two decimals, printing as the decimal they are) and turned into the config's string
 * form (`210` → `"210"`, `12.5` → `"12.5"`); a bad amount is `invalid-money` at its path.
 * Non-money values (rates, ages, divisors, dates) keep their shapes: the policy schema checks them.
 */

// The zod/mini internals this walk reads: each schema's `def` and the fields of the kinds used in
// the value schemas of src/policy/schema.ts.
interface Def {
  readonly type: string;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly valueType?: Schema;
  readonly options?: readonly Schema[];
  readonly discriminator?: string;
  readonly values?: readonly unknown[];
}
interface Schema {
  readonly _zod: { readonly def: Def };
}

const MONEY_TEXT = /^(0|[1-9]\d*)(\.\d{1,2})?$/;

function unwrap(s: Schema): Schema {
  let x = s;
  while (["optional", "readonly", "nullable"].includes(x._zod.def.type)) x = x._zod.def.innerType!;
  return x;
}

/** The schema of a segment's value for the parameter held under `key` of `policy.parameters`. */
function valueSchema(key: string): Schema | undefined {
  const holder = (regionPolicySchema.shape.parameters.shape as unknown as Record<string, Schema | undefined>)[key];
  if (holder === undefined) return undefined;
  let p = unwrap(holder);
  if (p._zod.def.type === "array") p = unwrap(p._zod.def.element!); // topUps: a list of parameters
  const segments = unwrap(p._zod.def.shape!["segments"]!);
  const known = segments._zod.def.element!._zod.def.options![0]!; // [known, unknown]
  return known._zod.def.shape!["value"];
}

const schemas = new Map<string, Schema | undefined>();

/**
 * `value` with every amount in it as the config's decimal string; `invalid-money` at the amount's
 * path (`[...path, "amount"]`) for a bad one. `key` is where the parameter sits in
 * `policy.parameters` (`basic`, `topUps`).
 *
 * @example
 * normaliseMoney("topUps", { kind: "flat", amount: 20 }, ["value"]) //=> { kind: "flat", amount: "20" }
 */
export function normaliseMoney(key: string, value: unknown, path: JsonPath): unknown {
  if (!schemas.has(key)) schemas.set(key, valueSchema(key));
  const schema = schemas.get(key);
  return schema === undefined ? value : walk(schema, value, path);
}

/**
 * A supplied value as the policy stores it: money normalised ({@link normaliseMoney}), then the
 * whole value checked against the parameter's value schema, so a wrong shape is `invalid-policy`
 * at the value's own path (`[...path, "male"]`), not at the segment.
 */
export function suppliedValue(key: string, value: unknown, path: JsonPath): unknown {
  const normalised = normaliseMoney(key, value, path);
  const schema = schemas.get(key) as unknown as z.ZodMiniType | undefined;
  if (schema === undefined) return normalised;
  const parsed = schema.safeParse(normalised);
  if (!parsed.success) throw zodToInputError(parsed.error, "invalid-policy", path);
  return normalised;
}

function walk(schema: Schema, value: unknown, path: JsonPath): unknown {
  if (value === null || value === undefined) return value;
  const s = unwrap(schema);
  if (s === (moneyText as unknown as Schema)) return money(value, path);
  const def = s._zod.def;
  switch (def.type) {
    case "array":
      return Array.isArray(value) ? value.map((v, i) => walk(def.element!, v, [...path, i])) : value;
    case "record":
      return isObject(value)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(def.valueType!, v, [...path, k])]))
        : value;
    case "object":
      return isObject(value)
        ? Object.fromEntries(
            Object.entries(value).map(([k, v]) => [
              k,
              def.shape![k] === undefined ? v : walk(def.shape![k]!, v, [...path, k]),
            ]),
          )
        : value;
    case "union": {
      // A discriminated union (top-ups, death benefits): the option the value's `kind` names.
      // A plain union (tiers: a list, or an object with reserved tiers): the option of the value's type.
      const d = def.discriminator;
      if (d === undefined) {
        const type = Array.isArray(value) ? "array" : isObject(value) ? "object" : undefined;
        const option = def.options!.find((o) => unwrap(o)._zod.def.type === type);
        return option === undefined ? value : walk(option, value, path);
      }
      if (!isObject(value)) return value;
      const option = def.options!.find((o) => unwrap(o)._zod.def.shape?.[d]?._zod.def.values?.includes(value[d]));
      return option === undefined ? value : walk(option, value, path);
    }
    default:
      return value;
  }
}

function money(value: unknown, path: JsonPath): unknown {
  if (typeof value === "string" && MONEY_TEXT.test(value)) return value;
  // parseMoney refuses what case money refuses (NaN, Infinity, negative, three decimals, 1e21 …).
  parseMoney(value, path);
  if (typeof value === "number") return String(value);
  // A string parseMoney accepts but the config's form does not (surrounding spaces).
  throw new PensionInputError(
    "invalid-money",
    path,
    text("money.policy", { where: formatPath(path), value: JSON.stringify(value) }),
  );
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
