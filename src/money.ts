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
  const problem = moneyProblemText(value);
  if (problem !== undefined)
    throw new PensionInputError("invalid-money", path, text("money.invalid", { where: formatPath(path), problem }));
  const t = typeof value === "number" ? String(value) : String(value).trim();
  let d = parsedAmounts.get(t);
  if (d === undefined) {
    if (parsedAmounts.size >= MAX_PARSED) parsedAmounts.clear();
    parsedAmounts.set(t, (d = remember(new Decimal(t), t))); // t matches MONEY_PATTERN (checked above)
  }
  return d;
}

// A case repeats a few amounts (a tier a year for decades): one Decimal per text, shared, since
// Decimals are immutable; parsed and formatted once. Bounded: cleared when full.
const parsedAmounts = new Map<string, Money>();
const MAX_PARSED = 1024;

/**
 * The two-decimal text of amounts read once and written often (parsed inputs, config values),
 * kept with the Decimal: formatting them again is a lookup, not `toFixed`.
 */
const moneyTexts = new WeakMap<Decimal, string>();

/**
 * `d`, made from the text `t`, with its two-decimal text remembered when `t` is an amount as
 * MONEY_PATTERN writes it: "600" → "600.00", "0.5" → "0.50" (any other text: nothing remembered).
 *
 * @internal
 */
export function withText(d: Decimal, t: string): Decimal {
  return MONEY_PATTERN.test(t) ? remember(d, t) : d;
}

function remember(d: Decimal, t: string): Decimal {
  const dot = t.indexOf(".");
  moneyTexts.set(d, dot < 0 ? `${t}.00` : t.length - dot === 2 ? `${t}0` : t);
  return d;
}

/**
 * Why `value` is not an input amount (the message of `invalid-money`), or undefined when it is
 * one: NaN, Infinity, negatives, non-numeric strings and more than two decimal places.
 */
export function moneyProblem(value: unknown): string | undefined {
  const problem = moneyProblemText(value);
  return problem === undefined ? undefined : render(problem, "en");
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
  return moneyTexts.get(d) ?? d.toFixed(2, Decimal.ROUND_HALF_UP);
}

/** `$.payments[3].amount`, for messages. */
export function formatPath(path: JsonPath): string {
  return path.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : `${acc}.${p}`), "$");
}
