/** A deeply readonly view of a value. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** Freeze a plain data tree in place and return it (configs and results are immutable). */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  // zod's .readonly() freezes one level only, so frozen objects are still walked.
  if (value !== null && typeof value === "object") {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value as DeepReadonly<T>;
}
