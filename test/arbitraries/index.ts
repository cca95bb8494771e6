/**
 * What the laws use. The generators live in src/testing/ and ship in `resident-pension/testing`
 * (validCase, malformedCase, fixtureOverrides); the helpers the laws also need (dates, policy
 * look-ups) come from the same modules without being part of the public entry. The law runner
 * (evaluate.ts) and the checks on results (laws.ts) use vitest and stay here.
 */
export {
  validCase,
  caseMonthKnown,
  tiersFor,
  type CaseJson,
  type ValidCaseOptions,
} from "../../src/testing/valid-case";
export { malformedCase, malformedBases, type Malformed } from "../../src/testing/malformed-case";
export {
  fixtureOverrides,
  effectivePolicy,
  allParameters,
  knownOn,
  pensionMonthKnown,
  FIXTURE_CITATION,
} from "../../src/testing/fixtures";
export * from "../../src/testing/dates";
export * from "./evaluate";
export * from "./laws";
