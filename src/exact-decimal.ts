/**
 * An exact decimal number on BigInt: the library's `Decimal` (src/money.ts). It keeps decimal.js's
 * behaviour for the methods the library uses — the same results, texts and rounding as a decimal.js
 * clone with precision 40 and ROUND_HALF_UP (test/unit/exact-decimal.test.ts checks it against
 * decimal.js) — without shipping decimal.js's 32 kB to a calculator (issue 18).
 *
 * The value is `c / 10^k`: a signed BigInt coefficient `c` and a scale `k ≥ 0`, normalised (no
 * trailing zero in `c` while `k > 0`), so `decimalPlaces()` is `k`. Every arithmetic result is
 * rounded half up to 40 significant digits, as decimal.js rounds to its precision; parsing and
 * `toDecimalPlaces` are exact. One difference: there is no negative zero (decimal.js keeps the
 * sign of `-0`, seen only in its `toNumber`, `valueOf`, `toJSON` and `isNeg`; every other text is the same).
 */

/** What a Decimal is made from: a decimal string (`"1200.5"`, `"1e-7"`), a finite number or a Decimal. */
export type DecimalValue = string | number | ExactDecimal;

/** decimal.js's rounding modes, by its numbers. */
export type RoundingMode = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** Significant digits of every arithmetic result (decimal.js `precision`; conventions.md asks ≥ 34). */
const PRECISION = 40;

const POW10: bigint[] = [1n];

/** 10^n as a BigInt, built once per n. */
function pow10(n: number): bigint {
  for (let i = POW10.length; i <= n; i++) POW10.push(POW10[i - 1]! * 10n);
  return POW10[n]!;
}

const LIMIT = pow10(PRECISION); // |c| below this has at most PRECISION digits

function abs(c: bigint): bigint {
  return c < 0n ? -c : c;
}

/** The number of decimal digits of `a > 0`. */
function digits(a: bigint): number {
  return a.toString().length;
}

// A decimal string: sign, digits with an optional point, an optional exponent.
const DECIMAL_TEXT = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Whether rounding `q` (of sign `negative`) up in magnitude is due, given the dropped `r` of `p`. */
function roundsAway(q: bigint, r: bigint, p: bigint, negative: boolean, rm: RoundingMode): boolean {
  if (r === 0n) return false;
  const twice = 2n * r;
  switch (rm) {
    case 0: // ROUND_UP: away from zero
      return true;
    case 1: // ROUND_DOWN: towards zero
      return false;
    case 2: // ROUND_CEIL
      return !negative;
    case 3: // ROUND_FLOOR
      return negative;
    case 4: // ROUND_HALF_UP: a half away from zero
      return twice >= p;
    case 5: // ROUND_HALF_DOWN
      return twice > p;
    case 6: // ROUND_HALF_EVEN
      return twice > p || (twice === p && q % 2n === 1n);
    case 7: // ROUND_HALF_CEIL
      return twice > p || (twice === p && !negative);
    default: // 8, ROUND_HALF_FLOOR
      return twice > p || (twice === p && negative);
  }
}

/**
 * An exact decimal: `new ExactDecimal("1200.5")`. Immutable; every operation returns a new one.
 *
 * @example
 * new ExactDecimal("0.1").plus("0.2").toString() //=> "0.3"
 * new ExactDecimal(1).dividedBy(3).toFixed(2) //=> "0.33"
 */
export class ExactDecimal {
  static readonly ROUND_UP = 0;
  static readonly ROUND_DOWN = 1;
  static readonly ROUND_CEIL = 2;
  static readonly ROUND_FLOOR = 3;
  static readonly ROUND_HALF_UP = 4;
  static readonly ROUND_HALF_DOWN = 5;
  static readonly ROUND_HALF_EVEN = 6;
  static readonly ROUND_HALF_CEIL = 7;
  static readonly ROUND_HALF_FLOOR = 8;
  /** Significant digits of arithmetic results (as decimal.js's `precision`). */
  static readonly precision = PRECISION;
  /** The rounding of `round()` and of `toFixed`/`toDecimalPlaces` without a mode (as decimal.js's `rounding`). */
  static readonly rounding = 4;

  /** The coefficient: the value is `c / 10^k`. @internal */
  readonly c: bigint;
  /** The scale (decimal places), ≥ 0, with no trailing zero in `c` while positive. @internal */
  readonly k: number;

  constructor(value: DecimalValue);
  /** @internal a coefficient and scale, normalised here */
  constructor(value: bigint, scale: number);
  constructor(value: DecimalValue | bigint, scale = 0) {
    let c: bigint;
    let k: number;
    if (typeof value === "bigint") {
      c = value;
      k = scale;
    } else if (value instanceof ExactDecimal) {
      c = value.c;
      k = value.k;
    } else {
      [c, k] = parse(value);
    }
    while (k > 0 && c % 10n === 0n) {
      c /= 10n;
      k--;
    }
    if (k < 0) {
      c *= pow10(-k);
      k = 0;
    }
    this.c = c;
    this.k = k;
  }

  plus(y: DecimalValue): ExactDecimal {
    const b = of(y);
    if (this.k === b.k) return rounded(this.c + b.c, this.k);
    return this.k > b.k
      ? rounded(this.c + b.c * pow10(this.k - b.k), this.k)
      : rounded(this.c * pow10(b.k - this.k) + b.c, b.k);
  }

  minus(y: DecimalValue): ExactDecimal {
    const b = of(y);
    return this.plus(new ExactDecimal(-b.c, b.k));
  }

  times(y: DecimalValue): ExactDecimal {
    const b = of(y);
    return rounded(this.c * b.c, this.k + b.k);
  }

  /** The quotient rounded half up to 40 significant digits (decimal.js's `dividedBy`). */
  dividedBy(y: DecimalValue): ExactDecimal {
    const b = of(y);
    if (b.c === 0n) throw new RangeError("[ExactDecimal] division by zero");
    if (this.c === 0n) return ZERO_VALUE;
    const n = abs(this.c);
    const d = abs(b.c);
    // Scale so that the integer quotient has PRECISION + 1 or + 2 digits, then round it exactly.
    const s = Math.max(0, PRECISION + 1 + digits(d) - digits(n));
    const q = (n * pow10(s)) / d;
    const negative = this.c < 0n !== b.c < 0n;
    const drop = digits(q) - PRECISION;
    // Rounding q half up is exact: the rest of n·10^s / d beyond q cannot turn digits below a
    // half into a half (the dropped digits' half, 10^drop / 2, is a whole number).
    const kept = roundedCoefficient(q, drop, 4);
    return new ExactDecimal(negative ? -kept : kept, s + this.k - b.k - drop);
  }

  /** An alias of {@link dividedBy}, as in decimal.js. */
  div(y: DecimalValue): ExactDecimal {
    return this.dividedBy(y);
  }

  /** -1, 0 or 1 as this is below, equal to or above `y`. */
  comparedTo(y: DecimalValue): number {
    const b = of(y);
    let x = this.c;
    let z = b.c;
    if (this.k > b.k) z *= pow10(this.k - b.k);
    else if (b.k > this.k) x *= pow10(b.k - this.k);
    return x < z ? -1 : x > z ? 1 : 0;
  }

  eq(y: DecimalValue): boolean {
    return this.comparedTo(y) === 0;
  }

  gt(y: DecimalValue): boolean {
    return this.comparedTo(y) > 0;
  }

  gte(y: DecimalValue): boolean {
    return this.comparedTo(y) >= 0;
  }

  lt(y: DecimalValue): boolean {
    return this.comparedTo(y) < 0;
  }

  lte(y: DecimalValue): boolean {
    return this.comparedTo(y) <= 0;
  }

  isZero(): boolean {
    return this.c === 0n;
  }

  isInteger(): boolean {
    return this.k === 0;
  }

  /** The number of decimal places (trailing zeros do not count): `"1.50"` has 1. */
  decimalPlaces(): number {
    return this.k;
  }

  /** Rounded to `dp` decimal places (exact, no precision rounding), half up unless `rm` says otherwise. */
  toDecimalPlaces(dp: number, rm: RoundingMode = 4): ExactDecimal {
    if (this.k <= dp) return this;
    return new ExactDecimal(roundedCoefficient(this.c, this.k - dp, rm), dp);
  }

  /** The largest integer not above this. */
  floor(): ExactDecimal {
    return this.toDecimalPlaces(0, 3);
  }

  /** The nearest integer, a half away from zero. */
  round(): ExactDecimal {
    return this.toDecimalPlaces(0, 4);
  }

  /**
   * Normal notation (never exponential). With `dp`: rounded (half up unless `rm`) to exactly `dp`
   * decimals; a negative value keeps its sign even when it rounds to zero (`"-0.00"`), as decimal.js.
   */
  toFixed(dp?: number, rm: RoundingMode = 4): string {
    if (dp === undefined) return plain(this.c, this.k);
    const c = this.k <= dp ? this.c * pow10(dp - this.k) : roundedCoefficient(this.c, this.k - dp, rm);
    const text = plain(abs(c), dp, dp);
    return this.c < 0n ? `-${text}` : text;
  }

  /** decimal.js's text: exponential notation below 1e-7 and from 1e21 up, normal otherwise. */
  toString(): string {
    if (this.c === 0n) return "0";
    const a = abs(this.c).toString();
    const e = a.length - 1 - this.k; // the exponent of the first digit
    if (e > -7 && e < 21) return plain(this.c, this.k);
    const m = a.replace(/0+$/, "");
    return `${this.c < 0n ? "-" : ""}${m[0]}${m.length > 1 ? `.${m.slice(1)}` : ""}e${e < 0 ? "-" : "+"}${Math.abs(e)}`;
  }

  toJSON(): string {
    return this.toString();
  }

  valueOf(): string {
    return this.toString();
  }

  toNumber(): number {
    return Number(this.toString());
  }
}

const ZERO_VALUE = new ExactDecimal(0n, 0);

function of(y: DecimalValue): ExactDecimal {
  return y instanceof ExactDecimal ? y : new ExactDecimal(y);
}

/** `c / 10^k` rounded half up to PRECISION significant digits. */
function rounded(c: bigint, k: number): ExactDecimal {
  const a = abs(c);
  if (a < LIMIT) return new ExactDecimal(c, k);
  const drop = digits(a) - PRECISION;
  return new ExactDecimal(roundedCoefficient(c, drop, 4), k - drop);
}

/** `c` with its last `drop` digits rounded away by `rm`: the coefficient at scale k − drop. */
function roundedCoefficient(c: bigint, drop: number, rm: RoundingMode): bigint {
  const p = pow10(drop);
  const negative = c < 0n;
  const a = negative ? -c : c;
  let q = a / p;
  if (roundsAway(q, a % p, p, negative, rm)) q += 1n;
  return negative ? -q : q;
}

/** `c / 10^k` in normal notation, with at least `minDp` decimals. */
function plain(c: bigint, k: number, minDp = 0): string {
  const negative = c < 0n;
  let s = (negative ? -c : c).toString();
  if (k > 0) {
    if (s.length <= k) s = "0".repeat(k - s.length + 1) + s;
    s = `${s.slice(0, s.length - k)}.${s.slice(s.length - k)}`;
  }
  if (minDp > k) s += (k === 0 ? "." : "") + "0".repeat(minDp - k);
  return negative ? `-${s}` : s;
}

/** The coefficient and scale of a decimal string or finite number; decimal.js's error otherwise. */
function parse(value: string | number): [bigint, number] {
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value;
  const m = DECIMAL_TEXT.exec(text);
  const int = m?.[2] ?? "";
  const frac = m?.[3] ?? "";
  if (!m || int.length + frac.length === 0) throw new Error(`[DecimalError] Invalid argument: ${String(value)}`);
  const exponent = m[4] === undefined ? 0 : Number(m[4]);
  const c = BigInt(int + frac);
  return [m[1] === "-" ? -c : c, frac.length - exponent];
}
