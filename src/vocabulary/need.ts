import type { CivilDate } from "../kinds";

/**
 * One dated value a case's evaluation looks up (answers.md §1): a parameter (or a case fact such
 * as the scheme start) over a period, known with its value and citation, or unknown. `shape`
 * names the value's JSON shape in words and `example` is a valid value of that shape, ready to
 * copy into `options.parameters` or a parameter pack.
 */
export interface Need {
  /** The rules.md id, e.g. `QN-BEN-BASIC`, or a fact's id such as `NX-SCHEME-START`. */
  readonly parameter: string;
  readonly title: string;
  /** The Chinese title (中文标题). */
  readonly titleZh: string;
  readonly from: CivilDate;
  /** Last day of the period (inclusive); an open-ended value is listed up to the last date the case reaches. */
  readonly until: CivilDate;
  readonly status: "known" | "unknown";
  /** The value in force (known only). */
  readonly value?: unknown;
  /** Where the value comes from (known), or where the sources say it is unknown. */
  readonly citation?: string;
  readonly note?: string;
  readonly shape: string;
  readonly example: unknown;
}

/** What `needs` returns: `complete` when nothing the evaluation looks up is unknown. */
export interface NeedsReport {
  readonly complete: boolean;
  readonly needs: readonly Need[];
}

/** The shape in words and a valid example of each parameter kind (the RegionPolicy key). */
export const shapes: Readonly<Record<string, { readonly shape: string; readonly example: unknown }>> = Object.freeze({
  enrolAge: { shape: "a whole number of years", example: 16 },
  pensionAge: { shape: "an object { male, female } of whole numbers of years", example: { male: 60, female: 60 } },
  tiers: {
    shape: "an array of amounts in yuan per year (decimal strings or numbers)",
    example: ["100", "200", "300", "400", "500"],
  },
  deadline: {
    shape: "an object { month, day }: the last on-time day of the contribution year",
    example: { month: 12, day: 31 },
  },
  subsidy: {
    shape:
      "an object { brackets: [{ from, amount, byLevel? }], hardship? }: the subsidy by tier paid (the bracket with the largest from ≤ the tier)",
    example: {
      brackets: [
        { from: "100", amount: "30" },
        { from: "500", amount: "60" },
      ],
    },
  },
  proxy: {
    shape: "an object { groups: [{ statuses, requires?, amount, tier? }] }",
    example: { groups: [{ statuses: ["dibao"], amount: "100" }] },
  },
  specialSubsidy: { shape: "an object of status → share as a decimal string", example: { "village-cadre": "0.24" } },
  specialSubsidyIncome: { shape: "an amount in yuan per year (decimal string or number)", example: "15000" },
  collectiveCap: { shape: "an amount in yuan per year (decimal string or number)", example: "1000" },
  lumpSum: {
    shape: "an object { standards: [amounts], untilAge, minMonths }",
    example: { standards: ["100"], untilAge: 65, minMonths: 180 },
  },
  rate: { shape: 'a decimal rate as a string, e.g. "0.015" for 1.5% a year', example: "0.015" },
  divisor: { shape: "an object of age at pension start → months (whole numbers)", example: { "60": 139 } },
  minBasic: { shape: "an amount in yuan per month (decimal string or number)", example: "143" },
  inherit: { shape: '"exclude-subsidy" or "whole-balance"', example: "whole-balance" },
  basic: { shape: "an amount in yuan per month (decimal string or number)", example: "150" },
  topUps: {
    shape: 'a top-up object: { kind: "flat", amount } (or per-year-beyond, age, status, contributor)',
    example: { kind: "flat", amount: "10" },
  },
  deathBenefit: {
    shape: 'a death benefit object: { kind: "flat", amount } (or months-of-pension, multiple-of-basic)',
    example: { kind: "flat", amount: "1000" },
  },
  legacy: {
    shape: "an object { grades: [amounts], increase, pensionAge: { male, female } }",
    example: { grades: ["10", "20"], increase: "10", pensionAge: { male: 60, female: 55 } },
  },
  legacyFuneral: {
    shape: 'a death benefit object: { kind: "flat", amount }',
    example: { kind: "flat", amount: "1000" },
  },
  missingSuspension: {
    shape: "an object { fromMonth }: the month of absence from which the pension is suspended",
    example: { fromMonth: 7 },
  },
  schemeStart: { shape: "a date YYYY-MM-DD (the case's options.schemeStart)", example: "2011-07-01" },
});
