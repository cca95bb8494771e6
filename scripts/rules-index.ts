/**
 * `npm run docs:rules-index` (also run by `npm run docs:regions`): write docs/rules-index.md, the
 * rule id → region → slot → module → function index (scripts/rules-index-render.ts).
 * test/docs/rules-index.test.ts fails when the committed page differs from a fresh rendering.
 */
import { writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { regions } from "../src/policy/index";
import { renderRulesIndex } from "./rules-index-render";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const file = join(root, "docs", "rules-index.md");
writeFileSync(file, renderRulesIndex(regions), "utf8");
console.log(`wrote ${relative(root, file)}`);
