import { type WorkbookCell as Cell, type WorkbookSheet, workbook } from "./workbook.js";
import type { Table } from "../model/table.js";
import { gridLines, headerLabels } from "./table-grid.js";

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
  if (plain) return { value: Number(text.trim().replace(/\./g, "").replace(",", ".")) };
  return { value: text, wrap: true };
}

/**
 * tables.xlsx: one sheet per table, the header as printed in bold and frozen, group rows set apart
 * (bold, shaded, spanning the row), widths from the content. Every text cell is typed String, so no
 * cell is ever read as a formula.
 */
export async function tablesToXlsx(tables: Table[]): Promise<Buffer> {
  const taken = new Set<string>();
  const sheets: WorkbookSheet[] = tables.map((table) => {
    const header = headerLabels(table);
    // Only value columns hold numbers; "2.11" in a TT column is a label, not 211.
    const numeric = new Set(table.columns.flatMap((c, i) => (c.numeric ? [i] : [])));
    const width = header.length;
    const data: Cell[][] = [header.map((h) => ({ value: h, bold: true, wrap: true }))];
    for (const line of gridLines(table)) {
      if (line.kind === "group") {
        data.push([
          { value: line.title, bold: true, fill: "#E8EEF7", span: width },
          ...Array<Cell>(width - 1).fill(null),
        ]);
      } else
        data.push(
          line.cells.map((text, i) => (numeric.has(i) ? valueCell(text) : { value: text, wrap: true })),
        );
    }
    const widths = header.map((_, c) => {
      const longest = Math.max(...data.map((row) => String(row[c]?.value ?? "").length));
      return Math.min(60, Math.max(6, longest + 2));
    });
    return { rows: data, name: sheetName(table, taken), widths, frozenRows: 1 };
  });
  if (!sheets.length)
    sheets.push({ rows: [[{ value: "(no table)" }]], name: "tables", widths: [20], frozenRows: 0 });
  return workbook(sheets);
}
