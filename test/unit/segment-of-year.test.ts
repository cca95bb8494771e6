import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/money";
import { recording, segmentOfYear, valueOn, type Lookup, type Parameter } from "../../src/policy/parameter";
import { toFen } from "../../src/rules/ledger";

/** 55 through mid-2014, 70 from 2014-07-01 to 2017, a gap in the first half of 2018, 88 from 2018-07-01, unknown in 2020. */
const basic: Parameter<string> = {
  id: "T-BASIC",
  title: "Test basic pension",
  segments: [
    { from: "2011-07-01", until: "2014-06-30", value: "55", citation: "doc A" },
    { from: "2014-07-01", until: "2017-12-31", value: "70", citation: "doc B" },
    { from: "2018-07-01", until: "2019-12-31", value: "88", citation: "doc C" },
    { from: "2020-01-01", until: "2020-12-31", unknown: true, citation: "rules.md T-BASIC" },
  ],
};

describe("segmentOfYear (a value looked up once a year)", () => {
  it("is the segment of every day of a year one segment covers, the one valueOn finds on any of its days", () => {
    expect(segmentOfYear(basic, 2015)?.value).toBe("70");
    expect(segmentOfYear(basic, 2015)).toBe(valueOn(basic, "2015-06-15"));
    expect(segmentOfYear(basic, 2017)).toBe(valueOn(basic, "2017-12-31")); // until is inclusive
    expect(segmentOfYear(basic, 2012)?.value).toBe("55");
  });

  it("is undefined where the value changes within the year, a gap or an unknown period meets it", () => {
    expect(segmentOfYear(basic, 2014)).toBeUndefined(); // 55, then 70 from 1 July
    expect(segmentOfYear(basic, 2011)).toBeUndefined(); // from 1 July only
    expect(segmentOfYear(basic, 2018)).toBeUndefined(); // a gap, then 88
    expect(segmentOfYear(basic, 2020)).toBeUndefined(); // unknown
    expect(segmentOfYear(basic, 2021)).toBeUndefined(); // after the last segment
  });

  it("is undefined for a parameter that records its lookups (needs), so each lookup is recorded", () => {
    const into: Lookup[] = [];
    expect(segmentOfYear(recording(basic, into), 2015)).toBeUndefined();
    expect(into).toEqual([]);
  });
});

describe("toFen", () => {
  it("reads whole fen from the two-decimal text: 123.4 → 12340, 0.05 → 5, 600 → 60000", () => {
    expect(toFen(new Decimal("123.4"))).toBe(12340);
    expect(toFen(new Decimal("0.05"))).toBe(5);
    expect(toFen(new Decimal("600"))).toBe(60000);
  });

  it("reads a negative amount too: −1.5 → −150", () => {
    expect(toFen(new Decimal("-1.5"))).toBe(-150);
  });
});
