/**
 * The command line's own text in English: usage errors, the `explain` and `needs` tables, the
 * batch and cost summaries. The CLI's, not the library's: no library bundle carries it.
 *
 * @module
 */

/** A template with its parameters. */
type P<T> = (p: T) => string;

/** The command-line catalogue in English; zh-CN.ts is typed by it. */
export const enCli = {
  /** The help of `resident-pension --help`. */
  "usage.help": (() => `Usage: resident-pension <command> [options]

China's urban-rural residents' basic pension (城乡居民基本养老保险), computed as the local texts say.

Commands:
  evaluate <case.json | -> [--params FILE]…
                                  print the case's result as JSON (exit 2 on bad input,
                                  the error as JSON on stderr)
  check <files or folders…> [--params FILE]…
                                  evaluate every case with an "expect" block (folders:
                                  every *.json, recursively); exit 1 if any fails
  explain <case.json | -> [--params FILE]…
                                  the case's trace as a table: rule, citation, output
  needs <case.json | -> [--json] [--pack-template] [--params FILE]…
                                  every dated value the case's evaluation looks up, known
                                  or unknown, merged into periods (everything missing at
                                  once); --json the report; --pack-template a parameter
                                  pack with every unknown period, "value": null to fill in
  regions [--date YYYY-MM-DD] [--json]
                                  each region's facts, features and parameters in force
                                  on the date (default today), with citations
  batch <cases.jsonl | -> [--workers N] [--out results.jsonl] [--no-trace] [--params FILE]…
                                  evaluate one case per line on N workers (processes for a
                                  file, threads for -; default and at most: the cores; 0:
                                  none); one line out per case, in input
                                  order: {"line":n,"result":…} or {"line":n,"error":{…}}
                                  (with the case's "id"); bad lines never stop the run;
                                  last on stderr "batch: N ok, N failed"; --out is written
                                  to a temporary file renamed into place when complete;
                                  --no-trace: results with an empty trace (faster, ~80%
                                  smaller)
  cost <cases.jsonl | -> --region R --from YYYY --to YYYY [--override file.json] [--json]
       [--workers N] [--params FILE]… [--partial-out FILE | -]
                                  yearly outlay over the region's cases (basic pension,
                                  account pension, fund top-ups, subsidies by level,
                                  proxy payments), each case evaluated as of 31 December
                                  of --to; with --override the same under the changed
                                  policy and the difference; bad lines on stderr;
                                  --partial-out also writes the totals for cost-merge
                                  (-: to stdout instead of the report)
  cost-merge <partials… | -> [--json]
                                  add up the partials of cost --partial-out over shards
                                  of a file: the report one cost run over the whole file
                                  prints (docs/scale.md)

Answers when a value is unknown (evaluate, explain, check, batch):
  --partial                       null figures where a value is missing, and "unknowns"
                                  (also the case's "options": { "unknowns": "partial" })
  --estimate floor                an unknown basic pension at its proven floor; figures
                                  built on it marked "estimate": "at-least" / "at-most"

Options:
  --params FILE                   a parameter pack (docs/packs.md): dated, cited values for
                                  the periods the sources leave unknown; repeatable, a later
                                  pack wins; the case's own options.parameters win over all
  --lang zh-CN|en                 the language of messages, refusals and tables (every
                                  command; default zh-CN when LC_ALL or LANG starts with zh)
  -h, --help                      this help
  -v, --version                   the version

Exit codes: 0 ok, 1 a check failed, 2 bad input or usage, 70 an internal error (a bug),
74 the output could not be written, 130/143 stopped by SIGINT/SIGTERM.
batch and cost exit 0 when every line was written, even if some lines failed (they are
reported); cost exits 2 when every case of the region failed.
The case format, conventions and rules: docs/index.md in the package repository.`) as P<object>,
  "usage.no-command": (() => "no command given") as P<object>,
  "usage.unknown-command": ((p) => `unknown command ${p.command}`) as P<{ command: string }>,
  "usage.args": ((p) => p.message) as P<{ message: string }>,
  "usage.no-option": ((p) => `${p.command} has no option --${p.option}`) as P<{ command: string; option: string }>,
  "usage.lang": ((p) => `--lang ${p.value}: the languages are zh-CN and en`) as P<{ value: string }>,
  "usage.estimate": ((p) => `--estimate ${p.value}: the only estimate is "floor" (or "none")`) as P<{
    value: string;
  }>,
  "usage.one-file": ((p) => `${p.command} takes one case file (or - for standard input)`) as P<{ command: string }>,
  "usage.check-files": (() => "check needs at least one file or folder") as P<object>,
  "usage.regions-args": ((p) => `regions takes no arguments, got ${p.arg}`) as P<{ arg: string }>,
  "usage.date": ((p) => `--date ${p.value} is not a calendar date YYYY-MM-DD`) as P<{ value: string }>,
  "usage.jsonl": ((p) => `${p.command} takes one JSONL file (one case per line), or - for standard input`) as P<{
    command: string;
  }>,
  "usage.workers": ((p) => `--workers ${p.value} is not a number of workers 0–256 (0: no worker)`) as P<{
    value: string;
  }>,
  "usage.cost-needs": ((p) => `cost needs --${p.option}`) as P<{ option: string }>,
  "line.too-long": ((p) =>
    `a line of ${p.bytes} bytes: longer than the ${p.limit}-byte limit of one case (not read)`) as P<{
    bytes: number;
    limit: number;
  }>,
  "line.not-json": ((p) => `not valid JSON: ${p.message}`) as P<{ message: string }>,
  "line.not-a-case": (() => "$: expected a case (a JSON object)") as P<object>,
  "line.with-override": (() => "with the override: ") as P<object>,
  "batch.summary": ((p) => `batch: ${p.ok} ok, ${p.failed} failed`) as P<{ ok: number; failed: number }>,
  "cost.all-failed": ((p) => `every case of ${p.region} failed: no totals to report`) as P<{ region: string }>,
  progress: ((p) => `${p.command}: processed ${p.count} cases, ${p.rate}/s`) as P<{
    command: string;
    count: number;
    rate: number;
  }>,
  "cost.summary": ((p) => `cost: ${p.ok} costed, ${p.failed} failed, ${p.other} of other regions skipped`) as P<{
    ok: number;
    failed: number;
    other: number;
  }>,
  "check.mismatch": ((p) => `${p.path} expected ${p.expected} got ${p.got}`) as P<{
    path: string;
    expected: string;
    got: string;
  }>,
  "check.no-such-file": ((p) => `${p.path}: no such file or directory`) as P<{ path: string }>,
  "check.summary": ((p) => `${p.passed} passed, ${p.failed} failed`) as P<{ passed: number; failed: number }>,
  "check.no-case": ((p) => `no case with an "expect" block in ${p.paths}`) as P<{ paths: string }>,
  "explain.as-of": ((p) => `${p.region}, as of ${p.asOf}`) as P<{ region: string; asOf: string }>,
  "explain.years": ((p) => `${p.years} contribution years`) as P<{ years: string }>,
  "explain.balance": ((p) => `balance ${p.balance}`) as P<{ balance: string }>,
  "explain.pension-unknown": (() => "pension unknown") as P<object>,
  "explain.pension": ((p) => `pension ${p.month} ${p.total}`) as P<{ month: string; total: string }>,
  "explain.no-pension": (() => "no pension this month") as P<object>,
  "explain.settled": ((p) => `settled (${p.event} ${p.date})`) as P<{ event: string; date: string }>,
  "explain.unknown": (() => "unknown") as P<object>,
  "explain.at-least": (() => "at least ") as P<object>,
  "explain.at-most": (() => "at most ") as P<object>,
  "explain.missing": ((p) => `${p.count} value${p.count === 1 ? "" : "s"} unknown (null figures): ${p.list}`) as P<{
    count: number;
    list: string;
  }>,
  "explain.steps": ((p) => `${p.count} trace steps`) as P<{ count: number }>,
  "table.rule": (() => "rule") as P<object>,
  "table.citation": (() => "citation") as P<object>,
  "table.output": (() => "output") as P<object>,
  "table.parameter": (() => "parameter") as P<object>,
  "table.period": (() => "period") as P<object>,
  "table.status": (() => "status") as P<object>,
  "table.value": (() => "value") as P<object>,
  "needs.complete": ((p) => `complete: every value the case needs is known (${p.count} periods)`) as P<{
    count: number;
  }>,
  "needs.incomplete": ((p) =>
    `incomplete: ${p.unknown} of ${p.count} periods unknown — supply them with --params FILE (a pack: needs --pack-template) or the case's options.parameters`) as P<{
    unknown: number;
    count: number;
  }>,
  "needs.unknown-value": ((p) => `unknown — e.g. ${p.example}`) as P<{ example: string }>,
  "needs.status-known": (() => "known") as P<object>,
  "needs.status-unknown": (() => "unknown") as P<object>,
  "usage.merge-files": (() =>
    "cost-merge takes the files of cost --partial-out (one or more; - for standard input)") as P<object>,
  /** The errors of cost partials (invalid-partial), made by the command line in the user's language. */
  "partial.read": ((p) => `${p.file}: cannot read the cost partial: ${p.reason}`) as P<{
    file: string;
    reason: string;
  }>,
  "partial.not-json": ((p) => `${p.where}: not valid JSON: ${p.reason}`) as P<{ where: string; reason: string }>,
  "partial.format": ((p) =>
    `${p.where}: expected a cost partial (a line of JSON with "format": "${p.format}", as cost --partial-out writes it)`) as P<{
    where: string;
    format: string;
  }>,
  "partial.field": ((p) => `${p.where}: ${p.path}: not as cost --partial-out writes it`) as P<{
    where: string;
    path: string;
  }>,
  "partial.mismatch": ((p) =>
    `${p.where}: ${p.path} is ${p.received}, but ${p.first} has ${p.expected}: partials of different cost runs cannot be merged`) as P<{
    where: string;
    path: string;
    received: string;
    first: string;
    expected: string;
  }>,
  "partial.none": ((p) => `no cost partial in ${p.files}`) as P<{ files: string }>,
};

/** The shape of a command-line catalogue: zh-CN.ts is typed with it. */
export type CliCatalogue = typeof enCli;
