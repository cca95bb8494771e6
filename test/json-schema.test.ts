import { createRequire } from "node:module";
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

describe("the JSON Schemas shipped in the package", () => {
  const req = createRequire(join(import.meta.dirname, "..", "package.json"));

  it("resolve as resident-pension/schema/case.json and resident-pension/schema/case-result.json (package exports)", () => {
    expect(req.resolve("resident-pension/schema/case.json")).toBe(
      join(import.meta.dirname, "..", "docs", "schema", "case.schema.json"),
    );
    expect(req.resolve("resident-pension/schema/case-result.json")).toBe(
      join(import.meta.dirname, "..", "docs", "schema", "case-result.schema.json"),
    );
  });

  it("carry an $id, format: date on civil dates and the money patterns", () => {
    const input = req("resident-pension/schema/case.json") as {
      $id: string;
      properties: Record<string, { format?: string }>;
    } & Record<string, unknown>;
    const output = req("resident-pension/schema/case-result.json") as {
      $id: string;
      properties: Record<string, { format?: string }>;
    };
    expect(input.$id).toMatch(/^https:\/\/.*\/case\.schema\.json$/);
    expect(output.$id).toMatch(/^https:\/\/.*\/case-result\.schema\.json$/);
    expect(input.properties["asOf"]!.format).toBe("date");
    expect(output.properties["asOf"]!.format).toBe("date");
    const payments = (
      input.properties["payments"] as unknown as {
        items: { properties: { amount: { anyOf: { pattern?: string }[] } } };
      }
    ).items;
    const pattern = new RegExp(payments.properties.amount.anyOf[0]!.pattern!);
    // The same amounts the library accepts and refuses (conventions.md "Money").
    expect(["0", "1200", "1200.5", "1200.50"].every((a) => pattern.test(a))).toBe(true);
    expect(["-1", "1.234", "1e3", "01", ""].some((a) => pattern.test(a))).toBe(false);
    expect(JSON.stringify(output)).toContain('"pattern":"^\\\\d+\\\\.\\\\d{2}$"');
  });
});
