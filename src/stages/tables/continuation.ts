import { foldKey } from "../../text/fold.js";
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
  /** The column that names a record (the first after its number). */
  label: number;
  /** A blank form: no row holds a value, so a row without values continues nothing. */
  blank: boolean;
}

const PLACEHOLDER = /^[.…\s]+$/u;
/** A cell of this many words or more can be an item of a list ("Gói thầu số 14: Thi công …"). */
const ITEM_WORDS = 4;

/**
 * An unnumbered row that is no sub-row continues the record above: always in a textual table,
 * elsewhere only when it holds no values and reads as the rest of a sentence or a lone cell.
 */
export function continuesAbove(
  row: GridRow,
  above: GridRow | undefined,
  no: string,
  sub: number | null,
  previous: RawRecord | undefined,
  rules: ContinuationRules,
): boolean {
  if (!rules.merges || previous === undefined) return false;
  if (insideSpans(row, rules.label) && !siblingOf(row, above)) return true;
  if (no !== "" || sub !== null) return false;
  // "…." alone stands for more rows of the same kind, left for the one who fills the form in.
  if (row.cells.filter(Boolean).every((c) => PLACEHOLDER.test(c))) return false;
  if (rules.textual) return true;
  if (rules.blank && !startsLower(row.cells.find(Boolean)!)) return false;
  const cells = row.cells;
  // "- Granit:" opens an item of its own: a sentence cut by a row break goes on without a dash.
  if (/^[-–+]\s/.test(cells.find(Boolean)!)) return false;
  const hasValues = cells.some((c, idx) => rules.valueIdx.has(idx) && c && isNumericCell(c));
  return !hasValues && (startsLower(cells.find(Boolean)!) || cells.filter(Boolean).length === 1);
}

/**
 * A row still inside the spans of the record above: its number, its label and the column after the
 * label all repeat from cells spanning rows, and only later columns are its own — a guidance line
 * under an indicator ("1.1. Có quy hoạch …" spanning two rows, "Bộ Xây dựng hướng dẫn" beside it).
 * A row with a content cell of its own ("1.2. …") is a record, though its number and label repeat.
 */
function insideSpans(row: GridRow, label: number): boolean {
  const carried = row.carried;
  if (!carried || label + 1 >= row.cells.length) return false;
  const lead = row.cells.slice(0, label + 2);
  return lead.every((c, i) => carried[i] || !c) && carried[label + 1] === true;
}

/**
 * A row inside spans whose own cell opens as the cell above it does ("Gói thầu số 13: …" over
 * "Gói thầu số 14: …" beside one merged company) is a second item of the record's kind, not a note
 * under it.
 */
function siblingOf(row: GridRow, above: GridRow | undefined): boolean {
  if (!above) return false;
  const opening = (s: string) => foldKey(s).split(" ").slice(0, 2).join(" ");
  // A value repeated word for word ("Toàn bộ văn bản" under "Toàn bộ văn bản") is no new item.
  const item = (s: string) => s.split(/\s+/).length >= ITEM_WORDS;
  return row.cells.some((c, i) => {
    const prior = above.cells[i];
    return (
      c &&
      prior &&
      !row.carried?.[i] &&
      c !== prior &&
      item(c) &&
      item(prior) &&
      opening(c) === opening(prior)
    );
  });
}

export function mergeInto(previous: RawRecord, row: GridRow, columns: Column[]): void {
  columns.forEach((c, idx) => {
    if (row.carried?.[idx]) return;
    if (row.cells[idx]) previous.cells[c.key] = joinCell(previous.cells[c.key] ?? "", row.cells[idx]!);
  });
  previous.lines.push(...row.lines);
}
