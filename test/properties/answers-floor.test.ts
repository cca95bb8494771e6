import { describe, test } from "vitest";
import { regionIds } from "../../src";
import { floorLaw } from "./answers-laws";

/** answers.md: see answers-laws.ts. */
describe.each(regionIds)("%s", (region) => {
  test("floor: with any basic pension at or above the floor, marked figures are ≥ (at-least) / ≤ (at-most) and unmarked figures equal", () =>
    floorLaw(region));
});
