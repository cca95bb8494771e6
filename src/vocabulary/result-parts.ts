import { z } from "zod";
import { refusalCodes, type RefusalCode } from "../i18n/index";

/**
 * The parts of a case's result that the rules produce (refusals, payment kinds, settlement lines,
 * trace steps) and the money and date strings they carry, as zod schemas: the bottom layer's
 * share of src/case/result.ts, which re-exports them (docs/architecture.md "Layers").
 */
/** An amount in yuan with exactly two decimals, e.g. `"55.00"`: how money leaves the library. */
export type MoneyString = string;
export const moneyStringSchema = z
  .string()
  .regex(/^\d+\.\d{2}$/)
  .describe("yuan, exactly two decimals") satisfies z.ZodType<MoneyString>;

/** A civil date `YYYY-MM-DD` (`format: "date"` in the JSON Schema). */
export const civilDateStringSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Which way the true figure can only move from a figure computed from a floor (answers.md §3). */
export type Estimate = "at-least" | "at-most";
export const estimateSchema = z
  .enum(["at-least", "at-most"])
  .describe(
    "the figure rests on a lower bound: the true figure is at least / at most this",
  ) satisfies z.ZodType<Estimate>;

export const refusalSchema = z.object({
  rule: z.string().describe("docs/rules.md id"),
  code: z
    .enum(refusalCodes as unknown as readonly [RefusalCode, ...RefusalCode[]])
    .describe("stable refusal code (docs/language.md), the same in every language"),
  message: z.string().describe("the sentence, in the locale asked (default en)"),
});
/**
 * A refusal under a rule: the rule id (docs/rules.md), a stable refusal code and a sentence in the
 * locale asked.
 *
 * @interface
 */
export type Refusal = z.infer<typeof refusalSchema>;

/** How a payment was made: a regular year, a back-payment (补缴), Beibei's lump sum (趸缴) or a make-up (补足). */
export type PaymentKind = "regular" | "back-payment" | "lump-sum" | "make-up";
export const paymentKindSchema = z.enum([
  "regular",
  "back-payment",
  "lump-sum",
  "make-up",
]) satisfies z.ZodType<PaymentKind>;

export const settlementLineSchema = z.object({
  rule: z.string(),
  label: z.string(),
  amount: moneyStringSchema,
  estimate: estimateSchema.optional(),
});
/**
 * One line of a settlement: the rule, a label, the amount, and `estimate` when it rests on a floor.
 *
 * @interface
 */
export type SettlementLine = z.infer<typeof settlementLineSchema>;

/** A value in a trace step's inputs. */
export type TraceValue = string | number | boolean | null;
export const traceValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
]) satisfies z.ZodType<TraceValue>;

export const traceStepSchema = z.object({
  rule: z.string(),
  citation: z.string(),
  inputs: z.record(z.string(), traceValueSchema),
  output: z.string(),
  note: z.string().optional(),
});
/**
 * One step of the trace: the rule, its citation, its inputs and its output.
 *
 * @interface
 */
export type TraceStep = z.infer<typeof traceStepSchema>;
