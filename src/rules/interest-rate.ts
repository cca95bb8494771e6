import { Decimal } from "../money";
import type { RegionPolicy } from "../policy/schema";
import { interestRateRules, type InterestRateRule } from "./slots/interestRate";
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
  const rule = interestRateRules[feature.value];
  let byRule = memo.get(param);
  if (!byRule) memo.set(param, (byRule = new Map()));
  let byYear = byRule.get(rule);
  if (!byYear) byRule.set(rule, (byYear = new Map()));
  let rate = byYear.get(year);
  if (rate === undefined) {
    rate = rule(param, year);
    byYear.set(year, rate);
  }
  if (trace?.on)
    trace.add(
      feature.rule,
      feature.citation,
      { year, table: param.id, method: feature.value },
      textOf(rate),
      feature.note,
    );
  return rate;
}

// A memoised rate's text, written into the trace once per year of every run: formatted once.
const rateTexts = new WeakMap<Decimal, string>();

function textOf(rate: Decimal): string {
  let t = rateTexts.get(rate);
  if (t === undefined) rateTexts.set(rate, (t = rate.toString()));
  return t;
}

// Frozen rate tables give the same year's rate every time: computed once per table, rule and year.
const memo = new WeakMap<object, Map<InterestRateRule, Map<number, Decimal>>>();
