/** JSONL lines grouped into the chunks a pool runs. */
import type { LineText } from "./lines";
import type { Chunk } from "./tasks";

/**
 * Group lines into chunks of up to `size` non-blank lines (and about `maxChars` characters),
 * numbering every line from `firstLine` (1: the file's first line, where a byte order mark is
 * dropped), blank ones included (they are skipped: no output).
 */
export async function* chunksOf(
  lines: AsyncIterable<LineText>,
  size = 32,
  maxChars = 1 << 20,
  firstLine = 1,
): AsyncGenerator<Chunk> {
  let id = 0;
  let n = firstLine - 1;
  let numbers: number[] = [];
  let texts: LineText[] = [];
  let chars = 0;
  for await (const line of lines) {
    n++;
    const text = n === 1 && typeof line === "string" && line.startsWith("\uFEFF") ? line.slice(1) : line; // a UTF-8 byte order mark
    if (typeof text === "string" && text.trim() === "") continue;
    numbers.push(n);
    texts.push(text);
    chars += typeof text === "string" ? text.length : 0;
    if (numbers.length >= size || chars >= maxChars) {
      yield { id: id++, lines: numbers, texts };
      numbers = [];
      texts = [];
      chars = 0;
    }
  }
  if (numbers.length > 0) yield { id, lines: numbers, texts };
}
