import type { Refusal } from "../../vocabulary/result-parts";
import { refusal } from "../../i18n/index";
import type { Locale } from "../../i18n/locale";
import type { RegionPolicy } from "../../policy/schema";

/**
 * Slot `features.familyBinding`: whether the old cohort's basic pension needs the children enrolled.
 *
 * - `true` — Beibei BB-FAMILY, 六(一)2: "已年满60周岁及其以上的人员,不用缴费,但其符合条件的子女应当参保缴费"; 八(一).
 * - `false` — Qiannan (第二十一条), Jiangmen, Ningxia, Cixi: no family binding in their sources.
 *
 * @module
 */
export type FamilyBinding = `${RegionPolicy["features"]["familyBinding"]["value"]}`;

/** The refusal of an old-cohort member's pension whose children are not enrolled, or null. */
export type FamilyBindingRule = (
  feature: RegionPolicy["features"]["familyBinding"],
  locale: Locale,
  childrenEnrolled: boolean,
) => Refusal | null;

function childrenMustBeEnrolled(
  feature: RegionPolicy["features"]["familyBinding"],
  locale: Locale,
  childrenEnrolled: boolean,
): Refusal | null {
  return childrenEnrolled
    ? null
    : refusal(locale, feature.rule, "children-not-enrolled", { citation: feature.citation });
}

function noFamilyBinding(): null {
  return null;
}

export const familyBindingRules: { readonly [V in FamilyBinding]: FamilyBindingRule } = {
  true: childrenMustBeEnrolled,
  false: noFamilyBinding,
};
