import { Decimal } from "../money";

/**
 * The Decimal of an amount written in a policy (a segment's value, a top-up's or grant's
 * amount), parsed once per object that holds it: policies are frozen (an override makes new
 * objects), so the same object always holds the same text. One amount per holder.
 */
export function policyAmount(holder: object, text: string): Decimal {
  let d = amounts.get(holder);
  if (d === undefined) amounts.set(holder, (d = new Decimal(text)));
  return d;
}

const amounts = new WeakMap<object, Decimal>();
