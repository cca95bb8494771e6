/**
 * `npm run docs:regions`: write docs/regions/<id>.md for every region from its config and its
 * hand-written worked example (docs/regions/_examples/<id>.md), and docs/sources.md. The pages are a pure rendering
 * (scripts/region-docs-render.ts); test/policy/region-docs.test.ts fails when a committed page
 * differs from the configs and examples.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { regions } from "../src/policy/index";
import { renderRegionPage } from "./region-docs-render";
import { renderSourcesPage } from "./sources-render";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "docs", "regions");
mkdirSync(outDir, { recursive: true });
for (const policy of regions) {
  const file = join(outDir, `${policy.id}.md`);
  const exampleFile = join(outDir, "_examples", `${policy.id}.md`);
  const example = existsSync(exampleFile) ? readFileSync(exampleFile, "utf8") : undefined;
  if (example === undefined) console.warn(`no worked example: ${relative(root, exampleFile)} is missing`);
  writeFileSync(file, renderRegionPage(policy, { example }), "utf8");
  console.log(`wrote ${relative(root, file)}`);
}
const sourcesFile = join(root, "docs", "sources.md");
writeFileSync(sourcesFile, renderSourcesPage(), "utf8");
console.log(`wrote ${relative(root, sourcesFile)}`);
