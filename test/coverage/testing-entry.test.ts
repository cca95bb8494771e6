import { describe, expect, it } from "vitest";
import { PensionInputError } from "../../src";
import { CaseMismatchError, expectCase, matchCase } from "../../src/testing";

/** resident-pension/testing's expect-block matching: the branches test/cli/testing.test.ts leaves out. */

const bad = { region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1950-13-01" } };
const good = { region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1948-03-02" } };

describe("matchCase with an expected error", () => {
  it("expect.error must be an object", () => {
    expect(() => matchCase({ ...bad, expect: { error: "invalid-date" } })).toThrow(TypeError);
  });

  it("a case that evaluates does not match an expected error", () => {
    expect(matchCase({ ...good, expect: { error: { code: "invalid-date" } } })).toEqual({ path: "$.error", expected: { code: "invalid-date" }, got: "no error (the case evaluated)" });
  });

  it("code, then path, then any other field of the error is compared", () => {
    expect(matchCase({ ...bad, expect: { error: { code: "invalid-money" } } })).toEqual({ path: "$.error.code", expected: "invalid-money", got: "invalid-date" });
    expect(matchCase({ ...bad, expect: { error: { code: "invalid-date", path: ["asOf"] } } })).toEqual({ path: "$.error.path", expected: ["asOf"], got: ["person", "birthDate"] });
    expect(matchCase({ ...bad, expect: { error: { message: "something else" } } })).toMatchObject({ path: "$.error.message", expected: "something else" });
    expect(matchCase({ ...bad, expect: { error: {} } })).toBeNull();
  });
});

describe("matchCase and expectCase without an expected error", () => {
  it("no expect block: null; not a case at all: the PensionInputError of evaluateCase", () => {
    expect(matchCase(good)).toBeNull();
    expect(() => matchCase("a case")).toThrow(PensionInputError);
    expect(() => matchCase([good])).toThrow(PensionInputError);
  });

  it("a mismatch names the case's description, and an absent value as (absent)", () => {
    let thrown: unknown;
    try {
      expectCase({ ...good, description: "old cohort", expect: { pension: { noSuchField: "1.00" } } });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CaseMismatchError);
    expect((thrown as Error).message).toBe('case mismatch at $.pension.noSuchField: expected "1.00", got (absent)\n(case: old cohort)');
    expect(() => expectCase({ ...good, expect: { contributionYears: 0 } })).not.toThrow();
  });
});
