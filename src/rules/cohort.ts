import { text } from "../i18n/index";
import { PensionInputError } from "../errors";
import { ageOn, yearOf, birthday, type CivilDate } from "../dates";
import { nationalCohort } from "../policy/national";
import type { RegionPolicy } from "../policy/schema";
import { makeUpCohortRules } from "./slots/makeUp";
import type { CohortKind } from "../kinds";
import type { Trace } from "./trace";

/**
 * COHORT (rules.md): transitional eligibility by the person's age on the scheme start.
 * - `old`: 60+ on the start — basic pension without payments (cohort 1);
 * - `transition`: 45–59 — contribution years ≥ min(calendar years from the start's year to the
 *   60th birthday's year, 15); back-payments and make-up count, capped at 15 (cohort 2);
 * - `regular`: under 45 — ≥ 15 contribution years (cohort 3).
 */
export type { CohortKind } from "../kinds";

export interface Cohort {
  readonly kind: CohortKind;
  /** Contribution years the person needs (0 for `old`). */
  readonly requiredYears: number;
  /** Cap on the total for back-payments and make-up (15 for `old` and `transition`). */
  readonly cap: number | null;
  /** The scheme start used, or null when the cohort was clear without it. */
  readonly schemeStart: CivilDate | null;
}

const {
  oldAge: OLD_AGE,
  transitionAge: TRANSITION_AGE,
  fullYears: FULL_YEARS,
  earliestStart: EARLIEST_NATIONAL_START,
  latestStart: LATEST_NATIONAL_START,
  citation: COHORT_CITATION,
} = nationalCohort;

export function determineCohort(
  policy: RegionPolicy,
  birthDate: CivilDate,
  schemeStartOverride: CivilDate | undefined,
  trace: Trace,
): Cohort {
  const fact = policy.facts.schemeStart;
  const start = schemeStartOverride ?? fact.value;
  let kind: CohortKind;
  if (start !== null) {
    const age = ageOn(birthDate, start);
    kind = age >= OLD_AGE ? "old" : age >= TRANSITION_AGE ? "transition" : "regular";
  } else if (ageOn(birthDate, EARLIEST_NATIONAL_START) >= OLD_AGE) {
    kind = "old";
  } else if (ageOn(birthDate, LATEST_NATIONAL_START) < TRANSITION_AGE) {
    kind = "regular";
  } else {
    throw new PensionInputError(
      "parameter-unknown",
      ["options", "schemeStart"],
      text("cohort.scheme-start", {
        rule: fact.rule,
        name: policy.name,
        nameZh: policy.nameZh,
        birthDate,
        earliest: EARLIEST_NATIONAL_START,
        latest: LATEST_NATIONAL_START,
      }),
      { parameter: fact.rule, date: birthDate },
    );
  }
  const sixtiethYear = yearOf(birthday(birthDate, OLD_AGE));
  const requiredYears =
    kind === "old" ? 0 : kind === "transition" ? Math.min(sixtiethYear - yearOf(start!) + 1, FULL_YEARS) : FULL_YEARS;
  const cap = kind === "regular" ? null : FULL_YEARS;
  trace.add(
    "COHORT",
    `${COHORT_CITATION}; ${fact.rule}: ${fact.citation}`,
    { birthDate, schemeStart: start, schemeStartSource: schemeStartOverride ? "options.schemeStart" : fact.rule },
    trace.say("cohort.required", { cohort: kind, years: requiredYears }),
    start === null ? trace.say("cohort.start-unknown", {}) : fact.note,
  );
  return { kind, requiredYears, cap, schemeStart: start };
}

/**
 * MAKE-UP: whether the region's text lets this cohort make up missing years in one payment
 * (QN cohorts (1) and (2); elsewhere the transition cohort (2), Beibei only at 60).
 */
export function mayMakeUp(policy: RegionPolicy, cohort: Cohort): boolean {
  return makeUpCohortRules[policy.features.makeUp.value](cohort.kind);
}
