/**
 * The calculator page (docs/calculator/index.html) for citizens, no framework. Bundled by
 * scripts/build-calculator.ts into ONE classic script, calculator.js (evaluator and all five region
 * configs), so the page works opened straight from the file system as well as over HTTP.
 *
 * Chinese by default, English on the switch: the page's own words are the two tables `zh` and
 * `en` below; the library's messages are shown as the library gives them. The page reads the
 * clock (today's date as the default `asOf`); the library never does.
 */
// The main entry's evaluateCaseWith: it adds details.missing and the lower bound
// (estimate: "floor", answers.md §3) that resident-pension/core leaves out.
import { evaluateCaseWith } from "../../src/answers/answer";
import { localized } from "../../src/i18n/public";
import {
  isPensionInputError,
  parseCase,
  type CaseResult,
  type PensionInputError,
  type RegionPolicy,
} from "../../src/core";
import { regionIds, type RegionId, type StatusKind } from "../../src/kinds";
import { ningxia } from "../../src/regions/ningxia";
import { qiannan } from "../../src/regions/qiannan";
import { jiangmen } from "../../src/regions/jiangmen";
import { cixi } from "../../src/regions/cixi";
import { beibei } from "../../src/regions/beibei";
import {
  caseFromForm,
  findParameter,
  FormError,
  isAtLeast,
  jsonPath,
  localDate,
  missingValues,
  optionsFor,
  questionsOf,
  withOptions,
  yearEndBalances,
  type BalanceSeries,
  type FormValues,
  type MissingValue,
  type SuppliedSegment,
} from "./model";

const policies: Record<RegionId, RegionPolicy> = { ningxia, qiannan, jiangmen, cixi, beibei };

// ---------------------------------------------------------------- the page's words

type Lang = "zh-CN" | "en";

const zh = {
  title: "城乡居民基本养老保险计算器",
  intro: "按当地政策文件计算每月养老金；每个数字都注明依据。计算在本页内完成，不上传任何信息。",
  switchTo: "English",
  legendPerson: "地区和个人情况",
  region: "参保地区",
  birthDate: "出生日期",
  sex: "性别",
  male: "男",
  female: "女",
  legendPayments: "缴费",
  tier: "每年缴费档次（元/年）",
  firstYear: "第一年缴费的年度",
  years: "共缴费几年",
  payDay: "每年缴费日期（月-日）",
  paymentsHint: "每年按同一档次、在同一月日缴费一次。档次为第一年缴费时本地区规定的档次。",
  legendRegion: "本地区还要问的",
  statusesHint: "如属于下列情形，请勾选（视为整个计算期间都属于该情形）：",
  legacyGrade: "原老农保养老金档次",
  legacyNone: "不是原老农保领取人员",
  legacyOption: (n: number, amount: string) => `第${n}档（${amount} 元/月）`,
  childrenEnrolled: "符合条件的子女已参保",
  lumpSum: "一次性趸缴",
  lumpDate: "趸缴日期",
  lumpStandard: "趸缴对应的月标准（元/月）",
  noQuestions: "本地区没有其他问题。",
  legendDate: "计算哪一天",
  asOf: "计算日期（默认今天）",
  asOfShort: "计算日期",
  calculate: "计算",
  computing: "正在计算…",
  errorTitle: "无法计算",
  errorCode: "代码",
  errorPath: "位置",
  errorMessage: "说明",
  insertTemplate: "把它加入案例 JSON",
  headlineInput: "填写的内容有误，请检查：",
  headlineForm: "请检查表单：",
  headlineJson: "案例 JSON 格式有误：",
  headlineInternal: "意外错误（请报告）：",
  missingTitle: "缺少一个本地数值",
  missingTitleMany: (n: number) => `缺少 ${n} 个本地数值`,
  boundLead: "在这个数值公布之前，能确定的是：",
  atLeastMonthly: (x: string) => `至少 ${x} 元/月`,
  atLeast: "至少",
  noBound: "所用的库版本不能给出下限；输入本地数值后即可算出准确金额。",
  missingWhat: (name: string, from: string, until: string | undefined) =>
    `缺少：${name}（${from} 起${until ? `至 ${until}` : ""}）。本计算器依据的公开文件没有给出这个数值，因此不作猜测。`,
  missingWho: (who: string) => `这个数值由${who}公布，可向当地人社部门或社保经办机构查询，或查阅其最新通知。`,
  missingLast: (value: string, from: string, citation: string) =>
    `最近一次已知的数值：${value}（${from} 起，依据：${citation}）。`,
  supplyLabel: (name: string) => `输入本地公布的${name}`,
  supplyApply: "用这个数值计算",
  supplyBad: "请输入金额，例如 150 或 150.50（最多两位小数）。",
  supplyJson: "这个数值不是一个金额：请按下面的示例把它加入案例 JSON（页面下方“高级”）。",
  supplyDateLabel: "输入本地开始实施的日期",
  supplyDateBad: "请输入日期，例如 2011-07-01。",
  suppliedCitation: "用户输入：本地公布标准",
  suppliedNote: (list: string) => `已使用您输入的数值：${list}。`,
  suppliedItem: (name: string, id: string, from: string, value: string) =>
    `${name}（${id}）${from ? `${from} 起` : ""}：${value}`,
  clearSupplied: "清除我输入的数值",
  publisherRegion: (nameZh: string) => `${nameZh}人力资源和社会保障部门（人社局）`,
  publisherNational: "人力资源和社会保障部、财政部",
  publisherBank: "中国人民银行",
  resultTitle: "计算结果",
  total: "月养老金合计",
  basic: "基础养老金",
  accountPension: "个人账户养老金",
  legacyLine: "原老农保养老金",
  firstMonth: "起领月份",
  eligible: "是否符合领取条件",
  contributionYears: "缴费年限",
  balance: "个人账户余额",
  yes: "是",
  no: "否",
  perMonth: "元/月",
  yuan: "元",
  monthOf: (m: string) => `（${m}）`,
  noPension: (m: string) => `（${m} 不发放养老金）`,
  linesTitle: "每月养老金的组成（点开看依据）",
  ruleAndSource: "规则",
  source: "依据",
  refusalsTitle: "未被认可的情况",
  whereEnrolment: "参保",
  wherePension: "领取",
  wherePayment: (year: number, date: string) => `${year} 年缴费（${date}）`,
  makeUp: (years: number, amount: string) => `可以补缴：${years} 年，共 ${amount} 元。`,
  inputsTitle: "按以下情况计算",
  inRegion: "地区",
  paymentsSummary: (n: number, from: number, to: number, amounts: string) =>
    `${from}–${to} 年共 ${n} 次，每次 ${amounts} 元`,
  noPayments: "无",
  statusesSummary: "身份",
  lumpSummary: (date: string, std: string) => `${date} 趸缴，月标准 ${std} 元`,
  print: "打印结果",
  accountTitle: "个人账户明细",
  paidOut: "已从个人账户支付",
  fundPaid: "已由统筹基金支付",
  year: "年度",
  interest: "利息",
  drawnAccount: "账户支付",
  drawnFund: "基金支付",
  yearEnd: "年末余额",
  onDate: (d: string) => `${d} 当日`,
  chartLabel: "个人账户年末余额（元）",
  chartNote: (asOf: string) => `每年年末的余额：把计算日期改为当年 12 月 31 日重新计算；最后一根柱为 ${asOf}。`,
  chartSkipped: (list: string) => `未能计算：${list}。`,
  component: "组成",
  paymentsTitle: "每年缴费",
  date: "日期",
  kind: "类型",
  valid: "有效",
  tierCol: "档次",
  personal: "个人缴费",
  proxy: "代缴",
  subsidy: "补贴",
  collective: "集体补助",
  refusalsCol: "不认可的原因",
  settlementTitle: "结算",
  settlementSummary: (s: {
    event: string;
    date: string;
    last: string;
    balance: string;
    inheritable: string;
    toFund: string;
    death: string;
    outstanding: string;
  }) =>
    `${s.event}（${s.date}）；最后发放月份 ${s.last}；账户余额 ${s.balance} 元，可继承 ${s.inheritable} 元，归入基金 ${s.toFund} 元，丧葬或死亡补助 ${s.death} 元，未收回的多发金额 ${s.outstanding} 元。`,
  rule: "规则",
  item: "项目",
  traceTitle: "计算过程与依据（全部步骤）",
  citation: "依据",
  inputsCol: "输入",
  output: "结果",
  note: "说明",
  advancedTitle: "高级：用案例 JSON 计算（docs/case-format.md）",
  calculateJson: "计算这个 JSON",
  jsonHint: "上面的表单每次计算都会把案例写到这里；可以在此补充身份、事件、选项，例如 examples/*.json。",
  footer:
    "不是官方计算器：公开文件没有给出的数值不会被猜测。页面脚本 calculator.js 由 npm run build:calculator 从本库源代码构建（单个脚本，可直接双击打开本文件使用）。",
  announceDone: (total: string, month: string) => `计算完成：月养老金合计 ${total} 元（${month}）。`,
  announceNone: (m: string) => `计算完成：${m} 不发放养老金。`,
  announceMissing: (names: string, bound: string | null) =>
    `缺少本地数值：${names}。${bound ? `月养老金${bound}。` : ""}`,
  announceError: "无法计算，请查看说明。",
  status: {
    "severe-disability": "重度残疾（一、二级）",
    dibao: "低保对象",
    tekun: "特困人员",
    "poverty-relapse-risk": "易返贫致贫人口",
    "mental-disability": "精神、智力残疾（三、四级）",
    "one-child-parent": "独生子女父母",
    "village-cadre": "村干部",
    student: "在校学生",
    "employee-pension": "参加职工或机关事业单位养老保险",
    "other-pension": "已领取其他基本养老金",
    imprisoned: "服刑人员",
  } satisfies Record<StatusKind, string>,
  parameterName: {
    basic: "基础养老金标准（元/月）",
    minBasic: "全国基础养老金最低标准（元/月）",
    topUps: "基础养老金加发标准（元/月）",
    tiers: "缴费档次",
    subsidy: "缴费补贴标准",
    proxy: "代缴标准",
    specialSubsidy: "特殊群体补贴比例",
    specialSubsidyIncome: "上年全区农村居民人均可支配收入（元/年）",
    collectiveCap: "集体补助上限（元/年）",
    rate: "个人账户记账利率",
    divisor: "计发月数",
    deadline: "缴费截止日期",
    lumpSum: "趸缴标准",
    legacy: "原老农保养老金档次",
    deathBenefit: "丧葬补助标准",
    pensionAge: "领取年龄",
    enrolAge: "参保年龄",
    inherit: "个人账户继承规则",
    schemeStart: "城乡居民养老保险制度开始实施的日期",
  } as Record<string, string>,
};

type Strings = typeof zh;

const en: Strings = {
  title: "Residents' basic pension calculator",
  intro:
    "Your monthly pension computed as the local policy texts say, every figure with its source. Everything is computed on this page; nothing is sent anywhere.",
  switchTo: "中文",
  legendPerson: "Region and person",
  region: "Region where insured",
  birthDate: "Date of birth",
  sex: "Sex",
  male: "male",
  female: "female",
  legendPayments: "Contributions",
  tier: "Tier paid each year (元/year)",
  firstYear: "First contribution year",
  years: "Number of years paid",
  payDay: "Paid each year on (month-day)",
  paymentsHint:
    "One payment a year at the same tier on the same day. The tiers are the region's tiers of the first year paid.",
  legendRegion: "What this region also asks",
  statusesHint: "Tick what applies (taken as true for the whole period computed):",
  legacyGrade: "Old-system (老农保) pension grade",
  legacyNone: "not an old-system pensioner",
  legacyOption: (n: number, amount: string) => `grade ${n} (${amount} 元/month)`,
  childrenEnrolled: "My eligible children are enrolled",
  lumpSum: "One-time lump sum (趸缴)",
  lumpDate: "Date of the lump sum",
  lumpStandard: "Monthly standard it buys (元/month)",
  noQuestions: "This region asks nothing else.",
  legendDate: "Which day",
  asOf: "Compute as of (default: today)",
  asOfShort: "computed as of",
  calculate: "Calculate",
  computing: "Computing…",
  errorTitle: "Cannot compute this",
  errorCode: "code",
  errorPath: "where",
  errorMessage: "message",
  insertTemplate: "Insert this into the case JSON",
  headlineInput: "Something entered is not valid; please check:",
  headlineForm: "Please check the form:",
  headlineJson: "The case JSON does not parse:",
  headlineInternal: "Unexpected failure (please report it):",
  missingTitle: "One local value is missing",
  missingTitleMany: (n: number) => `${n} local values are missing`,
  boundLead: "Until that value is published, what is certain is:",
  atLeastMonthly: (x: string) => `at least ${x} 元/month`,
  atLeast: "at least",
  noBound: "This version of the library gives no lower bound; type the local value to get the exact amount.",
  missingWhat: (name: string, from: string, until: string | undefined) =>
    `Missing: ${name} (from ${from}${until ? ` to ${until}` : ""}). The public texts this calculator is built from do not give it, so it is not guessed.`,
  missingWho: (who: string) =>
    `It is published by ${who}; ask the local social insurance office or look for its latest notice.`,
  missingLast: (value: string, from: string, citation: string) =>
    `Last value known: ${value} (from ${from}; source: ${citation}).`,
  supplyLabel: (name: string) => `Type the local ${name}`,
  supplyApply: "Compute with this value",
  supplyBad: "Please type an amount such as 150 or 150.50 (at most two decimals).",
  supplyJson: "This value is not one amount: add it to the case JSON (“Advanced” below) as this example shows.",
  supplyDateLabel: "Type the local start date",
  supplyDateBad: "Please type a date such as 2011-07-01.",
  suppliedCitation: "user input: local published standard",
  suppliedNote: (list: string) => `Values you typed are used: ${list}.`,
  suppliedItem: (name: string, id: string, from: string, value: string) =>
    `${name} (${id})${from ? ` from ${from}` : ""}: ${value}`,
  clearSupplied: "Clear the values I typed",
  publisherRegion: (_nameZh: string) => `the region's human resources and social security bureau (人社局)`,
  publisherNational: "the Ministry of Human Resources and Social Security and the Ministry of Finance",
  publisherBank: "the People's Bank of China",
  resultTitle: "Result",
  total: "Monthly pension in total",
  basic: "Basic pension",
  accountPension: "Personal account pension",
  legacyLine: "Old-system pension",
  firstMonth: "First pension month",
  eligible: "Eligible for a pension",
  contributionYears: "Contribution years",
  balance: "Personal account balance",
  yes: "yes",
  no: "no",
  perMonth: "元/month",
  yuan: "元",
  monthOf: (m: string) => `(${m})`,
  noPension: (m: string) => `(no pension paid for ${m})`,
  linesTitle: "What the monthly pension is made of (open a line for its source)",
  ruleAndSource: "rule",
  source: "source",
  refusalsTitle: "Not accepted",
  whereEnrolment: "enrolment",
  wherePension: "pension",
  wherePayment: (year: number, date: string) => `payment for ${year} (${date})`,
  makeUp: (years: number, amount: string) =>
    `Missing years can be made up (补缴): ${years} years, ${amount} 元 in total.`,
  inputsTitle: "Computed for",
  inRegion: "region",
  paymentsSummary: (n: number, from: number, to: number, amounts: string) =>
    `${n} payments ${from}–${to}, ${amounts} 元 each`,
  noPayments: "none",
  statusesSummary: "statuses",
  lumpSummary: (date: string, std: string) => `lump sum on ${date}, standard ${std} 元/month`,
  print: "Print the result",
  accountTitle: "Personal account in detail",
  paidOut: "Paid out of the account",
  fundPaid: "Paid by the pooled fund",
  year: "year",
  interest: "interest",
  drawnAccount: "from the account",
  drawnFund: "from the fund",
  yearEnd: "balance at year end",
  onDate: (d: string) => `on ${d}`,
  chartLabel: "Personal account balance (元) at each year end",
  chartNote: (asOf: string) =>
    `Balance at each year end: the case computed again as of 31 December of that year; the last bar is ${asOf}.`,
  chartSkipped: (list: string) => `Not computed: ${list}.`,
  component: "component",
  paymentsTitle: "Payments by year",
  date: "date",
  kind: "kind",
  valid: "valid",
  tierCol: "tier",
  personal: "personal",
  proxy: "proxy",
  subsidy: "subsidy",
  collective: "collective",
  refusalsCol: "why not accepted",
  settlementTitle: "Settlement",
  settlementSummary: (s) =>
    `${s.event} on ${s.date}; last pension month ${s.last}; balance ${s.balance} 元, inheritable ${s.inheritable} 元, to the fund ${s.toFund} 元, funeral or death benefit ${s.death} 元, overpayment outstanding ${s.outstanding} 元.`,
  rule: "rule",
  item: "item",
  traceTitle: "Every step and its source",
  citation: "source",
  inputsCol: "inputs",
  output: "output",
  note: "note",
  advancedTitle: "Advanced: compute a case JSON (docs/case-format.md)",
  calculateJson: "Calculate this JSON",
  jsonHint:
    "Each calculation of the form writes its case here; add statuses, events or options, e.g. from examples/*.json.",
  footer:
    "Not an official calculator: values the public texts do not give are never guessed. The page's script calculator.js is built from the library's sources by npm run build:calculator (one script: this file also works opened directly).",
  announceDone: (total: string, month: string) => `Done: monthly pension in total ${total} 元 (${month}).`,
  announceNone: (m: string) => `Done: no pension is paid for ${m}.`,
  announceMissing: (names: string, bound: string | null) =>
    `Local value missing: ${names}.${bound ? ` Monthly pension ${bound}.` : ""}`,
  announceError: "Cannot compute; see the message.",
  status: {
    "severe-disability": "severe disability (grade 1–2)",
    dibao: "minimum living allowance (低保)",
    tekun: "extreme poverty support (特困)",
    "poverty-relapse-risk": "at risk of falling back into poverty",
    "mental-disability": "mental or intellectual disability (grade 3–4)",
    "one-child-parent": "parent of an only child",
    "village-cadre": "village cadre",
    student: "student",
    "employee-pension": "in the employees' or civil-service pension",
    "other-pension": "drawing another basic pension",
    imprisoned: "serving a sentence",
  },
  parameterName: {
    basic: "basic pension standard (元/month)",
    minBasic: "national minimum basic pension (元/month)",
    topUps: "basic pension top-up (元/month)",
    tiers: "contribution tiers",
    subsidy: "contribution subsidy",
    proxy: "proxy payment",
    specialSubsidy: "special subsidy share",
    specialSubsidyIncome: "previous year's rural disposable income per head (元/year)",
    collectiveCap: "collective payment cap (元/year)",
    rate: "account interest rate",
    divisor: "divisor (计发月数)",
    deadline: "payment deadline",
    lumpSum: "lump-sum standards",
    legacy: "old-system grades",
    deathBenefit: "funeral subsidy",
    pensionAge: "pension age",
    enrolAge: "enrolment age",
    inherit: "inheritance rule",
    schemeStart: "date the residents' pension scheme started",
  },
};

const strings: Record<Lang, Strings> = { "zh-CN": zh, en };
let lang: Lang =
  /(^|[#&?])lang=en\b|^#en$/.test(location.hash) || /[?&]lang=en\b/.test(location.search) ? "en" : "zh-CN";
const t = (): Strings => strings[lang];

/** The Chinese name inside a library title: "Age top-up (高龄加发)" → "高龄加发". */
function zhOf(title: string): string | undefined {
  for (let i = title.indexOf("("); i >= 0; i = title.indexOf("(", i + 1)) {
    if (!/[\u4e00-\u9fff]/.test(title[i + 1] ?? "")) continue;
    let depth = 0;
    for (let j = i; j < title.length; j++) {
      if (title[j] === "(") depth++;
      else if (title[j] === ")" && --depth === 0) return title.slice(i + 1, j);
    }
  }
  return undefined;
}

/** The English part of a library title: "Age top-up (高龄加发)" → "Age top-up". */
function enOf(title: string): string {
  return title.replace(/\s*\([^)]*[\u4e00-\u9fff][^)]*\)+/g, "").trim() || title;
}

/** A trace citation as text: a string today; `{ doc, article, … }` once citations are data. */
function citationText(c: unknown): string {
  if (typeof c === "string") return c;
  if (typeof c === "object" && c !== null) {
    const o = c as Record<string, unknown>;
    return [o["doc"], o["article"]].filter((x) => typeof x === "string" && x !== "").join(" ");
  }
  return "";
}

// ---------------------------------------------------------------- DOM helpers

function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`calculator: #${id} missing from index.html`);
  return el as T;
}

type Child = Node | string | number | null | undefined | false;

/** `h("td", { class: "num" }, "12.00")`: an element with attributes and text or element children. */
function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children)
    if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

function setText(id: string, text: string): void {
  $(id).textContent = text;
}

function fillBody(tableId: string, rows: HTMLElement[]): void {
  const body = $(tableId).querySelector("tbody");
  if (!body) throw new Error(`calculator: #${tableId} has no tbody`);
  body.replaceChildren(...rows);
}

function yesNo(b: boolean | null): HTMLElement {
  return b === null ? h("span", {}, "—") : h("span", { class: b ? "yes" : "no" }, b ? t().yes : t().no);
}

/** An amount: `<span class="atleast">至少</span> <span class="amount">128.00</span>` when it is a lower bound. */
function amount(value: string | null | undefined, atLeast: boolean): (Node | string)[] {
  if (value === null || value === undefined) return [h("span", { class: "amount" }, "—")];
  return atLeast
    ? [h("span", { class: "atleast" }, t().atLeast), " ", h("span", { class: "amount" }, value)]
    : [h("span", { class: "amount" }, value)];
}

// ---------------------------------------------------------------- the form and the region's questions

function applyStrings(): void {
  document.documentElement.lang = lang;
  const s = t() as unknown as Record<string, unknown>;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>("[data-t]"))) {
    const v = s[el.dataset["t"] ?? ""];
    if (typeof v === "string") el.textContent = v;
  }
  document.title =
    lang === "en"
      ? "Residents' basic pension calculator · 城乡居民基本养老保险计算器"
      : "城乡居民基本养老保险计算器 · Residents' basic pension calculator";
  const sw = $("lang");
  sw.textContent = t().switchTo;
  sw.setAttribute("lang", lang === "en" ? "zh-CN" : "en");
  const region = $<HTMLSelectElement>("region");
  for (const o of Array.from(region.options)) {
    const p = policies[o.value as RegionId];
    o.textContent = lang === "en" ? `${p.name} ${p.nameZh}` : p.nameZh;
  }
}

function currentPolicy(): RegionPolicy {
  return policies[$<HTMLSelectElement>("region").value as RegionId];
}

/** Rebuild the questions of the selected region (tiers, statuses, grade, lump sum, children). */
function renderQuestions(): void {
  const policy = currentPolicy();
  const firstPayment = `${$<HTMLInputElement>("firstYear").value || "2000"}-${$<HTMLInputElement>("payDay").value || "07-01"}`;
  const q = questionsOf(policy, firstPayment);
  const tier = $<HTMLSelectElement>("tier");
  const before = tier.value || "500";
  tier.replaceChildren(...q.tiers.map((x) => h("option", { value: x }, x)));
  tier.value = q.tiers.includes(before) ? before : (q.tiers[0] ?? "");

  const ticked = new Set(
    Array.from(document.querySelectorAll<HTMLInputElement>("#statuses input:checked")).map((i) => i.value),
  );
  $("statuses").replaceChildren(
    ...q.statuses.map((kind) => {
      const box = h("input", {
        type: "checkbox",
        value: kind,
        id: `status-${kind}`,
        name: "status",
      }) as HTMLInputElement;
      box.checked = ticked.has(kind);
      return h("label", { class: "check", for: `status-${kind}` }, box, h("span", {}, t().status[kind]));
    }),
  );
  $("statuses-block").hidden = q.statuses.length === 0;

  const grade = $<HTMLSelectElement>("legacyGrade");
  const gradeBefore = grade.value;
  grade.replaceChildren(
    h("option", { value: "" }, t().legacyNone),
    ...q.legacyGrades.map((a, i) => h("option", { value: String(i + 1) }, t().legacyOption(i + 1, a))),
  );
  grade.value = gradeBefore !== "" && Number(gradeBefore) <= q.legacyGrades.length ? gradeBefore : "";
  $("legacy-block").hidden = q.legacyGrades.length === 0;

  const std = $<HTMLSelectElement>("lumpStandard");
  const stdBefore = std.value;
  std.replaceChildren(...q.lumpSumStandards.map((x) => h("option", { value: x }, x)));
  if (q.lumpSumStandards.includes(stdBefore)) std.value = stdBefore;
  $("lump-block").hidden = q.lumpSumStandards.length === 0;
  $("lump-fields").hidden = !$<HTMLInputElement>("lumpSum").checked;

  $("children-block").hidden = !q.familyBinding;
  $("no-questions").hidden = !(
    q.statuses.length === 0 &&
    q.legacyGrades.length === 0 &&
    q.lumpSumStandards.length === 0 &&
    !q.familyBinding
  );
}

/** Values the user typed for missing parameters, by parameter id (reset when the region changes). */
let supplied: Record<string, SuppliedSegment[]> = {};
let suppliedSchemeStart = "";

function formValues(): FormValues {
  const v = (id: string): string => $<HTMLInputElement | HTMLSelectElement>(id).value;
  const q = questionsOf(currentPolicy(), `${v("firstYear")}-${v("payDay")}`);
  const lump = !$("lump-block").hidden && $<HTMLInputElement>("lumpSum").checked;
  return {
    region: v("region"),
    asOf: v("asOf"),
    birthDate: v("birthDate"),
    sex: v("sex"),
    tier: v("tier"),
    payDay: v("payDay"),
    firstYear: v("firstYear"),
    years: v("years"),
    statuses: Array.from(document.querySelectorAll<HTMLInputElement>("#statuses input:checked")).map((i) => i.value),
    legacyGrade: q.legacyGrades.length > 0 ? v("legacyGrade") : "",
    lumpSum: lump ? { date: v("lumpDate"), standard: v("lumpStandard") } : null,
    childrenEnrolled: q.familyBinding ? $<HTMLInputElement>("childrenEnrolled").checked : null,
    parameters: supplied,
    schemeStart: suppliedSchemeStart,
  };
}

// ---------------------------------------------------------------- rendering a result

/** The plain name of a monthly line's rule. */
function lineName(policy: RegionPolicy | undefined, rule: string): string {
  if (policy && rule === policy.parameters.basic.id) return t().basic;
  if (/-ACCOUNT$/.test(rule)) return t().accountPension;
  if (policy && rule === policy.parameters.legacy?.id) return t().legacyLine;
  const found = policy ? findParameter(policy, rule) : undefined;
  if (found)
    return lang === "en" ? enOf(found.parameter.title) : (zhOf(found.parameter.title) ?? found.parameter.title);
  return rule;
}

function citationOf(r: CaseResult, rule: string): string {
  return citationText(r.trace.find((s) => s.rule === rule)?.citation);
}

function renderPension(r: CaseResult, policy: RegionPolicy | undefined): void {
  const p = r.pension;
  const m = p.monthly;
  const mAt = isAtLeast(m);
  $("monthly-total").replaceChildren(...amount(m ? m.total : null, mAt));
  setText("monthly-month", m ? `${t().monthOf(m.month)} ${t().perMonth}` : t().noPension(r.asOf.slice(0, 7)));
  // Only the basic pension has a floor (answers.md §3): a floored monthly pension is a floored basic.
  $("basic").replaceChildren(...amount(m ? m.basic : null, mAt));
  $("account-pension").replaceChildren(...amount(p.accountPension, false));
  $("eligible").replaceChildren(yesNo(p.eligible));
  setText("first-month", p.firstMonth ?? "—");
  setText("contribution-years", String(r.contributionYears));
  setText("balance", r.account.balance);
  setText("balance-date", t().monthOf(r.asOf));
  const line = (rule: string, name: string, value: string | null, atLeast: boolean, cls: string): HTMLElement =>
    h(
      "li",
      { "data-rule": rule, class: cls },
      h(
        "details",
        {},
        h(
          "summary",
          {},
          h("span", { class: "name" }, name),
          h("span", { class: "num" }, ...amount(value, atLeast), " ", h("span", { class: "unit" }, t().perMonth)),
        ),
        h(
          "p",
          { class: "source" },
          `${t().ruleAndSource} `,
          h("code", {}, rule),
          " · ",
          `${t().source} `,
          h("span", { class: "citation" }, citationOf(r, rule === "total" ? "BEN-TOTAL" : rule)),
        ),
      ),
    );
  $("lines").replaceChildren(
    ...(m
      ? [
          ...m.lines.map((l) => line(l.rule, lineName(policy, l.rule), l.amount, isAtLeast(l), "")),
          line("total", t().total, m.total, mAt, "total"),
        ]
      : [h("li", {}, t().noPension(r.asOf.slice(0, 7)))]),
  );
  const refusals = [
    ...r.enrollment.refusals.map((x) => ({ where: t().whereEnrolment, ...x })),
    ...p.refusals.map((x) => ({ where: t().wherePension, ...x })),
    ...r.payments.flatMap((pay) => pay.refusals.map((x) => ({ where: t().wherePayment(pay.year, pay.date), ...x }))),
  ];
  $("refusals-block").hidden = refusals.length === 0;
  $("refusals").replaceChildren(
    ...refusals.map((x) =>
      h("li", { "data-rule": x.rule }, h("strong", {}, x.where), "：", x.message, " ", h("code", {}, x.rule)),
    ),
  );
  const makeUp = $("make-up");
  makeUp.hidden = p.makeUp === null;
  makeUp.textContent = p.makeUp ? t().makeUp(p.makeUp.years, p.makeUp.amount) : "";
}

function renderInputs(input: unknown): void {
  const c = parseCase(input);
  const policy = policies[c.region];
  const rows: [string, string][] = [
    [t().inRegion, lang === "en" ? `${policy.name} ${policy.nameZh}` : policy.nameZh],
    [t().birthDate, c.person.birthDate],
  ];
  if (c.person.sex) rows.push([t().sex, c.person.sex === "male" ? t().male : t().female]);
  const pays = c.payments ?? [];
  const years = pays.map((p) => p.year);
  rows.push([
    t().legendPayments,
    pays.length === 0
      ? t().noPayments
      : t().paymentsSummary(
          pays.length,
          Math.min(...years),
          Math.max(...years),
          [...new Set(pays.map((p) => String(p.amount)))].join("/"),
        ),
  ]);
  if (c.lumpSum) rows.push([t().lumpSum, t().lumpSummary(c.lumpSum.date, String(c.lumpSum.monthlyStandard))]);
  const statuses = (c.person.statuses ?? []).map((s) => t().status[s.kind]);
  if (statuses.length > 0) rows.push([t().statusesSummary, statuses.join("、")]);
  if (c.person.legacyGrade !== undefined) rows.push([t().legacyGrade, String(c.person.legacyGrade)]);
  rows.push([t().asOfShort, c.asOf]);
  $("inputs-summary").replaceChildren(...rows.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
  const params = (c.options?.parameters ?? {}) as Record<string, readonly { from: string; value: unknown }[]>;
  const name = (id: string): string => {
    const key = id === policy.facts.schemeStart.rule ? "schemeStart" : findParameter(policy, id)?.key;
    return key && t().parameterName[key] ? parameterName(policy, { key, title: id, titleZh: undefined }) : id;
  };
  const list = Object.entries(params).flatMap(([id, segs]) =>
    segs.map((s) => t().suppliedItem(name(id), id, s.from, String(s.value))),
  );
  if (c.options?.schemeStart !== undefined)
    list.unshift(
      t().suppliedItem(name(policy.facts.schemeStart.rule), policy.facts.schemeStart.rule, "", c.options.schemeStart),
    );
  const note = $("supplied-note");
  note.hidden = list.length === 0;
  note.replaceChildren(
    ...(list.length > 0
      ? [
          t().suppliedNote(list.join("; ")),
          " ",
          h("button", { type: "button", class: "secondary", id: "clear-supplied" }, t().clearSupplied),
        ]
      : []),
  );
}

function renderAccount(r: CaseResult, series: BalanceSeries): void {
  const a = r.account;
  setText("paid-out", a.paidOut);
  setText("fund-paid", a.fundPaid);
  const endOf = new Map(series.points.filter((pt) => !pt.asOf).map((pt) => [pt.date.slice(0, 4), pt.balance]));
  const years = [...new Set([...Object.keys(a.interestByYear), ...Object.keys(a.drawsByYear), ...endOf.keys()])].sort();
  const rows = years.map((y) =>
    h(
      "tr",
      { "data-year": y },
      h("td", {}, y),
      h("td", { class: "num interest" }, a.interestByYear[y] ?? "—"),
      h("td", { class: "num" }, a.drawsByYear[y]?.account ?? "—"),
      h("td", { class: "num" }, a.drawsByYear[y]?.fund ?? "—"),
      h("td", { class: "num balance" }, endOf.get(y) ?? "—"),
    ),
  );
  rows.push(
    h(
      "tr",
      { "data-year": "asOf" },
      h("th", {}, t().onDate(r.asOf)),
      h("td", {}),
      h("td", {}),
      h("td", {}),
      h("th", { class: "num balance" }, a.balance),
    ),
  );
  fillBody("account-years", rows);
  fillBody(
    "components",
    Object.entries(a.components).map(([k, v]) =>
      h("tr", { "data-component": k }, h("td", {}, k), h("td", { class: "num" }, v)),
    ),
  );
  $("chart").replaceChildren(chart(series));
  setText(
    "chart-note",
    t().chartNote(r.asOf) +
      (series.skipped.length > 0
        ? " " + t().chartSkipped(series.skipped.map((s) => `${s.date} (${s.message})`).join("; "))
        : ""),
  );
}

const SVG = "http://www.w3.org/2000/svg";
function s(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A round axis maximum ≥ v: 1, 2 or 5 × 10^n. */
function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 2, 5, 10].map((k) => k * p).find((x) => x >= v) ?? 10 * p) as number;
}

/** Bars of the balance at each year end (and on asOf), with a labelled axis. */
function chart(series: BalanceSeries): SVGElement {
  const W = 760;
  const H = 240;
  const left = 64;
  const right = 12;
  const top = 14;
  const bottom = 34;
  const pts = series.points;
  const max = niceMax(Math.max(...pts.map((p) => Number(p.balance))));
  const innerW = W - left - right;
  const innerH = H - top - bottom;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": t().chartLabel, id: "balance-chart" });
  svg.append(s("title", {}, t().chartLabel));
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    const y = top + innerH * (1 - f);
    svg.append(s("line", { x1: left, x2: W - right, y1: y, y2: y, stroke: "#e3e7ed" }));
    svg.append(s("text", { x: left - 6, y: y + 4, "text-anchor": "end" }, (max * f).toLocaleString("en-US")));
  }
  const slot = innerW / pts.length;
  const barW = Math.max(2, Math.min(48, slot * 0.7));
  const every = Math.ceil(pts.length / 16);
  pts.forEach((p, i) => {
    const v = Number(p.balance);
    const bh = (innerH * v) / max;
    const x = left + slot * i + (slot - barW) / 2;
    const bar = s("rect", {
      class: p.asOf ? "bar asof" : "bar",
      x,
      y: top + innerH - bh,
      width: barW,
      height: bh,
      "data-date": p.date,
      "data-balance": p.balance,
    });
    bar.append(s("title", {}, `${p.date}: ${p.balance} 元`));
    svg.append(bar);
    if (i % every === 0 || p.asOf) {
      svg.append(
        s(
          "text",
          { x: left + slot * i + slot / 2, y: H - bottom + 16, "text-anchor": "middle" },
          p.asOf ? p.date : p.date.slice(0, 4),
        ),
      );
    }
  });
  svg.append(s("line", { x1: left, x2: W - right, y1: top + innerH, y2: top + innerH, stroke: "#8c96a3" }));
  return svg;
}

function renderPayments(r: CaseResult): void {
  fillBody(
    "payments-table",
    r.payments.map((p) =>
      h(
        "tr",
        { "data-year": String(p.year) },
        h("td", {}, p.year),
        h("td", {}, p.date),
        h("td", {}, p.kind),
        h("td", {}, yesNo(p.valid)),
        h("td", { class: "num" }, p.tier ?? "—"),
        h("td", { class: "num" }, p.personal),
        h("td", { class: "num" }, p.proxy),
        h("td", { class: "num" }, p.subsidy),
        h("td", { class: "num" }, p.collective),
        h("td", {}, p.refusals.map((x) => x.rule).join(", ")),
      ),
    ),
  );
}

function renderSettlement(r: CaseResult): void {
  const st = r.settlement;
  $("settlement").hidden = st === null;
  if (!st) return;
  setText(
    "settlement-summary",
    t().settlementSummary({
      event: st.event,
      date: st.date,
      last: st.lastPensionMonth ?? "—",
      balance: st.balance,
      inheritable: st.inheritable,
      toFund: st.toFund,
      death: st.deathBenefit,
      outstanding: st.overpaymentOutstanding,
    }),
  );
  fillBody(
    "settlement-lines",
    st.lines.map((l) =>
      h("tr", {}, h("td", { class: "rule" }, l.rule), h("td", {}, l.label), h("td", { class: "num" }, l.amount)),
    ),
  );
}

function renderTrace(r: CaseResult): void {
  fillBody(
    "trace-table",
    r.trace.map((step, i) =>
      h(
        "tr",
        { "data-rule": step.rule },
        h("td", { class: "num" }, i + 1),
        h("td", { class: "rule" }, step.rule),
        h("td", { class: "citation" }, citationText(step.citation)),
        h(
          "td",
          {},
          Object.entries(step.inputs)
            .map(([k, v]) => `${k}: ${v === null ? "null" : String(v)}`)
            .join("; "),
        ),
        h("td", {}, step.output),
        h("td", { class: "note" }, step.note ?? ""),
      ),
    ),
  );
}

function renderResult(r: CaseResult, input: unknown, policy: RegionPolicy): void {
  renderPension(r, policy);
  renderInputs(input);
  renderAccount(r, yearEndBalances(policy, input, r));
  renderPayments(r);
  renderSettlement(r);
  renderTrace(r);
  $("result").hidden = false;
}

// ---------------------------------------------------------------- a missing value

/** Who publishes a parameter, in plain words. */
function publisher(policy: RegionPolicy, m: MissingValue): string {
  if (m.key === "minBasic") return t().publisherNational;
  if (m.key === "rate") return t().publisherBank;
  return t().publisherRegion(policy.nameZh);
}

function parameterName(policy: RegionPolicy, m: Pick<MissingValue, "key" | "title" | "titleZh">): string {
  const own = m.key ? t().parameterName[m.key] : undefined;
  const place = lang === "en" ? policy.name : policy.nameZh;
  if (m.key === "minBasic") return own ?? m.title;
  if (own) return lang === "en" ? `${place} ${own}` : `${place}${own}`;
  return lang === "en" ? m.title : (m.titleZh ?? zhOf(m.title) ?? m.title);
}

/** The lower bound of the floored result, `至少 X 元/月`, when the library gave one. */
function boundOf(floor: CaseResult | null): string | null {
  const m = floor?.pension.monthly;
  return m && isAtLeast(m) && typeof m.total === "string" ? t().atLeastMonthly(m.total) : null;
}

function renderMissing(policy: RegionPolicy, missing: readonly MissingValue[], floor: CaseResult | null): void {
  setText("missing-title-text", missing.length > 1 ? t().missingTitleMany(missing.length) : t().missingTitle);
  const bound = boundOf(floor);
  $("missing-bound-block").hidden = bound === null;
  $("missing-nobound").hidden = bound !== null;
  setText("missing-bound", bound ?? "");
  $("missing-list").replaceChildren(
    ...missing.map((m, i) => {
      const name = parameterName(policy, m);
      const unit = m.key === "basic" || m.key === "minBasic" || m.key === "topUps" ? t().perMonth : t().yuan;
      const last = m.lastKnown
        ? t().missingLast(
            m.kind === "money" ? `${m.lastKnown.value} ${unit}` : m.lastKnown.value,
            m.lastKnown.from,
            m.lastKnown.citation,
          )
        : "";
      const field = (type: string, label: string): HTMLElement =>
        h(
          "div",
          { class: "supply" },
          h(
            "label",
            { for: `supply-${i}` },
            label,
            h("input", {
              id: `supply-${i}`,
              type,
              inputmode: type === "text" ? "decimal" : "numeric",
              autocomplete: "off",
              "data-parameter": m.parameter,
            }),
          ),
          h("button", { type: "button", class: "supply-apply", "data-index": String(i) }, t().supplyApply),
        );
      return h(
        "div",
        { class: "missing-item", "data-parameter": m.parameter },
        h("p", { class: "what" }, t().missingWhat(name, m.from, m.until)),
        h("p", { class: "who" }, t().missingWho(publisher(policy, m)), " ", last),
        m.kind === "money"
          ? field("text", t().supplyLabel(name))
          : m.kind === "date"
            ? field("date", t().supplyDateLabel)
            : h(
                "div",
                {},
                h("p", { class: "hint" }, t().supplyJson),
                h(
                  "pre",
                  { class: "template" },
                  JSON.stringify({ options: optionsFor([m], "…", t().suppliedCitation) }, null, 2),
                ),
                h(
                  "button",
                  { type: "button", class: "secondary insert-template", "data-index": String(i) },
                  t().insertTemplate,
                ),
              ),
        h("p", { class: "hint supply-error", id: `supply-error-${i}`, hidden: "" }),
      );
    }),
  );
}

/** Try the library's lower bound (answers.md §3); null where this library version has none. */
const FLOOR = { estimate: "floor" } as const;
function floorResult(policy: RegionPolicy, input: unknown): CaseResult | null {
  try {
    // A library without `estimate` ignores the option (or refuses it as invalid-input): no bound.
    return evaluateCaseWith(policy, input, { ...FLOOR, locale: lang });
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- running

/** How the last calculation was asked for: by the form (re-run it) or a JSON text. */
let lastSource: "form" | "json" = "form";
let lastInput: unknown = null;
let lastMissing: MissingValue[] = [];
/** Redraws the last view in the current language. */
let redraw: (() => void) | null = null;

function announce(text: string): void {
  const el = $("status");
  el.textContent = "";
  // A fresh text node after a tick is read out even when it repeats the last one.
  window.setTimeout(() => (el.textContent = text), 30);
}

function reveal(id: string): void {
  const el = $(id);
  el.scrollIntoView({ block: "start" });
  el.focus({ preventScroll: true });
}

function showError(code: string, path: string, message: string, headline: string): void {
  $("result").hidden = true;
  $("missing").hidden = true;
  $("error").hidden = false;
  setText("error-headline", headline);
  setText("error-code", code);
  setText("error-path", path);
  setText("error-message", message);
  document.body.dataset["state"] = "error";
}

function showAnyError(e: unknown): void {
  // The library's message in the page's language (answers.md §6); code and path are the same in both.
  if (isPensionInputError(e)) showError(e.code, jsonPath(e.path), localized(e, lang).message, t().headlineInput);
  else if (e instanceof FormError) showError("form", e.field, e.message, t().headlineForm);
  else if (e instanceof SyntaxError) showError("invalid-json", "$", e.message, t().headlineJson);
  else showError("internal", "$", e instanceof Error ? `${e.name}: ${e.message}` : String(e), t().headlineInternal);
  announce(t().announceError);
  redraw = null;
  reveal("error");
}

function showMissing(policy: RegionPolicy, input: unknown, e: PensionInputError): void {
  lastMissing = missingValues(policy, e);
  const floor = floorResult(policy, input);
  const draw = (): void => {
    $("error").hidden = true;
    $("missing").hidden = false;
    renderMissing(policy, lastMissing, floor);
    if (floor) renderResult(floor, input, policy);
    else $("result").hidden = true;
  };
  draw();
  redraw = draw;
  document.body.dataset["state"] = "missing";
  announce(t().announceMissing(lastMissing.map((m) => parameterName(policy, m)).join("、"), boundOf(floor)));
  reveal("missing");
}

function run(input: unknown): void {
  lastInput = input;
  document.body.dataset["state"] = "busy";
  try {
    const c = parseCase(input); // every error of the case's shape, with its path
    const policy = policies[c.region];
    let result: CaseResult;
    try {
      result = evaluateCaseWith(policy, input, { locale: lang });
    } catch (e) {
      if (isPensionInputError(e) && e.code === "parameter-unknown") {
        showMissing(policy, input, e);
        return;
      }
      throw e;
    }
    const draw = (): void => {
      $("error").hidden = true;
      $("missing").hidden = true;
      renderResult(result, input, policy);
    };
    draw();
    redraw = draw;
    document.body.dataset["state"] = "done";
    const m = result.pension.monthly;
    announce(m ? t().announceDone(m.total, m.month) : t().announceNone(result.asOf.slice(0, 7)));
    reveal("result");
  } catch (e) {
    showAnyError(e);
  }
}

function runForm(): void {
  lastSource = "form";
  let input: Record<string, unknown>;
  try {
    input = caseFromForm(formValues());
  } catch (e) {
    showAnyError(e);
    return;
  }
  $<HTMLTextAreaElement>("case-json").value = JSON.stringify(input, null, 2);
  run(input);
}

function runJson(): void {
  lastSource = "json";
  let input: unknown;
  try {
    input = JSON.parse($<HTMLTextAreaElement>("case-json").value);
  } catch (e) {
    showAnyError(e);
    return;
  }
  run(input);
}

/** The user typed the local figure for missing value `i`: it becomes a supplied, cited value. */
function applySupplied(i: number): void {
  const m = lastMissing[i];
  if (!m) return;
  const value = $<HTMLInputElement>(`supply-${i}`).value.trim();
  const err = $(`supply-error-${i}`);
  const ok = m.kind === "date" ? /^\d{4}-\d{2}-\d{2}$/.test(value) : /^(0|[1-9]\d*)(\.\d{1,2})?$/.test(value);
  if (!ok) {
    err.hidden = false;
    err.textContent = m.kind === "date" ? t().supplyDateBad : t().supplyBad;
    return;
  }
  const add = optionsFor([m], value, t().suppliedCitation);
  if (lastSource === "form") {
    if (m.kind === "date") suppliedSchemeStart = value;
    else {
      const segment = (add["parameters"] as Record<string, SuppliedSegment[]>)[m.parameter]![0]!;
      supplied = {
        ...supplied,
        [m.parameter]: [...(supplied[m.parameter] ?? []).filter((x) => x.from !== segment.from), segment],
      };
    }
    runForm();
  } else {
    $<HTMLTextAreaElement>("case-json").value = JSON.stringify(withOptions(lastInput, add), null, 2);
    runJson();
  }
}

/** Put the template of missing value `i` into the case JSON, to be filled in there. */
function insertTemplate(i: number): void {
  const m = lastMissing[i];
  if (!m || lastInput === null) return;
  const json = $<HTMLTextAreaElement>("case-json");
  json.value = JSON.stringify(withOptions(lastInput, optionsFor([m], "…", t().suppliedCitation)), null, 2);
  ($("advanced") as HTMLDetailsElement).open = true;
  json.focus();
}

function init(): void {
  const region = $<HTMLSelectElement>("region");
  region.replaceChildren(...regionIds.map((id) => h("option", { value: id }, policies[id].nameZh)));
  region.value = "qiannan";
  // Today, read from the reader's clock here in the page: the library takes it as asOf.
  $<HTMLInputElement>("asOf").value = localDate(new Date());
  applyStrings();
  renderQuestions();
  region.addEventListener("change", () => {
    supplied = {};
    suppliedSchemeStart = "";
    renderQuestions();
  });
  for (const id of ["firstYear", "payDay"])
    for (const ev of ["input", "change"]) $(id).addEventListener(ev, renderQuestions);
  $("lumpSum").addEventListener("change", () => ($("lump-fields").hidden = !$<HTMLInputElement>("lumpSum").checked));

  $("lang").addEventListener("click", () => {
    lang = lang === "en" ? "zh-CN" : "en";
    applyStrings();
    renderQuestions();
    redraw?.();
  });
  $("case-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    runForm();
  });
  $("json-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    runJson();
  });
  $("missing").addEventListener("click", (ev) => {
    const b = (ev.target as HTMLElement).closest<HTMLElement>("button.supply-apply, button.insert-template");
    if (b?.classList.contains("supply-apply")) applySupplied(Number(b.dataset["index"]));
    else if (b) insertTemplate(Number(b.dataset["index"]));
  });
  $("missing").addEventListener("keydown", (ev) => {
    const input = ev.target as HTMLElement;
    if (ev.key === "Enter" && input.id.startsWith("supply-")) {
      ev.preventDefault();
      applySupplied(Number(input.id.slice("supply-".length)));
    }
  });
  $("result").addEventListener("click", (ev) => {
    if ((ev.target as HTMLElement).id !== "clear-supplied") return;
    supplied = {};
    suppliedSchemeStart = "";
    if (lastSource === "form") runForm();
  });
  $("print").addEventListener("click", () => window.print());
  // The printed summary shows each line's source.
  window.addEventListener("beforeprint", () => {
    for (const d of Array.from(document.querySelectorAll<HTMLDetailsElement>("#lines details"))) d.open = true;
  });
  document.body.dataset["state"] = "ready";
}

init();
