import { describe, expect, it } from "vitest";
import { qiannan } from "../../src/policy/index";
import {
  isKnownOn,
  recording,
  segmentOfYear,
  segmentOn,
  valueOn,
  type Lookup,
  type Parameter,
} from "../../src/policy/parameter";
import { inputError } from "../helpers";

/**
 * A made-up parameter shaped like QN-BEN-BASIC: 55 from the scheme start, 70 from the national
 * raise of 2014-07-01, a gap in 2018, an unknown period, then a last known value that ends.
 */
const basic: Parameter<string> = {
  id: "T-BASIC",
  title: "Test basic pension",
  segments: [
    { from: "2011-07-01", until: "2014-06-30", value: "55", citation: "doc A art. 20" },
    { from: "2014-07-01", until: "2017-12-31", value: "70", citation: "doc B" },
    // gap: 2018-01-01 – 2018-06-30 has no segment at all
    { from: "2018-07-01", until: "2019-12-31", value: "88", citation: "doc C" },
    {
      from: "2020-01-01",
      until: "2021-12-31",
      unknown: true,
      citation: "rules.md T-BASIC",
      note: "amount not verified",
    },
    { from: "2022-01-01", until: "2022-12-31", value: "113", citation: "doc D" },
  ],
};

describe("valueOn", () => {
  it("returns the segment in force on a date inside it", () => {
    expect(valueOn(basic, "2012-01-01")).toMatchObject({ value: "55", citation: "doc A art. 20" });
  });

  it("returns the new segment on the boundary date (the first day of the new value)", () => {
    expect(valueOn(basic, "2014-07-01").value).toBe("70");
  });

  it("returns the old segment on the day before the boundary (until is inclusive)", () => {
    expect(valueOn(basic, "2014-06-30").value).toBe("55");
  });

  it("returns the first segment on its first day", () => {
    expect(valueOn(basic, "2011-07-01").value).toBe("55");
  });

  it("returns the newer segment on the boundary when an open-ended segment is followed by a newer one", () => {
    const p: Parameter<string> = {
      id: "T-OPEN",
      title: "open-ended then superseded",
      segments: [
        { from: "2011-07-01", value: "55", citation: "a" },
        { from: "2014-07-01", value: "70", citation: "b" },
      ],
    };
    expect(valueOn(p, "2014-06-30").value).toBe("55");
    expect(valueOn(p, "2014-07-01").value).toBe("70");
    expect(valueOn(p, "2200-12-31").value).toBe("70");
  });

  it("throws parameter-unknown with details {parameter, date} when the date is before the first from", () => {
    const e = inputError(() => valueOn(basic, "2011-06-30"));
    expect(e.code).toBe("parameter-unknown");
    expect(e.details).toEqual({ parameter: "T-BASIC", date: "2011-06-30" });
    expect(e.path).toEqual(["options", "parameters", "T-BASIC"]);
  });

  it("throws parameter-unknown when the date falls in a gap between segments", () => {
    const e = inputError(() => valueOn(basic, "2018-03-15"));
    expect(e.code).toBe("parameter-unknown");
    expect(e.details).toEqual({ parameter: "T-BASIC", date: "2018-03-15" });
  });

  it("throws parameter-unknown when the date is after the last segment ends", () => {
    const e = inputError(() => valueOn(basic, "2023-01-01"));
    expect(e.code).toBe("parameter-unknown");
    expect(e.details).toEqual({ parameter: "T-BASIC", date: "2023-01-01" });
  });

  describe("in an unknown segment", () => {
    const e = inputError(() => valueOn(basic, "2020-07-01"));

    it("throws parameter-unknown naming the parameter and the date", () => {
      expect(e.code).toBe("parameter-unknown");
      expect(e.details).toEqual({ parameter: "T-BASIC", date: "2020-07-01" });
      expect(e.message).toContain("T-BASIC");
      expect(e.message).toContain("2020-07-01");
    });

    it("throws with the path of the override that would supply it", () => {
      expect(e.path).toEqual(["options", "parameters", "T-BASIC"]);
    });

    it("throws with a message mentioning withOverrides and options.parameters", () => {
      expect(e.message).toContain("withOverrides");
      expect(e.message).toContain("options.parameters");
    });

    it("throws with a message giving the unknown period and its note", () => {
      expect(e.message).toContain("2020-01-01");
      expect(e.message).toContain("2021-12-31");
      expect(e.message).toContain("amount not verified");
    });

    it("throws on the unknown segment's first and last days, not the days around it", () => {
      expect(inputError(() => valueOn(basic, "2020-01-01")).code).toBe("parameter-unknown");
      expect(inputError(() => valueOn(basic, "2021-12-31")).code).toBe("parameter-unknown");
      expect(valueOn(basic, "2019-12-31").value).toBe("88");
      expect(valueOn(basic, "2022-01-01").value).toBe("113");
    });
  });

  it("returns Qiannan's 55 yuan in 2012 (QN-BEN-BASIC)", () => {
    expect(valueOn(qiannan.parameters.basic, "2012-01-01").value).toBe("55");
  });

  it("throws parameter-unknown for Qiannan's unverified 2020-07 raise (QN-BEN-BASIC)", () => {
    const e = inputError(() => valueOn(qiannan.parameters.basic, "2021-01-01"));
    expect(e.details).toEqual({ parameter: "QN-BEN-BASIC", date: "2021-01-01" });
  });
});

describe("segmentOn / isKnownOn", () => {
  it("returns undefined when no segment covers the date", () => {
    expect(segmentOn(basic, "2018-03-15")).toBeUndefined();
    expect(segmentOn(basic, "1999-01-01")).toBeUndefined();
  });

  it("returns the unknown segment without throwing", () => {
    expect(segmentOn(basic, "2020-07-01")).toMatchObject({ unknown: true, from: "2020-01-01" });
  });

  it("returns false from isKnownOn in a gap or an unknown segment, true in a known one", () => {
    expect(isKnownOn(basic, "2018-03-15")).toBe(false);
    expect(isKnownOn(basic, "2020-07-01")).toBe(false);
    expect(isKnownOn(basic, "2014-07-01")).toBe(true);
  });
});

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
    expect(segmentOfYear(basic, 2021)).toBeUndefined(); // unknown too
  });

  it("is undefined for a parameter that records its lookups (needs), so each lookup is recorded", () => {
    const into: Lookup[] = [];
    expect(segmentOfYear(recording(basic, into), 2015)).toBeUndefined();
    expect(into).toEqual([]);
  });
});
