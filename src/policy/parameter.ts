import { text } from "../i18n/index";
import { PensionInputError } from "../errors";
import type { CivilDate } from "../dates";

/**
 * A dated value of a policy parameter (OpenFisca style): in force from `from` through `until`
 * (inclusive; open-ended when absent), with the document and article it comes from.
 */
export interface KnownSegment<T> {
  readonly from: CivilDate;
  readonly until?: CivilDate | undefined;
  readonly value: T;
  /** Document and article, e.g. `黔南府办发〔2011〕110号 第二十条`; {@link citationsOf} reads it as data. */
  readonly citation: string;
  /** Date of the source document, when it differs from `from`. */
  readonly published?: CivilDate | undefined;
  /** The last date a source confirmed the value (open-ended segments: "latest known, holds open-ended"). */
  readonly checked?: CivilDate | undefined;
  /** Interpretation chosen where the text is ambiguous (rules.md). */
  readonly note?: string | undefined;
}

/** A period for which no source gives the value (rules.md "unknown"): looking it up is an error. */
export interface UnknownSegment {
  readonly from: CivilDate;
  readonly until?: CivilDate | undefined;
  readonly unknown: true;
  readonly citation: string;
  readonly note?: string | undefined;
}

export type Segment<T> = KnownSegment<T> | UnknownSegment;

/** A policy parameter: a rule id of rules.md, a title, and its dated values in date order. */
export interface Parameter<T> {
  /** The rules.md id that holds the parameter, e.g. `QN-BEN-BASIC`; overrides use it. */
  readonly id: string;
  readonly title: string;
  readonly segments: readonly Segment<T>[];
}

/** Whether a segment is an unknown value (rules.md "unknown"). @internal */
export function isUnknownSegment<T>(s: Segment<T>): s is UnknownSegment {
  return "unknown" in s && s.unknown === true;
}

/**
 * The segment covering `date`, or undefined.
 *
 * @example
 * segmentOn(getRegion("qiannan").parameters.basic, "2013-06-01")?.value //=> "55"
 */
export function segmentOn<T>(parameter: Parameter<T>, date: CivilDate): Segment<T> | undefined {
  // Segments are few (≤ 20) and sorted; a linear scan from the end finds recent dates first.
  const segs = parameter.segments;
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i]!;
    if (s.from <= date) return s.until === undefined || date <= s.until ? s : undefined;
  }
  return undefined;
}

/**
 * The value in force on `date`, with the segment it came from (for the trace).
 * Throws `parameter-unknown` before the first value, in a gap, or in an unknown segment.
 *
 * @example
 * valueOn(qiannan.parameters.basic, "2012-01-01").value //=> "55"
 */
export function valueOn<T>(parameter: Parameter<T>, date: CivilDate): KnownSegment<T> {
  const s = segmentOn(parameter, date);
  // `needs` evaluates with recording copies of the parameters; a config parameter has no recorder
  // (one property read, no allocation on the default path).
  const record = (parameter as Recording)[LOOKUPS];
  if (record !== undefined) record.push({ parameter, date, segment: s });
  if (s === undefined || isUnknownSegment(s)) {
    const why =
      s === undefined
        ? text("parameter.no-value", {})
        : text("parameter.unknown-segment", { from: s.from, until: s.until, note: s.note });
    throw new PensionInputError(
      "parameter-unknown",
      ["options", "parameters", parameter.id],
      text("parameter.unknown-on", { id: parameter.id, title: parameter.title, date, why }),
      { parameter: parameter.id, date },
    );
  }
  return s;
}

// Per frozen parameter, by year: the known segment in force on every day of the year, or null.
const wholeYears = new WeakMap<Parameter<unknown>, Map<number, KnownSegment<unknown> | null>>();

/**
 * The known segment in force on every day of `year`, or undefined when the value changes within
 * the year, is unknown on some day of it, or the parameter records its lookups (`needs`). Found
 * once per parameter and year: config parameters are frozen, and an override makes new ones.
 *
 * @internal
 */
export function segmentOfYear<T>(parameter: Parameter<T>, year: number): KnownSegment<T> | undefined {
  if ((parameter as Recording)[LOOKUPS] !== undefined) return undefined;
  let byYear = wholeYears.get(parameter);
  if (byYear === undefined) wholeYears.set(parameter, (byYear = new Map()));
  let s = byYear.get(year);
  if (s === undefined) {
    // The segment of 1 January is the one of every day of the year when 31 December finds it too:
    // no segment after it starts within the year, and it runs through the year's end.
    const first = segmentOn(parameter, `${year}-01-01`);
    const whole = first !== undefined && !isUnknownSegment(first) && segmentOn(parameter, `${year}-12-31`) === first;
    byYear.set(year, (s = whole ? first : null));
  }
  return (s ?? undefined) as KnownSegment<T> | undefined;
}

/**
 * True when a known value is in force on `date` (no throw).
 *
 * @internal
 */
export function isKnownOn<T>(parameter: Parameter<T>, date: CivilDate): boolean {
  const s = segmentOn(parameter, date);
  return s !== undefined && !isUnknownSegment(s);
}

/**
 * A segment's note for the trace, with the date a source last confirmed an open-ended value (PILOT-TABLES).
 *
 * @internal
 */
export function segmentNote(s: KnownSegment<unknown>): string | undefined {
  if (s.checked === undefined) return s.note;
  let note = segmentNotes.get(s);
  if (note === undefined) {
    const checked = `latest known value, last confirmed ${s.checked}`;
    segmentNotes.set(s, (note = s.note === undefined ? checked : `${s.note} (${checked})`));
  }
  return note;
}

// The note of a (frozen) segment with a confirmation date, written once per segment.
const segmentNotes = new WeakMap<KnownSegment<unknown>, string>();

/** One lookup of a parameter on a date, as `needs` records it. */
export interface Lookup {
  readonly parameter: Parameter<unknown>;
  readonly date: CivilDate;
  readonly segment: Segment<unknown> | undefined;
}

/** The key under which a recording copy of a parameter keeps its lookups (internal to `needs`). */
export const LOOKUPS: unique symbol = Symbol("lookups");
type Recording = { readonly [LOOKUPS]?: Lookup[] };

/**
 * A copy of `parameter` whose every `valueOn` is appended to `into` (same id, title, segments).
 *
 * @internal
 */
export function recording<T>(parameter: Parameter<T>, into: Lookup[]): Parameter<T> {
  return { id: parameter.id, title: parameter.title, segments: parameter.segments, [LOOKUPS]: into } as Parameter<T>;
}
