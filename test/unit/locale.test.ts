/** answers.md §6 in code: the `locale` option, `localized`, `localeFromEnv`, `needs(…, { locale })`. */
import { describe, expect, it } from "vitest";
import {
  evaluateCase,
  isPensionInputError,
  localeFromEnv,
  locales,
  localized,
  needs,
  PensionInputError,
  withOverrides,
  qiannan,
} from "../../src";
import { evaluateCaseWith as coreEvaluate } from "../../src/core";

const bad = { region: "qiannan", asOf: "2013-02-30", person: { birthDate: "1952-11-20" } };
const EN = "$.asOf: a calendar date YYYY-MM-DD between 1900 and 2200";
const ZH = "$.asOf: 应为 1900 至 2200 年间真实存在的日期 YYYY-MM-DD";

function thrown(f: () => unknown): PensionInputError {
  try {
    f();
  } catch (e) {
    if (isPensionInputError(e)) return e;
    throw e;
  }
  throw new Error("expected a PensionInputError");
}

describe("the locale option", () => {
  it("evaluateCase: English by default, Chinese with locale zh-CN; the same code, path and value", () => {
    const en = thrown(() => evaluateCase(bad));
    const zh = thrown(() => evaluateCase(bad, { locale: "zh-CN" }));
    expect(en.message).toBe(EN);
    expect(zh.message).toBe(ZH);
    expect([zh.code, zh.path, zh.received]).toEqual([en.code, en.path, en.received]);
    expect(zh).toBeInstanceOf(PensionInputError);
    expect(JSON.parse(JSON.stringify(zh))).toEqual({
      ...JSON.parse(JSON.stringify(en)),
      message: ZH,
      issues: [{ ...en.issues[0], message: ZH }],
    });
  });

  it("resident-pension/core's evaluateCaseWith takes it too", () => {
    expect(thrown(() => coreEvaluate(qiannan, bad, { locale: "zh-CN" })).message).toBe(ZH);
    const r = coreEvaluate(
      qiannan,
      { ...bad, asOf: "2013-06-30", payments: [{ year: 2012, date: "2012-05-01", amount: "150" }] },
      { locale: "zh-CN" },
    );
    expect(r.payments[0]!.refusals.map((x) => [x.rule, x.code])).toEqual([["PAY-VALIDITY", "not-a-tier"]]);
  });

  it('another locale is invalid-input at ["locale"]', () => {
    const e = thrown(() => evaluateCase(bad, { locale: "fr" as never }));
    expect([e.code, e.path, e.message]).toEqual([
      "invalid-input",
      ["locale"],
      '$.locale: expected "zh-CN" or "en", got "fr"',
    ]);
  });

  it("needs(input, { locale })", () => {
    expect(thrown(() => needs(bad, { locale: "zh-CN" })).message).toBe(ZH);
    expect(thrown(() => needs(bad)).message).toBe(EN);
    expect(thrown(() => needs(bad, 5 as never)).path).toEqual(["options"]);
  });
});

describe("localized(error, locale)", () => {
  it("re-renders an error caught from a call without a locale option, both ways", () => {
    const e = thrown(() => withOverrides(qiannan, { "QN-NOPE": [{ from: "2012-01-01", value: "1", citation: "x" }] }));
    expect(e.code).toBe("unknown-parameter");
    const zh = localized(e, "zh-CN");
    expect(zh.message).toMatch(/^QN-NOPE: qiannan 没有这个编号的参数（已知：/);
    expect(localized(zh, "en").message).toBe(e.message);
    expect(localized(e, "en")).toBe(e);
  });

  it("refuses what is not a PensionInputError, and a bad locale", () => {
    expect(thrown(() => localized(new Error("x") as never, "zh-CN")).path).toEqual(["error"]);
    expect(
      thrown(() =>
        localized(
          thrown(() => evaluateCase(bad)),
          "de" as never,
        ),
      ).path,
    ).toEqual(["locale"]);
  });
});

describe("localeFromEnv", () => {
  it("zh-CN when LC_ALL, else LANG, starts with zh", () => {
    expect(locales).toEqual(["zh-CN", "en"]);
    expect(localeFromEnv({ LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(localeFromEnv({ LANG: "zh_TW.UTF-8" })).toBe("zh-CN");
    expect(localeFromEnv({ LC_ALL: "zh_CN.UTF-8", LANG: "en_US.UTF-8" })).toBe("zh-CN");
    expect(localeFromEnv({ LC_ALL: "C", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(localeFromEnv({ LC_ALL: "", LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(localeFromEnv({})).toBe("en");
    expect(thrown(() => localeFromEnv(null as never)).path).toEqual(["env"]);
  });
});
