/**
 * The calculator page's logic without the DOM (docs/calculator/model.ts): the questions are read
 * from each region's policy, the missing values of a `parameter-unknown` error (today's single
 * parameter, and the whole `details.missing` list of answers.md §1 once the library gives it), and
 * the options a typed value becomes.
 */
import { describe, expect, it } from "vitest";
import {
  beibei,
  cixi,
  evaluateCase,
  isPensionInputError,
  jiangmen,
  ningxia,
  PensionInputError,
  qiannan,
} from "../../src/index";
import {
  caseFromForm,
  missingValues,
  optionsFor,
  questionsOf,
  withOptions,
  isAtLeast,
  type FormValues,
} from "../../docs/calculator/model";

describe("questionsOf: what each region asks, from its policy", () => {
  it("Qiannan: its 12 tiers of 2011, the statuses of its proxy groups and of its reserved 100 tier (from 2021)", () => {
    const q = questionsOf(qiannan, "2011-09-01");
    expect(q.tiers).toEqual(["100", "200", "300", "400", "500", "600", "700", "800", "900", "1000", "1200", "1600"]);
    // severe-disability and dibao (QN-PROXY); the 2021 table reserves 100 for four statuses (QN-PAY-TIERS).
    expect([...q.statuses].sort()).toEqual(["dibao", "poverty-relapse-risk", "severe-disability", "tekun"]);
    expect(q).toMatchObject({ legacyGrades: [], lumpSumStandards: [], familyBinding: false });
  });
  it("Ningxia: the tiers in force in the first year paid (100 before 2021, 200 from 2021), proxy and special-subsidy statuses", () => {
    expect(questionsOf(ningxia, "2019-06-15").tiers[0]).toBe("100");
    expect(questionsOf(ningxia, "2021-06-15").tiers[0]).toBe("200");
    expect([...questionsOf(ningxia, "2021-06-15").statuses].sort()).toEqual([
      "dibao",
      "mental-disability",
      "one-child-parent",
      "poverty-relapse-risk",
      "severe-disability",
      "tekun",
      "village-cadre",
    ]);
  });
  it("Jiangmen: tiers unknown before 2023 → the first known table (2023)", () => {
    expect(questionsOf(jiangmen, "2015-05-10").tiers).toEqual(questionsOf(jiangmen, "2024-05-10").tiers);
    expect(questionsOf(jiangmen, "2024-05-10").tiers[0]).toBe("180");
  });
  it("Cixi: seven old-system grades; Beibei: lump-sum standards, family binding, its status top-up", () => {
    expect(questionsOf(cixi, "2012-01-01").legacyGrades).toEqual(["120", "170", "220", "270", "320", "370", "420"]);
    const b = questionsOf(beibei, "2012-01-01");
    expect(b.lumpSumStandards).toEqual(["40", "60", "90"]);
    expect(b.familyBinding).toBe(true);
    // BB-SUB's severe disability, BB-BEN-ONECHILD, and the hardship groups' 100 tier of BB-CQ-2022.
    expect([...b.statuses].sort()).toEqual([
      "dibao",
      "one-child-parent",
      "poverty-relapse-risk",
      "severe-disability",
      "tekun",
    ]);
  });
});

const form: FormValues = {
  region: "qiannan",
  asOf: "2026-12-06",
  birthDate: "1953-11-10",
  sex: "male",
  tier: "500",
  payDay: "09-01",
  firstYear: "2011",
  years: "3",
  statuses: [],
  legacyGrade: "",
  lumpSum: null,
  childrenEnrolled: null,
  parameters: {},
  schemeStart: "",
};

function errorOf(c: unknown): PensionInputError {
  try {
    evaluateCase(c);
  } catch (e) {
    if (isPensionInputError(e)) return e;
  }
  throw new Error("expected a PensionInputError");
}

describe("missingValues and optionsFor", () => {
  it("today's Qiannan pension: QN-BEN-BASIC from 2023-07-01 (open), last known 128 from 2023-01-01; the typed 150 computes 150 + 11.87", () => {
    const c = caseFromForm(form);
    const [m, ...rest] = missingValues(qiannan, errorOf(c));
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      parameter: "QN-BEN-BASIC",
      key: "basic",
      from: "2023-07-01",
      until: "2026-12-06",
      kind: "money",
      lastKnown: { from: "2023-01-01", value: "128" },
    });
    const add = optionsFor([m!], "150", "用户输入：本地公布标准");
    expect(add).toMatchObject({
      parameters: { "QN-BEN-BASIC": [{ from: "2023-07-01", value: "150", citation: "用户输入：本地公布标准" }] },
    });
    // 150 + 1648.45 / 139 = 150 + 11.87
    expect(evaluateCase(withOptions(c, add)).pension.monthly?.total).toBe("161.87");
  });

  it("a missing scheme start is a date for options.schemeStart (not a parameter)", () => {
    const c = caseFromForm({
      ...form,
      region: "ningxia",
      birthDate: "1962-05-01",
      sex: "female",
      firstYear: "2019",
      years: "4",
      payDay: "06-15",
      asOf: "2023-06-30",
    });
    const [m] = missingValues(ningxia, errorOf(c));
    expect(m).toMatchObject({ parameter: "NX-SCHEME-START", key: "schemeStart", kind: "date" });
    expect(optionsFor([m!], "2011-01-01", "x")).toEqual({ schemeStart: "2011-01-01" });
    expect(() => evaluateCase(withOptions(c, { schemeStart: "2011-01-01" }))).not.toThrow();
  });

  it("reads every entry of details.missing (answers.md §1) when the error lists them, skipping known ones", () => {
    const e = new PensionInputError("parameter-unknown", ["options", "parameters", "QN-BEN-BASIC"], "…", {
      parameter: "QN-BEN-BASIC",
      date: "2020-07-01",
      missing: [
        {
          parameter: "QN-BEN-BASIC",
          titleZh: "基础养老金",
          from: "2020-07-01",
          until: "2021-12-31",
          status: "unknown",
        },
        { parameter: "QN-BEN-BASIC", titleZh: "基础养老金", from: "2022-01-01", until: "2022-06-30", status: "known" },
        {
          parameter: "QN-BEN-BASIC",
          titleZh: "基础养老金",
          from: "2022-07-01",
          until: "2022-12-31",
          status: "unknown",
        },
      ],
    } as unknown as Record<string, string>);
    const ms = missingValues(qiannan, e);
    expect(ms.map((m) => [m.from, m.until, m.titleZh, m.lastKnown?.value])).toEqual([
      ["2020-07-01", "2021-12-31", "基础养老金", "93"],
      ["2022-07-01", "2022-12-31", "基础养老金", "113"],
    ]);
    expect(optionsFor(ms, "…", "c")).toEqual({
      parameters: {
        "QN-BEN-BASIC": [
          { from: "2020-07-01", until: "2021-12-31", value: "…", citation: "c" },
          { from: "2022-07-01", until: "2022-12-31", value: "…", citation: "c" },
        ],
      },
    });
  });

  it("withOptions keeps the case's own parameters and options", () => {
    const c = { region: "qiannan", options: { interestMethod: "monthly", parameters: { "QN-BEN-COUNTY": [] } } };
    expect(withOptions(c, { parameters: { "QN-BEN-BASIC": [] } })).toEqual({
      region: "qiannan",
      options: { interestMethod: "monthly", parameters: { "QN-BEN-COUNTY": [], "QN-BEN-BASIC": [] } },
    });
  });

  it("isAtLeast reads the estimate marker only", () => {
    expect(isAtLeast({ total: "1.00", estimate: "at-least" })).toBe(true);
    expect(isAtLeast({ total: "1.00" })).toBe(false);
    expect(isAtLeast({ estimate: "at-most" })).toBe(false);
    expect(isAtLeast(null)).toBe(false);
  });
});
