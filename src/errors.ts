import type { Need } from "./vocabulary/need";
import { isText, render, type Text } from "./i18n/index";
import type { Locale } from "./i18n/locales";
export { errorCodes, type PensionErrorCode } from "./vocabulary/error-codes";
import type { PensionErrorCode } from "./vocabulary/error-codes";

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
 * The longest {@link PensionIssue.received} text: a longer rendering is cut to this many
 * characters, the last one `…`.
 */
export const RECEIVED_MAX_LENGTH = 80;

/**
 * One problem of the input: what {@link PensionInputError.issues} lists, one per bad field.
 *
 * @example
 * // evaluateCase({ region: "qiannan", asOf: "2013-02-30", person: { birthDate: "1952-11-20" } })
 * // throws a PensionInputError whose issues[0] is
 * ({ code: "invalid-date", path: ["asOf"], message: "$.asOf: a calendar date YYYY-MM-DD between 1900 and 2200", received: '"2013-02-30"' })
 */
export interface PensionIssue {
  readonly code: PensionErrorCode;
  readonly path: JsonPath;
  readonly message: string;
  /**
   * The value found at `path`, as JSON text (`'"2013-02-30"'`, `'-5'`, `'{"a":1}'`) of at most
   * {@link RECEIVED_MAX_LENGTH} characters; absent when the field itself is missing.
   */
  readonly received?: string;
}

/**
 * The value at `path` as short JSON text, or undefined when there is none.
 *
 * @example
 * describeReceived("200.005") //=> '"200.005"'
 */
export function describeReceived(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  let text: string | undefined;
  try {
    text = typeof value === "number" ? String(value) : JSON.stringify(value);
  } catch {
    // a BigInt (String below) or a cycle
  }
  text ??= typeof value === "object" ? "{…}" : String(value);
  return text.length > RECEIVED_MAX_LENGTH ? `${text.slice(0, RECEIVED_MAX_LENGTH - 1)}…` : text;
}

/**
 * The value at `path` inside `input`, or undefined when the path leaves it.
 *
 * @internal
 */
export function valueAt(input: unknown, path: JsonPath): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== "object" || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** Where an issue or error keeps the {@link Text} its message was rendered from (not enumerable). */
const TEXT: unique symbol = Symbol.for("resident-pension.text") as never;

/** The Text an issue or error was rendered from, if any. */
function textOf(o: object): Text | undefined {
  return (o as { [TEXT]?: Text })[TEXT];
}

/** `o` with its Text kept, not enumerable (the JSON shape stays as it is). */
function keepText<T extends object>(o: T, t: Text | undefined): T {
  if (t !== undefined) Object.defineProperty(o, TEXT, { value: t });
  return o;
}

/**
 * An issue, `received` left out when undefined. A {@link Text} message is rendered in English and
 * kept to be rendered again in another locale.
 *
 * @internal
 */
export function issueOf(
  code: PensionErrorCode,
  path: JsonPath,
  message: string | Text,
  received: string | undefined,
): PensionIssue {
  const t = typeof message === "string" ? undefined : message;
  const m = typeof message === "string" ? message : render(message, "en");
  return keepText(received === undefined ? { code, path, message: m } : { code, path, message: m, received }, t);
}

/**
 * The message of an issue (or error) in `locale`: its Text rendered, or, for a message that has
 * none, the error code's description in that language before the message as it is.
 *
 * @internal
 */
export function issueMessage(issue: PensionIssue, locale: Locale): string {
  const t = textOf(issue);
  if (t !== undefined) return render(t, locale);
  // A message without a Text is English (from outside the catalogue).
  return locale === "en" ? issue.message : render({ id: "raw", params: { text: issue.message } }, locale);
}

/**
 * The Text of an error's message, for a message that wraps another: the error's own Text, or its
 * English message as it is.
 *
 * @internal
 */
export function messageText(e: PensionInputError): Text {
  return textOf(e) ?? { id: "raw", params: { text: e.message } };
}

/**
 * `e` with its message and every issue's message in `locale`; codes, paths, details and values
 * unchanged. `e` itself when its messages are in that language already.
 *
 * @internal
 */
export function localizeError(e: PensionInputError, locale: Locale): PensionInputError {
  if (!isPensionInputError(e)) return e;
  const message = issueMessage(e, locale);
  if (message === e.message && e.issues.every((i) => issueMessage(i, locale) === i.message)) return e;
  const issues = e.issues.map((i) => {
    const copy: PensionIssue =
      i.received === undefined
        ? { code: i.code, path: i.path, message: issueMessage(i, locale) }
        : { code: i.code, path: i.path, message: issueMessage(i, locale), received: i.received };
    return keepText(copy, textOf(i));
  });
  const localized = new PensionInputError(e.code, e.path, message, e.details, {
    received: e.received,
    issues,
  });
  return keepText(localized, textOf(e));
}

/** The brand that marks a PensionInputError of any copy of the library (CJS, ESM, two versions). */
const brand: unique symbol = Symbol.for("resident-pension.PensionInputError") as never;

/** The JSON shape of a {@link PensionInputError}, as the CLI prints it on stderr. */
export interface PensionInputErrorJson extends PensionIssue {
  readonly details: PensionErrorDetails;
  readonly issues: readonly PensionIssue[];
}

/**
 * The only error the library throws for bad input. Refusals under the policy rules
 * (not eligible, payment after the deadline) are results, never errors.
 *
 * `code`, `path`, `message` and `received` are those of the first problem; `issues` lists every
 * problem found (a case with three bad fields has three issues). `instanceof` and
 * {@link isPensionInputError} also recognise an error thrown by another copy of the library (the
 * CommonJS build when you import the ESM one): the class is branded with
 * `Symbol.for("resident-pension.PensionInputError")`.
 *
 * @example
 * try {
 *   evaluateCase({ region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1952-11-20" }, payments: [{ year: 2012, date: "2012-05-01", amount: "-1" }] });
 * } catch (e) {
 *   if (e instanceof PensionInputError) e.code; //=> "invalid-money"
 * }
 */
export class PensionInputError extends Error {
  override readonly name = "PensionInputError";
  readonly code: PensionErrorCode;
  readonly path: JsonPath;
  /** Structured details, e.g. the parameter id and date for `parameter-unknown`. */
  readonly details: PensionErrorDetails;
  /** The first problem's value (see {@link PensionIssue.received}); absent when unknown or missing. */
  declare readonly received?: string;
  /** Every problem found, the first one being the error's own code, path and message. */
  readonly issues: readonly PensionIssue[];

  constructor(
    code: PensionErrorCode,
    path: JsonPath,
    message: string | Text,
    details: PensionErrorDetails = {},
    more: { readonly received?: string | undefined; readonly issues?: readonly PensionIssue[] | undefined } = {},
  ) {
    super(typeof message === "string" ? message : render(message, "en"));
    if (isText(message)) keepText(this, message);
    this.code = code;
    this.path = path;
    this.details = details;
    const { received, issues } = more;
    if (received !== undefined) this.received = received;
    this.issues = issues?.length ? issues : [issueOf(code, path, message, received)];
    if (typeof message === "string" && issues?.length) keepText(this, textOf(issues[0]!));
    Object.defineProperty(this, brand, { value: true });
  }

  /** One error for several problems at once: the first one gives the top-level fields. */
  static fromIssues(issues: readonly [PensionIssue, ...PensionIssue[]]): PensionInputError {
    const { code, path, message, received } = issues[0];
    return new PensionInputError(code, path, textOf(issues[0]) ?? message, {}, { received, issues });
  }

  /** `instanceof` checks the brand, so it holds across the CJS and ESM copies of the library. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isPensionInputError(value);
  }

  /**
   * This error with `received` read from `input` at the error's path, when it has one problem and
   * no `received` yet: for the problems found after validation, where the input is at hand.
   */
  withInput(input: unknown): PensionInputError {
    // A pack's error (details.file) has its path inside the pack, not the case.
    if (this.received !== undefined || this.issues.length !== 1 || "file" in this.details) return this;
    let received: string | undefined;
    try {
      received = describeReceived(valueAt(input, this.path));
    } catch {
      return this; // a getter or Proxy trap of the input that throws: nothing to show
    }
    return received === undefined
      ? this
      : new PensionInputError(this.code, this.path, textOf(this) ?? this.message, this.details, { received });
  }

  /** The JSON shape the CLI prints on stderr. */
  toJSON(): PensionInputErrorJson {
    const { code, path, message, received, details, issues } = this;
    return { ...issueOf(code, path, message, received), details, issues };
  }
}

/**
 * Narrowing helper for callers that catch `unknown`: true for a PensionInputError of any copy of
 * the library (checks the `Symbol.for("resident-pension.PensionInputError")` brand).
 *
 * @example
 * isPensionInputError(new Error("x")) //=> false
 */
export function isPensionInputError(e: unknown): e is PensionInputError {
  if (typeof e !== "object" || e === null) return false;
  try {
    return (e as { [brand]?: unknown })[brand] === true;
  } catch {
    return false; // a Proxy whose trap throws is not an error of ours
  }
}
