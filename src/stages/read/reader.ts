import type { LegacyEncoding } from "../../text/legacy-encoding.js";
import type { LineBox, SourceFormat, TableBlock } from "../../model/block.js";
import type { Reporter } from "../../model/reporter.js";
import type { SourceLine } from "./source-line.js";

/** PDF pages without text layer: OCR when installed ("auto"), required ("on"), never ("off"). */
export type OcrMode = "auto" | "on" | "off";

/** What a reader refuses to go past: each ends the document with the reason, never a guess. */
export interface ReadLimits {
  /** PDF pages. */
  maxPages: number;
  /** Bytes a DOCX's parts inflate to, all together, checked while inflating. */
  maxInflatedBytes: number;
  /** Element nesting in HTML and DOCX. */
  maxDepth: number;
  /** Characters in one line of text. */
  maxLineLength: number;
}

/** Far past any real document: the corpus's largest PDF has 236 pages, its deepest HTML 40 levels. */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxPages: 2000,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxDepth: 500,
  maxLineLength: 1_000_000,
};

export interface ReaderOptions {
  ocr: OcrMode;
  limits: ReadLimits;
  /** How far a long read is ("OCR page 3/12"). */
  progress?: (message: string) => void;
}

/** What a reader made of its source: lines in reading order, and the grids it saw as real tables. */
export interface SourceText {
  lines: SourceLine[];
  /**
   * The reader converted text in legacy fonts by the fonts' names: the reading by content then
   * converts only lines that gain by it or hold look-alikes (a converted line may read as well
   * converted twice, "Khoá" → "Khoỏ").
   */
  legacyByFont?: boolean;
  /** The whole text was read from this legacy encoding by the reader (plain text, .doc, RTF). */
  legacy?: LegacyEncoding;
  /** PDF: text a TCVN3 font drew, whose bare "ư" its maker may have dropped (lost-u.ts). */
  drawnInTcvn3?: boolean;
  /** Tables the format itself marks (HTML, DOCX, PDF rulings); absent when they must be found in the lines. */
  tables?: TableBlock[];
  /** Tables are also to be found in the lines the given ones leave (plain text's grid tables among others). */
  tablesInLines?: boolean;
  /** PDF: the page and box of every line. */
  layout?: LineBox[];
}

/**
 * How the format-blind assembly treats a reader's lines. These are properties of how a format
 * prints, not of the format's name, so assembly never asks which format it is reading.
 */
export interface AssemblyTraits {
  /** Tables written in the lines themselves: Markdown pipes, or plain-text tabs and cell-per-line. */
  lineTables: "markdown" | "text";
  /** PDF-to-text tables flattened into running lines may occur. */
  flowTables: boolean;
  /** Lines are wrapped by width (text, PDF), so paragraphs are joined; HTML and DOCX give whole paragraphs. */
  hardWraps: boolean;
}

/**
 * How one input format is read. Its file names and signature are in the registry (registry.ts), the
 * only list of formats, which loads a reader when the first file of its format comes.
 */
export interface Reader {
  format: SourceFormat;
  assembly: AssemblyTraits;
  /** Throws InputError when the bytes are no readable document; reports document problems and carries on. */
  read(bytes: Uint8Array, options: ReaderOptions, report: Reporter): Promise<SourceText>;
}
