import { describe, expect, it } from "vitest";
import { LineBytes } from "../../src/node/batch/line-bytes";

describe("LineBytes", () => {
  it("encodes each pushed text as UTF-8, in order", () => {
    const out = new LineBytes();
    out.push('{"a":"é"}');
    out.push("\n");
    out.push("养老\n");
    // '{"a":"' is 6 bytes, é is C3 A9, '"}' 2, "\n" 1; 养 E5 85 BB, 老 E8 80 81, "\n" 1: 6 + 2 + 2 + 1 + 3 + 3 + 1 = 18
    expect([...out.bytes()]).toEqual([
      0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0xa9, 0x22, 0x7d, 0x0a, 0xe5, 0x85, 0xbb, 0xe8, 0x80, 0x81, 0x0a,
    ]);
  });

  it("grows past its first buffer without losing a byte (the same bytes as encoding the joined text)", () => {
    const out = new LineBytes();
    const lines: string[] = [];
    // 3,000 lines of about 100 characters, some of 3 bytes each: far more than 64 KiB.
    for (let i = 0; i < 3000; i++) lines.push(`{"line":${i},"text":"${"城乡居民x".repeat(i % 20)}"}\n`);
    for (const line of lines) out.push(line);
    const expected = new TextEncoder().encode(lines.join(""));
    expect(out.bytes().length).toBe(expected.length);
    expect(Buffer.from(out.bytes()).equals(Buffer.from(expected))).toBe(true);
  });

  it("encodes into a buffer handed back, and a buffer in use is never reused", () => {
    const first = new LineBytes();
    first.push("x".repeat(70_000)); // over 64 KiB: a buffer large enough to be kept for reuse
    const written = first.bytes();
    const held = new LineBytes(); // taken while `written` is still in use: a buffer of its own
    held.push("held\n");
    LineBytes.reuse(written);
    const next = new LineBytes();
    next.push("next\n");
    expect(next.bytes().buffer).toBe(written.buffer);
    expect(Buffer.from(next.bytes()).toString()).toBe("next\n");
    expect(Buffer.from(held.bytes()).toString()).toBe("held\n");
    expect(held.bytes().buffer).not.toBe(written.buffer);
  });
});
