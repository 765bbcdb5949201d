import type { TableBlock, TableCell, TableRow } from "../../../model/block.js";
import { normalizeText } from "../../../text/normalize.js";
import { type SourceLine, tableLine } from "../source-line.js";

/**
 * Grid tables, as pandoc writes a Word file's tables into plain text and reStructuredText has them:
 *
 *     +-----------------------+--------------------------------+
 *     | UBND TỈNH LÀO CAI     | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
 *     +=======================+================================+
 *     | Nơi nhận:             | KT. GIÁM ĐỐC                   |
 *     | - Như trên;           | PHÓ GIÁM ĐỐC                   |
 *
 * The borders say where every row and cell begins, so a cell of several lines (a header's column,
 * recipients beside the signature) is one cell with its lines as paragraphs: the same table a DOCX
 * gives, read by the same later steps.
 */
const BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;
const ROW = /^\s*\|.*\|\s*$/;

/** A cell's line that only draws a rule: "_______", or pandoc's superscript of one "^(_______)". */
const RULE = /^\^?\(?[-_=~*.\s]+\)?$/;

export interface GridTable {
  /** 0-based indexes of its first and past-last raw line. */
  start: number;
  end: number;
  /** Per row, the raw line indexes of its text, and its cells' lines (blank ones left out). */
  rows: { lines: number[]; cells: string[][] }[];
}

/** The cells of one line of a row, cut at the bars that stand where the border's "+" stand. */
function cutAt(line: string, bars: number[]): string[] | null {
  // A bar at each border column: the cells are what stands between them.
  if (bars.every((b) => line[b] === "|"))
    return bars.slice(1).map((b, k) => line.slice(bars[k]! + 1, b).trim());
  // Widths the border does not share (characters pandoc counts two columns wide): cut at the bars
  // themselves when there are as many.
  const parts = line.trim().slice(1, -1).split("|");
  return parts.length === bars.length - 1 ? parts.map((p) => p.trim()) : null;
}

function tableAt(raw: readonly string[], start: number): GridTable | null {
  const first = raw[start]!;
  const bars = [...first.matchAll(/\+/g)].map((m) => m.index);
  const rows: GridTable["rows"] = [];
  let row: GridTable["rows"][number] | null = null;
  let i = start + 1;
  for (; i < raw.length; i++) {
    const line = raw[i]!;
    if (BORDER.test(line)) {
      if (row) rows.push(row);
      row = null;
      continue;
    }
    if (!ROW.test(line)) break;
    const cells = cutAt(line, bars);
    if (!cells) return null;
    row ??= { lines: [], cells: bars.slice(1).map(() => []) };
    row.lines.push(i);
    cells.forEach((c, k) => c && row!.cells[k]!.push(c));
  }
  // A grid closes with a border: anything else is text that happens to start with "+" and "|".
  if (row || !BORDER.test(raw[i - 1]!) || !rows.length) return null;
  return { start, end: i, rows };
}

/** Every grid table in the raw lines of a text. */
export function gridTables(raw: readonly string[]): GridTable[] {
  const out: GridTable[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (!raw[i]!.includes("+-") && !raw[i]!.includes("+=")) continue;
    if (!BORDER.test(raw[i]!)) continue;
    const table = tableAt(raw, i);
    if (!table) continue;
    out.push(table);
    i = table.end - 1;
  }
  return out;
}

/**
 * The source lines with each grid table's lines replaced: its borders are markup, each row is one
 * table line at its first line (owning the others), and the tables themselves, with their cells'
 * lines as paragraphs, for the assembly to take as given.
 */
export function withGridTables(
  raw: readonly string[],
  lines: SourceLine[],
): { lines: SourceLine[]; tables: TableBlock[]; markup: Set<number> } {
  const grids = gridTables(raw);
  const markupLines = new Set<number>();
  if (!grids.length) return { lines, tables: [], markup: markupLines };
  const replaced = new Map<number, SourceLine | null>();
  const tables: TableBlock[] = [];
  for (const g of grids) {
    for (let i = g.start; i < g.end; i++) {
      replaced.set(i + 1, markup(i + 1));
      markupLines.add(i + 1);
    }
    const rows: TableRow[] = [];
    for (const r of g.rows) {
      const [n, ...rest] = r.lines.map((i) => i + 1);
      const cells: TableCell[] = r.cells.map((paragraphs) => {
        const clean = paragraphs
          .map((p) => normalizeText(p).replace(/\s+/g, " ").trim())
          .filter((p) => p && !RULE.test(p));
        return {
          text: clean.join(" "),
          lines: [n!],
          ...(clean.length > 1 ? { paragraphs: clean } : {}),
        };
      });
      if (!cells.some((c) => c.text)) continue;
      replaced.set(n!, { ...tableLine(n!, cells), ...(rest.length ? { span: rest } : {}) });
      for (const m of rest) replaced.set(m, null);
      rows.push({ cells, lines: [n!] });
    }
    if (rows.length)
      tables.push({ kind: "table", rows, lines: rows.map((r) => r.lines[0]!), layout: "grid" });
  }
  const out: SourceLine[] = [];
  const seen = new Set<number>();
  for (const l of lines) {
    if (!replaced.has(l.n)) out.push(l);
    else if (!seen.has(l.n)) {
      seen.add(l.n);
      const r = replaced.get(l.n);
      if (r) out.push(r);
    }
  }
  return { lines: out, tables, markup: markupLines };
}

function markup(n: number): SourceLine {
  return { n, kind: "markup", text: "", indented: false, strong: false, refs: [] };
}
