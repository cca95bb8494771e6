/**
 * Vitest global setup: build dist/ when it is missing or older than a source file. `npm ci` no
 * longer builds (the package builds on `prepack`, not on every install), yet some tests run the
 * built package: the installed command (bin/ → dist/cli.js), the batch worker, and the CJS and
 * ESM copies of the main entry side by side. A fresh clone's `npm ci && npm test` builds it here.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

/** The newest modification time of any file under `dir` (0 when there is none). */
function newest(dir: string): number {
  let t = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const s = statSync(join(dir, f));
    if (s.isFile()) t = Math.max(t, s.mtimeMs);
  }
  return t;
}

/** The files the tests run: older than the newest source (or the build config) means stale. */
const outputs = ["index.js", "index.cjs", "cli.js", "batch-worker.js", "testing.js"].map((f) => join(root, "dist", f));

export default function setup(): void {
  const sources = Math.max(newest(join(root, "src")), statSync(join(root, "tsup.config.ts")).mtimeMs);
  const stale = outputs.some((f) => !existsSync(f) || statSync(f).mtimeMs < sources);
  if (!stale) return;
  process.stderr.write(
    "test/global-setup.ts: building dist/ (npm run build) for the tests that run the built package\n",
  );
  execFileSync(process.execPath, [join(root, "node_modules", "tsup", "dist", "cli-default.js")], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
