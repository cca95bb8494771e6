import { MIN_YEAR, MAX_YEAR } from "../dates";
import { segmentOfYear, type KnownSegment } from "../policy/parameter";
import type { RegionPolicy, SubsidyValue } from "../policy/schema";
import { tierTableOf, type TierTable } from "./tier-table";

type Parameters = RegionPolicy["parameters"];
type ValueOf<K extends keyof Parameters> =
  NonNullable<Parameters[K]> extends { readonly segments: readonly (infer S)[] }
    ? S extends { readonly value: infer T }
      ? T
      : never
    : never;

/**
 * The payment rules' parameters of one year, each where one segment is in force on every day of
 * the year (else undefined: the rule looks the value up on its date, as valueOn does, errors
 * included). Resolved once per policy and year: policies are frozen, an override makes a new one.
 */
export interface PaymentYear {
  readonly enrolAge: number | undefined;
  readonly pensionAge: ValueOf<"pensionAge"> | undefined;
  /** The year's deadline as the number YYYYMMDD. */
  readonly due: number | undefined;
  readonly deadline: ValueOf<"deadline"> | undefined;
  readonly tiers: TierTable | undefined;
  readonly subsidy: KnownSegment<SubsidyValue> | undefined;
}

const years = new WeakMap<RegionPolicy, (PaymentYear | undefined)[]>();

/**
 * The payment parameters of `year` under `policy` (a year of the supported range).
 *
 * @example
 * paymentYear(getRegion("qiannan"), 2020).deadline //=> { month: 12, day: 10 }
 */
export function paymentYear(policy: RegionPolicy, year: number): PaymentYear {
  let byYear = years.get(policy);
  if (byYear === undefined) years.set(policy, (byYear = new Array<PaymentYear | undefined>(MAX_YEAR - MIN_YEAR + 1)));
  const i = year - MIN_YEAR;
  let y = byYear[i];
  if (y === undefined) {
    y = resolveYear(policy, year);
    if (i >= 0 && i < byYear.length) byYear[i] = y;
  }
  return y;
}

function resolveYear(policy: RegionPolicy, year: number): PaymentYear {
  const p = policy.parameters;
  const deadline = segmentOfYear(p.deadline, year)?.value;
  const tiers = segmentOfYear(p.tiers, year)?.value;
  return {
    enrolAge: segmentOfYear(p.enrolAge, year)?.value,
    pensionAge: segmentOfYear(p.pensionAge, year)?.value,
    due: deadline === undefined ? undefined : year * 10000 + deadline.month * 100 + deadline.day,
    deadline,
    tiers: tiers === undefined ? undefined : tierTableOf(tiers),
    subsidy: segmentOfYear(p.subsidy, year),
  };
}
