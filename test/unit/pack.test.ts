import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { Decimal } from "../../src/money";
import {
  evaluateCase,
  evaluateCaseWith,
  getRegion,
  parseParameterPack,
  PensionInputError,
  policiesWithPacks,
  valueOn,
  withOverrides,
  withParameterPack,
  type ParameterPack,
} from "../../src";
import { inputError } from "../helpers";

const ningxia = getRegion("ningxia");
const FORMAT = "resident-pension/parameter-pack@1";
/** Test figures, not policy: NX-BEN-BASIC is unknown from 2023-07-01 (rules.md). */
const CITE = "test figure, not a source";

function pack(values: Record<string, unknown[]>, extra: Record<string, unknown> = {}): ParameterPack {
  return { format: FORMAT, region: "ningxia", title: "T", values, ...extra } as ParameterPack;
}
const basic = (value: unknown, from = "2023-07-01", until?: string): Record<string, unknown> => ({
  from,
  ...(until ? { until } : {}),
  value,
  citation: CITE,
});

/** Born 1940: old cohort whatever the scheme start (69 on 2009-09-01); 84 in 2024, so NX-BEN-AGE +8. */
const oldPerson = { region: "ningxia", asOf: "2024-06-30", person: { birthDate: "1940-01-01" }, payments: [] };

describe("withParameterPack", () => {
  it("supplies NX-BEN-BASIC for the unknown period from 2023-07-01; the original policy is untouched", () => {
    const before = structuredClone(ningxia);
    const p = withParameterPack(ningxia, pack({ "NX-BEN-BASIC": [basic("190")] }));
    const seg = valueOn(p.parameters.basic, "2024-06-01");
    expect(seg.value).toBe("190");
    expect(seg.citation).toBe(`supplied (parameter pack "T"): ${CITE}`);
    expect(valueOn(p.parameters.basic, "2023-06-30").value).toBe("180"); // the catalogue's own, kept
    expect(inputError(() => valueOn(ningxia.parameters.basic, "2024-06-01")).code).toBe("parameter-unknown");
    expect(ningxia).toStrictEqual(before);
    expect(Object.isFrozen(p.parameters.basic.segments)).toBe(true);
  });

  it("a pack without a title is marked `supplied (parameter pack)`", () => {
    const { title: _t, ...untitled } = pack({ "NX-BEN-BASIC": [basic("190")] });
    expect(valueOn(withParameterPack(ningxia, untitled).parameters.basic, "2024-06-01").citation).toBe(
      `supplied (parameter pack): ${CITE}`,
    );
  });

  it("the evaluation uses the supplied value and cites it in the trace, marked as supplied", () => {
    const r = evaluateCaseWith(withParameterPack(ningxia, pack({ "NX-BEN-BASIC": [basic("190")] })), oldPerson);
    // 190 supplied + NX-BEN-AGE 8 (80 and over) = 198
    expect(r.pension.monthly).toMatchObject({
      total: "198.00",
      lines: [
        { rule: "NX-BEN-BASIC", amount: "190.00" },
        { rule: "NX-BEN-AGE", amount: "8.00" },
      ],
    });
    const step = r.trace.find((s) => s.rule === "NX-BEN-BASIC");
    expect(step?.citation).toBe(`supplied (parameter pack "T"): ${CITE}`);
  });

  it("money as a JSON number gives the same policy as the decimal string", () => {
    expect(withParameterPack(ningxia, pack({ "NX-BEN-BASIC": [basic(190.5)] }))).toStrictEqual(
      withParameterPack(ningxia, pack({ "NX-BEN-BASIC": [basic("190.5")] })),
    );
    const tiers = withParameterPack(
      ningxia,
      pack({ "NX-PAY-TIERS": [{ from: "2024-01-01", value: [100, "200", 300.5], citation: CITE }] }),
    );
    expect(valueOn(tiers.parameters.tiers, "2024-01-01").value).toEqual(["100", "200", "300.5"]);
    // Non-money values keep their shapes: a rate is a decimal string, an age a whole number.
    const rate = withParameterPack(
      ningxia,
      pack({ "NAT-RATE-PBOC": [{ from: "2024-01-01", value: "0.0125", citation: CITE }] }),
    );
    expect(valueOn(rate.parameters.rate, "2024-01-01").value).toBe("0.0125");
  });

  test.prop([fc.integer({ min: 0, max: 99_999_999 })], { numRuns: 200 })(
    "any whole number of fen written as a JSON number is stored as its exact decimal",
    (fen) => {
      const p = withParameterPack(ningxia, pack({ "NX-BEN-BASIC": [basic(fen / 100)] }));
      expect(valueOn(p.parameters.basic, "2024-01-01").value).toBe(new Decimal(fen).div(100).toString());
    },
  );

  it("a later pack wins where two overlap; the case's own options.parameters win over both", () => {
    const a = pack({ "NX-BEN-BASIC": [basic("190")] }, { title: "A" });
    const b = pack({ "NX-BEN-BASIC": [basic("200", "2024-01-01")] }, { title: "B" });
    const ab = policiesWithPacks([{ pack: a }, { pack: b }]);
    expect(evaluateCaseWith(ab, oldPerson).pension.monthly?.lines[0]).toEqual({
      rule: "NX-BEN-BASIC",
      amount: "200.00",
    });
    expect(evaluateCaseWith(ab, { ...oldPerson, asOf: "2023-12-31" }).pension.monthly?.lines[0]).toEqual({
      rule: "NX-BEN-BASIC",
      amount: "190.00",
    });
    const ba = policiesWithPacks([{ pack: b }, { pack: a }]);
    expect(evaluateCaseWith(ba, oldPerson).pension.monthly?.lines[0]).toEqual({
      rule: "NX-BEN-BASIC",
      amount: "190.00",
    });
    const own = {
      ...oldPerson,
      options: {
        parameters: {
          "NX-BEN-BASIC": [{ from: "2024-06-01", until: "2024-06-30", value: 210, citation: "the case's own" }],
        },
      },
    };
    const r = evaluateCaseWith(ab, own);
    expect(r.pension.monthly?.lines[0]).toEqual({ rule: "NX-BEN-BASIC", amount: "210.00" });
    expect(r.trace.find((s) => s.rule === "NX-BEN-BASIC")?.citation).toBe(
      "supplied (options.parameters): the case's own",
    );
  });

  it("facts: the pack's scheme start counts as options.schemeStart; the case's own option wins", () => {
    // Born 1962-06-01: 48 on 2011-01-01, the transition cohort; 60 in 2022, so min(2011..2022 = 12, 15) = 12 years.
    // Without a start: 47 on 2009-09-01 and 51 on 2014-02-21, so the cohort depends on it (COHORT).
    const person = { region: "ningxia", asOf: "2021-12-31", person: { birthDate: "1962-06-01" }, payments: [] };
    expect(inputError(() => evaluateCase(person)).toJSON()).toMatchObject({
      code: "parameter-unknown",
      details: { parameter: "NX-SCHEME-START" },
    });
    const p = withParameterPack(
      ningxia,
      pack({}, { facts: { "NX-SCHEME-START": { value: "2011-01-01", citation: CITE } } }),
    );
    expect(p.facts.schemeStart).toMatchObject({
      value: "2011-01-01",
      rule: "NX-SCHEME-START",
      citation: `supplied (parameter pack "T"): ${CITE}`,
    });
    const cohort = (r: ReturnType<typeof evaluateCase>): string | undefined =>
      r.trace.find((s) => s.rule === "COHORT")?.output;
    expect(cohort(evaluateCaseWith(p, person))).toBe("transition: 12 contribution years required");
    // options.schemeStart 2012-01-01: 2012..2022 = 11 years
    expect(cohort(evaluateCaseWith(p, { ...person, options: { schemeStart: "2012-01-01" } }))).toBe(
      "transition: 11 contribution years required",
    );
    // FIRST-MONTH: a person born 1940 draws from the month of the supplied start (NX has no start month of its own).
    const old = { region: "ningxia", asOf: "2013-06-30", person: { birthDate: "1940-01-01" }, payments: [] };
    expect(evaluateCase(old).pension.firstMonth).toBe("2009-09");
    expect(evaluateCaseWith(p, old).pension.firstMonth).toBe("2011-01");
    expect(evaluateCaseWith(p, { ...old, options: { schemeStart: "2012-03-15" } }).pension.firstMonth).toBe("2012-03");
  });

  it("the example pack of examples/packs loads and fills the gap it is labelled for", () => {
    const text = readFileSync(
      join(import.meta.dirname, "..", "..", "examples", "packs", "ningxia-illustrative.json"),
      "utf8",
    );
    const example = parseParameterPack(text, "ningxia-illustrative.json");
    expect(example.title).toMatch(/ILLUSTRATIVE/);
    expect(example.values["NX-BEN-BASIC"]?.[0]?.citation).toMatch(/^ILLUSTRATIVE, not a source/);
    // 180 (illustrative) + NX-BEN-AGE 8 = 188
    expect(evaluateCaseWith(withParameterPack(ningxia, example), oldPerson).pension.monthly?.total).toBe("188.00");
  });
});

describe("bad packs: typed errors naming the file and a path inside the pack", () => {
  const file = "pack.json";
  const bad = (p: unknown): ReturnType<PensionInputError["toJSON"]> =>
    inputError(() => withParameterPack(ningxia, p as ParameterPack, { file })).toJSON();

  it.each([
    ["not an object", [], "invalid-pack", []],
    ["wrong format", { ...pack({}), format: "resident-pension/parameter-pack@2" }, "invalid-pack", ["format"]],
    ["no format", { region: "ningxia", values: {} }, "invalid-pack", ["format"]],
    ["another region", pack({}, { region: "qiannan" }), "invalid-pack", ["region"]],
    ["an unknown region", pack({}, { region: "atlantis" }), "invalid-pack", ["region"]],
    ["a field the format does not have", pack({}, { valus: {} }), "invalid-pack", ["valus"]],
    ["no values", { format: FORMAT, region: "ningxia" }, "invalid-pack", ["values"]],
    ["values not an object", pack([] as never), "invalid-pack", ["values"]],
    ["a parameter with no segment", pack({ "NX-BEN-BASIC": [] }), "invalid-pack", ["values", "NX-BEN-BASIC"]],
    [
      "a segment without a citation",
      pack({ "NX-BEN-BASIC": [{ from: "2023-07-01", value: "190" }] }),
      "invalid-pack",
      ["values", "NX-BEN-BASIC", 0, "citation"],
    ],
    [
      "a blank citation",
      pack({ "NX-BEN-BASIC": [{ from: "2023-07-01", value: "190", citation: " " }] }),
      "invalid-pack",
      ["values", "NX-BEN-BASIC", 0, "citation"],
    ],
    [
      "a fact without a citation",
      pack({}, { facts: { "NX-SCHEME-START": { value: "2011-01-01" } } }),
      "invalid-pack",
      ["facts", "NX-SCHEME-START", "citation"],
    ],
    [
      "two segments of one parameter that overlap",
      pack({ "NX-BEN-BASIC": [basic("190", "2024-01-01"), basic("185", "2023-07-01", "2024-01-01")] }),
      "invalid-pack",
      ["values", "NX-BEN-BASIC", 1, "from"],
    ],
    [
      "an open segment before another",
      pack({ "NX-BEN-BASIC": [basic("185"), basic("190", "2025-01-01")] }),
      "invalid-pack",
      ["values", "NX-BEN-BASIC", 1, "from"],
    ],
    [
      "a __proto__ key",
      JSON.parse(`{"format":"${FORMAT}","region":"ningxia","values":{"__proto__":[]}}`),
      "invalid-pack",
      ["values", "__proto__"],
    ],
    [
      "a date that is not a calendar date",
      pack({ "NX-BEN-BASIC": [basic("190", "2023-02-30")] }),
      "invalid-date",
      ["values", "NX-BEN-BASIC", 0, "from"],
    ],
    [
      "until before from",
      pack({ "NX-BEN-BASIC": [basic("190", "2024-01-01", "2023-12-31")] }),
      "invalid-date",
      ["values", "NX-BEN-BASIC", 0, "until"],
    ],
    [
      "a fact's date",
      pack({}, { facts: { "NX-SCHEME-START": { value: "2011-13-01", citation: CITE } } }),
      "invalid-date",
      ["facts", "NX-SCHEME-START", "value"],
    ],
    [
      "money with three decimals",
      pack({ "NX-BEN-BASIC": [basic("190.125")] }),
      "invalid-money",
      ["values", "NX-BEN-BASIC", 0, "value"],
    ],
    [
      "a number with three decimals",
      pack({ "NX-BEN-BASIC": [basic(190.125)] }),
      "invalid-money",
      ["values", "NX-BEN-BASIC", 0, "value"],
    ],
    [
      "a number that is not the decimal it prints as",
      pack({ "NX-BEN-BASIC": [basic(0.1 + 0.2)] }),
      "invalid-money",
      ["values", "NX-BEN-BASIC", 0, "value"],
    ],
    [
      "a negative number",
      pack({ "NX-BEN-BASIC": [basic(-190)] }),
      "invalid-money",
      ["values", "NX-BEN-BASIC", 0, "value"],
    ],
    [
      "a non-finite number",
      pack({ "NX-BEN-BASIC": [basic(Number.POSITIVE_INFINITY)] }),
      "invalid-money",
      ["values", "NX-BEN-BASIC", 0, "value"],
    ],
    [
      "money inside a top-up",
      pack({ "NX-BEN-LOCAL": [{ from: "2024-01-01", value: { kind: "flat", amount: 12.345 }, citation: CITE }] }),
      "invalid-money",
      ["values", "NX-BEN-LOCAL", 0, "value", "amount"],
    ],
    [
      "a value of the wrong shape",
      pack({ "NX-PAY-TIERS": [{ from: "2024-01-01", value: "100", citation: CITE }] }),
      "invalid-policy",
      ["values", "NX-PAY-TIERS", 0, "value"],
    ],
    [
      "a pension age as a string",
      pack({ "NX-ELIG": [{ from: "2024-01-01", value: { male: "60", female: 60 }, citation: CITE }] }),
      "invalid-policy",
      ["values", "NX-ELIG", 0, "value", "male"],
    ],
    ["an unknown parameter", pack({ "QN-BEN-BASIC": [basic("190")] }), "unknown-parameter", ["values", "QN-BEN-BASIC"]],
    [
      "an unknown fact",
      pack({}, { facts: { "QN-SCHEME-START": { value: "2011-01-01", citation: CITE } } }),
      "unknown-parameter",
      ["facts", "QN-SCHEME-START"],
    ],
  ] as const)("%s", (_name, p, code, path) => {
    const e = bad(p);
    expect({ code: e.code, path: e.path, details: e.details }).toEqual({ code, path, details: { file } });
    expect(e.message.startsWith(`${file}: `)).toBe(true);
  });

  it("text that is not JSON is invalid-pack (parseParameterPack)", () => {
    const e = inputError(() => parseParameterPack('{ "format": ', file));
    expect(e.toJSON()).toMatchObject({ code: "invalid-pack", path: [], details: { file } });
    expect(e.message).toMatch(/^pack\.json: not valid JSON/);
  });

  it("parseParameterPack checks the values against the pack's own region", () => {
    const e = inputError(() => parseParameterPack(JSON.stringify(pack({ "NX-BEN-BASIC": [basic("1.001")] })), file));
    expect(e.toJSON()).toMatchObject({
      code: "invalid-money",
      path: ["values", "NX-BEN-BASIC", 0, "value"],
      details: { file },
    });
    expect(parseParameterPack(pack({ "NX-BEN-BASIC": [basic(190)] })).region).toBe("ningxia");
  });

  it("a pack for another region than the case is invalid-pack when one case is evaluated (oneRegion)", () => {
    const qn = { format: FORMAT, region: "qiannan", values: {} } as ParameterPack;
    const e = inputError(() =>
      evaluateCaseWith(policiesWithPacks([{ pack: qn, file: "qn.json" }], { oneRegion: true }), oldPerson),
    );
    expect(e.toJSON()).toMatchObject({ code: "invalid-pack", path: ["region"], details: { file: "qn.json" } });
    // Without oneRegion (batch, check) each case uses the packs of its own region.
    expect(() =>
      evaluateCaseWith(policiesWithPacks([{ pack: qn }]), { ...oldPerson, asOf: "2013-06-30" }),
    ).not.toThrow();
  });

  it("an override with a bad amount is invalid-money too (overrides accept numbers)", () => {
    expect(
      inputError(() =>
        withOverrides(ningxia, { "NX-BEN-BASIC": [{ from: "2023-07-01", value: 1.001, citation: CITE }] }),
      ).toJSON(),
    ).toMatchObject({
      code: "invalid-money",
      path: ["NX-BEN-BASIC", 0, "value"],
    });
  });
});

describe("a citation as data in a pack (answers.md §5)", () => {
  const cited = {
    doc: "test notice 1号",
    issuer: "test issuer",
    date: "2024-01-05",
    article: "第二条",
    quote: "test words",
    url: "https://example.org/notice",
  };

  it("is kept as one line: issuer, document, date, article, quote, address", () => {
    const p = withParameterPack(ningxia, pack({ "NX-BEN-BASIC": [{ ...basic("200"), citation: cited }] }));
    const seg = valueOn(p.parameters.basic, "2024-06-01");
    expect(seg.citation).toBe(
      'supplied (parameter pack "T"): test issuer test notice 1号 (2024-01-05) 第二条 (test words) <https://example.org/notice>',
    );
    // A supplied value names no document of the sources table: no `checked` is made up for it.
    expect(seg.checked).toBeUndefined();
  });

  it("needs a document and takes no other field", () => {
    const noDoc = inputError(() =>
      withParameterPack(ningxia, pack({ "NX-BEN-BASIC": [{ ...basic("200"), citation: { issuer: "x" } }] })),
    );
    expect(noDoc.code).toBe("invalid-pack");
    expect(noDoc.path).toEqual(["values", "NX-BEN-BASIC", 0, "citation"]);
    const extra = inputError(() =>
      withParameterPack(ningxia, pack({ "NX-BEN-BASIC": [{ ...basic("200"), citation: { doc: "x", page: 3 } }] })),
    );
    expect(extra.code).toBe("invalid-pack");
    expect(extra.path[0]).toBe("values");
  });
});
