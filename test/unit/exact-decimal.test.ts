import DecimalJs from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExactDecimal, type RoundingMode } from "../../src/exact-decimal";
import { runsFor, SEED } from "../arbitraries/evaluate";

/** The fixed seed of every property (docs/testing.md), 1,000 runs unless `PROPS_RUNS` asks for more. */
const RUNS = { seed: SEED, numRuns: runsFor(1000) };

/** The oracle: the decimal.js clone the library used before (precision 40, ROUND_HALF_UP). */
const Oracle = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });

/** Decimal strings of up to 45 significant digits, with a sign, a point and an exponent now and then. */
const decimalText = fc
  .record({
    negative: fc.boolean(),
    int: fc.stringMatching(/^\d{0,30}$/),
    frac: fc.stringMatching(/^\d{0,15}$/),
    exponent: fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined }),
  })
  .map(({ negative, int, frac, exponent }) => {
    const digits = `${int === "" ? "0" : int}${frac === "" ? "" : `.${frac}`}`;
    return `${negative ? "-" : ""}${digits}${exponent === undefined ? "" : `e${exponent}`}`;
  });

/** Amounts as the library meets them: up to 14 integer digits and 4 decimals. */
const amountText = fc
  .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 4 }))
  .map(([c, k]) => new Oracle(c.toString()).dividedBy(10 ** k).toFixed());

const anyText = fc.oneof(decimalText, amountText);
const mode = fc.integer({ min: 0, max: 8 }) as fc.Arbitrary<RoundingMode>;

describe("ExactDecimal agrees with decimal.js (precision 40, ROUND_HALF_UP)", () => {
  it("writes what it reads as decimal.js does: toString, toFixed(), decimalPlaces, isInteger, isZero (law)", () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const x = new ExactDecimal(t);
        const o = new Oracle(t);
        expect(x.toString()).toBe(o.toString());
        expect(new ExactDecimal(x).toString()).toBe(o.toString()); // a copy
        // decimal.js writes a negative zero "-0" in valueOf and toJSON; ExactDecimal has none
        const json = o.isZero() ? "0" : o.valueOf();
        expect(x.valueOf()).toBe(json);
        expect(JSON.stringify({ x })).toBe(JSON.stringify({ x: json }));
        expect(x.toFixed()).toBe(o.toFixed());
        expect(x.decimalPlaces()).toBe(o.decimalPlaces());
        expect(x.isInteger()).toBe(o.isInteger());
        expect(x.isZero()).toBe(o.isZero());
        // decimal.js keeps a negative zero ("-0" → -0); ExactDecimal has none (its texts are the same)
        expect(x.toNumber()).toBe(o.isZero() ? 0 : o.toNumber());
      }),
      RUNS,
    );
  });

  it("adds, subtracts, multiplies and divides as decimal.js does, to 40 significant digits half up (law)", () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const x = new ExactDecimal(a);
        const o = new Oracle(a);
        expect(x.plus(b).toString()).toBe(o.plus(b).toString());
        expect(x.minus(b).toString()).toBe(o.minus(b).toString());
        expect(x.times(b).toString()).toBe(o.times(b).toString());
        if (!new Oracle(b).isZero()) expect(x.dividedBy(b).toString()).toBe(o.dividedBy(b).toString());
      }),
      RUNS,
    );
  });

  it("compares as decimal.js does (law)", () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const x = new ExactDecimal(a);
        const o = new Oracle(a);
        expect(x.comparedTo(b)).toBe(o.comparedTo(b));
        expect([x.eq(b), x.gt(b), x.gte(b), x.lt(b), x.lte(b)]).toEqual([
          o.eq(b),
          o.gt(b),
          o.gte(b),
          o.lt(b),
          o.lte(b),
        ]);
      }),
      RUNS,
    );
  });

  it("rounds to decimal places in every rounding mode as decimal.js does: toFixed, toDecimalPlaces, floor, round (law)", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 8 }), mode, (t, dp, rm) => {
        const x = new ExactDecimal(t);
        const o = new Oracle(t);
        expect(x.toFixed(dp, rm)).toBe(o.toFixed(dp, rm));
        expect(x.toDecimalPlaces(dp, rm).toString()).toBe(o.toDecimalPlaces(dp, rm).toString());
        expect(x.toFixed(dp)).toBe(o.toFixed(dp));
        expect(x.floor().toString()).toBe(o.floor().toString());
        expect(x.round().toString()).toBe(o.round().toString());
      }),
      RUNS,
    );
  });

  it("reads finite numbers as decimal.js does (law)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(new ExactDecimal(n).toString()).toBe(new Oracle(n).toString());
      }),
      RUNS,
    );
  });
});

describe("ExactDecimal, by hand", () => {
  it("divides 1 by 3 and 2 by 3 to 40 significant digits, half up", () => {
    expect(new ExactDecimal(1).dividedBy(3).toString()).toBe(`0.${"3".repeat(40)}`);
    expect(new ExactDecimal(2).dividedBy(3).toString()).toBe(`0.${"6".repeat(39)}7`);
  });

  it("rounds a sum of more than 40 significant digits half up", () => {
    // 41 digits: 1 followed by 39 zeros and a 5 → the last kept digit rounds up: 1…01 × 10
    const x = new ExactDecimal(`1${"0".repeat(39)}5`).plus(0);
    expect(x.toString()).toBe("1.000000000000000000000000000000000000001e+40");
  });

  it("writes normal notation from 1e-6 to below 1e21 and exponential notation outside", () => {
    expect(new ExactDecimal("0.000001").toString()).toBe("0.000001");
    expect(new ExactDecimal("0.0000001").toString()).toBe("1e-7");
    expect(new ExactDecimal("1e20").toString()).toBe("100000000000000000000");
    expect(new ExactDecimal("1e21").toString()).toBe("1e+21");
  });

  it("keeps the sign of a negative amount that rounds to zero in toFixed, and writes no sign on zero", () => {
    expect(new ExactDecimal("-0.001").toFixed(2)).toBe("-0.00");
    expect(new ExactDecimal("-0").toFixed(2)).toBe("0.00");
    expect(new ExactDecimal("-0.004").toDecimalPlaces(2).toFixed(2)).toBe("0.00");
  });

  it("has no negative zero: -0, and -1 × 0, are 0", () => {
    expect(Object.is(new ExactDecimal("-0").toNumber(), 0)).toBe(true);
    expect(Object.is(new ExactDecimal(-1).times(0).toNumber(), 0)).toBe(true);
    expect(new ExactDecimal("-0").toString()).toBe("0");
  });

  it("rounds a half away from zero by default: 2.675 → 2.68, -2.5 → -3", () => {
    expect(new ExactDecimal("2.675").toFixed(2)).toBe("2.68");
    expect(new ExactDecimal("-2.5").round().toString()).toBe("-3");
  });

  it("counts decimal places without trailing zeros: 1.50 has 1, 100 has 0", () => {
    expect(new ExactDecimal("1.50").decimalPlaces()).toBe(1);
    expect(new ExactDecimal("100").decimalPlaces()).toBe(0);
  });

  it.each([["abc"], [""], ["."], ["1e"], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    // decimal.js refuses the texts the same way; it makes NaN and Infinity Decimals, which no amount is.
    "refuses %j with a DecimalError",
    (value) => {
      expect(() => new ExactDecimal(value)).toThrow(/DecimalError/);
    },
  );

  it("refuses a division by zero", () => {
    expect(() => new ExactDecimal(1).dividedBy(0)).toThrow(RangeError);
  });
});
