/**
 * A chunk's output lines encoded as UTF-8 one by one into a growable buffer, instead of being
 * joined into one string and encoded at the end. Each line's string dies as soon as it is
 * encoded, so the collector never copies or promotes the output (a range's 9 MB of JSON), and
 * there is no flattened copy of the whole output nor a second buffer of it. A worker process
 * hands the buffer of an output it has written back ({@link LineBytes.reuse}), so its next
 * chunks are encoded without allocating.
 */

/** The first buffer's size when none is given: enough for a chunk of 32 lines without the trace. */
const INITIAL_BYTES = 64 * 1024;

/** Free buffers kept for reuse at most (a worker process holds up to 4 outputs, plus retries). */
const KEPT = 8;

/** Buffers handed back by their holder (the worker process once their bytes are written). */
const free: Buffer[] = [];

/** UTF-8 of UTF-16: at most 3 bytes per code unit (a surrogate pair, 2 units, is 4 bytes). */
const MAX_BYTES_PER_UNIT = 3;

export class LineBytes {
  private buffer: Buffer;
  private size = 0;

  constructor() {
    // Not a pooled Buffer.allocUnsafe: the output's buffer is its own, so a worker thread can
    // transfer it.
    this.buffer = free.pop() ?? Buffer.allocUnsafeSlow(INITIAL_BYTES);
  }

  /** Append `text` (one or more whole lines) as UTF-8. */
  push(text: string): void {
    const need = this.size + text.length * MAX_BYTES_PER_UNIT;
    if (need > this.buffer.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(need, 2 * this.buffer.length));
      this.buffer.copy(bigger, 0, 0, this.size);
      this.buffer = bigger;
    }
    this.size += this.buffer.write(text, this.size, "utf8");
  }

  /** The bytes so far: a view of the buffer, which stays this output's until {@link reuse}. */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.size);
  }

  /**
   * Hand back the buffer of an output made here (`bytes()`) once nothing reads it any more (it is
   * written, or was copied into a message): the next chunk is encoded into it.
   */
  static reuse(bytes: Uint8Array): void {
    if (free.length < KEPT && bytes.buffer instanceof ArrayBuffer && bytes.buffer.byteLength >= INITIAL_BYTES)
      free.push(Buffer.from(bytes.buffer, 0, bytes.buffer.byteLength));
  }
}
