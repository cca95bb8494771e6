import {
  regions,
  regionPolicySchema,
  segmentOn,
  type Feature,
  type Parameter,
  type ParameterPack,
  type RegionPolicy,
} from "../../../index";
import { examplePack } from "../pack-example";
import { formatValue } from "../format";
import { renderTable } from "../table";

/** A parameter as `regions --json` shows it on one date. */
export interface ParameterOnDate {
  /** Where it sits in the config: `basic`, `topUps[0]`. */
  readonly field: string;
  /** The rules.md id that holds it (and that overrides use). */
  readonly id: string;
  readonly title: string;
  /** `known`: a value is in force; `unknown`: the sources give none for the period; `not in force`: no segment covers the date. */
  readonly status: "known" | "unknown" | "not in force";
  /**
   * The value in force, in exactly the JSON a parameter pack's segment (and `options.parameters`)
   * takes; null when unknown or not in force (`status` says which).
   */
  readonly value: unknown;
  /** The period of the segment covering the date (null when not in force; `until` null when open). */
  readonly from: string | null;
  readonly until: string | null;
  readonly citation: string | null;
  readonly note?: string;
}

export interface FeatureOnDate {
  readonly name: string;
  readonly value: unknown;
  readonly rule: string;
  readonly citation: string;
  readonly note?: string;
}

export interface RegionOnDate {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string;
  readonly source: string;
  readonly facts: readonly FeatureOnDate[];
  readonly features: readonly FeatureOnDate[];
  readonly parameters: readonly ParameterOnDate[];
  /** A parameter pack for the region that re-states its latest known basic pension (docs/packs.md): a copy-paste example. */
  readonly packExample: ParameterPack;
}

// Schema order: complete by construction, stable whatever the key order of a config.
const factKeys = Object.keys(regionPolicySchema.shape.facts.shape);
const featureKeys = Object.keys(regionPolicySchema.shape.features.shape);
const parameterKeys = Object.keys(regionPolicySchema.shape.parameters.shape);

function onDate(p: Parameter<unknown>, field: string, date: string): ParameterOnDate {
  const s = segmentOn(p, date);
  const base = { field, id: p.id, title: p.title };
  if (s === undefined) return { ...base, status: "not in force", value: null, from: null, until: null, citation: null };
  const common = {
    from: s.from,
    until: s.until ?? null,
    citation: s.citation,
    ...(s.note === undefined ? {} : { note: s.note }),
  };
  if ("unknown" in s) return { ...base, status: "unknown", value: null, ...common };
  return { ...base, status: "known", value: s.value, ...common };
}

function features(record: Record<string, Feature<unknown>>, keys: readonly string[]): FeatureOnDate[] {
  return keys.flatMap((name) => {
    const f = record[name];
    if (f === undefined) return [];
    return [
      { name, value: f.value, rule: f.rule, citation: f.citation, ...(f.note === undefined ? {} : { note: f.note }) },
    ];
  });
}

/** A region's facts, features and every parameter in force on `date`. */
export function regionOnDate(policy: RegionPolicy, date: string): RegionOnDate {
  const parameters: ParameterOnDate[] = [];
  const all = policy.parameters as Record<string, Parameter<unknown> | readonly Parameter<unknown>[] | undefined>;
  for (const key of parameterKeys) {
    const p = all[key];
    if (p === undefined) continue;
    if (Array.isArray(p))
      (p as readonly Parameter<unknown>[]).forEach((q, i) => parameters.push(onDate(q, `${key}[${i}]`, date)));
    else parameters.push(onDate(p as Parameter<unknown>, key, date));
  }
  return {
    id: policy.id,
    name: policy.name,
    nameZh: policy.nameZh,
    source: policy.source,
    facts: features(policy.facts as Record<string, Feature<unknown>>, factKeys),
    features: features(policy.features as Record<string, Feature<unknown>>, featureKeys),
    parameters,
    packExample: examplePack(policy),
  };
}

/** `regions --json`: `{ date, regions: [...] }`. */
export function regionsJson(date: string): string {
  return `${JSON.stringify({ date, regions: regions.map((r) => regionOnDate(r, date)) }, null, 2)}\n`;
}

const VALUE_WIDTH = 34;
const CITATION_WIDTH = 50;

/** `regions`: per region, a table of facts and features and a table of parameters on `date`. */
export function regionsText(date: string): string {
  const parts: string[] = [
    `Parameters in force on ${date}, each value in the JSON a parameter pack takes (docs/packs.md). "unknown": the sources give no value (supply one with --params FILE or options.parameters); "not in force": before the first value.`,
  ];
  for (const policy of regions) {
    const r = regionOnDate(policy, date);
    parts.push(
      "",
      `${r.id} — ${r.name} ${r.nameZh}`,
      `source: ${r.source}`,
      "",
      renderTable(
        [
          { heading: "fact / feature" },
          { heading: "value", maxWidth: VALUE_WIDTH },
          { heading: "rule" },
          { heading: "citation", maxWidth: CITATION_WIDTH },
        ],
        [...r.facts, ...r.features].map((f) => ({
          cells: [
            f.name,
            f.value === null ? (f.name === "schemeStart" ? "unknown" : "none") : formatValue(f.value),
            f.rule,
            f.citation,
          ],
        })),
      ),
      renderTable(
        [
          { heading: "parameter" },
          { heading: "value", maxWidth: VALUE_WIDTH },
          { heading: "since" },
          { heading: "citation", maxWidth: CITATION_WIDTH },
        ],
        r.parameters.map((p) => ({
          cells: [p.id, p.status === "known" ? JSON.stringify(p.value) : p.status, p.from ?? "", p.citation ?? ""],
        })),
      ).trimEnd(),
      "",
      "Example pack (save as a file, pass it with --params FILE; it re-states a known value, so it changes nothing):",
      JSON.stringify(r.packExample),
    );
  }
  return `${parts.join("\n")}\n`;
}
