/**
 * The guides' relative links point at files that exist, and their `#anchors` at headings that
 * exist (GitHub's heading ids).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./helpers";

const pages = [
  "docs/index.md",
  "docs/rules.md",
  "docs/quick-start.md",
  "docs/analysts.md",
  "docs/integrators.md",
  "docs/language.md",
  "docs/case-format.md",
  "docs/regions/ningxia.md",
  "docs/regions/qiannan.md",
  "docs/regions/jiangmen.md",
  "docs/regions/cixi.md",
  "docs/regions/beibei.md",
  "docs/testing.md",
  "docs/performance.md",
  "docs/scale.md",
  "docs/reliability.md",
  "README.md",
];

/** Markdown without fenced code blocks and inline code. */
function prose(markdown: string): string {
  return markdown.replace(/^\s*```[\s\S]*?^\s*```/gm, "").replace(/`[^`\n]*`/g, "");
}

/**
 * GitHub's heading ids (github-slugger): lower case, punctuation dropped, spaces to hyphens, -1, -2 … for repeats;
 * and the ids of explicit `<a id="…"></a>` anchors (docs/sources.md's rows).
 */
export function headingIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  const text = markdown.replace(/^\s*```[\s\S]*?^\s*```/gm, "");
  for (const a of text.matchAll(/<a id="([^"]+)"><\/a>/g)) ids.add(a[1]!);
  for (const line of text.split("\n")) {
    const h = /^#{1,6} (.*)$/.exec(line);
    if (!h) continue;
    const text = h[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/`/g, "");
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
      .replace(/ /g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    ids.add(n === 0 ? base : `${base}-${n}`);
  }
  return ids;
}

describe("documentation links", () => {
  for (const page of pages) {
    it(`${page}: every relative link and anchor resolves`, () => {
      const text = readFileSync(join(root, page), "utf8");
      const links = [...prose(text).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const [path, anchor] = link.split("#") as [string, string | undefined];
        const target = path === "" ? join(root, page) : resolve(dirname(join(root, page)), path);
        expect(existsSync(target), `${page}: ${link} → ${target} does not exist`).toBe(true);
        if (anchor !== undefined && statSync(target).isFile() && target.endsWith(".md")) {
          expect(
            headingIds(readFileSync(target, "utf8")).has(decodeURIComponent(anchor)),
            `${page}: ${link}: no heading #${anchor}`,
          ).toBe(true);
        }
      }
    });
  }
});
