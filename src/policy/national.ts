import { deepFreeze } from "../freeze";
import type { Parameter } from "./parameter";

/**
 * National parameters shared by the regions (rules.md "National parameters"). Every region
 * config references these objects; an override of one (e.g. `NAT-RATE-PBOC`) changes only the
 * policy it is applied to.
 */

const PBOC = "PBoC announcements (docs/rules.md NAT-RATE-PBOC, verified)";

/** NAT-RATE-PBOC: 中国人民银行 金融机构人民币一年期存款基准利率. */
export const pbocOneYearRate: Parameter<string> = {
  id: "NAT-RATE-PBOC",
  title: "PBoC one-year deposit benchmark rate",
  segments: [
    { from: "2007-12-21", until: "2008-10-08", value: "0.0414", citation: PBOC },
    { from: "2008-10-09", until: "2008-10-29", value: "0.0387", citation: PBOC },
    { from: "2008-10-30", until: "2008-11-26", value: "0.036", citation: PBOC },
    { from: "2008-11-27", until: "2008-12-22", value: "0.0252", citation: PBOC },
    { from: "2008-12-23", until: "2010-10-19", value: "0.0225", citation: PBOC },
    { from: "2010-10-20", until: "2010-12-25", value: "0.025", citation: PBOC },
    { from: "2010-12-26", until: "2011-02-08", value: "0.0275", citation: PBOC },
    { from: "2011-02-09", until: "2011-04-05", value: "0.03", citation: PBOC },
    { from: "2011-04-06", until: "2011-07-06", value: "0.0325", citation: PBOC },
    { from: "2011-07-07", until: "2012-06-07", value: "0.035", citation: PBOC },
    { from: "2012-06-08", until: "2012-07-05", value: "0.0325", citation: PBOC },
    { from: "2012-07-06", until: "2014-11-21", value: "0.03", citation: PBOC },
    { from: "2014-11-22", until: "2015-02-28", value: "0.0275", citation: PBOC },
    { from: "2015-03-01", until: "2015-05-10", value: "0.025", citation: PBOC },
    { from: "2015-05-11", until: "2015-06-27", value: "0.0225", citation: PBOC },
    { from: "2015-06-28", until: "2015-08-25", value: "0.02", citation: PBOC },
    { from: "2015-08-26", until: "2015-10-23", value: "0.0175", citation: PBOC },
    {
      from: "2015-10-24",
      value: "0.015",
      citation: PBOC,
      checked: "2015-10-24",
      note: "no later change of the benchmark",
    },
  ],
};

const DIVISOR_CITATION =
  "国发〔2005〕38号 附件 个人账户养老金计发月数表 (verified for 50/55/60; other ages from two agreeing transcriptions)";

/** NAT-DIVISOR: 计发月数 by age at pension start. */
export const divisorTable: Parameter<Record<string, number>> = {
  id: "NAT-DIVISOR",
  title: "Account pension divisor (计发月数) by age at pension start",
  segments: [
    {
      from: "2006-01-01",
      value: {
        "40": 233,
        "41": 230,
        "42": 226,
        "43": 223,
        "44": 220,
        "45": 216,
        "46": 212,
        "47": 208,
        "48": 204,
        "49": 199,
        "50": 195,
        "51": 190,
        "52": 185,
        "53": 180,
        "54": 175,
        "55": 170,
        "56": 164,
        "57": 158,
        "58": 152,
        "59": 145,
        "60": 139,
        "61": 132,
        "62": 125,
        "63": 117,
        "64": 109,
        "65": 101,
        "66": 93,
        "67": 84,
        "68": 75,
        "69": 65,
        "70": 56,
      },
      citation: DIVISOR_CITATION,
      published: "2005-12-03",
    },
  ],
};

/** NAT-MIN-BASIC: the national minimum basic pension (中央确定的基础养老金最低标准). */
export const nationalMinimumBasic: Parameter<string> = {
  id: "NAT-MIN-BASIC",
  title: "National minimum basic pension (元/月)",
  segments: [
    { from: "2009-09-01", until: "2014-06-30", value: "55", citation: "国发〔2009〕32号" },
    { from: "2014-07-01", until: "2017-12-31", value: "70", citation: "人社部发〔2015〕5号" },
    { from: "2018-01-01", until: "2020-06-30", value: "88", citation: "人社部规〔2018〕3号" },
    { from: "2020-07-01", until: "2022-06-30", value: "93", citation: "人社部发〔2020〕67号" },
    { from: "2022-07-01", until: "2023-06-30", value: "98", citation: "人社部发〔2022〕36号" },
    { from: "2023-07-01", until: "2024-06-30", value: "103", citation: "人社部发〔2023〕42号" },
    {
      from: "2024-07-01",
      until: "2024-12-31",
      value: "123",
      citation:
        "《人力资源社会保障部 财政部关于2024年提高城乡居民基本养老保险全国基础养老金最低标准的通知》, as implemented from 2024-07-01 by 新疆生产建设兵团人社局 (rsj.xjbt.gov.cn, 2024-11-04) (docs/rules.md NAT-MIN-BASIC, verified)",
      published: "2024-11-04",
    },
    {
      from: "2025-01-01",
      unknown: true,
      citation: "docs/rules.md NAT-MIN-BASIC",
      note:
        "the 2025 and 2026 government work reports each add 20, to 143 and 163, but no effective date or notice was found: " +
        "supply them with your own dates (withOverrides or options.parameters) once a notice gives them",
    },
  ],
};

/** NAT-INHERIT: what of the balance is inheritable, by death (or emigration) date. */
export const inheritanceRule: Parameter<"exclude-subsidy" | "whole-balance"> = {
  id: "NAT-INHERIT",
  title: "Inheritable part of the account balance",
  segments: [
    {
      from: "2009-09-01",
      until: "2014-02-20",
      value: "exclude-subsidy",
      citation: "国发〔2009〕32号, 国发〔2011〕18号: 个人账户中的资金余额，除政府补贴外，可以依法继承",
    },
    {
      from: "2014-02-21",
      value: "whole-balance",
      citation: "国发〔2014〕8号: 参保人死亡，个人账户资金余额可以依法继承",
    },
  ],
};

/** National pension age (国发〔2009〕32号, 国发〔2014〕8号: 年满60周岁). */
export const PENSION_AGE_CITATION = "国发〔2014〕8号 七 (养老保险待遇领取条件: 年满60周岁); 国发〔2009〕32号 七";

/**
 * The national cohort thresholds (COHORT): 60+ on the scheme start draws the basic pension
 * without contributions; 45–59 pays until 60 (at most 15 years); under 45 needs 15 years.
 */
export const nationalCohort = Object.freeze({
  oldAge: 60,
  transitionAge: 45,
  fullYears: 15,
  earliestStart: "2009-09-01",
  latestStart: "2014-02-21",
  citation: "国发〔2009〕32号 七 (养老金待遇领取条件); 国发〔2014〕8号 七 (养老保险待遇领取条件); docs/rules.md COHORT",
});

// Exported tables are frozen, deeply: a caller cannot change what every region config references.
deepFreeze(pbocOneYearRate);
deepFreeze(divisorTable);
deepFreeze(nationalMinimumBasic);
deepFreeze(inheritanceRule);

/**
 * The national parameters a region policy takes as they are (`rate`, `divisor`, `minBasic`,
 * `inherit`), for a policy of your own (`definePolicy`, docs/adding-a-region.md).
 */
export const nationalParameters = deepFreeze({
  rate: pbocOneYearRate,
  divisor: divisorTable,
  minBasic: nationalMinimumBasic,
  inherit: inheritanceRule,
});
