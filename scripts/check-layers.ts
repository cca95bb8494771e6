/**
 * `npm run lint:layers` (part of `npm run lint`): the layers of src/ read top-down
 * (docs/architecture.md "Layers"). Every file of src/ belongs to one layer by its path; a file
 * may import (types included) only from its own layer or a lower one, Node-only code (src/node/)
 * imports the library only through its public entries (src/index.ts, src/testing.ts), and the
 * import graph has no cycle. Prints each offending `file → import` and exits 1; prints the layer map with
 * `--map`.
 *
 *   npm run lint:layers
 *   npm run lint:layers -- --map
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const root = resolve(import.meta.dirname, "..");
const src = join(root, "src");

/**
 * The layers, lowest first: a path (relative to src/, a folder ends with "/") belongs to the
 * first layer with a matching prefix.
 */
export const layers: readonly { readonly name: string; readonly paths: readonly string[] }[] = Object.freeze([
  {
    name: "vocabulary",
    paths: [
      "freeze.ts",
      "region-ids.ts",
      "kinds.ts",
      "errors.ts",
      "exact-decimal.ts",
      "money.ts",
      "dates.ts",
      "i18n/",
      "vocabulary/",
    ],
  },
  { name: "policy", paths: ["policy/"] },
  { name: "rules", paths: ["rules/"] },
  { name: "case", paths: ["case/"] },
  { name: "answers", paths: ["answers/"] },
  { name: "evaluation", paths: ["case/evaluate.ts", "case/evaluate-many.ts"] },
  { name: "library entries", paths: ["public.ts", "core.ts", "regions/", "index.ts"] },
  { name: "testing", paths: ["testing/", "testing.ts"] },
  { name: "node", paths: ["node/"] },
]);

/**
 * Node-only code (src/node/: the CLI, the worker pool, file streams) imports the library only
 * through its public entries, as a user's program would.
 */
export const nodeFolder = "node/";
export const publicEntries: readonly string[] = Object.freeze(["index.ts", "testing.ts"]);

/** True when `file` is Node-only code that reaches past the public entries into the library. */
function bypassesPublicEntry(file: string, target: string): boolean {
  const [from, to] = [relative(src, file), relative(src, target)];
  return from.startsWith(nodeFolder) && !to.startsWith(nodeFolder) && !publicEntries.includes(to);
}

function layerOf(file: string): number {
  const path = relative(src, file);
  // The longest matching path wins: "case/evaluate.ts" before "case/".
  let index = -1;
  let longest = 0;
  for (const [i, layer] of layers.entries()) {
    for (const p of layer.paths) {
      if ((p.endsWith("/") ? path.startsWith(p) : path === p) && p.length > longest) [index, longest] = [i, p.length];
    }
  }
  if (index < 0) throw new Error(`check-layers: ${path} belongs to no layer (scripts/check-layers.ts)`);
  return index;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.(ts|mts)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
    });
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, "index.ts"), base.replace(/\.js$/, ".ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`check-layers: ${relative(root, from)} imports ${specifier}, which is not a file of src/`);
}

/** The files of src/ each file imports (static, dynamic, type-only and re-exports alike). */
export function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = info.importedFiles
      .map((i) => resolveImport(file, i.fileName))
      .filter((t): t is string => t !== undefined && t.endsWith(".ts"));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The cycles of the graph: its strongly connected components of more than one file (or a self-import). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** The problems: upward imports and cycles, one line each. */
export function layerProblems(graph: Map<string, string[]> = importGraph()): string[] {
  const name = (f: string): string => relative(root, f);
  const problems: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      if (layerOf(target) > layerOf(file)) {
        problems.push(
          `upward import: ${name(file)} (${layers[layerOf(file)]!.name}) → ${name(target)} (${layers[layerOf(target)]!.name})`,
        );
      }
      if (bypassesPublicEntry(file, target))
        problems.push(`past the public entry: ${name(file)} → ${name(target)} (import it from src/index.ts)`);
    }
  }
  for (const component of cycles(graph)) {
    const inCycle = new Set(component);
    const edges = component.flatMap((f) =>
      (graph.get(f) ?? []).filter((t) => inCycle.has(t)).map((t) => `  ${name(f)} → ${name(t)}`),
    );
    problems.push(`import cycle between ${component.length} files:\n${edges.join("\n")}`);
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const graph = importGraph();
  if (process.argv.includes("--map")) {
    for (const [i, layer] of layers.entries()) {
      const files = [...graph.keys()].filter((f) => layerOf(f) === i).map((f) => relative(src, f));
      console.log(`${i} ${layer.name}: ${files.join(", ")}`);
    }
  }
  const problems = layerProblems(graph);
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    console.error(`check-layers: ${problems.length} problem(s) (scripts/check-layers.ts, docs/architecture.md)`);
    process.exit(1);
  }
  console.log(
    `check-layers: ${graph.size} files in ${layers.length} layers, no upward import, src/node/ through the public entries only, no cycle`,
  );
}
