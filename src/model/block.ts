import { z } from "zod";

/**
 * Blocks are what readers hand to the structure stage: text paragraphs and table grids with the
 * source lines they came from. After `read`, nothing knows which format the document came from.
 */
export const Lines = z.array(z.number().int().positive()).describe("Source line numbers (1-based).");

export const TextBlock = z.object({
  kind: z.literal("text"),
  text: z.string(),
  lines: Lines,
  /** Heading depth when the source marked it (Markdown `#`), else absent. */
  heading: z.number().int().min(1).max(6).optional(),
  /** The whole block was printed in bold (Markdown `**…**`, `<b>`). */
  strong: z.boolean().optional(),
  /** Footnote references removed from `text`: label and character offset in `text`. */
  footnoteRefs: z.array(z.object({ label: z.string(), offset: z.number().int().min(0) })).optional(),
});
export type TextBlock = z.infer<typeof TextBlock>;

export const TableCell = z.object({
  text: z.string(),
  lines: Lines,
  /** The cell was printed in italics or bold (`<i>…</i>`, `**…**`). */
  emphasis: z.boolean().optional(),
  /** Footnote references removed from `text` (offsets in `text`). */
  footnoteRefs: z.array(z.object({ label: z.string(), offset: z.number().int().min(0) })).optional(),
  colSpan: z.number().int().positive().optional(),
  rowSpan: z.number().int().positive().optional(),
  /** The cell's own lines when it holds several (a header or signature laid out in a table). */
  paragraphs: z.array(z.string()).optional(),
});
export type TableCell = z.infer<typeof TableCell>;

export const TableRow = z.object({ cells: z.array(TableCell), lines: Lines });
export type TableRow = z.infer<typeof TableRow>;

/** How a grid was written in the source, for later stages that read layouts differently. */
export const TableLayout = z
  .enum(["tab-rows", "tab-cells", "flat-cells", "pipe", "text-flow", "grid"])
  .describe("grid: a real table (HTML, DOCX, PDF ruling lines) with its spans.");
export type TableLayout = z.infer<typeof TableLayout>;

export const TableBlock = z.object({
  kind: z.literal("table"),
  rows: z.array(TableRow),
  lines: Lines,
  /** How the grid was written in the source, for later stages that read layouts differently. */
  layout: TableLayout,
});
export type TableBlock = z.infer<typeof TableBlock>;

export const FootnoteBlock = z.object({
  kind: z.literal("footnote"),
  label: z.string(),
  text: z.string(),
  lines: Lines,
});
export type FootnoteBlock = z.infer<typeof FootnoteBlock>;

/** Page furniture the reader recognised (page numbers, separator rules): kept, never mixed into text. */
export const FurnitureBlock = z.object({
  kind: z.literal("furniture"),
  role: z.enum(["page-number", "rule"]),
  text: z.string(),
  lines: Lines,
});
export type FurnitureBlock = z.infer<typeof FurnitureBlock>;

export const Block = z.discriminatedUnion("kind", [TextBlock, TableBlock, FootnoteBlock, FurnitureBlock]);
export type Block = z.infer<typeof Block>;

export const SourceFormat = z.enum(["text", "markdown", "html", "docx", "doc", "rtf", "pdf"]);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** Where a source line sits on a PDF page: page (1-based) and box in PDF points (x0, y0, x1, y1; y up from the bottom). */
export const LineBox = z.object({
  line: z.number().int().positive(),
  page: z.number().int().positive(),
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});
export type LineBox = z.infer<typeof LineBox>;

export const Blocks = z.object({
  format: SourceFormat,
  /** Number of source lines, and those that hold text (the lossless check compares against these). */
  lineCount: z.number().int().min(0),
  contentLines: Lines,
  /** Lines the source laid out in side-by-side columns: each column is a block of its own. */
  splitLines: Lines,
  blocks: z.array(Block),
  layout: z.array(LineBox).optional().describe("PDF only: the page and box of every line."),
});
export type Blocks = z.infer<typeof Blocks>;
