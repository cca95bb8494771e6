/**
 * docs/rules.md is the project's own copy of the rule catalogue: every citation in the code, the
 * configs and the results that names "docs/rules.md <ID>" must name an id the file defines (a
 * table row `| ID |` or a bullet `- ID:` / `- ID (…):`, or a region section `(QN)`), and no citation may point at a
 * catalogue outside the repository.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../src";
import { root } from "./helpers";

const catalogue = readFileSync(join(root, "docs", "rules.md"), "utf8");
const defined = new Set<string>([
  ...[...catalogue.matchAll(/^\| ([A-Z][A-Z0-9-]+)(?:, ([A-Z][A-Z0-9-]+))? \|/gm)].flatMap((m) => [
    m[1]!,
    ...(m[2] ? [m[2]] : []),
  ]),
  ...[...catalogue.matchAll(/^- ([A-Z][A-Z0-9-]+)[ :(,]/gm)].map((m) => m[1]!),
  // a region's section: "## Ningxia 宁夏 (NX) — …"
  ...[...catalogue.matchAll(/^## .*\(([A-Z]{2})\)/gm)].map((m) => m[1]!),
]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("docs/rules.md, the project's rule catalogue", () => {
  it("defines the shared rules and the revision's rows (PILOT-TABLES, BEN-TOTAL, BB-CQ-2022)", () => {
    for (const id of [
      "PILOT-TABLES",
      "BEN-TOTAL",
      "INT-MONTHLY",
      "FIRST-MONTH",
      "BB-CQ-2022",
      "QN-PAY-AT-60",
      "NAT-MIN-BASIC",
    ])
      expect(defined.has(id), id).toBe(true);
  });

  it("every 'docs/rules.md <ID>' citation in src/ names an id the catalogue defines", () => {
    const cited = new Set<string>();
    for (const file of sources(join(root, "src"))) {
      for (const m of readFileSync(file, "utf8").matchAll(/docs\/rules\.md ([A-Z][A-Z0-9-]+(?:, [A-Z][A-Z0-9-]+)*)/g)) {
        for (const id of m[1]!.split(", ")) cited.add(id);
      }
    }
    expect(cited.size).toBeGreaterThan(20);
    expect([...cited].filter((id) => !defined.has(id))).toEqual([]);
  });

  it("the rule registry's citations name docs/rules.md, never a bare rules.md or a file outside the repository", () => {
    for (const info of rules.values()) {
      expect(info.citation, info.id).not.toMatch(/(^|[^/\w])rules\.md|\.\.\/shared/);
    }
    expect(rules.get("BEN-TOTAL")?.citation).toContain("docs/rules.md BEN-TOTAL");
  });
});
