import type { TraceStep, TraceValue } from "../case/result";

/**
 * Collects the trace of one evaluation. Created per call and returned frozen with the result:
 * never shared between calls.
 */
export class Trace {
  readonly steps: TraceStep[] = [];

  add(rule: string, citation: string, inputs: Readonly<Record<string, TraceValue>>, output: string, note?: string): void {
    this.steps.push(note === undefined ? { rule, citation, inputs, output } : { rule, citation, inputs, output, note });
  }
}
