/**
 * `npm run build:calculator`: bundle docs/calculator/app.ts (which imports src/core.ts and, with
 * import(), each src/regions/<id>.ts) with esbuild into docs/calculator/calculator.js plus
 * docs/calculator/chunks/: ESM with code splitting, so the page loads the evaluator once and a
 * region's policy only when a case of that region is computed. The output is committed (docs/
 * works when served statically); rebuild it after changing src/.
 *
 *   npm run build:calculator                 # into docs/calculator/
 *   npm run build:calculator -- --out DIR    # into DIR, with index.html copied (the browser test)
 */
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { bytes, gzipSize, root } from "./bundle-lib";

export const calculatorDir = join(root, "docs", "calculator");
/** Files of the page besides the bundle, copied when building elsewhere. */
const STATIC_FILES = ["index.html"];

export interface BuiltFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}

/** Build the page's bundle into `outdir` (default docs/calculator); returns the files written. */
export async function buildCalculator(outdir: string = calculatorDir): Promise<BuiltFile[]> {
  const out = resolve(outdir);
  mkdirSync(out, { recursive: true });
  // Chunk names carry content hashes: clear the old ones so no stale chunk stays committed.
  rmSync(join(out, "chunks"), { recursive: true, force: true });
  rmSync(join(out, "calculator.js"), { force: true });
  if (out !== calculatorDir) for (const f of STATIC_FILES) copyFileSync(join(calculatorDir, f), join(out, f));
  const result = await build({
    entryPoints: { calculator: join(calculatorDir, "app.ts") },
    outdir: out,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: ["es2022", "chrome100", "firefox100", "safari15"],
    minify: true,
    // Module scripts are always decoded as UTF-8: keep the Chinese citations as they are.
    charset: "utf8",
    chunkNames: "chunks/[name]-[hash]",
    legalComments: "eof",
    metafile: true,
    logLevel: "warning",
  });
  return Object.keys(result.metafile.outputs)
    .map((f) => resolve(root, f))
    .sort()
    .map((file) => {
      const content = readFileSync(file);
      return { file, bytes: content.length, gzip: gzipSize(content) };
    });
}

async function main(): Promise<void> {
  const i = process.argv.indexOf("--out");
  const outdir = i >= 0 ? process.argv[i + 1] : undefined;
  if (i >= 0 && !outdir) throw new Error("--out needs a directory");
  const files = await buildCalculator(outdir);
  for (const f of files)
    console.log(
      `${relative(process.cwd(), f.file).padEnd(48)} ${bytes(f.bytes).padStart(9)} B  ${bytes(f.gzip).padStart(7)} B gzip`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
