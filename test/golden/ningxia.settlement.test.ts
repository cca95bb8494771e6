import { describe, expect, it } from "vitest";
import { evaluateCase, isPensionInputError } from "../../src";
import { EMPTY, invariants, settlementOf } from "./helpers";

/**
 * Golden cases, Ningxia 宁夏 (seed 000 plus the verified notices in rules.md): death and transfer-out
 * before the pension (2014 rule: the whole balance), death during the pension with an overpayment,
 * and the LOOKUPS rule for overpayment months. Every amount is computed by hand below.
 *
 * Sources: rules.md NX-DEATH (national, 国发〔2014〕8号: 参保人死亡，个人账户资金余额可以依法继承),
 * NAT-INHERIT, DEATH-STOP, DEATH-INHERIT (proxy payments are inheritable), TRANSFER (国发〔2014〕8号
 * 一次性转移个人账户全部储存额), NX-PROXY, NX-PAY-MULTI, NX-SUB, NX-BEN-BASIC (180 from 2023-01-01 to
 * 2023-06-30, unknown from 2023-07-01), NX-BEN-AGE, LOOKUPS; conventions.md "Settlement".
 *
 * Interest (NX-INT: the floor, NAT-RATE-PBOC in force on 1 January): 2021, 2022, 2023 → 1.50%.
 * Monthly method: a window from month s+1 to month c credits r × opening × (c − s)/12 +
 * Σ r × credit × (c − m)/12 per component, each rounded to the fen (half up).
 */

// Person D: born 1980-07-01 (under 45 on 2014-02-21: 15-year rule whatever the scheme start), 低保
// from 2020-01-01 (NX-PROXY: the government pays the hardship tier 100 in full, subsidy 30).
//   2021-04-15 amount 0: proxy-only year, tier 100, proxy 100, subsidy 30 (credited April)
//   2022-03-10 200 and 2022-09-10 200 (NX-PAY-MULTI): tier 200 + 200 + 100 proxy = 500; the proxy on
//     the first entry (March), the 500 tier's subsidy 70 (NX-SUB 2021) on the last (September)
// 2021 (1.50%): proxy 100 × .015 × 8/12 = 1.00; subsidy 30 × .015 × 8/12 = 0.30 → 101.00 / 30.30; 1.30
// 2022 (1.50%): proxy 101 × .015 = 1.515 + 100 × .015 × 9/12 = 1.125 → 2.64;
//   personal 200 × .015 × 9/12 = 2.25 + 200 × .015 × 3/12 = 0.75 → 3.00;
//   subsidy 30.30 × .015 = 0.4545 + 70 × .015 × 3/12 = 0.2625 → 0.717 → 0.72
//   → personal 403.00, proxy 203.64, subsidy 101.02; interest 6.36
// Closing May 2023 (c = 5, 1.50%): personal 403.00 × .015 × 5/12 = 2.51875 → 2.52;
//   proxy 203.64 × .00625 = 1.27275 → 1.27; subsidy 101.02 × .00625 = 0.631375 → 0.63; interest 4.42
//   → personal 405.52 + proxy 204.91 + subsidy 101.65 = 712.08
function personD(event: { kind: string; date: string }) {
  return {
    region: "ningxia",
    asOf: "2023-12-31",
    person: {
      birthDate: "1980-07-01",
      sex: "female",
      statuses: [{ kind: "dibao", from: "2020-01-01" }],
      events: [event],
    },
    payments: [
      { year: 2021, date: "2021-04-15", amount: "0" },
      { year: 2022, date: "2022-03-10", amount: "200" },
      { year: 2022, date: "2022-09-10", amount: "200" },
    ],
  };
}
const D_INTEREST = { "2021": "1.30", "2022": "6.36", "2023": "4.42" };

// Person E: born 1945-03-10, 64 on 2009-09-01 → basic pension without payments whatever the scheme
// start (COHORT (1)); no account. NX-BEN-AGE: 75th birthday 2020-03-10 → +6 from 2020-04 (80 → +8 from
// 2025-04). NX-BEN-LONG: 0 contribution years → 0; NX-BEN-LOCAL 0. 2023-01..06: 180 + 6 = 186 a month.
function personE(death: string, options: object) {
  return {
    region: "ningxia",
    asOf: "2023-12-31",
    person: { birthDate: "1945-03-10", sex: "male", events: [{ kind: "death", date: death }] },
    options,
  };
}

describe("Ningxia golden cases: settlement (2014 rule, proxy, overpayment, lookups)", () => {
  it("NX-DEATH NAT-INHERIT DEATH-INHERIT NX-PROXY: death before the pension in 2023 — the whole balance, proxy and subsidy included, is inheritable", () => {
    const r = evaluateCase(personD({ kind: "death", date: "2023-05-18" }));
    invariants(r);
    expect(r.payments.map((p) => [p.year, p.date, p.valid, p.tier, p.personal, p.proxy, p.subsidy])).toEqual([
      [2021, "2021-04-15", true, "100.00", "0.00", "100.00", "30.00"],
      [2022, "2022-03-10", true, "500.00", "200.00", "100.00", "0.00"],
      [2022, "2022-09-10", true, "500.00", "200.00", "0.00", "70.00"],
    ]);
    expect(r.account.interestByYear).toEqual(D_INTEREST);
    expect(r.account.components).toEqual(EMPTY);
    // Death 2023-05-18 ≥ 2014-02-21 → excluded 0 → inheritable 712.08, toFund 0.
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2023-05-18",
      lastPensionMonth: null,
      balance: "712.08",
      excluded: "0.00",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "712.08",
      toFund: "0.00",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });

  it("TRANSFER: transfer-out before the pension moves the whole balance, proxy and subsidy included", () => {
    const r = evaluateCase(personD({ kind: "transfer-out", date: "2023-05-18" }));
    invariants(r);
    expect(r.account.interestByYear).toEqual(D_INTEREST);
    expect(settlementOf(r)).toEqual({
      event: "transfer-out",
      date: "2023-05-18",
      lastPensionMonth: null,
      balance: "712.08",
      excluded: "0.00",
      overpayment: "0.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "0.00",
      inheritable: "0.00",
      toFund: "0.00",
      transferred: "712.08",
      deathBenefit: "0.00",
    });
  });

  it("NX-DEATH: a death dated after asOf is ignored — no settlement, the account stays open", () => {
    // Person D, death 2024-01-05, evaluated 2023-12-31. 2023 (1.50%), a full year on the 2022 closing
    // balances: personal 403.00 × .015 = 6.045 → 6.05; proxy 203.64 × .015 = 3.0546 → 3.05;
    // subsidy 101.02 × .015 = 1.5153 → 1.52 → 409.05 + 206.69 + 102.54 = 718.28; 2023 interest 10.62.
    const r = evaluateCase(personD({ kind: "death", date: "2024-01-05" }));
    invariants(r);
    expect(r.settlement).toBeNull();
    expect(r.account.interestByYear).toEqual({ "2021": "1.30", "2022": "6.36", "2023": "10.62" });
    expect(r.account.components).toEqual({
      personal: "409.05",
      collective: "0.00",
      subsidy: "102.54",
      proxy: "206.69",
      other: "0.00",
    });
    expect(r.account.balance).toBe("718.28");
  });

  it("NX-DEATH DEATH-STOP NX-BEN-AGE: death during the pension — the overpayment (basic + age top-up) is owed by the estate when there is no account", () => {
    // Death 2023-03-15 → last pension month 2023-03. Paid through 2023-06: 2023-04, 05, 06 = 3 × 186 = 558.00.
    // Balance 0 → recovered 0, outstanding 558.00; nothing inheritable, nothing to the fund.
    const r = evaluateCase(personE("2023-03-15", { pensionsPaidThrough: "2023-06" }));
    invariants(r);
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2023-03-15",
      lastPensionMonth: "2023-03",
      balance: "0.00",
      excluded: "0.00",
      overpayment: "558.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "558.00",
      inheritable: "0.00",
      toFund: "0.00",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });

  it("LOOKUPS NX-BEN-BASIC: an overpayment month in an unknown period (from 2023-07-01) is parameter-unknown", () => {
    // Death 2023-06-10, paid through 2023-08: the overpayment needs the basic pension of 2023-07 and 2023-08.
    let caught: unknown = null;
    try {
      evaluateCase(personE("2023-06-10", { pensionsPaidThrough: "2023-08" }));
    } catch (e) {
      caught = e;
    }
    expect(isPensionInputError(caught)).toBe(true);
    if (!isPensionInputError(caught)) return;
    expect(caught.code).toBe("parameter-unknown");
    expect(`${caught.message} ${JSON.stringify(caught.details)}`).toContain("NX-BEN-BASIC");
    expect(`${caught.message} ${JSON.stringify(caught.details)}`).toContain("2023-07");
  });

  it("LOOKUPS OVERRIDES DEATH-STOP: the same overpayment with the basic pension supplied in options.parameters", () => {
    // Supplied NX-BEN-BASIC 185 from 2023-07-01 (what-if). Overpayment 2023-07 + 2023-08 = 2 × (185 + 6)
    // = 382.00, all outstanding (no account). The death month itself (June, 186) is paid.
    const r = evaluateCase(
      personE("2023-06-10", {
        pensionsPaidThrough: "2023-08",
        parameters: {
          "NX-BEN-BASIC": [
            {
              from: "2023-07-01",
              value: "185",
              citation: "what-if (golden test): basic pension supplied by the caller",
            },
          ],
        },
      }),
    );
    invariants(r);
    expect(settlementOf(r)).toEqual({
      event: "death",
      date: "2023-06-10",
      lastPensionMonth: "2023-06",
      balance: "0.00",
      excluded: "0.00",
      overpayment: "382.00",
      overpaymentRecovered: "0.00",
      overpaymentOutstanding: "382.00",
      inheritable: "0.00",
      toFund: "0.00",
      transferred: "0.00",
      deathBenefit: "0.00",
    });
  });
});
