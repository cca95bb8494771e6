/**
 * resident-pension: China's urban-rural residents' basic pension insurance (城乡居民基本养老保险),
 * computed exactly as local policy texts say. One public barrel.
 */
export { evaluateCase, benefitSchedule } from "./case/evaluate";
export { evaluateCaseWith, benefitScheduleWith, parseCase, type PolicySource, type EvaluateOptions } from "./case/core";
export { checkConservation, type ConservationReport } from "./case/conservation";
export { caseSchema, limits, type Case, type CaseInput } from "./case/schema";
export { findMismatch, type Mismatch } from "./case/expect";
export * from "./case/result";
export { PensionInputError, isPensionInputError, errorCodes, RECEIVED_MAX_LENGTH, type PensionErrorCode, type JsonPath, type PensionIssue, type PensionInputErrorJson } from "./errors";
export { Decimal, parseMoney, roundFen, formatMoney, type Money, type MoneyInput } from "./money";
export {
  ageOn,
  birthday,
  monthAfterBirthday,
  formatMonth,
  parseMonth,
  parseCivilDate,
  monthOf,
  type CivilDate,
  type MonthIndex,
} from "./dates";
export { regions, getRegion, ningxia, qiannan, jiangmen, cixi, beibei } from "./policy";
export { withOverrides, overridesSchema, overrideSegmentSchema, type Overrides } from "./policy/overrides";
export { valueOn, segmentOn, type Parameter, type Segment, type KnownSegment, type UnknownSegment } from "./policy/parameter";
export { regionPolicySchema, type RegionPolicy, type Feature } from "./policy/schema";
export { pbocOneYearRate, divisorTable, nationalMinimumBasic, inheritanceRule } from "./policy/national";
export { statusKinds, eventKinds, regionIds, componentKinds, type StatusKind, type EventKind, type RegionId, type ComponentKind } from "./kinds";
export { rules, type RuleInfo } from "./rules/registry";
export { evaluateMany, type EvaluateManyItem, type BatchError } from "./batch/evaluate-many";
export type { CostOptions, CostReport, YearCost } from "./batch/cost";
