/**
 * Pandoc's grid tables, which remark does not read: a table drawn with "+----+----+" borders and
 * "| … | … |" lines, each cell wrapped inside its column. Pandoc writes one whenever a cell holds
 * several paragraphs — a Word file's header and closing tables, converted to Markdown, come out so;
 * converted to plain text (`-t plain`) too, as reStructuredText draws its tables. The Markdown and
 * the text readers both find them here.
 *
 *   +-----------------------+:-------------------------:+
 *   | ***Nơi nhận:\***      | **TM. ỦY BAN THƯỜNG VỤ\   |
 *   | - Chính phủ;\         | CHỦ TỊCH\                 |
 *   +-----------------------+---------------------------+
 *
 * A cell's lines that end in a hard break ("\") or stand before an empty one end a paragraph;
 * other lines wrap the same one.
 */
export interface GridTable {
  /** 1-based source lines the table spans, borders included. */
  from: number;
  to: number;
  rows: GridRow[];
}

export interface GridRow {
  /** The row's source lines (without borders). */
  lines: number[];
  /** Per cell, its paragraphs, markup left as written. */
  cells: string[][];
}

const BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;
const ROW_LINE = /^\s*\|.*\|\s*$/;

/** The grid tables among the source's lines. */
export function gridTables(lines: readonly string[]): GridTable[] {
  const tables: GridTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!BORDER.test(lines[i]!)) continue;
    const border = lines[i]!;
    const edges = [...border.matchAll(/\+/g)].map((m) => m.index);
    const rows: GridRow[] = [];
    let row: number[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (BORDER.test(line)) {
        if (row.length) rows.push(readRow(lines, row, (line) => lineCells(line, edges)));
        row = [];
        continue;
      }
      if (!ROW_LINE.test(line)) break;
      row.push(j);
    }
    // A table ends on a border; a run of rows that does not is no grid table.
    if (row.length || !rows.length) continue;
    tables.push({ from: i + 1, to: j, rows });
    i = j - 1;
  }
  return tables;
}

/**
 * Each column's text on one line: the text between two "|" goes to the column whose edge the first
 * "|" stands on (a cell spanning columns gives its text to the first of them); a "|" a hand edit
 * moved off the edges takes the nearest one.
 */
function lineCells(line: string, edges: number[]): string[] {
  const cells = edges.slice(1).map(() => "");
  const pipes = [...line.matchAll(/\|/g)].map((m) => m.index);
  for (let p = 0; p + 1 < pipes.length; p++) {
    const at = pipes[p]!;
    let c = 0;
    for (let e = 0; e < edges.length - 1; e++) if (Math.abs(edges[e]! - at) < Math.abs(edges[c]! - at)) c = e;
    cells[c] = `${cells[c]} ${line.slice(at + 1, pipes[p + 1]!)}`.trim();
  }
  return cells;
}

/** One row: each cell's text, line by line (`cellsOf`), cut into paragraphs. */
function readRow(lines: readonly string[], at: number[], cellsOf: (line: string) => string[]): GridRow {
  const cells: string[][] = [];
  const byLine = at.map((k) => cellsOf(lines[k]!));
  for (let c = 0; c < byLine[0]!.length; c++) {
    const paragraphs: string[] = [];
    let open = "";
    for (const line of byLine) {
      const piece = line[c]!;
      // The break's backslash may stand inside closing emphasis: "***Nơi nhận:\\***".
      const hard = /\\[*_]*$/.test(piece);
      const text = (hard ? piece.replace(/\\([*_]*)$/, "$1") : piece).trim();
      if (!text && !open) continue;
      open = open ? `${open} ${text}`.trim() : text;
      if (hard || !text) {
        if (open) paragraphs.push(open);
        open = "";
      }
    }
    if (open) paragraphs.push(open);
    cells.push(paragraphs);
  }
  return { lines: at.map((k) => k + 1), cells };
}

/** A row of dash groups, two or more, and nothing else: a multiline table's top or bottom line. */
const DASH_ROW = /^\s*-{3,}(?:\s+-{3,})+\s*$/;

/**
 * Pandoc's headerless multiline tables, which remark reads as code or paragraphs: a row of dash
 * groups above and below, the columns where the groups stand, rows apart by blank lines. Pandoc
 * writes one for a Word table whose cells hold no paragraphs of their own but wrap: a header or a
 * closing laid out side by side.
 *
 *   ----------------------------------- ----------------------------------
 *   ***Nơi nhận:\***                     **T/M BAN CHẤP HÀNH TRUNG ƯƠNG\**
 *   - Các tỉnh ủy, thành ủy,\                          TỔNG BÍ THƯ\
 *   ----------------------------------- ----------------------------------
 */
export function multilineTables(lines: readonly string[]): GridTable[] {
  const tables: GridTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!DASH_ROW.test(lines[i]!)) continue;
    const top = lines[i]!;
    const end = lines.findIndex((l, k) => k > i && k <= i + 80 && l === top);
    if (end < 0) continue;
    const starts = [...top.matchAll(/-+/g)].map((m) => m.index);
    const cellsOf = (line: string) =>
      starts.map((from, c) => (c === 0 ? line.slice(0, starts[1]) : line.slice(from, starts[c + 1])).trim());
    const rows: GridRow[] = [];
    let row: number[] = [];
    for (let k = i + 1; k <= end; k++) {
      if (k === end || !lines[k]!.trim()) {
        if (row.length) rows.push(readRow(lines, row, cellsOf));
        row = [];
      } else row.push(k);
    }
    if (rows.length) tables.push({ from: i + 1, to: end + 1, rows });
    i = end;
  }
  return tables;
}
