import DecimalJs from "decimal.js";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Decimal, formatMoney, parseMoney, roundFen } from "../../src/money";
import { toFen } from "../../src/rules/ledger";
import { evaluateCase } from "../../src/case/evaluate";
import { inputError } from "../helpers";
import { runsFor, SEED } from "../arbitraries/evaluate";

const PATH = ["payments", 3, "amount"] as const;

describe("parseMoney", () => {
  it("returns the amount when given an integer string", () => {
    expect(parseMoney("1200", PATH).toFixed(2)).toBe("1200.00");
  });

  it("returns the amount when given a string with one decimal", () => {
    expect(parseMoney("1200.5", PATH).toFixed(2)).toBe("1200.50");
  });

  it("returns the amount when given a string with two decimals", () => {
    expect(parseMoney("1200.05", PATH).toFixed(2)).toBe("1200.05");
  });

  it('returns zero when given "0" (a proxy-only year pays 0)', () => {
    expect(parseMoney("0", PATH).isZero()).toBe(true);
  });

  it("returns the amount when given an integer number", () => {
    expect(parseMoney(1200, PATH).toFixed(2)).toBe("1200.00");
  });

  it("returns the exact decimal when given a number with two decimals", () => {
    // 12.34 is not exact in binary; String(12.34) is "12.34", which is what the caller meant
    expect(parseMoney(12.34, PATH).eq(new Decimal("12.34"))).toBe(true);
  });

  it("returns zero when given the number 0", () => {
    expect(parseMoney(0, PATH).isZero()).toBe(true);
  });

  it("returns the amount when the string has surrounding whitespace", () => {
    // The code trims strings before matching: " 7 " is accepted as 7
    expect(parseMoney(" 7 ", PATH).toFixed(2)).toBe("7.00");
  });

  it("returns the largest amount with 12 integer digits exactly", () => {
    // 999 999 999 999.99: 12 integer digits, the pattern's upper bound; exact, no float rounding
    expect(parseMoney("999999999999.99", PATH).toFixed(2)).toBe("999999999999.99");
  });

  it.each([
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
    ["a negative number", -1],
    ["a negative fraction", -0.01],
    ["a negative string", "-1"],
    ["more than two decimals", "1.234"],
    ["a number with more than two decimals", 1.234],
    ["a float sum that is not a two-decimal amount", 0.1 + 0.2], // 0.30000000000000004
    ["a non-numeric string", "abc"],
    ["an empty string", ""],
    ["a blank string", "   "],
    ["exponent notation", "1e3"],
    ["a leading plus", "+5"],
    ["a leading zero", "01"],
    ["a bare decimal point", ".5"],
    ["a trailing decimal point", "1."],
    ["a thousands separator", "1,200"],
    ["null", null],
    ["undefined", undefined],
    ["an object", {}],
    ["an array", ["1"]],
    ["a boolean", true],
  ])("throws invalid-money when given %s", (_label, value) => {
    const e = inputError(() => parseMoney(value, PATH));
    expect(e.code).toBe("invalid-money");
    expect(e.path).toEqual(["payments", 3, "amount"]);
  });

  it("names the path in the message", () => {
    const e = inputError(() => parseMoney("abc", PATH));
    expect(e.message).toContain("$.payments[3].amount");
  });
});

describe("roundFen", () => {
  it("returns 0.01 when rounding 0.005 (half up)", () => {
    expect(roundFen(new Decimal("0.005")).toFixed(2)).toBe("0.01");
  });

  it("returns 2.68 when rounding 2.675 (a float would give 2.67)", () => {
    // (2.675).toFixed(2) === "2.67" in JS because 2.675 is 2.67499999… in binary
    expect(roundFen(new Decimal("2.675")).toFixed(2)).toBe("2.68");
  });

  it("returns 1.00 when rounding 1.0049999 (below the half)", () => {
    expect(roundFen(new Decimal("1.0049999")).toFixed(2)).toBe("1.00");
  });

  it("returns 0.00 when rounding 0.004999…", () => {
    expect(roundFen(new Decimal("0.0049999999999999999999")).toFixed(2)).toBe("0.00");
  });

  it("returns the value unchanged when it already has two decimals", () => {
    expect(roundFen(new Decimal("55.5")).eq("55.5")).toBe(true);
  });

  it("returns at most two decimal places", () => {
    expect(roundFen(new Decimal(1).div(3)).decimalPlaces()).toBe(2);
  });
});

describe("formatMoney", () => {
  it("returns two decimals when given an integer", () => {
    expect(formatMoney(new Decimal("55"))).toBe("55.00");
  });

  it("returns two decimals when given one decimal", () => {
    expect(formatMoney(new Decimal("55.5"))).toBe("55.50");
  });

  it('returns "0.00" when given zero', () => {
    expect(formatMoney(new Decimal(0))).toBe("0.00");
  });

  it("returns a plain string when the amount is large (no exponent)", () => {
    // decimal.js switches toString() to exponent notation from 1e21; toFixed never does
    expect(formatMoney(new Decimal("1e21"))).toBe("1000000000000000000000.00");
  });

  it("returns the half-up rounding when given more than two decimals", () => {
    expect(formatMoney(new Decimal("2.675"))).toBe("2.68");
  });

  // Whole fen are written from decimal.js's base-10^7 words: the word edges, the sign and zero.
  it.each([
    ["10000000", "10000000.00"], // one word [1], e = 7: the dropped zero word is written
    ["9999999.99", "9999999.99"], // [9999999, 9900000]
    ["12345678.9", "12345678.90"], // [1, 2345678, 9000000]
    ["0.05", "0.05"], // e = -2: no whole yuan
    ["-3.2", "-3.20"],
    ["-0", "0.00"], // toFixed writes no sign on a zero
    ["-0.001", "-0.00"], // three decimals: toFixed's rounding, which keeps the sign
    ["999999999999999.99", "999999999999999.99"], // the largest written from the words (e = 14)
    ["1000000000000000.01", "1000000000000000.01"], // e = 15: toFixed
  ])("returns toFixed's text for %s", (value, written) => {
    expect(formatMoney(new Decimal(value))).toBe(written);
    expect(new Decimal(value).toFixed(2, Decimal.ROUND_HALF_UP)).toBe(written);
  });

  it("returns toFixed(2) half up for any amount (law)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 6 }),
        (digits, places) => {
          const d = new Decimal(digits.toString()).div(10 ** places);
          expect(formatMoney(d)).toBe(d.toFixed(2, Decimal.ROUND_HALF_UP));
        },
      ),
      { seed: SEED, numRuns: runsFor(100) },
    );
  });
});

describe("Decimal (the library's own: decimal.js's global settings do not reach it)", () => {
  const saved = { precision: DecimalJs.precision, rounding: DecimalJs.rounding };

  beforeEach(() => {
    // A host application lowers the global decimal.js precision and changes its rounding
    DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN });
  });

  afterEach(() => {
    DecimalJs.set(saved);
  });

  it("keeps its own precision when the global decimal.js precision changes", () => {
    // 1/3 to 40 significant digits (the library's precision), not 5
    expect(new Decimal(1).div(3).toString()).toBe("0." + "3".repeat(40));
    expect(Decimal.precision).toBeGreaterThanOrEqual(34); // conventions.md: precision ≥ 34
  });

  it("keeps ROUND_HALF_UP when the global decimal.js rounding changes", () => {
    expect(Decimal.rounding).toBe(DecimalJs.ROUND_HALF_UP);
    expect(roundFen(new Decimal("0.005")).toFixed(2)).toBe("0.01");
    expect(formatMoney(new Decimal("2.675"))).toBe("2.68");
  });

  it("keeps parseMoney exact when the global decimal.js precision changes", () => {
    // 12 significant digits, more than the global 5
    expect(parseMoney("1234567890.12", PATH).toFixed(2)).toBe("1234567890.12");
  });

  it("returns the same evaluateCase result when the global decimal.js settings change", () => {
    const input = {
      region: "qiannan",
      asOf: "2015-12-31",
      person: { birthDate: "1980-08-08" },
      payments: [
        { year: 2012, date: "2012-03-15", amount: "200" },
        { year: 2013, date: "2013-07-01", amount: "1234567.89" },
      ],
    };
    const underLowPrecision = evaluateCase(input);
    DecimalJs.set(saved);
    const underDefaults = evaluateCase(input);
    expect(underLowPrecision).toEqual(underDefaults);
  });

  it("does not change the global decimal.js defaults when the library is loaded", () => {
    // `saved` was read after the library was imported: it must still hold decimal.js's defaults,
    // precision 20 and ROUND_HALF_UP (4), because the library does not use decimal.js at all
    expect(saved).toEqual({ precision: 20, rounding: 4 });
    expect(Decimal).not.toBe(DecimalJs);
  });
});

describe("the two-decimal text a parsed amount keeps (formatMoney without toFixed)", () => {
  it.each([
    ["1200", "1200.00", 120000],
    [" 12.3 ", "12.30", 1230],
    ["0.05", "0.05", 5],
    [600, "600.00", 60000],
    [0.5, "0.50", 50],
  ])("%j is written %s and is %d fen", (input, written, fen) => {
    const d = parseMoney(input, PATH);
    expect(formatMoney(d)).toBe(written);
    expect(toFen(d)).toBe(fen);
    expect(formatMoney(d)).toBe(d.toFixed(2)); // the same text toFixed gives
  });

  it("writes an amount of more than two decimals as toFixed does: rounded half up, no leading zeros", () => {
    // 1.235 → 1.24 half up; "007" is 7.00
    expect(formatMoney(new Decimal("1.235"))).toBe("1.24");
    expect(formatMoney(new Decimal("007"))).toBe("7.00");
  });
});
