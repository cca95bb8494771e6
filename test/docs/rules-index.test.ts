import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { regionPolicySchema } from "../../src/policy/schema";
import { regions } from "../../src/policy/index";
import { rules } from "../../src";
import { ruleIndexRows, slotCatalogue } from "../../src/rules/slots/index";
import { renderRulesIndex } from "../../scripts/rules-index-render";
import { root } from "./helpers";

describe("docs/rules-index.md, the rule id → region → slot → module → function index", () => {
  it("the committed page is up to date", () => {
    const file = join(root, "docs", "rules-index.md");
    expect(existsSync(file), "run npm run docs:rules-index").toBe(true);
    // On failure: run `npm run docs:rules-index` and commit the page with the change.
    expect(readFileSync(file, "utf8"), "docs/rules-index.md is stale: run npm run docs:rules-index").toBe(
      renderRulesIndex(regions),
    );
  });

  it("the catalogue has every slot of the schema, and every module it names exists", () => {
    const shape = regionPolicySchema.shape;
    const slots = (["facts", "features", "parameters"] as const).flatMap((g) =>
      Object.keys(shape[g].shape).map((k) => `${g}.${k}`),
    );
    expect(Object.keys(slotCatalogue).sort()).toEqual(slots.sort());
    for (const s of Object.values(slotCatalogue)) expect(existsSync(join(root, s.module)), s.module).toBe(true);
  });

  it("every row names a registered rule id and at least one function that its module defines", () => {
    const rows = ruleIndexRows(regions);
    expect(rows.length).toBeGreaterThan(150);
    for (const r of rows) {
      expect(rules.has(r.id), r.id).toBe(true);
      expect(r.functions.length, `${r.region} ${r.slot}`).toBeGreaterThan(0);
      const source = readFileSync(join(root, r.module), "utf8");
      for (const f of r.functions)
        expect(source, `${r.module} defines ${f}`).toMatch(new RegExp(`(function|const|class) ${f}\\b`));
    }
  });

  it("a slot whose value selects logic names the function of the region's value (QN-PAY-AT-60, BB-TRANSFER)", () => {
    const rows = ruleIndexRows(regions);
    const row = (id: string, slot: string) => rows.find((r) => r.id === id && r.slot === slot);
    expect(row("QN-PAY-AT-60", "features.payAt60")).toMatchObject({
      region: "qiannan",
      module: "src/rules/slots/payAt60.ts",
      values: "before-birthday-month",
    });
    expect(row("QN-PAY-AT-60", "features.payAt60")?.functions).toContain("paidBeforeBirthdayMonth");
    expect(row("BB-TRANSFER", "features.transfer")?.functions).toEqual(["balanceSealed"]);
    expect(row("QN-PRISON", "features.suspension")?.functions).toContain("refusedWhileImprisoned");
  });
});
