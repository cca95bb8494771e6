import { z } from "zod";
import { caseSchema } from "../src/case/schema";
import { caseResultSchema, partialCaseResultSchema } from "../src/case/result";

/** The JSON Schemas of the case format (input) and the CaseResult (output), as file texts. */
export function renderSchemas(): Record<string, string> {
  const input = z.toJSONSchema(caseSchema, { io: "input", unrepresentable: "any" });
  const output = z.toJSONSchema(caseResultSchema, { io: "output", unrepresentable: "any" });
  const partial = z.toJSONSchema(partialCaseResultSchema, { io: "output", unrepresentable: "any" });
  const text = (title: string, schema: object): string =>
    `${JSON.stringify({ title, ...schema }, null, 2)}\n`;
  return {
    "case.schema.json": text("resident-pension case (input)", input),
    "case-result.schema.json": text("resident-pension CaseResult (output)", output),
    "partial-case-result.schema.json": text("resident-pension PartialCaseResult (output with unknowns: \"partial\")", partial),
  };
}
