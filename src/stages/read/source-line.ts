/**
 * One physical line of the source after normalisation, before lines are assembled into blocks.
 * Both readers (text, Markdown) produce these; the shared assembly turns them into blocks.
 */
export type LineKind = "content" | "blank" | "rule" | "markup" | "table" | "footnote" | "furniture";

export interface SourceLine {
  /** 1-based line number in the source. */
  n: number;
  kind: LineKind;
  /** Cleaned text (NFC, markup removed, trimmed). */
  text: string;
  /** The line began with white space: in PDF-to-text output this marks the top of a page. */
  indented: boolean;
  strong: boolean;
  heading?: number;
  /** Table cells, for kind "table". */
  cells?: string[];
  /** Further source lines a table row was gathered from (a row laid out with spaces over several lines). */
  span?: number[];
  /** For one-cell-per-line tables whose rows are not separated by blank lines: this cell opens a row. */
  rowStart?: boolean;
  /** Per cell: printed in italics or bold. */
  cellEmphasis?: boolean[];
  /** Footnote label, for kind "footnote": lines of one footnote share it. */
  footnote?: string;
  /** Set when the source put several columns on this line: the column's position. */
  column?: number;
  /** Furniture other than a page number: a running head or a signing stamp (running-heads.ts). */
  furnitureOf?: "running-head" | "signing-stamp";
  /** The source opened a page with this line (a form feed in PDF-to-text output). */
  pageStart?: boolean;
  /** From a reader that saw the page (PDF): whether this line continues the paragraph above. */
  wrapped?: boolean;
  /** Footnote references removed from `text`. */
  refs: { label: string; offset: number }[];
}

export function blankLine(n: number): SourceLine {
  return { n, kind: "blank", text: "", indented: false, strong: false, refs: [] };
}

/** A table row as one source line: its cells' texts, and their join for what reads the line whole. */
export function tableLine(n: number, cells: readonly { text: string }[]): SourceLine {
  const texts = cells.map((c) => c.text);
  return {
    n,
    kind: "table",
    text: texts.join(" ").trim(),
    indented: false,
    strong: false,
    refs: [],
    cells: texts,
  };
}
