import type { TableBlock } from "../../model/block.js";
import type { Column, Fragment, Table } from "../../model/table.js";
import type { Reporter } from "../../model/reporter.js";
import { startsLower } from "../../text/normalize.js";
import { buildColumns, keyForLabel } from "./columns.js";
import { flowGrid } from "./flow.js";
import { inferColumns } from "./infer.js";
import { type GridRow, isNumericCell, joinCell, numberStyle, type NumberStyle, rowSimilarity, subRowLevel } from "./rows.js";
import { kindOf, labelIndex, type RawRecord, typedRecord, valueColumns } from "./typed.js";

export interface TablePlace {
  id: string;
  nodeId: string;
  appendix: string | null;
  title: string | null;
}

const MAX_HEADER_ROWS = 3;

/**
 * Grid rows with spans expanded: a cell spanning columns fills the first of them (the others stay
 * empty, as a group row reads); a cell spanning rows repeats in each row it covers, which is how a
 * merged "Cơ quan chủ trì" cell over three tasks reads.
 */
export function gridRows(block: TableBlock): GridRow[] {
  const pending = new Map<number, { text: string; left: number }>();
  return block.rows.map((r) => {
    const cells: string[] = [];
    let col = 0;
    const fillPending = () => {
      for (let p = pending.get(col); p; p = pending.get(col)) {
        cells[col] = p.text;
        if (--p.left === 0) pending.delete(col);
        col++;
      }
    };
    for (const c of r.cells) {
      fillPending();
      const text = c.text.trim();
      cells[col] = text;
      if ((c.rowSpan ?? 1) > 1) pending.set(col, { text, left: c.rowSpan! - 1 });
      for (let k = 1; k < (c.colSpan ?? 1); k++) cells[col + k] = "";
      col += c.colSpan ?? 1;
    }
    fillPending();
    return { cells: Array.from(cells, (c) => c ?? ""), lines: r.lines, emphasis: r.cells.some((c) => c.emphasis === true) };
  });
}

function lastFilled(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]) return i;
  return -1;
}

/** A header row: short labels, no numbers; a second row fills cells the first left empty (spans). */
function isHeaderRow(row: GridRow, previous: GridRow | undefined): boolean {
  const filled = row.cells.filter(Boolean);
  if (filled.length < 2 || filled.some((c) => isNumericCell(c) || c.length > 120)) return false;
  // The first header row numbers its rows (TT, STT) or names at least two known columns.
  if (!previous) return /^(s?tt|số tt)$/i.test(row.cells[0] ?? "") || filled.filter((c) => keyForLabel(c) !== null).length >= 2;
  return !row.cells[0] && row.cells.some((c, i) => c && !previous.cells[i]);
}

/**
 * Grid → typed records. Repeated headers are dropped (even when spelled differently), continuation
 * rows are merged into the row they continue, group rows become the records' group path, sub-rows
 * keep a parent link, and rows that cannot be placed are kept raw as fragments with a diagnostic.
 */
export function buildTable(source: TableBlock, place: TablePlace, report: Reporter): Table {
  const block = source.layout === "text-flow" ? flowGrid(source, place.id, report) : source;
  // A text-flow grid has its rows rebuilt already: nothing in it continues the row above.
  const merges = block.layout !== "text-flow";
  const rows = gridRows(block);
  const headerRows: GridRow[] = [];
  while (headerRows.length < MAX_HEADER_ROWS && headerRows.length < rows.length && isHeaderRow(rows[headerRows.length]!, headerRows[headerRows.length - 1])) {
    headerRows.push(rows[headerRows.length]!);
  }
  const fragments: Fragment[] = [];
  let body = rows.slice(headerRows.length);
  let columns: Column[];
  if (headerRows.length) {
    const width = Math.max(...headerRows.map((r) => lastFilled(r.cells) + 1), 1);
    columns = buildColumns(headerRows.map((r) => r.cells), width);
  } else {
    report.warn("table-header-missing", `${place.id} prints no header row`, { line: block.lines[0] ?? null });
    // Rows before the first numbered row belong to a row whose start was cut off.
    const firstNumbered = body.findIndex((r) => numberStyle(r.cells[0] ?? "") !== null);
    if (firstNumbered > 0) {
      const orphan = body.slice(0, firstNumbered);
      fragments.push({ reason: "cells before the first numbered row: the table starts mid-row", rows: orphan.map((r) => r.cells), lines: orphan.flatMap((r) => r.lines) });
      report.warn("table-fragment", `${place.id}: ${orphan.length} row(s) of orphan cells kept raw`, { line: orphan[0]!.lines[0] ?? null });
      body = body.slice(firstNumbered);
    }
    columns = inferColumns(body.map((r) => r.cells));
    if (columns.some((c) => c.inferred)) report.info("table-columns-inferred", `${place.id}: column roles read from their content (${columns.map((c) => c.key).join(", ")})`, { line: block.lines[0] ?? null });
  }
  const kind = kindOf(columns);
  if (kind === "indicators" || kind === "matrix") for (const c of valueColumns(columns)) c.numeric = true;
  for (const c of columns) if (c.key === "investment") c.numeric = true;
  const textual = kind === "tasks" || kind === "projects";
  const label = labelIndex(columns);
  const valueIdx = new Set(valueColumns(columns).map((c) => columns.indexOf(c)));

  const records: RawRecord[] = [];
  const groups: Table["groups"] = [];
  const groupStack: { style: NumberStyle; title: string }[] = [];
  const levels: { level: number; id: string }[] = [];
  const ids = new Map<string, number>();

  for (let i = 0; i < body.length; i++) {
    const row = body[i]!;
    const cells = row.cells;
    if (!cells.some(Boolean)) continue;
    if (headerRows.some((h) => rowSimilarity(cells, h.cells) >= 0.8)) {
      report.info("table-header-repeated", `${place.id}: a repeated header row is dropped`, { line: row.lines[0] ?? null });
      continue;
    }
    const no = (cells[0] ?? "").trim();
    const labelText = cells[label] ?? "";
    const group = groupTitle(row, body[i + 1], columns.length, label);
    if (group) {
      const style = numberStyle(group.no) ?? "roman";
      const k = groupStack.findIndex((g) => g.style === style);
      if (k >= 0) groupStack.length = k;
      groupStack.push({ style, title: group.title });
      groups.push({ title: group.title, path: groupStack.map((g) => g.title), line: row.lines[0]! });
      levels.length = 0;
      continue;
    }
    const sub = subRowLevel(no, labelText);
    const previous = records[records.length - 1];
    const numbered = numberStyle(no) !== null && sub === null;
    const hasValues = cells.some((c, idx) => valueIdx.has(idx) && c && isNumericCell(c));
    const continuation =
      merges && !no && sub === null && previous !== undefined && (textual ? true : !hasValues && (startsLower(cells.find(Boolean)!) || cells.filter(Boolean).length === 1));
    if (continuation) {
      columns.forEach((c, idx) => {
        if (cells[idx]) previous!.cells[c.key] = joinCell(previous!.cells[c.key] ?? "", cells[idx]!);
      });
      previous!.lines.push(...row.lines);
      continue;
    }
    if (!no && sub === null && !numbered && textual && previous === undefined) {
      fragments.push({ reason: "a row without a number before any record", rows: [cells], lines: row.lines });
      report.warn("table-fragment", `${place.id}: an unnumbered row before any record is kept raw`, { line: row.lines[0] ?? null });
      continue;
    }
    if (cells.length > columns.length && cells.slice(columns.length).some(Boolean)) {
      report.warn("table-row-wider", `${place.id}: a row has more cells than the header; the extra cells are kept under generated keys`, { line: row.lines[0] ?? null });
      for (let c = columns.length; c < cells.length; c++) columns.push({ key: `col${c + 1}`, label: null, canonical: false });
    }
    const level = sub ?? 0;
    while (levels.length && levels[levels.length - 1]!.level >= level && !(sub === 4 && levels.length === 1)) levels.pop();
    const parent = sub === null ? null : sub === 4 ? (previous?.id ?? null) : (levels[levels.length - 1]?.id ?? null);
    const base = `${place.id}/${no && numberStyle(no) !== "dash" && numberStyle(no) !== "plus" ? no.replace(/[.)]$/, "") : `r${records.length + 1}`}`;
    const seen = (ids.get(base) ?? 0) + 1;
    ids.set(base, seen);
    const id = seen > 1 ? `${base}~${seen}` : base;
    const record: RawRecord = {
      id,
      no: no || null,
      group: groupStack.map((g) => g.title),
      parent,
      lines: [...row.lines],
      emphasis: row.emphasis,
      cells: Object.fromEntries(columns.map((c, idx) => [c.key, cells[idx] ?? ""])),
    };
    if (!record.emphasis) delete (record as { emphasis?: boolean }).emphasis;
    records.push(record);
    if (sub !== 4) levels.push({ level, id });
  }

  return {
    id: place.id,
    nodeId: place.nodeId,
    appendix: place.appendix,
    title: place.title,
    kind,
    columns,
    groups,
    records: records.map((r) => withFootnotes(typedRecord(kind, r, columns), source)),
    fragments,
    lines: block.lines,
  };
}

/** The footnote markers the reader found on a record's lines. */
function withFootnotes<T extends { lines: number[]; footnotes?: string[] }>(record: T, block: TableBlock): T {
  const lines = new Set(record.lines);
  const labels = block.rows.flatMap((r) => r.cells.flatMap((c) => (lines.has(c.lines[0]!) ? (c.footnoteRefs ?? []).map((f) => f.label) : [])));
  if (labels.length) record.footnotes = [...new Set(labels)];
  return record;
}

/**
 * A group row spans the columns: "I | Chỉ tiêu kinh tế | | |", "II Chỉ tiêu xã hội" glued in the first
 * cell, a title repeated in every cell (a merged cell flattened), or "3" above rows numbered "3.1".
 */
function groupTitle(row: GridRow, next: GridRow | undefined, width: number, label: number): { no: string; title: string } | null {
  const cells = row.cells;
  const no = (cells[0] ?? "").trim();
  const rest = cells.slice(label + 1).filter(Boolean);
  const glued = /^([IVXLC]+|[A-Z])\.?\s+(\S.*)$/u.exec(no);
  if (glued && cells.slice(1).every((c) => !c) && numberStyle(glued[1]!) !== null) return { no: glued[1]!, title: `${glued[1]}. ${glued[2]}` };
  const title = cells[label] ?? "";
  if (!title) return null;
  const style = numberStyle(no);
  const format = (n: string) => (/[.)]$/.test(n) ? `${n} ${title}` : `${n}. ${title}`);
  if ((style === "roman" || style === "romanDotted" || style === "letter") && rest.length === 0) return { no, title: format(no) };
  if (rest.length >= 2 && rest.every((c) => c === title) && width > 2) return { no, title: no ? format(no) : title };
  const nextNo = (next?.cells[0] ?? "").trim();
  if (style === "decimal" && rest.length === 0 && nextNo.startsWith(`${no}.`)) return { no, title: format(no) };
  return null;
}
