import { ageOn, type CivilDate } from "../dates";
import { valueOn } from "../policy/parameter";
import type { RegionPolicy } from "../policy/schema";
import type { Refusal } from "../case/result";
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
): { eligible: boolean; refusals: Refusal[] } {
  const f = policy.features.enrollment;
  const seg = valueOn(policy.parameters.enrolAge, asOf);
  const refusals: Refusal[] = [];
  const age = ageOn(person.birthDate, asOf);
  if (age < seg.value)
    refusals.push({
      rule: f.rule,
      message: `${age} years old on ${asOf}; enrolment from ${seg.value} (年满${seg.value}周岁)`,
    });
  if (hasStatus(person, "student", asOf)) refusals.push({ rule: f.rule, message: "a student (不含在校学生)" });
  if (hasStatus(person, "employee-pension", asOf))
    refusals.push({ rule: f.rule, message: "covered by the employees' pension (不属于职工基本养老保险制度覆盖范围)" });
  trace.add(
    f.rule,
    seg.citation.startsWith(f.citation) ? seg.citation : `${f.citation}; ${seg.citation}`,
    { age, minimumAge: seg.value },
    refusals.length ? "may not enrol" : "may enrol",
  );
  return { eligible: refusals.length === 0, refusals };
}
