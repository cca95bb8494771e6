import { traceOption, type EvaluateOptions } from "../case/core";
import { evaluateCase } from "../case/evaluate";
import type { CaseResult } from "../case/result";
import { isPensionInputError, type PensionInputErrorJson } from "../errors";

/**
 * A case that could not be evaluated: the {@link PensionInputError} as JSON (code, path, message,
 * received, details and every issue), what `error.toJSON()` returns.
 */
export type BatchError = PensionInputErrorJson;

/**
 * One item of {@link evaluateMany}: the case's position in the input (0-based) and either its
 * result or its error, never both.
 */
export type EvaluateManyItem =
  | { readonly index: number; readonly result: CaseResult; readonly error?: undefined }
  | { readonly index: number; readonly result?: undefined; readonly error: BatchError };

/**
 * Evaluate many cases, streaming: one item per input case, in input order, each with the case's
 * `index` and either its `result` (exactly what `evaluateCase` returns) or its `error` (bad input,
 * `PensionInputError` as JSON: code, path, message, details, issues). A bad case never stops the run. Cases are read from
 * the input one at a time as the items are consumed, so memory does not grow with the number of
 * cases. Anything thrown that is not bad input is a bug and ends the iteration.
 *
 * @param cases cases as parsed from JSON: an array, any iterable, or an async iterable (a stream)
 * @param options as for `evaluateCase`: `{ trace: false }` leaves every result's trace empty
 * @example
 * for await (const item of evaluateMany([caseA, caseB])) {
 *   if (item.error) console.error(item.index, item.error.code);
 *   else console.log(item.index, item.result.pension.monthly?.total);
 * }
 */
export async function* evaluateMany(cases: Iterable<unknown> | AsyncIterable<unknown>, options?: EvaluateOptions): AsyncGenerator<EvaluateManyItem, void, undefined> {
  traceOption(options); // bad options throw once, not once per case
  let index = 0;
  for await (const input of cases) {
    yield evaluateOne(index++, input, options);
  }
}

function evaluateOne(index: number, input: unknown, options: EvaluateOptions | undefined): EvaluateManyItem {
  try {
    return { index, result: evaluateCase(input, options) };
  } catch (e) {
    if (!isPensionInputError(e)) throw e;
    return { index, error: e.toJSON() };
  }
}
