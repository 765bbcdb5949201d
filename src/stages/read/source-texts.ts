import type { SourceText } from "./reader.js";

/** Every text a reader gave: its lines and their cells, its tables' cells and their paragraphs. */
export function sourceTexts(source: SourceText): string[] {
  const cells = (source.tables ?? []).flatMap((t) => t.rows.flatMap((r) => r.cells));
  return [
    ...source.lines.flatMap((l) => [l.text, ...(l.cells ?? [])]),
    ...cells.flatMap((c) => [c.text, ...(c.paragraphs ?? [])]),
  ];
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
