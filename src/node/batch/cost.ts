/**
 * What-if costing (`resident-pension cost`): yearly outlay totals over the cases of one region,
 * under the cases' own policy and, optionally, under an override of it. Sums are kept in whole
 * fen (BigInt), so they are exact however many cases are added.
 *
 * This module imports the library through its public barrel (`../index`) so that the command
 * line and the batch worker, which bundle it, share the one built copy of the library.
 */
import {
  benefitScheduleWith,
  evaluateCaseWith,
  getRegion,
  type CostOptions,
  type Overrides,
  type CostReport,
  type PolicySource,
  type YearCost,
} from "../../index";

export type { CostOptions, CostReport, YearCost };

/** The label under which a subsidy the region's text does not split by paying level is summed. */
export const UNSPLIT_LEVEL = "unsplit";

/** Outlay sums in fen, one slot per year of the range: plain data, cloneable between threads. */
export interface CostSums {
  readonly basic: bigint[];
  readonly account: bigint[];
  readonly fund: bigint[];
  readonly subsidy: bigint[];
  readonly proxy: bigint[];
  /** level → per-year sums; insertion order = first seen. */
  readonly levels: Map<string, bigint[]>;
}

export function emptySums(years: number): CostSums {
  const z = (): bigint[] => new Array<bigint>(years).fill(0n);
  return { basic: z(), account: z(), fund: z(), subsidy: z(), proxy: z(), levels: new Map() };
}

/** Add `b` into `a` (same range). */
export function addSums(a: CostSums, b: CostSums): void {
  const add = (x: bigint[], y: readonly bigint[]): void => {
    for (let i = 0; i < x.length; i++) x[i]! += y[i]!;
  };
  add(a.basic, b.basic);
  add(a.account, b.account);
  add(a.fund, b.fund);
  add(a.subsidy, b.subsidy);
  add(a.proxy, b.proxy);
  for (const [level, v] of b.levels) {
    let mine = a.levels.get(level);
    if (!mine) a.levels.set(level, (mine = new Array<bigint>(v.length).fill(0n)));
    add(mine, v);
  }
}

const MONEY = /^(-?)(\d+)\.(\d{2})$/;

/** `"123.45"` → 12345n (the library's money strings: exactly two decimals). */
export function fenOf(money: string): bigint {
  const m = MONEY.exec(money);
  if (!m) throw new Error(`not a money string: ${JSON.stringify(money)}`);
  const v = BigInt(m[2]! + m[3]!);
  return m[1] ? -v : v;
}

/** 12345n → `"123.45"`, −5n → `"-0.05"`. */
export function formatFen(fen: bigint): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const s = abs.toString().padStart(3, "0");
  return `${neg ? "-" : ""}${s.slice(0, -2)}.${s.slice(-2)}`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * The case as costed: evaluated as of 31 December of `to` (the date `benefitSchedule` uses for
 * the range), with the override's segments appended to the case's own for each parameter id
 * (`withOverrides` splices them in order, so the override wins where they overlap). A case whose
 * `options` or `options.parameters` is not an object is left as it is: validation reports it.
 */
export function costedCase(
  input: Record<string, unknown>,
  to: number,
  override: Overrides | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...input, asOf: `${to}-12-31` };
  if (override === undefined) return out;
  const options = input["options"];
  if (options !== undefined && !isPlainObject(options)) return out;
  const own = options?.["parameters"];
  if (own !== undefined && !isPlainObject(own)) return out;
  const merged: Record<string, unknown> = { ...own };
  for (const [id, segments] of Object.entries(override)) {
    const mine = merged[id];
    merged[id] = Array.isArray(mine) ? [...(mine as unknown[]), ...segments] : segments;
  }
  out["options"] = { ...options, parameters: merged };
  return out;
}

/**
 * Add one case's outlay over `from`–`to` to `sums`: the basic pension of every paid month
 * (`benefitSchedule`), the account pension drawn (`account.drawsByYear`), and the subsidies and
 * proxy payments of its payments, by the calendar year of their date. Throws PensionInputError
 * (nothing is added then).
 */
export function addCaseCost(
  sums: CostSums,
  input: Record<string, unknown>,
  from: number,
  to: number,
  policies: PolicySource = getRegion,
): void {
  const schedule = benefitScheduleWith(policies, input, `${from}-01`, `${to}-12`);
  const result = evaluateCaseWith(policies, input, { trace: false }); // the figures only
  // Everything is computed before anything is added: a throw leaves `sums` untouched.
  const years = to - from + 1;
  const basic = new Array<bigint>(years).fill(0n);
  schedule.forEach((b, i) => {
    if (b !== null) basic[Math.floor(i / 12)]! += fenOf(b.basic);
  });
  for (let i = 0; i < years; i++) sums.basic[i]! += basic[i]!;
  for (const [y, d] of Object.entries(result.account.drawsByYear)) {
    const i = Number(y) - from;
    if (i < 0 || i >= years) continue;
    const fund = fenOf(d.fund);
    sums.account[i]! += fenOf(d.account) + fund;
    sums.fund[i]! += fund;
  }
  for (const p of result.payments) {
    const i = Number(p.date.slice(0, 4)) - from;
    if (i < 0 || i >= years) continue;
    const subsidy = fenOf(p.subsidy);
    sums.subsidy[i]! += subsidy;
    sums.proxy[i]! += fenOf(p.proxy);
    if (p.subsidyByLevel === null) {
      if (subsidy !== 0n) level(sums, UNSPLIT_LEVEL, years)[i]! += subsidy;
    } else {
      for (const [k, v] of Object.entries(p.subsidyByLevel)) level(sums, k, years)[i]! += fenOf(v);
    }
  }
}

function level(sums: CostSums, name: string, years: number): bigint[] {
  let v = sums.levels.get(name);
  if (!v) sums.levels.set(name, (v = new Array<bigint>(years).fill(0n)));
  return v;
}

/** The per-year view of sums, every year of the range, every level in `levels`. */
export function yearCosts(sums: CostSums, from: number, levels: readonly string[]): Record<string, YearCost> {
  const out: Record<string, YearCost> = {};
  for (let i = 0; i < sums.basic.length; i++) {
    out[String(from + i)] = {
      basic: formatFen(sums.basic[i]!),
      accountPension: formatFen(sums.account[i]!),
      fundTopUp: formatFen(sums.fund[i]!),
      subsidy: formatFen(sums.subsidy[i]!),
      subsidyByLevel: Object.fromEntries(levels.map((l) => [l, formatFen(sums.levels.get(l)?.[i] ?? 0n)])),
      proxy: formatFen(sums.proxy[i]!),
    };
  }
  return out;
}

/** `a − b`, slot by slot. */
export function subtractSums(a: CostSums, b: CostSums): CostSums {
  const sub = (x: readonly bigint[], y: readonly bigint[]): bigint[] => x.map((v, i) => v - y[i]!);
  const levels = new Map<string, bigint[]>();
  const zero = new Array<bigint>(a.basic.length).fill(0n);
  for (const l of new Set([...a.levels.keys(), ...b.levels.keys()]))
    levels.set(l, sub(a.levels.get(l) ?? zero, b.levels.get(l) ?? zero));
  return {
    basic: sub(a.basic, b.basic),
    account: sub(a.account, b.account),
    fund: sub(a.fund, b.fund),
    subsidy: sub(a.subsidy, b.subsidy),
    proxy: sub(a.proxy, b.proxy),
    levels,
  };
}
