/**
 * JSONL input, streamed: lines split on `\n` only (a `\r` is JSON whitespace, so CRLF files and a
 * bare `\r` inside a line read as they are), never more than one line's bytes (up to the limit)
 * in memory. A line longer than {@link MAX_LINE_BYTES} is not kept: it comes out as
 * {@link TooLong}, so it becomes a `limit-exceeded` result and the run goes on.
 */

/** The longest line (one case) read, in bytes of UTF-8: 4 MiB. */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;

/** A line that was longer than the limit: its length in bytes, its text dropped. */
export interface TooLong {
  readonly tooLong: number;
}

/** A line as read: its text (UTF-8 decoded), or {@link TooLong}. */
export type LineText = string | TooLong;

const NEWLINE = 0x0a;

/** The lines of a byte stream. A last line without `\n` counts; an empty last line does not. */
export async function* splitLines(
  input: AsyncIterable<Uint8Array | string>,
  maxBytes = MAX_LINE_BYTES,
): AsyncGenerator<LineText> {
  let parts: Buffer[] = [];
  let size = 0;
  for await (const data of input) {
    const chunk =
      typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(NEWLINE, start);
      if (nl !== -1 && size === 0 && nl - start <= maxBytes) {
        // A whole line in this block (most lines): decoded from it, not copied out first.
        yield chunk.toString("utf8", start, nl); // "" for a blank line: it still counts
        start = nl + 1;
        continue;
      }
      const piece = chunk.subarray(start, nl === -1 ? chunk.length : nl);
      size += piece.length;
      if (size > maxBytes) parts = [];
      else if (piece.length > 0) parts.push(piece);
      if (nl === -1) break;
      yield size > maxBytes ? { tooLong: size } : Buffer.concat(parts).toString("utf8");
      parts = [];
      size = 0;
      start = nl + 1;
    }
  }
  if (size > 0) yield size > maxBytes ? { tooLong: size } : Buffer.concat(parts).toString("utf8");
}
