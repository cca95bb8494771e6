/**
 * `npm run example`: evaluate every case in examples/ and print a short summary per region.
 * Runs from the TypeScript sources (tsx), so it needs no build.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { evaluateCase, getRegion, type CaseResult } from "../src/index";
import { matchCase } from "../src/testing";

const dir = join(import.meta.dirname, "..", "examples");

interface ExampleCase {
  readonly region: string;
  readonly person: {
    readonly birthDate: string;
    readonly sex?: string;
    readonly statuses?: readonly { readonly kind: string; readonly from: string }[];
    readonly events?: readonly { readonly kind: string; readonly date: string }[];
  };
}

function personLine(c: ExampleCase): string {
  const parts = [`born ${c.person.birthDate}`];
  if (c.person.sex) parts.push(c.person.sex);
  for (const s of c.person.statuses ?? []) parts.push(`${s.kind} from ${s.from}`);
  for (const e of c.person.events ?? []) parts.push(`${e.kind} ${e.date}`);
  return parts.join(", ");
}

function summary(file: string, c: ExampleCase, r: CaseResult): string[] {
  const policy = getRegion(r.region);
  const nonZero = Object.entries(r.account.components).filter(([, v]) => v !== "0.00");
  const lines = [
    `${policy.id} — ${policy.name} ${policy.nameZh} (${relative(process.cwd(), file)}), as of ${r.asOf}`,
    `  person:             ${personLine(c)}`,
    `  contribution years: ${r.contributionYears}`,
    `  balance:            ${r.account.balance}${nonZero.length ? ` (${nonZero.map(([k, v]) => `${k} ${v}`).join(", ")})` : ""}; paid out ${r.account.paidOut}`,
  ];
  const m = r.pension.monthly;
  if (m) {
    lines.push(`  pension ${m.month}:    ${m.total} = ${m.lines.map((l) => `${l.rule} ${l.amount}`).join(" + ")}`);
  } else {
    lines.push(
      `  pension:            ${r.pension.eligible ? `from ${r.pension.firstMonth ?? "?"}, none in ${r.asOf.slice(0, 7)}` : "not (yet) eligible"}`,
    );
  }
  const s = r.settlement;
  if (s) {
    lines.push(
      `  settlement:         ${s.event} ${s.date}, last pension month ${s.lastPensionMonth ?? "none"}: balance ${s.balance} → inheritable ${s.inheritable}, to the fund ${s.toFund}` +
        (s.overpayment !== "0.00" ? ` (overpayment ${s.overpayment}, recovered ${s.overpaymentRecovered})` : "") +
        (s.deathBenefit !== "0.00" ? `; death benefit ${s.deathBenefit}` : ""),
    );
  }
  const mismatch = matchCase(c);
  lines.push(
    `  expect:             ${mismatch === null ? "✓ matches" : `✗ ${mismatch.path} expected ${JSON.stringify(mismatch.expected)} got ${JSON.stringify(mismatch.got)}`}`,
  );
  return lines;
}

let failed = 0;
const out: string[] = [];
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const file = join(dir, name);
  const c = JSON.parse(readFileSync(file, "utf8")) as ExampleCase;
  const result = evaluateCase(c);
  const lines = summary(file, c, result);
  if (lines.at(-1)!.includes("✗")) failed++;
  out.push(...lines, "");
}
process.stdout.write(out.join("\n"));
if (failed > 0) {
  process.stderr.write(`${failed} example(s) do not match their expect block\n`);
  process.exitCode = 1;
}
