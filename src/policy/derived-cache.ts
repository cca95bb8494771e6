import type { RegionPolicy } from "./schema";

/**
 * A cache of policies derived from a frozen policy (with overrides, with a pack), keyed by the
 * validated input as JSON text: a batch run that applies the same what-if or pack to every case
 * builds the derived policy once. At most `limit` entries per base policy, the oldest dropped first.
 *
 * @internal
 */
export function derivedPolicyCache(
  limit = 32,
): (base: RegionPolicy, key: string, build: () => RegionPolicy) => RegionPolicy {
  const cache = new WeakMap<RegionPolicy, Map<string, RegionPolicy>>();
  return (base, key, build) => {
    let perPolicy = cache.get(base);
    const cached = perPolicy?.get(key);
    if (cached) return cached;
    const result = build();
    if (!perPolicy) cache.set(base, (perPolicy = new Map()));
    if (perPolicy.size >= limit) perPolicy.delete(perPolicy.keys().next().value!);
    perPolicy.set(key, result);
    return result;
  };
}
