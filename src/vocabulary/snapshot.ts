import { text } from "../i18n/index";
import { PensionInputError, type JsonPath, type PensionErrorCode } from "../errors";
import { formatPath } from "../money";

/**
 * Input as the library reads it: a plain copy of what the caller passed, taken once, before any
 * validation, so that validation and evaluation see the same data and its cost is bounded.
 *
 * - Every property is read exactly once: a getter that throws, or a Proxy whose trap throws, is
 *   `invalid-input` at the path being read, never a crash; a getter cannot give the validator
 *   one value and the evaluator another.
 * - Nesting deeper than {@link MAX_DEPTH} (a cycle included) is `limit-exceeded`: nothing later
 *   recurses further than that, so no input can overflow the stack.
 * - Only arrays and plain objects are copied; other values (strings, numbers, functions, class
 *   instances…) are kept as they are for the schema to refuse.
 */

/** The deepest nesting of arrays and objects accepted in a case or an override (conventions.md "Limits"). */
export const MAX_DEPTH = 32;

/** A plain copy of `value` (see above). `code` is the error code for an unreadable or too-deep value. */
export function snapshot(value: unknown, path: JsonPath = [], code: PensionErrorCode = "invalid-input"): unknown {
  return copy(value, [...path], 0, code);
}

function copy(value: unknown, path: (string | number)[], depth: number, code: PensionErrorCode): unknown {
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) {
    throw new PensionInputError(
      "limit-exceeded",
      [...path],
      text("limit.depth", { where: formatPath(path), max: MAX_DEPTH }),
    );
  }
  try {
    if (Array.isArray(value)) {
      const n = value.length;
      const out: unknown[] = new Array<unknown>(n);
      for (let i = 0; i < n; i++) {
        path.push(i);
        const x = read(value, i, path, code);
        out[i] = x !== null && typeof x === "object" ? copy(x, path, depth + 1, code) : x;
        path.pop();
      }
      return out;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value; // not plain data: the schema says what is wrong
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      path.push(key);
      const x = read(value, key, path, code);
      // A value that is not an object is its own copy: no call for it (most values of a case).
      const v = x !== null && typeof x === "object" ? copy(x, path, depth + 1, code) : x;
      path.pop();
      if (v === undefined) continue;
      // defineProperty for "__proto__" only: it stays an own key, as JSON.parse makes it.
      if (key === "__proto__")
        Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
    }
    return out;
  } catch (e) {
    if (e instanceof PensionInputError) throw e;
    // A Proxy trap (ownKeys, getPrototypeOf, length) that throws.
    throw unreadable(path, code, e);
  }
}

function read(value: object, key: string | number, path: JsonPath, code: PensionErrorCode): unknown {
  try {
    return (value as Record<string | number, unknown>)[key];
  } catch (e) {
    throw unreadable(path, code, e);
  }
}

function unreadable(path: JsonPath, code: PensionErrorCode, e: unknown): PensionInputError {
  let reason: string;
  try {
    reason = e instanceof Error ? e.message : String(e);
  } catch {
    reason = "(no message)";
  }
  return new PensionInputError(code, [...path], text("input.unreadable", { where: formatPath(path), reason }));
}

/** `limit-exceeded` with the zod wording of the case schema's own length checks. */
export function tooMany(path: JsonPath, max: number, what = "items"): PensionInputError {
  return new PensionInputError(
    "limit-exceeded",
    [...path],
    what === "items"
      ? text("limit.items", { where: formatPath(path), max })
      : what === "entries"
        ? text("limit.entries", { where: formatPath(path), max })
        : `${formatPath(path)}: Too big: expected object to have <=${max} ${what}`,
  );
}
