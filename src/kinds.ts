/** A civil date `YYYY-MM-DD`, no time zone (conventions.md "Dates and months", src/dates.ts). */
export type CivilDate = string;

/** Dated facts about a person (case-format.md "Status kinds"). */
export const statusKinds = Object.freeze([
  "severe-disability", // 重度残疾 (grade 1–2)
  "dibao", // 低保 minimum living allowance
  "tekun", // 特困 extreme poverty support
  "poverty-relapse-risk", // 易返贫致贫
  "mental-disability", // 精神、智力残疾 grade 3–4
  "one-child-parent", // 独生子女父母
  "village-cadre", // 村干部
  "student", // 在校学生
  "employee-pension", // covered by the employees' or civil-service pension
  "other-pension", // drawing another basic pension
  "imprisoned", // 服刑
] as const);
export type StatusKind = (typeof statusKinds)[number];

/** Life events (case-format.md "Event kinds"). */
export const eventKinds = Object.freeze([
  "death",
  "emigration", // 出国(境)定居
  "missing", // 失踪
  "declared-dead", // 宣告死亡
  "reappeared",
  "transfer-out", // 户籍迁出 to another region
] as const);
export type EventKind = (typeof eventKinds)[number];

export { regionIds, type RegionId } from "./region-ids";

/**
 * The id of a region an integrator defines in its own code (`definePolicy`, docs/adding-a-region.md
 * "Bring your own region"): lowercase words joined by hyphens, at least one (`gz-duyun`), so it
 * never equals a built-in id (one word, `qiannan`).
 */
export type OwnRegionId = `${string}-${string}`;

/** The shape of an {@link OwnRegionId}. */
export const OWN_REGION_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;

/** Account components (ACC-COMPONENTS), in the tie-break order of conventions.md. */
export const componentKinds = Object.freeze(["personal", "collective", "subsidy", "proxy", "other"] as const);
export type ComponentKind = (typeof componentKinds)[number];

/** The transitional cohort by age on the scheme start (COHORT): 60+ (old), within 15 years of pension age (transition), younger (regular). */
export type CohortKind = "old" | "transition" | "regular";
