import type { SourceText } from "./reader.js";

/**
 * Every text a reader gave: its lines and their cells, its tables' cells and their paragraphs.
 * Pushed one by one: a small array per line, spread, was the cost of each pass that asks for them.
 */
export function sourceTexts(source: SourceText): string[] {
  const out: string[] = [];
  for (const line of source.lines) {
    out.push(line.text);
    if (line.cells) for (const cell of line.cells) out.push(cell);
  }
  for (const table of source.tables ?? [])
    for (const row of table.rows)
      for (const cell of row.cells) {
        out.push(cell.text);
        if (cell.paragraphs) for (const p of cell.paragraphs) out.push(p);
      }
  return out;
}

/** Rewrites every text a reader gave, in place (the repairs of characters that apply to all of them). */
export function rewriteSourceTexts(source: SourceText, fix: (text: string) => string): void {
  for (const line of source.lines) {
    line.text = fix(line.text);
    if (line.cells) line.cells = line.cells.map(fix);
  }
  for (const cell of (source.tables ?? []).flatMap((t) => t.rows.flatMap((r) => r.cells))) {
    cell.text = fix(cell.text);
    if (cell.paragraphs) cell.paragraphs = cell.paragraphs.map(fix);
  }
}
