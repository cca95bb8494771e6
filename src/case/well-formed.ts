import { isCivilDate, MAX_YEAR, MIN_YEAR } from "../dates";
import { eventKinds, OWN_REGION_ID, regionIds, statusKinds } from "../kinds";
import { isMoneyInput } from "../money";
import { limits, type Case } from "./schema";

/**
 * The validation fast path: a hand-written check that a case snapshot is well formed, true only
 * where the case schema (schema.ts) accepts the value and its output equals the value itself, and
 * where parseCase's earlier checks pass too: the lengths and sizes within `limits`, and no
 * reserved key (`__proto__`, `constructor`, `prototype`) where parseCase looks for one. For such a
 * case (nearly all input) this one pass over the snapshot is the whole validation; otherwise
 * parseCase runs those checks and zod, so the errors (messages, paths, issues) are exactly theirs.
 * Stricter than the schema in one place: a citation written as data (which the schema turns into
 * text) goes the slow way. The checks below mirror schema.ts field by field; each object's keys
 * are read once, in a switch (an unknown key: not well formed). `for…in` lists them without an
 * array; an enumerable key inherited from a polluted prototype is then an unknown key: the slow way.
 */
export function isWellFormedCase(c: unknown): c is Case {
  if (!isRecord(c)) return false;
  let required = 0;
  for (const k in c) {
    const v = c[k];
    switch (k) {
      case "region":
        if (!(regionIds.includes(v as never) || matches(v, OWN_REGION_ID))) return false;
        required++;
        break;
      case "asOf":
        if (!isDate(v)) return false;
        required++;
        break;
      case "person":
        if (!isPerson(v)) return false;
        required++;
        break;
      case "payments":
        if (!isList(v, 0, limits.payments, isPayment)) return false;
        break;
      case "lumpSum":
        if (!isLumpSum(v)) return false;
        break;
      case "options":
        if (!isOptions(v)) return false;
        break;
      case "id":
        if (typeof v !== "string" || v.length > limits.id) return false;
        break;
      case "expect":
        if (!withoutReservedKeys(v, 1)) return false;
        break;
      case "description":
        if (typeof v !== "string") return false;
        break;
      default:
        return false;
    }
  }
  return required === 3;
}

/** Keys parseCase refuses wherever they stand (JSON.parse makes `"__proto__"` an own key). */
export function isReservedKey(key: string): boolean {
  return key === "__proto__" || key === "constructor" || key === "prototype";
}

type Fields = Record<string, unknown>;

const isRecord = (v: unknown): v is Fields => typeof v === "object" && v !== null && !Array.isArray(v);
const isDate = (v: unknown): boolean => typeof v === "string" && isCivilDate(v);
const matches = (v: unknown, pattern: RegExp): boolean => typeof v === "string" && pattern.test(v);
const isInt = (v: unknown, min: number, max: number): boolean =>
  typeof v === "number" && Number.isSafeInteger(v) && v >= min && v <= max;

function isList(v: unknown, min: number, max: number, each: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v) || v.length < min || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!each(v[i])) return false;
  return true;
}

/**
 * No reserved key in `value`, searched as parseCase's rejectProtoKeys does: objects whose path
 * has at most 8 parts (`pathLength` is the length of `value`'s own path).
 */
function withoutReservedKeys(value: unknown, pathLength: number): boolean {
  if (value === null || typeof value !== "object" || pathLength > 8) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!withoutReservedKeys(value[i], pathLength + 1)) return false;
    return true;
  }
  for (const k in value) {
    if (isReservedKey(k) || !withoutReservedKeys((value as Fields)[k], pathLength + 1)) return false;
  }
  return true;
}

function isPerson(v: unknown): boolean {
  if (!isRecord(v)) return false;
  let required = 0;
  for (const k in v) {
    const x = v[k];
    switch (k) {
      case "birthDate":
        if (!isDate(x)) return false;
        required++;
        break;
      case "sex":
        if (x !== "male" && x !== "female") return false;
        break;
      case "statuses":
        if (!isList(x, 0, limits.statuses, isStatus)) return false;
        break;
      case "childrenEnrolled":
        if (typeof x !== "boolean") return false;
        break;
      case "legacyGrade":
        if (!isInt(x, 1, 7)) return false;
        break;
      case "events":
        if (!isList(x, 0, limits.events, isEvent)) return false;
        break;
      default:
        return false;
    }
  }
  return required === 1;
}

function isStatus(v: unknown): boolean {
  if (!isRecord(v)) return false;
  let required = 0;
  for (const k in v) {
    const x = v[k];
    if (k === "kind" && statusKinds.includes(x as never)) required++;
    else if (k === "from" && isDate(x)) required++;
    else if (k !== "until" || !isDate(x)) return false;
  }
  return required === 2;
}

/** A strict object of exactly two fields, `a` passing `isA` and `b` passing `isB`. */
function isPair(v: unknown, a: string, isA: (x: unknown) => boolean, b: string, isB: (x: unknown) => boolean): boolean {
  if (!isRecord(v)) return false;
  let required = 0;
  for (const k in v) {
    if (k === a ? isA(v[k]) : k === b && isB(v[k])) required++;
    else return false;
  }
  return required === 2;
}

const isEventKind = (x: unknown): boolean => eventKinds.includes(x as never);
const isEvent = (v: unknown): boolean => isPair(v, "kind", isEventKind, "date", isDate);
const isLumpSum = (v: unknown): boolean => isPair(v, "date", isDate, "monthlyStandard", isMoneyInput);

function isPayment(v: unknown): boolean {
  if (!isRecord(v)) return false;
  let required = 0;
  for (const k in v) {
    const x = v[k];
    switch (k) {
      case "year":
        if (!isInt(x, MIN_YEAR, MAX_YEAR)) return false;
        required++;
        break;
      case "date":
        if (!isDate(x)) return false;
        required++;
        break;
      case "amount":
        if (!isMoneyInput(x)) return false;
        required++;
        break;
      case "collective":
      case "sponsor":
        if (!isMoneyInput(x)) return false;
        break;
      case "kind":
        if (x !== "regular" && x !== "make-up") return false;
        break;
      case "years":
        if (!isInt(x, 1, 15)) return false;
        break;
      default:
        return false;
    }
  }
  return required === 3;
}

const RATE_TEXT = /^(0|[1-9]\d{0,2})(\.\d{1,12})?$/;
const YEAR_KEY = /^\d{4}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function isOptions(v: unknown): boolean {
  if (!isRecord(v)) return false;
  for (const k in v) {
    const x = v[k];
    switch (k) {
      case "interestRates":
        if (!isRates(x)) return false;
        break;
      case "interestMethod":
        if (x !== "monthly" && x !== "next-year") return false;
        break;
      case "pensionsPaidThrough":
        if (!matches(x, MONTH)) return false;
        break;
      case "schemeStart":
        if (!isDate(x)) return false;
        break;
      case "parameters":
        if (!isOverrides(x)) return false;
        break;
      case "unknowns":
        if (x !== "refuse" && x !== "partial") return false;
        break;
      case "estimate":
        if (x !== "none" && x !== "floor") return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function isRates(v: unknown): boolean {
  if (!isRecord(v)) return false;
  const years = Object.keys(v);
  if (years.length > limits.interestRates) return false;
  for (const y of years) {
    const r = v[y];
    if (!YEAR_KEY.test(y)) return false;
    if (typeof r === "number" ? !(Number.isFinite(r) && r >= 0 && r <= 999) : !matches(r, RATE_TEXT)) return false;
  }
  return true;
}

/** `options.parameters`: ids (none reserved) of lists of segments, within the override limits. */
function isOverrides(v: unknown): boolean {
  if (!isRecord(v)) return false;
  const ids = Object.keys(v);
  if (ids.length > limits.overrideParameters) return false;
  let segments = 0;
  for (const id of ids) {
    const list = v[id];
    if (isReservedKey(id) || !isList(list, 1, Infinity, isSegment)) return false;
    segments += (list as unknown[]).length;
  }
  return segments <= limits.overrideSegments;
}

/** An override segment: a value or `unknown: true`, never both (overrideSegmentSchema's refinement). */
function isSegment(v: unknown): boolean {
  if (!isRecord(v)) return false;
  let required = 0;
  let valued = false;
  let unknown = false;
  for (const k in v) {
    const x = v[k];
    switch (k) {
      case "from":
        if (!isDate(x)) return false;
        required++;
        break;
      case "citation":
        if (typeof x !== "string" || x.trim().length === 0) return false;
        required++;
        break;
      case "until":
      case "published":
      case "checked":
        if (!isDate(x)) return false;
        break;
      case "value":
        // The value's path: options.parameters.<id>.<i>.value (5 parts).
        if (!withoutReservedKeys(x, 5)) return false;
        valued = true;
        break;
      case "unknown":
        if (x !== true) return false;
        unknown = true;
        break;
      case "note":
        if (typeof x !== "string") return false;
        break;
      default:
        return false;
    }
  }
  return required === 2 && valued !== unknown;
}
