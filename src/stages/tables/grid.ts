import type { TableBlock } from "../../model/block.js";
import type { GridRow } from "./rows.js";

/**
 * Grid rows with spans expanded: a cell spanning columns fills the first of them (the others stay
 * empty, as a group row reads); a cell spanning rows repeats in each row it covers, which is how a
 * merged "Cơ quan chủ trì" cell over three tasks reads.
 */
export function gridRows(block: TableBlock): GridRow[] {
  return withoutBlankColumns(spannedRows(block));
}

/**
 * A column no row writes in, its header cell included, says nothing: a Word file saved again by
 * another program can give each row one more cell than the table has (Nghị định 193/2025's Bảng 2 as
 * LibreOffice's .doc and .rtf: four columns and an empty fifth), and the header, its cells no longer
 * matching the rows' widths, was not read.
 */
function withoutBlankColumns(rows: GridRow[]): GridRow[] {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const kept = Array.from({ length: width }, (_, col) => col).filter((col) =>
    rows.some((r) => (r.cells[col] ?? "") !== ""),
  );
  if (kept.length === width || !kept.length) return rows;
  return rows.map((r) => ({
    ...r,
    cells: kept.map((col) => r.cells[col] ?? ""),
    ...(r.carried ? { carried: kept.map((col) => r.carried![col] === true) } : {}),
  }));
}

function spannedRows(block: TableBlock): GridRow[] {
  const pending = new Map<number, { text: string; left: number }>();
  return block.rows.map((r) => {
    const cells: string[] = [];
    const carried: boolean[] = [];
    let col = 0;
    const fillPending = () => {
      for (let p = pending.get(col); p; p = pending.get(col)) {
        cells[col] = p.text;
        carried[col] = true;
        if (--p.left === 0) pending.delete(col);
        col++;
      }
    };
    for (const c of r.cells) {
      fillPending();
      const text = c.text.trim();
      cells[col] = text;
      // A cell spanning rows and columns holds every column it covers in the rows below.
      if ((c.rowSpan ?? 1) > 1)
        for (let k = 0; k < (c.colSpan ?? 1); k++)
          pending.set(col + k, { text: k === 0 ? text : "", left: c.rowSpan! - 1 });
      for (let k = 1; k < (c.colSpan ?? 1); k++) cells[col + k] = "";
      col += c.colSpan ?? 1;
    }
    fillPending();
    return {
      cells: Array.from(cells, (c) => c ?? ""),
      ...(carried.length ? { carried: Array.from(cells, (_, i) => carried[i] === true) } : {}),
      lines: r.lines,
      emphasis: r.cells.some((c) => c.emphasis === true),
    };
  });
}
