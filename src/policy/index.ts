import { text } from "../i18n/index";
import { PensionInputError } from "../errors";
import { regionIds } from "../kinds";
import { shown } from "../dates";
import { beibei } from "./regions/beibei";
import { cixi } from "./regions/cixi";
import { jiangmen } from "./regions/jiangmen";
import { ningxia } from "./regions/ningxia";
import { qiannan } from "./regions/qiannan";
import type { RegionPolicy } from "./schema";

export { ningxia, qiannan, jiangmen, cixi, beibei };

/** The five region policies, frozen, in rules.md order. */
export const regions: readonly RegionPolicy[] = Object.freeze([ningxia, qiannan, jiangmen, cixi, beibei]);

/**
 * The policy of a region, or `unknown-region`.
 *
 * @example
 * getRegion("qiannan").nameZh //=> "黔南州"
 */
export function getRegion(id: string): RegionPolicy {
  const found = regions.find((r) => r.id === id);
  if (!found) {
    throw new PensionInputError(
      "unknown-region",
      ["region"],
      text("region.unknown", { value: shown(id), known: regionIds.join(", ") }),
    );
  }
  return found;
}
