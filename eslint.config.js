// ESLint (flat config): typescript-eslint's strict rules, and a local rule that every exported
// function and class of the library has an @example (eslint/require-example.js).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import local from "./eslint/require-example.js";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "coverage/",
      "docs/api/",
      "docs/calculator/calculator.js",
      "docs/calculator/chunks/",
      "test-output/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } },
    rules: {
      // Idiomatic with noUncheckedIndexedAccess: an index proven in range by the code around it.
      "@typescript-eslint/no-non-null-assertion": "off",
      // `_name` marks a binding kept for its position or to drop a key from a rest object.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      // Under exactOptionalPropertyTypes, `delete` is how an optional entry of a record is dropped.
      "@typescript-eslint/no-dynamic-delete": "off",
    },
  },
  {
    // One rule, one place (issue 17): no function of the library longer than 80 lines (blank lines
    // and comments aside). A long function is split into named steps; a slot's logic lives in its
    // module under src/rules/slots/.
    files: ["src/**/*.ts"],
    rules: { "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    // The reference implementation reads cases as untyped JSON on purpose: it shares no types with src/.
    files: ["bench/reference.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The modules the entry points (src/index.ts, core.ts, testing.ts, testing/arbitraries.ts)
    // export from: every exported function and class there is public unless marked @internal.
    files: [
      "src/errors.ts",
      "src/case/evaluate.ts",
      "src/case/core.ts",
      "src/case/conservation.ts",
      "src/case/expect.ts",
      "src/policy/index.ts",
      "src/policy/overrides.ts",
      "src/policy/parameter.ts",
      "src/rules/registry.ts",
      "src/case/evaluate-many.ts",
      "src/testing.ts",
      "src/testing/arbitraries.ts",
      "src/testing/valid-case.ts",
      "src/testing/malformed-case.ts",
      "src/testing/fixtures.ts",
    ],
    plugins: { local },
    rules: { "local/require-example": "error" },
  },
);
