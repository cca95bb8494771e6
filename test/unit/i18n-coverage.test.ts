/**
 * answers.md §6 (Chinese first): every error code, message id, refusal code, command-line text,
 * trace sentence and rule id has a zh-CN text in src/i18n/zh-CN.ts. TypeScript checks that the ids are there; this
 * test checks that each text is Chinese (contains Han characters), so a copy of the English text
 * or an empty string fails.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { en, enCli } from "../../src/i18n/en";
import { zhCN, zhCNCli, zhCNRules } from "../../src/i18n/zh-CN";
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

describe("every id of the English catalogue has a Chinese text", () => {
  it("the same ids in every section (none missing, none extra)", () => {
    for (const section of ["codes", "errors", "refusals", "trace"] as const)
      expect(Object.keys(zhCN[section]).sort(), section).toEqual(Object.keys(en[section]).sort());
    expect(Object.keys(zhCNCli).sort(), "cli").toEqual(Object.keys(enCli).sort());
  });

  it.each(errorCodes)("error code %s: a one-line Chinese description", (code) => {
    expect(zhCN.codes[code]).toMatch(HAN);
    expect(en.codes[code]).not.toMatch(HAN);
  });

  it("every message id: a Chinese function (its text contains Han characters)", () => {
    const ids = Object.keys(en.errors) as (keyof typeof en.errors)[];
    expect(ids.length).toBeGreaterThan(80);
    for (const id of ids) {
      const zh = zhCN.errors[id];
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
    expect(zhCN.errors["date.invalid"]({ where: "$.asOf", value: '"2013-02-30"', min: 1900, max: 2200 })).toBe(
      '$.asOf: "2013-02-30" 不是 1900 至 2200 年间真实存在的日期 YYYY-MM-DD',
    );
    expect(zhCN.errors["money.pattern"]({ text: "1.005" })).toBe('"1.005" 不是以元为单位、至多两位小数的金额');
  });

  it("zod issues: the kinds the case schema raises, in Chinese", () => {
    const render = (issue: Parameters<(typeof zhCN.errors)["zod.message"]>[0]["issue"]): string =>
      zhCN.errors["zod.message"]({ issue });
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

  it("every message a schema of src/ writes itself has its own Chinese text (not the untranslated fallback)", () => {
    // The messages given to z.refine, z.regex and ctx.addIssue in the schema files, read from the sources.
    const render = (message: string): string => zhCN.errors["zod.message"]({ issue: { code: "custom", message } });
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
    for (const code of errorCodes) expect(page).toContain(row(code, en.codes[code], zhCN.codes[code]));
  });

  it("lists every refusal code with its English and Chinese sentence", () => {
    for (const code of refusalCodes) {
      const render = (f: unknown): string => (f as (p: unknown) => string)(placeholders);
      expect(page).toContain(row(code, render(en.refusals[code]), render(zhCN.refusals[code])));
    }
  });
});
