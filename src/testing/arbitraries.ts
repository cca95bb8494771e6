/**
 * `resident-pension/testing/arbitraries`: the fast-check generators (docs/testing.md "Generators
 * for analysts"): `validCase(region)` and `malformedCase()`. fast-check is an optional peer
 * dependency, imported only by this entry — the main entry and `resident-pension/testing` never
 * load it.
 */
export { validCase, type CaseJson, type ValidCaseOptions } from "./valid-case";
export { malformedCase, malformedBases, type Malformed } from "./malformed-case";
export { fixtureOverrides, FIXTURE_CITATION } from "./fixtures";
