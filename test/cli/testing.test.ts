import { describe, expect, it } from "vitest";
import { PensionInputError } from "../../src";
import { CaseMismatchError, expectCase, matchCase } from "../../src/testing";
import { readExample } from "./helpers";

describe("resident-pension/testing", () => {
  it("matchCase returns null for a case that agrees with its expect block", () => {
    for (const region of ["ningxia", "qiannan", "jiangmen", "cixi", "beibei"])
      expect(matchCase(readExample(region))).toBeNull();
  });

  it("expectCase throws an AssertionError-like error with the path, expected and actual value", () => {
    const c = { ...readExample("cixi"), expect: { pension: { monthly: { total: "141.00" } } } };
    let thrown: unknown;
    try {
      expectCase(c);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CaseMismatchError);
    expect(thrown).toMatchObject({
      name: "AssertionError",
      path: "$.pension.monthly.total",
      expected: "141.00",
      actual: "140.00",
    });
    expect((thrown as Error).message).toContain(
      'case mismatch at $.pension.monthly.total: expected "141.00", got "140.00"',
    );
  });

  it("rethrows a PensionInputError the case does not expect, and matches one it does", () => {
    const bad = { region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1950-13-01" } };
    expect(() => expectCase(bad)).toThrow(PensionInputError);
    expect(
      matchCase({ ...bad, expect: { error: { code: "invalid-date", path: ["person", "birthDate"] } } }),
    ).toBeNull();
  });
});
