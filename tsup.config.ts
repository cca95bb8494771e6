import { resolve } from "node:path";
import { defineConfig, type Options } from "tsup";

const libraryIndex = resolve(import.meta.dirname, "src/index.ts");

/**
 * `resident-pension/testing` and the command line import the built main entry instead of
 * bundling a second copy of the library, so `PensionInputError` is one class whichever entry
 * it comes from (instanceof works). Every entry is emitted flat into dist/, so the main entry is
 * `./index.js` (ESM) or `./index.cjs` (CJS) from each of them.
 */
const useMainEntry: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "use-main-entry",
  setup(build) {
    // With treeshake, tsup builds both formats as ESM and converts the CJS one afterwards:
    // the output extension tells them apart.
    const ext = build.initialOptions.outExtension?.[".js"] ?? ".js";
    build.onResolve({ filter: /(^|\/)index$/ }, (args) =>
      resolve(args.resolveDir, `${args.path}.ts`) === libraryIndex
        ? { path: `./index${ext}`, external: true }
        : undefined,
    );
  },
};

/**
 * For bundles that ship one region: `resident-pension/core` (evaluation without the region
 * registry) and `resident-pension/regions/<id>`. They never import the main entry.
 */
const standalone = {
  core: "src/core.ts",
  "regions/ningxia": "src/regions/ningxia.ts",
  "regions/qiannan": "src/regions/qiannan.ts",
  "regions/jiangmen": "src/regions/jiangmen.ts",
  "regions/cixi": "src/regions/cixi.ts",
  "regions/beibei": "src/regions/beibei.ts",
};

export default defineConfig({
  // batch-worker: the worker thread of `resident-pension batch` / `cost`, loaded by the cli entry
  // from next to itself (src/node/batch/pool.ts).
  entry: {
    index: "src/index.ts",
    testing: "src/testing.ts",
    "testing-arbitraries": "src/testing/arbitraries.ts",
    cli: "src/node/cli/main.ts",
    "batch-worker": "src/node/batch/worker.ts",
    ...standalone,
  },
  format: ["esm", "cjs"],
  // The cli and batch-worker entries are programs, not imports: no declarations for them.
  dts: {
    entry: {
      index: "src/index.ts",
      testing: "src/testing.ts",
      "testing-arbitraries": "src/testing/arbitraries.ts",
      ...standalone,
    },
  },
  esbuildPlugins: [useMainEntry],
  sourcemap: true,
  clean: true,
  target: "node20",
  splitting: false,
  treeshake: true,
});
