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
import type { ZodIssueInfo } from "../i18n/en";

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

/** The JavaScript type of a value as zod names it (`null`, `array`, `nan` apart). */
function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number" && Number.isNaN(v)) return "nan";
  return typeof v;
}

/**
 * What a zod issue says, enough to render it in another language (src/i18n).
 *
 * @internal
 */
export function issueInfo(issue: z.core.$ZodIssue, value: unknown, known = true): ZodIssueInfo {
  const i = issue as z.core.$ZodIssue & {
    expected?: unknown;
    values?: readonly unknown[];
    maximum?: unknown;
    minimum?: unknown;
    inclusive?: boolean;
    origin?: unknown;
    keys?: readonly string[];
  };
  return {
    code: issue.code,
    message: issue.message,
    expected: typeof i.expected === "string" ? i.expected : undefined,
    received: known ? typeName(value) : undefined,
    values: i.values,
    maximum: i.maximum === undefined ? undefined : String(i.maximum),
    minimum: i.minimum === undefined ? undefined : String(i.minimum),
    inclusive: i.inclusive,
    origin: typeof i.origin === "string" ? i.origin : undefined,
    keys: i.keys,
  };
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
      const value = valueAt(input, path);
      issues.push(
        issueOf(
          codeOf(issue, issue.path),
          path,
          { id: "zod.issue", params: { where: formatPath(path), issue: issueInfo(issue, value) } },
          describeReceived(value),
        ),
      );
    }
  }
  // zod fails with at least one issue.
  return PensionInputError.fromIssues(issues as [PensionIssue, ...PensionIssue[]]);
}
