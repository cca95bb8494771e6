import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./helpers";

describe("README.md", () => {
  it("the API example prints what its //=> comments say", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(code).toBeDefined();
    const expected = [...code!.matchAll(/\/\/=> (.*)$/gm)].map((m) => m[1]!.trim());
    expect(expected.length).toBeGreaterThan(0);
    const file = join(mkdtempSync(join(tmpdir(), "resident-pension-readme-")), "example.ts");
    writeFileSync(
      file,
      code!.replace('from "resident-pension"', `from ${JSON.stringify(join(root, "src", "index.ts"))}`),
    );
    const r = spawnSync(process.execPath, ["--import", "tsx", file], { cwd: root, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toEqual(expected);
  });
});
