/**
 * `npm run build:calculator`: bundle docs/calculator/app.ts (the page, src/core.ts and the five
 * region configs) with esbuild into ONE classic script, docs/calculator/calculator.js (an IIFE, no
 * module chunks), so the page also works when index.html is opened straight from the file system
 * (file://, where browsers refuse ES modules). The output is committed; test/docs/calculator-build.test.ts
 * fails when it differs from a fresh build, so rebuild it after changing src/ or docs/calculator/.
 *
 *   npm run build:calculator                 # into docs/calculator/
 *   npm run build:calculator -- --out DIR    # into DIR, with index.html copied
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

/** Build the page's script into `outdir` (default docs/calculator); returns the file written. */
export async function buildCalculator(outdir: string = calculatorDir): Promise<BuiltFile[]> {
  const out = resolve(outdir);
  mkdirSync(out, { recursive: true });
  // The code-split build of before wrote module chunks here: none may stay behind.
  rmSync(join(out, "chunks"), { recursive: true, force: true });
  if (out !== calculatorDir) for (const f of STATIC_FILES) copyFileSync(join(calculatorDir, f), join(out, f));
  const file = join(out, "calculator.js");
  await build({
    entryPoints: [join(calculatorDir, "app.ts")],
    outfile: file,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["es2022", "chrome100", "firefox100", "safari15"],
    minify: true,
    // The page declares <meta charset="utf-8"> and <script charset="utf-8">: keep the Chinese
    // citations and strings readable in the file.
    charset: "utf8",
    legalComments: "eof",
    // Same sources → same bytes (the drift test compares them): no absolute paths in the output.
    absWorkingDir: root,
    logLevel: "warning",
  });
  const content = readFileSync(file);
  return [{ file, bytes: content.length, gzip: gzipSize(content) }];
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
