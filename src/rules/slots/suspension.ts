import { formatMonth, monthOf, type CivilDate, type MonthIndex } from "../../dates";
import type { Refusal } from "../../vocabulary/result-parts";
import { refusal } from "../../i18n/index";
import type { Locale } from "../../i18n/locale";
import { valueOn } from "../../policy/parameter";
import type { RegionPolicy } from "../../policy/schema";
import { hasStatus, hasStatusInMonth, type Person } from "../person";
import type { Trace } from "../trace";

/**
 * Slot `features.suspension` (QN-PRISON, QN-MISSING, SUSPEND): whether the text suspends payments
 * and the pension for imprisonment and disappearance.
 *
 * - `true` — Qiannan QN-PRISON / QN-MISSING, 第三十三条, 第三十四条.
 * - `false` — Beibei, Cixi, Jiangmen, Ningxia (SUSPEND: no suspension rule in their sources).
 *
 * The rule id of an imprisonment refusal and of the suspended months is the slot's own `rule`.
 *
 * @module
 */
export type Suspension = `${RegionPolicy["features"]["suspension"]["value"]}`;

/** A payment's refusal while the payer is imprisoned, or null. */
export type SuspensionPaymentRule = (
  feature: RegionPolicy["features"]["suspension"],
  locale: Locale,
  person: Person,
  date: CivilDate,
) => Refusal | null;

function refusedWhileImprisoned(
  feature: RegionPolicy["features"]["suspension"],
  locale: Locale,
  person: Person,
  date: CivilDate,
): Refusal | null {
  return hasStatus(person, "imprisoned", date) ? refusal(locale, feature.rule, "while-imprisoned", { date }) : null;
}

function paidWhileImprisoned(): null {
  return null;
}

export const suspensionPaymentRules: { readonly [V in Suspension]: SuspensionPaymentRule } = {
  true: refusedWhileImprisoned,
  false: paidWhileImprisoned,
};

/** The pension schedule being built: its last month and its suspended and back-paid months. */
export interface ScheduleDraft {
  readonly policy: RegionPolicy;
  readonly person: Person;
  readonly first: MonthIndex;
  /** The last month looked at: the pension's last month, or asOf's month. */
  readonly end: MonthIndex;
  readonly trace: Trace;
  last: MonthIndex | null;
  readonly suspended: Set<MonthIndex>;
  readonly backPay: Map<MonthIndex, number>;
  readonly backPaid: Map<MonthIndex, MonthIndex>;
}

/** Suspend the schedule's months by the region's rule (mutates the draft). */
export type SuspensionScheduleRule = (s: ScheduleDraft) => void;

/** QN-MISSING: months from the parameter's month of being missing, back-paid on reappearance. */
function suspendWhileMissing(s: ScheduleDraft): void {
  const { policy, trace } = s;
  const ev = s.person.events;
  const missingParam = policy.parameters.missingSuspension;
  if (ev.missing === undefined || !missingParam) return;
  const rule = valueOn(missingParam, ev.missing);
  const from = monthOf(ev.missing) + rule.value.fromMonth - 1; // the disappearance month is month 1
  const reappeared = ev.reappeared !== undefined && ev.reappeared >= ev.missing ? monthOf(ev.reappeared) : null;
  const until = reappeared !== null ? reappeared - 1 : s.end;
  let count = 0;
  for (let m = Math.max(from, s.first); m <= until && m <= s.end; m++) {
    if (!s.suspended.has(m)) {
      count += 1;
      if (reappeared !== null) s.backPaid.set(m, reappeared);
    }
    s.suspended.add(m);
  }
  if (reappeared !== null && count > 0) s.backPay.set(reappeared, count);
  // Declared dead: the suspended months are not paid; the pension's last month is the one before.
  if (ev["declared-dead"] !== undefined && from <= monthOf(ev["declared-dead"])) {
    // …never later than a recorded death (or emigration) that already ended it.
    const last = Math.min(s.last ?? Infinity, Math.max(from - 1, s.first - 1));
    s.last = last;
    for (const m of [...s.suspended]) if (m > last) s.suspended.delete(m);
  }
  trace.add(
    missingParam.id,
    rule.citation,
    { missing: ev.missing, reappeared: ev.reappeared ?? null, declaredDead: ev["declared-dead"] ?? null },
    count > 0 ? trace.say("schedule.months-suspended", { count }) : trace.say("schedule.not-suspended", {}),
  );
}

/** QN-PRISON (第三十三条) and QN-MISSING (第三十四条). */
function suspendWhileImprisonedOrMissing(s: ScheduleDraft): void {
  const { person, trace } = s;
  const prison: MonthIndex[] = [];
  if (person.statuses.some((x) => x.kind === "imprisoned"))
    for (let m = s.first; m <= s.end; m++) if (hasStatusInMonth(person, "imprisoned", m)) prison.push(m);
  for (const m of prison) s.suspended.add(m);
  suspendWhileMissing(s);
  if (prison.length) {
    const suspension = s.policy.features.suspension;
    trace.add(
      suspension.rule,
      suspension.citation,
      { months: prison.map(formatMonth).join(" ") },
      trace.say("schedule.months-suspended", { count: prison.length }),
      trace.say("schedule.prison-note", {}),
    );
  }
}

/** SUSPEND: the sources have no suspension rule; an imprisonment or disappearance has no effect. */
function neverSuspended(s: ScheduleDraft): void {
  const { person, trace } = s;
  if (person.events.missing !== undefined || person.statuses.some((x) => x.kind === "imprisoned")) {
    trace.add(
      "SUSPEND",
      s.policy.features.suspension.citation,
      {},
      trace.say("schedule.no-effect", {}),
      trace.say("schedule.not-in-sources", {}),
    );
  }
}

export const suspensionScheduleRules: { readonly [V in Suspension]: SuspensionScheduleRule } = {
  true: suspendWhileImprisonedOrMissing,
  false: neverSuspended,
};
