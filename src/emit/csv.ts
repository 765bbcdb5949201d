import type { Table } from "../model/table.js";
import { gridLines, headerLabels } from "./table-grid.js";

export interface CsvOptions {
  /**
   * Neutralise cells a spreadsheet would take for a formula (leading =, +, -, @, tab, CR): Vietnamese
   * bullets start with "-". On by default; machine consumers may turn it off.
   */
  neutralize: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string, neutralize: boolean): string {
  const v = neutralize && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** RFC 4180, UTF-8 with BOM, CRLF: one row per record, with its group path and parent. */
export function tableToCsv(table: Table, options: CsvOptions = { neutralize: true }): string {
  const rows: string[][] = [[...headerLabels(table), "group", "parent"]];
  for (const line of gridLines(table)) {
    if (line.kind === "record")
      rows.push([...line.cells, line.record.group.join(" > "), line.record.parent ?? ""]);
  }
  return `\uFEFF${rows.map((r) => r.map((v) => field(v, options.neutralize)).join(",")).join("\r\n")}\r\n`;
}
