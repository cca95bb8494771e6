import { deepFreeze } from "../freeze";
import { zhCNRules } from "../i18n/zh-CN";
import { regions } from "../policy";
import type { RegionPolicy } from "../policy/schema";
import { parameterCitation, parametersOf } from "../policy/walk";
import type { RegionId } from "../kinds";

/** What a rule id in a trace, refusal or benefit line means. */
export interface RuleInfo {
  readonly id: string;
  readonly title: string;
  readonly citation: string;
  /** The region whose config holds it, or "shared" for rules.md's shared and national rules. */
  readonly region: RegionId | "shared";
  readonly note?: string;
  /** The title in Chinese (中文标题), where the Chinese catalogue has one. */
  readonly titleZh?: string;
}

const RULES_MD = "docs/rules.md";

/** rules.md's shared and national rules. */
const shared: readonly Omit<RuleInfo, "region">[] = [
  {
    id: "ACC-COMPONENTS",
    title: "Account components personal / collective / subsidy / proxy / other",
    citation: `${RULES_MD} ACC-COMPONENTS; docs/conventions.md "The personal account"`,
  },
  {
    id: "INT-MONTHLY",
    title: "Monthly-balance interest (月积数), credited on 31 December and at closings",
    citation: `${RULES_MD} INT-MONTHLY`,
  },
  {
    id: "BEN-DIVISOR",
    title: "Account pension = balance at start ÷ 计发月数, fixed for life",
    citation: `国发〔2005〕38号; ${RULES_MD} BEN-DIVISOR`,
  },
  {
    id: "DEATH-STOP",
    title: "Pension paid for the month of death, stopped from the next",
    citation: `国发〔2014〕8号; ${RULES_MD} DEATH-STOP`,
  },
  {
    id: "DEATH-INHERIT",
    title: "Inheritable part of the balance by the rule in force on the event date",
    citation: `国发〔2009〕32号; 国发〔2014〕8号; ${RULES_MD} DEATH-INHERIT`,
  },
  {
    id: "COHORT",
    title: "Transitional eligibility by age on the scheme start",
    citation: `国发〔2009〕32号 七; 国发〔2014〕8号 七; ${RULES_MD} COHORT`,
  },
  { id: "FIRST-MONTH", title: "First pension month", citation: `${RULES_MD} FIRST-MONTH` },
  {
    id: "PAY-VALIDITY",
    title: "Validity of a payment: tier, dates, back-payment where the text is silent",
    citation: `${RULES_MD} PAY-VALIDITY`,
  },
  {
    id: "CONTRIBUTION-YEARS",
    title: "Contribution years: distinct valid years plus make-up years",
    citation: `${RULES_MD} CONTRIBUTION-YEARS`,
  },
  {
    id: "MAKE-UP",
    title: "Make-up (补足) of missing years in one payment",
    citation: `国发〔2009〕32号 七; ${RULES_MD} MAKE-UP`,
  },
  {
    id: "LOOKUPS",
    title: "Parameters are looked up only for figures the result contains",
    citation: `${RULES_MD} LOOKUPS`,
  },
  { id: "OVERRIDES", title: "What-if overrides of dated parameters", citation: `${RULES_MD} OVERRIDES` },
  {
    id: "SUSPEND",
    title: "Suspension for imprisonment and missing persons (Qiannan's text only)",
    citation: `${RULES_MD} SUSPEND`,
  },
  {
    id: "BEN-TOTAL",
    title: "Monthly pension = basic pension with top-ups + account pension",
    citation: `${RULES_MD} BEN-TOTAL; docs/conventions.md "The pension"`,
  },
  {
    id: "TRANSFER",
    title: "Transfer-out before the pension: the balance leaves the ledger",
    citation: `国发〔2014〕8号; ${RULES_MD} TRANSFER`,
  },
];

type SlotKey = keyof RegionPolicy["facts"] | keyof RegionPolicy["features"];

/** What each fact and feature slot decides: the title of a rule id a region gives only to slots (one entry per slot, so a new slot needs one). */
const slotTitles: { readonly [K in SlotKey]: string } = {
  schemeStart: "local scheme start (COHORT)",
  benefitStartMonth: "first month of benefits",
  fixedDivisor: "account pension = balance ÷ divisor",
  interestRate: "account interest rate of the year",
  interestMethod: "interest method (monthly balances or from the next year)",
  latePayment: "payment after the deadline (back-payment)",
  latePaymentSubsidy: "subsidy and proxy payment of a back-paid year",
  paymentsPerYear: "payments a year",
  payAt60: "payment of the pension-age year",
  suspension: "suspension of payments and pension (imprisonment, missing)",
  familyBinding: "family binding (children enrolled)",
  makeUp: "make-up of missing years",
  transfer: "transfer out of the region",
  seal: "payments while under the employees' pension (account sealed)",
  eligibility: "pension eligibility",
  death: "death of a member",
  emigration: "emigration (出国(境)定居)",
  deathBeforePension: "death or emigration before the pension",
  enrollment: "enrolment",
};

/** The title of an id a region gives only to facts and features: the region and what its slots decide. */
function slotTitle(policy: RegionPolicy, id: string): string {
  const keys: SlotKey[] = [];
  for (const [key, f] of [...Object.entries(policy.facts), ...Object.entries(policy.features)])
    if (f?.rule === id) keys.push(key as SlotKey);
  return `${policy.name}: ${keys.map((k) => slotTitles[k]).join("; ")}`;
}

function add(map: Map<string, RuleInfo>, info: RuleInfo): void {
  if (map.has(info.id)) return;
  const titleZh = zhCNRules[info.id];
  map.set(info.id, titleZh === undefined ? info : { ...info, titleZh });
}

function fromPolicy(map: Map<string, RuleInfo>, policy: RegionPolicy): void {
  const region = policy.id as RegionId; // the registry lists the built-in regions
  const nationalIds = new Set(["NAT-RATE-PBOC", "NAT-DIVISOR", "NAT-MIN-BASIC", "NAT-INHERIT"]);
  for (const p of parametersOf(policy)) {
    add(map, {
      id: p.id,
      title: p.title,
      citation: parameterCitation(p),
      region: nationalIds.has(p.id) ? "shared" : region,
    });
  }
  for (const f of [...Object.values(policy.facts), ...Object.values(policy.features)]) {
    if (f === undefined) continue;
    if (map.has(f.rule)) continue;
    const info: RuleInfo = { id: f.rule, title: slotTitle(policy, f.rule), citation: f.citation, region };
    add(map, f.note === undefined ? info : { ...info, note: f.note });
  }
}

function build(): Map<string, RuleInfo> {
  const map = new Map<string, RuleInfo>();
  for (const r of shared) add(map, { ...r, region: "shared" });
  for (const policy of regions) fromPolicy(map, policy);
  return map;
}

/**
 * Every rule id the library can put in a trace, refusal or benefit line, with its title,
 * citation and region (rules.md ids). Built from the frozen region configs.
 *
 * @example
 * rules.get("QN-BEN-BASIC")?.citation //=> "黔南府办发〔2011〕110号 第二十条 (…)"
 */
export const rules: ReadonlyMap<string, RuleInfo> = frozenMap(build());

/** A Map whose contents cannot change: `set`, `delete` and `clear` throw; entries are frozen. */
function frozenMap<K, V>(map: Map<K, V>): ReadonlyMap<K, V> {
  for (const v of map.values()) deepFreeze(v);
  const refuse = (): never => {
    throw new TypeError("resident-pension: `rules` is read-only");
  };
  for (const method of ["set", "delete", "clear"]) Object.defineProperty(map, method, { value: refuse });
  return Object.freeze(map);
}
