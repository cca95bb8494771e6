import { extraText } from "../i18n/extra";
import type { Need, NeedsReport } from "./need";

import { PARAMETER_PACK_FORMAT } from "../policy/pack";
import { PensionInputError } from "../errors";
import { regionIds } from "../kinds";
import { snapshot } from "../case/input";

/** The parameter-pack format id (answers.md §4): the one `withParameterPack` reads. */
export const PACK_FORMAT = PARAMETER_PACK_FORMAT;

/** A pack to fill in: every unknown period of a `needs` report with `"value": null`. */
export interface PackTemplate {
  readonly format: typeof PACK_FORMAT;
  readonly region: string;
  readonly title: string;
  readonly source: string;
  readonly facts?: Readonly<Record<string, { readonly value: null; readonly citation: string }>>;
  readonly values: Readonly<
    Record<
      string,
      readonly { readonly from: string; readonly until?: string; readonly value: null; readonly citation: string }[]
    >
  >;
}

/**
 * The parameter pack `needs --pack-template` prints: every unknown period, `"value": null` and an
 * empty citation to fill in. Facts (the scheme start) go under `facts`. Periods are given with
 * their last day as `needs` lists it (the last date the case reaches for an open-ended one).
 *
 * @example
 * packTemplate("qiannan", needs(caseJson)).values["QN-BEN-BASIC"] //=> [{ from: "2023-07-01", until: "2026-12-31", value: null, citation: "" }]
 */
export function packTemplate(region: string, report: NeedsReport): PackTemplate {
  if (!(regionIds as readonly unknown[]).includes(region)) {
    throw new PensionInputError(
      "unknown-region",
      ["region"],
      extraText("region.expected", { known: regionIds.join(", ") }),
    );
  }
  const plain = snapshot(report, ["report"]) as { needs?: unknown } | null;
  if (typeof plain !== "object" || plain === null || !Array.isArray(plain.needs)) {
    throw new PensionInputError("invalid-input", ["report"], extraText("report.invalid", {}));
  }
  report = plain as NeedsReport;
  const facts: Record<string, { value: null; citation: string }> = {};
  const values: Record<string, { from: string; until?: string; value: null; citation: string }[]> = {};
  const isFact = (n: Need): boolean => n.parameter.endsWith("-SCHEME-START");
  for (const n of report.needs) {
    if (n.status !== "unknown") continue;
    if (isFact(n)) facts[n.parameter] = { value: null, citation: "" };
    else (values[n.parameter] ??= []).push({ from: n.from, until: n.until, value: null, citation: "" });
  }
  return {
    format: PACK_FORMAT,
    region,
    title: "",
    source: "",
    ...(Object.keys(facts).length ? { facts } : {}),
    values,
  };
}
