import { text } from "../i18n/index";
import { Decimal, formatFen, wholeFen, ZERO } from "../money";
import { yearOfMonth, type MonthIndex } from "../dates";
import { PensionInputError } from "../errors";
import { componentKinds, type ComponentKind } from "../kinds";
import { interestMethodRules, type InterestMethod } from "./slots/interestMethod";

/**
 * The personal account (个人账户) keeps every amount as a whole number of fen in a safe-integer
 * `number`: every credit has at most two decimals, and interest, the account pension and pro-rata
 * parts are rounded to the fen where conventions.md says. Integer arithmetic below 2^53 is exact
 * (no fractions ever reach a float); a product that could pass 2^53 is done in BigInt, and a
 * balance that would pass it is refused with `limit-exceeded` (about 90 trillion yuan).
 */
export type Fen = number;
export type Components<T = Decimal> = Record<ComponentKind, T>;

const MAX = Number.MAX_SAFE_INTEGER;
const COMPONENTS = componentKinds.length;

/** A sum of fen that must stay exact: refused with `limit-exceeded` past 2^53 − 1. */
function safe(f: number): Fen {
  // MAX written out: a literal the compiler folds into this check of every sum.
  if (f > 9_007_199_254_740_991 || f < -9_007_199_254_740_991) {
    throw new PensionInputError("limit-exceeded", ["payments"], text("limit.account", { max: MAX }));
  }
  return f;
}

/** Whole fen of a two-decimal amount, without Decimal arithmetic: 123.4 → 12340. */
export function toFen(d: Decimal): Fen {
  const fen = wholeFen(d); // from the digits; larger amounts (or more decimals) from their text:
  if (fen !== undefined) return fen;
  const text = d.toFixed(2, Decimal.ROUND_HALF_UP); // the two-decimal text
  return safe(Number(text.slice(0, -3) + text.slice(-2)));
}

/** Fen as a Decimal (the fen are its digits at two decimals); 0 is the shared zero. */
export function fromFen(f: Fen): Decimal {
  if (f === 0) return ZERO; // most components are empty
  return new Decimal(BigInt(f), 2);
}

function zeroFen(): number[] {
  return [0, 0, 0, 0, 0];
}

function byKind(f: readonly number[], map: (x: number) => Decimal): Components {
  return { personal: map(f[0]!), collective: map(f[1]!), subsidy: map(f[2]!), proxy: map(f[3]!), other: map(f[4]!) };
}

function fenByKind(f: readonly number[]): Components<Fen> {
  return { personal: f[0]!, collective: f[1]!, subsidy: f[2]!, proxy: f[3]!, other: f[4]! };
}

export function totalOf(c: Readonly<Components>): Decimal {
  let t: Decimal | null = null; // zero components (most of them) add nothing: no addition
  for (const k of componentKinds) if (!c[k].isZero()) t = t === null ? c[k] : t.plus(c[k]);
  return t ?? ZERO;
}

function totalFen(c: readonly number[]): Fen {
  return safe(c[0]! + c[1]! + c[2]! + c[3]! + c[4]!);
}

/**
 * floor(x / y) for integers x ≥ 0, y > 0 with x + y ≤ 2^53, exactly. Write x / y = k − a/y with
 * k = ⌈x/y⌉, 0 < a < y: the float quotient could round up to k only if a/y were under half the
 * spacing of doubles below k (at most k·2⁻⁵³), i.e. a < k·y·2⁻⁵³ = (x + a)·2⁻⁵³ < 1. So it
 * never does, and `Math.floor` of the float quotient is the integer quotient.
 */
function floorDiv(x: number, y: number): number {
  return Math.floor(x / y);
}

/** round(a × b / c) half up, for a, b ≥ 0 and c > 0, exactly (BigInt when the product is large). */
function mulDivRound(a: number, b: number, c: number): number {
  const twice = 2 * a * b;
  if (twice + 3 * c <= MAX) return floorDiv(twice + c, 2 * c);
  return safe(Number((2n * BigInt(a) * BigInt(b) + BigInt(c)) / (2n * BigInt(c))));
}

/** round(f ÷ d) half up, for f ≥ 0 and an integer d > 0, exactly: the account pension of a balance and a divisor. */
export function divideFen(f: Fen, d: number): Fen {
  return mulDivRound(f, 1, d);
}

/** round(n / d) half up, for n ≥ 0, d > 0, in BigInt. */
function divRoundBig(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

/**
 * A rate as an exact fraction num / den; `small`: num and 12 × den as numbers, or null when
 * either would pass 2^53 (then the interest is computed in BigInt only).
 */
export interface Rate {
  readonly num: bigint;
  readonly den: bigint;
  readonly small: { readonly num: number; readonly den12: number } | null;
}

export function toRate(d: Decimal): Rate {
  // A finite decimal: digits over a power of ten (Decimal.toFraction is exact but slow).
  const text = d.toFixed();
  const dot = text.indexOf(".");
  const num = BigInt(dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1));
  const den = dot < 0 ? 1n : 10n ** BigInt(text.length - dot - 1);
  const fits = num <= BigInt(MAX) && den * 12n <= BigInt(MAX);
  return { num, den, small: fits ? { num: Number(num), den12: Number(den * 12n) } : null };
}

/** Every component's index, in component order. */
const ALL: readonly number[] = componentKinds.map((_, i) => i);

/**
 * Take `amount` (below `total`) out of `balances` pro rata (conventions.md rounding point 3):
 * every component but the largest gives round(amount × its balance ÷ total, 2); the largest
 * (first in component order on a tie) gives the exact rest, so the parts add up to the whole.
 * Only the components `live[0…n−1]` (in component order) are visited: the others are zero.
 */
function takeLive(amount: Fen, balances: number[], total: Fen, live: readonly number[], n: number): void {
  let largest = live[0]!;
  for (let j = 1; j < n; j++) if (balances[live[j]!]! > balances[largest]!) largest = live[j]!;
  let rest = amount;
  for (let j = 0; j < n; j++) {
    const i = live[j]!;
    const b = balances[i]!;
    if (i === largest || b === 0) continue;
    const part = mulDivRound(amount, b, total);
    balances[i] = b - part;
    rest -= part;
  }
  balances[largest] = balances[largest]! - rest;
}

/**
 * The account within one evaluation: component balances (in component order), the interest
 * window (月积数, conventions.md "Personal account") and what was paid out. Mutable, but owned by
 * a single call of evaluateCase and never exposed.
 */
export class Ledger {
  private readonly fen: number[] = zeroFen();
  /** "next-year" method: credits of the current calendar year that do not earn yet. */
  private readonly pending: number[] = zeroFen();
  /** Σ of the earning balance at the start of each month of the current window (fen·months). */
  private readonly accrued: number[] = zeroFen();
  /** The last closing's interest by component. */
  private readonly interest: number[] = zeroFen();
  /** {@link earnAndDraw}'s components with something in them. */
  private readonly live: number[] = zeroFen();
  /** Interest credited by year: the years in ascending order (closings come in month order), and their sums. */
  private readonly interestYears: number[] = [];
  private readonly interestFen: Fen[] = [];
  private readonly next: boolean;
  private creditedFen: Fen = 0;
  private paidOutFen: Fen = 0;
  private fundPaidFen: Fen = 0;
  /** {@link interestStrings}, until the next closing. */
  private interestTexts: (readonly [number, string])[] | null = null;

  constructor(method: InterestMethod) {
    this.next = interestMethodRules[method]();
  }

  get balances(): Components {
    return byKind(this.fen, fromFen);
  }

  get balance(): Decimal {
    return fromFen(totalFen(this.fen));
  }

  /** The balance in fen. */
  balanceFen(): Fen {
    return totalFen(this.fen);
  }

  /** Balances, credits and payouts in fen (for the trace and the result, without Decimals). */
  summaryFen(): {
    readonly components: Components<Fen>;
    readonly balance: Fen;
    readonly credited: Fen;
    readonly paidOut: Fen;
    readonly fundPaid: Fen;
  } {
    return {
      components: fenByKind(this.fen),
      balance: totalFen(this.fen),
      credited: this.creditedFen,
      paidOut: this.paidOutFen,
      fundPaid: this.fundPaidFen,
    };
  }

  /** Interest credited by year, as two-decimal strings in year order (formatted once per closing). */
  interestStrings(): readonly (readonly [number, string])[] {
    if (this.interestTexts === null) {
      const texts: (readonly [number, string])[] = [];
      for (let i = 0; i < this.interestYears.length; i++)
        texts.push([this.interestYears[i]!, formatFen(this.interestFen[i]!)]);
      this.interestTexts = texts;
    }
    return this.interestTexts;
  }

  /** Start of month `m`: the balance earns for this month. */
  beginMonth(m: MonthIndex): void {
    const { fen, accrued, pending } = this;
    if (this.next) {
      if (m % 12 === 0) pending.fill(0);
      for (let i = 0; i < COMPONENTS; i++) accrued[i] = safe(accrued[i]! + fen[i]! - pending[i]!);
    } else {
      for (let i = 0; i < COMPONENTS; i++) accrued[i] = safe(accrued[i]! + fen[i]!);
    }
  }

  /** `months` months that start no year (not January), with the balance unchanged: each earns it. */
  earnMonths(months: number): void {
    const { fen, accrued, pending } = this;
    for (let i = 0; i < COMPONENTS; i++)
      accrued[i] = safe(accrued[i]! + (this.next ? fen[i]! - pending[i]! : fen[i]!) * months);
  }

  creditFen(component: ComponentKind, f: Fen): void {
    const i = componentKinds.indexOf(component); // five interned strings: faster than a keyed lookup
    this.fen[i] = safe(this.fen[i]! + f);
    if (this.next) this.pending[i] = this.pending[i]! + f;
    this.creditedFen = safe(this.creditedFen + f);
  }

  /**
   * Pay `want` fen (the account pension for one or more months): from the account while it lasts,
   * pro rata over the components; the rest from the pooled fund. Returns what the account paid.
   */
  drawFen(want: Fen): Fen {
    return this.take(want, totalFen(this.fen), ALL, COMPONENTS);
  }

  /**
   * `months` months that start no year (not January), each earning its balance and then paying
   * `want` fen (one month's account pension): {@link beginMonth} and {@link drawFen} month by
   * month, in one loop that sums the balance as it accrues it. Returns what the account paid.
   */
  earnAndDraw(months: number, want: Fen): Fen {
    const { fen, accrued, pending, next, live } = this;
    // A component with nothing in it (nor pending) earns nothing and gives nothing: only the others are visited.
    let n = 0;
    for (let i = 0; i < COMPONENTS; i++) if (fen[i] !== 0 || pending[i] !== 0) live[n++] = i;
    let paid = 0;
    for (let k = 0; k < months; k++) {
      let total = 0;
      for (let j = 0; j < n; j++) {
        const i = live[j]!;
        const f = fen[i]!;
        accrued[i] = safe(next ? accrued[i]! + f - pending[i]! : accrued[i]! + f);
        total += f;
      }
      paid += this.take(want, safe(total), live, n);
    }
    return paid;
  }

  /** {@link drawFen} from the account's `total`, visiting the components `live[0…n−1]` (the others are zero). */
  private take(want: Fen, total: Fen, live: readonly number[], n: number): Fen {
    const { fen, pending } = this;
    const fromAccount = want <= total ? want : total;
    // Below the total the total is positive: the split never divides by zero.
    if (fromAccount === total) for (let j = 0; j < n; j++) fen[live[j]!] = 0;
    else takeLive(fromAccount, fen, total, live, n);
    for (let j = 0; j < n; j++) {
      const i = live[j]!;
      if (pending[i]! > fen[i]!) pending[i] = fen[i]!;
    }
    this.paidOutFen = safe(this.paidOutFen + fromAccount);
    this.fundPaidFen = safe(this.fundPaidFen + want - fromAccount);
    return fromAccount;
  }

  /** Whether every component is zero (an empty account: draws come from the fund alone). */
  isEmpty(): boolean {
    const f = this.fen;
    return f[0] === 0 && f[1] === 0 && f[2] === 0 && f[3] === 0 && f[4] === 0;
  }

  /** Whether the current window has earned anything (a rate is needed only then). */
  hasAccrued(): boolean {
    const a = this.accrued;
    return a[0] !== 0 || a[1] !== 0 || a[2] !== 0 || a[3] !== 0 || a[4] !== 0;
  }

  /**
   * Credit the window's interest at the end of month `m` (31 December or a closing): each
   * component round(rate × Σ monthly balances ÷ 12) to the fen, half up (rounding point 1).
   */
  close(m: MonthIndex, rate: Rate): Components<Fen> {
    this.closeFen(m, rate);
    return fenByKind(this.interest);
  }

  /** {@link close}, returning the total interest only (the parts: {@link lastInterestFen}). */
  closeFen(m: MonthIndex, rate: Rate): Fen {
    const { interest, accrued, fen } = this;
    const { small } = rate;
    let total = 0;
    for (let i = 0; i < COMPONENTS; i++) {
      const a = accrued[i]!;
      if (a === 0) {
        interest[i] = 0;
        continue;
      }
      // In numbers while exact (mulDivRound checks the product), else in BigInt; the same result.
      const x =
        small !== null && a > 0
          ? mulDivRound(a, small.num, small.den12)
          : safe(Number(divRoundBig(rate.num * BigInt(a), rate.den * 12n)));
      interest[i] = x;
      accrued[i] = 0;
      fen[i] = safe(fen[i]! + x);
      total += x;
    }
    this.creditedFen = safe(this.creditedFen + total);
    // Interest credited at a mid-year closing is a credit of this year ("next-year" method).
    if (this.next && m % 12 !== 11)
      for (let i = 0; i < COMPONENTS; i++) this.pending[i] = this.pending[i]! + interest[i]!;
    this.addInterest(yearOfMonth(m), safe(total));
    return total;
  }

  /** The last closing's interest by component, in component order. */
  lastInterestFen(): ArrayLike<Fen> {
    return this.interest;
  }

  /** Add to the interest of `year`: appended in year order (a closing never goes back a year; inserted if one did). */
  private addInterest(year: number, f: Fen): void {
    const { interestYears: years, interestFen: sums } = this;
    this.interestTexts = null;
    let i = years.length - 1;
    while (i >= 0 && years[i]! > year) i--;
    if (i >= 0 && years[i] === year) sums[i] = safe(sums[i]! + f);
    else if (i === years.length - 1) {
      years.push(year);
      sums.push(f);
    } else {
      years.splice(i + 1, 0, year);
      sums.splice(i + 1, 0, f);
    }
  }

  /** Take the whole balance out (settlement or transfer: the closing balances were read before). */
  empty(): void {
    this.fen.fill(0);
    this.pending.fill(0);
  }
}
