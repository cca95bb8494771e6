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
});
