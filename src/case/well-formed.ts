import { isCivilDate, MAX_YEAR, MIN_YEAR } from "../dates";
import { eventKinds, OWN_REGION_ID, regionIds, statusKinds } from "../kinds";
import { moneyProblem } from "../money";
import { limits, type Case } from "./schema";

/**
 * The validation fast path: a hand-written check that a case snapshot is well formed, true only
 * where the case schema (schema.ts) accepts the value and its output equals the value itself.
 * `parseCase` runs zod only when this says false, so the errors (messages, paths, issues) are
 * exactly zod's, and a valid case is not copied a second time. Stricter than the schema in one
 * place: a citation written as data (which the schema turns into text) goes the slow way.
 */
export function isWellFormedCase(c: unknown): c is Case {
  if (!isRecord(c) || !onlyKeys(c, caseKeys)) return false;
  return (
    isRegion(c["region"]) &&
    isDate(c["asOf"]) &&
    isPerson(c["person"]) &&
    optionalList(c["payments"], limits.payments, isPayment) &&
    (c["lumpSum"] === undefined || isLumpSum(c["lumpSum"])) &&
    (c["options"] === undefined || isOptions(c["options"])) &&
    (c["id"] === undefined || (typeof c["id"] === "string" && c["id"].length <= limits.id)) &&
    optionalString(c["description"])
  );
}

type Fields = Record<string, unknown>;

const caseKeys = new Set(["region", "asOf", "person", "payments", "lumpSum", "options", "id", "expect", "description"]);
const personKeys = new Set(["birthDate", "sex", "statuses", "childrenEnrolled", "legacyGrade", "events"]);
const statusKeys = new Set(["kind", "from", "until"]);
const eventKeys = new Set(["kind", "date"]);
const paymentKeys = new Set(["year", "date", "amount", "collective", "sponsor", "kind", "years"]);
const lumpSumKeys = new Set(["date", "monthlyStandard"]);
const optionKeys = new Set([
  "interestRates",
  "interestMethod",
  "pensionsPaidThrough",
  "schemeStart",
  "parameters",
  "unknowns",
  "estimate",
]);
const segmentKeys = new Set(["from", "until", "value", "unknown", "citation", "published", "checked", "note"]);
const statusKindSet = new Set<unknown>(statusKinds);
const eventKindSet = new Set<unknown>(eventKinds);
const regionIdSet = new Set<unknown>(regionIds);
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR_KEY = /^\d{4}$/;
const RATE_TEXT = /^(0|[1-9]\d{0,2})(\.\d{1,12})?$/;

const isRecord = (v: unknown): v is Fields => typeof v === "object" && v !== null && !Array.isArray(v);
const isDate = (v: unknown): boolean => typeof v === "string" && isCivilDate(v);
const optionalDate = (v: unknown): boolean => v === undefined || isDate(v);
const optionalString = (v: unknown): boolean => v === undefined || typeof v === "string";
const optionalOf = (v: unknown, allowed: readonly unknown[]): boolean => v === undefined || allowed.includes(v);
const SEXES = ["male", "female"];
const PAYMENT_KINDS = ["regular", "make-up"];
const INTEREST_METHODS = ["monthly", "next-year"];
const UNKNOWNS = ["refuse", "partial"];
const ESTIMATES = ["none", "floor"];
const isMoney = (v: unknown): boolean =>
  (typeof v === "string" || typeof v === "number") && moneyProblem(v) === undefined;
const intIn = (v: unknown, min: number, max: number): boolean =>
  typeof v === "number" && Number.isSafeInteger(v) && v >= min && v <= max;
const isRegion = (v: unknown): boolean => regionIdSet.has(v) || (typeof v === "string" && OWN_REGION_ID.test(v));

/** Every own key is one the object's schema knows (a strict object). */
function onlyKeys(o: Fields, known: ReadonlySet<string>): boolean {
  for (const k of Object.keys(o)) if (!known.has(k)) return false;
  return true;
}

function optionalList(v: unknown, max: number, each: (x: unknown) => boolean): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v) || v.length > max) return false;
  for (const x of v) if (!each(x)) return false;
  return true;
}

function isPerson(p: unknown): boolean {
  if (!isRecord(p) || !onlyKeys(p, personKeys)) return false;
  const { sex, childrenEnrolled, legacyGrade } = p;
  return (
    isDate(p["birthDate"]) &&
    optionalOf(sex, SEXES) &&
    optionalList(p["statuses"], limits.statuses, isStatus) &&
    (childrenEnrolled === undefined || typeof childrenEnrolled === "boolean") &&
    (legacyGrade === undefined || intIn(legacyGrade, 1, 7)) &&
    optionalList(p["events"], limits.events, isEvent)
  );
}

const isStatus = (s: unknown): boolean =>
  isRecord(s) &&
  onlyKeys(s, statusKeys) &&
  statusKindSet.has(s["kind"]) &&
  isDate(s["from"]) &&
  optionalDate(s["until"]);

const isEvent = (e: unknown): boolean =>
  isRecord(e) && onlyKeys(e, eventKeys) && eventKindSet.has(e["kind"]) && isDate(e["date"]);

function isPayment(p: unknown): boolean {
  if (!isRecord(p) || !onlyKeys(p, paymentKeys)) return false;
  const { collective, sponsor, kind, years } = p;
  return (
    intIn(p["year"], MIN_YEAR, MAX_YEAR) &&
    isDate(p["date"]) &&
    isMoney(p["amount"]) &&
    (collective === undefined || isMoney(collective)) &&
    (sponsor === undefined || isMoney(sponsor)) &&
    optionalOf(kind, PAYMENT_KINDS) &&
    (years === undefined || intIn(years, 1, 15))
  );
}

const isLumpSum = (l: unknown): boolean =>
  isRecord(l) && onlyKeys(l, lumpSumKeys) && isDate(l["date"]) && isMoney(l["monthlyStandard"]);

function isOptions(o: unknown): boolean {
  if (!isRecord(o) || !onlyKeys(o, optionKeys)) return false;
  const { interestMethod: method, pensionsPaidThrough: through, unknowns, estimate } = o;
  return (
    (o["interestRates"] === undefined || isRates(o["interestRates"])) &&
    optionalOf(method, INTEREST_METHODS) &&
    (through === undefined || (typeof through === "string" && MONTH.test(through))) &&
    optionalDate(o["schemeStart"]) &&
    (o["parameters"] === undefined || isOverrides(o["parameters"])) &&
    optionalOf(unknowns, UNKNOWNS) &&
    optionalOf(estimate, ESTIMATES)
  );
}

function isRates(r: unknown): boolean {
  if (!isRecord(r)) return false;
  for (const [year, rate] of Object.entries(r)) {
    if (!YEAR_KEY.test(year)) return false; // "__proto__" included, which zod's records drop
    const ok =
      typeof rate === "string"
        ? RATE_TEXT.test(rate)
        : typeof rate === "number" && Number.isFinite(rate) && rate >= 0 && rate <= 999;
    if (!ok) return false;
  }
  return true;
}

/** `options.parameters`: the overrides' shape (policy/overrides.ts), citations as text only. */
function isOverrides(o: unknown): boolean {
  if (!isRecord(o)) return false;
  for (const [id, segments] of Object.entries(o)) {
    if (id === "__proto__" || !Array.isArray(segments) || segments.length === 0) return false; // zod drops "__proto__"
    for (const s of segments) if (!isSegment(s)) return false;
  }
  return true;
}

function isSegment(s: unknown): boolean {
  if (!isRecord(s) || !onlyKeys(s, segmentKeys)) return false;
  const { unknown, citation, note } = s;
  // A value or `unknown: true`, never both (the refinement of overrideSegmentSchema).
  if ((unknown !== undefined && unknown !== true) || (s["value"] === undefined) === (unknown === undefined))
    return false;
  const dated = isDate(s["from"]) && [s["until"], s["published"], s["checked"]].every(optionalDate);
  return dated && typeof citation === "string" && citation.trim().length > 0 && optionalString(note);
}
