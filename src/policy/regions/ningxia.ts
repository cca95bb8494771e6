import { divisorTable, inheritanceRule, nationalMinimumBasic, pbocOneYearRate } from "../national";
import { definePolicy } from "../define";

/** The seed text (corpus file 000_76d320eb54af5b8d.txt), cited by its title. */
const SEED = "《以学促干》(宁夏人社厅 2023-06-09)";
const DOC = "宁夏回族自治区人力资源和社会保障厅《以学促干:加快推动城乡居民养老保险事业高质量发展》(2023-06-09)";
const PUBLISHED = "2023-06-09";
const cite = (part: string): string => `${DOC} ${part}`;
/** 宁夏日报 2024-05-16, naming the joint notice of 自治区党委组织部、人社厅、财政厅、卫健委 (docs/rules.md NX-SUB-SPECIAL, verified secondary). */
const NXRB_2024 =
  "宁夏日报 2024-05-16 (the joint notice of 自治区党委组织部、人社厅、财政厅、卫健委; docs/rules.md NX-SUB-SPECIAL, verified secondary)";
const SHARES_NOTE =
  "Only village cadres (24%) and one-child households (2%) are named; a year with published figures (2017, 2024) uses them instead of the shares";
/** A value from a verified outside source (rules.md marks the source "verified"). */
const verified = (source: string, rule: string): string => `${source} (docs/rules.md ${rule}, verified)`;

/** The scheme start is unknown (NX-SCHEME-START); national rules run from the earliest national start (COHORT). */
const NATIONAL_START = "2009-09-01";
const NAT_2009 = "国发〔2009〕32号";
const NAT_2014 = "国发〔2014〕8号";
/** 国发〔2014〕8号 参保范围: 年满16周岁(不含在校学生)…可以在户籍地参加城乡居民养老保险. */
const ENROL_CITATION = `${NAT_2014} 参保范围 (年满16周岁(不含在校学生)); ${NAT_2009} 参保范围`;
/** 国发〔2014〕8号 养老保险待遇领取条件: 年满60周岁、累计缴费满15年. */
const ELIG_CITATION = `${NAT_2014} 养老保险待遇领取条件 (年满60周岁、累计缴费满15年); ${NAT_2009}`;
const NO_SUSPENSION =
  "docs/rules.md SUSPEND: QN-PRISON and QN-MISSING are in Qiannan's text only (黔南府办发〔2011〕110号 第三十三条, 第三十四条); " +
  `${SEED} has no suspension rule`;

const GOV_2018 = "gov.cn 2018-12-27";
const NOTICE_2021 = "Ningxia 2021 notice";

/**
 * 宁夏回族自治区 城乡居民基本养老保险, rules.md section NX: the 2023-06-09 report of the
 * autonomous-region HRSS department (seed 000) plus the verified notices rules.md lists.
 *
 * The report gives no scheme start (NX-SCHEME-START) and no enrolment clause: enrolment and
 * eligibility are the national rules of 国发〔2014〕8号. rules.md has no NX-ENR row, so the
 * `enrollment` feature carries the rule id `NX-ELIG` (the national-rules row), and the enrolment
 * age parameter gets the id `NX-ENR` (a national rule registered for Ningxia, unique in this policy).
 */
export const ningxia = definePolicy({
  id: "ningxia",
  name: "Ningxia",
  nameZh: "宁夏回族自治区",
  source: `${DOC} plus verified notices (docs/rules.md NX)`,
  facts: {
    schemeStart: {
      value: null,
      rule: "NX-SCHEME-START",
      citation: `${SEED} gives no date of the scheme's start (制度建立之初); docs/rules.md NX-SCHEME-START, COHORT`,
      note: "unknown: COHORT bounds it between 2009-09-01 and 2014-02-21; callers may supply options.schemeStart",
    },
    benefitStartMonth: {
      value: null,
      rule: "FIRST-MONTH",
      citation: `${SEED} gives no benefit start month; docs/rules.md FIRST-MONTH`,
      note: "the month of options.schemeStart where given",
    },
    fixedDivisor: {
      value: null,
      rule: "NX-BEN-ACCOUNT",
      citation: `${NAT_2014} 养老保险待遇及调整 (个人账户养老金的月计发标准…除以139); 国发〔2005〕38号 (NAT-DIVISOR)`,
      note: "NAT-DIVISOR by age at pension start (139 at 60)",
    },
  },
  features: {
    interestRate: {
      value: "on-1-january",
      rule: "NX-INT",
      floor: true,
      citation: cite("四是 (最低记账利率不低于中国人民银行公布的金融机构人民币一年期存款基准利率)"),
      note:
        "the floor: the rate is set from the fund's returns and the announced rates are not in the sources, so the default is " +
        "NAT-RATE-PBOC in force on 1 January of the year; supply the announced rates with options.interestRates",
    },
    interestMethod: {
      value: "monthly",
      rule: "NX-INT",
      citation: cite("四是 (根据上年度…各项收益计算并确定年度个人记账利率)"),
    },
    latePayment: {
      value: "refused",
      rule: "PAY-VALIDITY",
      citation: `docs/rules.md PAY-VALIDITY: ${SEED} gives no back-payment rule`,
      note: "a payment for year Y made after 31 December of Y is refused",
    },
    latePaymentSubsidy: {
      value: false,
      rule: "PAY-VALIDITY",
      citation: `docs/rules.md PAY-VALIDITY: ${SEED} gives no back-payment rule`,
    },
    paymentsPerYear: {
      value: "many",
      rule: "NX-PAY-MULTI",
      citation: cite("二是 (允许参保人员在同一年度内多次缴费)"),
      note: "the year's tier is the sum of its entries; the proxy is on the year's first entry, the subsidy on the last",
    },
    payAt60: {
      value: "none",
      rule: "NX-ELIG",
      citation: `${ELIG_CITATION}; ${SEED} has no rule on the year of the 60th birthday`,
    },
    suspension: { value: false, rule: "SUSPEND", citation: NO_SUSPENSION },
    familyBinding: { value: false, rule: "NX-ELIG", citation: `${ELIG_CITATION}; ${SEED} has no family binding` },
    makeUp: {
      value: "cohort-2",
      rule: "MAKE-UP",
      citation: `${NAT_2014} 养老保险待遇领取条件 (距规定领取年龄不足15年的，应逐年缴费，也允许补缴，累计缴费不超过15年); ${NAT_2009}`,
    },
    transfer: {
      value: "move",
      rule: "TRANSFER",
      citation: `${NAT_2014} 转移接续与制度衔接 (一次性转移个人账户全部储存额); docs/rules.md TRANSFER`,
    },
    eligibility: {
      value: true,
      rule: "NX-ELIG",
      citation: `${ELIG_CITATION}; docs/rules.md NX-ELIG (national rules as JM-ELIG)`,
    },
    death: {
      value: true,
      rule: "NX-DEATH",
      citation: `${NAT_2014} 养老保险待遇及调整 (参保人死亡，个人账户资金余额可以依法继承); docs/rules.md NX-DEATH`,
    },
    // rules.md has no NX-ENR row: enrolment is the national rule held by NX-ELIG.
    enrollment: { value: true, rule: "NX-ELIG", citation: `${ENROL_CITATION}; docs/rules.md NX-ELIG (national rules)` },
  },
  parameters: {
    // NX-ENR is a national rule (国发〔2014〕8号), not a row of rules.md NX: the id is new.
    enrolAge: {
      id: "NX-ENR",
      title: "Minimum enrolment age",
      segments: [
        {
          from: NATIONAL_START,
          value: 16,
          citation: ENROL_CITATION,
          note: `national rule (${SEED} has no enrolment clause); from the earliest national start because NX-SCHEME-START is unknown`,
        },
      ],
    },
    pensionAge: {
      id: "NX-ELIG",
      title: "Pension age",
      segments: [
        {
          from: NATIONAL_START,
          value: { male: 60, female: 60 },
          citation: ELIG_CITATION,
          note: "national rule; from the earliest national start because NX-SCHEME-START is unknown",
        },
      ],
    },
    tiers: {
      id: "NX-PAY-TIERS",
      title: "Contribution tiers (元/年)",
      segments: [
        {
          from: "2019-01-01",
          until: "2020-12-31",
          value: ["100", "300", "500", "1000", "2000", "3000"],
          citation: `${verified(GOV_2018, "NX-PAY-TIERS")}; ${cite("一是 (率先将12个缴费档次优化调整为6个缴费档次)")}`,
          published: "2018-12-27",
        },
        {
          from: "2021-01-01",
          value: ["200", "300", "500", "1000", "2000", "3000"],
          citation: `${verified(NOTICE_2021, "NX-PAY-TIERS")}; ${cite("二是 (将最高缴费档次提升至3000元、最低缴费档次调整为200元)")}`,
          checked: PUBLISHED,
          note: "the hardship groups keep 100 (the NX-PROXY group's own tier)",
        },
      ],
    },
    deadline: {
      id: "PAY-VALIDITY",
      title: "On-time payment deadline",
      segments: [
        {
          from: NATIONAL_START,
          value: { month: 12, day: 31 },
          citation: `docs/rules.md PAY-VALIDITY: ${SEED} gives no back-payment rule, so a payment for year Y made after 31 December of Y is refused`,
        },
      ],
    },
    subsidy: {
      id: "NX-SUB",
      title: "Contribution subsidy (缴费补贴) by tier",
      segments: [
        {
          from: "2019-01-01",
          until: "2020-12-31",
          value: {
            brackets: [
              { from: "100", amount: "30" },
              { from: "300", amount: "50" },
              { from: "500", amount: "70" },
              { from: "1000", amount: "120" },
              { from: "2000", amount: "200" },
              { from: "3000", amount: "320" },
            ],
          },
          citation: `${verified(GOV_2018, "NX-SUB")}; ${cite("二是 (缴纳最高3000元财政对应补贴达320元)")}`,
          published: "2018-12-27",
        },
        {
          from: "2021-01-01",
          value: {
            brackets: [
              { from: "100", amount: "30" },
              { from: "200", amount: "40" },
              { from: "300", amount: "50" },
              { from: "500", amount: "70" },
              { from: "1000", amount: "120" },
              { from: "2000", amount: "200" },
              { from: "3000", amount: "320" },
            ],
          },
          citation: `${verified(NOTICE_2021, "NX-SUB")}; ${cite("一是 (同时享受30元的财政补贴); 二是 (缴纳最高3000元财政对应补贴达320元)")}`,
          checked: PUBLISHED,
          note: "100 → 30 stays for the hardship groups' own tier",
        },
      ],
    },
    proxy: {
      id: "NX-PROXY",
      title: "Proxy payment (代缴) for the hardship groups",
      segments: [
        {
          from: "2019-01-01",
          value: {
            groups: [
              {
                statuses: ["dibao", "tekun", "severe-disability", "poverty-relapse-risk", "mental-disability"],
                amount: "100",
                tier: "100",
              },
            ],
          },
          citation: `${cite("一是 (对低保对象、特困人员等六类缴费困难群体,由政府为其代缴部分或全部最低缴费档次的养老保险费,同时享受30元的财政补贴)")}; 宁人社发〔2017〕163号 summary (docs/rules.md NX-PROXY)`,
          checked: PUBLISHED,
          note:
            "the sixth group is not named in the sources; 部分或全部 is read as full (interpretation). " +
            "Choosing a higher tier, the proxy is credited and the person pays the rest (代缴费直接计入个人账户); the subsidy is the chosen tier's",
        },
      ],
    },
    specialSubsidy: {
      id: "NX-SUB-SPECIAL",
      title:
        "Special subsidy: a share of the previous year's 全区农村居民人均可支配收入, or the year's published figure",
      segments: [
        {
          from: "2017-01-01",
          until: "2017-12-31",
          value: {
            "village-cadre": { amount: "2364", tier: "1576" },
            "one-child-parent": { amount: "197" },
          },
          citation: "published figures for contribution year 2017 (docs/rules.md NX-SUB-SPECIAL)",
          note: "village cadre: subsidy 2364, the cadre's own payment 1576 a tier of its own that year; one-child household: 197",
        },
        {
          from: "2018-01-01",
          until: "2022-12-31",
          unknown: true,
          citation: `docs/rules.md NX-SUB-SPECIAL: ${SEED} does not date the shares and no figures for these years were found`,
          note: "years not in the config are parameter-unknown; supply the shares or figures for these years with an override",
        },
        {
          from: "2023-01-01",
          until: "2023-12-31",
          value: {
            "village-cadre": "0.24",
            "one-child-parent": "0.02",
          },
          citation: cite(
            "一是 (对村干部、计划生育独生子女户等特殊群体,按照上年度全区农村居民人均可支配收入的24%和2%予以补贴)",
          ),
          published: PUBLISHED,
          note:
            "dated from contribution year 2023, the year of the report that describes the subsidy as in force " +
            "(the report's other figures are 2022 results and the 2023 basic pension); its start date is not in the sources. " +
            SHARES_NOTE,
        },
        {
          from: "2024-01-01",
          until: "2024-12-31",
          value: {
            "village-cadre": { amount: "4265", tier: "2844" },
            "one-child-parent": { amount: "355" },
          },
          citation: NXRB_2024,
          published: "2024-05-16",
          note: "village cadre: subsidy 4265, the cadre's own payment 2844 a tier of its own that year; one-child household: 355",
        },
        {
          from: "2025-01-01",
          value: {
            "village-cadre": "0.24",
            "one-child-parent": "0.02",
          },
          citation: cite(
            "一是 (对村干部、计划生育独生子女户等特殊群体,按照上年度全区农村居民人均可支配收入的24%和2%予以补贴)",
          ),
          published: PUBLISHED,
          checked: PUBLISHED,
          note: `the shares of the 2023 report, latest known, hold open-ended (docs/rules.md PILOT-TABLES). ${SHARES_NOTE}`,
        },
      ],
    },
    specialSubsidyIncome: {
      id: "NX-SUB-SPECIAL-INCOME",
      title: "Previous year's 全区农村居民人均可支配收入 (元/年), by the year it is used in",
      segments: [
        {
          from: "2019-01-01",
          unknown: true,
          citation: `docs/rules.md NX-SUB-SPECIAL: ${SEED} names the base (上年度全区农村居民人均可支配收入) but gives no amount`,
          note: "no amount is in the sources: callers supply it per year via options.parameters (or withOverrides) under NX-SUB-SPECIAL-INCOME",
        },
      ],
    },
    rate: pbocOneYearRate,
    divisor: divisorTable,
    minBasic: nationalMinimumBasic,
    inherit: inheritanceRule,
    basic: {
      id: "NX-BEN-BASIC",
      title: "Basic pension (基础养老金), autonomous-region standard (元/月)",
      segments: [
        {
          from: "2013-01-01",
          until: "2014-06-30",
          value: "85",
          citation: verified("gov.cn 2013-03-02", "NX-BEN-BASIC"),
          published: "2013-03-02",
        },
        {
          from: "2014-07-01",
          until: "2016-12-31",
          unknown: true,
          citation: "docs/rules.md NX-BEN-BASIC",
          note: "national raise 2014-07-01 (人社部发〔2015〕5号); Ningxia's amount not verified",
        },
        {
          from: "2017-01-01",
          until: "2017-12-31",
          value: "120",
          citation: verified("Ningxia 2017 report", "NX-BEN-BASIC"),
        },
        {
          from: "2018-01-01",
          until: "2018-12-31",
          value: "143",
          citation: verified("Ningxia 2018 report", "NX-BEN-BASIC"),
        },
        {
          from: "2019-01-01",
          until: "2022-12-31",
          unknown: true,
          citation: `docs/rules.md NX-BEN-BASIC; ${cite("二是 (实施2019-2025年城乡居民基础养老金连续“七年提标计划”,自治区每年调增基础养老金5元/月)")}`,
          note: "the seed gives the yearly raise but no amount for these years; never derived by arithmetic",
        },
        {
          from: "2023-01-01",
          until: "2023-06-30",
          value: "180",
          citation: `${cite("导语 (全区城乡居民养老保险基础养老金增至180元/月)")}; 中新网 2023-02-15 (自2023年1月起)`,
          published: PUBLISHED,
          note: "dated from January 2023 by 中新网 2023-02-15; city and county top-ups are NX-BEN-LOCAL",
        },
        {
          from: "2023-07-01",
          unknown: true,
          citation: "docs/rules.md NX-BEN-BASIC",
          note: "national raise 2023-07-01 (人社部发〔2023〕42号) and later; Ningxia's amount not verified",
        },
      ],
    },
    topUps: [
      {
        id: "NX-BEN-LONG",
        title: "Long-contribution top-up (长缴多得): per full contribution year beyond 15",
        segments: [
          {
            from: "2019-01-01",
            value: { kind: "per-year-beyond", beyondYears: 15, perYear: "2" },
            citation: `${cite("二是 (缴费满15年以上,每增加一年缴费,基础养老金增加不少于2元/月)")}; ${verified(GOV_2018, "NX-BEN-LONG")}`,
            published: "2018-12-27",
            note: "不少于2元 read as 2 (the autonomous-region minimum)",
          },
        ],
      },
      {
        id: "NX-BEN-AGE",
        title: "Age top-up (高龄加发)",
        segments: [
          {
            from: "2019-01-01",
            value: {
              kind: "age",
              brackets: [
                { age: 65, amount: "2" },
                { age: 70, amount: "4" },
                { age: 75, amount: "6" },
                { age: 80, amount: "8" },
              ],
            },
            citation: verified(GOV_2018, "NX-BEN-AGE"),
            published: "2018-12-27",
            note: "65–69 +2, 70–74 +4, 75–79 +6, 80+ +8 a month, from the month after the birthday's month",
          },
        ],
      },
      {
        id: "NX-BEN-LOCAL",
        title: "City and county top-ups (市、县(区)提高部分)",
        segments: [
          {
            from: "2013-01-01",
            value: { kind: "flat", amount: "0" },
            citation: cite(
              "二是 (各级政府在中央和自治区调增的基础上均分别提高了本地基础养老金…各地累计调增基础养老金50-140元)",
            ),
            note: "city and county top-ups (50–140 by 2023) excluded unless supplied: 0 unless overridden per county",
          },
        ],
      },
    ],
  },
});
