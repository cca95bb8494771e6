import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { regions } from "../../src/policy/index";
import { parametersOf } from "../../src/policy/walk";
import { citedSources, sources } from "../../src/policy/sources";
import { citationsOf } from "../../src/policy/citation";
import { getRegion } from "../../src/policy/index";
import { renderSourcesPage } from "../../scripts/sources-render";
import { definePolicy } from "../../src/policy/define";
import { sourceDates } from "../../src/policy/source-dates";
import type { RegionPolicyInput } from "../../src/policy/schema";

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

describe("citations as data (answers.md §5)", () => {
  it("reads a document number, article and quote", () => {
    // qiannan fixedDivisor: `黔南府办发〔2011〕110号 第二十条 (除以139)`; the table dates the text 2011-09-02.
    expect(citationsOf(getRegion("qiannan").facts.fixedDivisor.citation)).toEqual([
      {
        doc: "qn-2011-110",
        issuer: "黔南州人民政府办公室",
        date: "2011-09-02",
        article: "第二十条",
        quote: "除以139",
      },
    ]);
  });

  it("gives one citation per document named, in the order written, and keeps unnamed parts as text", () => {
    const cs = citationsOf("国发〔2014〕8号 七; 国发〔2009〕32号; an agency's own words", "2024-01-01");
    expect(cs.map((c) => [c.doc, c.article, c.checked])).toEqual([
      ["gf-2014-8", "七", "2024-01-01"],
      ["gf-2009-32", undefined, "2024-01-01"],
      ["an agency's own words", undefined, "2024-01-01"],
    ]);
    expect(Object.isFrozen(cs)).toBe(true);
  });

  it("never names a document by its corpus file name alone in a config (the seed texts by title or number)", () => {
    const byFileOnly = regions.flatMap((p) => citations(p).filter((c) => /\d{3}_[0-9a-f]{16}\.txt/.test(c.citation)));
    expect(byFileOnly).toEqual([]);
  });

  it.each(regions.map((p) => ({ id: p.id, policy: p })))(
    "$id: every citation reads as data naming a document of the table",
    ({ policy }) => {
      const ids = new Set(sources.map((s) => s.id));
      const bad = citations(policy).filter((c) => !citationsOf(c.citation).some((x) => ids.has(x.doc)));
      expect(bad).toEqual([]);
    },
  );

  it.each(regions.map((p) => ({ id: p.id, policy: p })))(
    "$id: every open-ended known segment carries checked",
    ({ policy }) => {
      const missing = parametersOf(policy).flatMap((p) => {
        const last = p.segments[p.segments.length - 1]!;
        if (last.until !== undefined || "unknown" in last) return [];
        // A notice usually confirms a value before it starts (QN-PAY-TIERS from 2021, checked 2020-10-17).
        return last.checked !== undefined ? [] : [`${p.id} from ${last.from}`];
      });
      expect(missing).toEqual([]);
    },
  );

  it("dates an open-ended value by the newest document its citation names", () => {
    // QN-ELIG cites 黔南府办发〔2011〕110号 (2011-09-02), 国发〔2014〕8号 (2014-02-21) and 国发〔2009〕32号 (2009-09-01).
    const elig = getRegion("qiannan").parameters.pensionAge;
    expect(elig.segments[elig.segments.length - 1]).toMatchObject({ checked: "2014-02-21" });
    // The Beibei plan is undated (the text anonymises its years): its values are confirmed from the date they start.
    const lump = getRegion("beibei").parameters.lumpSum!;
    expect(lump.segments[0]).toMatchObject({ from: "2009-09-01", checked: "2009-09-01" });
  });

  it("rejects a citation that is not a string", () => {
    expect(() => citationsOf(42 as unknown as string)).toThrow(/citation/);
  });

  it("definePolicy dates open ends by the generated date table exactly as by the sources table", () => {
    // src/policy/source-dates.ts carries each document's date and keys only (the one-region bundle
    // leaves the table out); test/policy/generate.test.ts checks it is freshly generated.
    expect(sourceDates.map((s) => [s.date, s.keys])).toEqual(sources.map((s) => [s.date, s.keys]));
    // The rule with the whole table: the newest dated document named, else `from`; none when it names none.
    const expected = (citation: string, from: string): string | undefined => {
      const named = citedSources(citation);
      if (named.length === 0) return undefined;
      const dates = named.flatMap((s) => (s.date === null ? [] : [s.date])).sort();
      return dates[dates.length - 1] ?? from;
    };
    for (const policy of regions) {
      // Every open end stripped of its `checked`, plus one that cites no document and one citing an undated one.
      const input = structuredClone(policy) as unknown as { parameters: Record<string, unknown> };
      const open = parametersOf(input as unknown as typeof policy).map((p) => p.segments[p.segments.length - 1]!);
      for (const s of open) delete (s as { checked?: string }).checked;
      const dated = definePolicy(input as unknown as RegionPolicyInput);
      parametersOf(dated).forEach((p, i) => {
        const last = p.segments[p.segments.length - 1]!;
        const want = last.until !== undefined || "unknown" in last ? undefined : expected(open[i]!.citation, last.from);
        expect((last as { checked?: string }).checked, `${policy.id} ${p.id}`).toBe(want);
      });
    }
    const bare = structuredClone(getRegion("qiannan")) as unknown as { parameters: Record<string, unknown> };
    const death = bare.parameters["deathBenefit"] as { segments: { citation: string; checked?: string }[] };
    Object.assign(death.segments[death.segments.length - 1]!, { citation: "县人社局 2024年通知", checked: undefined });
    const p = definePolicy(bare as unknown as RegionPolicyInput);
    expect((p.parameters.deathBenefit!.segments.at(-1) as { checked?: string }).checked).toBeUndefined();
  });
});
