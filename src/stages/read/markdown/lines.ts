import type { Nodes, PhrasingContent, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { normalizeText, stripMarkup } from "../../../text/normalize.js";
import { isLayoutCell } from "../../../text/markers.js";
import { layoutSized } from "../assemble/layout-grids.js";
import { ROW_NUMBER_HEADER } from "../../../text/row-numbers.js";
import { blankLine, type SourceLine } from "../source-line.js";
import { gridTables, multilineTables } from "../grid-tables.js";
import { htmlTableRows } from "./html-tables.js";

/**
 * Markdown → source lines. remark gives the block structure (headings, lists, GFM tables, footnote
 * definitions, escapes such as `1\.`); lines keep their source numbers so provenance survives.
 * Corpora exported from the national databases hard-wrap paragraphs and put lone `|` lines between
 * header cells: a paragraph is split back into its physical lines and `|`-only lines become markup.
 */
export function markdownLines(source: string): SourceLine[] {
  const text = normalizeText(source);
  const rawLines = text.split(/\r\n|\n|\r/);
  if (rawLines.length > 0 && rawLines[rawLines.length - 1] === "") rawLines.pop();
  // One slot per source line; a line that holds side-by-side columns gets one segment per column.
  const slots: SourceLine[][] = rawLines.map((_, i) => [blankLine(i + 1)]);
  const put: Put = (line, segments) => {
    if (line.n >= 1 && line.n <= slots.length) slots[line.n - 1] = segments ?? [line];
  };
  const notes = frontMatterEnd(rawLines);
  for (let i = 0; i < notes; i++) slots[i] = [{ ...blankLine(i + 1), kind: "markup", text: rawLines[i]! }];
  const grids = putGridTables(rawLines, put);
  // remark would read front matter as a rule and a heading, and a grid table as paragraphs: it
  // reads the rest with those lines blank.
  const body =
    notes || grids.size ? rawLines.map((l, i) => (i < notes || grids.has(i + 1) ? "" : l)).join("\n") : text;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  for (const node of tree.children) visitBlock(node, rawLines, put, false);
  const lines = slots.flatMap((slot, i) => {
    const line = slot[0]!;
    // Lines remark did not place in any node (rare: link definitions) keep their text as content;
    // a quote's empty line (">" between two of its paragraphs) is blank.
    if (slot.length === 1 && line.kind === "blank" && !/^[\s>]*$/.test(rawLines[i]!))
      return [plainLine(rawLines[i]!, i + 1)];
    return slot.length === 1 ? splitColumns(line) : slot;
  });
  markFlattenedTables(lines);
  return lines;
}

/**
 * The converter's notes a Markdown file may open with (YAML front matter: "---", "title: …",
 * "original_format: pdf", "---") are no part of the document: the number of lines they take, or 0.
 */
function frontMatterEnd(lines: readonly string[]): number {
  if (lines[0]?.trim() !== "---") return 0;
  let keys = 0;
  for (let i = 1; i < Math.min(lines.length, 60); i++) {
    const line = lines[i]!;
    if (line.trim() === "---" || line.trim() === "...") return keys ? i + 1 : 0;
    // "key: value" lines and the indented values under a key only: anything else (a heading, a
    // list, a sentence between two rules) is the document's own text.
    if (/^[A-Za-z_][\w-]*\s*:(?:\s|$)/u.test(line)) keys++;
    else if (!keys || !/^\s+\S/u.test(line)) return 0;
  }
  return 0;
}

/**
 * Tables flattened to one cell per line between lines holding only "|": "|", "TT", "|", "Nội dung",
 * "|", …, "|", "1", "|", "Rà soát …". A run that starts with a TT/STT header cell is read as a table:
 * the header cells before the first row number ("1", "I") give the width, and every width-th cell
 * opens a row. Anything else between lone "|" lines stays text.
 */
function markFlattenedTables(lines: SourceLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (
      !isPipeLine(lines[i]!) ||
      lines[i + 1]?.kind !== "content" ||
      !ROW_NUMBER_HEADER.test(lines[i + 1]!.text)
    )
      continue;
    // Cells: content lines between pipe lines (a cell may wrap over several lines).
    const cells: SourceLine[][] = [];
    let j = i;
    while (j < lines.length && isPipeLine(lines[j]!)) {
      const cell: SourceLine[] = [];
      let k = j + 1;
      while (k < lines.length && lines[k]!.kind === "content") cell.push(lines[k++]!);
      if (!cell.length) break;
      cells.push(cell);
      j = k;
    }
    const width = cells.findIndex((c, idx) => idx > 0 && /^(1|I)\.?$/.test(c[0]!.text));
    if (width < 2 || cells.length < width * 2) continue;
    cells.forEach((cell, idx) => {
      cell.forEach((line, n) => {
        // A cell's first line carries the cell; further lines continue it (tab-cells convention).
        if (n === 0) Object.assign(line, { kind: "table", cells: [line.text], rowStart: idx % width === 0 });
      });
    });
    i = j;
  }
}

function isPipeLine(line: SourceLine): boolean {
  return line.kind === "markup" && /^\|+$/.test(line.text.replace(/\s+/g, ""));
}

type Put = (line: SourceLine, segments?: SourceLine[]) => void;

/**
 * Exports of two-column layouts put both columns on one line: "CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ
 * NGHĨA VIỆT NAM", "Số: 52/2018/NĐ-CP | Hà Nội, ngày 12 tháng 04 năm 2018". Each column becomes a
 * segment of that line; rules ("-------") between them are markup.
 */
function splitColumns(line: SourceLine): SourceLine[] {
  if (line.kind !== "content" || !/\s\|\s|^\||\|$/.test(line.text)) return [line];
  const parts = line.text
    .split("|")
    .map((p) => p.replace(/^[-_=\s]+$/, "").trim())
    .filter(Boolean);
  if (parts.length < 2)
    return parts.length === 1 ? [{ ...line, text: parts[0]! }] : [{ ...line, kind: "markup" }];
  return parts.map((text, column) => ({ ...line, text, column, refs: [] }));
}

/**
 * A table that only lays out the header or the closing (quốc hiệu beside the issuer, Nơi nhận beside
 * the signature): small, as in every other format, with a formula in some cell. A form's table may
 * hold "Nơi nhận" among its labels and many rows.
 */
function isLayoutTable(rows: { cells: string[] }[]): boolean {
  const filled = new Set(rows.flatMap((r) => r.cells.flatMap((c, i) => (c.trim() ? [i] : []))));
  const formula = (r: { cells: string[] }) =>
    r.cells.some((c) => c.split("\n").some((line) => isLayoutCell(line)));
  // A closing laid out one recipient a row is long, but opens with its formula ("Nơi nhận:" beside
  // the capacity) in its first rows.
  if (layoutSized(rows.length, filled.size)) return rows.some(formula);
  return layoutSized(0, filled.size) && rows.slice(0, 3).some(formula);
}

/**
 * A table's rows as lines: a layout table (header, closing) as its cells' printed lines, each a
 * segment of the row's line; a data table as one table line a row. A cell's lines are apart by "\n".
 */
function putRows(rows: { n: number; span?: number[]; cells: string[] }[], put: Put): void {
  // A table with no text at all (a transcription's empty frame) holds nothing: markup, as layout.
  const empty = rows.every((r) => r.cells.every((c) => !c.trim()));
  const layout = empty || isLayoutTable(rows);
  for (const { n, span, cells } of rows) {
    if (layout) {
      // Each printed line of each cell (cells break lines with <br>) is a segment of its own.
      const segments = cells
        .flatMap((c) => c.split("\n"))
        .map((c) => clean(c))
        .filter((c) => c.text !== "" && !/^[-_=*|\s]+$/.test(c.text))
        .map((c, column): SourceLine => ({
          n,
          kind: "content",
          text: c.text,
          column,
          indented: false,
          strong: c.strong,
          refs: [],
          ...(span?.length ? { span } : {}),
        }));
      put(segments[0] ?? { ...blankLine(n), kind: "markup" }, segments.length ? segments : undefined);
      continue;
    }
    const texts = cells.map((c) => c.replace(/\s+/g, " ").trim());
    put({
      n,
      kind: "table",
      text: texts.join(" ").trim(),
      cells: texts,
      indented: false,
      strong: false,
      refs: [],
      ...(span?.length ? { span } : {}),
    });
  }
}

/** Pandoc's grid and multiline tables: read here (remark does not), their lines left blank for remark. */
function putGridTables(rawLines: string[], put: Put): Set<number> {
  const taken = new Set<number>();
  for (const table of [...gridTables(rawLines), ...multilineTables(rawLines)]) {
    for (let n = table.from; n <= table.to; n++) {
      taken.add(n);
      put({ ...blankLine(n), kind: "markup", text: rawLines[n - 1]!.trim() });
    }
    const rows = table.rows.map((r) => ({
      n: r.lines[0]!,
      span: r.lines.slice(1),
      // Emphasis may open in one paragraph of a cell and close in another: its marks go.
      cells: r.cells.map((paragraphs) =>
        paragraphs.map((p) => clean(p.replace(/^[*_]+|[*_]+$/g, "")).text).join("\n"),
      ),
    }));
    putRows(rows, put);
  }
  return taken;
}

function visitBlock(node: RootContent, raw: string[], put: Put, strongAll: boolean): void {
  const start = node.position?.start.line ?? 0;
  switch (node.type) {
    case "heading":
      // An empty heading ("#### ", a converter's empty styled paragraph) is markup.
      if (!flatten(node.children).text.trim()) markup(start, raw, put);
      else phrasingLines(node.children, start, raw, put, { heading: node.depth, strong: strongAll });
      return;
    case "paragraph":
      phrasingLines(node.children, start, raw, put, { strong: strongAll });
      return;
    case "list":
      for (const item of node.children) {
        const itemStart = item.position?.start.line ?? start;
        // Keep the marker exactly as printed ("1.", "a)", "-", "+").
        const marker = /^\s*(\d{1,3}[.)]|[-+*])\s/.exec(raw[itemStart - 1] ?? "")?.[1] ?? "-";
        item.children.forEach((child, i) => {
          if (i === 0 && child.type === "paragraph") {
            phrasingLines(child.children, child.position?.start.line ?? itemStart, raw, put, {
              strong: strongAll,
              prefix: `${marker === "*" ? "-" : marker} `,
            });
          } else visitBlock(child, raw, put, strongAll);
        });
      }
      return;
    case "blockquote":
      for (const child of node.children) visitBlock(child, raw, put, strongAll);
      return;
    case "table": {
      const rows = node.children.map((row) => ({
        n: row.position?.start.line ?? start,
        cells: row.children.map((cell) => flatten(cell.children).text),
      }));
      // An HTML table without header cells comes out of a converter under an empty header row
      // ("|  |  |" ⏎ "| --- | --- |"), the table's own header below it: that row is markup.
      if (rows.length > 1 && rows[0]!.cells.every((c) => !c.trim())) markup(rows.shift()!.n, raw, put);
      putRows(rows, put);
      // The delimiter row (| --- | --- |) is markup.
      if (node.children.length > 0) markup(start + 1, raw, put);
      return;
    }
    case "footnoteDefinition": {
      const label = node.label ?? node.identifier;
      const from = start;
      const to = node.position?.end.line ?? start;
      for (let n = from; n <= to; n++) {
        const t = clean((raw[n - 1] ?? "").replace(/^\s*\[\^[^\]]+\]:\s*/, ""));
        if (t.text)
          put({
            n,
            kind: "footnote",
            footnote: label,
            text: t.text,
            indented: false,
            strong: false,
            refs: [],
          });
      }
      return;
    }
    case "thematicBreak":
      markup(start, raw, put);
      return;
    case "html": {
      const end = node.position?.end.line ?? start;
      const tables = /<table\b/i.test(node.value) ? htmlTableRows(node.value, start) : [];
      if (!tables.length) plainLines(start, end, raw, put);
      else {
        // The tags' own lines are markup; each row stands on the line its <tr> opens.
        for (let n = start; n <= end; n++) markup(n, raw, put);
        for (const rows of tables) putRows(rows, put);
      }
      return;
    }
    default:
      plainLines(start, node.position?.end.line ?? start, raw, put);
  }
}

interface PhrasingOptions {
  heading?: number;
  strong: boolean;
  prefix?: string;
}

function phrasingLines(
  children: PhrasingContent[],
  start: number,
  raw: string[],
  put: Put,
  opts: PhrasingOptions,
): void {
  const flat = flatten(children);
  const allStrong =
    opts.strong ||
    (children.length > 0 &&
      children.every((c) => c.type === "strong" || (c.type === "text" && c.value.trim() === "")));
  let offset = 0;
  flat.text.split("\n").forEach((segment, i) => {
    const n = start + i;
    const prefix = i === 0 ? (opts.prefix ?? "") : "";
    const refs = flat.refs
      .filter((r) => r.offset >= offset && r.offset <= offset + segment.length)
      .map((r) => ({ label: r.label, offset: r.offset - offset + prefix.length }));
    offset += segment.length + 1;
    const cleaned = clean(segment);
    const text = prefix + cleaned.text;
    if (cleaned.text === "" || /^[|\s]+$/.test(cleaned.text)) {
      put({
        n,
        kind: cleaned.text === "" && segment.trim() === "" ? "blank" : "markup",
        text: cleaned.text,
        indented: false,
        strong: false,
        refs: [],
      });
      return;
    }
    const line: SourceLine = {
      n,
      kind: "content",
      text,
      indented: false,
      strong: allStrong || cleaned.strong,
      refs,
    };
    if (opts.heading !== undefined) line.heading = opts.heading;
    put(line);
  });
}

/** Inline content → text with soft breaks kept as "\n", emphasis dropped, footnote references noted. */
function flatten(children: PhrasingContent[]): { text: string; refs: { label: string; offset: number }[] } {
  let text = "";
  const refs: { label: string; offset: number }[] = [];
  const walk = (nodes: readonly Nodes[]) => {
    for (const n of nodes) {
      if (n.type === "text" || n.type === "inlineCode") text += n.value;
      else if (n.type === "break") text += "\n";
      // <br> breaks a line inside a paragraph or a table cell.
      else if (n.type === "html") text += n.value.replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]+>/g, "");
      else if (n.type === "footnoteReference")
        refs.push({ label: n.label ?? n.identifier, offset: text.length });
      else if (n.type === "image") text += n.alt ?? "";
      else if ("children" in n) walk(n.children as Nodes[]);
    }
  };
  walk(children);
  return { text, refs };
}

function clean(s: string): { text: string; strong: boolean } {
  const u = stripMarkup(s);
  return {
    text: u.text
      .replace(/[ \t]+/g, " ")
      .trim()
      .replace(DEEP_HEADING, ""),
    strong: u.strong,
  };
}

/**
 * Heading marks past Markdown's six levels: pandoc writes Word's "Heading 7–9" styles so
 * ("######## Chương I"), which Markdown reads as a paragraph opening with the marks.
 */
const DEEP_HEADING = /^#{7,}(?:\s+|$)/u;

function plainLine(rawLine: string, n: number): SourceLine {
  const c = clean(rawLine.replace(/<br\s*\/?>/gi, " ").replace(/<[^>]+>/g, ""));
  if (c.text === "") return { ...blankLine(n), kind: rawLine.trim() === "" ? "blank" : "markup" };
  if (/^[|\-_=*~\s]+$/.test(c.text)) return { ...blankLine(n), kind: "markup", text: c.text };
  return { n, kind: "content", text: c.text, indented: false, strong: c.strong, refs: [] };
}

function plainLines(start: number, end: number, raw: string[], put: Put): void {
  for (let n = start; n <= end; n++) put(plainLine(raw[n - 1] ?? "", n));
}

function markup(n: number, raw: string[], put: Put): void {
  put({ ...blankLine(n), kind: (raw[n - 1] ?? "").trim() === "" ? "blank" : "markup" });
}
