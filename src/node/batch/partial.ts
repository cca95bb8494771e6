/**
 * The cost partial: what `cost --partial-out FILE` writes and `cost-merge` adds up
 * (docs/scale.md). One line of JSON holding the totals of one `cost` run over a shard of the
 * cases: the run's settings that must be the same for totals to add up (`run`, and the `engine`
 * version), the counts, and the per-year sums in two-decimal strings, under the base policy and
 * (with an override) the changed one. Sums are exact: read back as whole fen (BigInt).
 */
import { createHash } from "node:crypto";
import { version } from "../../../package.json";
import { PensionInputError, regionIds, type LoadedPack, type Locale, type Overrides, type RegionId } from "../../index";
import { cliText } from "../cli/text/index";
import { addSums, emptySums, fenOf, yearCosts, type CostSums } from "./cost";

/** The `format` of a cost partial; a later, incompatible format gets a new number. */
export const COST_PARTIAL_FORMAT = "resident-pension/cost-partial@1";

/** The widest year range costed at once (`cost --from … --to …`). */
export const MAX_COST_YEARS = 200;

/** The lines' outcomes: costed, bad input, a bug, of another region. */
export interface CostCounts {
  ok: number;
  failed: number;
  internal: number;
  otherRegion: number;
}

/** What a cost run adds up: the counts and the sums under the base policy and the override. */
export interface CostTotals {
  readonly region: RegionId;
  readonly from: number;
  readonly to: number;
  readonly counts: CostCounts;
  readonly base: CostSums;
  /** Under the override; null without one. */
  readonly changed: CostSums | null;
}

/** The settings of a cost run that two partials must share to be added up. */
export interface PartialRun {
  readonly region: string;
  readonly from: number;
  readonly to: number;
  /** The date every case is evaluated as of: 31 December of `to`. */
  readonly asOf: string;
  /** `--override`: its file name as given (the report prints it) and its content. */
  readonly override: { readonly file: string; readonly parameters: Overrides } | null;
  /** `--params`, in order: `sha256:<hex>` of each pack's JSON (its content, not its file name). */
  readonly packs: readonly string[];
}

/** One partial as read: where it came from, the version that wrote it, its run and totals. */
export interface CostPartial {
  /** The file and line it was read from. */
  readonly at: Where;
  /** `file:line`, for messages. */
  readonly where: string;
  readonly engine: string;
  readonly run: PartialRun;
  readonly totals: CostTotals;
}

/** The run settings of a `cost` invocation, as a partial records them. */
export function partialRun(
  totals: Pick<CostTotals, "region" | "from" | "to">,
  override: { readonly file: string; readonly parameters: Overrides } | undefined,
  packs: readonly LoadedPack[],
): PartialRun {
  return {
    region: totals.region,
    from: totals.from,
    to: totals.to,
    asOf: `${totals.to}-12-31`,
    override: override ?? null,
    packs: packs.map((p) => `sha256:${createHash("sha256").update(JSON.stringify(p.pack)).digest("hex")}`),
  };
}

function sumsJson(sums: CostSums, from: number): { levels: string[]; years: ReturnType<typeof yearCosts> } {
  const levels = [...sums.levels.keys()];
  return { levels, years: yearCosts(sums, from, levels) };
}

/** The partial of a run: one line of JSON, newline-terminated. */
export function partialLine(run: PartialRun, totals: CostTotals): string {
  const { ok, failed, internal, otherRegion } = totals.counts;
  return `${JSON.stringify({
    format: COST_PARTIAL_FORMAT,
    engine: `resident-pension ${version}`,
    run,
    cases: { costed: ok, failed, internal, otherRegion },
    base: sumsJson(totals.base, totals.from),
    ...(totals.changed ? { override: sumsJson(totals.changed, totals.from) } : {}),
  })}\n`;
}

/** An `invalid-partial` error naming the file and line. */
/** Made in the user's language by the command line (a cost partial is the command line's format). */
function partialError(where: Where, path: readonly (string | number)[], text: string): never {
  throw new PensionInputError("invalid-partial", path, text, { file: where.file, line: String(where.line) });
}

/** A line of a partials file. */
export interface Where {
  readonly file: string;
  readonly line: number;
  /** The language of the errors. */
  readonly locale: Locale;
}

const whereText = (w: Where): string => `${w.file}:${w.line}`;

/** `$.a.b[0]` for messages. */
function jsonPath(path: readonly (string | number)[]): string {
  return `$${path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("")}`;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const isYear = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1000 && v <= 9999;

/** A reader of one partial's fields: each check throws `partial.field` at its path. */
function fieldsOf(where: Where) {
  const bad = (path: readonly (string | number)[]): never =>
    partialError(
      where,
      path,
      cliText(where.locale, "partial.field", { where: whereText(where), path: jsonPath(path) }),
    );
  const object = (v: unknown, path: readonly (string | number)[]): Json => (isObject(v) ? v : bad(path));
  const fen = (v: unknown, path: readonly (string | number)[]): bigint => {
    try {
      return fenOf(typeof v === "string" ? v : "");
    } catch {
      return bad(path);
    }
  };
  return { bad, object, fen };
}

/** The settings of a partial's run, checked field by field. */
function runOf(value: unknown, where: Where): PartialRun {
  const { bad, object } = fieldsOf(where);
  const run = object(value, ["run"]);
  const { region, from, to, asOf, override, packs } = run;
  if (typeof region !== "string" || !(regionIds as readonly string[]).includes(region)) return bad(["run", "region"]);
  if (!isYear(from)) return bad(["run", "from"]);
  if (!isYear(to) || to < from || to - from + 1 > MAX_COST_YEARS) return bad(["run", "to"]);
  if (asOf !== `${to}-12-31`) return bad(["run", "asOf"]);
  if (override !== null) {
    const o = object(override, ["run", "override"]);
    if (typeof o["file"] !== "string") return bad(["run", "override", "file"]);
    object(o["parameters"], ["run", "override", "parameters"]);
  }
  if (!Array.isArray(packs) || !packs.every((p) => typeof p === "string")) return bad(["run", "packs"]);
  return {
    region,
    from,
    to,
    asOf,
    override: override as PartialRun["override"],
    packs: packs as string[],
  };
}

const MONEY_FIELDS = [
  ["basic", "basic"],
  ["accountPension", "account"],
  ["fundTopUp", "fund"],
  ["subsidy", "subsidy"],
  ["proxy", "proxy"],
] as const;

/** Sums as a partial writes them (`{ levels, years }`), back in fen; every year of the range, every level. */
function sumsOf(value: unknown, key: "base" | "override", from: number, to: number, where: Where): CostSums {
  const { bad, object, fen } = fieldsOf(where);
  const json = object(value, [key]);
  const levels = json["levels"];
  if (!Array.isArray(levels) || !levels.every((l) => typeof l === "string") || new Set(levels).size !== levels.length)
    return bad([key, "levels"]);
  const years = object(json["years"], [key, "years"]);
  if (Object.keys(years).length !== to - from + 1) return bad([key, "years"]);
  const sums = emptySums(to - from + 1);
  for (const level of levels as string[]) sums.levels.set(level, new Array<bigint>(to - from + 1).fill(0n));
  for (let i = 0; i <= to - from; i++) {
    const path = [key, "years", String(from + i)];
    const year = object(years[String(from + i)], path);
    for (const [field, slot] of MONEY_FIELDS) sums[slot][i] = fen(year[field], [...path, field]);
    const byLevel = object(year["subsidyByLevel"], [...path, "subsidyByLevel"]);
    if (Object.keys(byLevel).length !== levels.length) return bad([...path, "subsidyByLevel"]);
    for (const [level, v] of sums.levels) v[i] = fen(byLevel[level], [...path, "subsidyByLevel", level]);
  }
  return sums;
}

/** One line of a partials file, checked: `invalid-partial` naming the file, line and field. */
export function parsePartial(text: string, where: Where): CostPartial {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return partialError(where, [], cliText(where.locale, "partial.not-json", { where: whereText(where), reason }));
  }
  if (!isObject(value) || value["format"] !== COST_PARTIAL_FORMAT)
    return partialError(
      where,
      isObject(value) ? ["format"] : [],
      cliText(where.locale, "partial.format", { where: whereText(where), format: COST_PARTIAL_FORMAT }),
    );
  const { bad, object } = fieldsOf(where);
  if (typeof value["engine"] !== "string") return bad(["engine"]);
  const run = runOf(value["run"], where);
  const cases = object(value["cases"], ["cases"]);
  const counts: CostCounts = { ok: 0, failed: 0, internal: 0, otherRegion: 0 };
  for (const [field, slot] of [
    ["costed", "ok"],
    ["failed", "failed"],
    ["internal", "internal"],
    ["otherRegion", "otherRegion"],
  ] as const) {
    const n = cases[field];
    counts[slot] = isCount(n) ? n : bad(["cases", field]);
  }
  const base = sumsOf(value["base"], "base", run.from, run.to, where);
  if ((run.override === null) !== (value["override"] === undefined)) return bad(["override"]);
  const changed = run.override === null ? null : sumsOf(value["override"], "override", run.from, run.to, where);
  const totals = { region: run.region as RegionId, from: run.from, to: run.to, counts, base, changed };
  return { at: where, where: whereText(where), engine: value["engine"], run, totals };
}

/** Every partial of a file's text (one a line; blank lines skipped). */
export function parsePartials(text: string, file: string, locale: Locale = "en"): CostPartial[] {
  const out: CostPartial[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() !== "") out.push(parsePartial(line, { file, line: i + 1, locale }));
  });
  return out;
}

/** JSON with the keys of every object sorted: the same settings give the same text. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (isObject(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(",")}}`;
  return JSON.stringify(v);
}

/** Shorter than 80 characters, for messages. */
const shown = (v: unknown): string => {
  const t = canonical(v);
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
};

/**
 * `b` belongs with `a` (the first partial): the same engine version and run settings (region,
 * years, as-of date, override file and content, packs). Else `invalid-partial` at the first
 * field that differs.
 */
export function checkSameRun(a: CostPartial, b: CostPartial): void {
  const fields: (readonly [readonly string[], unknown, unknown])[] = [
    [["engine"], a.engine, b.engine],
    ...(["region", "from", "to", "asOf", "override", "packs"] as const).map(
      (k) => [["run", k], a.run[k], b.run[k]] as const,
    ),
  ];
  for (const [path, expected, received] of fields) {
    if (canonical(expected) === canonical(received)) continue;
    partialError(
      b.at,
      path,
      cliText(b.at.locale, "partial.mismatch", {
        where: b.where,
        path: jsonPath(path),
        received: shown(received),
        first: a.where,
        expected: shown(expected),
      }),
    );
  }
}

/**
 * The totals of the partials added up: exact (fen in BigInt), the same in any order; each
 * partial checked first to belong with the first one (`invalid-partial`). The subsidy levels
 * come in the order the partials first show them: partials in input order give the columns of a
 * single run over the whole input.
 */
export function mergePartials(partials: readonly CostPartial[]): CostTotals {
  const first = partials[0]!;
  const { region, from, to } = first.totals;
  const years = to - from + 1;
  const counts: CostCounts = { ok: 0, failed: 0, internal: 0, otherRegion: 0 };
  const base = emptySums(years);
  const changed = first.totals.changed ? emptySums(years) : null;
  for (const p of partials) {
    checkSameRun(first, p);
    counts.ok += p.totals.counts.ok;
    counts.failed += p.totals.counts.failed;
    counts.internal += p.totals.counts.internal;
    counts.otherRegion += p.totals.counts.otherRegion;
    addSums(base, p.totals.base);
    if (changed && p.totals.changed) addSums(changed, p.totals.changed);
  }
  return { region, from, to, counts, base, changed };
}
