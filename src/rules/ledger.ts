import { Decimal, roundFen, ZERO } from "../money";
import { yearOfMonth, type MonthIndex } from "../dates";
import { componentKinds, type ComponentKind } from "../kinds";

export type Components = Record<ComponentKind, Decimal>;

export function zeroComponents(): Components {
  return { personal: ZERO, collective: ZERO, subsidy: ZERO, proxy: ZERO, other: ZERO };
}

export function totalOf(c: Readonly<Components>): Decimal {
  let t = ZERO;
  for (const k of componentKinds) t = t.plus(c[k]);
  return t;
}

/**
 * Split `amount` over `balances` pro rata (conventions.md rounding point 3): every component but
 * the largest gets round(amount × its balance ÷ total, 2); the largest (first in component order
 * on a tie) gets the exact rest, so the parts add up to the whole.
 */
export function splitProRata(amount: Decimal, balances: Readonly<Components>): Components {
  const total = totalOf(balances);
  const parts = zeroComponents();
  if (total.isZero()) return parts;
  let largest: ComponentKind = "personal";
  for (const k of componentKinds) if (balances[k].gt(balances[largest])) largest = k;
  let rest = amount;
  for (const k of componentKinds) {
    if (k === largest || balances[k].isZero()) continue;
    parts[k] = roundFen(amount.times(balances[k]).dividedBy(total));
    rest = rest.minus(parts[k]);
  }
  parts[largest] = rest;
  return parts;
}

/**
 * The personal account (个人账户) within one evaluation: component balances, the interest
 * window (月积数, conventions.md "Personal account") and what was paid out. Mutable, but owned by
 * a single call of evaluateCase and never exposed.
 */
export class Ledger {
  readonly balances: Components = zeroComponents();
  /** "next-year" method: credits of the current calendar year that do not earn yet. */
  private readonly pending: Components = zeroComponents();
  /** Σ of the earning balance at the start of each month of the current window. */
  private readonly accrued: Components = zeroComponents();
  readonly interestByYear = new Map<number, Decimal>();
  credited: Decimal = ZERO;
  paidOut: Decimal = ZERO;
  fundPaid: Decimal = ZERO;

  constructor(private readonly method: "monthly" | "next-year") {}

  /** Start of month `m`: the balance earns for this month. */
  beginMonth(m: MonthIndex): void {
    if (this.method === "next-year" && m % 12 === 0) for (const k of componentKinds) this.pending[k] = ZERO;
    for (const k of componentKinds) {
      const earning = this.balances[k].minus(this.pending[k]);
      if (!earning.isZero()) this.accrued[k] = this.accrued[k].plus(earning);
    }
  }

  credit(component: ComponentKind, amount: Decimal): void {
    this.balances[component] = this.balances[component].plus(amount);
    if (this.method === "next-year") this.pending[component] = this.pending[component].plus(amount);
    this.credited = this.credited.plus(amount);
  }

  /**
   * Pay `amount` (the account pension for one or more months): from the account while it lasts,
   * the rest from the pooled fund. Returns what the account paid.
   */
  draw(amount: Decimal): Decimal {
    const total = totalOf(this.balances);
    const fromAccount = amount.lte(total) ? amount : total;
    const parts = fromAccount.eq(total) ? { ...this.balances } : splitProRata(fromAccount, this.balances);
    for (const k of componentKinds) {
      this.balances[k] = this.balances[k].minus(parts[k]);
      if (this.pending[k].gt(this.balances[k])) this.pending[k] = this.balances[k];
    }
    this.paidOut = this.paidOut.plus(fromAccount);
    this.fundPaid = this.fundPaid.plus(amount.minus(fromAccount));
    return fromAccount;
  }

  /** Whether the current window has earned anything (a rate is needed only then). */
  hasAccrued(): boolean {
    return componentKinds.some((k) => !this.accrued[k].isZero());
  }

  /**
   * Credit the window's interest at the end of month `m` (31 December or a closing), each
   * component rounded to the fen (rounding point 1). Returns the interest by component.
   */
  close(m: MonthIndex, rate: Decimal): Components {
    const interest = zeroComponents();
    for (const k of componentKinds) {
      if (this.accrued[k].isZero()) continue;
      interest[k] = roundFen(rate.times(this.accrued[k]).dividedBy(12));
      this.accrued[k] = ZERO;
      this.balances[k] = this.balances[k].plus(interest[k]);
      this.credited = this.credited.plus(interest[k]);
    }
    // Interest credited in December earns from January; at a mid-year closing it earns next month.
    if (this.method === "next-year" && m % 12 !== 11) for (const k of componentKinds) this.pending[k] = this.pending[k].plus(interest[k]);
    const year = yearOfMonth(m);
    this.interestByYear.set(year, (this.interestByYear.get(year) ?? ZERO).plus(totalOf(interest)));
    return interest;
  }

  /** Take the whole balance out (settlement or transfer). */
  empty(): Components {
    const out = { ...this.balances };
    for (const k of componentKinds) {
      this.balances[k] = ZERO;
      this.pending[k] = ZERO;
    }
    return out;
  }
}
