// Issue 16 regressions at the library level: bounded cost for any input, errors everywhere,
// no shared mutable state. Each test names the defect it guards against.
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/money";
import { parseMoney } from "../../src/money";
import { divisorTable, inheritanceRule, nationalMinimumBasic, pbocOneYearRate } from "../../src/policy/national";
import {
  type CaseResult,
  componentKinds,
  errorCodes,
  evaluateCase,
  evaluateCaseWith,
  eventKinds,
  getRegion,
  limits,
  PensionInputError,
  qiannan,
  regionIds,
  rules,
  statusKinds,
  valueOn,
  withOverrides,
  type Overrides,
  type RegionPolicy,
} from "../../src";
import { inputError } from "../helpers";

/** A Qiannan person born 1948: 65 on the scheme's 2011 start, basic pension 55 in 2013 (QN-BEN-BASIC). */
const base = { region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1948-03-02" } } as const;
const basic = (r: CaseResult): string | undefined => r.pension.monthly?.basic;

describe("bounded cost: lengths before elements, nesting, overrides", () => {
  it("130,000 invalid payments: limit-exceeded at [payments] (the length is checked before any payment)", () => {
    const e = inputError(() =>
      evaluateCase({ ...base, payments: Array.from({ length: 130_000 }, () => ({ year: "x" })) }),
    );
    expect(e.code).toBe("limit-exceeded");
    expect(e.path).toEqual(["payments"]);
    expect(e.message).toBe("$.payments: Too big: expected array to have <=200 items");
  });

  it("too many statuses, events and interest-rate years: limit-exceeded naming the list, before its elements", () => {
    expect(
      inputError(() =>
        evaluateCase({ ...base, person: { ...base.person, statuses: Array.from({ length: 51 }, () => 1) } }),
      ),
    ).toMatchObject({ code: "limit-exceeded", path: ["person", "statuses"] });
    expect(
      inputError(() =>
        evaluateCase({ ...base, person: { ...base.person, events: Array.from({ length: 7 }, () => 1) } }),
      ),
    ).toMatchObject({ code: "limit-exceeded", path: ["person", "events"] });
    const rates = Object.fromEntries(Array.from({ length: limits.interestRates + 1 }, (_, i) => [`k${i}`, "x"]));
    expect(inputError(() => evaluateCase({ ...base, options: { interestRates: rates } }))).toMatchObject({
      code: "limit-exceeded",
      path: ["options", "interestRates"],
    });
  });

  it("nesting deeper than limits.depth (a 260 KB line of brackets, or a cycle) is limit-exceeded, never a stack overflow", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const e = inputError(() => evaluateCase({ ...base, expect: deep }));
    expect(e.code).toBe("limit-exceeded");
    expect(e.path.slice(0, 2)).toEqual(["expect", 0]);
    expect(e.path).toHaveLength(limits.depth);
    const cyclic: Record<string, unknown> = { ...base };
    cyclic["description"] = cyclic;
    expect(inputError(() => evaluateCase(cyclic)).code).toBe("limit-exceeded");
    // The same nesting inside an override's value.
    expect(
      inputError(() => withOverrides(qiannan, { "QN-BEN-BASIC": [{ from: "2013-01-01", value: deep, citation: "t" }] }))
        .code,
    ).toBe("limit-exceeded");
  });

  it("20,000 override segments are refused (limits.overrideSegments) before any is validated", () => {
    const segments = Array.from({ length: 20_000 }, (_, i) => ({
      from: "2013-01-01",
      value: String(i),
      citation: "t",
    }));
    const e = inputError(() => evaluateCase({ ...base, options: { parameters: { "QN-BEN-BASIC": segments } } }));
    expect(e).toMatchObject({ code: "limit-exceeded", path: ["options", "parameters", "QN-BEN-BASIC"] });
    expect(limits.overrideSegments).toBe(1000);
    const ids = Object.fromEntries(Array.from({ length: limits.overrideParameters + 1 }, (_, i) => [`X-${i}`, []]));
    expect(inputError(() => withOverrides(qiannan, ids as Overrides, ["p"]))).toMatchObject({
      code: "limit-exceeded",
      path: ["p"],
    });
  });

  it("1,000 segments in date order (the limit) merge to the same policy as the last one alone where they overlap", () => {
    // Each segment from 2013-01-01 replaces the one before it entirely: the last (value 999) wins.
    const segments = Array.from({ length: 1000 }, (_, i) => ({ from: "2013-01-01", value: String(i), citation: "t" }));
    expect(basic(evaluateCase({ ...base, options: { parameters: { "QN-BEN-BASIC": segments } } }))).toBe("999.00");
    // Consecutive months: 2013-06 falls in segment 5 (2013-06-01…2013-06-30): value 5.
    const monthly = Array.from({ length: 1000 }, (_, i) => {
      const y = 2013 + Math.floor(i / 12);
      const m = String((i % 12) + 1).padStart(2, "0");
      return { from: `${y}-${m}-01`, value: String(i), citation: "t" };
    });
    expect(basic(evaluateCase({ ...base, options: { parameters: { "QN-BEN-BASIC": monthly } } }))).toBe("5.00");
  });

  it("a later segment inside an earlier one splits it: before, the later one, after (order of overrides kept)", () => {
    const p = withOverrides(qiannan, {
      "QN-BEN-BASIC": [
        { from: "2013-01-01", until: "2013-12-31", value: "70", citation: "t" },
        { from: "2013-04-01", until: "2013-05-31", value: "80", citation: "t" },
      ],
    });
    expect(valueOn(p.parameters.basic, "2013-03-31").value).toBe("70");
    expect(valueOn(p.parameters.basic, "2013-04-01").value).toBe("80");
    expect(valueOn(p.parameters.basic, "2013-05-31").value).toBe("80");
    expect(valueOn(p.parameters.basic, "2013-06-01").value).toBe("70");
    expect(valueOn(p.parameters.basic, "2014-01-01").value).toBe(valueOn(qiannan.parameters.basic, "2014-01-01").value);
  });

  it("override money has the case's digit limit (below 10¹² yuan): 13 digits are invalid-policy at the value", () => {
    const e = inputError(() =>
      evaluateCase({
        ...base,
        options: { parameters: { "QN-BEN-BASIC": [{ from: "2013-01-01", value: "1".repeat(13), citation: "t" }] } },
      }),
    );
    expect(e).toMatchObject({ code: "invalid-policy", path: ["options", "parameters", "QN-BEN-BASIC", 0, "value"] });
    expect(
      basic(
        evaluateCase({
          ...base,
          options: { parameters: { "QN-BEN-BASIC": [{ from: "2013-01-01", value: "1".repeat(12), citation: "t" }] } },
        }),
      ),
    ).toBe("111111111111.00");
  });
});

describe("errors everywhere", () => {
  it("an inverted override segment is invalid-date at its own until", () => {
    const e = inputError(() =>
      evaluateCase({
        ...base,
        options: {
          parameters: {
            "QN-BEN-BASIC": [
              { from: "2013-01-01", value: "60", citation: "t" },
              { from: "2014-01-01", until: "2013-01-01", value: "60", citation: "t" },
            ],
          },
        },
      }),
    );
    expect(e).toMatchObject({ code: "invalid-date", path: ["options", "parameters", "QN-BEN-BASIC", 1, "until"] });
  });

  it("a policy that is not a region policy, given to evaluateCaseWith or withOverrides, is invalid-policy", () => {
    for (const policy of [{}, null, 42, [{}], { ...qiannan, id: "nowhere" }]) {
      expect(inputError(() => evaluateCaseWith(policy as RegionPolicy, base)).code, JSON.stringify(policy)).toMatch(
        /^invalid-policy|unknown-region$/,
      );
    }
    expect(inputError(() => evaluateCaseWith({} as RegionPolicy, base)).code).toBe("invalid-policy");
    expect(inputError(() => evaluateCaseWith(() => ({}) as RegionPolicy, base)).code).toBe("invalid-policy");
    expect(inputError(() => withOverrides({} as RegionPolicy, {})).code).toBe("invalid-policy");
    // A valid copy of a policy (not made by the library) is validated and works.
    const copy = JSON.parse(JSON.stringify(qiannan)) as RegionPolicy;
    expect(basic(evaluateCaseWith(copy, base))).toBe("55.00");
  });

  it("a throwing getter or Proxy trap anywhere in the input is invalid-input at its path", () => {
    const getter = { ...base, person: { ...base.person } };
    Object.defineProperty(getter.person, "sex", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    expect(inputError(() => evaluateCase(getter))).toMatchObject({ code: "invalid-input", path: ["person", "sex"] });
    const trap = new Proxy(
      { ...base },
      {
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    );
    expect(inputError(() => evaluateCase(trap))).toMatchObject({ code: "invalid-input", path: [] });
    const getTrap = new Proxy([{ year: 2012, date: "2012-01-01", amount: "100" }], {
      get: (t, k) =>
        k === "0"
          ? (() => {
              throw new Error("trap");
            })()
          : Reflect.get(t, k),
    });
    expect(inputError(() => evaluateCase({ ...base, payments: getTrap }))).toMatchObject({
      code: "invalid-input",
      path: ["payments", 0],
    });
    const overrides = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    );
    expect(inputError(() => withOverrides(qiannan, overrides as Overrides, ["o"]))).toMatchObject({
      code: "invalid-input",
      path: ["o"],
    });
  });

  it("the what-if cache is keyed on the validated overrides: a getter cannot give the key one value and the policy another", () => {
    let reads = 0;
    const segment = { from: "2013-01-01", citation: "t" } as Record<string, unknown>;
    Object.defineProperty(segment, "value", { enumerable: true, get: () => (reads++ === 0 ? "143" : "150") });
    const tricky = withOverrides(qiannan, { "QN-BEN-BASIC": [segment] } as unknown as Overrides);
    const plain = withOverrides(qiannan, { "QN-BEN-BASIC": [{ from: "2013-01-01", value: "143", citation: "t" }] });
    expect(reads).toBe(1); // read once
    expect(valueOn(tricky.parameters.basic, "2013-06-30").value).toBe("143");
    expect(valueOn(plain.parameters.basic, "2013-06-30").value).toBe("143");
  });

  it("the case's id (a string of at most 200 characters) is accepted and ignored", () => {
    expect(evaluateCase({ ...base, id: "record-17" })).toEqual(evaluateCase(base));
    expect(inputError(() => evaluateCase({ ...base, id: "x".repeat(201) }))).toMatchObject({
      code: "invalid-input",
      path: ["id"],
    });
    expect(inputError(() => evaluateCase({ ...base, id: 17 }))).toMatchObject({ code: "invalid-input", path: ["id"] });
  });
});

describe("no shared mutable state", () => {
  it("exported tables are frozen, deeply", () => {
    for (const table of [limits, statusKinds, eventKinds, regionIds, componentKinds, errorCodes])
      expect(Object.isFrozen(table)).toBe(true);
    for (const p of [pbocOneYearRate, divisorTable, nationalMinimumBasic, inheritanceRule]) {
      expect(Object.isFrozen(p)).toBe(true);
      expect(Object.isFrozen(p.segments)).toBe(true);
      expect(Object.isFrozen(p.segments[0])).toBe(true);
    }
    expect(() => (rules as Map<string, unknown>).set("X", {})).toThrow(TypeError);
    expect(() => (rules as Map<string, unknown>).delete("QN-BEN-BASIC")).toThrow(TypeError);
    expect(() => (rules as Map<string, unknown>).clear()).toThrow(TypeError);
    expect(rules.has("QN-BEN-BASIC")).toBe(true);
    expect(Object.isFrozen(rules.get("QN-BEN-BASIC"))).toBe(true);
    expect(() => {
      (limits as { payments: number }).payments = 1e9;
    }).toThrow(TypeError);
    expect(limits.payments).toBe(200);
  });

  it("the library's decimal has no settings to change from outside: its constructor is frozen and results stay the same", () => {
    const before = JSON.stringify(evaluateCase(getRegionCase()));
    expect(Object.isFrozen(Decimal)).toBe(true);
    const money = parseMoney("1.25", []);
    expect(money.constructor).toBe(Decimal);
    expect(() => {
      (Decimal as { precision: number }).precision = 1;
    }).toThrow(TypeError);
    expect(() => {
      (money.constructor as unknown as { set: unknown }).set = () => undefined;
    }).toThrow(TypeError);
    expect(Decimal.precision).toBe(40);
    expect(JSON.stringify(evaluateCase(getRegionCase()))).toBe(before);
  });
});

/** A case with interest and a subsidy, so precision and rounding show in the figures. */
function getRegionCase(): unknown {
  getRegion("qiannan");
  return {
    region: "qiannan",
    asOf: "2020-06-30",
    person: { birthDate: "1958-03-02" },
    payments: [
      { year: 2012, date: "2012-04-20", amount: "500" },
      { year: 2013, date: "2013-04-20", amount: "300" },
    ],
  };
}

describe("exported helpers validate their arguments", () => {
  it("every exported function, given wrong arguments (a Proxy whose traps throw included), returns or throws PensionInputError, never anything else", async () => {
    const library = (await import("../../src")) as unknown as Record<string, unknown>;
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error("trap");
        },
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    );
    const wrong: unknown[] = [
      undefined,
      null,
      42,
      -1,
      1.5,
      "x",
      "2013-02-30",
      {},
      [],
      { segments: null },
      { id: "X", segments: [{ from: "z" }] },
      trap,
    ];
    const called: string[] = [];
    for (const [name, f] of Object.entries(library)) {
      if (typeof f !== "function" || /^[A-Z]/.test(name)) continue; // classes and Decimal
      called.push(name);
      for (const a of wrong) {
        for (const b of [undefined, "2020-01-01", [], trap]) {
          try {
            const r = (f as (...args: unknown[]) => unknown)(a, b, b);
            if (r && typeof (r as AsyncGenerator).next === "function")
              await (r as AsyncGenerator).next().catch((e: unknown) => {
                if (!(e instanceof PensionInputError)) throw e;
              });
          } catch (e) {
            expect(e, `${name}(${String(typeof a)}, ${String(typeof b)})`).toBeInstanceOf(PensionInputError);
          }
        }
      }
    }
    // The money and date helpers left the main entry (issue 15); those that stayed are called here.
    expect(called).toEqual(
      expect.arrayContaining([
        "valueOn",
        "segmentOn",
        "checkConservation",
        "withOverrides",
        "evaluateCaseWith",
        "needs",
        "withParameterPack",
        "packTemplate",
        "citedSources",
        "citationsOf",
      ]),
    );
  });
});
