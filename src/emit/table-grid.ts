import type { Table, TableRecord } from "../model/table.js";

/**
 * A table laid out for people and spreadsheets: the printed header, group rows set apart where they
 * stood, then records in order. XLSX, CSV and Markdown all render from this.
 */
export type GridLine =
  { kind: "group"; title: string } | { kind: "record"; record: TableRecord; cells: string[] };

export function headerLabels(table: Table): string[] {
  return table.columns.map((c) => c.label ?? c.key);
}

export function gridLines(table: Table): GridLine[] {
  const out: GridLine[] = [];
  const byLine = [...table.groups];
  for (const record of table.records) {
    while (byLine.length && byLine[0]!.line < (record.lines[0] ?? 0))
      out.push({ kind: "group", title: byLine.shift()!.title });
    out.push({ kind: "record", record, cells: table.columns.map((c) => record.cells[c.key] ?? "") });
  }
  for (const g of byLine) out.push({ kind: "group", title: g.title });
  return out;
}
