import { monthOf, type CivilDate, type MonthIndex } from "../dates";
import type { RegionPolicy } from "../policy/schema";
import type { Person } from "./person";
import { suspensionScheduleRules, type ScheduleDraft } from "./slots/suspension";
import type { Trace } from "./trace";

/**
 * Which months a pension is paid (DEATH-STOP, QN-PRISON, QN-MISSING, SUSPEND): from the first
 * pension month to the last (the month of death or emigration; for a person declared dead, the
 * last month before the suspension), less suspended months; back pay in the reappearance month.
 */
export interface PensionSchedule {
  readonly first: MonthIndex;
  /** Last month the pension is due, or null while it runs. */
  readonly last: MonthIndex | null;
  readonly suspended: ReadonlySet<MonthIndex>;
  /** Month → how many suspended months are back-paid in it (reappearance). */
  readonly backPay: ReadonlyMap<MonthIndex, number>;
  /** Suspended months paid later (on reappearance), with the month they were paid in. */
  readonly backPaid: ReadonlyMap<MonthIndex, MonthIndex>;
}

export function pensionSchedule(
  policy: RegionPolicy,
  person: Person,
  first: MonthIndex,
  asOf: CivilDate,
  trace: Trace,
): PensionSchedule {
  const ev = person.events;
  let last: MonthIndex | null = null;
  // The earlier of a death and a declaration of death ends the pension.
  const dates = [ev.death, ev["declared-dead"]].filter((d): d is CivilDate => d !== undefined).sort();
  const death = dates[0];
  if (death !== undefined) last = monthOf(death);
  if (ev.emigration !== undefined && (last === null || monthOf(ev.emigration) < last)) last = monthOf(ev.emigration);

  const asOfMonth = monthOf(asOf);
  const draft: ScheduleDraft = {
    policy,
    person,
    first,
    end: last === null ? asOfMonth : Math.min(last, asOfMonth),
    trace,
    last,
    suspended: new Set<MonthIndex>(),
    backPay: new Map<MonthIndex, number>(),
    backPaid: new Map<MonthIndex, MonthIndex>(),
  };
  suspensionScheduleRules[`${policy.features.suspension.value}`](draft);
  return { first, last: draft.last, suspended: draft.suspended, backPay: draft.backPay, backPaid: draft.backPaid };
}

/** True when the pension is paid for month `m` under `s`. */
export function isPaidMonth(s: PensionSchedule, m: MonthIndex): boolean {
  return m >= s.first && (s.last === null || m <= s.last) && !s.suspended.has(m);
}
