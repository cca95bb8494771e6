import { divisorTable, inheritanceRule, nationalMinimumBasic, pbocOneYearRate } from "../national";
import { definePolicy } from "../define";

/** The seed text (corpus file 004_ac8aad76ecb85705.txt), cited by its title. */
const SEED = "《宁波慈溪市社会保障制度实现全覆盖》";
const DOC = SEED;
const cite = (quote: string): string => `${DOC} (${quote})`;
/** 慈溪市人民政府 慈政发〔2010〕3号, the 2010 scheme text (rules.md: verified, official). */
const CX_2010 = "慈政发〔2010〕3号";
const verified = (rule: string): string => `${CX_2010} (docs/rules.md ${rule}, verified)`;
const START = "2010-01-01";
/** CX-BEN-BASIC interpretation: the seed's "今年1月1日" is 2012-01-01 (Ningbo's matching 甬人社发〔2012〕106号). */
const YEAR_2012 = "2012-01-01";
/** PILOT-TABLES: no change of Cixi's tables is known, so the 2010 values hold open-ended. */
const LATEST_2010 =
  "latest known value, holds open-ended (docs/rules.md PILOT-TABLES): its source, 慈政发〔2010〕3号, is in force from 2010-01-01 and no later source was found";
const DATING_2012 =
  "interpretation: the seed's 今年1月1日 is dated 2012-01-01 by Ningbo's matching 甬人社发〔2012〕106号";
const NAT_2009 = "国发〔2009〕32号";
const NAT_2014 = "国发〔2014〕8号";
const ELIG_CITATION = `${NAT_2009} 养老金待遇领取条件 (年满60周岁); ${NAT_2014} 养老保险待遇领取条件 (年满60周岁、累计缴费满15年)`;
const NO_SUSPENSION =
  "docs/rules.md SUSPEND: QN-PRISON and QN-MISSING are in Qiannan's text only (黔南府办发〔2011〕110号 第三十三条, 第三十四条); " +
  `${SEED} and ${CX_2010} have no suspension rule`;

/**
 * 慈溪市 城乡居民社会养老保险 from 2010-01-01, rules.md section CX: the seed article plus
 * 慈政发〔2010〕3号 (verified). Eligibility, enrolment and death are the national rules; rules.md has no
 * CX-ENR row, so the `enrollment` feature carries `CX-ELIG` (the national-rules row), and the
 * enrolment age parameter gets the id `CX-ENR` (a national rule registered for Cixi, unique in this policy).
 */
export const cixi = definePolicy({
  id: "cixi",
  name: "Cixi",
  nameZh: "慈溪市",
  source: `${DOC} plus ${CX_2010} (verified, official)`,
  facts: {
    schemeStart: {
      value: START,
      rule: "CX-SCHEME-START",
      citation: `${cite("自2010年1月1日起,慈溪市…全面实施了城乡居民社会养老保险新制度")}; ${CX_2010}`,
    },
    benefitStartMonth: {
      value: "2010-01",
      rule: "FIRST-MONTH",
      citation: `${cite("自2010年1月1日起,慈溪市…全面实施了城乡居民社会养老保险新制度")}; docs/rules.md FIRST-MONTH`,
    },
    fixedDivisor: {
      value: null,
      rule: "BEN-DIVISOR",
      citation: `${NAT_2014}; 国发〔2005〕38号 (NAT-DIVISOR); docs/rules.md BEN-DIVISOR`,
      note: "NAT-DIVISOR by age at pension start (139 at 60)",
    },
  },
  features: {
    interestRate: {
      value: "on-1-january",
      rule: "CX-INT",
      citation: `${SEED} and ${CX_2010} give no rate rule; docs/rules.md CX-INT (interpretation)`,
      note: "interpretation: the rate of year Y is NAT-RATE-PBOC in force on 1 January of Y",
    },
    interestMethod: { value: "monthly", rule: "CX-INT", citation: "docs/rules.md CX-INT, INT-MONTHLY" },
    latePayment: {
      value: "refused",
      rule: "PAY-VALIDITY",
      citation: `docs/rules.md PAY-VALIDITY: ${SEED} and ${CX_2010} give no back-payment rule`,
      note: "a payment for year Y made after 31 December of Y is refused",
    },
    latePaymentSubsidy: {
      value: false,
      rule: "PAY-VALIDITY",
      citation: `docs/rules.md PAY-VALIDITY: ${SEED} and ${CX_2010} give no back-payment rule`,
    },
    paymentsPerYear: { value: "one", rule: "CX-PAY-TIERS", citation: `${verified("CX-PAY-TIERS")}: one tier a year` },
    payAt60: {
      value: "none",
      rule: "CX-ELIG",
      citation: `${ELIG_CITATION}; no rule on the year of the 60th birthday in ${SEED}`,
    },
    suspension: { value: false, rule: "SUSPEND", citation: NO_SUSPENSION },
    familyBinding: {
      value: false,
      rule: "CX-ELIG",
      citation: `${ELIG_CITATION}; docs/rules.md CX-ELIG (no family binding in Cixi's sources)`,
    },
    makeUp: {
      value: "cohort-2",
      rule: "MAKE-UP",
      citation: `${NAT_2009} 养老金待遇领取条件 (距领取年龄不足15年的，应按年缴费，也允许补缴，累计缴费不超过15年); docs/rules.md MAKE-UP`,
    },
    transfer: {
      value: "move",
      rule: "TRANSFER",
      citation: `${NAT_2014} 转移接续与制度衔接 (一次性转移个人账户全部储存额); docs/rules.md TRANSFER`,
    },
    eligibility: {
      value: true,
      rule: "CX-ELIG",
      citation: `${ELIG_CITATION}; docs/rules.md CX-ELIG (COHORT from 2010-01-01)`,
    },
    death: {
      value: true,
      rule: "CX-DEATH",
      citation: `${NAT_2014} 养老保险待遇及调整 (参保人死亡，个人账户资金余额可以依法继承); ${NAT_2009}; docs/rules.md CX-DEATH`,
    },
    // rules.md has no CX-ENR row: enrolment is the national rule held by CX-ELIG.
    enrollment: {
      value: true,
      rule: "CX-ELIG",
      citation: `${NAT_2009} 参保范围 (年满16周岁(不含在校学生)); ${cite("对16-59周岁无保障的城乡居民进行了全面调查摸底")}`,
    },
  },
  parameters: {
    // CX-ENR is a national rule (国发〔2009〕32号), not a row of rules.md CX: the id is new.
    enrolAge: {
      id: "CX-ENR",
      title: "Minimum enrolment age",
      segments: [
        {
          from: START,
          value: 16,
          citation: `${NAT_2009} 参保范围 (年满16周岁(不含在校学生)); ${cite("对16-59周岁无保障的城乡居民进行了全面调查摸底")}`,
          note: "national rule",
        },
      ],
    },
    pensionAge: {
      id: "CX-ELIG",
      title: "Pension age",
      segments: [
        {
          from: START,
          value: { male: 60, female: 60 },
          citation: ELIG_CITATION,
          note: "new system; old-system (CX-LEGACY) women draw at 55, held in CX-LEGACY",
        },
      ],
    },
    tiers: {
      id: "CX-PAY-TIERS",
      title: "Contribution tiers (元/年)",
      segments: [
        {
          from: START,
          value: ["100", "300", "500", "800", "1100", "1400", "1700", "2000"],
          citation: verified("CX-PAY-TIERS"),
          checked: START,
          note: LATEST_2010,
        },
      ],
    },
    deadline: {
      id: "PAY-VALIDITY",
      title: "On-time payment deadline",
      segments: [
        {
          from: START,
          value: { month: 12, day: 31 },
          citation: `docs/rules.md PAY-VALIDITY: ${SEED} and ${CX_2010} give no back-payment rule, so a payment for year Y made after 31 December of Y is refused`,
        },
      ],
    },
    subsidy: {
      id: "CX-SUB",
      title: "Contribution subsidy (缴费补贴)",
      segments: [
        {
          from: START,
          value: {
            brackets: [{ from: "100", amount: "60" }],
            hardship: { statuses: ["severe-disability", "dibao"], mode: "replace", amount: "160" },
          },
          citation: verified("CX-SUB"),
          checked: START,
          note: `60 a year, flat; severe disability or 低保: 160 instead of 60; ${LATEST_2010}`,
        },
      ],
    },
    rate: pbocOneYearRate,
    divisor: divisorTable,
    minBasic: nationalMinimumBasic,
    inherit: inheritanceRule,
    basic: {
      id: "CX-BEN-BASIC",
      title: "Basic pension (基础养老金) (元/月)",
      segments: [
        { from: START, until: "2011-12-31", value: "80", citation: verified("CX-BEN-BASIC") },
        {
          from: YEAR_2012,
          until: "2014-06-30",
          value: "140",
          citation: cite("自今年1月1日起城乡居保基础养老金标准达到140元/月"),
          note: DATING_2012,
        },
        {
          from: "2014-07-01",
          unknown: true,
          citation: "docs/rules.md CX-BEN-BASIC",
          note: "national raise 2014-07-01 (人社部发〔2015〕5号) and later; Cixi's amount not verified",
        },
      ],
    },
    topUps: [
      {
        id: "CX-BEN-CONTRIB",
        title: "Contributor top-up (缴费参保人员增发)",
        segments: [
          {
            from: YEAR_2012,
            value: { kind: "contributor", amount: "20" },
            citation: cite("对未叠加享受其他养老保障待遇的城乡居民社会养老保险缴费参保人员增发20元/月"),
            note: `${DATING_2012}; latest known value, holds open-ended (docs/rules.md CX-BEN-CONTRIB)`,
          },
        ],
      },
    ],
    legacy: {
      id: "CX-LEGACY",
      title: "Old-system (2009 意见) pensioners' grades (元/月)",
      segments: [
        {
          from: START,
          value: {
            grades: ["120", "170", "220", "270", "320", "370", "420"],
            increase: "30",
            increaseStartedBy: "2010-01",
            pensionAge: { male: 60, female: 55 },
          },
          citation: cite(
            "养老待遇享受必须男年满60周岁、女年满55周岁…月享受标准分别为1档120元、2档170元、3档220元、4档270元、5档320元、6档370元、7档420元…" +
              "自2010年1月1日起…对5。6万名老制度待遇享受人员月增加养老金30元",
          ),
          note:
            "grade 7 is closed to new members; such a person's pension is the grade amount, + 30 only for a legacy pension already drawn in 2010-01 " +
            "(对…老制度待遇享受人员月增加养老金30元: those drawing then; a legacy pension that starts later gets the grade amount), " +
            "with no account pension, no basic pension and no +20 (interpretation, docs/rules.md CX-LEGACY)",
        },
      ],
    },
    legacyFuneral: {
      id: "CX-FUNERAL",
      title: "Old-system members' funeral grant (丧葬补助金)",
      segments: [
        {
          from: START,
          value: { kind: "multiple-of-basic", multiple: 20 },
          citation: verified("CX-FUNERAL"),
          note: "20 × CX-BEN-BASIC in force at death (1600 at 80)",
        },
      ],
    },
  },
});
