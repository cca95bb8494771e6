import { describe, expect, it } from "vitest";
import { findMismatch } from "../../src/case/expect";

/** A slice of a CaseResult, enough for matching. */
const result = {
  region: "qiannan",
  contributionYears: 3,
  account: {
    balance: "1234.50",
    components: { personal: "1100.00", collective: "0.00", subsidy: "134.50", proxy: "0.00", other: "0.00" },
    interestByYear: { "2012": "10.63" },
  },
  payments: [
    { year: 2012, date: "2012-04-20", valid: true, subsidy: "30.00" },
    { year: 2013, date: "2013-03-01", valid: true, subsidy: "30.00" },
    { year: 2013, date: "2014-02-01", valid: false, subsidy: "0.00" },
    { year: 2014, date: "2014-05-01", valid: true, subsidy: "40.00" },
  ],
  pension: { eligible: false, firstMonth: null, refusals: [{ rule: "QN-ELIG", message: "…" }] },
  settlement: null,
};

describe("findMismatch", () => {
  it("returns null when the expectation is empty", () => {
    expect(findMismatch({}, result)).toBeNull();
  });

  it('returns null when money matches as decimals ("55" vs "55.00")', () => {
    expect(findMismatch({ amount: "55" }, { amount: "55.00" })).toBeNull();
  });

  it('returns null when money matches as decimals ("1234.5" vs "1234.50")', () => {
    expect(findMismatch({ account: { balance: "1234.5" } }, result)).toBeNull();
  });

  it("returns null when an expected number equals a money string", () => {
    expect(findMismatch({ amount: 55 }, { amount: "55.00" })).toBeNull();
  });

  it("returns a mismatch when money differs by one fen", () => {
    expect(findMismatch({ amount: "55.01" }, { amount: "55.00" })).toEqual({
      path: "$.amount",
      expected: "55.01",
      got: "55.00",
    });
  });

  it("returns a mismatch when non-numeric strings differ", () => {
    expect(findMismatch({ region: "ningxia" }, result)).toEqual({
      path: "$.region",
      expected: "ningxia",
      got: "qiannan",
    });
  });

  it("returns null when the expectation is a subset of the result", () => {
    expect(findMismatch({ region: "qiannan", contributionYears: 3, settlement: null }, result)).toBeNull();
  });

  it("returns the nested path when a nested field differs", () => {
    expect(findMismatch({ account: { components: { subsidy: "134.00" } } }, result)).toEqual({
      path: "$.account.components.subsidy",
      expected: "134.00",
      got: "134.50",
    });
  });

  it("returns the path of a numeric-looking key", () => {
    expect(findMismatch({ account: { interestByYear: { "2012": "10.64" } } }, result)?.path).toBe(
      "$.account.interestByYear.2012",
    );
  });

  it("returns a mismatch with got undefined when an expected key is missing", () => {
    expect(findMismatch({ account: { paidOut: "0.00" } }, result)).toEqual({
      path: "$.account.paidOut",
      expected: "0.00",
      got: undefined,
    });
  });

  it("returns a mismatch when an object is expected and null is found", () => {
    expect(findMismatch({ settlement: { event: "death" } }, result)).toEqual({
      path: "$.settlement",
      expected: { event: "death" },
      got: null,
    });
  });

  it("returns a mismatch when null is expected and a value is found", () => {
    expect(findMismatch({ contributionYears: null }, result)).toEqual({
      path: "$.contributionYears",
      expected: null,
      got: 3,
    });
  });

  it("returns a mismatch when a boolean differs", () => {
    expect(findMismatch({ pension: { eligible: true } }, result)?.path).toBe("$.pension.eligible");
  });

  it("returns a mismatch when a number differs", () => {
    expect(findMismatch({ contributionYears: 15 }, result)).toEqual({
      path: "$.contributionYears",
      expected: 15,
      got: 3,
    });
  });

  describe("payments", () => {
    it("returns null when payments match by year whatever the order", () => {
      expect(
        findMismatch(
          {
            payments: [
              { year: 2014, subsidy: "40" },
              { year: 2012, subsidy: "30" },
            ],
          },
          result,
        ),
      ).toBeNull();
    });

    it("returns a mismatch at [year=…] when a payment's field differs", () => {
      expect(findMismatch({ payments: [{ year: 2014, subsidy: "41" }] }, result)).toEqual({
        path: "$.payments[year=2014].subsidy",
        expected: "41",
        got: "40.00",
      });
    });

    it("returns the payment of the given date when several share a year", () => {
      // 2013 has a valid payment on 2013-03-01 and a late one on 2014-02-01
      expect(
        findMismatch({ payments: [{ year: 2013, date: "2014-02-01", valid: false, subsidy: "0" }] }, result),
      ).toBeNull();
      expect(findMismatch({ payments: [{ year: 2013, date: "2014-02-01", valid: true }] }, result)).toEqual({
        path: "$.payments[year=2013,date=2014-02-01].valid",
        expected: true,
        got: false,
      });
    });

    it("returns a mismatch with got undefined when no payment has the year", () => {
      expect(findMismatch({ payments: [{ year: 2020, valid: true }] }, result)).toEqual({
        path: "$.payments[year=2020]",
        expected: { year: 2020, valid: true },
        got: undefined,
      });
    });

    it("returns a mismatch when no payment has the year and date", () => {
      expect(findMismatch({ payments: [{ year: 2013, date: "2013-12-31" }] }, result)?.path).toBe(
        "$.payments[year=2013,date=2013-12-31]",
      );
    });

    it("returns a mismatch when a list is expected and something else is found", () => {
      expect(findMismatch({ payments: [{ year: 2012 }] }, { payments: null })).toEqual({
        path: "$.payments",
        expected: [{ year: 2012 }],
        got: null,
      });
    });
  });

  describe("other lists", () => {
    it("returns null when list elements match by position", () => {
      expect(findMismatch({ pension: { refusals: [{ rule: "QN-ELIG" }] } }, result)).toBeNull();
    });

    it("returns the index in the path when an element differs", () => {
      expect(findMismatch({ pension: { refusals: [{ rule: "QN-PAY-DEADLINE" }] } }, result)).toEqual({
        path: "$.pension.refusals[0].rule",
        expected: "QN-PAY-DEADLINE",
        got: "QN-ELIG",
      });
    });

    it("returns a mismatch with got undefined when the list is shorter than expected", () => {
      expect(findMismatch({ pension: { refusals: [{ rule: "QN-ELIG" }, { rule: "QN-X" }] } }, result)?.path).toBe(
        "$.pension.refusals[1]",
      );
    });
  });
});
