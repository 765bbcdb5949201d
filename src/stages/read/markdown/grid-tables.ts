/**
 * Pandoc's grid tables, which remark does not read: a table drawn with "+----+----+" borders and
 * "| … | … |" lines, each cell wrapped inside its column. Pandoc writes one whenever a cell holds
 * several paragraphs — a Word file's header and closing tables, converted to Markdown, come out so.
 *
 *   +-----------------------+:-------------------------:+
 *   | ***Nơi nhận:\***      | **TM. ỦY BAN THƯỜNG VỤ\   |
 *   | - Chính phủ;\         | CHỦ TỊCH\                 |
 *   +-----------------------+---------------------------+
 *
 * A cell's lines that end in a hard break ("\") end a paragraph; other lines wrap the same one.
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
        if (row.length) rows.push(readRow(lines, row, edges));
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

/** One row: each cell's text between its column's edges, line by line, cut into paragraphs. */
function readRow(lines: readonly string[], at: number[], edges: number[]): GridRow {
  const cells: string[][] = [];
  const byLine = at.map((k) => lineCells(lines[k]!, edges));
  for (let c = 0; c + 1 < edges.length; c++) {
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
