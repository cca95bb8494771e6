/**
 * Whether `value` is plain JSON data: strings, finite numbers other than −0, booleans, null, and
 * arrays and plain objects of these, at most `maxDepth` levels deep. For such a value
 * `JSON.stringify` loses nothing, so its text can stand for the value (a cache key). A snapshot
 * (snapshot.ts) has no undefined property values, and keeps any other value as it is: those make
 * this false.
 *
 * @example
 * isPlainJson({ a: [1, "x", null] }) //=> true
 */
export function isPlainJson(value: unknown, maxDepth = 32): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0);
    case "object":
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (maxDepth <= 0) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!isPlainJson(value[i], maxDepth - 1)) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Object.keys(value)) {
    if (!isPlainJson((value as Record<string, unknown>)[key], maxDepth - 1)) return false;
  }
  return true;
}
