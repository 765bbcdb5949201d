import type { TableBlock } from "../../model/block.js";
import type { Column, TableKind, TableRecord } from "../../model/table.js";
import { kindOf, type RawRecord, typedRecord, valueColumns } from "./typed.js";

/**
 * The table's kind, read from its header columns. Their quantity columns are marked numeric here,
 * before any wider row adds generated columns: those hold unknown text and stay text in the xlsx.
 */
export function typeColumns(columns: Column[]): TableKind {
  const kind = kindOf(columns);
  if (kind === "indicators" || kind === "matrix") for (const c of valueColumns(columns)) c.numeric = true;
  for (const c of columns) if (c.key === "investment") c.numeric = true;
  return kind;
}

export function typedRecords(
  kind: TableKind,
  records: RawRecord[],
  columns: Column[],
  source: TableBlock,
): TableRecord[] {
  return records.map((r) => withFootnotes(typedRecord(kind, r, columns), source));
}

/** The footnote markers the reader found on a record's lines. */
function withFootnotes<T extends { lines: number[]; footnotes?: string[] }>(record: T, block: TableBlock): T {
  const lines = new Set(record.lines);
  const labels = block.rows.flatMap((r) =>
    r.cells.flatMap((c) => (lines.has(c.lines[0]!) ? (c.footnoteRefs ?? []).map((f) => f.label) : [])),
  );
  if (labels.length) record.footnotes = [...new Set(labels)];
  return record;
}
