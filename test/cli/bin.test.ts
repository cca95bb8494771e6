import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./helpers";

const bin = join(root, "bin", "resident-pension.js");
// The installed command runs the build (test/global-setup.ts builds dist/ when it is stale).
describe("bin/resident-pension.js (built)", () => {
  it("checks the examples as a real process: exit 0, last line '5 passed, 0 failed'", () => {
    const r = spawnSync(process.execPath, [bin, "check", "examples"], { cwd: root, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("5 passed, 0 failed");
  });

  it("exits 2 with the error JSON on stderr for bad input from standard input", () => {
    const input = JSON.stringify({
      region: "qiannan",
      asOf: "2013-06-30",
      person: { birthDate: "1948-03-02" },
      payments: [{ year: 2012, date: "2012-03-01", amount: "1.234" }],
    });
    const r = spawnSync(process.execPath, [bin, "evaluate", "-"], { cwd: root, encoding: "utf8", input });
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ code: "invalid-money", path: ["payments", 0, "amount"] });
  });

  it("--lang zh-CN: the built command (its own copy of the error module) prints the Chinese message", () => {
    const input = JSON.stringify({ region: "qiannan", asOf: "2013-02-30", person: { birthDate: "1948-03-02" } });
    const r = spawnSync(process.execPath, [bin, "evaluate", "-", "--lang", "zh-CN"], {
      cwd: root,
      encoding: "utf8",
      input,
    });
    expect(r.status).toBe(2);
    const e = JSON.parse(r.stderr) as { message: string; issues: { message: string }[] };
    expect(e.message).toBe("$.asOf: 应为 1900 至 2200 年间真实存在的日期 YYYY-MM-DD");
    expect(e.issues.map((i) => i.message)).toEqual(["$.asOf: 应为 1900 至 2200 年间真实存在的日期 YYYY-MM-DD"]);
  });
});
