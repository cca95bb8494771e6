/** Zod issues as PensionInputError: moved to the bottom layer (src/vocabulary/issues.ts), re-exported here. */
export { issueInfo, caseIssuesToError } from "../vocabulary/issues";
