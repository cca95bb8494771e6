import type { Parameter } from "../../policy/parameter";
import type { RegionPolicy } from "../../policy/schema";
import { deathBenefitRules } from "./deathBenefit";
import { familyBindingRules } from "./familyBinding";
import { inheritRules } from "./inherit";
import { interestMethodRules } from "./interestMethod";
import { interestRateRules } from "./interestRate";
import { latePaymentRules, latePaymentShortfallRules } from "./latePayment";
import { latePaymentSubsidyRules } from "./latePaymentSubsidy";
import { makeUpCohortRules, makeUpDateRules } from "./makeUp";
import { payAt60FirstMonthRules, payAt60RefusalRules, payAt60Rules } from "./payAt60";
import { paymentsPerYearRules } from "./paymentsPerYear";
import { subsidyHardshipRules } from "./subsidy";
import { suspensionPaymentRules, suspensionScheduleRules } from "./suspension";
import { topUpRules } from "./topUps";
import { transferRules } from "./transfer";

/**
 * The rule catalogue keyed by slot: for every slot of a region policy (every key of
 * `regionPolicySchema`'s facts, features and parameters), the module that holds its logic and the
 * functions that run it. A slot whose value selects logic has a module of its own under
 * src/rules/slots/ with a table from each value to a named function; a slot that only holds data
 * (a date, an amount, a dated table) names the module and functions that read it. The type makes
 * every slot of the schema need an entry.
 *
 * Not part of the library's bundle: scripts/rules-index.ts renders it as docs/rules-index.md.
 *
 * @module
 */

/** A table from each value of a slot to a named function. */
type Table = Readonly<Record<string, { readonly name: string }>>;

/** A slot whose value selects logic: its module, its tables, and the values a region's config gives it. */
export interface LogicSlot {
  readonly module: string;
  readonly tables: readonly Table[];
  readonly values: (policy: RegionPolicy) => readonly string[];
  /** Where a region's config gives none of the values the tables are keyed by (a subsidy without hardship groups). */
  readonly otherwise?: DataSlot;
}

/** A slot that holds data: the module and functions that read it. */
export interface DataSlot {
  readonly module: string;
  readonly functions: readonly string[];
}

type FactKey = keyof RegionPolicy["facts"];
type FeatureKey = keyof RegionPolicy["features"];
type ParameterKey = keyof RegionPolicy["parameters"];
export type SlotPath = `facts.${FactKey}` | `features.${FeatureKey}` | `parameters.${ParameterKey}`;

const feature =
  (key: FeatureKey) =>
  (policy: RegionPolicy): readonly string[] => {
    const f = policy.features[key];
    return f === undefined ? [] : [String(f.value)];
  };

/** The values of a parameter's known segments (`pick` reads the value a table is keyed by), each once. */
function segmentValues<T>(
  params: readonly (Parameter<T> | undefined)[],
  pick: (v: T) => string | undefined,
): readonly string[] {
  const out: string[] = [];
  for (const p of params)
    for (const s of p?.segments ?? []) {
      const v = "value" in s ? pick(s.value) : undefined;
      if (v !== undefined && !out.includes(v)) out.push(v);
    }
  return out;
}

const S = "src/rules/slots";

/** A feature whose module is src/rules/slots/<key>.ts, keyed by the feature's value. */
function featureSlot(key: FeatureKey, tables: readonly Table[]): LogicSlot {
  return { module: `${S}/${key}.ts`, tables, values: feature(key) };
}

export const slotCatalogue: { readonly [K in SlotPath]: LogicSlot | DataSlot } = {
  "facts.schemeStart": { module: "src/rules/cohort.ts", functions: ["determineCohort"] },
  "facts.benefitStartMonth": { module: "src/rules/eligibility.ts", functions: ["benefitStart"] },
  "facts.fixedDivisor": { module: "src/rules/account.ts", functions: ["divisorOf"] },
  "features.interestRate": featureSlot("interestRate", [interestRateRules]),
  "features.interestMethod": featureSlot("interestMethod", [interestMethodRules]),
  "features.latePayment": featureSlot("latePayment", [latePaymentRules, latePaymentShortfallRules]),
  "features.latePaymentSubsidy": featureSlot("latePaymentSubsidy", [latePaymentSubsidyRules]),
  "features.paymentsPerYear": featureSlot("paymentsPerYear", [paymentsPerYearRules]),
  "features.payAt60": featureSlot("payAt60", [payAt60Rules, payAt60RefusalRules, payAt60FirstMonthRules]),
  "features.suspension": featureSlot("suspension", [suspensionPaymentRules, suspensionScheduleRules]),
  "features.familyBinding": featureSlot("familyBinding", [familyBindingRules]),
  "features.makeUp": featureSlot("makeUp", [makeUpCohortRules, makeUpDateRules]),
  "features.transfer": featureSlot("transfer", [transferRules]),
  "features.seal": { module: "src/rules/payments.ts", functions: ["entryRefusal"] },
  "features.eligibility": { module: "src/rules/eligibility.ts", functions: ["evaluateEligibility"] },
  "features.death": { module: "src/rules/settlement.ts", functions: ["settle"] },
  "features.emigration": { module: "src/rules/settlement.ts", functions: ["settle"] },
  "features.deathBeforePension": { module: "src/rules/settlement.ts", functions: ["settle"] },
  "features.enrollment": { module: "src/rules/enrollment.ts", functions: ["evaluateEnrollment"] },
  "parameters.enrolAge": { module: "src/rules/enrollment.ts", functions: ["evaluateEnrollment"] },
  "parameters.pensionAge": { module: "src/rules/payments.ts", functions: ["pensionAgeOf"] },
  "parameters.tiers": { module: "src/rules/payments.ts", functions: ["tierSet"] },
  "parameters.deadline": { module: "src/rules/payments.ts", functions: ["regularKind"] },
  "parameters.subsidy": {
    module: `${S}/subsidy.ts`,
    tables: [subsidyHardshipRules],
    values: (p) => segmentValues([p.parameters.subsidy], (v) => v.hardship?.mode),
    otherwise: { module: "src/rules/subsidy.ts", functions: ["subsidyFor"] },
  },
  "parameters.proxy": { module: "src/rules/subsidy.ts", functions: ["proxyGroupOn"] },
  "parameters.specialSubsidy": { module: "src/rules/subsidy.ts", functions: ["specialStatusTier", "specialSubsidies"] },
  "parameters.specialSubsidyIncome": { module: "src/rules/subsidy.ts", functions: ["specialSubsidies"] },
  "parameters.collectiveCap": { module: "src/rules/payments.ts", functions: ["collectiveAboveCap"] },
  "parameters.lumpSum": { module: "src/rules/payments.ts", functions: ["evaluateLumpSum"] },
  "parameters.rate": { module: "src/rules/interest-rate.ts", functions: ["rateForYear"] },
  "parameters.divisor": { module: "src/rules/account.ts", functions: ["divisorOf"] },
  "parameters.minBasic": { module: "src/answers/answer.ts", functions: ["floored"] },
  "parameters.inherit": {
    module: `${S}/inherit.ts`,
    tables: [inheritRules],
    values: (p) => segmentValues([p.parameters.inherit], (v) => v),
  },
  "parameters.basic": { module: "src/rules/benefit.ts", functions: ["monthlyBenefit"] },
  "parameters.topUps": {
    module: `${S}/topUps.ts`,
    tables: [topUpRules],
    values: (p) => segmentValues(p.parameters.topUps, (v) => v.kind),
  },
  "parameters.deathBenefit": {
    module: `${S}/deathBenefit.ts`,
    tables: [deathBenefitRules],
    values: (p) => segmentValues([p.parameters.deathBenefit], (v) => v.kind),
  },
  "parameters.legacy": { module: "src/rules/benefit.ts", functions: ["legacyBenefit"] },
  "parameters.legacyFuneral": {
    module: `${S}/deathBenefit.ts`,
    tables: [deathBenefitRules],
    values: (p) => segmentValues([p.parameters.legacyFuneral], (v) => v.kind),
  },
  "parameters.missingSuspension": { module: `${S}/suspension.ts`, functions: ["suspendWhileMissing"] },
};

/** One row of the rule index: a rule id a region gives a slot, and the one hop to the code. */
export interface RuleIndexRow {
  readonly id: string;
  readonly region: RegionPolicy["id"];
  /** The slot path (`parameters.topUps[1]` for one entry of a list). */
  readonly slot: string;
  /** The slot's values in the region's config (logic slots), else "". */
  readonly values: string;
  readonly module: string;
  readonly functions: readonly string[];
}

function isLogic(s: LogicSlot | DataSlot): s is LogicSlot {
  return "tables" in s;
}

/** The functions a slot runs for `values`: the entries of its tables, each once. */
function functionsOf(s: LogicSlot | DataSlot, values: readonly string[]): readonly string[] {
  if (!isLogic(s)) return s.functions;
  const out: string[] = [];
  for (const t of s.tables)
    for (const v of values) {
      const name = t[v]?.name;
      if (name !== undefined && !out.includes(name)) out.push(name);
    }
  return out;
}

/** The rule ids a slot carries in a policy (a top-up list: one per top-up), with the slot path of each. */
function idsOf(policy: RegionPolicy, path: SlotPath): readonly { id: string; slot: string }[] {
  const [group, key] = path.split(".") as ["facts" | "features" | "parameters", string];
  const v = (
    policy[group] as Record<string, { rule?: string; id?: string } | readonly Parameter<unknown>[] | undefined>
  )[key];
  if (v === undefined) return [];
  if (Array.isArray(v))
    return (v as readonly Parameter<unknown>[]).map((p, i) => ({ id: p.id, slot: `${path}[${i}]` }));
  const one = v as { rule?: string; id?: string };
  return [{ id: one.rule ?? one.id ?? "", slot: path }];
}

/**
 * The rule index: for every region and every slot its config fills, the rule id, the slot, the
 * module and the functions that run it. Pure: the same policies give the same rows, in region
 * order, then schema order.
 */
export function ruleIndexRows(policies: readonly RegionPolicy[]): readonly RuleIndexRow[] {
  const rows: RuleIndexRow[] = [];
  for (const policy of policies)
    for (const path of Object.keys(slotCatalogue) as SlotPath[]) {
      const slot = slotCatalogue[path];
      for (const { id, slot: at } of idsOf(policy, path)) {
        const values = isLogic(slot) ? (at === path ? slot.values(policy) : topUpValues(policy, at)) : [];
        const reader = isLogic(slot) && values.length === 0 && slot.otherwise ? slot.otherwise : slot;
        rows.push({
          id,
          region: policy.id,
          slot: at,
          values: values.join(", "),
          module: reader.module,
          functions: functionsOf(reader, values),
        });
      }
    }
  return rows;
}

/** The kinds of one top-up (`parameters.topUps[i]`). */
function topUpValues(policy: RegionPolicy, at: string): readonly string[] {
  const i = Number(/\[(\d+)\]$/.exec(at)?.[1]);
  return segmentValues([policy.parameters.topUps[i]], (v) => v.kind);
}
