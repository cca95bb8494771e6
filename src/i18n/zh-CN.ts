/**
 * 简体中文消息目录（zh-CN）：与 src/i18n/en.ts 的编号一一对应。类型是英文目录的类型，缺一个编号
 * TypeScript 就报错；test/unit/i18n-coverage.test.ts 另查每条文字都含汉字。
 */
import type { Catalogue, CliCatalogue, ZodIssueInfo } from "./en";
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
const type = (t: string | undefined): string => (t === undefined ? "值" : (TYPES[t] ?? t));
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

/** A zod issue in Chinese: the schema's own messages translated, zod's built-in ones by kind. */
function zodIssue(i: ZodIssueInfo): string {
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
  codes: {
    "invalid-input": "输入无效：类型错误、缺少字段或出现未知字段",
    "invalid-date": "日期无效：不是真实存在的日期 YYYY-MM-DD 或月份 YYYY-MM，或日期先后颠倒",
    "invalid-money": "金额无效：NaN、无穷大、负数、非数字或超过两位小数",
    "unknown-region": "未知地区：本库（或所给政策）中没有该地区",
    "unknown-status": "未知身份状态：案例格式中没有该状态种类",
    "unknown-event": "未知事件：案例格式中没有该事件种类",
    "unknown-parameter": "未知参数：覆盖值所指的参数在政策中不存在",
    "invalid-policy": "政策无效：政策或覆盖值不符合 RegionPolicy 格式",
    "invalid-pack": "参数包无效：不是 JSON、格式或地区不符、缺少出处或时段重叠",
    "parameter-unknown": "参数未知：所问日期没有已知的参数值",
    "limit-exceeded": "超出限制：输入超出文档规定的上限",
    "invalid-partial": "cost 分片合计（cost --partial-out）无效，或属于另一次运行：地区、年份、调整、参数包或版本不同",
  },

  errors: {
    "locale.invalid": (p) => `${p.where}: 应为 "zh-CN" 或 "en"，实际为 ${p.value}`,
    "locale.env": () => "env: 应为环境变量对象",
    "date.invalid": (p) => `${p.where}: ${p.value} 不是 ${p.min} 至 ${p.max} 年间真实存在的日期 YYYY-MM-DD`,
    "month.invalid": (p) => `${p.where}: ${p.value} 不是 ${p.min} 至 ${p.max} 年间的月份 YYYY-MM`,
    "date.before-from": (p) => `${p.where}: ${p.until} 早于起始日期 from ${p.from}`,
    "date.birth-after-as-of": (p) => `${p.where}: 出生日期 ${p.birthDate} 晚于计算日 asOf ${p.asOf}`,
    "money.invalid": (p) => `${p.where}: ${p.problem}`,
    "money.not-finite": (p) => `${p.value} 不是有限的金额`,
    "money.type": (p) => `应为十进制字符串或数字，实际为${type(p.type)}`,
    "money.negative": (p) => `金额不能为负：${p.text}`,
    "money.pattern": (p) => `"${p.text}" 不是以元为单位、至多两位小数的金额`,
    "money.policy": (p) => `${p.where}: ${p.value} 不是以元为单位、至多两位小数的金额`,
    "region.unknown": (p) => `未知地区 ${p.value}；已知地区：${p.known}`,
    "region.expected": (p) => `$.region: 应为以下之一：${p.known}`,
    "region.not-given": (p) => `地区 ${p.value} 不在所给的政策之中（${p.given}）`,
    "report.invalid": () => "$.report: 应为 needs 报告 { complete, needs: [...] }",
    "pack.file-name": (p) => `${p.where}: 应为参数包的文件名（字符串）`,
    "pack.not-json": (p) => `${p.name}: 不是有效的 JSON：${p.reason}`,
    "pack.other-region": (p) => `${p.file}: $.region: 该参数包适用于 ${p.packRegion}，而案例所在地区是 ${p.region}`,
    "pack.error": (p) => `${p.file ?? "参数包"}：${p.where}: ${p.message}`,
    "pack.one-fact": (p) => `${p.region} 的参数包只能提供一项事实：${p.rule}（制度实施日期，同 options.schemeStart）`,
    "pack.read": (p) => `${p.file}: 无法读取参数包：${p.reason}`,
    "packs.list": () => "$.packs: 应为已加载参数包的列表（{ pack, file? }）",
    "packs.entry": (p) => `${p.where}: 应为 { pack, file? }`,
    "value.string": (p) => `${p.where}: 应为字符串`,
    "limit.items": (p) => `${p.where}: 过长：数组至多 ${p.max} 项`,
    "limit.entries": (p) => `${p.where}: 过多：对象至多 ${p.max} 项`,
    "limit.parameters": (p) => `${p.where}: 过多：至多覆盖 ${p.max} 个参数`,
    "limit.segments": (p) => `${p.where}: 覆盖时段合计超过 ${p.max} 个`,
    "limit.depth": (p) => `${p.where}: 嵌套超过 ${p.max} 层`,
    "limit.needs-rounds": (p) => `needs: 未知时段超过 ${p.max} 个`,
    "limit.account": (p) =>
      `个人账户将超过 ${p.max} 分（Number.MAX_SAFE_INTEGER，约 90 万亿元）：如此大的金额超出本库的限制`,
    "parameter.unknown-id": (p) => `${p.id}: ${p.region} 没有这个编号的参数（已知：${p.known}）`,
    "policy.override-invalid": (p) => `覆盖值使政策无效：${p.message}`,
    "policy.parameter": (p) => `$.parameter: ${p.message}`,
    "policy.parameter-shape": () => "应为参数 { id, title, segments }",
    "policy.parameter-id": () => "缺少编号 id",
    "policy.parameter-segments": () => "缺少时段 segments",
    "policy.segment-dates": () => "每个时段都需要起始日期 from（截止日期 until 不得早于它）",
    "policy.segment-order": () => "时段须按日期排列且不得重叠",
    "policy.parameter-unreadable": (p) => `无法读取（${p.reason}）`,
    "pack.not-object": (p) => `应为参数包（含 "format": "${p.format}" 的 JSON 对象）`,
    "pack.unknown-field": (p) => `"${p.key}" 不是参数包的字段`,
    "pack.citation-required": () => "必须注明出处（取值所依据的通知或文件）",
    "pack.format": (p) => `应为 "${p.format}"`,
    "pack.until": (p) => `截止日期 until ${p.until} 早于起始日期 from ${p.from}`,
    "pack.overlap": (p) =>
      `${p.id}: 第 ${p.first} 个时段（${p.firstFrom} – ${p.firstUntil ?? "至今"}）与第 ${p.second} 个时段（自 ${p.secondFrom} 起）重叠；参数包每天只能给出一个取值`,
    "zod.message": (p) => zodIssue(p.issue),
    "pack.inner": (p) => p.full,
    "parameter.unknown-on": (p) =>
      `${p.id}（${titlesZh[p.id] ?? p.title}）在 ${p.date}：${p.why}。请在参数包（--params FILE）或案例的 options.parameters 中提供；在代码中用 withParameterPack(policy, pack) 或 withOverrides(policy, { "${p.id}": [{ from, until, value, citation }] })。`,
    "parameter.no-value": () => "该日期没有有效的取值",
    "parameter.unknown-segment": (p) =>
      `政策文件未给出 ${p.from} – ${p.until ?? "至今"} 的取值${p.note ? `（${p.note}）` : ""}`,
    "parameter.missing-all": (p) =>
      `${p.first}该案例共缺少 ${p.count} 个取值：${p.list}（见 details.missing；\`resident-pension needs --pack-template\` 可打印待填写的参数包）。`,
    "parameter.divisor": (p) => `${p.id}: 养老金起始月 ${p.start} 时 ${p.age} 岁，没有对应的计发月数`,
    "cohort.scheme-start": (p) =>
      `${p.rule}: 政策文件中没有${p.nameZh}的制度实施日期，而出生于 ${p.birthDate} 的人所属的年龄段或应缴年限取决于它（介于 ${p.earliest} 与 ${p.latest} 之间）。请以案例的 options.schemeStart 提供，或作为参数包中的事实 ${p.rule} 提供（命令行 --params FILE，代码中 withParameterPack）。`,
    "subsidy.not-fen": (p) =>
      `${p.id}: ${p.rate} × 档次 ${p.tier} = ${p.amount} 不是整分，而 docs/conventions.md 不允许在此处舍入`,
    "citation.type": (p) => `$.citation: 应为出处字符串，实际为${type(p.type)}`,
    "result.invalid": (p) => `$.result: 不是 evaluateCase 返回的 CaseResult：${p.reason}`,
    "path.expected": () => '$.path: 应为字符串，如 "$"',
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
    "cli.read": (p) => `无法读取${p.file === undefined ? "标准输入" : ` ${p.file}`}：${p.reason}`,
    "cli.json": (p) => `${p.file ?? "标准输入"} 不是有效的 JSON：${p.reason}`,
    "localized.error": () => "$.error: 应为 PensionInputError",
    "needs.options": () => '需求查询选项（第二个参数）：应为对象，如 { locale: "zh-CN" }',
    "batch.cases": () => "$.cases: 应为案例的数组、可迭代对象或异步可迭代对象",
    "partial.read": (p) => `${p.file}：无法读取 cost 分片合计：${p.reason}`,
    "partial.not-json": (p) => `${p.where}：不是有效的 JSON：${p.reason}`,
    "partial.format": (p) =>
      `${p.where}：应为 cost 分片合计（cost --partial-out 写出的一行 JSON，"format": "${p.format}"）`,
    "partial.field": (p) => `${p.where}：${p.path}：与 cost --partial-out 写出的格式不符`,
    "partial.mismatch": (p) =>
      `${p.where}：${p.path} 为 ${p.received}，而 ${p.first} 中为 ${p.expected}：不同 cost 运行的分片合计不能合并`,
    "partial.none": (p) => `${p.files} 中没有 cost 分片合计`,
    "zod.issue": (p) => `${p.where}: ${zodIssue(p.issue)}`,
    "schema.date": (p) => `应为 ${p.min} 至 ${p.max} 年间真实存在的日期 YYYY-MM-DD`,
    "schema.month": () => "应为月份 YYYY-MM",
    "schema.year": () => "应为年份 YYYY",
    "schema.amount": () => '应为金额：十进制字符串（如 "1200"）或数字',
    "schema.rate": () => '应为非负利率，如 "0.03"（整数部分至多 3 位，小数部分至多 12 位）',
    "schema.one-of": (p) => `应为以下之一：${p.values.join(", ")}`,
    "schema.rule-id": () => "应为 docs/rules.md 中的规则编号，如 QN-BEN-BASIC",
    "schema.tiers": () =>
      '应为缴费档次列表，如 ["100", "200"]，或 { "tiers": [...], "reserved": [{ "tier", "statuses" }] }',
    "schema.segment-until": (p) => `${p.id}: 截止日期 until ${p.until} 早于起始日期 from ${p.from}`,
    "schema.segment-overlap": (p) => `${p.id}: 自 ${p.from} 起的时段与前一时段重叠（时段须按日期排列且不得重叠）`,
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

/** 命令行文字（用法错误，explain 与 needs 的表格）。 */
export const zhCNCli: CliCatalogue = {
  "usage.help": () => `用法：resident-pension <命令> [选项]

城乡居民基本养老保险，按各地政策文件计算。

命令：
  evaluate <case.json | -> [--params FILE]…
                                  以 JSON 输出案例的计算结果（输入有误时退出码 2，
                                  错误以 JSON 写到标准错误）
  check <文件或文件夹…> [--params FILE]…
                                  计算每个含 "expect" 的案例（文件夹：递归查找所有
                                  *.json）；有不符者退出码 1
  explain <case.json | -> [--params FILE]…
                                  以表格列出计算过程：规则、出处、结果
  needs <case.json | -> [--json] [--pack-template] [--params FILE]…
                                  案例计算要查的每个按日期取值的参数，已知或未知，按时段
                                  合并（一次列出所有缺失）；--json 输出报告；
                                  --pack-template 输出含所有未知时段的参数包，
                                  "value": null 待填写
  regions [--date YYYY-MM-DD] [--json]
                                  各地区在该日（默认今天）有效的事实、特征和参数，附出处
  batch <cases.jsonl | -> [--workers N] [--out results.jsonl] [--no-trace] [--params FILE]…
                                  用 N 个工作线程（默认且至多为 CPU 核数）逐行计算案例；
                                  每个案例按输入顺序输出一行：{"line":n,"result":…} 或
                                  {"line":n,"error":{…}}（带案例的 "id"）；错误行不会中断
                                  运行；最后在标准错误输出 "batch: N ok, N failed"；
                                  --out 先写临时文件，完成后改名；--no-trace：结果不含
                                  计算过程（更快，约小 80%）
  cost <cases.jsonl | -> --region R --from YYYY --to YYYY [--override file.json] [--json]
       [--workers N] [--params FILE]… [--partial-out FILE | -]
                                  该地区案例的年度支出（基础养老金、个人账户养老金、基金
                                  补足、分级补贴、代缴），每个案例按 --to 年 12 月 31 日
                                  计算；有 --override 时另算政策调整后的支出及差额；
                                  错误行写到标准错误；--partial-out 另把合计写成分片
                                  合计供 cost-merge 使用（-：写到标准输出，代替报告）
  cost-merge <分片合计文件… | -> [--json]
                                  把文件各分片 cost --partial-out 的合计相加：输出与对
                                  整个文件运行一次 cost 相同的报告（docs/scale.md）

取值未知时的回答（evaluate、explain、check、batch）：
  --partial                       缺失取值影响的数字为 null，并列出 "unknowns"
                                  （也可在案例 "options": { "unknowns": "partial" } 中设定）
  --estimate floor                未知的基础养老金按已证明的下限计算；据此得出的数字标记
                                  "estimate": "at-least" / "at-most"

选项：
  --params FILE                   参数包（docs/packs.md）：为政策文件未给出的时段提供按
                                  日期、注明出处的取值；可重复，后者优先；案例自身的
                                  options.parameters 优先于所有参数包
  --lang zh-CN|en                 消息、不予认可原因和表格的语言（所有命令；LC_ALL 或
                                  LANG 以 zh 开头时默认 zh-CN）
  -h, --help                      本帮助
  -v, --version                   版本号

退出码：0 成功，1 check 有不符，2 输入或用法有误，70 内部错误（程序缺陷），
74 无法写出输出，130/143 被 SIGINT/SIGTERM 终止。
batch 和 cost 在每行都写出时退出码为 0，即使有些行出错（会报告）；该地区所有案例
都出错时 cost 退出码为 2。
案例格式、约定和规则：软件包仓库中的 docs/index.md。`,
  "usage.no-command": () => "未指定命令",
  "usage.unknown-command": (p) => `未知命令 ${p.command}`,
  "usage.args": (p) => `命令行参数有误：${p.message}`,
  "usage.no-option": (p) => `${p.command} 命令没有选项 --${p.option}`,
  "usage.lang": (p) => `--lang ${p.value}：语言只能是 zh-CN 或 en`,
  "usage.estimate": (p) => `--estimate ${p.value}：估算方式只有 "floor"（或 "none"）`,
  "usage.one-file": (p) => `${p.command} 命令需要一个案例文件（或用 - 表示标准输入）`,
  "usage.check-files": () => "check 命令至少需要一个文件或文件夹",
  "usage.regions-args": (p) => `regions 命令不接受参数，却收到 ${p.arg}`,
  "usage.date": (p) => `--date ${p.value} 不是日期 YYYY-MM-DD`,
  "usage.jsonl": (p) => `${p.command} 命令需要一个 JSONL 文件（每行一个案例），或用 - 表示标准输入`,
  "usage.workers": (p) => `--workers ${p.value} 不是 0–256 之间的线程数（0：不用工作线程）`,
  "usage.cost-needs": (p) => `cost 命令需要 --${p.option}`,
  "line.too-long": (p) => `这一行有 ${p.bytes} 字节，超过单个案例 ${p.limit} 字节的上限（未读取）`,
  "line.not-json": (p) => `不是有效的 JSON：${p.message}`,
  "line.not-a-case": () => "$：应为一个案例（JSON 对象）",
  "line.with-override": () => "使用 --override 时：",
  "batch.summary": (p) => `batch：成功 ${p.ok} 个，失败 ${p.failed} 个`,
  "cost.all-failed": (p) => `${p.region} 的案例全部失败：没有可报告的合计`,
  progress: (p) => `${p.command}：已处理 ${p.count} 个案例，每秒 ${p.rate} 个`,
  "cost.summary": (p) => `cost：计入 ${p.ok} 个，失败 ${p.failed} 个，跳过其他地区 ${p.other} 个`,
  "check.mismatch": (p) => `${p.path} 应为 ${p.expected}，实际为 ${p.got}`,
  "check.no-such-file": (p) => `${p.path}：没有这个文件或文件夹`,
  "check.summary": (p) => `通过 ${p.passed} 个，不符 ${p.failed} 个`,
  "check.no-case": (p) => `${p.paths} 中没有含 "expect" 的案例`,
  "explain.as-of": (p) => `${p.region}，计算日 ${p.asOf}`,
  "explain.years": (p) => `缴费年限 ${p.years} 年`,
  "explain.balance": (p) => `账户余额 ${p.balance}`,
  "explain.pension-unknown": () => "养老金未知",
  "explain.pension": (p) => `${p.month} 养老金 ${p.total}`,
  "explain.no-pension": () => "本月无养老金",
  "explain.settled": (p) => `已结算（${p.event} ${p.date}）`,
  "explain.unknown": () => "未知",
  "explain.at-least": () => "至少 ",
  "explain.at-most": () => "至多 ",
  "explain.missing": (p) => `${p.count} 个取值未知（相关数字为 null）：${p.list}`,
  "explain.steps": (p) => `计算过程共 ${p.count} 步`,
  "table.rule": () => "规则",
  "table.citation": () => "出处",
  "table.output": () => "结果",
  "table.parameter": () => "参数",
  "table.period": () => "时段",
  "table.status": () => "状态",
  "table.value": () => "取值",
  "needs.complete": (p) => `完整：案例所需的取值均已知（共 ${p.count} 个时段）`,
  "needs.incomplete": (p) =>
    `不完整：${p.count} 个时段中有 ${p.unknown} 个未知——请用 --params FILE（参数包：needs --pack-template）或案例的 options.parameters 提供`,
  "needs.unknown-value": (p) => `未知——例如 ${p.example}`,
  "needs.status-known": () => "已知",
  "needs.status-unknown": () => "未知",
  "usage.merge-files": () => "cost-merge 命令需要 cost --partial-out 写出的文件（一个或多个；用 - 表示标准输入）",
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
