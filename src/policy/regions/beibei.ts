import { divisorTable, inheritanceRule, nationalMinimumBasic, pbocOneYearRate } from "../national";
import { definePolicy } from "../define";

/** The seed text: part 3 of corpus file 001_8ca5a2fb09c02a5f.txt, cited by its title. */
const DOC = "《北碚区城乡居民社会养老保险试点工作方案》";
const cite = (section: string): string => `${DOC} ${section}`;
/** BB-SCHEME-START: the text anonymises its years; "XX年9月1日" is read as 2009-09-01. */
const START = "2009-09-01";
const YEAR_READING =
  "interpretation: the text's XX年9月1日 is read as 2009-09-01 (Beibei was in Chongqing's first pilot batch from 2009-07-01, verified secondary)";
/** 三(三) 实施阶段(从XX年10月1日起): the implementation date, read as 2009-10-01. */
const BENEFITS_FROM = "2009-10-01";
/** 渝人社发〔2022〕1号, docs/rules.md BB-CQ-2022 (verified official). */
const CQ_2022 =
  "渝人社发〔2022〕1号 (重庆市人力资源和社会保障局 重庆市财政局《关于调整城乡居民基本养老保险缴费档次的通知》; docs/rules.md BB-CQ-2022, verified official)";
/** The hardship groups that keep the 100 tier (with a 30 subsidy) from 2022. */
const CQ_HARDSHIP = ["severe-disability", "dibao", "tekun", "poverty-relapse-risk"] as const;
const CQ_2020_UNKNOWN =
  "Chongqing's 13-tier scheme of 2020 is known to replace the pilot table from contribution year 2020, but its table was not found (docs/rules.md BB-PAY-TIERS, PILOT-TABLES)";
const NO_SUSPENSION =
  "docs/rules.md SUSPEND: QN-PRISON and QN-MISSING are in Qiannan's text only (黔南府办发〔2011〕110号 第三十三条, 第三十四条); " +
  "the Beibei text has no suspension rule";

/** 北碚区城乡居民社会养老保险试点工作方案 (seed 001 part 3), rules.md section BB. */
export const beibei = definePolicy({
  id: "beibei",
  name: "Beibei",
  nameZh: "北碚区",
  source: `${DOC} (seed 001 part 3)`,
  facts: {
    schemeStart: {
      value: START,
      rule: "BB-SCHEME-START",
      citation: cite("八(一) (XX年9月1日 前,已年满60周岁、未享受其他基本养老保险待遇的人员,不用缴费)"),
      note: YEAR_READING,
    },
    benefitStartMonth: {
      value: "2009-10",
      rule: "FIRST-MONTH",
      citation: cite("三(三) (实施阶段(从XX年10月1日起)。正式开始受理居民养老保险申报、办理工作)"),
      note: "XX年10月1日 read as 2009-10-01, the implementation date",
    },
    fixedDivisor: {
      value: null,
      rule: "BB-BEN-ACCOUNT",
      citation: cite("八(二)2 (个人账户养老金:标准为本人个人账户累计储存额除以计发月数(按国发〔XX〕38号文件规定执行))"),
      note: "NAT-DIVISOR by age at pension start; lump-sum participants get the chosen standard S (BB-LUMP)",
    },
  },
  features: {
    interestRate: {
      value: "on-1-january",
      rule: "BB-INT",
      citation: cite("七(二) (个人账户储存额目前每年参考中国人民银行公布的金融机构人民币一年期存款利率计息)"),
      note: "interpretation: the text says only 参考一年期存款利率; the rate of year Y is NAT-RATE-PBOC in force on 1 January of Y",
    },
    interestMethod: { value: "monthly", rule: "BB-INT", citation: cite("七(二)") },
    latePayment: {
      value: "next-year",
      rule: "BB-PAY-LATE",
      citation: cite("六(一)1 (当因病、因灾等原因未按时缴纳的可在次年内补缴,逾期不再补缴)"),
      note: "a year missed may be paid in the next calendar year, not later",
    },
    latePaymentSubsidy: {
      value: true,
      rule: "BB-PAY-LATE",
      citation: cite("六(一)1, 六(三) (政府在参保人缴费的基础上,每人每年补贴30元)"),
      note: "interpretation: a back-payment in the next year gets the subsidy like an on-time payment (the text does not withdraw it)",
    },
    paymentsPerYear: { value: "one", rule: "BB-PAY-TIERS", citation: cite("六(一)1 (缴费方式原则上按年缴纳)") },
    payAt60: {
      value: "none",
      rule: "BB-ELIG",
      citation: `${cite("八(一)")}: no rule on the year of the 60th birthday`,
    },
    suspension: { value: false, rule: "SUSPEND", citation: NO_SUSPENSION },
    familyBinding: {
      value: true,
      rule: "BB-FAMILY",
      citation: cite("六(一)2 (已年满60周岁及其以上的人员,不用缴费,但其符合条件的子女应当参保缴费); 八(一)"),
      note: "the old cohort's basic pension needs the eligible children enrolled (person.childrenEnrolled, default true)",
    },
    makeUp: {
      value: "cohort-2-at-60",
      rule: "BB-ELIG",
      citation: cite(
        "八(一) (本人年龄距60周岁不足15年的人员,应按年缴费,在本人年满60周岁时,可按上缴费标准一次性补足到15年)",
      ),
      note: "make-up at the chosen tier, no subsidy (docs/rules.md MAKE-UP)",
    },
    transfer: {
      value: "sealed",
      rule: "BB-TRANSFER",
      citation: cite("十(一)1 (只转个人账户基础信息,不转个人账户资金。…将其个人账户暂时封存并按规定计息)"),
      note: "moving within the city: records move, the balance stays sealed and keeps earning interest",
    },
    eligibility: { value: true, rule: "BB-ELIG", citation: cite("八(一)") },
    death: {
      value: true,
      rule: "BB-DEATH-POST",
      citation: cite("七(三), 七(四), 八(五) (领取养老待遇人员死亡的,从死亡次月起停发养老待遇)"),
      note: "death before the pension is BB-DEATH-PRE (七(三)); inheritable per NAT-INHERIT",
    },
    emigration: {
      value: true,
      rule: "BB-DEATH-PRE",
      citation: cite(
        "七(三) (参保人员在领取养老待遇前出国出境定居或死亡的,其个人账户累计储存额本息,除政府补贴外,一次性退给本人)",
      ),
      note: "refund per DEATH-INHERIT on the emigration date",
    },
    deathBeforePension: {
      value: true,
      rule: "BB-DEATH-PRE",
      citation: cite(
        "七(三) (参保人员在领取养老待遇前出国出境定居或死亡的,其个人账户累计储存额本息,除政府补贴外,一次性退给本人或其法定继承人)",
      ),
      note: "every settlement line and trace step of a death or emigration before the pension carries BB-DEATH-PRE (BB-DEATH-POST only for a death during the pension)",
    },
    enrollment: { value: true, rule: "BB-ENR", citation: cite("五 (凡具有本区户籍的下列人员,可自愿参加居民养老保险)") },
  },
  parameters: {
    enrolAge: {
      id: "BB-ENR",
      title: "Minimum enrolment age",
      segments: [
        {
          from: START,
          value: 16,
          citation: cite("五(一)(二) (年满16周岁以上的农村居民(不含在校学生))"),
          note: YEAR_READING,
        },
      ],
    },
    pensionAge: {
      id: "BB-ELIG",
      title: "Pension age",
      segments: [
        {
          from: START,
          value: { male: 60, female: 60 },
          citation: cite("八(一) (参保人员年满60周岁、未享受其他基本养老保险待遇的,按月()领取基本养老金)"),
          note: YEAR_READING,
        },
      ],
    },
    tiers: {
      id: "BB-PAY-TIERS",
      title: "Contribution tiers (元/年)",
      segments: [
        {
          from: START,
          until: "2019-12-31",
          value: ["100", "200", "400", "600", "900"],
          citation: cite("六(一)1 (养老保险费年缴费标准分别为100元、200元、400元、600元、900元5个档次)"),
          note: `${YEAR_READING}; the pilot table holds until the known change of 2020 (docs/rules.md PILOT-TABLES)`,
        },
        {
          from: "2020-01-01",
          until: "2021-12-31",
          unknown: true,
          citation: "docs/rules.md BB-PAY-TIERS",
          note: CQ_2020_UNKNOWN,
        },
        {
          from: "2022-01-01",
          value: {
            tiers: ["200", "300", "400", "500", "600", "700", "800", "900", "1000", "1500", "2000", "3000", "4000"],
            reserved: [{ tier: "100", statuses: [...CQ_HARDSHIP] }],
          },
          citation: CQ_2022,
          checked: "2022-01-01",
          note: "Chongqing's 13 tiers; the hardship groups (severe disability grade 1–2, 低保, 特困, poverty-relapse-risk) keep a 100 tier. Confirmed as in force from 2022-01-01; no later source read",
        },
      ],
    },
    deadline: {
      id: "BB-PAY-LATE",
      title: "On-time payment deadline",
      segments: [
        {
          from: START,
          value: { month: 12, day: 31 },
          citation: cite("六(一)1 (缴费方式原则上按年缴纳。当因病、因灾等原因未按时缴纳的可在次年内补缴)"),
          note: "on time through 31 December of the year; a payment in the next calendar year is a back-payment; later it is refused",
        },
      ],
    },
    subsidy: {
      id: "BB-SUB",
      title: "Contribution subsidy (政府补贴)",
      segments: [
        {
          from: START,
          value: {
            brackets: [{ from: "100", amount: "30" }],
            hardship: { statuses: ["severe-disability"], mode: "add", amount: "40" },
          },
          citation: cite(
            "六(三) (政府在参保人缴费的基础上,每人每年补贴30元。对重度残疾人,政府对其缴纳最低标准的保险费再补贴40元)",
          ),
          until: "2019-12-31",
          note:
            "interpretation (docs/rules.md BB-SUB): 再补贴40元 is +40 on top of the 30 when a severely disabled person pays, any tier; " +
            "a subsidy, not a proxy payment",
        },
        {
          from: "2020-01-01",
          until: "2021-12-31",
          unknown: true,
          citation: "docs/rules.md BB-SUB, PILOT-TABLES",
          note: CQ_2020_UNKNOWN,
        },
        {
          from: "2022-01-01",
          value: {
            brackets: [
              { from: "100", amount: "30" },
              { from: "200", amount: "40" },
              { from: "300", amount: "50" },
              { from: "400", amount: "60" },
              { from: "500", amount: "70" },
              { from: "600", amount: "80" },
              { from: "700", amount: "90" },
              { from: "800", amount: "100" },
              { from: "900", amount: "110" },
              { from: "1000", amount: "120" },
              { from: "1500", amount: "130" },
              { from: "2000", amount: "140" },
              { from: "3000", amount: "160" },
              { from: "4000", amount: "175" },
            ],
          },
          citation: CQ_2022,
          checked: "2022-01-01",
          note: "a subsidy per tier (100, the hardship groups' tier → 30); replaces BB-SUB from contribution year 2022: the +40 for severe disability no longer applies",
        },
      ],
    },
    lumpSum: {
      id: "BB-LUMP",
      title: "Lump-sum payment (一次性趸缴) for people 60+ on the scheme start",
      segments: [
        {
          from: START,
          value: { standards: ["40", "60", "90"], untilAge: 75, minMonths: 60 },
          citation: cite(
            "六(一)2 (缴费标准按个人账户月养老金标准确定,分别为40元、60元、90元3个档次…一次性趸缴的缴费月数按本人距75周岁余命的实际月数计算," +
              "距75周岁的实际月数小于60个月和超过75周岁的,统一按60个月计算); 八(二)2",
          ),
          note: "amount = S × M months; no subsidy; credited as personal; account pension = S (docs/rules.md BB-LUMP)",
        },
      ],
    },
    rate: pbocOneYearRate,
    divisor: divisorTable,
    minBasic: nationalMinimumBasic,
    inherit: inheritanceRule,
    basic: {
      id: "BB-BEN-BASIC",
      title: "Basic pension (基础养老金) (元/月)",
      segments: [
        {
          from: BENEFITS_FROM,
          until: "2014-06-30",
          value: "80",
          citation: cite("八(二)1 (基础养老金:标准为每人每月80元); 三(三) (从XX年10月1日起)"),
          note: "from the implementation date (三(三)), XX年 read as 2009",
        },
        {
          from: "2014-07-01",
          unknown: true,
          citation: "docs/rules.md BB-BEN-BASIC",
          note: "national raise 2014-07-01 (人社部发〔2015〕5号) and later; Beibei's amount not verified",
        },
      ],
    },
    topUps: [
      {
        id: "BB-BEN-ONECHILD",
        title: "One-child parent top-up (独生子女父母增发)",
        segments: [
          {
            from: BENEFITS_FROM,
            value: { kind: "status", status: "one-child-parent", amount: "10" },
            citation: cite(
              "八(三) (持有《独生子女父母光荣证》或独生子女证明的父母领取基本养老待遇时,每月增发10元养老待遇)",
            ),
          },
        ],
      },
      {
        id: "BB-BEN-AGE70",
        title: "Age top-up at 70 (年满70周岁增发)",
        segments: [
          {
            from: BENEFITS_FROM,
            value: { kind: "age", brackets: [{ age: 70, amount: "10" }] },
            citation: cite("八(四) (领取基本养老金的人员年满70周岁及其以上的,每月增发10元养老待遇)"),
            note: "from the month after the 70th birthday's month (interpretation, same as the pension start)",
          },
        ],
      },
    ],
    deathBenefit: {
      id: "BB-DEATH-POST",
      title: "One-time death benefit (一次性死亡补助金)",
      segments: [
        {
          from: BENEFITS_FROM,
          value: { kind: "months-of-pension", months: 12 },
          citation: cite(
            "八(五) (发给一次性死亡补助金,标准为死亡时本人上月养老待遇乘以12个月,从居民养老保险基金中支付)",
          ),
          note: "12 × the total monthly pension due for the month before the death month (the first pension month's if death falls in it)",
        },
      ],
    },
  },
});
