import { Decimal } from "../money";
import { MIN_YEAR } from "../dates";
import type { RegionPolicy } from "../policy/schema";
import { toRate, type Rate } from "./ledger";
import { interestRateRules } from "./slots/interestRate";
import type { Trace } from "./trace";

export interface RateOptions {
  /** Caller's per-year rates (case `options.interestRates`), which replace the table. */
  readonly interestRates?: Readonly<Record<string, Decimal>> | undefined;
}

/** A year's rate with what the account needs of it: its trace text and its exact fraction (built once). */
export interface YearRate {
  readonly value: Decimal;
  readonly text: string;
  readonly exact: Rate;
}

/**
 * The account's interest rate for calendar year `year` (QN-INT, BB-INT, JM-INT, CX-INT, NX-INT):
 * the caller's rate if given, else the region's rule over NAT-RATE-PBOC — the highest rate in
 * force on any day of the year (Qiannan, 就高) or the rate in force on 1 January.
 */
export function rateForYear(policy: RegionPolicy, year: number, options: RateOptions, trace?: Trace): Decimal {
  return yearRate(policy, year, options, trace).value;
}

/** {@link rateForYear}, with the rate's text and exact fraction: the policy's rates are resolved once per year. */
export function yearRate(policy: RegionPolicy, year: number, options: RateOptions, trace?: Trace): YearRate {
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
    return entryOf(own);
  }
  const param = policy.parameters.rate;
  let byYear = tables.get(policy);
  if (byYear === undefined) tables.set(policy, (byYear = []));
  let rate = byYear[year - MIN_YEAR];
  if (rate === undefined) byYear[year - MIN_YEAR] = rate = entryOf(interestRateRules[feature.value](param, year));
  if (trace?.on)
    trace.add(
      feature.rule,
      feature.citation,
      { year, table: param.id, method: feature.value },
      rate.text,
      feature.note,
    );
  return rate;
}

// A policy is frozen (an override makes a new one): its rate of a year is the same every time,
// resolved once per policy and year, with its text and fraction.
const tables = new WeakMap<RegionPolicy, (YearRate | undefined)[]>();

// A caller's rate (one Decimal per parsed input): its text and fraction, once.
const entries = new WeakMap<Decimal, YearRate>();

function entryOf(value: Decimal): YearRate {
  let r = entries.get(value);
  if (r === undefined) entries.set(value, (r = { value, text: value.toString(), exact: toRate(value) }));
  return r;
}
