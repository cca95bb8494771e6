import { formatMoney, type Decimal } from "../money";
import { toFen, type Fen } from "./ledger";

/**
 * Whole fen of an amount of at most two decimals, read from its two-decimal text without slicing
 * it ("600.00" → 60000): the text of a parsed or config amount is remembered (formatMoney), so a
 * credit or a tier is a lookup and a digit loop. Anything but plain digits and a point (a sign, a
 * value past 2^53 fen) is left to {@link toFen}, with its checks.
 *
 * @example
 * fenOf(new Decimal("123.4")) //=> 12340
 */
export function fenOf(d: Decimal): Fen {
  const t = formatMoney(d);
  let fen = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) fen = fen * 10 + (c - 48);
    else if (c !== 46) return toFen(d); // "."
  }
  return fen <= Number.MAX_SAFE_INTEGER ? fen : toFen(d);
}
