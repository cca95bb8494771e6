import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isPensionInputError } from "../../src";
import { Decimal, formatFen } from "../../src/money";
import { Ledger, toFen, toRate } from "../../src/rules/ledger";

/** The ledger keeps whole fen in safe-integer numbers (ledger.ts); these pin its exactness. */
describe("ledger (ACC-COMPONENTS, INT-MONTHLY)", () => {
  test("toFen and formatFen: exact two-decimal conversions", () => {
    expect(toFen(new Decimal("123.4"))).toBe(12340);
    expect(toFen(new Decimal("0.05"))).toBe(5);
    expect(toFen(new Decimal("999999999999.99"))).toBe(99999999999999);
    expect(toFen(new Decimal("600"))).toBe(60000);
    expect(toFen(new Decimal("-1.5"))).toBe(-150); // a negative amount too
    expect(formatFen(5)).toBe("0.05");
    expect(formatFen(-1234)).toBe("-12.34");
    expect(formatFen(0)).toBe("0.00");
    expect(formatFen(100)).toBe("1.00");
    expect(formatFen(Number.MAX_SAFE_INTEGER)).toBe("90071992547409.91");
  });

  test("a year's interest in numbers is the BigInt figure: round(rate × Σ balances ÷ 12) half up", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }), // balance up to 100,000,000.00 yuan
        fc.integer({ min: 0, max: 999_999_999_999_999 }), // rate digits: below 1,000 (the case format's limit)…
        fc.integer({ min: 12, max: 15 }), // …with up to 12 decimals (and trailing zeros)
        (fen, digits, decimals) => {
          const rate = new Decimal(digits).dividedBy(new Decimal(`1e${decimals}`));
          const l = new Ledger("monthly");
          l.creditFen("personal", fen);
          for (let m = 0; m < 12; m++) l.beginMonth(m);
          const r = toRate(rate);
          const exact = (2n * r.num * BigInt(12 * fen) + 12n * r.den) / (24n * r.den);
          expect(l.close(11, r).personal).toBe(Number(exact));
        },
      ),
      { seed: 20_261_206, numRuns: 2000 },
    );
  });

  test("formatFen writes every safe integer as Decimal does: fen ÷ 100 to two places", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (f) => {
        expect(formatFen(f)).toBe(new Decimal(f).dividedBy(100).toFixed(2));
      }),
      { seed: 20_261_206, numRuns: 2000 },
    );
  });

  test("interest: round(rate × Σ monthly balances ÷ 12) per component, half up", () => {
    const l = new Ledger("monthly");
    l.creditFen("personal", 100_000); // 1,000.00 yuan
    l.creditFen("subsidy", 3_333); // 33.33 yuan
    for (let m = 0; m < 12; m++) l.beginMonth(m);
    const i = l.close(11, toRate(new Decimal("0.0175")));
    // personal: 0.0175 × 12 × 100,000 ÷ 12 = 1,750 fen; subsidy: 0.0175 × 12 × 3,333 ÷ 12 = 58.3275 → 58 fen
    expect(i.personal).toBe(1750);
    expect(i.subsidy).toBe(58);
    expect(l.summaryFen().balance).toBe(100_000 + 3_333 + 1750 + 58);
  });

  test("a pro-rata draw on balances too large for a float product is still exact (BigInt path)", () => {
    const l = new Ledger("monthly");
    l.creditFen("personal", 4_000_000_000_000_001);
    l.creditFen("collective", 3_000_000_000_000_003);
    l.creditFen("other", 7);
    const total = 7_000_000_000_000_011n;
    const want = 2_999_999_999_999_999;
    expect(l.drawFen(want)).toBe(want);
    const c = l.summaryFen().components;
    // collective part: round(want × 3,000,000,000,000,003 ÷ total), half up; other: round(want × 7 ÷ total) = 3
    const part = (b: bigint): bigint => (2n * BigInt(want) * b + total) / (2n * total);
    expect(BigInt(3_000_000_000_000_003 - c.collective)).toBe(part(3_000_000_000_000_003n));
    expect(7 - c.other).toBe(Number(part(7n)));
    expect(c.personal + c.collective + c.other).toBe(7_000_000_000_000_011 - want);
  });

  test("property: a draw's parts add up to the draw and match the BigInt arithmetic", () => {
    const amount = fc.integer({ min: 0, max: 2 ** 40 });
    fc.assert(
      fc.property(
        fc.array(amount, { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 1, max: 2 ** 45 }),
        (bal, wantRaw) => {
          const l = new Ledger("monthly");
          const kinds = ["personal", "collective", "subsidy", "proxy", "other"] as const;
          kinds.forEach((k, i) => l.creditFen(k, bal[i]!));
          const before = l.summaryFen();
          const total = before.balance;
          const want = total === 0 ? wantRaw : 1 + (wantRaw % total);
          const paid = l.drawFen(want);
          const after = l.summaryFen();
          expect(paid).toBe(Math.min(want, total));
          expect(before.balance - after.balance).toBe(paid);
          expect(after.fundPaid).toBe(want - paid);
          if (paid < total && total > 0) {
            let largest = 0;
            for (let i = 1; i < 5; i++) if (bal[i]! > bal[largest]!) largest = i;
            kinds.forEach((k, i) => {
              if (i === largest || bal[i] === 0) return;
              const expected = (2n * BigInt(paid) * BigInt(bal[i]!) + BigInt(total)) / (2n * BigInt(total));
              expect(BigInt(before.components[k] - after.components[k]), k).toBe(expected);
            });
          }
          for (const k of kinds) expect(after.components[k]).toBeGreaterThanOrEqual(0);
        },
      ),
      { seed: 424242, numRuns: 500 },
    );
  });

  test("an account past 2^53 fen is refused with limit-exceeded, never computed inexactly", () => {
    const l = new Ledger("monthly");
    l.creditFen("personal", 800_000_000_000_000); // 8 trillion yuan
    let caught: unknown;
    try {
      for (let m = 0; m < 12; m++) l.beginMonth(m); // Σ monthly balances 9.6e15 > 2^53 − 1
    } catch (e) {
      caught = e;
    }
    expect(
      isPensionInputError(caught) && caught.code === "limit-exceeded" && caught.path.join(".") === "payments",
    ).toBe(true);
  });
});

describe("integer division near 2^53 (floorDiv's proof, checked)", () => {
  test("round(a × b ÷ c) half up agrees with BigInt where the float path is taken, up to 2^53", () => {
    // Quotients just below an integer, with numerator + denominator close to 2^53: the hardest
    // case for a float quotient. The ledger's split goes through these via drawFen.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 26 }), fc.integer({ min: 1, max: 2 ** 20 }), (y, a) => {
        const k = Math.floor((2 ** 53 - y) / y);
        const x = k * y - (a % y);
        if (x < 0 || x + y > 2 ** 53) return;
        expect(BigInt(Math.floor(x / y))).toBe(BigInt(x) / BigInt(y));
      }),
      { seed: 424242, numRuns: 2000 },
    );
  });
});
