import type { Need } from "./answers/need";
/**
 * Machine-readable codes of {@link PensionInputError}. Stable: integrators switch on them.
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
] as const);

export type PensionErrorCode = (typeof errorCodes)[number];

/**
 * Structured details of an error: e.g. `parameter` and `date` for `parameter-unknown`, with
 * `missing`, every value the case lacks (the entries `needs` lists as unknown).
 */
export interface PensionErrorDetails {
  readonly [key: string]: string | readonly Need[] | undefined;
  readonly parameter?: string;
  readonly date?: string;
  readonly missing?: readonly Need[];
}

/** A JSON path to the offending field, e.g. `["payments", 3, "amount"]`. */
export type JsonPath = readonly (string | number)[];

/**
 * The only error the library throws for bad input. Refusals under the policy rules
 * (not eligible, payment after the deadline) are results, never errors.
 */
export class PensionInputError extends Error {
  override readonly name = "PensionInputError";
  readonly code: PensionErrorCode;
  readonly path: JsonPath;
  /** Structured details, e.g. the parameter id and date for `parameter-unknown`. */
  readonly details: PensionErrorDetails;

  constructor(
    code: PensionErrorCode,
    path: JsonPath,
    message: string,
    details: PensionErrorDetails = {},
  ) {
    super(message);
    this.code = code;
    this.path = path;
    this.details = details;
  }

  /** The JSON shape the CLI prints on stderr. */
  toJSON(): { code: PensionErrorCode; path: JsonPath; message: string; details: PensionErrorDetails } {
    return { code: this.code, path: this.path, message: this.message, details: this.details };
  }
}

/** Narrowing helper for callers that catch `unknown`. */
export function isPensionInputError(e: unknown): e is PensionInputError {
  return e instanceof PensionInputError;
}
