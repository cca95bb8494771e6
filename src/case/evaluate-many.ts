import { extraText } from "../i18n/extra";
import { traceOption, type EvaluateOptions } from "./core";
import { evaluateCase } from "./evaluate";
import type { CaseResult, PartialCaseResult } from "./result";
import { isPensionInputError, PensionInputError, type PensionInputErrorJson } from "../errors";

/**
 * A case that could not be evaluated: the {@link PensionInputError} as JSON (code, path, message,
 * received, details and every issue), what `error.toJSON()` returns.
 */
export type BatchError = PensionInputErrorJson;

/**
 * One item of {@link evaluateMany}: the case's position in the input (0-based) and either its
 * result or its error, never both.
 */
export type EvaluateManyItem<R = CaseResult> =
  | { readonly index: number; readonly result: R; readonly error?: undefined }
  | { readonly index: number; readonly result?: undefined; readonly error: BatchError };

/**
 * Evaluate many cases, streaming: one item per input case, in input order, each with the case's
 * `index` and either its `result` (exactly what `evaluateCase` returns) or its `error` (bad input,
 * `PensionInputError` as JSON: code, path, message, details, issues). A bad case never stops the run. Cases are read from
 * the input one at a time as the items are consumed, so memory does not grow with the number of
 * cases. Anything thrown that is not bad input is a bug and ends the iteration.
 *
 * @param cases cases as parsed from JSON: an array, any iterable, or an async iterable (a stream)
 * @param options as for `evaluateCase`: `{ trace: false }` leaves every result's trace empty;
 *   `{ unknowns: "partial" }` gives partial results
 * @example
 * for await (const item of evaluateMany([caseA, caseB])) {
 *   if (item.error) console.error(item.index, item.error.code);
 *   else console.log(item.index, item.result.pension.monthly?.total);
 * }
 */
export function evaluateMany(
  cases: Iterable<unknown> | AsyncIterable<unknown>,
  options: EvaluateOptions & { readonly unknowns: "partial" },
): AsyncGenerator<EvaluateManyItem<PartialCaseResult>, void, undefined>;
export function evaluateMany(
  cases: Iterable<unknown> | AsyncIterable<unknown>,
  options?: EvaluateOptions & { readonly unknowns?: "refuse" | undefined },
): AsyncGenerator<EvaluateManyItem, void, undefined>;
export async function* evaluateMany(
  cases: Iterable<unknown> | AsyncIterable<unknown>,
  options?: EvaluateOptions,
): AsyncGenerator<EvaluateManyItem<CaseResult | PartialCaseResult>, void, undefined> {
  traceOption(options); // bad options throw once, not once per case
  let iterable: AsyncIterable<unknown> | Iterable<unknown>;
  try {
    const c = cases as Partial<AsyncIterable<unknown> & Iterable<unknown>> | null | undefined;
    if (
      c === null ||
      c === undefined ||
      (typeof c[Symbol.asyncIterator] !== "function" && typeof c[Symbol.iterator] !== "function")
    )
      throw new TypeError("not iterable");
    iterable = c as AsyncIterable<unknown> | Iterable<unknown>;
  } catch {
    throw new PensionInputError("invalid-input", ["cases"], extraText("batch.cases", {}));
  }
  let index = 0;
  // An error thrown by the caller's own iterator is passed on as it is.
  for await (const input of iterable) {
    yield evaluateOne(index++, input, options);
  }
}

function evaluateOne(
  index: number,
  input: unknown,
  options: EvaluateOptions | undefined,
): EvaluateManyItem<CaseResult | PartialCaseResult> {
  try {
    return { index, result: evaluateCase(input, options) };
  } catch (e) {
    if (!isPensionInputError(e)) throw e;
    return { index, error: e.toJSON() };
  }
}
