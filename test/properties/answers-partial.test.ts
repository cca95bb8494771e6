import { describe, test } from "vitest";
import { regionIds } from "../../src";
import { partialLaw } from "./answers-laws";

/** answers.md: see answers-laws.ts. */
describe.each(regionIds)("%s", (region) => {
  test("partial: every figure not null equals the full result's with any values supplied for the missing periods", () =>
    partialLaw(region));
});
