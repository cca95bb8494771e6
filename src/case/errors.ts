import type * as z from "zod/mini";
import { PensionInputError, type PensionErrorCode } from "../errors";
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

/** The first zod issue of a case as a typed PensionInputError naming the field's JSON path. */
export function caseIssueToError(error: z.core.$ZodError): PensionInputError {
  const issue = error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  // An unknown key is reported at the key itself, not at the object holding it.
  if (issue.code === "unrecognized_keys" && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  return new PensionInputError(codeOf(issue, issue.path), path, `${formatPath(path)}: ${issue.message}`);
}
