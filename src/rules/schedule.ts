import { formatMonth, monthOf, type CivilDate, type MonthIndex } from "../dates";
import { valueOn } from "../policy/parameter";
import type { RegionPolicy } from "../policy/schema";
import { hasStatusInMonth, type Person } from "./person";
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
  const suspension = policy.features.suspension;
  let last: MonthIndex | null = null;
  // The earlier of a death and a declaration of death ends the pension.
  const dates = [ev.death, ev["declared-dead"]].filter((d): d is CivilDate => d !== undefined).sort();
  const death = dates[0];
  if (death !== undefined) last = monthOf(death);
  if (ev.emigration !== undefined && (last === null || monthOf(ev.emigration) < last)) last = monthOf(ev.emigration);

  const suspended = new Set<MonthIndex>();
  const backPay = new Map<MonthIndex, number>();
  const backPaid = new Map<MonthIndex, MonthIndex>();
  const prison: MonthIndex[] = [];
  const asOfMonth = monthOf(asOf);
  const end = last === null ? asOfMonth : Math.min(last, asOfMonth);
  if (suspension.value) {
    if (person.statuses.some((s) => s.kind === "imprisoned"))
      for (let m = first; m <= end; m++) if (hasStatusInMonth(person, "imprisoned", m)) prison.push(m);
    for (const m of prison) suspended.add(m);
    const missingParam = policy.parameters.missingSuspension;
    if (ev.missing !== undefined && missingParam) {
      const rule = valueOn(missingParam, ev.missing);
      const from = monthOf(ev.missing) + rule.value.fromMonth - 1; // the disappearance month is month 1
      const reappeared = ev.reappeared !== undefined && ev.reappeared >= ev.missing ? monthOf(ev.reappeared) : null;
      const until = reappeared !== null ? reappeared - 1 : end;
      let count = 0;
      for (let m = Math.max(from, first); m <= until && m <= end; m++) {
        if (!suspended.has(m)) {
          count += 1;
          if (reappeared !== null) backPaid.set(m, reappeared);
        }
        suspended.add(m);
      }
      if (reappeared !== null && count > 0) backPay.set(reappeared, count);
      // Declared dead: the suspended months are not paid; the pension's last month is the one before.
      if (ev["declared-dead"] !== undefined && from <= monthOf(ev["declared-dead"])) {
        // …never later than a recorded death (or emigration) that already ended it.
        last = Math.min(last ?? Infinity, Math.max(from - 1, first - 1));
        for (const m of [...suspended]) if (m > last) suspended.delete(m);
      }
      trace.add(
        missingParam.id,
        rule.citation,
        { missing: ev.missing, reappeared: ev.reappeared ?? null, declaredDead: ev["declared-dead"] ?? null },
        count > 0 ? trace.say("schedule.months-suspended", { count }) : trace.say("schedule.not-suspended", {}),
      );
    }
  } else if (ev.missing !== undefined || person.statuses.some((s) => s.kind === "imprisoned")) {
    trace.add(
      "SUSPEND",
      suspension.citation,
      {},
      trace.say("schedule.no-effect", {}),
      trace.say("schedule.not-in-sources", {}),
    );
  }
  if (prison.length) {
    trace.add(
      "QN-PRISON",
      suspension.citation,
      { months: prison.map(formatMonth).join(" ") },
      trace.say("schedule.months-suspended", { count: prison.length }),
      trace.say("schedule.prison-note", {}),
    );
  }
  return { first, last, suspended, backPay, backPaid };
}

/** True when the pension is paid for month `m` under `s`. */
export function isPaidMonth(s: PensionSchedule, m: MonthIndex): boolean {
  return m >= s.first && (s.last === null || m <= s.last) && !s.suspended.has(m);
}
