import { describe, expect, it } from "vitest";
import { renderTable } from "../../src/node/cli/table";
import { displayWidth, wrapText } from "../../src/node/cli/width";

describe("displayWidth", () => {
  it("counts East Asian wide and fullwidth characters as two columns", () => {
    expect(displayWidth("第二十条")).toBe(8);
    expect(displayWidth("〔2011〕")).toBe(8); // 〔〕 are wide punctuation
    expect(displayWidth("（，）")).toBe(6); // fullwidth forms
    expect(displayWidth("QN-BEN-BASIC 55.00")).toBe(18);
    expect(displayWidth("…")).toBe(1); // ambiguous width: narrow
    expect(displayWidth("e\u0301")).toBe(1); // combining accent takes no column
  });
});

describe("wrapText", () => {
  it("keeps every line within the width, breaking at spaces or between Chinese characters", () => {
    const text = "黔南府办发〔2011〕110号 第八条 (每人每年30元…省级财政负担10元，州、县(市、区)财政负担20元)";
    for (const width of [10, 17, 24, 56]) {
      const lines = wrapText(text, width);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(lines.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
    }
  });

  it("does not start a line with closing punctuation or end one with an opening bracket", () => {
    const lines = wrapText("黔南府办发〔2011〕110号 第六条; 第七条", 12);
    for (const line of lines) {
      expect(line).not.toMatch(/^[);，〕]/);
      expect(line).not.toMatch(/[(〔]$/);
    }
  });
});

describe("renderTable", () => {
  it("aligns columns by display width", () => {
    const text = renderTable(
      [{ heading: "rule" }, { heading: "citation" }, { heading: "output" }],
      [{ cells: ["QN-BEN-BASIC", "第二十条", "55.00"] }, { cells: ["X", "art. 20", "1"] }],
    );
    const [header, , a, b] = text.split("\n");
    const at = (line: string, s: string): number => displayWidth(line.slice(0, line.indexOf(s)));
    expect(at(a!, "55.00")).toBe(at(header!, "output"));
    expect(at(b!, "1")).toBe(at(header!, "output"));
  });
});
