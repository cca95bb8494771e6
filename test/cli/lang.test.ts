/**
 * answers.md §6 on the command line: `--lang zh-CN` prints a Chinese message for every error code
 * (one bad case each), the same code, path and value as in English; the default language comes
 * from LC_ALL / LANG (io.env); a bad --lang is a usage error.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { errorCodes, type PensionErrorCode } from "../../src";
import { cli as capturedCli } from "../batch/helpers";
import { cli, examples, tempCases } from "./helpers";

const HAN = /\p{Script=Han}/u;
const base = { region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1952-11-20" } };

/**
 * One bad case per error code, and the Chinese message `evaluate --lang zh-CN` prints for it.
 * Not `invalid-partial`: a cost partial's error, never a case's (`cost-merge --lang zh-CN`:
 * test/batch/shards.test.ts).
 */
const bad: Record<
  Exclude<PensionErrorCode, "invalid-partial">,
  { case: unknown; zh: string; path: (string | number)[] }
> = {
  "invalid-input": { case: { ...base, foo: 1 }, path: ["foo"], zh: "$.foo: 案例格式中没有这个字段" },
  "invalid-date": {
    case: { ...base, asOf: "2013-02-30" },
    path: ["asOf"],
    zh: "$.asOf: 应为 1900 至 2200 年间真实存在的日期 YYYY-MM-DD",
  },
  "invalid-money": {
    case: { ...base, payments: [{ year: 2012, date: "2012-05-01", amount: "-1" }] },
    path: ["payments", 0, "amount"],
    zh: "$.payments[0].amount: 金额不能为负：-1",
  },
  "unknown-region": {
    case: { ...base, region: "shanghai" },
    path: ["region"],
    zh: "$.region: 应为以下之一：ningxia, qiannan, jiangmen, cixi, beibei",
  },
  "unknown-status": {
    case: { ...base, person: { ...base.person, statuses: [{ kind: "retired", from: "2012-01-01" }] } },
    path: ["person", "statuses", 0, "kind"],
    zh: "$.person.statuses[0].kind: 应为以下之一：severe-disability, dibao, tekun, poverty-relapse-risk, mental-disability, one-child-parent, village-cadre, student, employee-pension, other-pension, imprisoned",
  },
  "unknown-event": {
    case: { ...base, person: { ...base.person, events: [{ kind: "marriage", date: "2012-01-01" }] } },
    path: ["person", "events", 0, "kind"],
    zh: "$.person.events[0].kind: 应为以下之一：death, emigration, missing, declared-dead, reappeared, transfer-out",
  },
  "unknown-parameter": {
    case: { ...base, options: { parameters: { "QN-NOPE": [{ from: "2012-01-01", value: "1", citation: "x" }] } } },
    path: ["options", "parameters", "QN-NOPE"],
    zh: "QN-NOPE: qiannan 没有这个编号的参数（已知：NAT-DIVISOR, NAT-INHERIT, NAT-MIN-BASIC, NAT-RATE-PBOC, QN-BEN-BASIC, QN-BEN-COUNTY, QN-DEATH, QN-ELIG, QN-ENR, QN-MISSING, QN-PAY-DEADLINE, QN-PAY-TIERS, QN-PROXY, QN-SUB）",
  },
  "invalid-policy": {
    case: { ...base, options: { parameters: { "QN-ENR": [{ from: "2012-01-01", value: "abc", citation: "x" }] } } },
    path: ["options", "parameters", "QN-ENR", 0, "value"],
    zh: "options.parameters.QN-ENR.0.value: 应为数字",
  },
  "invalid-pack": { case: base, path: [], zh: "PACK: 不是有效的 JSON：" },
  "parameter-unknown": {
    case: { region: "jiangmen", asOf: "2024-07-31", person: { birthDate: "1949-08-20" } },
    path: ["options", "parameters", "JM-BEN-BASIC"],
    zh: 'JM-BEN-BASIC（基础养老金最低标准（元/月））在 2024-07-01：政策文件未给出 2024-07-01 – 至今 的取值（national raise 2024-07-01 (NAT-MIN-BASIC) and later; Jiangmen\'s amount not verified）。请在参数包（--params FILE）或案例的 options.parameters 中提供；在代码中用 withParameterPack(policy, pack) 或 withOverrides(policy, { "JM-BEN-BASIC": [{ from, until, value, citation }] })。该案例共缺少 1 个取值：JM-BEN-BASIC 2024-07-01 – 2024-07-31（见 details.missing；`resident-pension needs --pack-template` 可打印待填写的参数包）。',
  },
  "limit-exceeded": {
    case: {
      ...base,
      payments: Array.from({ length: 201 }, () => ({ year: 2012, date: "2012-05-01", amount: "100" })),
    },
    path: ["payments"],
    zh: "$.payments: 过长：数组至多 200 项",
  },
};

const dir = tempCases({
  ...Object.fromEntries(Object.entries(bad).map(([code, b]) => [`${code}.json`, b.case])),
  "bad-pack.json": "{ not json",
});
const argv = (code: string, ...more: string[]): string[] => [
  "evaluate",
  join(dir, `${code}.json`),
  ...more,
  ...(code === "invalid-pack" ? ["--params", join(dir, "bad-pack.json")] : []),
];

interface ErrorJson {
  code: string;
  path: (string | number)[];
  message: string;
  received?: string;
  details: Record<string, unknown>;
  issues: { code: string; path: unknown[]; message: string; received?: string }[];
}

describe("evaluate bad.json --lang zh-CN: a Chinese message for each error code", () => {
  it("covers every error code", () => {
    expect(Object.keys(bad).sort()).toEqual(errorCodes.filter((c) => c !== "invalid-partial").sort());
  });

  it.each(Object.keys(bad))("%s", async (code) => {
    const b = bad[code as keyof typeof bad];
    const zh = await cli(argv(code, "--lang", "zh-CN"));
    const en = await cli(argv(code));
    expect(zh.code).toBe(2);
    expect(en.code).toBe(2);
    const z = JSON.parse(zh.stderr) as ErrorJson;
    const e = JSON.parse(en.stderr) as ErrorJson;
    expect(z.code).toBe(code);
    expect(z.path).toEqual(b.path);
    const expected = b.zh.replace("PACK", join(dir, "bad-pack.json"));
    if (code === "invalid-pack") expect(z.message.startsWith(expected)).toBe(true);
    else expect(z.message).toBe(expected);
    expect(z.message).toMatch(HAN);
    expect(e.message).not.toBe(z.message);
    // Only the messages differ: code, path, value, details and the issues' codes and paths are the same.
    const strip = (x: ErrorJson): unknown => ({
      ...x,
      message: null,
      issues: x.issues.map((i) => ({ ...i, message: null })),
    });
    expect(strip(z)).toEqual(strip(e));
    for (const i of z.issues) expect(i.message).toMatch(HAN);
  });
});

describe("the language of the command line", () => {
  const file = argv("invalid-date")[1]!;

  it("default: zh-CN when LANG (or LC_ALL) starts with zh, else English", async () => {
    const zhEnv = await cli(["evaluate", file], { env: { LANG: "zh_CN.UTF-8" } });
    expect(JSON.parse(zhEnv.stderr).message).toBe(bad["invalid-date"].zh);
    const cAll = await cli(["evaluate", file], { env: { LANG: "zh_CN.UTF-8", LC_ALL: "C" } });
    expect(JSON.parse(cAll.stderr).message).toBe("$.asOf: a calendar date YYYY-MM-DD between 1900 and 2200");
    const none = await cli(["evaluate", file]);
    expect(JSON.parse(none.stderr).message).toBe("$.asOf: a calendar date YYYY-MM-DD between 1900 and 2200");
    // --lang wins over the environment, and may stand anywhere (--lang=en too).
    const en = await cli(["--lang=en", "evaluate", file], { env: { LC_ALL: "zh_CN.UTF-8" } });
    expect(JSON.parse(en.stderr).message).toBe("$.asOf: a calendar date YYYY-MM-DD between 1900 and 2200");
  });

  it("--help --lang zh-CN: the help in Chinese; without it, English", async () => {
    const zh = await cli(["--help", "--lang", "zh-CN"]);
    expect(zh.code).toBe(0);
    expect(zh.stdout.split("\n")[0]).toBe("用法：resident-pension <命令> [选项]");
    expect(zh.stdout).toContain("  --lang zh-CN|en                 消息、不予认可原因和表格的语言");
    expect((await cli(["--help"])).stdout.split("\n")[0]).toBe("Usage: resident-pension <command> [options]");
  });

  it("a bad --lang is a usage error (exit 2)", async () => {
    const r = await cli(["evaluate", file, "--lang", "fr"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^resident-pension: --lang "fr": the languages are zh-CN and en\n/);
    const zh = await cli(["evaluate", file, "--lang"], { env: { LANG: "zh_CN.UTF-8" } });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/^resident-pension: --lang ""：语言只能是 zh-CN 或 en\n/);
  });

  it("usage errors in Chinese", async () => {
    const r = await cli(["evaluate", "--lang", "zh-CN"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^resident-pension: evaluate 命令需要一个案例文件（或用 - 表示标准输入）\n/);
    expect((await cli(["nope", "--lang", "zh-CN"])).stderr).toMatch(/^resident-pension: 未知命令 "nope"\n/);
  });

  it("explain --lang zh-CN: Chinese heading, column titles and rule titles; the same table rows", async () => {
    const r = await cli(["explain", join(examples, "qiannan.json"), "--lang", "zh-CN"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(
      "黔南州（qiannan），计算日 2013-06-30 · 缴费年限 2 年 · 账户余额 1042.26 · 2013-06 养老金 62.87",
    );
    expect(lines[1]).toBe("计算过程共 20 步");
    expect(lines[3]).toMatch(/^规则 +出处 +结果$/);
    expect(r.stdout).toContain("  ↳ 最低参保年龄");
    const en = await cli(["explain", join(examples, "qiannan.json")]);
    expect(en.stdout.split("\n")[1]).toBe("20 trace steps");
  });

  it("evaluate --lang zh-CN: refusals in Chinese with the same codes", async () => {
    const payer = tempCases({
      "refused.json": { ...base, payments: [{ year: 2012, date: "2012-05-01", amount: "150" }] },
    });
    const zh = await cli(["evaluate", join(payer, "refused.json"), "--lang", "zh-CN"]);
    const refusals = (JSON.parse(zh.stdout) as { payments: { refusals: unknown[] }[] }).payments[0]!.refusals;
    expect(refusals).toEqual([
      {
        rule: "PAY-VALIDITY",
        code: "not-a-tier",
        message:
          "2012 年：缴纳 150.00 = 150.00，不是现行缴费档次（100 / 200 / 300 / 400 / 500 / 600 / 700 / 800 / 900 / 1000 / 1200 / 1600）",
      },
    ]);
  });

  it("check --lang zh-CN: the summary and a mismatch in Chinese", async () => {
    const ok = await cli(["check", examples, "--lang", "zh-CN"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trimEnd().split("\n").at(-1)).toBe("通过 5 个，不符 0 个");
    const wrong = tempCases({ "wrong.json": { ...base, expect: { contributionYears: 3 } } });
    const r = await cli(["check", wrong, "--lang", "zh-CN"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("wrong.json: $.contributionYears 应为 3，实际为 0\n通过 0 个，不符 1 个\n");
  });

  it("needs --lang zh-CN: the table in Chinese", async () => {
    const r = await cli(["needs", join(examples, "qiannan.json"), "--lang", "zh-CN"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^完整：案例所需的取值均已知（共 \d+ 个时段）$/);
    expect(r.stdout).toMatch(/参数 +时段 +状态 +取值 +出处/);
  });

  it("batch and cost --lang zh-CN: a bad line's message, the summary and an evaluation error in Chinese", async () => {
    const jsonl = `${JSON.stringify({ ...base, asOf: "2013-02-30" })}\n{bad json\n`;
    const bad = `${JSON.stringify({ ...base, payments: [{ year: 2012, date: "2012-05-01", amount: "-1" }] })}\n[1]\n`;
    const dir = tempCases({ "cases.jsonl": jsonl, "bad.jsonl": bad });
    const b = await streamed(["batch", join(dir, "cases.jsonl"), "--workers", "0", "--lang", "zh-CN"]);
    expect(b.code).toBe(0);
    const lines = b.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { error: { code: string; message: string } });
    expect(lines.map((l) => l.error.code)).toEqual(["invalid-date", "invalid-input"]);
    expect(lines[0]!.error.message).toBe("$.asOf: 应为 1900 至 2200 年间真实存在的日期 YYYY-MM-DD");
    expect(lines[1]!.error.message).toMatch(/^不是有效的 JSON：/);
    expect(b.err).toBe("batch：成功 0 个，失败 2 个\n");
    // The same run in English: the codes and paths are the same, the words are not.
    const en = await streamed(["batch", join(dir, "cases.jsonl"), "--workers", "0"]);
    expect(en.err).toBe("batch: 0 ok, 2 failed\n");

    const c = await streamed([
      "cost",
      join(dir, "bad.jsonl"),
      "--region",
      "qiannan",
      "--from",
      "2013",
      "--to",
      "2013",
      "--lang",
      "zh-CN",
    ]);
    const errs = c.err.trimEnd().split("\n");
    expect(c.code).toBe(2);
    expect(errs.slice(-2)).toEqual([
      "cost：计入 0 个，失败 2 个，跳过其他地区 0 个",
      "resident-pension cost: qiannan 的案例全部失败：没有可报告的合计",
    ]);
    expect(errs.slice(0, 2).map((l) => (JSON.parse(l) as { error: { message: string } }).error.message)).toEqual([
      "$.payments[0].amount: 金额不能为负：-1",
      "$：应为一个案例（JSON 对象）",
    ]);
  });
});

/** The CLI in-process with its streams captured (test/batch/helpers.ts): what it wrote and what it returned, together. */
async function streamed(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const r = await capturedCli(argv);
  return { code: r.code, out: r.out + r.stdout, err: r.err + r.stderr };
}
