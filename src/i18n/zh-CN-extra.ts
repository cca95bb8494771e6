/**
 * 评估以外各功能的中文消息（参数包、参数查询、needs、参数包模板、getRegion、localized、
 * evaluateMany、localeFromEnv 等）、各 schema 自带的消息，以及每个错误代码的一行说明：与
 * src/i18n/en-extra.ts 的编号一一对应（类型相同）。评估不会写出这些文字，单地区的打包因此不含它们。
 */
import type { PensionErrorCode } from "../vocabulary/error-codes";
import type { ExtraCatalogue } from "./en-extra";
import { type, zodIssue } from "./zh-CN";

export const zhCNCodes: Record<PensionErrorCode, string> = {
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
};

export const zhCNExtra: ExtraCatalogue = {
  "pack.read": (p) => `${p.file}: 无法读取参数包：${p.reason}`,
  "cli.read": (p) => `无法读取${p.file === undefined ? "标准输入" : ` ${p.file}`}：${p.reason}`,
  "cli.json": (p) => `${p.file ?? "标准输入"} 不是有效的 JSON：${p.reason}`,
  "unreadable.kind": (p) => `$.kind: 应为 "case-read"、"case-json" 或 "pack-read"，实为 ${p.value}`,
  "citation.type": (p) => `$.citation: 应为出处字符串，实际为${type(p.type)}`,
  "locale.env": () => "env: 应为环境变量对象",
  "date.invalid": (p) => `${p.where}: ${p.value} 不是 ${p.min} 至 ${p.max} 年间真实存在的日期 YYYY-MM-DD`,
  "region.unknown": (p) => `未知地区 ${p.value}；已知地区：${p.known}`,
  "region.expected": (p) => `$.region: 应为以下之一：${p.known}`,
  "report.invalid": () => "$.report: 应为 needs 报告 { complete, needs: [...] }",
  "pack.file-name": (p) => `${p.where}: 应为参数包的文件名（字符串）`,
  "pack.not-json": (p) => `${p.name}: 不是有效的 JSON：${p.reason}`,
  "pack.other-region": (p) => `${p.file}: $.region: 该参数包适用于 ${p.packRegion}，而案例所在地区是 ${p.region}`,
  "pack.error": (p) => `${p.file ?? "参数包"}：${p.where}: ${p.message}`,
  "pack.one-fact": (p) => `${p.region} 的参数包只能提供一项事实：${p.rule}（制度实施日期，同 options.schemeStart）`,
  "packs.list": () => "$.packs: 应为已加载参数包的列表（{ pack, file? }）",
  "packs.entry": (p) => `${p.where}: 应为 { pack, file? }`,
  "value.string": (p) => `${p.where}: 应为字符串`,
  "limit.needs-rounds": (p) => `needs: 未知时段超过 ${p.max} 个`,
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
  "parameter.missing-all": (p) =>
    `${p.first}该案例共缺少 ${p.count} 个取值：${p.list}（见 details.missing；\`resident-pension needs --pack-template\` 可打印待填写的参数包）。`,
  "result.invalid": (p) => `$.result: 不是 evaluateCase 返回的 CaseResult：${p.reason}`,
  "path.expected": () => '$.path: 应为字符串，如 "$"',
  "localized.error": () => "$.error: 应为 PensionInputError",
  "needs.options": () => '需求查询选项（第二个参数）：应为对象，如 { locale: "zh-CN" }',
  "batch.cases": () => "$.cases: 应为案例的数组、可迭代对象或异步可迭代对象",
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
};
