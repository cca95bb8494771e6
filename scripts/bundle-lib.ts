/**
 * Shared helpers of scripts/size.ts (the bundle budget) and scripts/build-calculator.ts (the
 * calculator page): the repository root, the region ids, gzip and a per-package breakdown of an
 * esbuild metafile.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Metafile } from "esbuild";
import { regionIds, type RegionId } from "../src/kinds";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The five regions, each with its own entry point `src/regions/<id>.ts`. */
export const regions: readonly RegionId[] = regionIds;

export function regionEntry(id: RegionId): string {
  const file = join(root, "src", "regions", `${id}.ts`);
  if (!existsSync(file)) throw new Error(`no region entry ${file}`);
  return file;
}

/** Size of `bytes` gzipped at level 9 (what a static server's precompressed file would be). */
export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes, { level: 9 }).length;
}

/**
 * Which package an esbuild input path belongs to: `decimal.js`, `zod`, `@date-fns/utc`… for
 * node_modules, `src/policy/regions` for the region configs, `src` for the rest of the library.
 */
export function packageOf(input: string): string {
  const nm = input.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const parts = input.slice(nm + "node_modules/".length).split("/");
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (input.endsWith(".entry.ts") || input === "<stdin>") return "(entry)";
  if (input.includes("src/policy/regions/")) return "src/policy/regions (region config)";
  if (input.startsWith("src/") || input.includes("/src/")) return "src (library)";
  return input;
}

/** Minified bytes each package contributes to one output of the metafile, largest first. */
export function bytesByPackage(metafile: Metafile, output?: string): [string, number][] {
  const outputs = Object.entries(metafile.outputs).filter(
    ([name]) => output === undefined || name === output || name.endsWith(output),
  );
  const totals = new Map<string, number>();
  for (const [, out] of outputs) {
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
      const pkg = packageOf(input);
      totals.set(pkg, (totals.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  return [...totals.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
}

/** `40,989` */
export function bytes(n: number): string {
  return n.toLocaleString("en-US");
}
