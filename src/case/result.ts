import { z } from "zod";
import { componentKinds, regionIds } from "../kinds";

/**
 * The result of evaluating a case (case-format.md "Output"), as zod schemas: the TypeScript types
 * are inferred from them and docs/schema/case-result.schema.json is generated from them. Plain
 * JSON: every amount is a string with exactly two decimals, so `JSON.stringify` of the same input
 * is byte-identical.
 */
/** An amount in yuan with exactly two decimals, e.g. `"55.00"`: how money leaves the library. */
export type MoneyString = string;
export const moneyStringSchema = z.string().regex(/^\d+\.\d{2}$/).describe("yuan, exactly two decimals") satisfies z.ZodType<MoneyString>;

const month = z.string().regex(/^\d{4}-\d{2}$/);
/** A civil date `YYYY-MM-DD` (`format: "date"` in the JSON Schema). */
export const civilDateStringSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const refusalSchema = z.object({ rule: z.string().describe("rules.md id"), message: z.string() });
/**
 * A refusal under a rule: the rule id (rules.md) and a sentence.
 *
 * @interface
 */
export type Refusal = z.infer<typeof refusalSchema>;

/** How a payment was made: a regular year, a back-payment (补缴), Beibei's lump sum (趸缴) or a make-up (补足). */
export type PaymentKind = "regular" | "back-payment" | "lump-sum" | "make-up";
export const paymentKindSchema = z.enum(["regular", "back-payment", "lump-sum", "make-up"]) satisfies z.ZodType<PaymentKind>;

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
});
/**
 * The personal account (个人账户) on `asOf`: balance by component, interest by year, what was paid out.
 *
 * @interface
 */
export type AccountResult = z.infer<typeof accountResultSchema>;

export const benefitLineSchema = z.object({ rule: z.string(), amount: moneyStringSchema });
/**
 * One line of a monthly pension: the rule and its amount.
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

export const settlementLineSchema = z.object({ rule: z.string(), label: z.string(), amount: moneyStringSchema });
/**
 * One line of a settlement: the rule, a label and the amount.
 *
 * @interface
 */
export type SettlementLine = z.infer<typeof settlementLineSchema>;

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
});
/**
 * The settlement after a death, declared death, emigration or transfer-out.
 *
 * @interface
 */
export type SettlementResult = z.infer<typeof settlementResultSchema>;

/** A value in a trace step's inputs. */
export type TraceValue = string | number | boolean | null;
export const traceValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]) satisfies z.ZodType<TraceValue>;

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

export const enrollmentResultSchema = z.object({ eligible: z.boolean(), refusals: z.array(refusalSchema) });
/**
 * Whether the person may enrol (参保), with refusals.
 *
 * @interface
 */
export type EnrollmentResult = z.infer<typeof enrollmentResultSchema>;

export const caseResultSchema = z.object({
  region: z.enum(regionIds),
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
