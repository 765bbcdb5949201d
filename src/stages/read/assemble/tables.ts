import type { TableBlock, TableCell, TableRow } from "../../../model/block.js";
import type { SourceLine } from "../source-line.js";

/**
 * Groups table lines into grids. Two layouts come from text files:
 * - "tab-rows": one row per line, cells separated by tabs (the header repeated at page breaks);
 * - "tab-cells": one cell per line, each prefixed by a tab, a blank line between rows; a line without
 *   a tab inside such a row continues the cell above.
 * Markdown pipe tables arrive as "table" lines with their cells already split ("pipe").
 * Returns the table blocks and the indexes of the lines they consumed.
 */
export function groupTables(
  lines: SourceLine[],
  layoutOf: "text" | "markdown",
): { tables: TableBlock[]; used: Set<number> } {
  const tables: TableBlock[] = [];
  const used = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.kind !== "table") {
      i++;
      continue;
    }
    // A run of table lines; blank lines inside are page breaks or row separators when more table lines follow.
    const run: number[] = [];
    let j = i;
    while (j < lines.length) {
      const k = lines[j]!.kind;
      if (k === "table") run.push(j);
      else if (k === "blank" || k === "rule" || k === "markup" || k === "furniture") {
        const next = nextNonBlank(lines, j);
        if (next < 0 || lines[next]!.kind !== "table") break;
        // Pipe tables apart are one table only when they have the same columns (a table a
        // transcription cut at a page break); the next table of a form has its own.
        if (layoutOf === "markdown" && !sameWidth(lines, run, lines[next]!)) break;
      } else if (k === "content" && (isCellContinuation(lines, j) || continuesFlatCell(lines, run, j)))
        run.push(j);
      else break;
      j++;
    }
    const flattened = run.some((r) => lines[r]!.rowStart !== undefined);
    const table = flattened
      ? cellPerLine(lines, run, "flat-cells")
      : layoutOf === "markdown"
        ? pipeTable(lines, run)
        : isCellPerLine(lines, run)
          ? cellPerLine(lines, run)
          : rowPerLine(lines, run);
    tables.push(table);
    for (const r of run) used.add(r);
    i = j;
  }
  return { tables, used };
}

/** A further line of a cell in a flattened table (a wrapped cell between two lone "|" lines). */
function continuesFlatCell(lines: SourceLine[], run: number[], j: number): boolean {
  return run.length > 0 && run[run.length - 1] === j - 1 && lines[run[0]!]!.rowStart !== undefined;
}

/**
 * Whether the pipe table that starts at `next` has the columns of the run's table. A flattened
 * table (one cell per line between lone "|" lines) is one table whatever its lines hold.
 */
function sameWidth(lines: SourceLine[], run: number[], next: SourceLine): boolean {
  const rows = run.map((r) => lines[r]!).filter((l) => l.kind === "table");
  if (!rows.length || rows.some((l) => l.rowStart !== undefined) || next.rowStart !== undefined) return true;
  // The table's width is its widest row: a pipe table's last row may be short.
  return Math.max(...rows.map((l) => l.cells?.length ?? 0)) === next.cells?.length;
}

function nextNonBlank(lines: SourceLine[], from: number): number {
  for (let k = from; k < lines.length; k++) {
    const kind = lines[k]!.kind;
    if (kind !== "blank" && kind !== "rule" && kind !== "markup" && kind !== "furniture") return k;
  }
  return -1;
}

/** A short untabbed line between single-cell tab lines: a wrapped cell ("Nghị\nquyết"). */
function isCellContinuation(lines: SourceLine[], j: number): boolean {
  const prev = lines[j - 1];
  const next = lines[j + 1];
  const single = (l: SourceLine | undefined) =>
    l?.kind === "table" && (l.cells ?? []).filter((c) => c !== "").length === 1;
  return single(prev) && (next === undefined || next.kind === "blank" || single(next));
}

/**
 * One cell per line: most lines hold one cell after their tab. A line that keeps the tabs of its
 * empty cells ("2. Các khoản giảm trừ⇥⇥⇥⇥", a blank form's row) is a row, however few cells it fills.
 */
function isCellPerLine(lines: SourceLine[], run: number[]): boolean {
  const tableLines = run.map((r) => lines[r]!).filter((l) => l.kind === "table");
  const single = tableLines.filter(
    (l) => (l.cells ?? []).filter((c) => c !== "").length === 1 && (l.cells ?? []).length <= 2,
  ).length;
  return single >= tableLines.length * 0.8;
}

function rowPerLine(lines: SourceLine[], run: number[]): TableBlock {
  const rows: TableRow[] = run
    .map((r) => lines[r]!)
    .filter((l) => l.kind === "table")
    .map((l) => ({
      cells: (l.cells ?? []).map((text, i) => cell(text, l.n, l.cellEmphasis?.[i])),
      lines: [l.n, ...(l.span ?? [])],
    }));
  const all = run.flatMap((r) => [lines[r]!.n, ...(lines[r]!.span ?? [])]);
  return { kind: "table", layout: "tab-rows", rows, lines: all };
}

function cellPerLine(
  lines: SourceLine[],
  run: number[],
  layout: "tab-cells" | "flat-cells" = "tab-cells",
): TableBlock {
  const rows: TableRow[] = [];
  let row: TableRow | null = null;
  let prevIndex = -2;
  for (const r of run) {
    const l = lines[r]!;
    // Rows end at a blank line, or where a flattened table says a cell opens a row.
    const opens = layout === "flat-cells" ? l.rowStart === true : r !== prevIndex + 1;
    if (row === null || opens) {
      row = { cells: [], lines: [] };
      rows.push(row);
    }
    if (l.kind === "table") {
      row.cells.push(
        cell((l.cells ?? []).filter((c) => c !== "").join(" "), l.n, l.cellEmphasis?.some(Boolean)),
      );
    } else {
      const cell = row.cells[row.cells.length - 1];
      if (cell) {
        cell.text = `${cell.text} ${l.text}`.trim();
        cell.lines.push(l.n);
      } else row.cells.push({ text: l.text, lines: [l.n] });
    }
    row.lines.push(l.n);
    prevIndex = r;
  }
  return { kind: "table", layout, rows, lines: run.map((r) => lines[r]!.n) };
}

function cell(text: string, line: number, emphasis: boolean | undefined): TableCell {
  return emphasis ? { text, lines: [line], emphasis: true } : { text, lines: [line] };
}

function pipeTable(lines: SourceLine[], run: number[]): TableBlock {
  const table = rowPerLine(lines, run);
  return { ...table, layout: "pipe" };
}
