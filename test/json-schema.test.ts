import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderSchemas } from "../scripts/json-schema-render";

describe("docs/schema", () => {
  for (const [name, text] of Object.entries(renderSchemas())) {
    it(`${name} is generated from the zod schemas (run npm run docs:schema if this fails)`, () => {
      expect(readFileSync(join(import.meta.dirname, "..", "docs", "schema", name), "utf8")).toBe(text);
    });
  }
});
