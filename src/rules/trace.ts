import { traceText, type Catalogue, type TraceTextId } from "../i18n/index";
import type { Locale } from "../i18n/locale";
import type { TraceStep, TraceValue } from "../vocabulary/result-parts";

/**
 * Collects the trace of one evaluation. Created per call and returned frozen with the result:
 * never shared between calls. A trace that is off (`evaluateCase(input, { trace: false })`)
 * records nothing; rules that add a step per year, payment or month test `on` first, so the
 * step's strings are not even built.
 */
export class Trace {
  readonly steps: TraceStep[] = [];

  constructor(
    readonly on: boolean = true,
    /** The language of the sentences the library writes into steps. */
    readonly locale: Locale = "en",
  ) {}

  /** A step sentence of the catalogue in this trace's language; "" when the trace is off (never shown). */
  say<K extends TraceTextId>(id: K, params: Parameters<Catalogue["trace"][K]>[0]): string {
    return this.on ? traceText(this.locale, id, params) : "";
  }

  add(
    rule: string,
    citation: string,
    inputs: Readonly<Record<string, TraceValue>>,
    output: string,
    note?: string,
  ): void {
    if (!this.on) return;
    this.steps.push(note === undefined ? { rule, citation, inputs, output } : { rule, citation, inputs, output, note });
  }
}
