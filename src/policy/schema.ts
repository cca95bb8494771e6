import * as z from "zod/mini";
import { isCivilDate } from "../dates";
import { OWN_REGION_ID, regionIds, statusKinds, type OwnRegionId, type RegionId } from "../kinds";
import type { Parameter } from "./parameter";

/**
 * The RegionPolicy schema. Every policy number lives in a dated, cited parameter; every
 * structural choice of a region (how it picks the interest rate, whether it allows back-payments)
 * is a cited feature. Types come from these schemas (`z.infer`), never a parallel interface.
 */

// zod/mini: the same schemas as zod's classic API, tree-shakable for the browser bundle.
// Digit limits like the case's own amounts (an override is input too): below 10¹² yuan.
/** An amount of yuan as a config writes it (`"55"`, `"12.5"`); supplied values may also be numbers (money-values.ts). */
export const moneyText = z
  .string()
  .check(z.regex(/^(0|[1-9]\d{0,11})(\.\d{1,2})?$/, "an amount in yuan with at most two decimals"));
const rateText = z
  .string()
  .check(
    z.regex(
      /^(0|[1-9]\d{0,2})(\.\d{1,12})?$/,
      "a non-negative decimal rate, e.g. 0.0275 (at most 3 digits before the point and 12 after)",
    ),
  );
const civilDate = z.string().check(z.refine(isCivilDate, "a calendar date YYYY-MM-DD"));
const citation = z.string().check(z.refine((s) => s.trim().length > 0, "a citation is required"));
const statusKind = z.enum(statusKinds);
const wholeNumber = z.int().check(z.nonnegative());

function parameterSchema<T extends z.ZodMiniType>(value: T) {
  const known = z.strictObject({
    from: civilDate,
    until: z.optional(civilDate),
    value,
    citation,
    published: z.optional(civilDate),
    /** The last date a source confirmed the value (an open-ended segment: "latest known, holds"). */
    checked: z.optional(civilDate),
    note: z.optional(z.string()),
  });
  const unknown = z.strictObject({
    from: civilDate,
    until: z.optional(civilDate),
    unknown: z.literal(true),
    citation,
    note: z.optional(z.string()),
  });
  return z
    .strictObject({
      id: z.string().check(z.regex(/^[A-Z]{2,3}(-[A-Z0-9]+)+$/, "a docs/rules.md id such as QN-BEN-BASIC")),
      title: z.string().check(z.minLength(1)),
      segments: z.readonly(z.array(z.union([known, unknown])).check(z.minLength(1))),
    })
    .check(
      z.superRefine((p, ctx) => {
        p.segments.forEach((s, i) => {
          if (s.until !== undefined && s.until < s.from) {
            ctx.addIssue({
              code: "custom",
              path: ["segments", i, "until"],
              message: `${p.id}: until ${s.until} is before from ${s.from}`,
            });
          }
          const prev = p.segments[i - 1];
          if (prev && (prev.until === undefined || prev.until >= s.from)) {
            ctx.addIssue({
              code: "custom",
              path: ["segments", i, "from"],
              message: `${p.id}: segment from ${s.from} overlaps the one before it (segments must be in date order without overlap)`,
            });
          }
        });
      }),
    );
}

function feature<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({ value, rule: z.string().check(z.minLength(1)), citation, note: z.optional(z.string()) });
}

/**
 * Subsidy (缴费补贴) by tier: the bracket with the largest `from` ≤ the tier paid applies. A bracket
 * gives a fixed `amount` (split `byLevel` where the source splits it) or a `rate` of the tier
 * (QN-SUB from 2021: 10%); a rate must give a whole fen (no rounding point of docs/conventions.md
 * covers it), else the evaluation is an `invalid-policy` error.
 */
export const subsidyValueSchema = z.strictObject({
  brackets: z
    .array(
      z.union([
        z.strictObject({ from: moneyText, amount: moneyText, byLevel: z.optional(z.record(z.string(), moneyText)) }),
        z.strictObject({ from: moneyText, rate: rateText }),
      ]),
    )
    .check(z.minLength(1)),
  /** Hardship groups: `add` the amount on top (Beibei) or `replace` the bracket (Cixi). */
  hardship: z.optional(
    z.strictObject({
      statuses: z.array(statusKind).check(z.minLength(1)),
      mode: z.enum(["add", "replace"]),
      amount: moneyText,
    }),
  ),
});

/** Proxy payment (代缴): the first group the person belongs to pays `amount`; `tier` is a tier of their own. */
export const proxyValueSchema = z.strictObject({
  groups: z.array(
    z.strictObject({
      /** Any of these statuses … */
      statuses: z.array(statusKind).check(z.minLength(1)),
      /** … together with all of these. */
      requires: z.optional(z.array(statusKind)),
      amount: moneyText,
      tier: z.optional(moneyText),
    }),
  ),
});

const tierList = z.readonly(z.array(moneyText).check(z.minLength(1)));

/**
 * Contribution tiers (缴费档次) of a year: a list, or the list plus tiers `reserved` for people who
 * hold one of the listed statuses on the year's lookup date (QN-PAY-TIERS from 2021: 100 only for
 * the hardship groups; BB-CQ-2022 likewise).
 */
export const tiersValueSchema = z.union(
  [
    tierList,
    z.strictObject({
      tiers: tierList,
      reserved: z
        .array(z.strictObject({ tier: moneyText, statuses: z.array(statusKind).check(z.minLength(1)) }))
        .check(z.minLength(1)),
    }),
  ],
  {
    error:
      'expected a list of tiers such as ["100", "200"], or { "tiers": [...], "reserved": [{ "tier", "statuses" }] }',
  },
);

/**
 * NX-SUB-SPECIAL by status: a share of the previous year's rural income (`"0.24"`), or a published
 * yearly figure `{ amount, tier? }` (the subsidy, and the payment that is a tier of its own for a
 * person with the status that year).
 */
export const specialSubsidyValueSchema = z.partialRecord(
  statusKind,
  z.union([rateText, z.strictObject({ amount: moneyText, tier: z.optional(moneyText) })]),
);

/** A top-up of the basic pension (加发): one line in the monthly breakdown. */
export const topUpValueSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("flat"), amount: moneyText }),
  z.strictObject({ kind: z.literal("per-year-beyond"), beyondYears: wholeNumber, perYear: moneyText }),
  z.strictObject({
    kind: z.literal("age"),
    brackets: z.array(z.strictObject({ age: wholeNumber, amount: moneyText })).check(z.minLength(1)),
  }),
  z.strictObject({ kind: z.literal("status"), status: statusKind, amount: moneyText }),
  z.strictObject({ kind: z.literal("contributor"), amount: moneyText }),
]);

export const deathBenefitValueSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("flat"), amount: moneyText }),
  z.strictObject({ kind: z.literal("months-of-pension"), months: wholeNumber }),
  z.strictObject({ kind: z.literal("multiple-of-basic"), multiple: wholeNumber }),
]);

/** A lump-sum participant's monthly standards (一次性缴费), the age it is open to and the months it needs. */
const lumpSumValueSchema = z.strictObject({
  standards: z.array(moneyText).check(z.minLength(1)),
  untilAge: wholeNumber,
  minMonths: wholeNumber,
});

/** CX-LEGACY: the old-system pensioners' grades, the yearly increase and their pension ages. */
const legacyValueSchema = z.strictObject({
  grades: z.array(moneyText).check(z.minLength(1)),
  increase: moneyText,
  /** The increase only for a legacy pension whose first month is this month (YYYY-MM) or earlier. */
  increaseStartedBy: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}$/))),
  pensionAge: z.strictObject({ male: wholeNumber, female: wholeNumber }),
});

/** zod's own message for a value outside an enum, as the policy schema's `z.enum(regionIds)` gave it. */
const badOption = (): string => `Invalid option: expected one of ${regionIds.map((v) => JSON.stringify(v)).join("|")}`;

/**
 * A region id: a built-in one (`regionIds`) or an integrator's own (`OwnRegionId`, with a hyphen).
 * Anything else fails with one issue carrying `error`'s message, as a `z.enum(regionIds)` did.
 */
export function regionIdSchema(
  error: () => string = badOption,
): z.ZodMiniType<RegionId | OwnRegionId, RegionId | OwnRegionId> {
  // Both options abort, so a value neither takes gets the union's one issue (not the pattern's).
  const own = z.string().check(z.regex(OWN_REGION_ID, { abort: true }));
  return z.union([z.enum(regionIds), own], { error }) as z.ZodMiniType<RegionId | OwnRegionId, RegionId | OwnRegionId>;
}

export const regionPolicySchema = z.strictObject({
  id: regionIdSchema(),
  name: z.string(),
  nameZh: z.string(),
  /** The seed and document the config encodes. */
  source: z.string().check(z.minLength(1)),
  facts: z.strictObject({
    /** SCHEME-START: null where rules.md says unknown (COHORT handles it). */
    schemeStart: feature(z.nullable(civilDate)),
    /** FIRST-MONTH: the region's benefit start month (YYYY-MM), null where none is given. */
    benefitStartMonth: feature(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}$/)))),
    /** A region that fixes the divisor (QN 139) instead of NAT-DIVISOR by age. */
    fixedDivisor: feature(z.nullable(z.int().check(z.positive()))),
  }),
  features: z.strictObject({
    /** How the year's rate is read from the rate table. */
    /**
     * `floor: true`: the rule sets only a floor (Ningxia: 不低于 the PBoC rate) and the announced
     * rates are not in the sources, so account figures on the default are lower bounds (answers.md §3).
     */
    interestRate: z.extend(feature(z.enum(["highest-in-year", "on-1-january"])), {
      floor: z.optional(z.literal(true)),
    }),
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
    seal: z.optional(feature(z.literal(true))),
    eligibility: feature(z.literal(true)),
    death: feature(z.literal(true)),
    /** How emigration (出国(境)定居) is settled, where the text has its own rule (QN-EMIGRATE, BB-DEATH-PRE). */
    emigration: z.optional(feature(z.literal(true))),
    /** The region's own rule id for every settlement line and step of a death or emigration before the pension (BB-DEATH-PRE). */
    deathBeforePension: z.optional(feature(z.literal(true))),
    enrollment: feature(z.literal(true)),
  }),
  parameters: z.strictObject({
    enrolAge: parameterSchema(wholeNumber),
    pensionAge: parameterSchema(z.strictObject({ male: wholeNumber, female: wholeNumber })),
    tiers: parameterSchema(tiersValueSchema),
    /** The day by which a year's payment is on time (QN 12-10; otherwise 12-31). */
    deadline: parameterSchema(
      z.strictObject({
        month: z.int().check(z.minimum(1), z.maximum(12)),
        day: z.int().check(z.minimum(1), z.maximum(31)),
      }),
    ),
    subsidy: parameterSchema(subsidyValueSchema),
    proxy: z.optional(parameterSchema(proxyValueSchema)),
    /** NX-SUB-SPECIAL: percentage of the previous year's rural income, or a published figure, by status. */
    specialSubsidy: z.optional(parameterSchema(specialSubsidyValueSchema)),
    /** NX-SUB-SPECIAL-INCOME: the previous year's 全区农村居民人均可支配收入, by the year it is used in. */
    specialSubsidyIncome: z.optional(parameterSchema(moneyText)),
    collectiveCap: z.optional(parameterSchema(moneyText)),
    lumpSum: z.optional(parameterSchema(lumpSumValueSchema)),
    rate: parameterSchema(rateText),
    divisor: parameterSchema(z.record(z.string().check(z.regex(/^\d+$/)), z.int().check(z.positive()))),
    minBasic: parameterSchema(moneyText),
    inherit: parameterSchema(z.enum(["exclude-subsidy", "whole-balance"])),
    basic: parameterSchema(moneyText),
    topUps: z.readonly(z.array(parameterSchema(topUpValueSchema))),
    deathBenefit: z.optional(parameterSchema(deathBenefitValueSchema)),
    /** CX-LEGACY: old-system pensioners' grades. */
    legacy: z.optional(parameterSchema(legacyValueSchema)),
    legacyFuneral: z.optional(parameterSchema(deathBenefitValueSchema)),
    /** QN-MISSING: the month of being missing from which the pension is suspended (month 1 = the month of disappearance). */
    missingSuspension: z.optional(parameterSchema(z.strictObject({ fromMonth: z.int().check(z.minimum(1)) }))),
  }),
});

/**
 * A region's policy: its facts, features and dated, cited parameters (deeply frozen).
 *
 * @interface
 */
export type RegionPolicy = z.infer<typeof regionPolicySchema>;
/** What {@link RegionPolicy} is written as: the same, before validation (`definePolicy`'s argument). */
export type RegionPolicyInput = z.input<typeof regionPolicySchema>;
export type SubsidyValue = z.infer<typeof subsidyValueSchema>;
export type TiersValue = z.infer<typeof tiersValueSchema>;

/** The tiers open to everyone in a tiers value (the reserved ones left out). */
export function tierListOf(v: TiersValue): readonly string[] {
  return "reserved" in v ? v.tiers : v;
}
export type SpecialSubsidyValue = z.infer<typeof specialSubsidyValueSchema>;
export type ProxyValue = z.infer<typeof proxyValueSchema>;
export type TopUpValue = z.infer<typeof topUpValueSchema>;
export type DeathBenefitValue = z.infer<typeof deathBenefitValueSchema>;
export type Feature<T> = {
  readonly value: T;
  readonly rule: string;
  readonly citation: string;
  readonly note?: string;
};

// Compile-time check: every parameter in the schema is a Parameter<…> of the model.
type ParametersOf<P> = P[keyof P];
const _shape: ParametersOf<RegionPolicy["parameters"]> extends
  Parameter<unknown> | readonly Parameter<unknown>[] | undefined
  ? true
  : never = true;
void _shape;
