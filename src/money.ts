import { render, text, type Text } from "./i18n/index";
import { ExactDecimal } from "./exact-decimal";
import { PensionInputError, type JsonPath } from "./errors";

/**
 * The library's exact decimal (src/exact-decimal.ts: BigInt, decimal.js's semantics at precision
 * 40 and ROUND_HALF_UP). It has no settings, so nothing a host application does to decimal.js
 * (conventions.md "Money") can change what the library computes; frozen, so nobody can add any.
 */
export const Decimal = Object.freeze(ExactDecimal);
export type Decimal = ExactDecimal;

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
  const fen = wholeFen(d);
  return fen === undefined ? d.toFixed(2, Decimal.ROUND_HALF_UP) : formatFen(fen);
}

const FEN_PER_UNIT = [100, 10, 1] as const; // fen in a unit of the last decimal, by scale 0, 1, 2

/**
 * `d` in whole fen, for an amount of at most two decimals whose digits stay below 10^13 (so the
 * fen are exact in a number, below 2^53); undefined for anything else (more decimals, or larger).
 *
 * @example
 * wholeFen(new Decimal("123.4")) //=> 12340
 */
export function wholeFen(d: Decimal): number | undefined {
  const k = d.k;
  if (k > 2 || d.c >= 10_000_000_000_000n || d.c <= -10_000_000_000_000n) return undefined;
  return Number(d.c) * FEN_PER_UNIT[k as 0 | 1 | 2];
}

/** ".00" … ".99": the fen part of every amount written, built once. */
const CENTS: readonly string[] = Array.from({ length: 100 }, (_, c) => (c < 10 ? `.0${c}` : `.${c}`));

/** Fen as a two-decimal string, without a Decimal: 12345 → "123.45" (yuan digits, then a table's cents). */
export function formatFen(f: number): string {
  const negative = f < 0;
  const a = negative ? -f : f;
  const cents = a % 100; // exact on safe integers, as is the division of the multiple of 100 below
  const text = `${(a - cents) / 100}${CENTS[cents]!}`;
  return negative ? `-${text}` : text;
}

/** `$.payments[3].amount`, for messages. */
export function formatPath(path: JsonPath): string {
  return path.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : `${acc}.${p}`), "$");
}
