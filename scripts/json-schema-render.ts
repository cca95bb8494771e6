import { z } from "zod";
import { civilDate, caseSchema, money } from "../src/case/schema";
import { caseResultSchema, civilDateStringSchema, partialCaseResultSchema } from "../src/case/result";
import { MONEY_PATTERN } from "../src/money";
import { overrideDate } from "../src/policy/overrides";
import { parameterPackSchema } from "../src/policy/pack";
import { repository } from "../package.json";

/** Where the schemas live in the repository: their `$id`s (the shipped copies are the same files). */
const base = `${repository.url
  .replace(/^git\+/, "")
  .replace(/\.git$/, "")
  .replace("https://github.com/", "https://raw.githubusercontent.com/")}/main/docs/schema/`;

const datePattern = "^\\d{4}-\\d{2}-\\d{2}$";

/**
 * What zod cannot say by itself: the dates are civil dates (`format: "date"`, checked further by
 * the library: a real day between 1900 and 2200), and an input amount is a non-negative decimal
 * string with at most two decimals, or a non-negative number.
 */
function override(ctx: { zodSchema: unknown; jsonSchema: z.core.JSONSchema.BaseSchema }): void {
  const s: unknown = ctx.zodSchema;
  if (s === civilDate || s === overrideDate || s === civilDateStringSchema) {
    Object.assign(ctx.jsonSchema, { type: "string", format: "date", pattern: datePattern });
  } else if (s === money) {
    delete ctx.jsonSchema.anyOf;
    Object.assign(ctx.jsonSchema, {
      description: "an amount in yuan: a decimal string with at most two decimals, or a non-negative number",
      anyOf: [
        { type: "string", pattern: MONEY_PATTERN.source },
        { type: "number", minimum: 0 },
      ],
    });
  }
}

/** The JSON Schemas of the case format (input), the CaseResult (output) and a parameter pack, as file texts. */
export function renderSchemas(): Record<string, string> {
  const input = z.toJSONSchema(caseSchema, { io: "input", unrepresentable: "any", override });
  const output = z.toJSONSchema(caseResultSchema, { io: "output", unrepresentable: "any", override });
  const pack = z.toJSONSchema(parameterPackSchema, { io: "input", unrepresentable: "any", override });
  const partial = z.toJSONSchema(partialCaseResultSchema, { io: "output", unrepresentable: "any", override });
  const text = (name: string, title: string, schema: object): string => {
    const { $schema, ...rest } = schema as { $schema?: string };
    return `${JSON.stringify({ $schema, $id: `${base}${name}`, title, ...rest }, null, 2)}\n`;
  };
  return {
    "case.schema.json": text("case.schema.json", "resident-pension case (input)", input),
    "case-result.schema.json": text("case-result.schema.json", "resident-pension CaseResult (output)", output),
    "partial-case-result.schema.json": text(
      "partial-case-result.schema.json",
      'resident-pension PartialCaseResult (output with unknowns: "partial")',
      partial,
    ),
    "parameter-pack.schema.json": text(
      "parameter-pack.schema.json",
      "resident-pension parameter pack (docs/packs.md)",
      {
        description:
          "Dated, cited parameter values for one region. Each value has the shape of the parameter's value in the region's config, as the region pages show it (docs/regions/); money may be a decimal string or a JSON number with at most two decimals. The library checks the values against the region's policy (withParameterPack).",
        ...pack,
      },
    ),
  };
}
