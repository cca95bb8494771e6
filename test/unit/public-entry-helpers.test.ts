import { describe, expect, it } from "vitest";
import { localized, rules, unreadableInput } from "../../src";
import { inputError } from "../helpers";

describe("unreadableInput: the library's error for a file a tool could not read", () => {
  it("a case file that cannot be read: invalid-input at the root, in both languages", () => {
    const e = unreadableInput("case-read", "case.json", "ENOENT");
    expect([e.code, e.path, e.message]).toEqual(["invalid-input", [], "cannot read case.json: ENOENT"]);
    expect(localized(e, "zh-CN").message).toBe("无法读取 case.json：ENOENT");
  });

  it("standard input that is not JSON (file undefined)", () => {
    const e = unreadableInput("case-json", undefined, "Unexpected end of JSON input");
    expect(e.message).toBe("standard input is not valid JSON: Unexpected end of JSON input");
    expect(localized(e, "zh-CN").message).toBe("标准输入 不是有效的 JSON：Unexpected end of JSON input");
  });

  it("a parameter pack that cannot be read: invalid-pack naming the file in details", () => {
    const e = unreadableInput("pack-read", "pack.json", "EACCES");
    expect([e.code, e.details]).toEqual(["invalid-pack", { file: "pack.json" }]);
    expect(e.message).toBe("pack.json: cannot read the parameter pack: EACCES");
  });

  it("wrong arguments are typed errors naming the argument", () => {
    expect(inputError(() => unreadableInput("x" as never, "f", "r"))).toMatchObject({
      code: "invalid-input",
      path: ["kind"],
      message: '$.kind: expected "case-read", "case-json" or "pack-read", got "x"',
    });
    expect(inputError(() => unreadableInput("case-read", 1 as never, "r")).path).toEqual(["file"]);
    expect(inputError(() => unreadableInput("case-read", "f", null as never)).path).toEqual(["reason"]);
  });
});

describe("rules: a Chinese title next to the English one", () => {
  it("QN-BEN-BASIC has both; the CLI's explain shows titleZh in Chinese", () => {
    const r = rules.get("QN-BEN-BASIC");
    expect(r?.titleZh).toBe("贵州省基础养老金标准（元/月）"); // src/i18n/titles-zh.ts
    expect(r?.title).not.toBe(r?.titleZh);
  });
});
