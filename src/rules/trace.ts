import type { TraceStep, TraceValue } from "../case/result";

/**
 * Collects the trace of one evaluation. Created per call and returned frozen with the result:
 * never shared between calls. A trace that is off (`evaluateCase(input, { trace: false })`)
 * records nothing; rules that add a step per year, payment or month test `on` first, so the
 * step's strings are not even built.
 */
export class Trace {
  readonly steps: TraceStep[] = [];

  constructor(readonly on: boolean = true) {}

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
