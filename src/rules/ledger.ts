import { Decimal } from "../money";
import { yearOfMonth, type MonthIndex } from "../dates";
import { componentKinds, type ComponentKind } from "../kinds";

/**
 * The personal account (个人账户) keeps every amount as a whole number of fen in a BigInt: every
 * credit has at most two decimals, and interest, the account pension and pro-rata parts are
 * rounded to the fen where conventions.md says. Integer arithmetic is exact (no floats) and much
 * cheaper than a Decimal per month and component.
 */
export type Fen = bigint;
export type Components<T = Decimal> = Record<ComponentKind, T>;
type FenComponents = Components<Fen>;

const HUNDRED = 100n;

export function toFen(d: Decimal): Fen {
  return BigInt(d.times(HUNDRED.toString()).toFixed(0));
}

export function fromFen(f: Fen): Decimal {
  return new Decimal(formatFen(f));
}

/** Fen as a two-decimal string, without a Decimal: 12345n → "123.45". */
export function formatFen(f: Fen): string {
  const negative = f < 0n;
  const digits = (negative ? -f : f).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

function zeroFen(): FenComponents {
  return { personal: 0n, collective: 0n, subsidy: 0n, proxy: 0n, other: 0n };
}

export function totalOf(c: Readonly<Components>): Decimal {
  let t = new Decimal(0);
  for (const k of componentKinds) t = t.plus(c[k]);
  return t;
}

function totalFen(c: Readonly<FenComponents>): Fen {
  return c.personal + c.collective + c.subsidy + c.proxy + c.other;
}

/** round(n / d) half up, for n ≥ 0, d > 0. */
function divRound(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

/** A rate as an exact fraction num / den. */
export interface Rate {
  readonly num: bigint;
  readonly den: bigint;
}

export function toRate(d: Decimal): Rate {
  // A finite decimal: digits over a power of ten (Decimal.toFraction is exact but slow).
  const text = d.toFixed();
  const dot = text.indexOf(".");
  if (dot < 0) return { num: BigInt(text), den: 1n };
  return { num: BigInt(text.slice(0, dot) + text.slice(dot + 1)), den: 10n ** BigInt(text.length - dot - 1) };
}

/**
 * Split `amount` over `balances` pro rata (conventions.md rounding point 3): every component but
 * the largest gets round(amount × its balance ÷ total, 2); the largest (first in component order
 * on a tie) gets the exact rest, so the parts add up to the whole.
 */
function splitFen(amount: Fen, balances: Readonly<FenComponents>): FenComponents {
  const total = totalFen(balances);
  const parts = zeroFen();
  if (total === 0n) return parts;
  let largest: ComponentKind = "personal";
  for (const k of componentKinds) if (balances[k] > balances[largest]) largest = k;
  let rest = amount;
  for (const k of componentKinds) {
    if (k === largest || balances[k] === 0n) continue;
    parts[k] = divRound(amount * balances[k], total);
    rest -= parts[k];
  }
  parts[largest] = rest;
  return parts;
}

function mapDecimal(c: Readonly<FenComponents>): Components {
  return { personal: fromFen(c.personal), collective: fromFen(c.collective), subsidy: fromFen(c.subsidy), proxy: fromFen(c.proxy), other: fromFen(c.other) };
}

/**
 * The account within one evaluation: component balances, the interest window (月积数,
 * conventions.md "Personal account") and what was paid out. Mutable, but owned by a single call
 * of evaluateCase and never exposed.
 */
export class Ledger {
  private readonly fen: FenComponents = zeroFen();
  /** "next-year" method: credits of the current calendar year that do not earn yet. */
  private readonly pending: FenComponents = zeroFen();
  /** Σ of the earning balance at the start of each month of the current window (fen·months). */
  private readonly accrued: FenComponents = zeroFen();
  private readonly interestFen = new Map<number, Fen>();
  private creditedFen: Fen = 0n;
  private paidOutFen: Fen = 0n;
  private fundPaidFen: Fen = 0n;

  constructor(private readonly method: "monthly" | "next-year") {}

  get balances(): Components {
    return mapDecimal(this.fen);
  }

  get balance(): Decimal {
    return fromFen(totalFen(this.fen));
  }

  /** Interest credited by year, as two-decimal strings in year order. */
  interestStrings(): [number, string][] {
    return [...this.interestFen].sort((a, b) => a[0] - b[0]).map(([y, v]) => [y, formatFen(v)]);
  }

  get credited(): Decimal {
    return fromFen(this.creditedFen);
  }

  get paidOut(): Decimal {
    return fromFen(this.paidOutFen);
  }

  get fundPaid(): Decimal {
    return fromFen(this.fundPaidFen);
  }

  /** Start of month `m`: the balance earns for this month. */
  beginMonth(m: MonthIndex): void {
    const next = this.method === "next-year";
    if (next && m % 12 === 0) for (const k of componentKinds) this.pending[k] = 0n;
    for (const k of componentKinds) {
      const earning = next ? this.fen[k] - this.pending[k] : this.fen[k];
      if (earning !== 0n) this.accrued[k] += earning;
    }
  }

  creditFen(component: ComponentKind, f: Fen): void {
    this.fen[component] += f;
    if (this.method === "next-year") this.pending[component] += f;
    this.creditedFen += f;
  }

  /**
   * Pay `want` fen (the account pension for one or more months): from the account while it lasts,
   * pro rata over the components; the rest from the pooled fund. Returns what the account paid.
   */
  drawFen(want: Fen): Fen {
    const total = totalFen(this.fen);
    const fromAccount = want <= total ? want : total;
    const parts = fromAccount === total ? { ...this.fen } : splitFen(fromAccount, this.fen);
    for (const k of componentKinds) {
      this.fen[k] -= parts[k];
      if (this.pending[k] > this.fen[k]) this.pending[k] = this.fen[k];
    }
    this.paidOutFen += fromAccount;
    this.fundPaidFen += want - fromAccount;
    return fromAccount;
  }

  /** Whether the current window has earned anything (a rate is needed only then). */
  hasAccrued(): boolean {
    return componentKinds.some((k) => this.accrued[k] !== 0n);
  }

  /**
   * Credit the window's interest at the end of month `m` (31 December or a closing): each
   * component round(rate × Σ monthly balances ÷ 12) to the fen, half up (rounding point 1).
   */
  close(m: MonthIndex, rate: Rate): Components<Fen> {
    const interest = zeroFen();
    const den = rate.den * 12n;
    for (const k of componentKinds) {
      if (this.accrued[k] === 0n) continue;
      interest[k] = divRound(rate.num * this.accrued[k], den);
      this.accrued[k] = 0n;
      this.fen[k] += interest[k];
      this.creditedFen += interest[k];
    }
    // Interest credited at a mid-year closing is a credit of this year ("next-year" method).
    if (this.method === "next-year" && m % 12 !== 11) for (const k of componentKinds) this.pending[k] += interest[k];
    const year = yearOfMonth(m);
    this.interestFen.set(year, (this.interestFen.get(year) ?? 0n) + totalFen(interest));
    return interest;
  }

  /** Take the whole balance out (settlement or transfer). */
  empty(): Components {
    const out = mapDecimal(this.fen);
    for (const k of componentKinds) {
      this.fen[k] = 0n;
      this.pending[k] = 0n;
    }
    return out;
  }
}
