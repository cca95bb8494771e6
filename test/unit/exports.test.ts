/**
 * The public surface (docs/integrators.md "Entry points"): the runtime exports of every entry
 * point, exactly. An export added or removed is an API change: update docs/integrators.md and
 * CHANGELOG.md with it. And no Decimal in the declarations: money crosses the API as strings.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as main from "../../src/index";
import * as core from "../../src/core";
import * as testing from "../../src/testing";
import * as arbitraries from "../../src/testing/arbitraries";
import * as qiannan from "../../src/regions/qiannan";

const sorted = (m: object): string[] => Object.keys(m).sort();

describe("runtime exports of each entry point", () => {
  it("resident-pension", () => {
    expect(sorted(main)).toEqual(
      [
        ...[
          "evaluateCase",
          "evaluateCaseWith",
          "benefitSchedule",
          "benefitScheduleWith",
          "parseCase",
          "checkConservation",
          "evaluateMany",
        ],
        ...["caseSchema", "caseResultSchema", "limits"],
        ...["PensionInputError", "isPensionInputError", "errorCodes", "RECEIVED_MAX_LENGTH"],
        ...[
          "regions",
          "getRegion",
          "ningxia",
          "qiannan",
          "jiangmen",
          "cixi",
          "beibei",
          "withOverrides",
          "valueOn",
          "segmentOn",
          "regionPolicySchema",
          "rules",
        ],
        // Bring your own region (docs/adding-a-region.md).
        ...["definePolicy", "nationalParameters"],
        ...["regionIds", "statusKinds", "eventKinds", "componentKinds"],
        // answers.md §1–§5: needs, partial results, parameter packs, titles and sources.
        ...[
          "needs",
          "needsWith",
          "packTemplate",
          "partialCaseResultSchema",
          "titlesZh",
          "unreadableInput",
          "sources",
          "citedSources",
          "citationsOf",
        ],
        // answers.md §6: Chinese first.
        ...["locales", "localeFromEnv", "localized", "refusalCodes"],
        ...[
          "withParameterPack",
          "parseParameterPack",
          "policiesWithPacks",
          "parameterPackSchema",
          "PARAMETER_PACK_FORMAT",
        ],
      ].sort(),
    );
  });

  it("resident-pension/core", () => {
    expect(sorted(core)).toEqual([
      "PARAMETER_PACK_FORMAT",
      "PensionInputError",
      "benefitScheduleWith",
      "caseSchema",
      "checkConservation",
      "evaluateCaseWith",
      "isPensionInputError",
      "limits",
      "parseCase",
      "withOverrides",
      "withParameterPack",
    ]);
  });

  it("resident-pension/testing and resident-pension/testing/arbitraries", () => {
    expect(sorted(testing)).toEqual(["CaseMismatchError", "expectCase", "findMismatch", "matchCase"]);
    expect(sorted(arbitraries)).toEqual([
      "FIXTURE_CITATION",
      "fixtureOverrides",
      "malformedBases",
      "malformedCase",
      "validCase",
    ]);
  });

  it("resident-pension/regions/<id>: the region's policy alone", () => {
    expect(sorted(qiannan)).toEqual(["qiannan"]);
  });
});

describe("declarations (dist/, built by test/global-setup.ts)", () => {
  const dist = join(import.meta.dirname, "..", "..", "dist");
  const declarations = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => /\.d\.c?ts$/.test(f));

  it("no declaration file names decimal.js or a Decimal type", () => {
    expect(declarations.length).toBeGreaterThan(10);
    const naming = declarations.filter((f) => /\bDecimal\b|decimal\.js/.test(readFileSync(join(dist, f), "utf8")));
    expect(naming).toEqual([]);
  });
});
