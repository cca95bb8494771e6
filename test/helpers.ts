/** Helpers shared by the test files (test/<area>/helpers.ts hold those of one area). */
import { expect } from "vitest";
import { isPensionInputError, type PensionInputError } from "../src/errors";

/** Run `f` and return the PensionInputError it throws (fails the test if it throws nothing or something else). */
export function inputError(f: () => unknown): PensionInputError {
  try {
    f();
  } catch (e) {
    expect(isPensionInputError(e), `expected a PensionInputError, got ${String(e)}`).toBe(true);
    return e as PensionInputError;
  }
  throw new Error("expected a PensionInputError, nothing was thrown");
}
