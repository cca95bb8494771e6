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

/** True when the person has `kind` in force on `date`. */
export function hasStatus(person: Person, kind: StatusKind, date: CivilDate): boolean {
  return person.statuses.some((s) => s.kind === kind && s.from <= date && (s.until === undefined || date <= s.until));
}

/** True when `kind` is in force on any day of month `m`. */
export function hasStatusInMonth(person: Person, kind: StatusKind, m: MonthIndex): boolean {
  const first = firstDayOf(m);
  const last = lastDayOf(m);
  return person.statuses.some((s) => s.kind === kind && s.from <= last && (s.until === undefined || first <= s.until));
}
