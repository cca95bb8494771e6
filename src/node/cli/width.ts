/**
 * Display width of text in a terminal: East Asian wide and fullwidth characters (汉字, 〔〕,
 * fullwidth punctuation) take two columns, combining marks and zero-width joiners none, the
 * rest one. A small table of the Unicode East Asian Width "W" and "F" ranges is enough for the
 * texts the library prints (policy citations in Chinese, rule ids, amounts).
 */

// [from, to] code point ranges of width 2 (EastAsianWidth.txt W and F, coalesced).
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation (、。〔〕)
  [0x3041, 0x33ff], // kana, bopomofo, Hangul compatibility, kanbun, CJK strokes, enclosed, compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth forms (，（）：)
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cd5],
  [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f], // pictographs and emoticons (those with default emoji presentation, approximately)
  [0x1f680, 0x1f6ff],
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x2fffd], // CJK extensions B–F, compatibility supplement
  [0x30000, 0x3fffd], // CJK extension G and later
];

// Zero-width: combining marks, zero-width space/joiners, variation selectors, BOM.
const ZERO: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x0483, 0x0489],
  [0x0591, 0x05bd],
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x2064],
  [0x20d0, 0x20ff],
  [0x302a, 0x302d], // ideographic tone marks (combining, inside the wide block above: checked first)
  [0x3099, 0x309a],
  [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f],
  [0xfeff, 0xfeff],
  [0xe0100, 0xe01ef],
];

function inRanges(cp: number, ranges: readonly (readonly [number, number])[]): boolean {
  // Binary search: the tables are sorted and disjoint.
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Columns one code point takes: 0, 1 or 2. Control characters count 0. */
export function charWidth(cp: number): 0 | 1 | 2 {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x300) return 1;
  if (inRanges(cp, ZERO)) return 0;
  return inRanges(cp, WIDE) ? 2 : 1;
}

/**
 * Display width of a string in terminal columns.
 *
 * @example
 * displayWidth("第二十条") //=> 8
 * displayWidth("QN-BEN-BASIC") //=> 12
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/** Pad `text` with spaces on the right to `width` columns (no truncation). */
export function padEndTo(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : text + " ".repeat(width - w);
}

/**
 * Break `text` into lines of at most `width` columns: at spaces where possible; between two
 * wide characters (Chinese text has no spaces); inside a word only when the word alone is
 * wider than the line. Existing newlines are kept.
 *
 * @example
 * wrapText("黔南府办发〔2011〕110号 第二十条", 12) //=> ["黔南府办发〔", "2011〕110号", "第二十条"]
 */
export function wrapText(text: string, width: number): string[] {
  if (width < 2) throw new RangeError("wrap width must be at least 2 columns");
  const out: string[] = [];
  for (const paragraph of text.split("\n")) out.push(...wrapLine(paragraph, width));
  return out;
}

/** Tokens that may not begin a line (closing brackets and punctuation, ASCII and fullwidth). */
const CLOSING = /^[)\]},.;:!?、。，；：！？）〕】」』》〉]/u;

/** Characters that may not end a line (opening brackets). */
const OPENING = /^[([{（〔【「『《〈]$/u;

/** Tokens: a run of spaces, a single wide character, or a run of other characters. */
function tokens(line: string): string[] {
  const list: string[] = [];
  let current = "";
  let kind: "space" | "narrow" | null = null;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const k = ch === " " ? "space" : charWidth(cp) === 2 ? "wide" : "narrow";
    if (k === "wide") {
      if (current) list.push(current);
      // A combining mark after a wide character stays with it (handled by the narrow branch below).
      list.push(ch);
      current = "";
      kind = null;
      continue;
    }
    if (kind !== null && k !== kind) {
      list.push(current);
      current = "";
    }
    current += ch;
    kind = k;
  }
  if (current) list.push(current);
  return list;
}

function wrapLine(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const lines: string[] = [];
  let current = "";
  let used = 0;
  const flush = (): void => {
    lines.push(current.trimEnd());
    current = "";
    used = 0;
  };
  for (const token of tokens(line)) {
    const w = displayWidth(token);
    if (token.startsWith(" ")) {
      if (used === 0) continue; // no leading spaces on a wrapped line
      if (used + w > width) flush();
      else {
        current += token;
        used += w;
      }
      continue;
    }
    if (used + w <= width) {
      current += token;
      used += w;
      continue;
    }
    // Closing punctuation never starts a line and an opening bracket never ends one: the
    // character before the break moves down to the next line.
    let carry = "";
    const chars = [...current];
    const last = chars[chars.length - 1];
    if (last !== undefined && last !== " " && chars.length > 1 && (CLOSING.test(token) || OPENING.test(last))) {
      carry = last;
      current = chars.slice(0, -1).join("");
    }
    if (used > 0) flush();
    if (carry) {
      current = carry;
      used = displayWidth(carry);
      if (used + w <= width) {
        current += token;
        used += w;
        continue;
      }
    }
    if (w <= width) {
      current = token;
      used = w;
      continue;
    }
    // A word wider than the line: split it by characters.
    for (const ch of token) {
      const cw = charWidth(ch.codePointAt(0)!);
      if (used + cw > width) flush();
      current += ch;
      used += cw;
    }
  }
  if (current.trimEnd() !== "" || lines.length === 0) lines.push(current.trimEnd());
  return lines;
}
