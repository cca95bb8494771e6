/**
 * 简体中文消息目录（zh-CN）：与 src/i18n/en.ts 的编号一一对应。类型是英文目录的类型，缺一个编号
 * TypeScript 就报错；test/unit/i18n-coverage.test.ts 另查每条文字都含汉字。
 */
import type { Catalogue, ZodIssueInfo } from "./en";
import { titlesZh } from "./titles-zh";

const TYPES: Readonly<Record<string, string>> = {
  string: "字符串",
  number: "数字",
  int: "整数",
  boolean: "布尔值",
  object: "对象",
  array: "数组",
  null: "空值（null）",
  undefined: "缺失（undefined）",
  bigint: "大整数",
  nan: "NaN",
};
/**
 * A JavaScript type as zod names it, in Chinese.
 *
 * @internal
 */
export const type = (t: string | undefined): string => (t === undefined ? "值" : (TYPES[t] ?? t));
const SCHEMA_MESSAGES: Readonly<Record<string, string>> = {
  "a month YYYY-MM": "应为月份 YYYY-MM",
  "a year YYYY": "应为年份 YYYY",
  'an amount: a decimal string such as "1200" or a number': '应为金额：十进制字符串（如 "1200"）或数字',
  'a non-negative rate such as "0.03" (at most 3 digits before the point and 12 after)':
    '应为非负利率，如 "0.03"（整数部分至多 3 位，小数部分至多 12 位）',
  "a docs/rules.md id such as QN-BEN-BASIC": "应为 docs/rules.md 中的规则编号，如 QN-BEN-BASIC",
  "a calendar date YYYY-MM-DD": "应为真实存在的日期 YYYY-MM-DD",
  "a citation is required": "必须注明出处",
  'a citation is required (e.g. "县人社局 2024年通知")': '必须注明出处（如 "县人社局 2024年通知"）',
  "a non-empty text": "应为非空文字",
  "a segment has either a value or `unknown: true`": "一个时段须有 value（取值）或 `unknown: true`，二者取其一",
  "an amount in yuan with at most two decimals": "应为以元为单位、至多两位小数的金额",
  "a non-negative decimal rate, e.g. 0.0275 (at most 3 digits before the point and 12 after)":
    "应为非负小数利率，如 0.0275（整数部分至多 3 位，小数部分至多 12 位）",
  'expected a list of tiers such as ["100", "200"], or { "tiers": [...], "reserved": [{ "tier", "statuses" }] }':
    '应为缴费档次列表，如 ["100", "200"]，或 { "tiers": [...], "reserved": [{ "tier", "statuses" }] }',
};

const COHORTS: Readonly<Record<string, string>> = {
  old: "制度实施时年满60周岁的人员",
  transition: "过渡期人员（制度实施时距领取年龄不足15年）",
  regular: "新制度人员",
};

/**
 * A zod issue in Chinese: the schema's own messages translated, zod's built-in ones by kind.
 *
 * @internal
 */
export function zodIssue(i: ZodIssueInfo): string {
  const own = SCHEMA_MESSAGES[i.message];
  if (own !== undefined) return own;
  let m: RegExpExecArray | null;
  if ((m = /^a calendar date YYYY-MM-DD between (\d+) and (\d+)$/.exec(i.message)))
    return `应为 ${m[1]!} 至 ${m[2]!} 年间真实存在的日期 YYYY-MM-DD`;
  if ((m = /^one of (.*)$/.exec(i.message))) return `应为以下之一：${m[1]!}`;
  // A policy's bad region id (src/policy/schema.ts regionIdSchema): zod's enum message, as before.
  if ((m = /^Invalid option: expected one of (.*)$/.exec(i.message)))
    return `应为以下之一：${m[1]!.split("|").join(", ")}`;
  if ((m = /^(.*) is not a finite amount$/.exec(i.message))) return `${m[1]!} 不是有限的金额`;
  if ((m = /^expected a decimal string or a number, got (.*)$/.exec(i.message)))
    return `应为十进制字符串或数字，实际为${type(m[1])}`;
  if ((m = /^negative amount (.*)$/.exec(i.message))) return `金额不能为负：${m[1]!}`;
  if ((m = /^"(.*)" is not an amount in yuan with at most two decimals$/.exec(i.message)))
    return `"${m[1]!}" 不是以元为单位、至多两位小数的金额`;
  if ((m = /^(\S+): until (\S+) is before from (\S+)$/.exec(i.message)))
    return `${m[1]!}：截止日期 until ${m[2]!} 早于起始日期 from ${m[3]!}`;
  if ((m = /^(\S+): segment from (\S+) overlaps the one before it/.exec(i.message)))
    return `${m[1]!}：自 ${m[2]!} 起的时段与前一时段重叠（时段须按日期排列且不得重叠）`;
  const bound = i.inclusive === false ? "" : "（含）";
  switch (i.code) {
    case "invalid_type":
      if (i.received === undefined) return `应为${type(i.expected)}`;
      return i.received === "undefined"
        ? `缺少必填项（应为${type(i.expected)}）`
        : `应为${type(i.expected)}，实际为${type(i.received)}`;
    case "invalid_value":
      return `应为以下之一：${(i.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_big":
      return i.origin === "array"
        ? `过长：数组至多 ${i.maximum ?? "?"} 项`
        : i.origin === "string"
          ? `过长：至多 ${i.maximum ?? "?"} 个字符`
          : `过大：应不大于 ${i.maximum ?? "?"}${bound}`;
    case "too_small":
      return i.origin === "array"
        ? `过短：数组至少 ${i.minimum ?? "?"} 项`
        : i.origin === "string"
          ? `过短：至少 ${i.minimum ?? "?"} 个字符`
          : `过小：应不小于 ${i.minimum ?? "?"}${bound}`;
    case "unrecognized_keys":
      return "案例格式中没有这个字段";
    case "invalid_format":
      return "格式不正确";
    case "invalid_union":
      return "不符合任何一种允许的格式";
    case "invalid_key":
      return "键无效";
    case "invalid_element":
      return "包含无效的值";
    default:
      return `无效输入（${i.message}）`;
  }
}

/** The Chinese catalogue: the same ids as the English one (its type). */
export const zhCN: Catalogue = {
  errors: {
    "locale.invalid": (p) => `${p.where}: 应为 "zh-CN" 或 "en"，实际为 ${p.value}`,
    "month.invalid": (p) => `${p.where}: ${p.value} 不是 ${p.min} 至 ${p.max} 年间的月份 YYYY-MM`,
    "date.before-from": (p) => `${p.where}: ${p.until} 早于起始日期 from ${p.from}`,
    "date.birth-after-as-of": (p) => `${p.where}: 出生日期 ${p.birthDate} 晚于计算日 asOf ${p.asOf}`,
    "money.invalid": (p) => `${p.where}: ${p.problem}`,
    "money.not-finite": (p) => `${p.value} 不是有限的金额`,
    "money.type": (p) => `应为十进制字符串或数字，实际为${type(p.type)}`,
    "money.negative": (p) => `金额不能为负：${p.text}`,
    "money.pattern": (p) => `"${p.text}" 不是以元为单位、至多两位小数的金额`,
    "money.policy": (p) => `${p.where}: ${p.value} 不是以元为单位、至多两位小数的金额`,
    "region.not-given": (p) => `地区 ${p.value} 不在所给的政策之中（${p.given}）`,
    "limit.items": (p) => `${p.where}: 过长：数组至多 ${p.max} 项`,
    "limit.entries": (p) => `${p.where}: 过多：对象至多 ${p.max} 项`,
    "limit.parameters": (p) => `${p.where}: 过多：至多覆盖 ${p.max} 个参数`,
    "limit.segments": (p) => `${p.where}: 覆盖时段合计超过 ${p.max} 个`,
    "limit.depth": (p) => `${p.where}: 嵌套超过 ${p.max} 层`,
    "limit.account": (p) =>
      `个人账户将超过 ${p.max} 分（Number.MAX_SAFE_INTEGER，约 90 万亿元）：如此大的金额超出本库的限制`,
    "parameter.unknown-id": (p) => `${p.id}: ${p.region} 没有这个编号的参数（已知：${p.known}）`,
    "policy.override-invalid": (p) => `覆盖值使政策无效：${p.message}`,
    "parameter.unknown-on": (p) =>
      `${p.id}（${titlesZh[p.id] ?? p.title}）在 ${p.date}：${p.why}。请在参数包（--params FILE）或案例的 options.parameters 中提供；在代码中用 withParameterPack(policy, pack) 或 withOverrides(policy, { "${p.id}": [{ from, until, value, citation }] })。`,
    "parameter.no-value": () => "该日期没有有效的取值",
    "parameter.unknown-segment": (p) =>
      `政策文件未给出 ${p.from} – ${p.until ?? "至今"} 的取值${p.note ? `（${p.note}）` : ""}`,
    "parameter.divisor": (p) => `${p.id}: 养老金起始月 ${p.start} 时 ${p.age} 岁，没有对应的计发月数`,
    "cohort.scheme-start": (p) =>
      `${p.rule}: 政策文件中没有${p.nameZh}的制度实施日期，而出生于 ${p.birthDate} 的人所属的年龄段或应缴年限取决于它（介于 ${p.earliest} 与 ${p.latest} 之间）。请以案例的 options.schemeStart 提供，或作为参数包中的事实 ${p.rule} 提供（命令行 --params FILE，代码中 withParameterPack）。`,
    "subsidy.not-fen": (p) =>
      `${p.id}: ${p.rate} × 档次 ${p.tier} = ${p.amount} 不是整分，而 docs/conventions.md 不允许在此处舍入`,
    "options.core-only": (p) =>
      `${p.which}: resident-pension/core 不支持；请使用 "resident-pension" 的 evaluateCaseWith`,
    "options.object": () => "计算选项（第二个参数）：应为对象，如 { trace: false }",
    "options.unreadable": () => "计算选项（第二个参数）：无法读取（getter 或 Proxy 陷阱抛出异常）",
    "options.trace": (p) => `计算选项（第二个参数）：trace 应为 true 或 false，实际为${type(p.type)}`,
    "options.unknowns": () => `unknowns 应为 "refuse" 或 "partial"`,
    "options.estimate": () => `estimate 应为 "none" 或 "floor"`,
    "case.not-plain": (p) => `$: 不是案例（应为纯 JSON 数据）：${p.reason}`,
    "case.reserved-key": (p) => `${p.where}: "${p.key}" 不是${p.inOverrides ? "参数编号" : "案例格式中的字段"}`,
    "case.second-event": (p) => `${p.where}: 第二个 "${p.kind}" 事件（每种事件至多一个）`,
    "case.sex-required": () => "$.person.sex: 有 legacyGrade 时必填（CX-LEGACY 的领取年龄男 60 岁、女 55 岁）",
    "case.years-required": (p) => `${p.where}: 补缴（make-up）时必填`,
    "input.unreadable": (p) => `${p.where}: 无法读取（${p.reason}）：应为纯 JSON 数据`,
    "zod.issue": (p) => `${p.where}: ${zodIssue(p.issue)}`,
    raw: (p) => `错误：${p.text}`,
  },

  refusals: {
    "after-as-of": (p) => `${p.date} 缴纳，晚于计算日 ${p.asOf}`,
    "after-account-closed": (p) =>
      p.closedOn === undefined ? `${p.date} 缴纳，晚于账户终止` : `${p.date} 缴纳，晚于账户终止日 ${p.closedOn}`,
    "before-enrolment-age": (p) => `${p.date} 缴纳，未满 ${p.age} 周岁`,
    "while-student": (p) => `${p.date} 缴纳时为在校学生`,
    "while-employee-pension": (p) => `${p.date} 缴纳时已参加职工基本养老保险（账户封存）`,
    "while-imprisoned": (p) => `${p.date} 缴纳时正在服刑（服刑期间不得缴纳）`,
    "after-pension-start": (p) => `${p.date} 缴纳，已开始领取养老金（领取养老金后不得再缴费）`,
    "before-contribution-year": (p) => `${p.date} 缴纳，早于所属缴费年度 ${p.year}`,
    "after-pension-age-year": (p) => `${p.year} 年晚于年满 ${p.age} 周岁的年份（${p.birthday}）`,
    "pension-age-year-late": (p) =>
      `年满 ${p.age} 周岁当年的费用应在生日所在月 ${p.month} 之前缴纳（应在年满60周岁的当月之前缴纳）`,
    "after-deadline": (p) => `${p.date} 缴纳，晚于截止日期 ${p.due}；不得补缴（${p.citation}）`,
    "back-payment-window": (p) => `${p.date} 缴纳：中断的年度只能在下一个自然年度（${p.next} 年）补缴`,
    "second-payment": (p) => `${p.year} 年的第二笔缴费：每年只缴一次（${p.citation}）`,
    "not-a-tier": (p) =>
      `${p.year} 年：缴纳 ${p.paid}${p.proxy === undefined ? "" : ` + 代缴 ${p.proxy}`} = ${p.tier}，不是现行缴费档次（${p.tiers}）`,
    "collective-above-cap": (p) => `${p.year} 年：集体补助 ${p.collective} 超过上限 ${p.cap}（${p.citation}）`,
    "make-up-above-cap": (p) => `补缴 ${p.years} 年将使缴费年限合计达到 ${p.total} 年，超过 ${p.cap} 年`,
    "back-payment-above-cap": (p) => `补缴 ${p.year} 年将使缴费年限合计超过 ${p.cap} 年`,
    "make-up-not-allowed": (p) => `${COHORTS[p.cohort] ?? p.cohort}在${p.regionZh}不得补缴（${p.citation}）`,
    "make-up-before-60": (p) => `补缴应在本人年满60周岁时缴纳，不得早于 ${p.date}`,
    "make-up-not-a-tier": (p) => `${p.amount} / ${p.years} 年 = ${p.perYear}，不是缴费档次（${p.tiers}）`,
    "no-lump-sum": (p) => `${p.regionZh}的政策文件中没有趸缴`,
    "lump-sum-cohort": () => "只有制度实施时年满60周岁的人员可以趸缴",
    "lump-sum-standard": (p) => `月缴费标准 ${p.standard} 不在 ${p.standards} 之中`,
    "sixtieth-year-unpaid": (p) => `年满60周岁当年（${p.year} 年）的费用须缴纳后才能开始领取养老金`,
    "other-pension": (p) => `自 ${p.from} 起享受其他基本养老保险待遇（须未享受其他基本养老保险待遇）`,
    "employee-pension": (p) => `自 ${p.from} 起参加职工基本养老保险`,
    "before-pension-age": (p) => `${p.birthday} 年满领取年龄 ${p.age} 周岁；最早自 ${p.month} 起领取养老金`,
    "years-short-make-up": (p) =>
      `缴费年限 ${p.years} 年，应缴 ${p.required} 年：按最低档次 ${p.tier} 一次性补足 ${p.short} 年共 ${p.amount} 元即可满足（${p.citation}）`,
    "years-short-back-pay": (p) =>
      `缴费年限 ${p.years} 年，应缴 ${p.required} 年：按最低档次 ${p.tier} 补缴中断的 ${p.short} 年共 ${p.amount} 元（不享受补贴）即可满足（${p.citation}）`,
    "years-short": (p) => `缴费年限 ${p.years} 年，应缴 ${p.required} 年，且${p.regionZh}的政策文件不允许此人补缴`,
    "children-not-enrolled": (p) =>
      `制度实施时已年满60周岁的人员领取基础养老金，须其符合条件的子女参保（${p.citation}）`,
    "under-enrolment-age": (p) => `${p.asOf} 时 ${p.age} 周岁；年满${p.min}周岁方可参保`,
    student: () => "在校学生（不含在校学生）",
    "covered-by-employee-pension": () => "已参加职工基本养老保险（不属于职工基本养老保险制度覆盖范围）",
  },

  trace: {
    "enrol.may": () => "可以参保",
    "enrol.may-not": () => "不能参保",
    "cohort.required": (p) => `${COHORTS[p.cohort] ?? p.cohort}：应缴费 ${p.years} 年`,
    "cohort.start-unknown": () => "制度实施日期未知；在全国规定的起止日期之间，无论哪天实施，所属年龄段都相同",
    "elig.not-eligible": () => "不符合领取条件",
    "elig.first-month": (p) => `养老金起始月 ${p.month}`,
    "elig.first-month-note": () =>
      "FIRST-MONTH：取以下最晚者：达到领取年龄生日所在月的次月、本地区开始发放的月份、满足条件的那笔缴费的次月",
    "pay.no-subsidy": () => "补缴：不享受缴费补贴",
    "pay.at-tier": (p) =>
      `${p.kind === "regular" ? "按时缴费" : p.kind === "back-payment" ? "补缴" : p.kind}，档次 ${p.tier}`,
    "pay.years": (p) => `缴费年限 ${p.years} 年`,
    "pay.refused": () => "不予认可：不记入账户",
    "transfer.sealed": () => "账户封存，继续计息",
    "line.closing": () => "结算时账户余额（利息计至事件当月）",
    "line.transferred": () => "转入新参保地（个人账户储存额一次性转入）",
    "line.excluded-subsidy": () => "不可继承：政府补贴余额",
    "line.excluded-nothing": () => "不可继承：无（账户余额全部可继承）",
    "line.overpayment": (p) => `多发养老金 ${p.from} – ${p.until}`,
    "line.recovered": () => "从个人账户中扣回的多发养老金",
    "line.outstanding": () => "尚待继承人退还的多发养老金",
    "line.refunded": () => "退还本人",
    "line.inheritable": () => "可以依法继承",
    "line.to-fund": () => "归入基金",
    "line.death-benefit": () => "一次性丧葬补助费",
    "line.months-of-pension": (p) => `死亡补助金 ${p.months} × ${p.monthly}（${p.month} 的养老金）`,
    "line.funeral-grant": (p) => `丧葬补助金 ${p.multiple} × ${p.basic}（死亡时的基础养老金）`,
    "settle.transfer": () => "TRANSFER：账户余额全部转出",
    "settle.inherit": () => "DEATH-INHERIT：只扣除政府补贴部分；代缴部分可以继承",
    "settle.split": (p) => `可继承 ${p.inheritable}，归入基金 ${p.toFund}`,
    "subsidy.own-tier": (p) => `${p.status} 的专属档次：不适用 ${p.id} 的补贴标准；补贴为公布的特殊标准（解释）`,
    "benefit.legacy": (p) =>
      `${
        p.increased
          ? `老农保养老金 = 等级金额 + ${p.increase}${p.by === undefined ? "" : `（自 ${p.start} 起领取，不晚于 ${p.by}）`}`
          : `老农保养老金 = 等级金额；不加 ${p.increase}：自 ${p.start} 起领取，晚于 ${p.by}`
      }；无个人账户养老金、无基础养老金、无缴费加发（解释）`,
    "benefit.source-dated": (p) => `依据 ${p.published} 的文件`,
    "benefit.top-up-zero": () => "未以覆盖值提供时为 0",
    "schedule.months-suspended": (p) => `暂停发放 ${p.count} 个月`,
    "schedule.not-suspended": () => "未暂停发放",
    "schedule.no-effect": () => "无影响",
    "schedule.not-in-sources": () => "服刑及失踪人员：本地区文件未作规定",
    "schedule.prison-note": () => "服刑期间任何一天所在的月份暂停发放；释放后次月恢复，不予补发",
    "account.drawn": (p) => `个人账户支付 ${p.account}，基金支付 ${p.fund}`,
    "account.balance-on": (p) => `${p.date} 的余额`,
    "account.balance-closing": () => "结算时的余额",
    "account.lump": () => "趸缴人员：所选的月缴费标准",
    "account.divisor": () => "BEN-DIVISOR：领取时账户余额 ÷ 计发月数，只舍入一次，终身不变",
    "interest.supplied": () => "由调用方提供的利率",
  },
};

/** 每个规则编号的中文标题（含 titlesZh 的参数与事实标题）。 */
export const zhCNRules: Readonly<Record<string, string>> = {
  ...titlesZh,
  "ACC-COMPONENTS": "个人账户构成：个人缴费、集体补助、政府补贴、代缴、其他资助",
  "INT-MONTHLY": "按月积数计息，每年12月31日及账户终止时结息",
  "BEN-DIVISOR": "个人账户养老金 = 领取时账户余额 ÷ 计发月数，终身不变",
  "DEATH-STOP": "养老金发放至死亡当月，次月停发",
  "DEATH-INHERIT": "账户余额可继承部分，按事件发生时有效的规定",
  COHORT: "按制度实施时年龄确定的过渡办法",
  "FIRST-MONTH": "养老金起始月",
  "PAY-VALIDITY": "缴费有效性：档次、日期，政策未规定时的补缴",
  "CONTRIBUTION-YEARS": "缴费年限：有效缴费的不同年度加补缴年数",
  "MAKE-UP": "一次性补足所缺年限",
  LOOKUPS: "只查询结果所需数值的参数",
  OVERRIDES: "按日期覆盖参数的假设分析",
  SUSPEND: "服刑及失踪人员暂停发放（仅黔南文件）",
  "BEN-TOTAL": "月养老金 = 基础养老金（含加发）+ 个人账户养老金",
  TRANSFER: "领取养老金前转出：余额转出账户",
  "NX-BEN-ACCOUNT": "宁夏：个人账户养老金计发方式",
  "NX-INT": "宁夏：个人账户记账利率",
  "NX-PAY-MULTI": "宁夏：每年缴费次数",
  "NX-DEATH": "宁夏：参保人死亡",
  "QN-BEN-ACCOUNT": "黔南：个人账户养老金计发方式",
  "QN-INT": "黔南：个人账户记账利率",
  "QN-PAY-AT-60": "黔南：年满60周岁当年的缴费",
  "QN-PRISON": "黔南：服刑期间暂停",
  "QN-TRANSFER": "黔南：转移接续",
  "QN-SEAL": "黔南：个人账户封存",
  "QN-EMIGRATE": "黔南：出国（境）定居",
  "JM-BEN-ACCOUNT": "江门：个人账户养老金计发方式",
  "JM-INT": "江门：个人账户记账利率",
  "JM-AT-60": "江门：年满60周岁当年的缴费",
  "JM-DEATH": "江门：参保人死亡",
  "CX-INT": "慈溪：个人账户记账利率",
  "CX-DEATH": "慈溪：参保人死亡",
  "BB-BEN-ACCOUNT": "北碚：个人账户养老金计发方式",
  "BB-INT": "北碚：个人账户记账利率",
  "BB-FAMILY": "北碚：家庭成员捆绑参保",
  "BB-TRANSFER": "北碚：转移（账户封存）",
  "BB-DEATH-PRE": "北碚：领取前出国（境）定居",
};
