import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { regions } from "../../src/policy/index";
import { parametersOf } from "../../src/policy/walk";
import { citedSources, sources } from "../../src/policy/sources";
import { renderSourcesPage } from "../../scripts/sources-render";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Every citation string of a policy: facts, features and every segment of every parameter. */
function citations(policy: (typeof regions)[number]): { where: string; citation: string }[] {
  const out: { where: string; citation: string }[] = [];
  for (const [k, f] of [...Object.entries(policy.facts), ...Object.entries(policy.features)]) {
    if (f) out.push({ where: `${policy.id} ${k}`, citation: f.citation });
  }
  for (const p of parametersOf(policy)) {
    p.segments.forEach((s, i) => out.push({ where: `${policy.id} ${p.id}[${i}]`, citation: s.citation }));
  }
  return out;
}

describe("sources", () => {
  it("has unique ids and keys", () => {
    const ids = sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = sources.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(sources)).toBe(true);
    expect(Object.isFrozen(sources[0])).toBe(true);
  });

  it.each(regions.map((p) => ({ id: p.id, policy: p })))(
    "$id: every citation names a document of the table",
    ({ policy }) => {
      const orphans = citations(policy).filter((c) => citedSources(c.citation).length === 0);
      expect(orphans).toEqual([]);
    },
  );

  it("names the Qiannan text, not the other document of the same seed file", () => {
    // Seed 001 holds the Qiannan measures and the Beibei plan: its file name alone names neither.
    expect(citedSources("001_8ca5a2fb09c02a5f.txt, 黔南府办发〔2011〕110号 第二十条").map((s) => s.id)).toEqual([
      "qn-2011-110",
    ]);
    expect(
      citedSources("001_8ca5a2fb09c02a5f.txt 第三篇, 北碚区城乡居民社会养老保险试点工作方案 八(二)").map((s) => s.id),
    ).toEqual(["bb-pilot"]);
    expect(citedSources("a note citing nothing")).toEqual([]);
  });

  it("docs/sources.md is up to date (npm run docs:regions)", () => {
    expect(readFileSync(join(root, "docs", "sources.md"), "utf8")).toBe(renderSourcesPage());
  });
});
