/**
 * Compact one-line rendering of a policy value for the `regions` table, e.g.
 * `brackets: [{ from: 100, amount: 30 }]`, `male: 60, female: 60`, `100, 200, 300`.
 *
 * @example
 * formatValue({ male: 60, female: 60 }) //=> "male: 60, female: 60"
 */
export function formatValue(value: unknown): string {
  return render(value, true);
}

function render(value: unknown, top: boolean): string {
  if (value === null) return "none";
  if (Array.isArray(value)) {
    const inner = value.map((v) => render(v, false)).join(", ");
    return top ? inner : `[${inner}]`;
  }
  if (typeof value === "object") {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${render(v, false)}`)
      .join(", ");
    return top ? inner : `{ ${inner} }`;
  }
  return String(value);
}

/** A value in a `check` line: JSON, or `(absent)` for a missing field. */
export function encodeValue(value: unknown): string {
  return value === undefined ? "(absent)" : JSON.stringify(value);
}
