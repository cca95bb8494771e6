import * as z from "zod/mini";
import { isCivilDate, MAX_YEAR, MIN_YEAR } from "../dates";
import { eventKinds, regionIds, statusKinds } from "../kinds";
import { moneyProblem } from "../money";
import { MAX_OVERRIDE_PARAMETERS, MAX_OVERRIDE_SEGMENTS, overridesSchema } from "../policy/overrides";
import { MAX_DEPTH } from "./input";
import { regionIdSchema } from "../policy/schema";

/**
 * The case format (case-format.md): one person's record in one region, evaluated on one date.
 * Public API: additive changes only. Input money stays a string or number here; the evaluator
 * parses it with `parseMoney`, so every amount error carries its JSON path.
 */

/**
 * Documented limits (docs/conventions.md "Limits"), frozen. Lengths are checked before any
 * element is validated; `depth` is the deepest nesting of arrays and objects in a case;
 * `overrideParameters` and `overrideSegments` bound one `withOverrides` (or a case's
 * `options.parameters`): parameter ids, and segments over all of them.
 */
export const limits = Object.freeze({
  payments: 200,
  statuses: 50,
  events: eventKinds.length,
  interestRates: MAX_YEAR - MIN_YEAR + 1,
  depth: MAX_DEPTH,
  overrideParameters: MAX_OVERRIDE_PARAMETERS,
  overrideSegments: MAX_OVERRIDE_SEGMENTS,
  id: 200,
} as const);

// src/case/errors.ts maps each issue to a PensionInputError code by its path and kind.
// zod/mini: the classic API's schemas, tree-shakable for the browser bundle.
export const civilDate = z
  .string()
  .check(z.refine(isCivilDate, `a calendar date YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}`));
const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month YYYY-MM"));
/**
 * An amount: a decimal string or a finite number, at most two decimals (checked here so that every
 * bad amount of a case is reported at once; the evaluator parses it with `parseMoney`).
 */
export const money = z
  .union([z.string(), z.number()], { error: () => 'an amount: a decimal string such as "1200" or a number' })
  .check(
    z.superRefine((value, ctx) => {
      const problem = moneyProblem(value);
      if (problem !== undefined) ctx.issues.push({ code: "custom", message: problem, input: value });
    }),
  );
const year = z.int().check(z.minimum(MIN_YEAR), z.maximum(MAX_YEAR));
const rate = z.union(
  [z.string().check(z.regex(/^(0|[1-9]\d{0,2})(\.\d{1,12})?$/)), z.number().check(z.nonnegative(), z.maximum(999))],
  {
    error: () => 'a non-negative rate such as "0.03" (at most 3 digits before the point and 12 after)',
  },
);

export const statusSchema = z.strictObject({
  kind: z.enum(statusKinds, { error: () => `one of ${statusKinds.join(", ")}` }),
  from: civilDate,
  until: z.optional(civilDate),
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
  collective: z.optional(money),
  /** Other sponsors (资助) */
  sponsor: z.optional(money),
  /** `make-up`: the transitional 补足 of `years` missing years at one tier. */
  kind: z.optional(z.enum(["regular", "make-up"])),
  years: z.optional(z.int().check(z.minimum(1), z.maximum(15))),
});

export const caseSchema = z.strictObject({
  region: regionIdSchema(() => `one of ${regionIds.join(", ")}`),
  asOf: civilDate,
  person: z.strictObject({
    birthDate: civilDate,
    sex: z.optional(z.enum(["male", "female"])),
    statuses: z.optional(z.array(statusSchema).check(z.maxLength(limits.statuses))),
    /** BB-FAMILY: the person's eligible children are enrolled. Default true. */
    childrenEnrolled: z.optional(z.boolean()),
    /** CX-LEGACY grade 1–7. */
    legacyGrade: z.optional(z.int().check(z.minimum(1), z.maximum(7))),
    events: z.optional(z.array(eventSchema).check(z.maxLength(limits.events))),
  }),
  payments: z.optional(z.array(paymentSchema).check(z.maxLength(limits.payments))),
  /** Beibei 趸缴 (BB-LUMP). */
  lumpSum: z.optional(z.strictObject({ date: civilDate, monthlyStandard: money })),
  options: z.optional(
    z.strictObject({
      /** Per-year rate overrides, e.g. `{ "2012": "0.03" }`. */
      interestRates: z.optional(z.record(z.string().check(z.regex(/^\d{4}$/, "a year YYYY")), rate)),
      interestMethod: z.optional(z.enum(["monthly", "next-year"])),
      /** Last month already paid out (for the overpayment on death). */
      pensionsPaidThrough: z.optional(month),
      /** Overrides the region's scheme start (COHORT). */
      schemeStart: z.optional(civilDate),
      /** What-if parameter overrides, the shape of `withOverrides`. */
      parameters: z.optional(overridesSchema),
      /** `"partial"`: null figures and an `unknowns` list instead of a parameter-unknown error (answers.md §2). */
      unknowns: z.optional(z.enum(["refuse", "partial"])),
      /** `"floor"`: an unknown basic pension uses its proven lower bound, marked `at-least` (answers.md §3). */
      estimate: z.optional(z.enum(["none", "floor"])),
    }),
  ),
  /** The caller's own record id (at most 200 characters), echoed by `batch`. Ignored by evaluateCase. */
  id: z.optional(z.string().check(z.maxLength(limits.id))),
  /** For analysts' tests: a subset of the expected output. Ignored by evaluateCase. */
  expect: z.optional(z.unknown()),
  description: z.optional(z.string()),
});

/**
 * A case as written (JSON).
 *
 * @interface
 */
export type CaseInput = z.input<typeof caseSchema>;
/**
 * A case after validation.
 *
 * @interface
 */
export type Case = z.output<typeof caseSchema>;
export type PaymentInput = z.output<typeof paymentSchema>;
