import { describeReceived, PensionInputError } from "../errors";
import { extraText } from "../i18n/extra";

/** What a tool could not hand to the library: a case file it could not read, one that is not JSON, a parameter pack it could not read. */
export type UnreadableKind = "case-read" | "case-json" | "pack-read";

/**
 * The library's error for input a tool could not read before handing it over (读取失败): for
 * `"case-read"` and `"case-json"` an `invalid-input` error with an empty path, for `"pack-read"`
 * an `invalid-pack` error with `details.file`, each in both languages like every other error
 * ({@link localized}). `file` undefined means standard input. For tools that read files for the
 * library, as its command line does.
 *
 * @example
 * unreadableInput("case-json", "case.json", "Unexpected end of JSON input").message
 * //=> "case.json is not valid JSON: Unexpected end of JSON input"
 */
export function unreadableInput(kind: UnreadableKind, file: string | undefined, reason: string): PensionInputError {
  if (typeof file !== "string" && file !== undefined)
    throw new PensionInputError("invalid-input", ["file"], extraText("value.string", { where: "$.file" }));
  if (typeof reason !== "string")
    throw new PensionInputError("invalid-input", ["reason"], extraText("value.string", { where: "$.reason" }));
  switch (kind) {
    case "case-read":
      return new PensionInputError("invalid-input", [], extraText("cli.read", { file, reason }));
    case "case-json":
      return new PensionInputError("invalid-input", [], extraText("cli.json", { file, reason }));
    case "pack-read":
      return new PensionInputError("invalid-pack", [], extraText("pack.read", { file: file ?? "-", reason }), {
        file: file ?? "-",
      });
    default:
      throw new PensionInputError(
        "invalid-input",
        ["kind"],
        extraText("unreadable.kind", { value: describeReceived(kind) ?? "undefined" }),
      );
  }
}
