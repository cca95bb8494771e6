import { displayWidth, padEndTo, wrapText } from "./width";

/** A column of a text table: a heading and the widest it may grow before its cells wrap. */
export interface Column {
  readonly heading: string;
  readonly maxWidth?: number;
}

/** A row: one cell per column, and optionally a line printed under it, indented (a note). */
export interface Row {
  readonly cells: readonly string[];
  readonly continuation?: string | undefined;
}

const GAP = "  ";

/**
 * Render an aligned text table. Widths are display widths (a Chinese character is two
 * columns); a cell wider than its column's `maxWidth` wraps onto further lines of the row.
 * A row's continuation is printed under it, indented and prefixed with `↳ `.
 *
 * @example
 * renderTable([{ heading: "rule" }, { heading: "output" }], [{ cells: ["QN-BEN-BASIC", "55.00"] }])
 * //=> "rule          output\n------------  ------\nQN-BEN-BASIC  55.00\n"
 */
export function renderTable(columns: readonly Column[], rows: readonly Row[]): string {
  const wrapped = rows.map((row) =>
    columns.map((col, i) => {
      const text = row.cells[i] ?? "";
      return col.maxWidth === undefined ? text.split("\n") : wrapText(text, col.maxWidth);
    }),
  );
  const widths = columns.map((col, i) =>
    Math.max(displayWidth(col.heading), ...wrapped.map((cells) => Math.max(0, ...cells[i]!.map(displayWidth)))),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : padEndTo(c, widths[i]!)))
      .join(GAP)
      .trimEnd();
  const out: string[] = [line(columns.map((c) => c.heading)), line(widths.map((w) => "-".repeat(w)))];
  rows.forEach((row, r) => {
    const cells = wrapped[r]!;
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(line(cells.map((c) => c[k] ?? "")));
    if (row.continuation) {
      const total = widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1);
      wrapText(row.continuation, Math.max(20, total - 4)).forEach((l, k) =>
        out.push(`${k === 0 ? "  ↳ " : "    "}${l}`.trimEnd()),
      );
    }
  });
  return `${out.join("\n")}\n`;
}
