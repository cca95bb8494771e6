import { z } from "zod";
import { isCivilDate, MAX_YEAR, MIN_YEAR } from "../dates";
import { eventKinds, regionIds, statusKinds } from "../kinds";
import { overridesSchema } from "../policy/overrides";

/**
 * The case format (case-format.md): one person's record in one region, evaluated on one date.
 * Public API: additive changes only. Input money stays a string or number here; the evaluator
 * parses it with `parseMoney`, so every amount error carries its JSON path.
 */

/** Documented limits (docs/conventions.md "Limits"). */
export const limits = { payments: 200, statuses: 50, events: eventKinds.length } as const;

// src/case/errors.ts maps each issue to a PensionInputError code by its path and kind.
const civilDate = z.string().refine(isCivilDate, `a calendar date YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}`);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month YYYY-MM");
/** An amount: a decimal string or a finite number (parsed and checked by the evaluator). */
const money = z.union([z.string(), z.number()], {
  error: () => "an amount: a decimal string such as \"1200\" or a number",
});
const year = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
const rate = z.union([z.string().regex(/^(0|[1-9]\d*)(\.\d+)?$/), z.number().nonnegative().finite()], {
  error: () => "a non-negative rate such as \"0.03\"",
});

export const statusSchema = z.strictObject({
  kind: z.enum(statusKinds, { error: () => `one of ${statusKinds.join(", ")}` }),
  from: civilDate,
  until: civilDate.optional(),
});

export const eventSchema = z.strictObject({
  kind: z.enum(eventKinds, { error: () => `one of ${eventKinds.join(", ")}` }),
  date: civilDate,
});

export const paymentSchema = z.strictObject({
  /** The contribution year the payment is for. */
  year,
  /** The day it was paid. */
  date: civilDate,
  /** What the person paid (元). `"0"`: a proxy-only year. */
  amount: money,
  /** 集体补助 */
  collective: money.optional(),
  /** Other sponsors (资助) */
  sponsor: money.optional(),
  /** `make-up`: the transitional 补足 of `years` missing years at one tier. */
  kind: z.enum(["regular", "make-up"]).optional(),
  years: z.number().int().min(1).max(15).optional(),
});

export const caseSchema = z.strictObject({
  region: z.enum(regionIds, { error: () => `one of ${regionIds.join(", ")}` }),
  asOf: civilDate,
  person: z.strictObject({
    birthDate: civilDate,
    sex: z.enum(["male", "female"]).optional(),
    statuses: z.array(statusSchema).max(limits.statuses).optional(),
    /** BB-FAMILY: the person's eligible children are enrolled. Default true. */
    childrenEnrolled: z.boolean().optional(),
    /** CX-LEGACY grade 1–7. */
    legacyGrade: z.number().int().min(1).max(7).optional(),
    events: z.array(eventSchema).max(limits.events).optional(),
  }),
  payments: z.array(paymentSchema).max(limits.payments).optional(),
  /** Beibei 趸缴 (BB-LUMP). */
  lumpSum: z.strictObject({ date: civilDate, monthlyStandard: money }).optional(),
  options: z
    .strictObject({
      /** Per-year rate overrides, e.g. `{ "2012": "0.03" }`. */
      interestRates: z.record(z.string().regex(/^\d{4}$/, "a year YYYY"), rate).optional(),
      interestMethod: z.enum(["monthly", "next-year"]).optional(),
      /** Last month already paid out (for the overpayment on death). */
      pensionsPaidThrough: month.optional(),
      /** Overrides the region's scheme start (COHORT). */
      schemeStart: civilDate.optional(),
      /** What-if parameter overrides, the shape of `withOverrides`. */
      parameters: overridesSchema.optional(),
    })
    .optional(),
  /** For analysts' tests: a subset of the expected output. Ignored by evaluateCase. */
  expect: z.unknown().optional(),
  description: z.string().optional(),
});

/** A case as written (JSON). */
export type CaseInput = z.input<typeof caseSchema>;
/** A case after validation. */
export type Case = z.output<typeof caseSchema>;
export type PaymentInput = z.output<typeof paymentSchema>;
