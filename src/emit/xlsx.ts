import { workbook } from "./workbook.js";
import type { Table } from "../model/table.js";
import { gridLines, headerLabels } from "./table-grid.js";

type Cell = {
  value: string | number;
  type?: typeof String | typeof Number;
  fontWeight?: "bold";
  backgroundColor?: string;
  columnSpan?: number;
  wrap?: boolean;
} | null;

/** Excel's sheet-name rules: 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(table: Table, taken: Set<string>): string {
  const base = (table.id.replace(/^appendix-/, "PL ").replace(/\/table-/, " - ") || "table")
    .replace(/[[\]:*?/\\]/g, " ")
    .slice(0, 28)
    .trim();
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)}~${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** A cell holding only a plain number ("12,50", "9.486") is written as a number; anything else as text. */
function valueCell(text: string): Cell {
  const plain = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$/.test(text.trim());
  if (plain) return { value: Number(text.trim().replace(/\./g, "").replace(",", ".")), type: Number };
  return { value: text, type: String, wrap: true };
}

/**
 * tables.xlsx: one sheet per table, the header as printed in bold and frozen, group rows set apart
 * (bold, shaded, spanning the row), widths from the content. Every text cell is typed String, so no
 * cell is ever read as a formula.
 */
export async function tablesToXlsx(tables: Table[]): Promise<Buffer> {
  const taken = new Set<string>();
  const sheets = tables.map((table) => {
    const header = headerLabels(table);
    // Only value columns hold numbers; "2.11" in a TT column is a label, not 211.
    const numeric = new Set(table.columns.flatMap((c, i) => (c.numeric ? [i] : [])));
    const width = header.length;
    const data: Cell[][] = [header.map((h) => ({ value: h, type: String, fontWeight: "bold", wrap: true }))];
    for (const line of gridLines(table)) {
      if (line.kind === "group") {
        data.push([
          {
            value: line.title,
            type: String,
            fontWeight: "bold",
            backgroundColor: "#E8EEF7",
            columnSpan: width,
          },
          ...Array<Cell>(width - 1).fill(null),
        ]);
      } else
        data.push(
          line.cells.map((text, i) =>
            numeric.has(i) ? valueCell(text) : { value: text, type: String, wrap: true },
          ),
        );
    }
    const columns = header.map((_, c) => {
      const longest = Math.max(...data.map((row) => String(row[c]?.value ?? "").length));
      return { width: Math.min(60, Math.max(6, longest + 2)) };
    });
    return { data, sheet: sheetName(table, taken), columns, stickyRowsCount: 1 };
  });
  if (!sheets.length)
    sheets.push({
      data: [[{ value: "(no table)", type: String }]],
      sheet: "tables",
      columns: [{ width: 20 }],
      stickyRowsCount: 0,
    });
  return workbook(sheets);
}
