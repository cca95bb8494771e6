/**
 * Never stale (issue 14): the committed calculator script docs/calculator/calculator.js is exactly
 * what `npm run build:calculator` makes from today's sources, and it is one classic script (the
 * page works opened from the file system, where browsers refuse ES modules and chunks).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCalculator, calculatorDir } from "../../scripts/build-calculator";

const outdir = mkdtempSync(join(tmpdir(), "rp-calculator-build-"));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe("docs/calculator", () => {
  it("commits the script a fresh build makes from the current sources (rebuild: npm run build:calculator)", async () => {
    const files = await buildCalculator(outdir);
    expect(files.map((f) => f.file)).toEqual([join(outdir, "calculator.js")]);
    const fresh = readFileSync(join(outdir, "calculator.js"));
    const committed = readFileSync(join(calculatorDir, "calculator.js"));
    // Compared as bytes; on a difference, say so plainly instead of printing 180 kB twice.
    expect(
      committed.equals(fresh),
      "docs/calculator/calculator.js differs from a fresh build: run npm run build:calculator and commit it",
    ).toBe(true);
  });

  it("is one classic script: no module syntax, no chunks, loaded without type=module", () => {
    const js = readFileSync(join(calculatorDir, "calculator.js"), "utf8");
    expect(js).toMatch(/^("use strict";)?\(\(\)=>\{/);
    expect(js).not.toMatch(/\bimport\s*\(|^import |^export /m);
    expect(existsSync(join(calculatorDir, "chunks"))).toBe(false);
    const html = readFileSync(join(calculatorDir, "index.html"), "utf8");
    expect(html).toContain('<script src="./calculator.js" charset="utf-8"></script>');
    expect(html).not.toContain('type="module"');
  });
});
