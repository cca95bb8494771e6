/** docs/integrators.md: every script on the page prints what the page shows, against the sources. */
import { describe } from "vitest";
import { blocks, readDoc, scriptOutputTests, writeFiles } from "./helpers";

const page = blocks(readDoc("integrators.md"));
const dir = writeFiles(page);

describe("docs/integrators.md", () => {
  const outputs = page.filter((b) => b.lang === "text" && b.info["output"] !== undefined);

  scriptOutputTests(page, dir, outputs);
});
