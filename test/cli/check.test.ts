import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, examples, readExample, tempCases } from "./helpers";

const lastLine = (text: string): string => text.trimEnd().split("\n").at(-1)!;

describe("resident-pension check", () => {
  it("passes on the examples: one ✓ line per case and 'N passed, 0 failed', exit 0", async () => {
    const r = await cli(["check", examples]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("✓ "))).toHaveLength(5);
    expect(lastLine(r.stdout)).toBe("5 passed, 0 failed");
  });

  it("fails (exit 1) on a case whose expect is wrong, naming the path, the expected and the actual value", async () => {
    const wrong = { ...readExample("ningxia"), expect: { account: { balance: "1711.01" } } };
    const dir = tempCases({ "ok.json": readExample("cixi"), "wrong.json": wrong, "notes.json": { no: "expect" } });
    const r = await cli(["check", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✓ ${join(dir, "ok.json")}\n`);
    expect(r.stdout).toContain(`✗ ${join(dir, "wrong.json")}: $.account.balance expected "1711.01" got "1711.00"\n`);
    expect(lastLine(r.stdout)).toBe("1 passed, 1 failed"); // notes.json has no expect: not a case to check
  });

  it("counts a case that throws PensionInputError as failed, showing the error", async () => {
    const bad = { ...readExample("ningxia"), payments: [{ year: 2021, date: "2021-06-15", amount: "1.234" }] };
    const dir = tempCases({ "bad.json": bad });
    const r = await cli(["check", join(dir, "bad.json")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^✗ .*bad\.json: error \{"code":"invalid-money","path":\["payments",0,"amount"\]/);
    expect(lastLine(r.stdout)).toBe("0 passed, 1 failed");
  });

  it("passes a case expecting an error when the code (and path, if given) match", async () => {
    const base = { ...readExample("ningxia"), payments: [{ year: 2021, date: "2021-06-15", amount: "1.234" }] };
    const dir = tempCases({
      "code.json": { ...base, expect: { error: { code: "invalid-money" } } },
      "path.json": { ...base, expect: { error: { code: "invalid-money", path: ["payments", 0, "amount"] } } },
      "wrong-code.json": { ...base, expect: { error: { code: "invalid-date" } } },
      "wrong-path.json": { ...base, expect: { error: { code: "invalid-money", path: ["payments", 1, "amount"] } } },
      "no-error.json": { ...readExample("cixi"), expect: { error: { code: "invalid-money" } } },
    });
    const r = await cli(["check", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✓ ${join(dir, "code.json")}\n`);
    expect(r.stdout).toContain(`✓ ${join(dir, "path.json")}\n`);
    expect(r.stdout).toContain(
      `✗ ${join(dir, "wrong-code.json")}: $.error.code expected "invalid-date" got "invalid-money"\n`,
    );
    expect(r.stdout).toContain(
      `✗ ${join(dir, "wrong-path.json")}: $.error.path expected ["payments",1,"amount"] got ["payments",0,"amount"]\n`,
    );
    expect(r.stdout).toContain(`✗ ${join(dir, "no-error.json")}: $.error expected {"code":"invalid-money"}`);
    expect(lastLine(r.stdout)).toBe("2 passed, 3 failed");
  });

  it("searches folders recursively and takes files given directly", async () => {
    const r = await cli(["check", join(examples, "qiannan.json"), join(examples, "..", "test", "vectors")]);
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe("6 passed, 0 failed");
  });

  it("is a usage error (exit 2) without paths, for a missing path, or when no case has an expect block", async () => {
    expect((await cli(["check"])).code).toBe(2);
    const missing = await cli(["check", join(examples, "nowhere")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file or directory");
    const empty = await cli(["check", tempCases({ "a.json": { region: "qiannan" } })]);
    expect(empty.code).toBe(2);
    expect(lastLine(empty.stdout)).toBe("0 passed, 0 failed");
  });
});
