/**
 * `resident-pension/core`: evaluation without the region registry, for bundles that ship one
 * region (import its config from `resident-pension/regions/<id>`).
 */
export { evaluateCaseWith, benefitScheduleWith, parseCase, type PolicySource, type EvaluateOptions } from "./case/core";
export { caseSchema, limits, type Case, type CaseInput } from "./case/schema";
export { checkConservation } from "./public";
export type { ConservationReport } from "./case/conservation";
export type {
  CaseResult,
  MonthlyBenefit,
  PaymentResult,
  PensionResult,
  SettlementResult,
  TraceStep,
  Refusal,
} from "./case/result";
export {
  PensionInputError,
  isPensionInputError,
  type PensionErrorCode,
  type JsonPath,
  type PensionIssue,
  type PensionInputErrorJson,
} from "./errors";
export { withOverrides, type Overrides } from "./policy/overrides";
export { withParameterPack, PARAMETER_PACK_FORMAT, type ParameterPack, type ParameterPackOptions } from "./policy/pack";
export type { RegionPolicy } from "./policy/schema";
