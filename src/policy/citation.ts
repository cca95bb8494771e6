import { PensionInputError } from "../errors";
import { deepFreeze } from "../freeze";
import { sources, type Source } from "./sources";

/**
 * A citation as data (出处, answers.md §5): the document (an id of the {@link sources} table), its
 * issuer and date, the article or section, the words quoted from it, where to read it, and the
 * last date a source confirmed the value.
 */
export interface Citation {
  /** The document: an id of the sources table (e.g. `qn-2011-110`), or the supplier's own name for a supplied value. */
  readonly doc: string;
  readonly issuer?: string;
  /** The document's date, YYYY-MM-DD. */
  readonly date?: string;
  /** Article, section or other place in the document, e.g. `第二十条`. */
  readonly article?: string;
  /** The words of the document the value is read from. */
  readonly quote?: string;
  /** Where to read it online, when the sources table knows an address. */
  readonly url?: string;
  /** The last date a source confirmed the value (open-ended segments). */
  readonly checked?: string;
}

// A part of a citation text is one document: parts are separated by "; ".
const PART = /;\s+/;
// The first parenthesised words with Chinese characters: the quote.
const QUOTE = /\(([^()]*[\u4e00-\u9fff][^()]*(?:\([^()]*\)[^()]*)*)\)/;
// Corpus file names are secondary keys, left out of the article text.
const SEED_FILE = /\b\d{3}_[0-9a-f]{16}\.txt,?\s*/g;

function citationOfPart(part: string, source: Source, checked: string | undefined): Citation {
  const key = source.keys.find((k) => part.includes(k)) ?? "";
  const rest = part
    .replace(SEED_FILE, "")
    .replace(key, "")
    .replace(/^[\s,:：]+|[\s,:：]+$/g, "");
  const quote = QUOTE.exec(rest)?.[1];
  const article = (quote === undefined ? rest : rest.replace(`(${quote})`, "")).replace(/^[\s,:]+|[\s,:]+$/g, "");
  return {
    doc: source.id,
    issuer: source.issuer,
    ...(source.date === null ? {} : { date: source.date }),
    ...(article === "" ? {} : { article }),
    ...(quote === undefined ? {} : { quote }),
    ...(checked === undefined ? {} : { checked }),
  };
}

/**
 * A citation text of the region configs as data: one {@link Citation} for each part (parts are
 * separated by `; `) that names a document of the {@link sources} table by one of its keys, in
 * the order written. A part that names no document (a supplier's own words) becomes
 * `{ doc: <the part> }`. `checked`, when given, is put on each.
 *
 * @example
 * citationsOf("黔南府办发〔2011〕110号 第二十条 (除以139)")
 * //=> [{ doc: "qn-2011-110", issuer: "黔南州人民政府办公室", date: "2011-09-02", article: "第二十条", quote: "除以139" }]
 */
export function citationsOf(text: string, checked?: string): readonly Citation[] {
  if (typeof text !== "string") {
    throw new PensionInputError(
      "invalid-input",
      ["citation"],
      `$.citation: expected a citation string, got ${typeof text}`,
    );
  }
  if (checked !== undefined && typeof checked !== "string") {
    throw new PensionInputError(
      "invalid-input",
      ["checked"],
      `$.checked: expected a date string, got ${typeof checked}`,
    );
  }
  const out: Citation[] = [];
  for (const part of text.split(PART)) {
    const named = sources.filter((s) => s.keys.some((k) => part.includes(k)));
    if (named.length === 0) {
      if (part.trim() !== "") out.push(checked === undefined ? { doc: part.trim() } : { doc: part.trim(), checked });
      continue;
    }
    for (const source of named) out.push(citationOfPart(part, source, checked));
  }
  return deepFreeze(out);
}
