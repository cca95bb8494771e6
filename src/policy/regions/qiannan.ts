import {
  divisorTable,
  inheritanceRule,
  nationalMinimumBasic,
  pbocOneYearRate,
  PENSION_AGE_CITATION,
} from "../national";
import { definePolicy } from "../define";

/** The seed text: part 1 of corpus file 001_8ca5a2fb09c02a5f.txt, cited by its document number. */
const DOC = "黔南府办发〔2011〕110号";
const cite = (article: string): string => `${DOC} ${article}`;
const START = "2011-07-01";
/** 《贵州省城乡居民基本养老保险实施办法》 (2014), docs/rules.md QN-PAY-TIERS, QN-SUB, QN-PROXY (verified secondary). */
const GZ_2014 = "《贵州省城乡居民基本养老保险实施办法》 2014, 第十条";
/** The Guizhou notice of 2020 adjusting tiers and subsidies from 2021, reported by 光明网 2020-10-17 (verified secondary). */
const GZ_2021 = "贵州 2021 调整 (Guizhou notice of 2020, reported by 光明网 2020-10-17)";
const GZ_2021_CHECKED = "2020-10-17";
/** The hardship groups of the 2021 table's 100 tier: 建档立卡贫困人口, 低保, 特困, severe disability. */
const HARDSHIP_2021 = ["poverty-relapse-risk", "dibao", "tekun", "severe-disability"] as const;

/** 黔南州城乡居民社会养老保险试点管理办法 (黔南府办发〔2011〕110号), rules.md section QN. */
export const qiannan = definePolicy({
  id: "qiannan",
  name: "Qiannan",
  nameZh: "黔南州",
  source: `${DOC} (seed 001 part 1)`,
  facts: {
    schemeStart: { value: START, rule: "QN-SCHEME-START", citation: cite("第三十七条") },
    benefitStartMonth: { value: "2011-07", rule: "FIRST-MONTH", citation: cite("第三十七条") },
    fixedDivisor: { value: 139, rule: "QN-BEN-ACCOUNT", citation: cite("第二十条 (除以139)") },
  },
  features: {
    interestRate: {
      value: "highest-in-year",
      rule: "QN-INT",
      citation: cite("第十四条 (年内发生利率调整的，按就高原则确定)"),
      note: "the highest NAT-RATE-PBOC in force on any day of the calendar year, also for a closing window",
    },
    interestMethod: { value: "monthly", rule: "QN-INT", citation: cite("第十四条") },
    latePayment: {
      value: "any-later-year",
      rule: "QN-PAY-DEADLINE",
      citation: cite("第七条 (缴费中断的，可以跨年度补缴)"),
    },
    latePaymentSubsidy: {
      value: false,
      rule: "QN-SUB",
      citation: cite("第八条 (补缴城乡居民养老保险的，政府不予补贴)"),
      note: "back-paid years get no proxy payment and no subsidy (QN-PROXY interpretation)",
    },
    paymentsPerYear: {
      value: "one",
      rule: "QN-PAY-TIERS",
      citation: cite("第七条 (一个缴费年度内自主选择档次并一次性缴费)"),
    },
    payAt60: {
      value: "before-birthday-month",
      rule: "QN-PAY-AT-60",
      citation: cite("第七条 (应在年满60周岁的当月之前缴纳当年的…领取养老金后不得再缴费)"),
    },
    suspension: { value: true, rule: "QN-PRISON", citation: cite("第三十三条, 第三十四条") },
    familyBinding: { value: false, rule: "QN-ELIG", citation: cite("第二十一条") },
    makeUp: { value: "cohorts-1-2", rule: "QN-ELIG", citation: cite("第二十一条 (一)(二) (可以补缴)") },
    transfer: { value: "move", rule: "QN-TRANSFER", citation: cite("第十五条 (个人账户储存额一次性转入新参保地)") },
    seal: {
      value: true,
      rule: "QN-SEAL",
      citation: cite("第十五条 (暂停缴纳城乡居民养老保险费，个人账户由社会保险经办机构暂时封存…继续计息)"),
    },
    eligibility: { value: true, rule: "QN-ELIG", citation: cite("第二十一条") },
    death: { value: true, rule: "QN-DEATH", citation: cite("第二十条, 第二十三条") },
    emigration: {
      value: true,
      rule: "QN-EMIGRATE",
      citation: cite("第三十五条 (出国(境)定居的…终止城乡居民养老保险关系)"),
      note: "settled like a death before the pension: refund per DEATH-INHERIT",
    },
    enrollment: { value: true, rule: "QN-ENR", citation: cite("第六条") },
  },
  parameters: {
    enrolAge: {
      id: "QN-ENR",
      title: "Minimum enrolment age",
      segments: [{ from: START, value: 16, citation: cite("第六条 (年满16周岁)") }],
    },
    pensionAge: {
      id: "QN-ELIG",
      title: "Pension age",
      segments: [
        { from: START, value: { male: 60, female: 60 }, citation: `${cite("第二十一条")}; ${PENSION_AGE_CITATION}` },
      ],
    },
    tiers: {
      id: "QN-PAY-TIERS",
      title: "Contribution tiers (元/年)",
      segments: [
        {
          from: START,
          until: "2013-12-31",
          value: ["100", "200", "300", "400", "500", "600", "700", "800", "900", "1000", "1200", "1600"],
          citation: cite("第七条"),
          note: "contribution years 2011–2013; from 2014 Guizhou's provincial table (docs/rules.md QN-PAY-TIERS, PILOT-TABLES)",
        },
        {
          from: "2014-01-01",
          until: "2020-12-31",
          value: ["100", "200", "300", "400", "500", "600", "700", "800", "900", "1000", "1200", "1500", "2000"],
          citation: `${GZ_2014} (docs/rules.md QN-PAY-TIERS, verified secondary)`,
          note: "Guizhou's 13 tiers; interpretation: they apply from contribution year 2014",
        },
        {
          from: "2021-01-01",
          value: {
            tiers: ["300", "400", "600", "800", "1000", "1500", "2000", "2500", "3000"],
            reserved: [{ tier: "100", statuses: [...HARDSHIP_2021] }],
          },
          citation: `${GZ_2021} (docs/rules.md QN-PAY-TIERS, verified secondary)`,
          checked: GZ_2021_CHECKED,
          note:
            "the 100 tier is kept only for 建档立卡贫困人口 (poverty-relapse-risk), 低保, 特困 and severe disability, " +
            "held on the year's lookup date; paid by the person unless QN-PROXY pays it. One payment a year",
        },
      ],
    },
    deadline: {
      id: "QN-PAY-DEADLINE",
      title: "On-time payment deadline",
      segments: [{ from: START, value: { month: 12, day: 10 }, citation: cite("第七条 (每年的缴费截止日为12月10日)") }],
    },
    subsidy: {
      id: "QN-SUB",
      title: "Contribution subsidy (缴费补贴) by paying level",
      segments: [
        {
          from: START,
          until: "2013-12-31",
          value: { brackets: [{ from: "100", amount: "30", byLevel: { province: "10", "prefecture-county": "20" } }] },
          citation: cite("第八条 (每人每年30元…省级财政负担10元，州、县(市、区)财政负担20元)"),
        },
        {
          from: "2014-01-01",
          until: "2020-12-31",
          value: {
            brackets: [
              { from: "100", amount: "30" },
              { from: "500", amount: "60" },
              { from: "1000", amount: "90" },
            ],
          },
          citation: `${GZ_2014} (docs/rules.md QN-SUB, verified secondary); ${cite("第八条 (补缴…政府不予补贴)")}`,
          note: "by the tier: 100–400 → 30, 500–900 → 60, 1000–2000 → 90; the source gives no split by level (subsidyByLevel null)",
        },
        {
          from: "2021-01-01",
          value: {
            brackets: [
              { from: "100", amount: "30" },
              { from: "300", rate: "0.1" },
            ],
          },
          citation: `${GZ_2021} (docs/rules.md QN-SUB, verified secondary); ${cite("第八条 (补缴…政府不予补贴)")}`,
          checked: GZ_2021_CHECKED,
          note: "10% of the year's tier (the total paid, proxy included), 30 on the special 100 tier; no split by level (subsidyByLevel null)",
        },
      ],
    },
    proxy: {
      id: "QN-PROXY",
      title: "Proxy payment (代缴) for severe disability",
      segments: [
        {
          from: START,
          until: "2013-12-31",
          value: {
            groups: [
              { statuses: ["severe-disability"], requires: ["dibao"], amount: "100" },
              { statuses: ["severe-disability"], amount: "50" },
            ],
          },
          citation: cite("第九条, 第三十二条 (按照个人缴费最低标准的50%为其缴纳; 享受最低生活保障的…全额缴纳)"),
          note: "50% of the minimum tier 100 is 50; with 低保 the full 100. The 30 subsidy is paid for an on-time proxy year whoever pays.",
        },
        {
          from: "2014-01-01",
          until: "2020-12-31",
          value: { groups: [{ statuses: ["severe-disability"], amount: "100" }] },
          citation: `${GZ_2014} (按不低于100元的标准代为缴纳; docs/rules.md QN-PROXY, verified secondary)`,
          note: "severe disability, with or without 低保: 100, the minimum (counties may pay more by override); the person pays the rest of the chosen tier; the year's QN-SUB subsidy is paid for an on-time proxy year",
        },
        {
          from: "2021-01-01",
          value: { groups: [{ statuses: ["severe-disability"], amount: "100" }] },
          citation: `${GZ_2014} (按不低于100元的标准代为缴纳); ${GZ_2021} (the special 100 tier, paid by the person unless QN-PROXY pays it) (docs/rules.md QN-PROXY, verified secondary)`,
          checked: GZ_2021_CHECKED,
          note: "severe disability: 100, the special 100 tier of QN-PAY-TIERS or part of a higher tier; the person pays the rest",
        },
      ],
    },
    rate: pbocOneYearRate,
    divisor: divisorTable,
    minBasic: nationalMinimumBasic,
    inherit: inheritanceRule,
    basic: {
      id: "QN-BEN-BASIC",
      title: "Basic pension (基础养老金), Guizhou provincial standard (元/月)",
      segments: [
        {
          from: "2011-07-01",
          until: "2014-06-30",
          value: "55",
          citation: cite("第二十条 (中央和省、州确定的基础养老金标准为每人每月55元)"),
        },
        {
          from: "2014-07-01",
          until: "2017-12-31",
          value: "70",
          citation: "贵州人社厅 notice (docs/rules.md QN-BEN-BASIC, verified)",
        },
        {
          from: "2018-01-01",
          until: "2018-09-30",
          value: "88",
          citation: "贵州人社厅 notice (docs/rules.md QN-BEN-BASIC, verified)",
        },
        {
          from: "2018-10-01",
          until: "2020-06-30",
          value: "93",
          citation: "贵州人社厅 notice (docs/rules.md QN-BEN-BASIC, verified)",
        },
        {
          from: "2020-07-01",
          until: "2021-12-31",
          unknown: true,
          citation: "docs/rules.md QN-BEN-BASIC",
          note: "national raise 2020-07-01; Guizhou's amount not verified",
        },
        { from: "2022-01-01", until: "2022-06-30", value: "113", citation: "黔人社发〔2022〕6号 (verified)" },
        {
          from: "2022-07-01",
          until: "2022-12-31",
          unknown: true,
          citation: "docs/rules.md QN-BEN-BASIC",
          note: "national raise 2022-07-01; Guizhou's amount not verified",
        },
        { from: "2023-01-01", until: "2023-06-30", value: "128", citation: "黔人社发〔2023〕4号 (verified)" },
        {
          from: "2023-07-01",
          unknown: true,
          citation: "docs/rules.md QN-BEN-BASIC",
          note: "national raise 2023-07-01 and later; Guizhou's amount not verified",
        },
      ],
    },
    topUps: [
      {
        id: "QN-BEN-COUNTY",
        title: "County and long-contribution top-up (县提高和加发部分)",
        segments: [
          {
            from: START,
            value: { kind: "flat", amount: "0" },
            citation: cite("第二十条 (县(市、区)政府…可以根据实际情况提高基础养老金标准…可适当加发基础养老金)"),
            note: "county amounts not in the text: 0 unless supplied with an override",
          },
        ],
      },
    ],
    missingSuspension: {
      id: "QN-MISSING",
      title: "Missing person: pension suspended from this month of absence",
      segments: [
        {
          from: START,
          value: { fromMonth: 7 },
          citation: cite("第三十四条 (参保人在领取养老金期间失踪的，从失踪的第7个月起暂时停发养老金)"),
          note: "the month of disappearance counts as month 1 (docs/rules.md SUSPEND)",
        },
      ],
    },
    deathBenefit: {
      id: "QN-DEATH",
      title: "County one-time funeral subsidy (一次性丧葬补助费)",
      segments: [
        {
          from: START,
          value: { kind: "flat", amount: "0" },
          citation: cite("第二十三条 (有条件的试点县(市、区)可以发放一次性丧葬补助费)"),
          note: "only where a county configures it: 0 unless supplied with an override",
        },
      ],
    },
  },
});
