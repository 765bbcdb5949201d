import type { GridTable } from "../grid-tables.js";

/**
 * Tables whose cells a converter wrote one per line, as LibreOffice's plain-text export does with a
 * Word table: the header's labels one under the other ("TT" ⏎ "Tên nhiệm vụ" ⏎ "Sở, ngành chủ trì"
 * ⏎ …), then each row as that many lines, an empty cell an empty line. Nothing in the text marks a
 * cell, so a table is taken only where the count holds all the way: a header opening on its number
 * column ("TT", "STT", "Số TT"), then rows that each open on the next number in sequence and take
 * exactly as many lines as the header has labels. A cell of two paragraphs breaks the count: the
 * table ends before that row, and the rest stays text.
 */

/** The label of a table's number column. */
const NUMBER_LABEL = /^(?:S[ốo]\s*)?S?TT\.?$/iu;
/** The labels a header may hold: short, no sentence. */
const MAX_LABEL_WORDS = 12;
const MIN_COLUMNS = 3;
const MAX_COLUMNS = 12;
/** A row of column numbers under the header: "(1)", "(2)" … or "1", "2" … each on its line. */
const COLUMN_NUMBER = /^\(?(\d{1,2})\)?$/;

export function cellPerLineTables(raw: readonly string[]): GridTable[] {
  const text = raw.map((l) => l.trim());
  const tables: GridTable[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!NUMBER_LABEL.test(text[i]!) || raw[i]!.includes("\t") || raw[i]!.includes("|")) continue;
    const table = tableAt(text, i);
    if (!table) continue;
    tables.push(table);
    i = table.to - 1;
  }
  return tables;
}

function tableAt(text: readonly string[], start: number): GridTable | null {
  // The header: the labels down to the first empty line.
  let k = start;
  while (
    k < text.length &&
    text[k] &&
    text[k]!.split(/\s+/).length <= MAX_LABEL_WORDS &&
    !/[.;:]$/.test(text[k]!)
  )
    k++;
  const width = k - start;
  if (width < MIN_COLUMNS || width > MAX_COLUMNS || (k < text.length && text[k] !== "")) return null;
  const rows: GridTable["rows"] = [
    { lines: range(start, width), cells: text.slice(start, k).map((t) => [t]) },
  ];
  while (k < text.length && text[k] === "") k++;
  // Column numbers under the header, one per line: a row of their own.
  let c = k;
  while (c < text.length && COLUMN_NUMBER.exec(text[c]!)?.[1] === String(c - k + 1)) c++;
  if (c - k >= width - 1 && c - k <= width && /^\(/.test(text[k] ?? "")) {
    rows.push({ lines: range(k, c - k), cells: padded(text.slice(k, c), width) });
    k = c;
  }
  // The rows: each opens on the next number and holds `width` lines, or runs to the next number
  // with empty lines inside it that were no cell (an empty paragraph after a cell's text).
  for (let n = 1; k < text.length; n++) {
    const number = (t: string | undefined) => t !== undefined && new RegExp(`^${n}\\.?$`).test(t);
    const next = (t: string | undefined) => t !== undefined && new RegExp(`^${n + 1}\\.?$`).test(t);
    if (!number(text[k])) break;
    let end = k + width;
    while (end < text.length && end < k + 3 * width && !next(text[end])) end++;
    let cells = text.slice(k, end);
    if (end === text.length || end === k + 3 * width) {
      // The last row: `width` lines, then an empty line or the end.
      cells = text.slice(k, k + width);
      const after = text[k + width];
      if (cells.length < width || (after !== undefined && after !== "")) break;
      end = k + width;
    } else if (cells.length > width) {
      const inner = cells.slice(1, -1);
      const blanks = inner.filter((t) => t === "").length;
      if (cells.length - blanks !== width) break;
      cells = [cells[0]!, ...inner.filter((t) => t !== ""), cells.at(-1)!];
    }
    rows.push({ lines: range(k, end - k), cells: padded(cells, width) });
    k = end;
  }
  const body = rows.filter((r) => /^\d+\.?$/.test(r.cells[0]![0]!));
  if (body.length < 2) return null;
  return { from: start + 1, to: k, rows: rows.map((r) => ({ ...r, lines: r.lines })) };
}

/** 1-based line numbers of `count` lines from the 0-based index `from`. */
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i + 1);

const padded = (cells: string[], width: number) => Array.from({ length: width }, (_, i) => [cells[i] ?? ""]);
