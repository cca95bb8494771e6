import { ageOn, type CivilDate } from "../dates";
import { valueOn } from "../policy/parameter";
import type { RegionPolicy } from "../policy/schema";
import type { Refusal } from "../vocabulary/result-parts";
import { refusal } from "../i18n/index";
import type { Locale } from "../i18n/locale";
import { hasStatus, type Person } from "./person";
import type { Trace } from "./trace";

/**
 * Who may enrol on `asOf` (QN-ENR 第六条, JM-ENR 二, BB-ENR 五, national 国发〔2014〕8号 第六条):
 * 16 or older, not a student, not covered by the employees' pension.
 */
export function evaluateEnrollment(
  policy: RegionPolicy,
  person: Person,
  asOf: CivilDate,
  trace: Trace,
  locale: Locale,
): { eligible: boolean; refusals: Refusal[] } {
  const f = policy.features.enrollment;
  const seg = valueOn(policy.parameters.enrolAge, asOf);
  const refusals: Refusal[] = [];
  const age = ageOn(person.birthDate, asOf);
  if (age < seg.value) refusals.push(refusal(locale, f.rule, "under-enrolment-age", { age, asOf, min: seg.value }));
  if (hasStatus(person, "student", asOf)) refusals.push(refusal(locale, f.rule, "student", {}));
  if (hasStatus(person, "employee-pension", asOf))
    refusals.push(refusal(locale, f.rule, "covered-by-employee-pension", {}));
  trace.add(
    f.rule,
    seg.citation.startsWith(f.citation) ? seg.citation : `${f.citation}; ${seg.citation}`,
    { age, minimumAge: seg.value },
    trace.say(refusals.length ? "enrol.may-not" : "enrol.may", {}),
  );
  return { eligible: refusals.length === 0, refusals };
}
