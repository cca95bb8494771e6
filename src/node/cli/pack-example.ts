import {
  PARAMETER_PACK_FORMAT,
  type KnownSegment,
  type ParameterPack,
  type RegionId,
  type RegionPolicy,
} from "../../index";

/**
 * A parameter pack that re-states the region's latest known basic pension exactly as the config
 * gives it (period, value, citation): a copy-paste example for region pages and `regions` that
 * validates and changes no figure. Never a new value: a user replaces the period, value and
 * citation with those of their own notice.
 */
export function examplePack(policy: RegionPolicy): ParameterPack {
  const basic = policy.parameters.basic;
  const known = basic.segments.filter((s): s is KnownSegment<string> => !("unknown" in s && s.unknown === true));
  const last = known[known.length - 1]!;
  return {
    format: PARAMETER_PACK_FORMAT,
    region: policy.id as RegionId, // packs are for the built-in regions
    title: `Example: re-states ${basic.id} ${last.from} – ${last.until ?? "open"} as the catalogue gives it (changes nothing)`,
    values: {
      [basic.id]: [
        {
          from: last.from,
          ...(last.until === undefined ? {} : { until: last.until }),
          value: last.value,
          citation: last.citation,
        },
      ],
    },
  };
}
