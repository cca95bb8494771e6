import { render, text, type Text } from "./i18n/index";
import DecimalJs from "decimal.js";
import { PensionInputError, type JsonPath } from "./errors";

/**
 * The library's own Decimal constructor: a clone, so the global decimal.js settings of a host
 * application are never read or changed (conventions.md "Money"). Rounding is ROUND_HALF_UP.
 */
export const Decimal = Object.freeze(DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP }));
// Frozen: `Decimal.set(…)` (or `money.constructor.set(…)`) from outside throws and cannot change
// the precision or rounding the library computes with. The methods the library uses never write
// to their constructor (decimal.js only does so in pow, ln, exp and the trigonometric functions).
export type Decimal = InstanceType<typeof Decimal>;

/** An amount of yuan (元). */
export type Money = Decimal;

export const ZERO: Money = new Decimal(0);

/** What the case format accepts for an amount: a decimal string or a finite number. */
export type MoneyInput = string | number;

/** An input amount: up to 12 digits, at most two decimals, no sign (the JSON Schema's `pattern`). */
export const MONEY_PATTERN = /^(0|[1-9]\d{0,11})(\.\d{1,2})?$/;

/**
 * Parse an input amount. Rejects NaN, Infinity, negatives, non-numeric strings and more than
 * two decimal places with `invalid-money` naming `path`.
 *
 * @example
 * parseMoney("1200.5", ["payments", 0, "amount"]).toFixed(2) //=> "1200.50"
 */
export function parseMoney(value: unknown, path: JsonPath): Money {
  // An amount read before (only checked texts are kept): no checking or trimming again.
  const known = knownAmount(value);
  if (known !== undefined) return known;
  const problem = moneyProblemText(value);
  if (problem !== undefined)
    throw new PensionInputError("invalid-money", path, text("money.invalid", { where: formatPath(path), problem }));
  const t = typeof value === "number" ? String(value) : String(value).trim();
  let d = parsedAmounts.get(t);
  if (d === undefined) {
    if (parsedAmounts.size >= MAX_PARSED) parsedAmounts.clear();
    parsedAmounts.set(t, (d = new Decimal(t))); // t matches MONEY_PATTERN (checked above)
  }
  return d;
}

/**
 * The amount `value` stands for when it was read before (then it is a valid input amount), else
 * undefined: for callers that would build an error path only to find it in the cache.
 *
 * @example
 * knownAmount("1200.5") // the Decimal of an earlier parseMoney("1200.5", …), or undefined
 */
export function knownAmount(value: unknown): Money | undefined {
  return typeof value === "string" ? parsedAmounts.get(value) : undefined;
}

// A case repeats a few amounts (a tier a year for decades): one Decimal per text, shared, since
// Decimals are immutable. Bounded: cleared when full.
const parsedAmounts = new Map<string, Money>();
const MAX_PARSED = 1024;

/**
 * Why `value` is not an input amount (the message of `invalid-money`), or undefined when it is
 * one: NaN, Infinity, negatives, non-numeric strings and more than two decimal places.
 */
export function moneyProblem(value: unknown): string | undefined {
  const problem = moneyProblemText(value);
  return problem === undefined ? undefined : render(problem, "en");
}

/**
 * Whether `value` is an input amount ({@link moneyProblem} finds nothing), without writing a message.
 *
 * @example
 * isMoneyInput("1200.5") //=> true
 */
export function isMoneyInput(value: unknown): boolean {
  // An amount read before (only checked texts are kept) needs no checking again.
  return (typeof value === "string" && parsedAmounts.has(value)) || moneyProblemText(value) === undefined;
}

/** {@link moneyProblem} as a catalogue Text, to render in any locale. */
function moneyProblemText(value: unknown): Text | undefined {
  let t: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return text("money.not-finite", { value: String(value) });
    t = String(value);
  } else if (typeof value === "string") {
    t = value.trim();
  } else {
    return text("money.type", { type: typeof value });
  }
  if (t.startsWith("-")) return text("money.negative", { text: t });
  if (!MONEY_PATTERN.test(t)) return text("money.pattern", { text: t });
  return undefined;
}

/** Round to the fen (0.01 yuan), half up. Used only at the rounding points of conventions.md. */
export function roundFen(d: Decimal): Money {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Two-decimal string, the only way money leaves the library: `"55.00"`. */
export function formatMoney(d: Decimal): string {
  if (d === ZERO) return "0.00"; // the shared zero of most unpaid parts: no formatting needed
  return wholeFenText(d) ?? d.toFixed(2, Decimal.ROUND_HALF_UP);
}

/** ".00" … ".99": the fen part of every amount written, built once. */
export const CENTS: readonly string[] = Array.from({ length: 100 }, (_, c) => (c < 10 ? `.0${c}` : `.${c}`));

/**
 * `d.toFixed(2)` for an amount of whole fen below 10^15 yuan, read from the digits decimal.js
 * keeps (its documented `d`, `e`, `s`: base-10^7 words aligned on the decimal point, trailing zero
 * words dropped), without a Decimal or a rounding; undefined for anything else (more decimals, too
 * large, not finite): toFixed rounds those.
 */
function wholeFenText(x: Decimal): string | undefined {
  const words = x.d;
  const e = x.e;
  if (!words || e >= 15 || e < -2) return undefined;
  const intWords = e >= 0 ? Math.floor(e / 7) + 1 : 0; // at most 3: below 10^15, exact in a number
  const n = words.length;
  if (n > intWords + 1) return undefined;
  let yuan = 0;
  for (let i = 0; i < intWords; i++) yuan = yuan * 1e7 + (i < n ? words[i]! : 0);
  let cents = 0;
  if (n > intWords) {
    const fraction = words[intWords]!; // the first seven decimals
    if (fraction % 100000 !== 0) return undefined;
    cents = fraction / 100000;
  }
  // toFixed writes no sign on a zero ("-0" → "0.00").
  return x.s < 0 && (yuan !== 0 || cents !== 0) ? `-${yuan}${CENTS[cents]!}` : `${yuan}${CENTS[cents]!}`;
}

/** `$.payments[3].amount`, for messages. */
export function formatPath(path: JsonPath): string {
  return path.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : `${acc}.${p}`), "$");
}
