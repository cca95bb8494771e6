/**
 * docs/performance.md: its links and anchors resolve, and the `cost` example is what the command
 * prints.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, jsonl, root, tempFile } from "./helpers";

const page = readFileSync(join(root, "docs", "performance.md"), "utf8");
const withoutCode = page.replace(/^\s*```[\s\S]*?^\s*```/gm, "");

/** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens. */
function headingIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  for (const line of markdown.split("\n")) {
    const h = /^#{1,6} (.*)$/.exec(line);
    if (h)
      ids.add(
        h[1]!
          .replace(/`/g, "")
          .toLowerCase()
          .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
          .replace(/ /g, "-"),
      );
  }
  return ids;
}

describe("docs/performance.md", () => {
  it("every in-page anchor names a heading", () => {
    const ids = headingIds(withoutCode);
    const anchors = [...withoutCode.replace(/`[^`\n]*`/g, "").matchAll(/\]\(#([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(anchors.length).toBeGreaterThan(5);
    for (const a of anchors) expect(ids.has(a), `#${a}`).toBe(true);
  });

  it("the cost example is what `resident-pension cost` prints", async () => {
    const block = /```text\n\$ resident-pension cost cases\.jsonl (.*)\n([\s\S]*?)```/.exec(page);
    expect(block).not.toBeNull();
    const override = tempFile(
      "what-if.json",
      JSON.stringify({
        "QN-BEN-COUNTY": [
          { from: "2013-01-01", value: { kind: "flat", amount: "10" }, citation: "county top-up 10 (example)" },
        ],
      }),
    );
    const cases = jsonl([
      { region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1948-03-02" } },
      { region: "qiannan", asOf: "2013-12-31", person: { birthDate: "1950-07-15", sex: "female" } },
    ]);
    const args = block![1]!.split(" ").map((a) => (a === "what-if.json" ? override : a));
    const r = await cli(["cost", cases, ...args, "--workers", "0"]);
    expect(r.code).toBe(0);
    expect(r.stdout.replace(override, "what-if.json")).toBe(block![2]);
  });
});
