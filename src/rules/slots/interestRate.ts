import { Decimal } from "../../money";
import { yearEnd, yearStart } from "../../dates";
import { valueOn } from "../../policy/parameter";
import type { RegionPolicy } from "../../policy/schema";

/**
 * Slot `features.interestRate`: how the year's rate is read from the rate table (NAT-RATE-PBOC).
 *
 * - `highest-in-year` — Qiannan QN-INT, 第十四条: "年内发生利率调整的，按就高原则确定".
 * - `on-1-january` — Beibei BB-INT, 七(二): "个人账户储存额目前每年参考中国人民银行公布的金融机构人民币一年期存款利率计息";
 *   Ningxia NX-INT, 四是: "最低记账利率不低于中国人民银行公布的金融机构人民币一年期存款基准利率"; Jiangmen JM-INT
 *   ("按国家规定计息"; interpretation) and Cixi CX-INT (interpretation): the rate in force on 1 January.
 *
 * @module
 */
export type InterestRate = RegionPolicy["features"]["interestRate"]["value"];

/** The year's rate from the table. */
export type InterestRateRule = (param: RegionPolicy["parameters"]["rate"], year: number) => Decimal;

function rateOnFirstJanuary(param: RegionPolicy["parameters"]["rate"], year: number): Decimal {
  return new Decimal(valueOn(param, yearStart(year)).value);
}

/** Highest over the year: the value on 1 January and every segment starting within the year. */
function highestRateInYear(param: RegionPolicy["parameters"]["rate"], year: number): Decimal {
  const from = yearStart(year);
  const to = yearEnd(year);
  let rate = new Decimal(valueOn(param, from).value);
  for (const s of param.segments) {
    if (s.from > from && s.from <= to) {
      const v = valueOn(param, s.from).value; // unknown → throws
      if (new Decimal(v).gt(rate)) rate = new Decimal(v);
    }
  }
  return rate;
}

export const interestRateRules: { readonly [V in InterestRate]: InterestRateRule } = {
  "highest-in-year": highestRateInYear,
  "on-1-january": rateOnFirstJanuary,
};
