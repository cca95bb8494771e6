/**
 * The public types of what-if costing (`resident-pension cost`, src/node/batch/cost.ts): the
 * options and the report, here in the library so that its entry exports them without importing
 * the command line's code (docs/architecture.md "Layers").
 */
import type { Locale } from "../i18n/locales";
import type { RegionId } from "../kinds";
import type { Overrides } from "../policy/overrides";
import type { LoadedPack } from "../policy/packs";

/** What to cost: the region's cases, calendar years `from`–`to`, and an optional what-if. */
export interface CostOptions {
  readonly region: RegionId;
  readonly from: number;
  readonly to: number;
  /** `withOverrides` shape, merged over each case's own `options.parameters`. */
  readonly override?: Overrides | undefined;
  /** Parameter packs of the region (`--params`), in order: under both policies; the override wins over them. */
  readonly packs?: readonly LoadedPack[] | undefined;
  /** The language of the error lines (`--lang`); default `"en"`. */
  readonly locale?: Locale | undefined;
}

/**
 * One calendar year's outlay, money as two-decimal strings (a difference may be negative,
 * `"-12.00"`).
 */
export interface YearCost {
  /** Σ monthly basic pension, top-ups included, over the months the pension is paid in the year. */
  readonly basic: string;
  /** Σ account pension paid in the year (`account.drawsByYear`: account + fund). */
  readonly accountPension: string;
  /** Of which paid by the pooled fund after the account was empty (`drawsByYear[y].fund`). */
  readonly fundTopUp: string;
  /** Σ contribution subsidies of the payments dated in the year. */
  readonly subsidy: string;
  /** The same by paying level (`payments[].subsidyByLevel`); unsplit subsidies under `"unsplit"`. */
  readonly subsidyByLevel: Readonly<Record<string, string>>;
  /** Σ proxy payments (代缴) of the payments dated in the year. */
  readonly proxy: string;
}

/** The result of costing a file of cases (the JSON of `resident-pension cost --json`). */
export interface CostReport {
  readonly region: RegionId;
  readonly from: number;
  readonly to: number;
  readonly cases: {
    /** Cases of the region costed (under both policies when there is an override). */
    readonly costed: number;
    /** Cases of the region that failed (bad input, or a parameter unknown in the range). */
    readonly failed: number;
    /** Cases of other regions, skipped without evaluation. */
    readonly otherRegion: number;
  };
  /** Paying levels seen, in first-seen order (the columns of `subsidyByLevel`). */
  readonly levels: readonly string[];
  /** Year (`"2013"`) → outlay under the cases' own policy. */
  readonly base: Readonly<Record<string, YearCost>>;
  /** Year → outlay with the override applied (only with an override). */
  readonly override?: Readonly<Record<string, YearCost>>;
  /** Year → override − base (only with an override). */
  readonly difference?: Readonly<Record<string, YearCost>>;
}
