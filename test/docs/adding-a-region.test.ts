/** docs/adding-a-region.md: the "bring your own region" script prints what the page shows, against the sources. */
import { describe } from "vitest";
import { blocks, readDoc, scriptOutputTests, writeFiles } from "./helpers";

const page = blocks(readDoc("adding-a-region.md"));
const dir = writeFiles(page);

describe("docs/adding-a-region.md", () => {
  const outputs = page.filter((b) => b.lang === "text" && b.info["output"] !== undefined);

  scriptOutputTests(page, dir, outputs);
});
