import { Decimal, formatMoney } from "../money";
import { tierListOf, type TiersValue } from "../policy/schema";

/** A tier table of the config, read once per (frozen) value: its tiers and what a year's total is looked up in. */
export interface TierTable {
  /** The tiers open to everyone. */
  readonly tiers: readonly Decimal[];
  /** The two-decimal texts of those tiers, so a year's total is looked up, not compared with each. */
  readonly lookup: ReadonlySet<string>;
  /** The tiers reserved for statuses, if the table has any. */
  readonly reserved: Extract<TiersValue, { readonly reserved: unknown }>["reserved"] | null;
}

const tierTables = new WeakMap<TiersValue, TierTable>();

/**
 * The table of a tiers value of the config, built once per value (config values are frozen).
 *
 * @example
 * tierTableOf(["100", "200"]).lookup.has("200.00") //=> true
 */
export function tierTableOf(value: TiersValue): TierTable {
  let table = tierTables.get(value);
  if (table === undefined) {
    const tiers = tierListOf(value).map((t) => new Decimal(t));
    // A tier with more decimals can equal no total of payments: it is left out, not rounded.
    const lookup = new Set(tiers.filter((t) => t.decimalPlaces() <= 2).map((t) => formatMoney(t)));
    table = { tiers, lookup, reserved: "reserved" in value ? value.reserved : null };
    tierTables.set(value, table);
  }
  return table;
}
