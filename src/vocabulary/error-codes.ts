/**
 * Machine-readable codes of {@link PensionInputError}. Stable: integrators switch on them.
 *
 * @example
 * errorCodes.includes("invalid-money") //=> true
 */
export const errorCodes = Object.freeze([
  "invalid-input", // wrong type, missing field, unknown key
  "invalid-date", // not a real civil date YYYY-MM-DD / month YYYY-MM
  "invalid-money", // NaN, Infinity, negative, non-numeric, more than two decimals
  "unknown-region",
  "unknown-status",
  "unknown-event",
  "unknown-parameter", // an override names a parameter the policy does not have
  "invalid-policy", // a policy or override fails the RegionPolicy schema
  "invalid-pack", // a parameter pack itself is bad: not JSON, wrong format or region, a missing citation, overlapping segments
  "parameter-unknown", // no known value of a parameter on the date asked (docs/rules.md "unknown")
  "limit-exceeded", // an input beyond the documented limits
  "invalid-partial", // a cost partial (cost --partial-out) is bad, or belongs to another run than the others merged with it
] as const);

export type PensionErrorCode = (typeof errorCodes)[number];
