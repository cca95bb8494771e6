import * as fc from "fast-check";
import type { PensionErrorCode } from "../index";
import { FIXTURE_CITATION } from "./fixtures";

/**
 * `malformedCase()`: inputs that are not a valid case. Each is a valid base case with one fault
 * put in (wrong type, missing field, impossible date, bad money, array over its limit, a
 * `__proto__` or other unknown key, a string where a number goes, an unknown region, status,
 * event or parameter, a semantic fault such as `until` before `from`), or a value that is not a
 * case at all. `expected` is the error the fault must produce where the case format pins it down
 * (code, and path when the fault has one place), else null: the law then only asserts a
 * PensionInputError with a code of `errorCodes` and an array path.
 */
export interface Malformed {
  readonly input: unknown;
  readonly fault: string;
  readonly expected: { readonly code: PensionErrorCode; readonly path?: readonly (string | number)[] } | null;
}

type Json = Record<string, unknown>;

/** Valid cases with every optional field present, one per region (checked by a test). */
export const malformedBases: readonly Json[] = [
  {
    region: "qiannan",
    asOf: "2016-12-31",
    person: {
      birthDate: "1955-09-10",
      sex: "male",
      statuses: [{ kind: "severe-disability", from: "2012-01-01", until: "2014-12-31" }],
      childrenEnrolled: true,
      events: [{ kind: "death", date: "2030-02-11" }],
    },
    payments: [
      { year: 2012, date: "2012-04-20", amount: "500", collective: "50", sponsor: "20" },
      { year: 2013, date: "2013-05-01", amount: 300 },
      { year: 2014, date: "2014-06-02", amount: "200", kind: "make-up", years: 2 },
    ],
    lumpSum: { date: "2012-10-01", monthlyStandard: "60" },
    options: {
      interestRates: { "2012": "0.03", "2013": 0.03 },
      interestMethod: "monthly",
      pensionsPaidThrough: "2016-10",
      schemeStart: "2011-07-01",
      parameters: {
        "QN-BEN-COUNTY": [{ from: "2012-01-01", value: { kind: "flat", amount: "5" }, citation: FIXTURE_CITATION }],
      },
    },
    expect: { contributionYears: 3 },
    description: "a valid base for malformed inputs",
  },
  {
    region: "beibei",
    asOf: "2013-06-30",
    person: {
      birthDate: "1945-03-01",
      sex: "female",
      statuses: [{ kind: "one-child-parent", from: "2009-09-01", until: "2030-01-01" }],
      childrenEnrolled: true,
      legacyGrade: 2,
      events: [{ kind: "transfer-out", date: "2013-01-05" }],
    },
    payments: [
      { year: 2009, date: "2009-10-01", amount: "100", collective: 10, sponsor: "5.5" },
      { year: 2010, date: "2011-02-01", amount: 200 },
    ],
    lumpSum: { date: "2010-01-15", monthlyStandard: 60 },
    options: {
      interestRates: { "2010": "0.0225" },
      interestMethod: "next-year",
      pensionsPaidThrough: "2013-05",
      schemeStart: "2009-09-01",
      parameters: {},
    },
    description: "Beibei old cohort with a lump sum",
  },
  {
    region: "jiangmen",
    asOf: "2023-12-31",
    person: {
      birthDate: "1963-05-05",
      sex: "male",
      statuses: [{ kind: "dibao", from: "2023-01-01", until: "2023-12-31" }],
      events: [{ kind: "emigration", date: "2040-01-01" }],
    },
    payments: [
      { year: 2023, date: "2023-03-01", amount: "0", collective: "4800" },
      { year: 2023, date: "2023-04-01", amount: "1200", kind: "make-up", years: 5 },
    ],
    lumpSum: { date: "2023-01-15", monthlyStandard: "40" },
    options: {
      schemeStart: "2012-01-01",
      interestRates: { "2023": "0.015" },
      interestMethod: "monthly",
      pensionsPaidThrough: "2023-11",
      parameters: {},
    },
  },
  {
    region: "ningxia",
    asOf: "2023-06-30",
    person: {
      birthDate: "1980-01-01",
      statuses: [{ kind: "tekun", from: "2019-01-01", until: "2020-12-31" }],
      events: [{ kind: "missing", date: "2022-01-01" }],
    },
    payments: [
      { year: 2019, date: "2019-03-01", amount: "0", sponsor: 10 },
      { year: 2021, date: "2021-05-05", amount: 300 },
    ],
    lumpSum: { date: "2020-01-15", monthlyStandard: "40" },
    options: {
      pensionsPaidThrough: "2023-05",
      interestRates: { "2020": 0.02 },
      interestMethod: "monthly",
      schemeStart: "2011-01-01",
      parameters: {},
    },
  },
  {
    region: "cixi",
    asOf: "2013-12-31",
    person: {
      birthDate: "1950-06-01",
      sex: "female",
      legacyGrade: 3,
      statuses: [{ kind: "dibao", from: "2010-01-01", until: "2011-12-31" }],
      events: [{ kind: "death", date: "2013-08-01" }],
    },
    payments: [
      { year: 2010, date: "2010-03-01", amount: "300" },
      { year: 2011, date: "2011-03-01", amount: "500", collective: "20" },
    ],
    lumpSum: { date: "2012-01-15", monthlyStandard: "40" },
    options: {
      pensionsPaidThrough: "2013-10",
      interestRates: { "2011": "0.03" },
      interestMethod: "next-year",
      schemeStart: "2010-01-01",
      parameters: {},
    },
  },
];

function clone<T>(x: T): T {
  return structuredClone(x);
}

/** Set `obj[key]` as an own, enumerable property even for `__proto__`. */
function setOwn(obj: Json, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
}

/** Navigate to the container holding `path`'s last key (creating nothing). */
function parentOf(root: unknown, path: readonly (string | number)[]): Json | unknown[] | undefined {
  let cur: unknown = root;
  for (const k of path.slice(0, -1)) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur !== null && typeof cur === "object" ? (cur as Json) : undefined;
}

function put(base: Json, path: readonly (string | number)[], value: unknown): Json {
  const c = clone(base);
  const parent = parentOf(c, path) as Record<string | number, unknown> | undefined;
  if (!parent) throw new Error(`no parent for ${path.join(".")}`);
  const key = path[path.length - 1]!;
  if (typeof key === "string") setOwn(parent as Json, key, value);
  else parent[key] = value;
  return c;
}

function remove(base: Json, path: readonly (string | number)[]): Json {
  const c = clone(base);
  const parent = parentOf(c, path) as Record<string | number, unknown> | undefined;
  if (!parent) throw new Error(`no parent for ${path.join(".")}`);
  delete parent[path[path.length - 1]!];
  return c;
}

const BAD_DATES: readonly unknown[] = [
  "2023-02-30",
  "2023-02-29",
  "2023-13-01",
  "2023-00-10",
  "2023-04-31",
  "2023-1-1",
  "23-01-01",
  "1899-12-31",
  "2201-01-01",
  "",
  "2023-01-01T00:00:00Z",
  "2023/01/01",
  "01-02-2023",
  " 2023-01-01",
  "2023-01-01 ",
  "２０２３-01-01",
  "2023-W01-1",
];
const BAD_DATE_VALUES: readonly unknown[] = [20230101, null, true, {}, [], ["2023-01-01"]];
const BAD_MONEY_STRINGS: readonly string[] = [
  "1.234",
  "-5",
  "-0.01",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e3",
  "1E2",
  "",
  "abc",
  "12,000",
  "0x10",
  "100.",
  ".5",
  "+5",
  "１００",
  "1 000",
  "5-",
  "0.001",
  "00x",
];
const BAD_MONEY_NUMBERS: readonly number[] = [
  1.234,
  -5,
  -0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  JSON.parse("1e400") as number,
  0.1 + 0.2,
  1e-7,
];
const BAD_MONEY_VALUES: readonly unknown[] = [null, true, {}, [], ["100"]];
const BAD_MONTHS: readonly unknown[] = [
  "2023-13",
  "2023-00",
  "2023-1",
  "2023-01-01",
  "23-01",
  "",
  202301,
  "1899-12",
  "2201-01",
];
const NOT_OBJECTS: readonly unknown[] = [
  null,
  undefined,
  0,
  1,
  "case",
  true,
  [],
  [1, 2],
  () => 1,
  Symbol("x"),
  10n,
  new Date(0),
  new Map(),
];

interface Site {
  readonly path: readonly (string | number)[];
}
const DATE_SITES: readonly Site[] = [
  { path: ["asOf"] },
  { path: ["person", "birthDate"] },
  { path: ["payments", 0, "date"] },
  { path: ["person", "statuses", 0, "from"] },
  { path: ["person", "statuses", 0, "until"] },
  { path: ["person", "events", 0, "date"] },
  { path: ["lumpSum", "date"] },
  { path: ["options", "schemeStart"] },
];
const MONEY_SITES: readonly Site[] = [
  { path: ["payments", 0, "amount"] },
  { path: ["payments", 1, "amount"] },
  { path: ["payments", 0, "collective"] },
  { path: ["payments", 0, "sponsor"] },
  { path: ["lumpSum", "monthlyStandard"] },
];

/** Faults at a path of the (first) base. */
type Fault = (base: Json) => Malformed;

const faults: fc.Arbitrary<Fault> = fc.oneof(
  // Impossible or malformed dates.
  fc
    .record({ site: fc.constantFrom(...DATE_SITES), value: fc.constantFrom(...BAD_DATES) })
    .map(({ site, value }) => (b: Json): Malformed => ({
      input: put(b, site.path, value),
      fault: `date ${JSON.stringify(value)} at ${site.path.join(".")}`,
      expected: { code: "invalid-date", path: site.path },
    })),
  fc
    .record({ site: fc.constantFrom(...DATE_SITES), value: fc.constantFrom(...BAD_DATE_VALUES) })
    .map(({ site, value }) => (b: Json): Malformed => ({
      input: put(b, site.path, value),
      fault: `non-string date ${String(JSON.stringify(value))} at ${site.path.join(".")}`,
      expected: null,
    })),
  // Bad money.
  fc
    .record({
      site: fc.constantFrom(...MONEY_SITES),
      value: fc.constantFrom<unknown>(...BAD_MONEY_STRINGS, ...BAD_MONEY_NUMBERS),
    })
    .map(({ site, value }) => (b: Json): Malformed => ({
      input: put(b, site.path, value),
      fault: `money ${String(value)} at ${site.path.join(".")}`,
      expected: { code: "invalid-money", path: site.path },
    })),
  fc
    .record({ site: fc.constantFrom(...MONEY_SITES), value: fc.constantFrom(...BAD_MONEY_VALUES) })
    .map(({ site, value }) => (b: Json): Malformed => ({
      input: put(b, site.path, value),
      fault: `money of type ${JSON.stringify(value)} at ${site.path.join(".")}`,
      expected: null,
    })),
  // Bad months.
  fc.constantFrom(...BAD_MONTHS).map((value) => (b: Json): Malformed => ({
    input: put(b, ["options", "pensionsPaidThrough"], value),
    fault: `month ${JSON.stringify(value)}`,
    expected: null,
  })),
  // Missing required fields.
  fc
    .constantFrom<readonly (string | number)[]>(
      ["region"],
      ["asOf"],
      ["person"],
      ["person", "birthDate"],
      ["payments", 0, "year"],
      ["payments", 0, "date"],
      ["payments", 0, "amount"],
      ["person", "statuses", 0, "kind"],
      ["person", "statuses", 0, "from"],
      ["person", "events", 0, "kind"],
      ["person", "events", 0, "date"],
      ["lumpSum", "date"],
      ["lumpSum", "monthlyStandard"],
    )
    .map((path) => (b: Json): Malformed => ({
      input: remove(b, path),
      fault: `missing ${path.join(".")}`,
      expected: null,
    })),
  // Wrong types, strings in numbers.
  fc
    .constantFrom<[readonly (string | number)[], unknown]>(
      [["region"], 5],
      [["asOf"], 20230101],
      [["person"], "x"],
      [["person"], []],
      [["person"], null],
      [["payments"], {}],
      [["payments"], "x"],
      [["payments", 0], null],
      [["payments", 0], []],
      [["payments", 0, "year"], "2012"],
      [["payments", 0, "year"], 2012.5],
      [["payments", 0, "year"], 1899],
      [["payments", 0, "year"], 2201],
      [["payments", 0, "year"], Number.NaN],
      [["payments", 0, "year"], null],
      [["payments", 0, "kind"], "bonus"],
      [["payments", 0, "years"], 0],
      [["payments", 0, "years"], 16],
      [["payments", 0, "years"], "3"],
      [["payments", 0, "years"], 1.5],
      [["person", "statuses"], {}],
      [["person", "statuses", 0], "dibao"],
      [["person", "events"], { kind: "death" }],
      [["person", "childrenEnrolled"], "yes"],
      [["person", "childrenEnrolled"], 1],
      [["person", "legacyGrade"], "3"],
      [["person", "legacyGrade"], 2.5],
      [["person", "legacyGrade"], 0],
      [["person", "legacyGrade"], 8],
      [["person", "sex"], "other"],
      [["person", "sex"], "M"],
      [["options"], []],
      [["options"], "x"],
      [["options", "interestMethod"], "daily"],
      [["options", "interestRates"], []],
      [["options", "interestRates"], { "2012": "-0.01" }],
      [["options", "interestRates"], { "12": "0.03" }],
      [["options", "interestRates"], { "2012": "abc" }],
      [["options", "interestRates"], { "2012": -1 }],
      [["options", "interestRates"], { "2012": "Infinity" }],
      [["options", "interestRates"], { "2012": Number.POSITIVE_INFINITY }],
      [["options", "interestRates"], { "2012": "3%" }],
      [["options", "interestRates"], { "2012": null }],
      [["options", "interestRates"], { year2012: "0.03" }],
      [["options", "parameters"], []],
      [["options", "parameters"], { "QN-BEN-BASIC": [] }],
      [["options", "parameters"], { "QN-BEN-BASIC": {} }],
      [["options", "parameters"], { "QN-BEN-BASIC": [{ from: "2024-01-01", value: "150" }] }],
      [["options", "parameters"], { "QN-BEN-BASIC": [{ from: "2024-01-01", value: "150", citation: "  " }] }],
      [["options", "parameters"], { "QN-BEN-BASIC": [{ from: "2024-02-30", value: "150", citation: "x" }] }],
      [["options", "parameters"], { "QN-BEN-BASIC": [{ from: "2024-01-01", citation: "x" }] }],
      [["description"], 5],
      [["lumpSum"], "60"],
      [["lumpSum"], []],
    )
    .map(([path, value]) => (b: Json): Malformed => ({
      input: put(b, path, value),
      fault: `${path.join(".")} = ${String(JSON.stringify(value))}`,
      expected: null,
    })),
  // Unknown region, status, event.
  fc
    .constantFrom("guizhou", "Qiannan", "QIANNAN", "", " qiannan", "toString", "__proto__", "constructor")
    .map((value) => (b: Json): Malformed => ({
      input: put(b, ["region"], value),
      fault: `region ${JSON.stringify(value)}`,
      expected: { code: "unknown-region", path: ["region"] },
    })),
  fc.constantFrom("disabled", "Dibao", "", "poor", "__proto__", "toString").map((value) => (b: Json): Malformed => ({
    input: put(b, ["person", "statuses", 0, "kind"], value),
    fault: `status ${JSON.stringify(value)}`,
    expected: { code: "unknown-status", path: ["person", "statuses", 0, "kind"] },
  })),
  fc.constantFrom("divorce", "Death", "", "dead", "__proto__", "constructor").map((value) => (b: Json): Malformed => ({
    input: put(b, ["person", "events", 0, "kind"], value),
    fault: `event ${JSON.stringify(value)}`,
    expected: { code: "unknown-event", path: ["person", "events", 0, "kind"] },
  })),
  // Unknown parameter id in the overrides (the region has no such parameter).
  fc
    .constantFrom(
      "NO-SUCH-PARAM",
      "XX-BEN-BASIC",
      "__proto__",
      "constructor",
      "toString",
      "hasOwnProperty",
      "basic",
      "",
    )
    .map((id) => (b: Json): Malformed => {
      const c = clone(b);
      const options = (c["options"] ?? {}) as Json;
      const parameters: Json = {};
      setOwn(parameters, id, [{ from: "2012-01-01", value: "1", citation: FIXTURE_CITATION }]);
      options["parameters"] = parameters;
      c["options"] = options;
      return {
        input: c,
        fault: `override of unknown parameter ${JSON.stringify(id)}`,
        expected: { code: "unknown-parameter", path: ["options", "parameters", id] },
      };
    }),
  // Unknown keys, `__proto__` included, anywhere a strict object is.
  fc
    .record({
      where: fc.constantFrom<readonly (string | number)[]>(
        [],
        ["person"],
        ["payments", 0],
        ["person", "statuses", 0],
        ["person", "events", 0],
        ["lumpSum"],
        ["options"],
      ),
      key: fc.constantFrom("__proto__", "constructor", "extra", "toString", "prototype", "Region"),
      value: fc.constantFrom<unknown>({ polluted: true }, 1, "x", null, []),
    })
    .map(({ where, key, value }) => (b: Json): Malformed => ({
      input: put(b, [...where, key], value),
      fault: `unknown key ${key} at ${where.join(".") || "(root)"}`,
      expected: null,
    })),
  fc
    .record({
      key: fc.constantFrom("__proto__", "constructor", "toString", "year"),
      value: fc.constantFrom<unknown>("0.03", 0.03, { a: 1 }),
    })
    .map(({ key, value }) => (b: Json): Malformed => {
      const c = clone(b);
      const options = (c["options"] ?? {}) as Json;
      const rates: Json = {};
      setOwn(rates, key, value);
      options["interestRates"] = rates;
      c["options"] = options;
      return { input: c, fault: `interestRates key ${key}`, expected: { code: "invalid-input" } };
    }),
  // Arrays beyond the documented limits.
  fc.integer({ min: 201, max: 260 }).map((n) => (b: Json): Malformed => {
    const c = clone(b);
    const p = (c["payments"] as Json[])[0]!;
    c["payments"] = Array.from({ length: n }, () => clone(p));
    return { input: c, fault: `${n} payments`, expected: { code: "limit-exceeded", path: ["payments"] } };
  }),
  fc.integer({ min: 51, max: 80 }).map((n) => (b: Json): Malformed => {
    const c = clone(b);
    (c["person"] as Json)["statuses"] = Array.from({ length: n }, () => ({ kind: "dibao", from: "2012-01-01" }));
    return { input: c, fault: `${n} statuses`, expected: { code: "limit-exceeded", path: ["person", "statuses"] } };
  }),
  fc.integer({ min: 7, max: 12 }).map((n) => (b: Json): Malformed => {
    const c = clone(b);
    (c["person"] as Json)["events"] = Array.from({ length: n }, (_, i) => ({
      kind: ["death", "emigration", "missing", "declared-dead", "reappeared", "transfer-out"][i % 6],
      date: "2020-01-01",
    }));
    return { input: c, fault: `${n} events`, expected: { code: "limit-exceeded", path: ["person", "events"] } };
  }),
  // Semantic faults the schema alone does not see.
  fc.constant((b: Json): Malformed => {
    const c = clone(b);
    (c["person"] as Json)["statuses"] = [{ kind: "dibao", from: "2015-01-01", until: "2014-12-31" }];
    return {
      input: c,
      fault: "status until before from",
      expected: { code: "invalid-date", path: ["person", "statuses", 0, "until"] },
    } as Malformed;
  }),
  fc.constantFrom("death", "emigration", "transfer-out", "missing").map((kind) => (b: Json): Malformed => {
    const c = clone(b);
    (c["person"] as Json)["events"] = [
      { kind, date: "2012-01-01" },
      { kind, date: "2013-01-01" },
    ];
    return {
      input: c,
      fault: `two ${kind} events`,
      expected: { code: "invalid-input", path: ["person", "events", 1, "kind"] },
    };
  }),
  fc.constant((b: Json): Malformed => {
    const c = clone(b);
    (c["payments"] as Json[]).push({ year: 2013, date: "2013-06-01", amount: "300", kind: "make-up" });
    return {
      input: c,
      fault: "make-up without years",
      expected: { code: "invalid-input", path: ["payments", (c["payments"] as Json[]).length - 1, "years"] },
    } as Malformed;
  }),
  fc.constant((b: Json): Malformed => {
    const c = clone(b);
    const person = c["person"] as Json;
    person["birthDate"] = "2099-01-01";
    return {
      input: c,
      fault: "birthDate after asOf",
      expected: { code: "invalid-date", path: ["person", "birthDate"] },
    } as Malformed;
  }),
);

const CIXI_NO_SEX: Malformed = (() => {
  const c = clone(malformedBases[4]!);
  delete (c["person"] as Json)["sex"];
  return {
    input: c,
    fault: "Cixi legacyGrade without sex",
    expected: { code: "invalid-input", path: ["person", "sex"] },
  };
})();

/**
 * A malformed input, with what it must produce.
 *
 * @example
 * fc.assert(fc.property(malformedCase(), (m) => { try { evaluateCase(m.input); return false; } catch (e) { return isPensionInputError(e); } }));
 */
export function malformedCase(): fc.Arbitrary<Malformed> {
  return fc.oneof(
    { weight: 20, arbitrary: fc.tuple(fc.constantFrom(...malformedBases), faults).map(([b, f]) => f(b)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...NOT_OBJECTS).map((input) => ({
        input,
        fault: `not a case: ${typeof input}`,
        // a non-object is the wrong type at the root; an object such as a Date merely lacks the fields
        expected:
          input === null || typeof input !== "object" || Array.isArray(input)
            ? { code: "invalid-input" as const, path: [] }
            : null,
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .anything()
        .filter((x) => x === null || typeof x !== "object" || Array.isArray(x) || !("region" in x))
        .map((input) => ({ input, fault: "anything", expected: null })),
    },
    { weight: 1, arbitrary: fc.constant(CIXI_NO_SEX) },
  );
}
