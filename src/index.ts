/**
 * resident-pension: China's urban-rural residents' basic pension insurance (城乡居民基本养老保险),
 * computed exactly as local policy texts say. One public barrel: what an application needs to
 * evaluate cases, read and override the policies, and handle errors. Money crosses this boundary
 * as strings (`"55.00"`); the library's decimal arithmetic and date helpers are internal.
 */
export { evaluateCase, benefitSchedule } from "./case/evaluate";
export { evaluateCaseWith, benefitScheduleWith, parseCase, type PolicySource, type EvaluateOptions } from "./case/core";
export { checkConservation, type ConservationReport } from "./case/conservation";
export { caseSchema, limits, type Case, type CaseInput } from "./case/schema";
export {
  caseResultSchema,
  type AccountResult,
  type BenefitLine,
  type CaseResult,
  type EnrollmentResult,
  type MoneyString,
  type MonthlyBenefit,
  type PaymentKind,
  type PaymentResult,
  type PensionResult,
  type Refusal,
  type SettlementLine,
  type SettlementResult,
  type TraceStep,
  type TraceValue,
} from "./case/result";
export { PensionInputError, isPensionInputError, errorCodes, RECEIVED_MAX_LENGTH, type PensionErrorCode, type JsonPath, type PensionIssue, type PensionInputErrorJson } from "./errors";
export type { CivilDate } from "./dates";
export { regions, getRegion, ningxia, qiannan, jiangmen, cixi, beibei } from "./policy";
export { withOverrides, type Overrides } from "./policy/overrides";
export { valueOn, segmentOn, type Parameter, type Segment, type KnownSegment, type UnknownSegment } from "./policy/parameter";
export { regionPolicySchema, type RegionPolicy, type Feature } from "./policy/schema";
export { statusKinds, eventKinds, regionIds, componentKinds, type StatusKind, type EventKind, type RegionId, type ComponentKind } from "./kinds";
export { rules, type RuleInfo } from "./rules/registry";
export { evaluateMany, type EvaluateManyItem, type BatchError } from "./batch/evaluate-many";
export type { CostOptions, CostReport, YearCost } from "./batch/cost";
