/**
 * `npm run bench:digest`: one SHA-256 over the JSON of every result of the benchmark population
 * (20,000 cases by default, with the trace; an error line where a case throws), then the named
 * scenario's. A refactoring that must not change behaviour keeps this digest (issue 17): run it
 * before and after and compare. `--cases N` for another size, `--no-trace` without the trace.
 */
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import { evaluateCase, isPensionInputError } from "../src/index";
import { namedScenario, population } from "./population";

const { values } = parseArgs({ options: { cases: { type: "string" }, "no-trace": { type: "boolean" } } });
const n = Number(values.cases ?? 20_000);
if (!Number.isInteger(n) || n < 1) throw new Error(`--cases ${values.cases}: a whole number of cases`);
const options = { trace: values["no-trace"] !== true };
const hash = createHash("sha256");
let ok = 0;
let failed = 0;
for (const c of [...population(n), namedScenario()]) {
  try {
    hash.update(JSON.stringify(evaluateCase(c, options)));
    ok++;
  } catch (e) {
    if (!isPensionInputError(e)) throw e;
    hash.update(JSON.stringify({ error: e.toJSON() }));
    failed++;
  }
  hash.update("\n");
}
process.stdout.write(
  `${hash.digest("hex")}  ${ok} results, ${failed} errors (${n} cases + the named scenario, trace ${options.trace ? "on" : "off"})\n`,
);
