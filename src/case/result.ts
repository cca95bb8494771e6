import { z } from "zod";
import { componentKinds, OWN_REGION_ID, regionIds, type OwnRegionId, type RegionId } from "../kinds";
import {
  moneyStringSchema,
  civilDateStringSchema,
  estimateSchema,
  refusalSchema,
  paymentKindSchema,
  settlementLineSchema,
  traceStepSchema,
} from "../vocabulary/result-parts";

// The parts the rules produce live in the bottom layer; the result schema re-exports them.
export * from "../vocabulary/result-parts";

/**
 * The result of evaluating a case (case-format.md "Output"), as zod schemas: the TypeScript types
 * are inferred from them and docs/schema/case-result.schema.json is generated from them. Plain
 * JSON: every amount is a string with exactly two decimals, so `JSON.stringify` of the same input
 * is byte-identical.
 */
/** A built-in region id or an integrator's own (with a hyphen, `OwnRegionId`). */
const regionId = z.union([z.enum(regionIds), z.string().regex(OWN_REGION_ID)]) as z.ZodType<
  RegionId | OwnRegionId,
  RegionId | OwnRegionId
>;
const month = z.string().regex(/^\d{4}-\d{2}$/);

export const paymentResultSchema = z.object({
  year: z.number().int(),
  date: civilDateStringSchema,
  kind: paymentKindSchema,
  valid: z.boolean(),
  /** The year's tier (personal + proxy), null when refused or for a lump sum. */
  tier: moneyStringSchema.nullable(),
  personal: moneyStringSchema,
  proxy: moneyStringSchema,
  subsidy: moneyStringSchema,
  /** The subsidy by paying level where the text splits it, else null. */
  subsidyByLevel: z.record(z.string(), moneyStringSchema).nullable(),
  collective: moneyStringSchema,
  other: moneyStringSchema,
  refusals: z.array(refusalSchema),
});
/**
 * One payment as evaluated: its tier, the personal, proxy, subsidy, collective and other amounts credited, and any refusals.
 *
 * @interface
 */
export type PaymentResult = z.infer<typeof paymentResultSchema>;

export const accountResultSchema = z.object({
  balance: moneyStringSchema,
  components: z.record(z.enum(componentKinds), moneyStringSchema),
  interestByYear: z.record(z.string(), moneyStringSchema),
  /** Account pension paid out of the account (the draw-down). */
  paidOut: moneyStringSchema,
  /** Account pension the pooled fund paid after the account was empty. */
  fundPaid: moneyStringSchema,
  /** The account pension paid each calendar year: from the account and from the fund. */
  drawsByYear: z.record(z.string(), z.object({ account: moneyStringSchema, fund: moneyStringSchema })),
  /** NX-INT with `estimate: "floor"`: interest at the PBoC floor default (the announced rate is unknown). */
  estimate: estimateSchema.optional(),
});
/**
 * The personal account (个人账户) on `asOf`: balance by component, interest by year, what was paid out.
 *
 * @interface
 */
export type AccountResult = z.infer<typeof accountResultSchema>;

export const benefitLineSchema = z.object({
  rule: z.string(),
  amount: moneyStringSchema,
  estimate: estimateSchema.optional(),
});
/**
 * One line of a monthly pension: the rule, its amount, and `estimate` when it rests on a floor.
 *
 * @interface
 */
export type BenefitLine = z.infer<typeof benefitLineSchema>;

export const monthlyBenefitSchema = z.object({
  month,
  total: moneyStringSchema,
  basic: moneyStringSchema,
  account: moneyStringSchema,
  lines: z.array(benefitLineSchema),
  estimate: estimateSchema.optional(),
});
/**
 * The pension of one month: the total, its basic and account parts, and one line per rule.
 *
 * @interface
 */
export type MonthlyBenefit = z.infer<typeof monthlyBenefitSchema>;

export const pensionResultSchema = z.object({
  eligible: z.boolean(),
  firstMonth: month.nullable(),
  refusals: z.array(refusalSchema),
  makeUp: z.object({ years: z.number().int(), amount: moneyStringSchema }).nullable(),
  /** The account pension fixed at its start (个人账户养老金), null before it is fixed. */
  accountPension: moneyStringSchema.nullable(),
  /** The pension of the `asOf` month, null outside pension months. */
  monthly: monthlyBenefitSchema.nullable(),
  /** Months not paid (imprisonment, missing) up to asOf and not back-paid, `YYYY-MM`. */
  suspendedMonths: z.array(month),
});
/**
 * Eligibility for the pension and the pension of the `asOf` month.
 *
 * @interface
 */
export type PensionResult = z.infer<typeof pensionResultSchema>;

export const settlementResultSchema = z.object({
  event: z.enum(["death", "emigration", "declared-dead", "transfer-out"]),
  date: civilDateStringSchema,
  lastPensionMonth: month.nullable(),
  balance: moneyStringSchema,
  excluded: moneyStringSchema,
  overpayment: moneyStringSchema,
  overpaymentRecovered: moneyStringSchema,
  overpaymentOutstanding: moneyStringSchema,
  inheritable: moneyStringSchema,
  toFund: moneyStringSchema,
  transferred: moneyStringSchema,
  deathBenefit: moneyStringSchema,
  lines: z.array(settlementLineSchema),
  /** With `estimate: "floor"`: the figures computed from a floor, and which way the true figure can move. */
  estimates: z.record(z.string(), estimateSchema).optional(),
});
/**
 * The settlement after a death, declared death, emigration or transfer-out.
 *
 * @interface
 */
export type SettlementResult = z.infer<typeof settlementResultSchema>;

export const enrollmentResultSchema = z.object({ eligible: z.boolean(), refusals: z.array(refusalSchema) });
/**
 * Whether the person may enrol (参保), with refusals.
 *
 * @interface
 */
export type EnrollmentResult = z.infer<typeof enrollmentResultSchema>;

export const caseResultSchema = z.object({
  region: regionId,
  asOf: civilDateStringSchema,
  enrollment: enrollmentResultSchema,
  payments: z.array(paymentResultSchema),
  contributionYears: z.number().int(),
  account: accountResultSchema,
  pension: pensionResultSchema,
  settlement: settlementResultSchema.nullable(),
  trace: z.array(traceStepSchema),
});
/**
 * The result of evaluating a case (case-format.md "Output"): plain JSON, every amount a string with two decimals.
 *
 * @interface
 */
export type CaseResult = z.infer<typeof caseResultSchema>;

/** One entry of `needs` (answers.md §1). */
export const needSchema = z.object({
  parameter: z.string(),
  title: z.string(),
  titleZh: z.string(),
  from: z.string(),
  until: z.string(),
  status: z.enum(["known", "unknown"]),
  value: z.unknown().optional(),
  citation: z.string().optional(),
  note: z.string().optional(),
  shape: z.string(),
  example: z.unknown(),
});

/**
 * A zod schema with every figure nullable, recursively (objects keep their keys; a record's
 * values, an array's items and the array itself may be null): the partial result's shape.
 */
function nullableFigures(schema: z.ZodTypeAny): z.ZodTypeAny {
  if (schema instanceof z.ZodNullable) return nullableFigures(schema.unwrap() as z.ZodTypeAny);
  if (schema instanceof z.ZodOptional) return nullableFigures(schema.unwrap() as z.ZodTypeAny).optional();
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(
      Object.entries(schema.shape as Record<string, z.ZodTypeAny>).map(([k, v]) => [k, nullableFigures(v)]),
    );
    return z.object(shape).nullable();
  }
  if (schema instanceof z.ZodArray) return z.array(nullableFigures(schema.element as z.ZodTypeAny)).nullable();
  if (schema instanceof z.ZodRecord)
    return z.record(z.string(), nullableFigures(schema.valueType as z.ZodTypeAny)).nullable();
  return schema.nullable();
}

const nullablePart = <T extends z.ZodTypeAny>(s: T) => nullableFigures(s) as z.ZodType<DeepNullable<z.infer<T>> | null>;

/** Every leaf, array and object of T may be null (a figure that depends on a missing value). */
export type DeepNullable<T> = T extends readonly (infer U)[]
  ? DeepNullable<U>[] | null
  : T extends object
    ? { [K in keyof T]: DeepNullable<T[K]> } | null
    : T | null;

/**
 * The result with `unknowns: "partial"` (answers.md §2): the shape of {@link CaseResult} where
 * every figure that depends on a missing value is null, and `unknowns` lists the missing values.
 * `region`, `asOf`, `trace` and `unknowns` are never null; the trace keeps the steps that do not
 * depend on a missing value.
 */
export const partialCaseResultSchema = z.object({
  region: regionId,
  asOf: z.string(),
  enrollment: nullablePart(enrollmentResultSchema),
  payments: z.array(nullablePart(paymentResultSchema)).nullable(),
  contributionYears: z.number().int().nullable(),
  account: nullablePart(accountResultSchema),
  pension: nullablePart(pensionResultSchema),
  settlement: nullablePart(settlementResultSchema),
  trace: z.array(traceStepSchema),
  unknowns: z.array(needSchema),
});
export type PartialCaseResult = z.infer<typeof partialCaseResultSchema>;
