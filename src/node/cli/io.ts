import { readFileSync } from "node:fs";
import { localized, unreadableInput, type Locale, type PensionInputError } from "../../index";

/** What the command line reads from outside its arguments; tests replace it. */
export interface CliIo {
  /** The whole of standard input, for `evaluate -` and `explain -`. */
  readonly readStdin: () => Promise<string>;
  /** Today's civil date `YYYY-MM-DD` (the default of `regions --date`). */
  readonly today: () => string;
  /** `batch -` / `cost -`: standard input as a stream (default: the process's). */
  readonly stdin?: NodeJS.ReadableStream | undefined;
  /** Aborted with the signal's name on SIGINT / SIGTERM (batch and cost stop between chunks). */
  readonly signal?: AbortSignal | undefined;
  /**
   * The environment, for the default of `--lang` (`LC_ALL`, `LANG`): zh-CN when it starts with
   * `zh`. Absent: English.
   */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
}

/** What a command produced: the process exit code and the text of both streams. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The process's own standard input and clock (the library itself never reads the clock). */
export const nodeIo: CliIo = {
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin)
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks).toString("utf8");
  },
  env: process.env,
  today: () => {
    const d = new Date();
    const pad = (n: number): string => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  },
};

/**
 * Read and parse a case file (`-` for standard input). A file that cannot be read or is not
 * JSON is an `invalid-input` error with an empty path, like any other bad input.
 */
export async function readCaseFile(file: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    text = await readText(file, io);
  } catch (e) {
    throw unreadableInput("case-read", file === "-" ? undefined : file, reason(e));
  }
  try {
    return JSON.parse(withoutBom(text)) as unknown;
  } catch (e) {
    throw unreadableInput("case-json", file === "-" ? undefined : file, reason(e));
  }
}

/** The text of a file given on the command line (`-`: standard input), as it is; read errors are thrown. */
export async function readText(file: string, io: CliIo): Promise<string> {
  return file === "-" ? io.readStdin() : readFileSync(file, "utf8");
}

/** The text without a leading UTF-8 byte order mark (as some Windows editors save JSON). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** What went wrong, from anything thrown. */
export function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The error JSON of an error the command line made itself, already in the user's language (a
 * cost partial's): printed as it is, not re-rendered.
 */
export function ownErrorLine(e: PensionInputError): string {
  return `${JSON.stringify(e.toJSON())}\n`;
}

/** The error JSON printed on stderr: `{"code":…,"path":[…],"message":…,"details":{…}}`. */
export function errorLine(e: PensionInputError, locale: Locale = "en"): string {
  return `${JSON.stringify(localized(e, locale).toJSON())}\n`;
}
