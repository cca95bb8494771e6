import type * as z from "zod/mini";
import {
  describeReceived,
  issueOf,
  PensionInputError,
  valueAt,
  type PensionErrorCode,
  type PensionIssue,
} from "../errors";
import { formatPath } from "../money";

const DATE_FIELDS = new Set(["asOf", "birthDate", "date", "from", "until", "schemeStart", "pensionsPaidThrough"]);
const MONEY_FIELDS = new Set(["amount", "collective", "sponsor", "monthlyStandard"]);

function codeOf(issue: z.core.$ZodIssue, path: readonly PropertyKey[]): PensionErrorCode {
  const last = path[path.length - 1];
  const parent = path[path.length - 3];
  if (issue.code === "too_big" && issue.origin === "array") return "limit-exceeded";
  if (last === "region") return "unknown-region";
  if (last === "kind" && parent === "statuses") return "unknown-status";
  if (last === "kind" && parent === "events") return "unknown-event";
  if (typeof last === "string" && DATE_FIELDS.has(last)) return "invalid-date";
  if (typeof last === "string" && MONEY_FIELDS.has(last)) return "invalid-money";
  return "invalid-input";
}

/**
 * Every zod issue of a case as one typed PensionInputError: `issues` lists them all (an unknown
 * key at the key itself, one issue per key), each with its JSON path, code and the value received
 * (read from `input`); the first gives the error's top-level fields.
 */
export function caseIssuesToError(error: z.core.$ZodError, input: unknown): PensionInputError {
  const issues: PensionIssue[] = [];
  for (const issue of error.issues) {
    const at = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    // An unknown key is reported at the key itself, not at the object holding it.
    const paths =
      issue.code === "unrecognized_keys" && issue.keys.length > 0 ? issue.keys.map((k) => [...at, k]) : [at];
    for (const path of paths) {
      issues.push(
        issueOf(
          codeOf(issue, issue.path),
          path,
          `${formatPath(path)}: ${issue.message}`,
          describeReceived(valueAt(input, path)),
        ),
      );
    }
  }
  // zod fails with at least one issue.
  return PensionInputError.fromIssues(issues as [PensionIssue, ...PensionIssue[]]);
}
