import type { Reporter } from "vitest/node";

type ConsoleLog = Parameters<NonNullable<Reporter["onUserConsoleLog"]>>[0];

/**
 * A vitest reporter for `npm run test:deep`: collects the `[law] <name>: runs N, vacuous V,
 * skipped S` lines the laws print (under PROPS_RUNS or PROPS_STATS, test/arbitraries/evaluate.ts)
 * and prints them all, sorted, once the run ends — after the default reporter's summary.
 *
 *   PROPS_RUNS=2000 npx vitest run test/properties --reporter=default --reporter=./test/properties/law-reporter.ts
 */
export default class LawReporter implements Reporter {
  private readonly lines: string[] = [];
  private started = Date.now();

  onTestRunStart(): void {
    this.started = Date.now();
  }

  onUserConsoleLog(log: ConsoleLog): void {
    for (const line of log.content.split("\n")) if (line.startsWith("[law] ")) this.lines.push(line);
  }

  onTestRunEnd(): void {
    if (this.lines.length === 0) return;
    const total = this.lines.reduce((n, l) => n + Number(/: runs (\d+)/.exec(l)?.[1] ?? 0), 0);
    const minutes = ((Date.now() - this.started) / 60_000).toFixed(1);
    process.stdout.write(
      `\nLaw counts (${this.lines.length} laws, ${total} runs in all, ${minutes} min):\n${[...this.lines].sort().join("\n")}\n`,
    );
  }
}
