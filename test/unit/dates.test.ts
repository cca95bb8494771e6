import { afterEach, describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  ageOn,
  birthday,
  firstDayOf,
  formatMonth,
  isCivilDate,
  lastDayOf,
  MAX_YEAR,
  MIN_YEAR,
  monthAfterBirthday,
  monthIndex,
  monthOf,
  nextDay,
  parseCivilDate,
  parseMonth,
  previousDay,
} from "../../src/dates";
import { inputError } from "../helpers";

/** The month index of "YYYY-MM", for readable expectations. */
const m = (text: string) => parseMonth(text, ["month"]);

describe("isCivilDate", () => {
  it("returns true when given an ordinary date", () => {
    expect(isCivilDate("2025-03-10")).toBe(true);
  });

  it("returns true when given 29 February of a leap year", () => {
    expect(isCivilDate("2024-02-29")).toBe(true);
  });

  it("returns true when given 29 February 2000 (divisible by 400: leap)", () => {
    expect(isCivilDate("2000-02-29")).toBe(true);
  });

  it("returns false when given 29 February of a common year", () => {
    expect(isCivilDate("2023-02-29")).toBe(false);
  });

  it("returns false when given 29 February 2100 (divisible by 100, not 400: common)", () => {
    expect(isCivilDate("2100-02-29")).toBe(false);
  });

  it.each([
    ["a month of one digit", "2024-1-011"],
    ["full-width digits", "２０２４-01-01"],
    ["a sign in the day", "2024-01-+1"],
    ["a space in the year", " 024-01-01"],
    ["a trailing newline", "2024-01-01\n"],
    ["a slash for a dash", "2024/01/01"],
  ])("returns false when given %s (only YYYY-MM-DD in ASCII digits)", (_, text) => {
    expect(isCivilDate(text)).toBe(false);
  });

  it("returns false when given 31 April (a 30-day month)", () => {
    expect(isCivilDate("2023-04-31")).toBe(false);
  });

  it("returns false when given 30 February", () => {
    expect(isCivilDate("2023-02-30")).toBe(false);
  });

  it.each([
    "2023-1-01",
    "2023-01-1",
    "23-01-01",
    "2023/01/01",
    "20230101",
    "2023-01-01T00:00:00Z",
    " 2023-01-01",
    "2023-00-10",
    "2023-13-01",
    "2023-01-00",
    "2023-01-32",
    "",
  ])("returns false when given the malformed or impossible %j", (value) => {
    expect(isCivilDate(value)).toBe(false);
  });

  it("returns true on the range bounds 1900-01-01 and 2200-12-31", () => {
    expect(MIN_YEAR).toBe(1900);
    expect(MAX_YEAR).toBe(2200);
    expect(isCivilDate("1900-01-01")).toBe(true);
    expect(isCivilDate("2200-12-31")).toBe(true);
  });

  it("returns false just outside the range (1899-12-31, 2201-01-01)", () => {
    expect(isCivilDate("1899-12-31")).toBe(false);
    expect(isCivilDate("2201-01-01")).toBe(false);
  });

  describe("host time zone", () => {
    const savedTz = process.env["TZ"];
    afterEach(() => {
      if (savedTz === undefined) delete process.env["TZ"];
      else process.env["TZ"] = savedTz;
    });

    it("returns true for 2011-12-30 even when the host is in Samoa (a civil date has no time zone)", () => {
      // Samoa skipped 30 December 2011 (it moved across the date line); a civil date must not care
      process.env["TZ"] = "Pacific/Apia";
      expect(isCivilDate("2011-12-30")).toBe(true);
    });

    it("returns the next civil day across 2011-12-30 even when the host is in Samoa", () => {
      process.env["TZ"] = "Pacific/Apia";
      expect(nextDay("2011-12-29")).toBe("2011-12-30");
      expect(previousDay("2011-12-31")).toBe("2011-12-30");
    });

    it("returns the same results in a zone whose DST starts at midnight (São Paulo 2018-11-04)", () => {
      // In Brazil 2018, clocks jumped from 00:00 to 01:00 on 4 November: local midnight did not exist
      process.env["TZ"] = "America/Sao_Paulo";
      expect(isCivilDate("2018-11-04")).toBe(true);
      expect(nextDay("2018-11-03")).toBe("2018-11-04");
      expect(previousDay("2018-11-05")).toBe("2018-11-04");
      expect(ageOn("1958-11-04", "2018-11-04")).toBe(60);
    });
  });
});

describe("parseCivilDate", () => {
  it("returns the date unchanged when it is valid", () => {
    expect(parseCivilDate("2024-02-29", ["asOf"])).toBe("2024-02-29");
  });

  it.each([
    ["2023-02-29", "29 February of a common year"],
    ["2023-04-31", "31 April"],
    ["2023-1-01", "a one-digit month"],
    ["1899-12-31", "a date before 1900"],
    ["2201-01-01", "a date after 2200"],
  ])("throws invalid-date with the path when given %s (%s)", (value) => {
    const e = inputError(() => parseCivilDate(value, ["person", "birthDate"]));
    expect(e.code).toBe("invalid-date");
    expect(e.path).toEqual(["person", "birthDate"]);
    expect(e.message).toContain("$.person.birthDate");
  });

  it.each([[20230101], [null], [undefined], [new Date(2023, 0, 1)]])(
    "throws invalid-date when given the non-string %s",
    (value) => {
      const e = inputError(() => parseCivilDate(value, ["asOf"]));
      expect(e.code).toBe("invalid-date");
      expect(e.path).toEqual(["asOf"]);
    },
  );
});

describe("ageOn", () => {
  it("returns 60 when the date is the 60th birthday (the birthday counts)", () => {
    expect(ageOn("1965-03-10", "2025-03-10")).toBe(60);
  });

  it("returns 59 when the date is the day before the 60th birthday", () => {
    expect(ageOn("1965-03-10", "2025-03-09")).toBe(59);
  });

  it("returns 59 when the birthday month has come but not the day", () => {
    expect(ageOn("1965-03-10", "2025-03-01")).toBe(59);
  });

  it("returns 60 on 31 December of the birthday year", () => {
    expect(ageOn("1965-03-10", "2025-12-31")).toBe(60);
  });

  it("returns 0 when the date is the birth date", () => {
    expect(ageOn("1965-03-10", "1965-03-10")).toBe(0);
  });

  it("returns 0 when the date is before the birth date", () => {
    expect(ageOn("1965-03-10", "1960-01-01")).toBe(0);
  });

  it("returns 60 for a 31 December birth on the next 31 December only", () => {
    expect(ageOn("1965-12-31", "2025-12-30")).toBe(59);
    expect(ageOn("1965-12-31", "2025-12-31")).toBe(60);
  });

  describe("born on 29 February", () => {
    it("returns the new age on 28 February of a common year (28 February counts as the birthday)", () => {
      // 2025 is a common year: the 61st birthday of someone born 1964-02-29 is 2025-02-28
      expect(ageOn("1964-02-29", "2025-02-28")).toBe(61);
    });

    it("returns the old age on 27 February of a common year", () => {
      expect(ageOn("1964-02-29", "2025-02-27")).toBe(60);
    });

    it("returns the new age only on 29 February in a leap year", () => {
      // 2024 is a leap year: the 60th birthday is 2024-02-29, so on 2024-02-28 the person is still 59
      expect(ageOn("1964-02-29", "2024-02-28")).toBe(59);
      expect(ageOn("1964-02-29", "2024-02-29")).toBe(60);
    });

    it("returns the new age on 1 March of a common year", () => {
      expect(ageOn("1964-02-29", "2025-03-01")).toBe(61);
    });
  });

  test.prop(
    [
      fc.date({ min: new Date(1900, 0, 1), max: new Date(2140, 11, 31), noInvalidDate: true }),
      fc.integer({ min: 0, max: 60 }),
    ],
    { seed: 19_650_310 },
  )("returns n on the nth birthday and n − 1 the day before (n ≥ 1)", (d, n) => {
    const birth = `${String(d.getFullYear()).padStart(4, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    const b = birthday(birth, n);
    expect(ageOn(birth, b)).toBe(n);
    if (n >= 1) expect(ageOn(birth, previousDay(b))).toBe(n - 1);
  });
});

describe("birthday", () => {
  it("returns the same day and month n years later", () => {
    expect(birthday("1965-03-10", 60)).toBe("2025-03-10");
  });

  it("returns 28 February when born on 29 February and the year is common", () => {
    expect(birthday("1964-02-29", 61)).toBe("2025-02-28");
  });

  it("returns 29 February when born on 29 February and the year is leap", () => {
    expect(birthday("1964-02-29", 60)).toBe("2024-02-29");
  });

  it("returns the birth date when n is 0", () => {
    expect(birthday("1965-03-10", 0)).toBe("1965-03-10");
  });
});

describe("monthAfterBirthday", () => {
  it("returns the month after the 60th birthday's month (年满60周岁的次月)", () => {
    expect(formatMonth(monthAfterBirthday("1965-03-10", 60))).toBe("2025-04");
  });

  it("returns the next month when born on the 1st (a 1st birthday changes nothing)", () => {
    expect(formatMonth(monthAfterBirthday("1965-03-01", 60))).toBe("2025-04");
  });

  it("returns the next month when born on the last day of the month", () => {
    expect(formatMonth(monthAfterBirthday("1965-03-31", 60))).toBe("2025-04");
  });

  it("returns January of the next year when born in December", () => {
    expect(formatMonth(monthAfterBirthday("1965-12-15", 60))).toBe("2026-01");
  });

  it("returns March when born on 29 February and the birthday year is common", () => {
    // 61st birthday: 2025-02-28 (still February), so the month after is March
    expect(formatMonth(monthAfterBirthday("1964-02-29", 61))).toBe("2025-03");
  });

  it("returns March when born on 29 February and the birthday year is leap", () => {
    expect(formatMonth(monthAfterBirthday("1964-02-29", 60))).toBe("2024-03");
  });

  it("returns the month after the 55th birthday when n is 55", () => {
    expect(formatMonth(monthAfterBirthday("1970-06-20", 55))).toBe("2025-07");
  });
});

describe("formatMonth / parseMonth", () => {
  it("returns the same text when parsing then formatting", () => {
    expect(formatMonth(m("2025-04"))).toBe("2025-04");
  });

  it("returns January of the next year when adding one month to December", () => {
    expect(formatMonth(m("2025-12") + 1)).toBe("2026-01");
  });

  it("returns December of the previous year when subtracting one month from January", () => {
    expect(formatMonth(m("2026-01") - 1)).toBe("2025-12");
  });

  it("returns 12 months apart for the same month of consecutive years", () => {
    expect(m("2026-04") - m("2025-04")).toBe(12);
  });

  it("returns year × 12 + (month − 1) as the index", () => {
    expect(m("2025-04")).toBe(2025 * 12 + 3);
    expect(monthIndex(2025, 4)).toBe(m("2025-04"));
  });

  it("returns the month of a date", () => {
    expect(formatMonth(monthOf("2025-12-31"))).toBe("2025-12");
  });

  it("returns a zero-padded month", () => {
    expect(formatMonth(monthIndex(2025, 1))).toBe("2025-01");
  });

  it.each(["2025-13", "2025-00", "2025-1", "2025-04-01", "25-04", "2025/04", "", "1899-12", "2201-01"])(
    "throws invalid-date with the path when given %j",
    (value) => {
      const e = inputError(() => parseMonth(value, ["options", "pensionsPaidThrough"]));
      expect(e.code).toBe("invalid-date");
      expect(e.path).toEqual(["options", "pensionsPaidThrough"]);
    },
  );

  it("throws invalid-date when given a non-string", () => {
    expect(inputError(() => parseMonth(202504, ["from"])).code).toBe("invalid-date");
  });

  it("returns the month on the range bounds 1900-01 and 2200-12", () => {
    expect(formatMonth(m("1900-01"))).toBe("1900-01");
    expect(formatMonth(m("2200-12"))).toBe("2200-12");
  });
});

describe("firstDayOf / lastDayOf", () => {
  it("returns the 1st when asked the first day", () => {
    expect(firstDayOf(m("2025-04"))).toBe("2025-04-01");
  });

  it("returns 29 February when the year is leap", () => {
    expect(lastDayOf(m("2024-02"))).toBe("2024-02-29");
  });

  it("returns 28 February when the year is common", () => {
    expect(lastDayOf(m("2023-02"))).toBe("2023-02-28");
  });

  it("returns 28 February 2100 (a century year that is not leap)", () => {
    expect(lastDayOf(m("2100-02"))).toBe("2100-02-28");
  });

  it.each([
    ["2025-04", "30"],
    ["2025-06", "30"],
    ["2025-09", "30"],
    ["2025-11", "30"],
  ])("returns the 30th when the month is the 30-day %s", (month, day) => {
    expect(lastDayOf(m(month))).toBe(`${month}-${day}`);
  });

  it.each([["2025-01"], ["2025-03"], ["2025-05"], ["2025-07"], ["2025-08"], ["2025-10"], ["2025-12"]])(
    "returns the 31st when the month is the 31-day %s",
    (month) => {
      expect(lastDayOf(m(month))).toBe(`${month}-31`);
    },
  );
});

describe("nextDay / previousDay", () => {
  it("returns the next day within a month", () => {
    expect(nextDay("2025-03-10")).toBe("2025-03-11");
  });

  it("returns the 1st of the next month at a month end", () => {
    expect(nextDay("2025-04-30")).toBe("2025-05-01");
  });

  it("returns 1 January at a year end", () => {
    expect(nextDay("2025-12-31")).toBe("2026-01-01");
  });

  it("returns 29 February after 28 February in a leap year", () => {
    expect(nextDay("2024-02-28")).toBe("2024-02-29");
  });

  it("returns 1 March after 28 February in a common year", () => {
    expect(nextDay("2023-02-28")).toBe("2023-03-01");
  });

  it("returns 31 December at a year start", () => {
    expect(previousDay("2026-01-01")).toBe("2025-12-31");
  });

  it("returns the last day of the previous month at a month start", () => {
    expect(previousDay("2025-05-01")).toBe("2025-04-30");
    expect(previousDay("2024-03-01")).toBe("2024-02-29");
    expect(previousDay("2023-03-01")).toBe("2023-02-28");
  });

  it("returns the day across China's 1986–1991 summer-time changes unchanged", () => {
    // China observed DST 1986–1991; civil-day arithmetic must ignore it
    expect(nextDay("1988-04-09")).toBe("1988-04-10");
    expect(previousDay("1988-09-12")).toBe("1988-09-11");
  });

  test.prop([fc.date({ min: new Date(1900, 0, 2), max: new Date(2200, 11, 30), noInvalidDate: true })], {
    seed: 20_251_231,
  })("returns the original date when going forward then back", (d) => {
    const date = `${String(d.getFullYear()).padStart(4, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    expect(previousDay(nextDay(date))).toBe(date);
    expect(nextDay(previousDay(date))).toBe(date);
    expect(nextDay(date) > date).toBe(true);
  });
});
