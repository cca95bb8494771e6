import { z } from "zod";
import { isCivilDate } from "../dates";
import { regionIds, statusKinds } from "../kinds";
import type { Parameter } from "./parameter";

/**
 * The RegionPolicy schema. Every policy number lives in a dated, cited parameter; every
 * structural choice of a region (how it picks the interest rate, whether it allows back-payments)
 * is a cited feature. Types come from these schemas (`z.infer`), never a parallel interface.
 */

const moneyText = z.string().regex(/^(0|[1-9]\d*)(\.\d{1,2})?$/, "an amount in yuan with at most two decimals");
const rateText = z.string().regex(/^(0|[1-9]\d*)(\.\d+)?$/, "a non-negative decimal rate, e.g. 0.0275");
const civilDate = z.string().refine(isCivilDate, "a calendar date YYYY-MM-DD");
const citation = z.string().trim().min(1, "a citation is required");
const statusKind = z.enum(statusKinds);
const wholeNumber = z.number().int().nonnegative();

function parameterSchema<T extends z.ZodType>(value: T) {
  const known = z.strictObject({
    from: civilDate,
    until: civilDate.optional(),
    value,
    citation,
    published: civilDate.optional(),
    note: z.string().optional(),
  });
  const unknown = z.strictObject({
    from: civilDate,
    until: civilDate.optional(),
    unknown: z.literal(true),
    citation,
    note: z.string().optional(),
  });
  return z
    .strictObject({
      id: z.string().regex(/^[A-Z]{2,3}(-[A-Z0-9]+)+$/, "a rules.md id such as QN-BEN-BASIC"),
      title: z.string().min(1),
      segments: z.array(z.union([known, unknown])).min(1).readonly(),
    })
    .superRefine((p, ctx) => {
      p.segments.forEach((s, i) => {
        if (s.until !== undefined && s.until < s.from) {
          ctx.addIssue({ code: "custom", path: ["segments", i, "until"], message: `${p.id}: until ${s.until} is before from ${s.from}` });
        }
        const prev = p.segments[i - 1];
        if (prev && (prev.until === undefined || prev.until >= s.from)) {
          ctx.addIssue({ code: "custom", path: ["segments", i, "from"], message: `${p.id}: segment from ${s.from} overlaps the one before it (segments must be in date order without overlap)` });
        }
      });
    });
}

function feature<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, rule: z.string().min(1), citation, note: z.string().optional() });
}

/** Subsidy (缴费补贴) by tier: the bracket with the largest `from` ≤ the tier paid applies. */
export const subsidyValueSchema = z.strictObject({
  brackets: z
    .array(z.strictObject({ from: moneyText, amount: moneyText, byLevel: z.record(z.string(), moneyText).optional() }))
    .min(1),
  /** Hardship groups: `add` the amount on top (Beibei) or `replace` the bracket (Cixi). */
  hardship: z
    .strictObject({ statuses: z.array(statusKind).min(1), mode: z.enum(["add", "replace"]), amount: moneyText })
    .optional(),
});

/** Proxy payment (代缴): the first group the person belongs to pays `amount`; `tier` is a tier of their own. */
export const proxyValueSchema = z.strictObject({
  groups: z.array(
    z.strictObject({
      /** Any of these statuses … */
      statuses: z.array(statusKind).min(1),
      /** … together with all of these. */
      requires: z.array(statusKind).optional(),
      amount: moneyText,
      tier: moneyText.optional(),
    }),
  ),
});

/** A top-up of the basic pension (加发): one line in the monthly breakdown. */
export const topUpValueSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("flat"), amount: moneyText }),
  z.strictObject({ kind: z.literal("per-year-beyond"), beyondYears: wholeNumber, perYear: moneyText }),
  z.strictObject({
    kind: z.literal("age"),
    brackets: z.array(z.strictObject({ age: wholeNumber, amount: moneyText })).min(1),
  }),
  z.strictObject({ kind: z.literal("status"), status: statusKind, amount: moneyText }),
  z.strictObject({ kind: z.literal("contributor"), amount: moneyText }),
]);

export const deathBenefitValueSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("flat"), amount: moneyText }),
  z.strictObject({ kind: z.literal("months-of-pension"), months: wholeNumber }),
  z.strictObject({ kind: z.literal("multiple-of-basic"), multiple: wholeNumber }),
]);

export const regionPolicySchema = z.strictObject({
  id: z.enum(regionIds),
  name: z.string(),
  nameZh: z.string(),
  /** The seed and document the config encodes. */
  source: z.string().min(1),
  facts: z.strictObject({
    /** SCHEME-START: null where rules.md says unknown (COHORT handles it). */
    schemeStart: feature(civilDate.nullable()),
    /** FIRST-MONTH: the region's benefit start month (YYYY-MM), null where none is given. */
    benefitStartMonth: feature(z.string().regex(/^\d{4}-\d{2}$/).nullable()),
    /** A region that fixes the divisor (QN 139) instead of NAT-DIVISOR by age. */
    fixedDivisor: feature(z.number().int().positive().nullable()),
  }),
  features: z.strictObject({
    /** How the year's rate is read from the rate table. */
    interestRate: feature(z.enum(["highest-in-year", "on-1-january"])),
    interestMethod: feature(z.enum(["monthly", "next-year"])),
    /** A payment after the deadline: a back-payment in any later year, only in the next year, or refused. */
    latePayment: feature(z.enum(["any-later-year", "next-year", "refused"])),
    /** Whether a back-paid year gets the subsidy and the proxy payment. */
    latePaymentSubsidy: feature(z.boolean()),
    paymentsPerYear: feature(z.enum(["one", "many"])),
    /** QN-PAY-AT-60: the 60th year must be paid before the birthday month; JM-AT-60: the pension waits for it. */
    payAt60: feature(z.enum(["before-birthday-month", "pension-waits", "none"])),
    /** QN-PRISON / QN-MISSING: suspension rules exist in the text. */
    suspension: feature(z.boolean()),
    /** BB-FAMILY: the old cohort's basic pension needs the children enrolled. */
    familyBinding: feature(z.boolean()),
    /** MAKE-UP: who may make up missing years in one payment. */
    makeUp: feature(z.enum(["cohorts-1-2", "cohort-2-at-60", "cohort-2"])),
    transfer: feature(z.enum(["move", "sealed"])),
    /** The rule id and citation of the region's eligibility and death rules (for traces). */
    /** QN-SEAL: the text's own rule for payments while under the employees' pension. */
    seal: feature(z.literal(true)).optional(),
    eligibility: feature(z.literal(true)),
    death: feature(z.literal(true)),
    /** How emigration (出国(境)定居) is settled, where the text has its own rule (QN-EMIGRATE, BB-DEATH-PRE). */
    emigration: feature(z.literal(true)).optional(),
    enrollment: feature(z.literal(true)),
  }),
  parameters: z.strictObject({
    enrolAge: parameterSchema(wholeNumber),
    pensionAge: parameterSchema(z.strictObject({ male: wholeNumber, female: wholeNumber })),
    tiers: parameterSchema(z.array(moneyText).min(1).readonly()),
    /** The day by which a year's payment is on time (QN 12-10; otherwise 12-31). */
    deadline: parameterSchema(z.strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })),
    subsidy: parameterSchema(subsidyValueSchema),
    proxy: parameterSchema(proxyValueSchema).optional(),
    /** NX-SUB-SPECIAL: percentage of the previous year's rural income, by status. */
    specialSubsidy: parameterSchema(z.partialRecord(statusKind, rateText)).optional(),
    /** NX-SUB-SPECIAL-INCOME: the previous year's 全区农村居民人均可支配收入, by the year it is used in. */
    specialSubsidyIncome: parameterSchema(moneyText).optional(),
    collectiveCap: parameterSchema(moneyText).optional(),
    lumpSum: parameterSchema(
      z.strictObject({ standards: z.array(moneyText).min(1), untilAge: wholeNumber, minMonths: wholeNumber }),
    ).optional(),
    rate: parameterSchema(rateText),
    divisor: parameterSchema(z.record(z.string().regex(/^\d+$/), z.number().int().positive())),
    minBasic: parameterSchema(moneyText),
    inherit: parameterSchema(z.enum(["exclude-subsidy", "whole-balance"])),
    basic: parameterSchema(moneyText),
    topUps: z.array(parameterSchema(topUpValueSchema)).readonly(),
    deathBenefit: parameterSchema(deathBenefitValueSchema).optional(),
    /** CX-LEGACY: old-system pensioners' grades. */
    legacy: parameterSchema(
      z.strictObject({
        grades: z.array(moneyText).min(1),
        increase: moneyText,
        pensionAge: z.strictObject({ male: wholeNumber, female: wholeNumber }),
      }),
    ).optional(),
    legacyFuneral: parameterSchema(deathBenefitValueSchema).optional(),
    /** QN-MISSING: the month of being missing from which the pension is suspended (month 1 = the month of disappearance). */
    missingSuspension: parameterSchema(z.strictObject({ fromMonth: z.number().int().min(1) })).optional(),
  }),
});

export type RegionPolicy = z.infer<typeof regionPolicySchema>;
export type SubsidyValue = z.infer<typeof subsidyValueSchema>;
export type ProxyValue = z.infer<typeof proxyValueSchema>;
export type TopUpValue = z.infer<typeof topUpValueSchema>;
export type DeathBenefitValue = z.infer<typeof deathBenefitValueSchema>;
export type Feature<T> = { readonly value: T; readonly rule: string; readonly citation: string; readonly note?: string };

// Compile-time check: every parameter in the schema is a Parameter<…> of the model.
type ParametersOf<P> = P[keyof P];
const _shape: ParametersOf<RegionPolicy["parameters"]> extends Parameter<unknown> | readonly Parameter<unknown>[] | undefined ? true : never = true;
void _shape;
