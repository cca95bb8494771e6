/**
 * 命令行文字（用法错误，explain 与 needs 的表格，batch 与 cost 的汇总）: the command-line
 * catalogue in Chinese, typed by the English one so that no text is missing.
 *
 * @module
 */
import type { CliCatalogue } from "./en";

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
                                  用 N 个工作进程（文件输入；标准输入用线程；默认且至多为
                                  CPU 核数；0：不用）逐行计算案例；
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
  "usage.workers": (p) => `--workers ${p.value} 不是 0–256 之间的工作进程数（0：不用）`,
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
  "partial.read": (p) => `${p.file}：无法读取 cost 分片合计：${p.reason}`,
  "partial.not-json": (p) => `${p.where}：不是有效的 JSON：${p.reason}`,
  "partial.format": (p) =>
    `${p.where}：应为 cost 分片合计（cost --partial-out 写出的一行 JSON，"format": "${p.format}"）`,
  "partial.field": (p) => `${p.where}：${p.path}：与 cost --partial-out 写出的格式不符`,
  "partial.mismatch": (p) =>
    `${p.where}：${p.path} 为 ${p.received}，而 ${p.first} 中为 ${p.expected}：不同 cost 运行的分片合计不能合并`,
  "partial.none": (p) => `${p.files} 中没有 cost 分片合计`,
};
