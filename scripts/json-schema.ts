import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderSchemas } from "./json-schema-render";

// Writes docs/schema/*.schema.json from the zod schemas (npm run docs:schema).
const dir = join(import.meta.dirname, "..", "docs", "schema");
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(renderSchemas())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote docs/schema/${name}`);
}
