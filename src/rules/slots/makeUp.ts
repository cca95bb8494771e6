import { birthday, type CivilDate } from "../../dates";
import type { Refusal } from "../../vocabulary/result-parts";
import { refusal } from "../../i18n/index";
import type { Locale } from "../../i18n/locale";
import type { RegionPolicy } from "../../policy/schema";
import type { CohortKind } from "../../kinds";

/**
 * Slot `features.makeUp` (MAKE-UP): who may make up missing years in one payment (补足).
 *
 * - `cohorts-1-2` — Qiannan QN-ELIG, 第二十一条 (一)(二): "可以补缴" (the old and the transition cohort).
 * - `cohort-2-at-60` — Beibei BB-ELIG, 八(一): the transition cohort, once it reaches pension age.
 * - `cohort-2` — Jiangmen, Ningxia, Cixi (国发〔2014〕8号 / 国发〔2009〕32号): "距规定领取年龄不足15年的，应逐年缴费，
 *   也允许补缴，累计缴费不超过15年".
 *
 * @module
 */
export type MakeUp = RegionPolicy["features"]["makeUp"]["value"];

/** Whether a cohort may make up years. */
export type MakeUpCohortRule = (cohort: CohortKind) => boolean;

function oldAndTransitionCohorts(cohort: CohortKind): boolean {
  return cohort !== "regular";
}

function transitionCohort(cohort: CohortKind): boolean {
  return cohort === "transition";
}

export const makeUpCohortRules: { readonly [V in MakeUp]: MakeUpCohortRule } = {
  "cohorts-1-2": oldAndTransitionCohorts,
  "cohort-2-at-60": transitionCohort,
  "cohort-2": transitionCohort,
};

/** A make-up payment of an allowed cohort, with the payer's birth date and pension age on its date. */
export interface MakeUpEntry {
  readonly feature: RegionPolicy["features"]["makeUp"];
  readonly locale: Locale;
  readonly date: CivilDate;
  readonly birthDate: CivilDate;
  /** Looked up only by the rule that needs it (a lookup of an unknown period is an error). */
  readonly pensionAge: () => number;
}

/** The refusal of a make-up by its date, or null. */
export type MakeUpDateRule = (e: MakeUpEntry) => Refusal | null;

function madeUpAnyTime(): null {
  return null;
}

function madeUpFromPensionAge(e: MakeUpEntry): Refusal | null {
  const at = birthday(e.birthDate, e.pensionAge());
  return e.date < at ? refusal(e.locale, e.feature.rule, "make-up-before-60", { date: at }) : null;
}

export const makeUpDateRules: { readonly [V in MakeUp]: MakeUpDateRule } = {
  "cohorts-1-2": madeUpAnyTime,
  "cohort-2-at-60": madeUpFromPensionAge,
  "cohort-2": madeUpAnyTime,
};
