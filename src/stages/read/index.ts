import { z } from "zod";
import type { Block, Blocks, FootnoteBlock, FurnitureBlock, LineBox, SourceFormat, TableBlock } from "../../model/block.js";
import type { Stage } from "../../model/stage.js";
import { decodeText } from "./decode.js";
import { markFootnotes, markPageNumbers } from "./footnotes.js";
import { markdownLines } from "./markdown-lines.js";
import { assembleParagraphs } from "./paragraphs.js";
import type { SourceLine } from "./source-line.js";
import { flowTables } from "./flow-tables.js";
import { groupTables } from "./tables.js";
import { textLines } from "./text-lines.js";

import { InputError } from "./input-error.js";

export { InputError };

export const ReadOptions = z.object({ format: z.enum(["text", "markdown", "html", "docx", "pdf"]) });
export type ReadOptions = z.infer<typeof ReadOptions>;

/**
 * What an asynchronous reader (HTML, DOCX, PDF: see src/readers/) made of a binary or markup source:
 * lines in reading order and the tables it found as grids. The stage itself stays synchronous and pure.
 */
export interface ExtractedSource {
  lines: SourceLine[];
  tables: TableBlock[];
  /** PDF: the page and box of every line. */
  layout?: LineBox[];
  /** What the reader noticed (a page without text layer, page furniture removed). */
  notes?: { rule: string; message: string; line: number; page?: number; severity: "info" | "warning" }[];
}

/**
 * read: bytes → blocks. One reader per format turns the source into normalised lines; one shared
 * assembly finds footnotes, page numbers, tables and paragraphs, so every format yields the same
 * kind of blocks with line provenance.
 */
export const readStage: Stage<Uint8Array | ExtractedSource, Blocks, ReadOptions> = {
  id: "read",
  version: "1.1.0",
  options: ReadOptions,
  run(input, options, { report }) {
    if (!(input instanceof Uint8Array)) {
      for (const note of input.notes ?? []) report[note.severity === "warning" ? "warn" : "info"](note.rule, note.message, { line: note.line, ...(note.page ? { page: note.page } : {}) });
      const blocks = assemble(input.lines, options.format, report, input.tables);
      return input.layout ? { ...blocks, layout: input.layout } : blocks;
    }
    if (options.format !== "text" && options.format !== "markdown") throw new InputError(`${options.format} needs its reader first (src/readers)`);
    const source = decodeText(input);
    const lines = options.format === "markdown" ? markdownLines(source) : textLines(source);
    if (options.format === "text") {
      markPageNumbers(lines);
      markFootnotes(lines, report);
    }
    return assemble(lines, options.format, report);
  },
};

function assemble(lines: SourceLine[], format: SourceFormat, report: { info: (r: string, m: string, p: { line: number }) => void }, grids?: TableBlock[]): Blocks {
  // Grids from a reader that saw real tables; otherwise tables are found in the lines.
  const { tables, used } = grids ? { tables: [...grids], used: new Set(lines.flatMap((l, i) => (l.kind === "table" ? [i] : []))) } : groupTables(lines, format === "markdown" ? "markdown" : "text");
  if (format !== "markdown") tables.push(...flowTables(lines, used));
  const blocks: Block[] = [...assembleParagraphs(lines, used, format !== "html" && format !== "docx"), ...tables, ...footnoteBlocks(lines), ...furniture(lines)];
  blocks.sort((a, b) => a.lines[0]! - b.lines[0]!);
  const pages = lines.filter((l) => l.kind === "furniture");
  if (pages.length) report.info("page-furniture", `${pages.length} printed page number(s) kept apart from the text`, { line: pages[0]!.n });
  return {
    format,
    lineCount: lines.length,
    contentLines: [...new Set(lines.filter(isContent).map((l) => l.n))],
    splitLines: [...new Set(lines.filter((l) => isContent(l) && (l.column ?? 0) > 0).map((l) => l.n))],
    blocks,
  };
}

function isContent(l: SourceLine): boolean {
  return l.kind !== "blank" && l.kind !== "rule" && l.kind !== "markup";
}

function footnoteBlocks(lines: SourceLine[]): FootnoteBlock[] {
  const out: FootnoteBlock[] = [];
  let current: FootnoteBlock | null = null;
  for (const line of lines) {
    if (line.kind !== "footnote") continue;
    // Lines of one footnote share its label; a body continued on the next page joins it.
    const same = out.find((f) => f.label === line.footnote);
    if (same) {
      same.text = `${same.text} ${line.text}`;
      same.lines.push(line.n);
      current = same;
    } else {
      current = { kind: "footnote", label: line.footnote ?? "?", text: line.text, lines: [line.n] };
      out.push(current);
    }
  }
  return out;
}

function furniture(lines: SourceLine[]): FurnitureBlock[] {
  return lines.filter((l) => l.kind === "furniture").map((l) => ({ kind: "furniture", role: "page-number", text: l.text, lines: [l.n] }));
}
