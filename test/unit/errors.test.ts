import { describe, expect, it } from "vitest";
import { evaluateCase } from "../../src/case/evaluate";
import { limits } from "../../src/case/schema";
import {
  describeReceived,
  errorCodes,
  isPensionInputError,
  PensionInputError,
  RECEIVED_MAX_LENGTH,
  type JsonPath,
  type PensionErrorCode,
} from "../../src/errors";
import { inputError } from "../helpers";

/** The smallest valid case: a Qiannan person aged 35 on asOf, no payments. */
const valid = { region: "qiannan", asOf: "2015-12-31", person: { birthDate: "1980-08-08" }, payments: [] } as const;

const payment = { year: 2014, date: "2014-05-01", amount: "100" } as const;

interface ErrorCase {
  readonly name: string;
  readonly input: unknown;
  readonly code: PensionErrorCode;
  readonly path: JsonPath;
}

const errorCases: readonly ErrorCase[] = [
  // invalid-input
  {
    name: "the person is missing",
    input: { region: "qiannan", asOf: "2015-12-31", payments: [] },
    code: "invalid-input",
    path: ["person"],
  },
  // The bad field of an unknown key is the key itself (conventions.md Errors: "the JSON path of the bad field")
  { name: "there is an unknown top-level key", input: { ...valid, foo: 1 }, code: "invalid-input", path: ["foo"] },
  { name: "the case is not an object", input: null, code: "invalid-input", path: [] },
  {
    name: "a payment's year is a string",
    input: { ...valid, payments: [{ ...payment, year: "2014" }] },
    code: "invalid-input",
    path: ["payments", 0, "year"],
  },
  {
    name: "childrenEnrolled is not a boolean",
    input: { ...valid, person: { ...valid.person, childrenEnrolled: "yes" } },
    code: "invalid-input",
    path: ["person", "childrenEnrolled"],
  },
  {
    name: "there is a second death event",
    input: {
      ...valid,
      person: {
        ...valid.person,
        events: [
          { kind: "death", date: "2012-01-01" },
          { kind: "death", date: "2013-01-01" },
        ],
      },
    },
    code: "invalid-input",
    path: ["person", "events", 1, "kind"],
  },
  {
    name: "a Cixi legacyGrade comes without sex (CX-LEGACY pension age depends on it)",
    input: { ...valid, region: "cixi", person: { birthDate: "1940-08-08", legacyGrade: 3 } },
    code: "invalid-input",
    path: ["person", "sex"],
  },
  {
    name: "a make-up payment has no years",
    input: { ...valid, payments: [{ ...payment, kind: "make-up" }] },
    code: "invalid-input",
    path: ["payments", 0, "years"],
  },
  // invalid-date
  { name: "asOf is 30 February", input: { ...valid, asOf: "2023-02-30" }, code: "invalid-date", path: ["asOf"] },
  {
    name: "the birth date is after asOf",
    input: { ...valid, person: { birthDate: "2016-01-01" } },
    code: "invalid-date",
    path: ["person", "birthDate"],
  },
  {
    name: "a status ends before it starts",
    input: {
      ...valid,
      person: { ...valid.person, statuses: [{ kind: "dibao", from: "2013-01-01", until: "2012-01-01" }] },
    },
    code: "invalid-date",
    path: ["person", "statuses", 0, "until"],
  },
  {
    name: "a payment date is 31 April",
    input: { ...valid, payments: [{ ...payment, date: "2014-04-31" }] },
    code: "invalid-date",
    path: ["payments", 0, "date"],
  },
  {
    name: "pensionsPaidThrough is month 13",
    input: { ...valid, options: { pensionsPaidThrough: "2025-13" } },
    code: "invalid-date",
    path: ["options", "pensionsPaidThrough"],
  },
  // invalid-money
  {
    name: "a payment amount has three decimals",
    input: { ...valid, payments: [{ ...payment, amount: "1.234" }] },
    code: "invalid-money",
    path: ["payments", 0, "amount"],
  },
  {
    name: "a collective amount is negative",
    input: { ...valid, payments: [{ ...payment, collective: "-1" }] },
    code: "invalid-money",
    path: ["payments", 0, "collective"],
  },
  {
    name: "a sponsor amount is not numeric",
    input: { ...valid, payments: [{ ...payment, sponsor: "abc" }] },
    code: "invalid-money",
    path: ["payments", 0, "sponsor"],
  },
  {
    name: "a payment amount is null",
    input: { ...valid, payments: [{ ...payment, amount: null }] },
    code: "invalid-money",
    path: ["payments", 0, "amount"],
  },
  {
    name: "a lump sum's monthly standard is in exponent notation",
    input: { ...valid, region: "beibei", lumpSum: { date: "2011-10-01", monthlyStandard: "6e1" } },
    code: "invalid-money",
    path: ["lumpSum", "monthlyStandard"],
  },
  // unknown-region / unknown-status / unknown-event
  { name: "the region is unknown", input: { ...valid, region: "beijing" }, code: "unknown-region", path: ["region"] },
  {
    name: "a status kind is unknown",
    input: { ...valid, person: { ...valid.person, statuses: [{ kind: "wealthy", from: "2013-01-01" }] } },
    code: "unknown-status",
    path: ["person", "statuses", 0, "kind"],
  },
  {
    name: "an event kind is unknown",
    input: { ...valid, person: { ...valid.person, events: [{ kind: "lottery-win", date: "2013-01-01" }] } },
    code: "unknown-event",
    path: ["person", "events", 0, "kind"],
  },
  // unknown-parameter
  {
    name: "options.parameters names a parameter the region does not have",
    input: { ...valid, options: { parameters: { "QN-NOPE": [{ from: "2012-01-01", value: "1", citation: "test" }] } } },
    code: "unknown-parameter",
    path: ["options", "parameters", "QN-NOPE"],
  },
  // invalid-policy: QN-BEN-BASIC values are decimal strings; 12 (a number) fails the policy schema.
  // The bad field is the override's value as the caller wrote it.
  {
    name: "options.parameters gives QN-PAY-TIERS a single amount instead of a list",
    input: {
      ...valid,
      options: { parameters: { "QN-PAY-TIERS": [{ from: "2012-01-01", value: "100", citation: "test" }] } },
    },
    code: "invalid-policy",
    path: ["options", "parameters", "QN-PAY-TIERS", 0, "value"],
  },
  // Money in a supplied value: a string or a number, as case money (answers.md §4)
  {
    name: "options.parameters gives QN-BEN-BASIC a number with three decimals",
    input: {
      ...valid,
      options: { parameters: { "QN-BEN-BASIC": [{ from: "2012-01-01", value: 12.345, citation: "test" }] } },
    },
    code: "invalid-money",
    path: ["options", "parameters", "QN-BEN-BASIC", 0, "value"],
  },
  // parameter-unknown
  {
    // Born 1940: in the "old" cohort whatever the scheme start; 2020 is inside NX-BEN-BASIC's unknown 2019–2022 segment
    name: "a Ningxia case needs the basic pension in 2020",
    input: { region: "ningxia", asOf: "2020-06-30", person: { birthDate: "1940-01-01" }, payments: [] },
    code: "parameter-unknown",
    path: ["options", "parameters", "NX-BEN-BASIC"],
  },
  {
    // Aged 47–51 between the national bounds 2009-09-01 and 2014-02-21: transition cohort either way,
    // but its required years depend on the start; Ningxia's start is unknown (NX-SCHEME-START)
    name: "a Ningxia 50-year-old in 2012 needs the unknown scheme start",
    input: { region: "ningxia", asOf: "2012-12-31", person: { birthDate: "1962-06-01" }, payments: [] },
    code: "parameter-unknown",
    path: ["options", "schemeStart"],
  },
  // limit-exceeded
  {
    name: `there are ${limits.payments + 1} payments`,
    input: { ...valid, payments: Array.from({ length: limits.payments + 1 }, () => payment) },
    code: "limit-exceeded",
    path: ["payments"],
  },
  {
    name: `there are ${limits.statuses + 1} statuses`,
    input: {
      ...valid,
      person: {
        ...valid.person,
        statuses: Array.from({ length: limits.statuses + 1 }, () => ({ kind: "dibao", from: "2013-01-01" })),
      },
    },
    code: "limit-exceeded",
    path: ["person", "statuses"],
  },
];

describe("evaluateCase", () => {
  it("returns a result when given the minimal valid case", () => {
    const r = evaluateCase(valid);
    expect(r.region).toBe("qiannan");
    expect(r.asOf).toBe("2015-12-31");
  });

  it("returns a result when given exactly the payment limit", () => {
    // 200 payments (limits.payments) is allowed; 201 is not
    expect(limits.payments).toBe(200);
    expect(() =>
      evaluateCase({ ...valid, payments: Array.from({ length: limits.payments }, () => payment) }),
    ).not.toThrow();
  });

  it("throws invalid-input when both death events are dated after asOf (duplicates are refused before events are filtered)", () => {
    const e = inputError(() =>
      evaluateCase({
        ...valid,
        person: {
          ...valid.person,
          events: [
            { kind: "death", date: "2030-01-01" },
            { kind: "death", date: "2031-01-01" },
          ],
        },
      }),
    );
    expect(e.code).toBe("invalid-input");
    expect(e.path).toEqual(["person", "events", 1, "kind"]);
  });

  it.each(errorCases.map((c) => [c.code, c.name, c] as const))("throws %s when %s", (_code, _name, c) => {
    const e = inputError(() => evaluateCase(c.input));
    expect({ code: e.code, path: e.path }).toEqual({ code: c.code, path: c.path });
    expect(e.message.length).toBeGreaterThan(0);
  });

  it("covers every error code with at least one case above", () => {
    // invalid-pack is a parameter pack's own error, never a case's: test/unit/pack.test.ts covers it;
    // invalid-partial a cost partial's (cost-merge): test/batch/shards.test.ts.
    const covered = new Set([...errorCases.map((c) => c.code), "invalid-pack", "invalid-partial"]);
    expect([...errorCodes].filter((c) => !covered.has(c))).toEqual([]);
  });

  it("throws parameter-unknown with the parameter, the date and how to supply it", () => {
    const e = inputError(() =>
      evaluateCase({ region: "ningxia", asOf: "2020-06-30", person: { birthDate: "1940-01-01" }, payments: [] }),
    );
    expect(e.code).toBe("parameter-unknown");
    expect(e.details["parameter"]).toBe("NX-BEN-BASIC");
    expect(e.details["date"]).toMatch(/^2020-06-\d\d$/);
    expect(e.message).toContain("NX-BEN-BASIC");
    expect(e.message).toContain("withOverrides");
    expect(e.message).toContain("options.parameters");
  });

  it("throws parameter-unknown for the scheme start naming options.schemeStart", () => {
    const e = inputError(() =>
      evaluateCase({ region: "ningxia", asOf: "2012-12-31", person: { birthDate: "1962-06-01" }, payments: [] }),
    );
    expect(e.details["parameter"]).toBe("NX-SCHEME-START");
    expect(e.message).toContain("options.schemeStart");
  });

  it("returns a result for the Ningxia 50-year-old when options.schemeStart is supplied", () => {
    expect(() =>
      evaluateCase({
        region: "ningxia",
        asOf: "2012-12-31",
        person: { birthDate: "1962-06-01" },
        payments: [],
        options: { schemeStart: "2011-07-01" },
      }),
    ).not.toThrow();
  });
});

describe("PensionInputError", () => {
  const e = inputError(() => evaluateCase({ ...valid, payments: [{ ...payment, amount: "1.234" }] }));

  it("is an instance of PensionInputError and of Error", () => {
    expect(e).toBeInstanceOf(PensionInputError);
    expect(e).toBeInstanceOf(Error);
    expect(isPensionInputError(e)).toBe(true);
  });

  it("returns false from isPensionInputError when given a plain Error", () => {
    expect(isPensionInputError(new Error("x"))).toBe(false);
    expect(isPensionInputError({ code: "invalid-money", path: [] })).toBe(false);
  });

  it("has the name PensionInputError", () => {
    expect(e.name).toBe("PensionInputError");
  });

  it("returns {code, path, message, received, details, issues} from toJSON, the one issue being the top-level fields", () => {
    const issue = { code: "invalid-money", path: ["payments", 0, "amount"], message: e.message, received: '"1.234"' };
    expect(e.toJSON()).toEqual({ ...issue, details: {}, issues: [issue] });
    expect(Object.keys(e.toJSON())).toEqual(["code", "path", "message", "received", "details", "issues"]);
  });

  it("serialises through JSON.stringify with toJSON", () => {
    expect(JSON.parse(JSON.stringify(e))).toEqual(e.toJSON());
  });

  it("returns the given details from toJSON, without received when none is known", () => {
    const p = new PensionInputError("parameter-unknown", ["options", "parameters", "X"], "m", {
      parameter: "X",
      date: "2020-01-01",
    });
    expect(p.toJSON()).toEqual({
      code: "parameter-unknown",
      path: ["options", "parameters", "X"],
      message: "m",
      details: { parameter: "X", date: "2020-01-01" },
      issues: [{ code: "parameter-unknown", path: ["options", "parameters", "X"], message: "m" }],
    });
  });

  it("is recognised by its Symbol.for brand, not its class: instanceof and isPensionInputError agree", () => {
    const foreign = Object.assign(Object.create(Error.prototype) as object, { code: "invalid-input" });
    Object.defineProperty(foreign, Symbol.for("resident-pension.PensionInputError"), { value: true });
    expect(foreign instanceof PensionInputError).toBe(true);
    expect(isPensionInputError(foreign)).toBe(true);
    // Duck typing alone is not enough.
    expect({ name: "PensionInputError", code: "invalid-input", path: [] } instanceof PensionInputError).toBe(false);
    expect(isPensionInputError(null)).toBe(false);
  });
});

describe("PensionInputError.issues: every problem of a case at once", () => {
  it("a case with three bad fields reports three issues, the first as the top-level fields", () => {
    // asOf 30 February, an unknown status kind, an amount with three decimals.
    const bad = {
      ...valid,
      asOf: "2015-02-30",
      person: { ...valid.person, statuses: [{ kind: "veteran", from: "2012-01-01" }] },
      payments: [{ ...payment, amount: "200.005" }],
    };
    const e = inputError(() => evaluateCase(bad));
    expect(e.issues.map((i) => [i.code, i.path, i.received])).toEqual([
      ["invalid-date", ["asOf"], '"2015-02-30"'],
      ["unknown-status", ["person", "statuses", 0, "kind"], '"veteran"'],
      ["invalid-money", ["payments", 0, "amount"], '"200.005"'],
    ]);
    expect([e.code, e.path, e.message, e.received]).toEqual([
      e.issues[0]!.code,
      e.issues[0]!.path,
      e.issues[0]!.message,
      e.issues[0]!.received,
    ]);
    expect(e.issues[2]!.message).toBe(
      '$.payments[0].amount: "200.005" is not an amount in yuan with at most two decimals',
    );
  });

  it("reports every unknown key of an object, each at its own path", () => {
    const e = inputError(() => evaluateCase({ ...valid, person: { ...valid.person, shoe: 42, hat: "red" } }));
    expect(e.issues.map((i) => [i.path, i.received])).toEqual([
      [["person", "shoe"], "42"],
      [["person", "hat"], '"red"'],
    ]);
  });

  it("leaves received out for a missing field", () => {
    const e = inputError(() => evaluateCase({ region: "qiannan", asOf: "2015-12-31" }));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).not.toHaveProperty("received");
    expect(e).not.toHaveProperty("received");
  });

  it("adds the value received to an error the evaluator finds after validation", () => {
    const e = inputError(() => evaluateCase({ ...valid, person: { birthDate: "2016-01-01" } }));
    expect([e.code, e.path, e.received]).toEqual(["invalid-date", ["person", "birthDate"], '"2016-01-01"']);
  });

  it(`cuts received to RECEIVED_MAX_LENGTH (${RECEIVED_MAX_LENGTH}) characters, the last one an ellipsis`, () => {
    const long = "x".repeat(200);
    const e = inputError(() => evaluateCase({ ...valid, description: 5, foo: long }));
    const foo = e.issues.find((i) => i.path[0] === "foo")!;
    expect(foo.received).toHaveLength(RECEIVED_MAX_LENGTH);
    expect(foo.received).toBe(`"${"x".repeat(RECEIVED_MAX_LENGTH - 2)}…`);
    expect(describeReceived(Number.NaN)).toBe("NaN");
    expect(describeReceived(undefined)).toBeUndefined();
    const cycle: Record<string, unknown> = {};
    cycle["self"] = cycle;
    expect(describeReceived(cycle)).toBe("{…}");
  });
});
