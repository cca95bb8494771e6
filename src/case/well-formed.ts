import { isCivilDate, MAX_YEAR, MIN_YEAR } from "../dates";
import { eventKinds, OWN_REGION_ID, regionIds, statusKinds } from "../kinds";
import { moneyProblem } from "../money";
import { limits, type Case } from "./schema";

/**
 * The validation fast path: a hand-written check that a case snapshot is well formed, true only
 * where the case schema (schema.ts) accepts the value and its output equals the value itself.
 * `parseCase` runs zod only when this says false, so the errors (messages, paths, issues) are
 * exactly zod's, and a valid case is not copied a second time. Stricter than the schema in one
 * place: a citation written as data (which the schema turns into text) goes the slow way. The
 * checks below mirror schema.ts field by field.
 */
export function isWellFormedCase(c: unknown): c is Case {
  return isCase(c);
}

type Check = (v: unknown) => boolean;
type Fields = Record<string, unknown>;

const isRecord = (v: unknown): v is Fields => typeof v === "object" && v !== null && !Array.isArray(v);

/** A strict object: its required fields pass, its optional ones are absent or pass, no other key. */
function object(required: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  const checks = new Map([...Object.entries(required), ...Object.entries(optional)]);
  const requiredKeys = Object.keys(required);
  return (v) => {
    if (!isRecord(v)) return false;
    // The fields present (a snapshot has no undefined values), then the required ones all there.
    for (const k of Object.keys(v)) {
      const check = checks.get(k);
      if (check === undefined || !check(v[k])) return false;
    }
    for (const k of requiredKeys) if (v[k] === undefined) return false;
    return true;
  };
}

/** A record whose keys pass `key` ("__proto__" never: zod's records drop it) and values `value`. */
const record =
  (key: (k: string) => boolean, value: Check): Check =>
  (v) =>
    isRecord(v) && Object.entries(v).every(([k, x]) => k !== "__proto__" && key(k) && value(x));

const list =
  (min: number, max: number, each: Check): Check =>
  (v) =>
    Array.isArray(v) && v.length >= min && v.length <= max && v.every(each);

const oneOf =
  (values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);

const int =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === "number" && Number.isSafeInteger(v) && v >= min && v <= max;

const text: Check = (v) => typeof v === "string";
const matches =
  (pattern: RegExp): Check =>
  (v) =>
    typeof v === "string" && pattern.test(v);
const anything: Check = () => true;
const date: Check = (v) => typeof v === "string" && isCivilDate(v);
const money: Check = (v) => (typeof v === "string" || typeof v === "number") && moneyProblem(v) === undefined;
const rateText = matches(/^(0|[1-9]\d{0,2})(\.\d{1,12})?$/);
const rate: Check = (v) => (typeof v === "number" ? Number.isFinite(v) && v >= 0 && v <= 999 : rateText(v));
const ownRegion = matches(OWN_REGION_ID);
const region: Check = (v) => regionIds.includes(v as never) || ownRegion(v);

const segmentShape = object(
  { from: date, citation: (v) => typeof v === "string" && v.trim().length > 0 },
  { until: date, value: anything, unknown: oneOf([true]), published: date, checked: date, note: text },
);
/** An override segment: a value or `unknown: true`, never both (overrideSegmentSchema's refinement). */
const segment: Check = (s) =>
  segmentShape(s) && ((s as Fields)["value"] === undefined) !== ((s as Fields)["unknown"] === undefined);

const person = object(
  { birthDate: date },
  {
    sex: oneOf(["male", "female"]),
    statuses: list(0, limits.statuses, object({ kind: oneOf(statusKinds), from: date }, { until: date })),
    childrenEnrolled: oneOf([true, false]),
    legacyGrade: int(1, 7),
    events: list(0, limits.events, object({ kind: oneOf(eventKinds), date })),
  },
);

const payment = object(
  { year: int(MIN_YEAR, MAX_YEAR), date, amount: money },
  { collective: money, sponsor: money, kind: oneOf(["regular", "make-up"]), years: int(1, 15) },
);

const options = object(
  {},
  {
    interestRates: record((k) => /^\d{4}$/.test(k), rate),
    interestMethod: oneOf(["monthly", "next-year"]),
    pensionsPaidThrough: matches(/^\d{4}-(0[1-9]|1[0-2])$/),
    schemeStart: date,
    parameters: record(() => true, list(1, Infinity, segment)),
    unknowns: oneOf(["refuse", "partial"]),
    estimate: oneOf(["none", "floor"]),
  },
);

const isCase = object(
  { region, asOf: date, person },
  {
    payments: list(0, limits.payments, payment),
    lumpSum: object({ date, monthlyStandard: money }),
    options,
    id: (v) => typeof v === "string" && v.length <= limits.id,
    expect: anything,
    description: text,
  },
);
