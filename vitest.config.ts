import { configDefaults, defineConfig } from "vitest/config";

// `npm test` runs everything but test/browser (which needs Chromium); `npm run test:browser`
// (`vitest run --mode browser`) runs test/browser only.
export default defineConfig(({ mode }) =>
  mode === "browser"
    ? {
        test: {
          include: ["test/browser/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time.
          fileParallelism: false,
        },
      }
    : {
        test: {
          include: ["test/**/*.test.ts", "src/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/browser/**"],
          // Builds dist/ when it is missing or stale: some tests run the built package.
          globalSetup: ["test/global-setup.ts"],
          // Properties run with a fixed seed so CI is reproducible; see docs/testing.md.
          testTimeout: 60_000,
          // `npm run test:coverage` (`vitest run --coverage`): v8 over the library's sources; the
          // uncovered lines and why are listed in docs/testing.md "Coverage".
          coverage: {
            provider: "v8",
            include: ["src/**/*.ts"],
            // main.ts: the process wrapper of the command line (argv, exit codes, stdout), run
            // as a real process by test/cli/bin.test.ts, which v8 in this process cannot see.
            exclude: ["src/node/cli/main.ts", "src/**/*.test.ts"],
            reporter: ["text-summary", "text", "json-summary", "json", "html"],
            reportsDirectory: "coverage",
            thresholds: { lines: 95, branches: 90 },
            // still report when a test fails, to see what the failure left uncovered
            reportOnFailure: true,
          },
        },
      },
);
