/** docs/integrators.md: every script on the page prints what the page shows, against the sources. */
import { describe, expect, it } from "vitest";
import { blocks, readDoc, runScript, writeFiles } from "./helpers";

const page = blocks(readDoc("integrators.md"));
const dir = writeFiles(page);

describe("docs/integrators.md", () => {
  const outputs = page.filter((b) => b.lang === "text" && b.info["output"] !== undefined);

  it("has an output block for every script", () => {
    const scripts = page.filter((b) => b.lang === "js").map((b) => b.info["file"]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(outputs.map((b) => b.info["output"]).sort()).toEqual([...scripts].sort());
  });

  it.each(outputs.map((b) => ({ file: b.info["output"]!, block: b })))("node $file prints what the page shows", ({ file, block }) => {
    const r = runScript(dir, file);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(block.text);
  });
});
