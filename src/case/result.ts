import type { ComponentKind, RegionId } from "../kinds";

/**
 * The result of evaluating a case (case-format.md "Output"). Plain JSON: every amount is a
 * string with exactly two decimals, so `JSON.stringify` of the same input is byte-identical.
 */
export type MoneyString = string;

/** Why a rule refused something: a rules.md id and a sentence. */
export interface Refusal {
  readonly rule: string;
  readonly message: string;
}

export type PaymentKind = "regular" | "back-payment" | "lump-sum" | "make-up";

export interface PaymentResult {
  readonly year: number;
  readonly date: string;
  readonly kind: PaymentKind;
  readonly valid: boolean;
  /** The year's tier (personal + proxy), null when refused or for a lump sum. */
  readonly tier: MoneyString | null;
  readonly personal: MoneyString;
  readonly proxy: MoneyString;
  readonly subsidy: MoneyString;
  /** The subsidy by paying level where the text splits it, else null. */
  readonly subsidyByLevel: Readonly<Record<string, MoneyString>> | null;
  readonly collective: MoneyString;
  readonly other: MoneyString;
  readonly refusals: readonly Refusal[];
}

export interface AccountResult {
  readonly balance: MoneyString;
  readonly components: Readonly<Record<ComponentKind, MoneyString>>;
  readonly interestByYear: Readonly<Record<string, MoneyString>>;
  /** Account pension paid out of the account (the draw-down). */
  readonly paidOut: MoneyString;
  /** Account pension the pooled fund paid after the account was empty. */
  readonly fundPaid: MoneyString;
}

export interface BenefitLine {
  readonly rule: string;
  readonly amount: MoneyString;
}

export interface MonthlyBenefit {
  readonly month: string;
  readonly total: MoneyString;
  readonly basic: MoneyString;
  readonly account: MoneyString;
  readonly lines: readonly BenefitLine[];
}

export interface PensionResult {
  readonly eligible: boolean;
  readonly firstMonth: string | null;
  readonly refusals: readonly Refusal[];
  readonly makeUp: { readonly years: number; readonly amount: MoneyString } | null;
  /** The account pension fixed at its start (个人账户养老金), null before it is fixed. */
  readonly accountPension: MoneyString | null;
  /** The pension of the `asOf` month, null outside pension months. */
  readonly monthly: MonthlyBenefit | null;
  /** Months not paid (imprisonment, missing) up to asOf, `YYYY-MM`. */
  readonly suspendedMonths: readonly string[];
}

export interface SettlementLine {
  readonly rule: string;
  readonly label: string;
  readonly amount: MoneyString;
}

export interface SettlementResult {
  readonly event: "death" | "emigration" | "declared-dead" | "transfer-out";
  readonly date: string;
  readonly lastPensionMonth: string | null;
  readonly balance: MoneyString;
  readonly excluded: MoneyString;
  readonly overpayment: MoneyString;
  readonly overpaymentRecovered: MoneyString;
  readonly overpaymentOutstanding: MoneyString;
  readonly inheritable: MoneyString;
  readonly toFund: MoneyString;
  readonly transferred: MoneyString;
  readonly deathBenefit: MoneyString;
  readonly lines: readonly SettlementLine[];
}

export type TraceValue = string | number | boolean | null;

export interface TraceStep {
  readonly rule: string;
  readonly citation: string;
  readonly inputs: Readonly<Record<string, TraceValue>>;
  readonly output: string;
  readonly note?: string;
}

export interface EnrollmentResult {
  readonly eligible: boolean;
  readonly refusals: readonly Refusal[];
}

export interface CaseResult {
  readonly region: RegionId;
  readonly asOf: string;
  readonly enrollment: EnrollmentResult;
  readonly payments: readonly PaymentResult[];
  readonly contributionYears: number;
  readonly account: AccountResult;
  readonly pension: PensionResult;
  readonly settlement: SettlementResult | null;
  readonly trace: readonly TraceStep[];
}
