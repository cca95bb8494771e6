import { Decimal } from "../money";
import { yearEnd, yearStart } from "../dates";
import { valueOn } from "../policy/parameter";
import type { RegionPolicy } from "../policy/schema";
import type { Trace } from "./trace";

export interface RateOptions {
  /** Caller's per-year rates (case `options.interestRates`), which replace the table. */
  readonly interestRates?: Readonly<Record<string, Decimal>> | undefined;
}

/**
 * The account's interest rate for calendar year `year` (QN-INT, BB-INT, JM-INT, CX-INT, NX-INT):
 * the caller's rate if given, else the region's rule over NAT-RATE-PBOC — the highest rate in
 * force on any day of the year (Qiannan, 就高) or the rate in force on 1 January.
 */
export function rateForYear(policy: RegionPolicy, year: number, options: RateOptions, trace?: Trace): Decimal {
  const feature = policy.features.interestRate;
  const own = options.interestRates?.[String(year)];
  if (own !== undefined) {
    trace?.add(
      feature.rule,
      "case options.interestRates",
      { year },
      own.toString(),
      trace.say("interest.supplied", {}),
    );
    return own;
  }
  const param = policy.parameters.rate;
  let byYear = memo.get(param);
  if (!byYear) memo.set(param, (byYear = new Map()));
  const key = feature.value === "highest-in-year" ? -year : year;
  let rate = byYear.get(key);
  if (rate === undefined) {
    rate = tableRate(param, feature.value, year);
    byYear.set(key, rate);
  }
  if (trace?.on)
    trace.add(
      feature.rule,
      feature.citation,
      { year, table: param.id, method: feature.value },
      rate.toString(),
      feature.note,
    );
  return rate;
}

// Frozen rate tables give the same year's rate every time: computed once per table and year.
const memo = new WeakMap<object, Map<number, Decimal>>(); // key: year, negated for highest-in-year

function tableRate(
  param: RegionPolicy["parameters"]["rate"],
  rule: "on-1-january" | "highest-in-year",
  year: number,
): Decimal {
  let rate: Decimal;
  if (rule === "on-1-january") {
    rate = new Decimal(valueOn(param, yearStart(year)).value);
  } else {
    // Highest over the year: the value on 1 January and every segment starting within the year.
    const from = yearStart(year);
    const to = yearEnd(year);
    rate = new Decimal(valueOn(param, from).value);
    for (const s of param.segments) {
      if (s.from > from && s.from <= to) {
        const v = valueOn(param, s.from).value; // unknown → throws
        if (new Decimal(v).gt(rate)) rate = new Decimal(v);
      }
    }
  }
  return rate;
}
