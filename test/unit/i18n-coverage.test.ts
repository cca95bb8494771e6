/**
 * answers.md §6 (Chinese first): every error code, message id, refusal code, command-line text,
 * trace sentence and rule id has a zh-CN text in src/i18n/zh-CN.ts. TypeScript checks that the ids are there; this
 * test checks that each text is Chinese (contains Han characters), so a copy of the English text
 * or an empty string fails.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en";
import { enCli } from "../../src/node/cli/text/en";
import { zhCN, zhCNRules } from "../../src/i18n/zh-CN";
import { zhCNCli } from "../../src/node/cli/text/zh-CN";
import { enCodes, enExtra } from "../../src/i18n/en-extra";
import { zhCNCodes, zhCNExtra } from "../../src/i18n/zh-CN-extra";
import { errorCodes, refusalCodes, rules, titlesZh } from "../../src";

const HAN = /\p{Script=Han}/u;

/**
 * Texts made only of other texts (no words of their own in any language): their parts are
 * checked where they are defined, and by the CLI test that renders one error of each code.
 */
const COMPOSED = new Set([
  "money.invalid", // `${where}: ${problem}`: the problem is a money.* text
  "pack.inner", // an override's own error inside a pack error
  "policy.parameter", // `$.parameter: ${message}`: the message is a policy.* text
  "zod.message", // a zod issue (zodIssue in zh-CN.ts, checked below)
  "zod.issue", // `${where}: ${zod issue}`, the same
]);

/**
 * Any parameter a template reads, as a placeholder: `["{name}"]` interpolates as `{name}` and
 * still has `join` and `map` for the few templates that list values.
 */
const anyParams: Record<string, unknown> = new Proxy(
  {},
  // `issue` (a zod issue) is itself an object of parameters.
  { get: (_t, k) => (k === "issue" ? anyParams : typeof k === "string" ? [`{${k}}`] : undefined) },
);

/** Texts whose own words are only punctuation around other texts (a file name, a message). */
const WRAPPERS = new Set(["pack.error"]);

describe("every template renders in both languages", () => {
  type Section = Record<string, string | ((p: never) => string)>;
  const sections: [string, Section, Section][] = [
    ["codes", enCodes, zhCNCodes],
    ["errors", en.errors, zhCN.errors],
    ["extra", enExtra, zhCNExtra],
    ["refusals", en.refusals, zhCN.refusals],
    ["trace", en.trace, zhCN.trace],
    ["cli", enCli, zhCNCli],
  ];
  it.each(sections.map(([name, e, z]) => ({ name, e, z })))(
    "$name: a text in each language, Chinese in zh-CN",
    ({ e, z }) => {
      const render = (t: string | ((p: never) => string)): string =>
        typeof t === "string" ? t : t(anyParams as never);
      for (const id of Object.keys(e)) {
        const en1 = render(e[id]!);
        const zh1 = render(z[id]!);
        expect(en1.length, id).toBeGreaterThan(0);
        expect(zh1.length, id).toBeGreaterThan(0);
        if (!COMPOSED.has(id) && !WRAPPERS.has(id)) expect(zh1, id).toMatch(HAN);
      }
    },
  );
});

describe("every id of the English catalogue has a Chinese text", () => {
  it("the same ids in every section (none missing, none extra)", () => {
    for (const section of ["errors", "refusals", "trace"] as const)
      expect(Object.keys(zhCN[section]).sort(), section).toEqual(Object.keys(en[section]).sort());
    expect(Object.keys(zhCNCodes).sort(), "codes").toEqual(Object.keys(enCodes).sort());
    expect(Object.keys(zhCNExtra).sort(), "extra").toEqual(Object.keys(enExtra).sort());
    expect(Object.keys(zhCNCli).sort(), "cli").toEqual(Object.keys(enCli).sort());
  });

  it.each(errorCodes)("error code %s: a one-line Chinese description", (code) => {
    expect(zhCNCodes[code]).toMatch(HAN);
    expect(enCodes[code]).not.toMatch(HAN);
  });

  it("every message id: a Chinese function (its text contains Han characters)", () => {
    // The evaluation's messages (en.ts) and the other functions' (en-extra.ts).
    const zhAll: Record<string, unknown> = { ...zhCN.errors, ...zhCNExtra };
    const ids = [...Object.keys(en.errors), ...Object.keys(enExtra)];
    expect(ids.length).toBeGreaterThan(80);
    for (const id of ids) {
      const zh = zhAll[id];
      expect(typeof zh, id).toBe("function");
      if (!COMPOSED.has(id)) expect(String(zh), id).toMatch(HAN);
    }
  });

  it("every refusal code: kebab-case, listed in refusalCodes, a Chinese sentence", () => {
    expect(Object.isFrozen(refusalCodes)).toBe(true);
    expect([...refusalCodes].sort()).toEqual(Object.keys(en.refusals).sort());
    for (const code of refusalCodes) {
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(String(zhCN.refusals[code]), code).toMatch(HAN);
    }
  });

  it("every command-line text (usage errors, explain and needs tables): Chinese", () => {
    for (const [id, f] of Object.entries(zhCNCli)) expect(String(f), id).toMatch(HAN);
  });

  it("every trace sentence (a step's output or note the library writes): Chinese", () => {
    for (const [id, f] of Object.entries(zhCN.trace)) expect(String(f), id).toMatch(HAN);
  });

  it("every rule id of the registry: a Chinese title", () => {
    expect(rules.size).toBeGreaterThan(90);
    for (const id of rules.keys()) {
      const title = zhCNRules[id];
      expect(title, id).toBeTypeOf("string");
      expect(title, id).toMatch(HAN);
    }
  });

  it("the Chinese rule titles keep titlesZh (public API) as they are, but for the shared PAY-VALIDITY rule", () => {
    // titlesZh's PAY-VALIDITY is the deadline parameter's title; the rule (rules.get) is the shared one.
    expect(rules.get("PAY-VALIDITY")?.region).toBe("shared");
    expect(zhCNRules["PAY-VALIDITY"]).toBe("缴费有效性：档次、日期，政策未规定时的补缴");
    for (const [id, title] of Object.entries(titlesZh)) if (id !== "PAY-VALIDITY") expect(zhCNRules[id]).toBe(title);
  });
});

describe("rendered Chinese texts", () => {
  it("a refusal and an error message with their parameters, written out", () => {
    expect(zhCN.refusals["after-deadline"]({ date: "2013-01-05", due: "2012-12-31", citation: "JM-PAY-LATE" })).toBe(
      "2013-01-05 缴纳，晚于截止日期 2012-12-31；不得补缴（JM-PAY-LATE）",
    );
    expect(zhCNExtra["date.invalid"]({ where: "$.asOf", value: '"2013-02-30"', min: 1900, max: 2200 })).toBe(
      '$.asOf: "2013-02-30" 不是 1900 至 2200 年间真实存在的日期 YYYY-MM-DD',
    );
    expect(zhCN.errors["money.pattern"]({ text: "1.005" })).toBe('"1.005" 不是以元为单位、至多两位小数的金额');
  });

  it("zod issues: the kinds the case schema raises, in Chinese", () => {
    const render = (issue: Parameters<(typeof zhCNExtra)["zod.message"]>[0]["issue"]): string =>
      zhCNExtra["zod.message"]({ issue });
    expect(render({ code: "invalid_type", message: "x", expected: "string", received: "number" })).toBe(
      "应为字符串，实际为数字",
    );
    expect(render({ code: "invalid_type", message: "x", expected: "string", received: "undefined" })).toBe(
      "缺少必填项（应为字符串）",
    );
    expect(render({ code: "unrecognized_keys", message: "x", keys: ["foo"] })).toBe("案例格式中没有这个字段");
    expect(render({ code: "too_big", message: "x", origin: "number", maximum: "15" })).toBe("过大：应不大于 15（含）");
    expect(render({ code: "invalid_value", message: "x", values: ["male", "female"] })).toBe(
      '应为以下之一："male", "female"',
    );
    expect(render({ code: "custom", message: "one of dibao, student" })).toBe("应为以下之一：dibao, student");
    expect(render({ code: "custom", message: "negative amount -1" })).toBe("金额不能为负：-1");
  });

  it.each([
    [
      { code: "custom", message: "a calendar date YYYY-MM-DD between 1900 and 2200" },
      "应为 1900 至 2200 年间真实存在的日期 YYYY-MM-DD",
    ],
    [{ code: "invalid_value", message: "Invalid option: expected one of a|b" }, "应为以下之一：a, b"],
    [{ code: "custom", message: "Infinity is not a finite amount" }, "Infinity 不是有限的金额"],
    [
      { code: "custom", message: "expected a decimal string or a number, got boolean" },
      "应为十进制字符串或数字，实际为布尔值",
    ],
    [
      { code: "custom", message: "expected a decimal string or a number, got symbol" },
      "应为十进制字符串或数字，实际为symbol",
    ],
    [
      { code: "custom", message: '"1.234" is not an amount in yuan with at most two decimals' },
      '"1.234" 不是以元为单位、至多两位小数的金额',
    ],
    [
      { code: "custom", message: "QN-BEN-BASIC: until 2020-01-01 is before from 2021-01-01" },
      "QN-BEN-BASIC：截止日期 until 2020-01-01 早于起始日期 from 2021-01-01",
    ],
    [
      { code: "custom", message: "QN-BEN-BASIC: segment from 2021-01-01 overlaps the one before it (…)" },
      "QN-BEN-BASIC：自 2021-01-01 起的时段与前一时段重叠（时段须按日期排列且不得重叠）",
    ],
    [{ code: "invalid_type", message: "x", expected: "number" }, "应为数字"],
    [{ code: "invalid_value", message: "x" }, "应为以下之一："],
    [{ code: "too_big", message: "x", origin: "array", maximum: "200" }, "过长：数组至多 200 项"],
    [{ code: "too_big", message: "x", origin: "string" }, "过长：至多 ? 个字符"],
    [{ code: "too_big", message: "x", origin: "number", maximum: "9", inclusive: false }, "过大：应不大于 9"],
    [{ code: "too_small", message: "x", origin: "array", minimum: "1" }, "过短：数组至少 1 项"],
    [{ code: "too_small", message: "x", origin: "string", minimum: "1" }, "过短：至少 1 个字符"],
    [{ code: "too_small", message: "x", origin: "number" }, "过小：应不小于 ?（含）"],
    [{ code: "invalid_format", message: "x" }, "格式不正确"],
    [{ code: "invalid_union", message: "x" }, "不符合任何一种允许的格式"],
    [{ code: "invalid_key", message: "x" }, "键无效"],
    [{ code: "invalid_element", message: "x" }, "包含无效的值"],
    [{ code: "not_multiple_of", message: "Invalid input" }, "无效输入（Invalid input）"],
  ] as const)("zod issue %o → %s", (issue, zh) => {
    expect(zhCNExtra["zod.message"]({ issue })).toBe(zh);
  });

  it("open periods read 至今 / open in both languages", () => {
    const overlap = {
      id: "NX-BEN-BASIC",
      first: 1,
      firstFrom: "2023-07-01",
      firstUntil: undefined,
      second: 2,
      secondFrom: "2024-01-01",
    };
    expect(zhCNExtra["pack.overlap"](overlap)).toContain("第 1 个时段（2023-07-01 – 至今）");
    expect(enExtra["pack.overlap"](overlap)).toContain("segments 1 (2023-07-01 – open)");
    const unknown = { from: "2023-07-01", until: undefined, note: undefined };
    expect(zhCN.errors["parameter.unknown-segment"](unknown)).toBe("政策文件未给出 2023-07-01 – 至今 的取值");
    expect(en.errors["parameter.unknown-segment"](unknown)).toBe("the sources give no value for 2023-07-01 – open");
  });

  it("optional parts: a text without them reads whole (no 'undefined')", () => {
    // The file of a pack read from code, standard input for the command line, an open period.
    expect(zhCNExtra["pack.error"]({ file: undefined, where: "$.region", message: "应为 qiannan" })).toBe(
      "参数包：$.region: 应为 qiannan",
    );
    expect(zhCNExtra["cli.read"]({ file: undefined, reason: "EIO" })).toBe("无法读取标准输入：EIO");
    expect(zhCNExtra["cli.json"]({ file: undefined, reason: "x" })).toBe("标准输入 不是有效的 JSON：x");
    expect(zhCN.refusals["after-account-closed"]({ date: "2014-03-01", closedOn: undefined })).toBe(
      "2014-03-01 缴纳，晚于账户终止",
    );
  });

  it("every message a schema of src/ writes itself has its own Chinese text (not the untranslated fallback)", () => {
    // The messages given to z.refine, z.regex and ctx.addIssue in the schema files, read from the sources.
    const render = (message: string): string => zhCNExtra["zod.message"]({ issue: { code: "custom", message } });
    const src = join(import.meta.dirname, "..", "..", "src");
    const files = ["case/schema.ts", "policy/schema.ts", "policy/overrides.ts", "policy/pack.ts"];
    const found = new Set<string>();
    for (const f of files) {
      const text = readFileSync(join(src, f), "utf8");
      for (const m of text.matchAll(/z\.(?:refine|regex)\([\s\S]*?,\s*("(?:[^"\\]|\\.)*"|'[^']*'|`[^`$]*`)\s*\)/g)) {
        found.add(m[1]!.slice(1, -1).replace(/\\"/g, '"'));
      }
      for (const m of text.matchAll(/message: "((?:[^"\\]|\\.)*)"/g)) found.add(m[1]!);
    }
    expect(found.size).toBeGreaterThan(8);
    const untranslated = [...found].filter((m) => render(m).startsWith("无效输入（"));
    expect(untranslated).toEqual([]);
  });
});

describe("docs/language.md", () => {
  const page = readFileSync(join(import.meta.dirname, "..", "..", "docs", "language.md"), "utf8");
  /** Each parameter shown as `{name}`, as the page's tables write them. */
  const placeholders = new Proxy({}, { get: (_t, k) => (typeof k === "string" ? `{${k}}` : undefined) });
  const row = (code: string, en: string, zh: string): string =>
    `| \`${code}\` | ${en.replace(/\|/g, "\\|")} | ${zh.replace(/\|/g, "\\|")} |`;

  it("lists every error code with its English and Chinese description", () => {
    for (const code of errorCodes) expect(page).toContain(row(code, enCodes[code], zhCNCodes[code]));
  });

  it("lists every refusal code with its English and Chinese sentence", () => {
    for (const code of refusalCodes) {
      const render = (f: unknown): string => (f as (p: unknown) => string)(placeholders);
      expect(page).toContain(row(code, render(en.refusals[code]), render(zhCN.refusals[code])));
    }
  });
});
