import { describe, test } from "vitest";
import { regionIds } from "../../src";
import { needsABLaw } from "./answers-laws";

/** answers.md: see answers-laws.ts. */
describe.each(regionIds)("%s", (region) => {
  test("needs (a): complete ⇒ evaluateCase never fails with parameter-unknown; (b): a parameter-unknown error for P on D ⇒ needs lists P unknown on a period containing D", () =>
    needsABLaw(region));
});
