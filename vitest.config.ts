import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    // Properties run with a fixed seed so CI is reproducible; see docs/testing.md.
    testTimeout: 60_000,
  },
});
