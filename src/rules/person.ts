import type { CivilDate, MonthIndex } from "../dates";
import { firstDayOf, lastDayOf } from "../dates";
import type { EventKind, StatusKind } from "../kinds";

export interface StatusPeriod {
  readonly kind: StatusKind;
  readonly from: CivilDate;
  readonly until?: CivilDate | undefined;
}

/** The validated facts about a person that the rules read. */
export interface Person {
  readonly birthDate: CivilDate;
  readonly sex: "male" | "female" | undefined;
  readonly statuses: readonly StatusPeriod[];
  readonly childrenEnrolled: boolean;
  readonly legacyGrade: number | undefined;
  /** Events on or before asOf, by kind (at most one of each). */
  readonly events: Readonly<Partial<Record<EventKind, CivilDate>>>;
}

// The status checks run for every payment year of every case: loops, not callbacks made per call.
// (A callback made per call is a new function each time, and V8 was seen compiling such functions
// again and again all through a batch run, on the helper threads a second worker needs:
// docs/architecture.md, "Code on the evaluation path".)

/** True when `kind` is in force on any day from `first` to `last`. */
function inForce(person: Person, kind: StatusKind, first: CivilDate, last: CivilDate): boolean {
  for (const s of person.statuses)
    if (s.kind === kind && s.from <= last && (s.until === undefined || first <= s.until)) return true;
  return false;
}

/** True when the person has `kind` in force on `date`. */
export function hasStatus(person: Person, kind: StatusKind, date: CivilDate): boolean {
  return inForce(person, kind, date, date);
}

/** True when the person has one of `kinds` in force on `date`. */
export function hasAnyStatus(person: Person, kinds: readonly StatusKind[], date: CivilDate): boolean {
  for (const k of kinds) if (inForce(person, k, date, date)) return true;
  return false;
}

/** True when the person has every one of `kinds` in force on `date` (true for none). */
export function hasEveryStatus(person: Person, kinds: readonly StatusKind[], date: CivilDate): boolean {
  for (const k of kinds) if (!inForce(person, k, date, date)) return false;
  return true;
}

/** True when `kind` is in force on any day of month `m`. */
export function hasStatusInMonth(person: Person, kind: StatusKind, m: MonthIndex): boolean {
  return inForce(person, kind, firstDayOf(m), lastDayOf(m));
}
