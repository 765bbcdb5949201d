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
  const marked = markedCells(source);
  return records.map((r) => withFootnotes(typedRecord(kind, r, columns), marked));
}

/** The cells that carry footnote markers, in the block's order: their first line and labels. */
function markedCells(block: TableBlock): { line: number; labels: string[] }[] {
  const out: { line: number; labels: string[] }[] = [];
  for (const r of block.rows)
    for (const c of r.cells)
      if (c.footnoteRefs?.length) out.push({ line: c.lines[0]!, labels: c.footnoteRefs.map((f) => f.label) });
  return out;
}

/** The footnote markers the reader found on a record's lines. */
function withFootnotes<T extends { lines: number[]; footnotes?: string[] }>(
  record: T,
  marked: { line: number; labels: string[] }[],
): T {
  if (!marked.length) return record;
  const lines = new Set(record.lines);
  const labels = marked.flatMap((m) => (lines.has(m.line) ? m.labels : []));
  if (labels.length) record.footnotes = [...new Set(labels)];
  return record;
}
