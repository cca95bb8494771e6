export { validCase, caseMonthKnown, tiersFor, type CaseJson, type ValidCaseOptions } from "./valid-case";
export { malformedCase, malformedBases, type Malformed } from "./malformed-case";
export { fixtureOverrides, effectivePolicy, allParameters, knownOn, pensionMonthKnown, FIXTURE_CITATION } from "./regions";
export * from "./evaluate";
export * from "./dates";
export * from "./laws";
