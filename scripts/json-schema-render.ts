import { z } from "zod";
import { caseSchema } from "../src/case/schema";
import { caseResultSchema, partialCaseResultSchema } from "../src/case/result";
import { PARAMETER_PACK_FORMAT, parameterPackSchema } from "../src/policy/pack";

/** The JSON Schemas of the case format (input), the CaseResult (output) and a parameter pack, as file texts. */
export function renderSchemas(): Record<string, string> {
  const input = z.toJSONSchema(caseSchema, { io: "input", unrepresentable: "any" });
  const output = z.toJSONSchema(caseResultSchema, { io: "output", unrepresentable: "any" });
  const pack = z.toJSONSchema(parameterPackSchema, { io: "input", unrepresentable: "any" });
  const partial = z.toJSONSchema(partialCaseResultSchema, { io: "output", unrepresentable: "any" });
  const text = (title: string, schema: object): string =>
    `${JSON.stringify({ title, ...schema }, null, 2)}\n`;
  return {
    "parameter-pack.schema.json": text("resident-pension parameter pack (docs/packs.md)", {
      $id: `urn:${PARAMETER_PACK_FORMAT.replace("/", ":")}`,
      description:
        "Dated, cited parameter values for one region. Each value has the shape of the parameter's value in the region's config, as the region pages show it (docs/regions/); money may be a decimal string or a JSON number with at most two decimals. The library checks the values against the region's policy (withParameterPack).",
      ...pack,
    }),
    "case.schema.json": text("resident-pension case (input)", input),
    "case-result.schema.json": text("resident-pension CaseResult (output)", output),
    "partial-case-result.schema.json": text("resident-pension PartialCaseResult (output with unknowns: \"partial\")", partial),
  };
}
