import { describe, test } from "vitest";
import { regionIds } from "../../src";
import { needsCLaw } from "./answers-laws";

/** answers.md: see answers-laws.ts. */
describe.each(regionIds)("%s", (region) => {
  test("needs (c): supplying any value for every unknown period listed makes needs complete, and evaluateCase exact", () =>
    needsCLaw(region));
});
