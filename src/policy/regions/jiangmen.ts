import { divisorTable, inheritanceRule, nationalMinimumBasic, pbocOneYearRate } from "../national";
import { definePolicy } from "../define";

/** The seed text (corpus file 003_41f80119f5ac4351.txt), cited by its title. */
const SEED = "《2023年江门市城乡居民基本养老保险参保工作方案》";
const DOC = SEED;
const cite = (section: string): string => `${DOC} ${section}`;
/** The date of the plan (江门市人力资源和社会保障局 国家税务总局江门市税务局 2023年9月28日). */
const PUBLISHED = "2023-09-28";
/** JM-PAY-TIERS interpretation: the 2023 plan's tiers apply to contribution year 2023. */
const YEAR_2023 = "2023-01-01";
/** JM-PAY-TIERS, JM-SUB: confirmed unchanged for 2024 (docs/rules.md JM-PAY-TIERS). */
const JM_CHECKED = "2024-04-12";
const JM_CHECK_NOTE =
  "checked: unchanged for 2024 per 开平市社会保险基金管理局 2024-04-12 (kaiping.gov.cn, verified official)";
/** The scheme start is unknown (JM-SCHEME-START); national rules run from the earliest national start (COHORT). */
const NATIONAL_START = "2009-09-01";
const NAT_2009 = "国发〔2009〕32号";
const NAT_2014 = "国发〔2014〕8号";
const ELIG_CITATION = `${NAT_2014} 养老保险待遇领取条件 (年满60周岁、累计缴费满15年); ${NAT_2009}`;
const NO_SUSPENSION =
  "docs/rules.md SUSPEND: QN-PRISON and QN-MISSING are in Qiannan's text only (黔南府办发〔2011〕110号 第三十三条, 第三十四条); " +
  `${SEED} has no suspension rule`;

/** 2023年江门市城乡居民基本养老保险参保工作方案 (2023-09-28), rules.md section JM. */
export const jiangmen = definePolicy({
  id: "jiangmen",
  name: "Jiangmen",
  nameZh: "江门市",
  source: `${DOC} (${PUBLISHED})`,
  facts: {
    schemeStart: {
      value: null,
      rule: "JM-SCHEME-START",
      citation: `${SEED} gives no date of the scheme's start; docs/rules.md JM-SCHEME-START, COHORT`,
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
      rule: "JM-BEN-ACCOUNT",
      citation: cite("四 (个人账户养老金的月计发标准为个人账户储存额除以计发月数)"),
      note: "NAT-DIVISOR by age at pension start (139 at 60)",
    },
  },
  features: {
    interestRate: {
      value: "on-1-january",
      rule: "JM-INT",
      citation: `${SEED} gives no rate rule; ${NAT_2014} (按国家规定计息); docs/rules.md JM-INT`,
      note: "interpretation: Guangdong's rule not found; the rate of year Y is NAT-RATE-PBOC in force on 1 January of Y",
    },
    interestMethod: {
      value: "monthly",
      rule: "JM-INT",
      citation: `${NAT_2014} (按国家规定计息); docs/rules.md JM-INT, INT-MONTHLY`,
    },
    latePayment: {
      value: "refused",
      rule: "JM-PAY-LATE",
      citation: cite("五 (各参保人要按时进行参保缴费,未及时参保缴费的,原则上不允计补缴)"),
      note: "a payment for year Y made after 31 December of Y is refused (不允计 is the seed's spelling of 不允许)",
    },
    latePaymentSubsidy: { value: false, rule: "JM-PAY-LATE", citation: cite("五 (原则上不允计补缴)") },
    paymentsPerYear: {
      value: "one",
      rule: "JM-PAY-TIERS",
      citation: cite("三(一) (在一个自然年度内,参保人只能选择一个缴费标准)"),
    },
    payAt60: {
      value: "pension-waits",
      rule: "JM-AT-60",
      citation: cite(
        "六(二) (参保人达到60周岁时,应缴纳当年城乡居保费,符合领取待遇条件的,在缴费成功的次日…办理城乡居保待遇申请手续)",
      ),
      note: "the pension starts only after the contribution for the year of the 60th birthday is paid",
    },
    suspension: { value: false, rule: "SUSPEND", citation: NO_SUSPENSION },
    familyBinding: { value: false, rule: "JM-ELIG", citation: `${ELIG_CITATION}; ${SEED} has no family binding` },
    makeUp: {
      value: "cohort-2",
      rule: "MAKE-UP",
      citation: `${NAT_2014} 养老保险待遇领取条件 (距规定领取年龄不足15年的，应逐年缴费，也允许补缴，累计缴费不超过15年); ${NAT_2009}`,
      note: "the national cohort rule; the plan's 原则上不允计补缴 governs ordinary back-payments only",
    },
    transfer: {
      value: "move",
      rule: "TRANSFER",
      citation: `${NAT_2014} 转移接续与制度衔接 (一次性转移个人账户全部储存额); docs/rules.md TRANSFER`,
    },
    eligibility: { value: true, rule: "JM-ELIG", citation: `${ELIG_CITATION}; docs/rules.md JM-ELIG` },
    death: {
      value: true,
      rule: "JM-DEATH",
      citation: `${NAT_2014} 养老保险待遇及调整 (参保人死亡，个人账户资金余额可以依法继承); docs/rules.md JM-DEATH`,
    },
    enrollment: {
      value: true,
      rule: "JM-ENR",
      citation: cite(
        "二 (年满16周岁(不含在校学生)、具有本市户籍、非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民)",
      ),
    },
  },
  parameters: {
    enrolAge: {
      id: "JM-ENR",
      title: "Minimum enrolment age",
      segments: [
        {
          from: NATIONAL_START,
          value: 16,
          citation: `${cite("二 (年满16周岁(不含在校学生))")}; ${NAT_2014} 参保范围; ${NAT_2009} 参保范围`,
          note: "the national age, restated by the 2023 plan; from the earliest national start because JM-SCHEME-START is unknown",
        },
      ],
    },
    pensionAge: {
      id: "JM-ELIG",
      title: "Pension age",
      segments: [
        {
          from: NATIONAL_START,
          value: { male: 60, female: 60 },
          citation: `${ELIG_CITATION}; ${cite("六(二) (参保人达到60周岁时)")}`,
          note: "national rule; from the earliest national start because JM-SCHEME-START is unknown",
        },
      ],
    },
    tiers: {
      id: "JM-PAY-TIERS",
      title: "Contribution tiers (元/年)",
      segments: [
        {
          from: NATIONAL_START,
          until: "2022-12-31",
          unknown: true,
          citation: "docs/rules.md JM-PAY-TIERS (earlier years unknown)",
          note: `the tiers before contribution year 2023 are not in ${SEED}`,
        },
        {
          from: YEAR_2023,
          value: ["180", "240", "360", "600", "900", "1200", "1800", "3600", "4800"],
          citation: cite(
            "三(一) (缴费标准设为每年180元、240元、360元、600元、900元、1200元、1800元、3600元、4800元九个档次)",
          ),
          published: PUBLISHED,
          checked: JM_CHECKED,
          note: `interpretation: the 2023 plan's tiers apply to contribution year 2023 (可按2023年个人缴费标准,选定个人缴费档次, 五(三)); ${JM_CHECK_NOTE}`,
        },
      ],
    },
    deadline: {
      id: "JM-PAY-LATE",
      title: "On-time payment deadline",
      segments: [
        {
          from: NATIONAL_START,
          value: { month: 12, day: 31 },
          citation: cite("五 (未及时参保缴费的,原则上不允计补缴)"),
          note: "a year's payment is on time through 31 December of that year; later it is refused",
        },
      ],
    },
    subsidy: {
      id: "JM-SUB",
      title: "Contribution subsidy (缴费补贴) by tier paid, proxy included",
      segments: [
        {
          from: YEAR_2023,
          value: {
            brackets: [
              { from: "120", amount: "30", byLevel: { province: "10", city: "10", county: "10" } },
              { from: "600", amount: "60", byLevel: { province: "20", city: "20", county: "20" } },
            ],
          },
          citation:
            `${cite("三(二) (对于选择低档次标准(每年120元—360元)缴费的,补贴标准不低于每人每年30元;对于选择较高档次标准(每年600元及以上)缴费的,补贴标准不低于每人每年60元)")}; ` +
            "province : city : county 1 : 1 : 1, Guangdong rule (docs/rules.md JM-SUB, verified secondary)",
          published: PUBLISHED,
          checked: JM_CHECKED,
          note: `minimums (不低于); county increases via override (各县(市、区)可根据实际情况适当提高缴费补贴标准); ${JM_CHECK_NOTE}`,
        },
      ],
    },
    proxy: {
      id: "JM-PROXY",
      title: "Proxy payment (代缴) for the hardship groups",
      segments: [
        {
          from: YEAR_2023,
          value: {
            groups: [
              {
                statuses: ["poverty-relapse-risk", "dibao", "tekun", "severe-disability", "mental-disability"],
                amount: "120",
                tier: "120",
              },
            ],
          },
          citation: `${cite("三(一) (易返贫致贫人口、低保对象、特困人员、重度残疾人和精神智力残疾人等困难群体…按每年不低于120元最低缴费标准全额为其代缴养老保险费)")}; ${cite("五(五) (非重度(三、四级)精神、智力残疾人)")}`,
          published: PUBLISHED,
          checked: PUBLISHED,
          note: "不低于120元 read as 120, a tier of their own; choosing 180 or more, the county still pays 120 and the person the rest",
        },
      ],
    },
    collectiveCap: {
      id: "JM-COLLECTIVE",
      title: "Collective payment cap (集体补助上限, 元/年)",
      segments: [
        {
          from: YEAR_2023,
          value: "4800",
          citation: cite("三(一) (集体补助金额不超过我市设定的最高缴费档次标准)"),
          published: PUBLISHED,
          checked: PUBLISHED,
          note: "the highest tier, 4800",
        },
      ],
    },
    rate: pbocOneYearRate,
    divisor: divisorTable,
    minBasic: nationalMinimumBasic,
    inherit: inheritanceRule,
    basic: {
      id: "JM-BEN-BASIC",
      title: "Basic pension (基础养老金), minimum standard (元/月)",
      segments: [
        {
          from: NATIONAL_START,
          until: "2023-09-27",
          unknown: true,
          citation: "docs/rules.md JM-BEN-BASIC (unknown before the date of the text)",
          note: `no amount before ${PUBLISHED} is in the sources`,
        },
        {
          from: PUBLISHED,
          until: "2024-06-30",
          value: "200",
          citation: cite("四 (当前我市城乡居保基础养老金最低标准为每人每月200元,具体标准以省、市有关文件为准)"),
          note: "at least 200 (最低标准), known in force from the date of the text; county top-ups are JM-BEN-COUNTY",
        },
        {
          from: "2024-07-01",
          unknown: true,
          citation: "docs/rules.md JM-BEN-BASIC",
          note: "national raise 2024-07-01 (NAT-MIN-BASIC) and later; Jiangmen's amount not verified",
        },
      ],
    },
    topUps: [
      {
        // Not a row of rules.md: JM-BEN-BASIC says "county top-ups via override"; this is that parameter.
        id: "JM-BEN-COUNTY",
        title: "County top-up (县(市、区)提高部分)",
        segments: [
          {
            from: PUBLISHED,
            value: { kind: "flat", amount: "0" },
            citation: cite("四 (各县(市、区)可根据实际情况适当提高基础养老金标准,提高部分所需资金由各县(市、区)负担)"),
            note: "county amounts not in the text: 0 unless supplied with an override",
          },
        ],
      },
    ],
  },
});
