/**
 * resident-pension: China's urban-rural residents' basic pension insurance (城乡居民基本养老保险),
 * computed exactly as local policy texts say. One public barrel: what an application needs to
 * evaluate cases, read and override the policies, and handle errors. Money crosses this boundary
 * as strings (`"55.00"`); the library's decimal arithmetic and date helpers are internal.
 */
export { evaluateCase, benefitSchedule, needs } from "./case/evaluate";
export { needsWith, type NeedsOptions } from "./answers/needs";
export { locales, localeFromEnv, type Locale } from "./i18n/locale";
export { refusalCodes, type RefusalCode } from "./i18n/index";
export { localized } from "./i18n/public";
export type { Need, NeedsReport } from "./answers/need";
export { packTemplate, type PackTemplate } from "./answers/pack-template";
export { titlesZh } from "./i18n/titles-zh";
export { benefitScheduleWith, parseCase, type PolicySource, type EvaluateOptions } from "./case/core";
export { evaluateCaseWith } from "./answers/answer";
export type { ConservationReport } from "./case/conservation";
export { caseSchema, limits, type Case, type CaseInput } from "./case/schema";
export {
  caseResultSchema,
  partialCaseResultSchema,
  type AccountResult,
  type BenefitLine,
  type CaseResult,
  type DeepNullable,
  type EnrollmentResult,
  type Estimate,
  type MoneyString,
  type MonthlyBenefit,
  type PartialCaseResult,
  type PaymentKind,
  type PaymentResult,
  type PensionResult,
  type Refusal,
  type SettlementLine,
  type SettlementResult,
  type TraceStep,
  type TraceValue,
} from "./case/result";
export {
  PensionInputError,
  isPensionInputError,
  errorCodes,
  RECEIVED_MAX_LENGTH,
  type PensionErrorCode,
  type PensionErrorDetails,
  type JsonPath,
  type PensionIssue,
  type PensionInputErrorJson,
} from "./errors";
export type { CivilDate } from "./dates";
// The helpers as callers get them: each validates its arguments (src/public.ts).
export { valueOn, segmentOn, checkConservation } from "./public";
export { regions, getRegion, ningxia, qiannan, jiangmen, cixi, beibei } from "./policy";
export { withOverrides, type Overrides } from "./policy/overrides";
export type { Parameter, Segment, KnownSegment, UnknownSegment } from "./policy/parameter";
export {
  withParameterPack,
  parameterPackSchema,
  PARAMETER_PACK_FORMAT,
  type ParameterPack,
  type ParameterPackOptions,
} from "./policy/pack";
export { parseParameterPack, policiesWithPacks, type LoadedPack } from "./policy/packs";
export { regionPolicySchema, type RegionPolicy, type Feature } from "./policy/schema";
export {
  statusKinds,
  eventKinds,
  regionIds,
  componentKinds,
  type StatusKind,
  type EventKind,
  type RegionId,
  type ComponentKind,
} from "./kinds";
export { rules, type RuleInfo } from "./rules/registry";
export { sources, citedSources, type Source, type SourceConfidence } from "./policy/sources";
export { citationsOf, type Citation } from "./policy/citation";
export { evaluateMany, type EvaluateManyItem, type BatchError } from "./case/evaluate-many";
export type { CostOptions, CostReport, YearCost } from "./case/cost-report";
