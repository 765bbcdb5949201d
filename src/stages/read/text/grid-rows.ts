import type { TableBlock, TableCell, TableRow } from "../../../model/block.js";
import { normalizeText } from "../../../text/normalize.js";
import { gridTables } from "../grid-tables.js";
import { cellPerLineTables } from "./cell-lines.js";
import { type SourceLine, tableLine } from "../source-line.js";

/**
 * Grid tables in plain text, as pandoc writes a Word file's tables (`-t plain`) and as
 * reStructuredText has them: "+----+" borders, "| … |" lines, a cell of several lines when the Word
 * cell held several paragraphs (apart by an empty line of the cell). The borders say where every
 * row and cell begins (`gridTables`, shared with the Markdown reader), so each is a table the
 * reader gives, its cells' paragraphs kept: the same table a DOCX gives, read by the same steps (a
 * header's columns, recipients beside the signature, a task table).
 */

/**
 * A cell's line that only draws a rule: "_______", or pandoc's superscript of one "^(_______)". Dots
 * alone are no rule: a form's "..." row stands for the rows to be added.
 */
const RULE = /^\^?\(?[-_=~*.\s]*[-_=~*][-_=~*.\s]*\)?$/;

/**
 * The source lines with each grid table's lines replaced: its borders are markup, each row is one
 * table line at its first line (owning the others), and the tables themselves, with their cells'
 * lines as paragraphs, for the assembly to take as given.
 */
export function withGridTables(
  raw: readonly string[],
  lines: SourceLine[],
): { lines: SourceLine[]; tables: TableBlock[]; markup: Set<number> } {
  // Cells one per line (cell-lines.ts) have no borders, but the same rows and cells once found.
  const grids = [...gridTables(raw), ...cellPerLineTables(raw)].sort((a, b) => a.from - b.from);
  const markupLines = new Set<number>();
  if (!grids.length) return { lines, tables: [], markup: markupLines };
  const replaced = new Map<number, SourceLine | null>();
  const tables: TableBlock[] = [];
  for (const g of grids) {
    for (let n = g.from; n <= g.to; n++) {
      replaced.set(n, markup(n));
      markupLines.add(n);
    }
    const rows: TableRow[] = [];
    for (const r of g.rows) {
      const [n, ...rest] = r.lines;
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
