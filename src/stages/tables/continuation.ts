import { startsLower } from "../../text/normalize.js";
import type { Column } from "../../model/table.js";
import { type GridRow, isNumericCell, joinCell } from "./rows.js";
import type { RawRecord } from "./typed.js";

export interface ContinuationRules {
  /** False for a text-flow grid: its rows were rebuilt already, so nothing in it continues a row. */
  merges: boolean;
  /** Task and project cells are long prose that breaks across rows and pages. */
  textual: boolean;
  /** Columns whose numbers make a row a record of its own. */
  valueIdx: Set<number>;
}

/**
 * An unnumbered row that is no sub-row continues the record above: always in a textual table,
 * elsewhere only when it holds no values and reads as the rest of a sentence or a lone cell.
 */
export function continuesAbove(
  row: GridRow,
  no: string,
  sub: number | null,
  previous: RawRecord | undefined,
  rules: ContinuationRules,
): boolean {
  if (!rules.merges || no !== "" || sub !== null || previous === undefined) return false;
  if (rules.textual) return true;
  const cells = row.cells;
  const hasValues = cells.some((c, idx) => rules.valueIdx.has(idx) && c && isNumericCell(c));
  return !hasValues && (startsLower(cells.find(Boolean)!) || cells.filter(Boolean).length === 1);
}

export function mergeInto(previous: RawRecord, row: GridRow, columns: Column[]): void {
  columns.forEach((c, idx) => {
    if (row.cells[idx]) previous.cells[c.key] = joinCell(previous.cells[c.key] ?? "", row.cells[idx]!);
  });
  previous.lines.push(...row.lines);
}
