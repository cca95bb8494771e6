import type { EvaluateOptions, Locale } from "../../index";

/** `--partial` and `--estimate floor` (answers.md §2, §3), as given on the command line. */
export interface AnswerFlags {
  readonly partial?: boolean | undefined;
  readonly estimate?: "none" | "floor" | undefined;
  /** `--lang`: the language of messages (default from the environment). */
  readonly locale?: Locale | undefined;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * The evaluate options for a case on the command line: `--partial` or the case's own
 * `options.unknowns: "partial"` give a partial result; `--estimate` wins over the case's
 * `options.estimate` (which the library reads itself).
 */
export function answerOptions(caseJson: unknown, flags: AnswerFlags | undefined, trace = true): EvaluateOptions {
  const own = isRecord(caseJson) && isRecord(caseJson["options"]) ? caseJson["options"] : {};
  const partial = flags?.partial === true || own["unknowns"] === "partial";
  return {
    trace,
    ...(partial ? { unknowns: "partial" as const } : {}),
    ...(flags?.estimate !== undefined ? { estimate: flags.estimate } : {}),
    ...(flags?.locale !== undefined && flags.locale !== "en" ? { locale: flags.locale } : {}),
  };
}
