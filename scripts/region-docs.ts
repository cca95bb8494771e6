/**
 * `npm run docs:regions`: write docs/regions/<id>.md for every region from its config.
 * The pages are a pure rendering (scripts/region-docs-render.ts); test/policy/region-docs.test.ts
 * fails when a committed page differs from the configs.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { regions } from "../src/policy/index";
import { renderRegionPage } from "./region-docs-render";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "docs", "regions");
mkdirSync(outDir, { recursive: true });
for (const policy of regions) {
  const file = join(outDir, `${policy.id}.md`);
  writeFileSync(file, renderRegionPage(policy), "utf8");
  console.log(`wrote ${relative(root, file)}`);
}
