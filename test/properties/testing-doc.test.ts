import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blocks, readDoc, runScript, toSources } from "../docs/helpers";

/**
 * docs/testing.md "Generators for analysts": the example runs as it stands (the package imports
 * pointed at src/, `fast-check` at this repository's copy) and prints what the page shows.
 */
describe("docs/testing.md", () => {
  it("generators.mjs runs and prints the output shown", () => {
    const page = blocks(readDoc("testing.md"));
    const file = page.find((b) => b.info["file"] === "generators.mjs");
    const output = page.find((b) => b.info["output"] === "generators.mjs");
    expect(file, "the example").toBeDefined();
    expect(output, "its output").toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), "resident-pension-testing-doc-"));
    const fastCheck = JSON.stringify(import.meta.resolve("fast-check"));
    writeFileSync(
      join(dir, "generators.mjs"),
      toSources(file!.text).replace(/from "fast-check"/g, `from ${fastCheck}`),
    );
    const r = runScript(dir, "generators.mjs");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(output!.text);
  }, 60_000);
});
