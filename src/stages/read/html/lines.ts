import { convertLegacyFonts } from "./legacy-fonts.js";
import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { TableBlock, TableCell, TableRow } from "../../../model/block.js";
import { toRoman } from "../../../text/roman.js";
import { normalizeText } from "../../../text/normalize.js";
import { InputError } from "../input-error.js";
import { DEFAULT_READ_LIMITS } from "../reader.js";
import { tableLine, type SourceLine } from "../source-line.js";
import { isHidden, SKIP, trailingFurniture } from "./document-root.js";

/**
 * HTML (pages saved from legal databases, and DOCX through mammoth) → source lines. A line is what
 * the page shows on a line of its own: a paragraph, a heading, a list item, a `<br>`-separated part;
 * a table row is one line too, and each table arrives as a grid with its spans ("grid" layout).
 * Whitespace in the markup means nothing, so line numbers are positions in the page's reading order.
 */
export interface HtmlSource {
  lines: SourceLine[];
  tables: TableBlock[];
  /** Text in legacy fonts was converted by the fonts' names (legacy-fonts.ts). */
  legacyByFont?: boolean;
}

const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "html",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "ul",
  "caption",
]);
const BOLD = new Set(["b", "strong"]);

interface Run {
  text: string;
  bold: boolean;
}

// Footnote markers travel inside the text as private-use brackets until the line is normalised.
const REF_OPEN = "\uE000";
const REF_CLOSE = "\uE001";

function takeRefs(marked: string): { text: string; refs: { label: string; offset: number }[] } {
  const refs: { label: string; offset: number }[] = [];
  let text = "";
  for (const part of marked.split(REF_OPEN)) {
    const close = part.indexOf(REF_CLOSE);
    if (close < 0) {
      text += part;
      continue;
    }
    refs.push({ label: part.slice(0, close), offset: text.trimEnd().length });
    const rest = part.slice(close + 1);
    text = text.endsWith(" ") && rest.startsWith(" ") ? text + rest.slice(1) : text + rest;
  }
  return { text: text.replace(/\s+/g, " ").trim(), refs };
}

/**
 * Footnotes as converters write them: a marker linking to the note ("<sup><a href=#footnote-2>[1]</a></sup>"
 * from mammoth, "<a class=sdfootnoteanc href=#sdfootnote1sym><sup>1</sup></a>" from LibreOffice) and
 * the note itself in an element holding the target (an <li> or <div>) with a link back.
 */
interface Notes {
  /** Marker anchors → the label they print. */
  markers: Map<Element, string>;
  /** Note containers → label. */
  bodies: Map<Element, string>;
  /** Links inside notes that point back to the markers, and the notes' own printed numbers. */
  skip: Set<Element>;
}

function textOf(n: ElementContent | RootContent): string {
  if (n.type === "text") return n.value;
  return n.type === "element" ? n.children.map(textOf).join("") : "";
}

function findNotes(tree: Root): Notes {
  const byKey = new Map<string, { el: Element; parents: Element[] }>();
  const anchors: { el: Element; parents: Element[] }[] = [];
  const walk = (n: Root | Element, parents: Element[]) => {
    for (const c of n.children) {
      if (c.type !== "element") continue;
      for (const k of [c.properties?.["id"], c.properties?.["name"]])
        if (typeof k === "string") byKey.set(k, { el: c, parents });
      if (
        c.tagName === "a" &&
        typeof c.properties?.["href"] === "string" &&
        c.properties["href"].startsWith("#")
      )
        anchors.push({ el: c, parents });
      walk(c, [...parents, c]);
    }
  };
  walk(tree, []);
  const notes: Notes = { markers: new Map(), bodies: new Map(), skip: new Set() };
  for (const a of anchors) {
    const label = /^\[?(\d{1,4}|[*†‡])\]?$/.exec(textOf(a.el).trim())?.[1];
    const target = byKey.get(String(a.el.properties["href"]).slice(1));
    if (!label || !target) continue;
    const box = [target.el, ...[...target.parents].reverse()].find(
      (e) => e.tagName === "li" || e.tagName === "div" || e.tagName === "aside",
    );
    // A link from inside a note back to its marker is the note's own number, not a marker.
    if (!box || a.parents.includes(box) || [...notes.bodies.keys()].some((b) => a.parents.includes(b)))
      continue;
    notes.markers.set(a.el, label);
    notes.bodies.set(box, label);
    if (target.el.tagName === "a") notes.skip.add(target.el);
  }
  for (const a of anchors) {
    const target = byKey.get(String(a.el.properties["href"]).slice(1));
    if (target && notes.markers.has(target.el)) notes.skip.add(a.el);
  }
  return notes;
}

class LineBuilder {
  constructor(readonly notes: Notes) {}
  readonly lines: SourceLine[] = [];
  readonly tables: TableBlock[] = [];
  private runs: Run[] = [];
  private heading: number | undefined;
  /** A list number waiting for its item's first line. */
  private label: string | null = null;

  prefix(label: string): void {
    this.flush();
    this.label = label;
  }

  /**
   * An item that ended with its number still waiting: an empty item prints its number alone (a Word
   * table's numbered cell, "<ol start=2><li></li></ol>" as pandoc writes it).
   */
  endItem(): void {
    if (this.label === null) return;
    this.runs = [{ text: this.label, bold: false }];
    this.label = null;
    this.flush();
  }

  /** A floating picture was just passed: it may stand inside a word. */
  private afterFloat = false;

  text(value: string, bold: boolean): void {
    // A drawn shape (the rule under the issuer) anchored inside a word, the page's source breaking
    // its line after it: "S<img align=left …>⏎ố:" reads "Số:", not "S ố:".
    if (this.afterFloat && /\p{L}$/u.test(this.runs.at(-1)?.text ?? "") && /^\s*\n\s*\p{L}/u.test(value))
      value = value.replace(/^\s+/, "");
    // The source's line breaks and indentation after the picture are no space: the word goes on.
    if (this.afterFloat && !value.trim()) return;
    this.afterFloat = false;
    this.runs.push({ text: value, bold });
  }

  /** A floating picture (a shape), out of the text's flow. */
  float(): void {
    this.afterFloat = true;
  }

  /** Whether a floating picture was the last thing passed. */
  get floating(): boolean {
    return this.afterFloat;
  }

  /** Set while inside a footnote body: its lines become footnote lines with this label. */
  footnote: string | null = null;

  /** A footnote marker at the current position (kept out of the text, recorded as a reference). */
  ref(label: string): void {
    this.runs.push({ text: `${REF_OPEN}${label}${REF_CLOSE}`, bold: true });
  }

  /** Ends the current line (a block ended, or a `<br>`). */
  flush(): void {
    const raw = this.runs.map((r) => r.text).join("");
    let marked = normalizeText(raw).replace(/\s+/g, " ").trim();
    if (marked && this.label) {
      marked = `${this.label} ${marked}`;
      this.label = null;
    }
    const { text, refs } = takeRefs(marked);
    if (text) {
      // Bold when every visible character is inside <b>/<strong>.
      const strong = this.runs.every((r) => r.bold || !r.text.trim());
      const line: SourceLine = {
        n: this.lines.length + 1,
        kind: this.footnote ? "footnote" : "content",
        text,
        indented: false,
        strong,
        refs,
      };
      if (this.footnote) line.footnote = this.footnote;
      if (this.heading !== undefined) line.heading = this.heading;
      this.lines.push(line);
    }
    this.runs = [];
  }

  setHeading(depth: number | undefined): void {
    this.heading = depth;
  }

  table(rows: { cells: (Omit<TableCell, "lines"> & { lines?: number[] })[] }[]): void {
    this.flush();
    const out: TableRow[] = [];
    for (const row of rows) {
      if (!row.cells.some((c) => c.text)) continue;
      const n = this.lines.length + 1;
      const cells = row.cells.map((c) => ({ ...c, lines: [n] }));
      this.lines.push(tableLine(n, cells));
      out.push({ cells, lines: [n] });
    }
    if (out.length)
      this.tables.push({ kind: "table", rows: out, lines: out.map((r) => r.lines[0]!), layout: "grid" });
  }
}

/** The label an ordered list shows before item `n` (`type` and `start` as HTML defines them). */
function listLabel(list: Element, n: number): string {
  const type = String(list.properties?.["type"] ?? "1");
  if (type === "a") return `${String.fromCharCode(96 + n)})`;
  if (type === "A") return `${String.fromCharCode(64 + n)}.`;
  if (type === "i") return `${toRoman(n).toLowerCase()}.`;
  if (type === "I") return `${toRoman(n)}.`;
  return `${n}.`;
}

function cellText(cell: Element, notes: Notes): { text: string; emphasis: boolean; paragraphs?: string[] } {
  const inner = new LineBuilder(notes);
  for (const c of cell.children) visit(c, inner, false);
  inner.flush();
  const lines = inner.lines;
  const paragraphs = lines.map((l) => l.text).filter(Boolean);
  return {
    text: lines.map((l) => l.text).join(" "),
    emphasis: lines.length > 0 && lines.every((l) => l.strong),
    ...(paragraphs.length > 1 ? { paragraphs } : {}),
  };
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (n: Element) => {
    for (const c of n.children) {
      if (c.type !== "element") continue;
      if (c.tagName === "tr") rows.push(c);
      else if (c.tagName === "thead" || c.tagName === "tbody" || c.tagName === "tfoot") walk(c);
    }
  };
  walk(table);
  return rows;
}

function span(value: unknown): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? n : undefined;
}

function visit(node: RootContent | ElementContent, out: LineBuilder, bold: boolean): void {
  if (node.type === "text") {
    out.text(node.value, bold);
    return;
  }
  if (node.type !== "element") return;
  const tag = node.tagName;
  const notes = out.notes;
  if (SKIP.has(tag) || isHidden(node) || notes.skip.has(node)) return;
  const marker = notes.markers.get(node);
  if (marker) {
    out.ref(marker);
    return;
  }
  const note = notes.bodies.get(node);
  if (note) {
    out.flush();
    out.footnote = note;
    for (const c of node.children) visit(c, out, bold);
    out.flush();
    out.footnote = null;
    return;
  }
  if (tag === "br") {
    // LibreOffice clears the float it has just drawn ("S<img align=left><br clear=left>⏎ố:"): the
    // break only moves the text below the picture, and the word goes on.
    if (out.floating && node.properties?.["clear"]) return;
    out.flush();
    return;
  }
  if (tag === "img") {
    if (/^(?:left|right)$/i.test(String(node.properties?.align ?? ""))) out.float();
    return;
  }
  if (tag === "table") {
    out.table(
      rowsOf(node).map((tr) => ({
        cells: tr.children
          .filter((c): c is Element => c.type === "element" && (c.tagName === "td" || c.tagName === "th"))
          .map((td) => {
            const { text, emphasis, paragraphs } = cellText(td, out.notes);
            const colSpan = span(td.properties?.["colSpan"]);
            const rowSpan = span(td.properties?.["rowSpan"]);
            return {
              text,
              ...(emphasis ? { emphasis } : {}),
              ...(colSpan ? { colSpan } : {}),
              ...(rowSpan ? { rowSpan } : {}),
              ...(paragraphs ? { paragraphs } : {}),
            };
          }),
      })),
    );
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.flush();
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) out.setHeading(Number(heading[1]));
  if (tag === "ol") {
    // An ordered list prints its numbers: they are part of the text a reader sees.
    let n = Number(node.properties?.["start"] ?? 1) - 1;
    for (const c of node.children) {
      // A footnote list (mammoth puts the notes in an <ol>) prints no numbers of its own.
      const item = c.type === "element" && c.tagName === "li" && !notes.bodies.has(c);
      if (item) {
        n++;
        out.prefix(listLabel(node, n));
      }
      visit(c, out, bold);
      if (item) out.endItem();
    }
  } else {
    for (const c of node.children) visit(c, out, bold || BOLD.has(tag));
  }
  if (block) out.flush();
  if (heading) out.setHeading(undefined);
}

/** The deepest element nesting, walked with a stack: the tree may be deeper than the call stack. */
function treeDepth(tree: Root): number {
  let max = 0;
  const stack: [Root | RootContent, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (d > max) max = d;
    if ("children" in node) for (const c of node.children) stack.push([c, d + 1]);
  }
  return max;
}

/**
 * `page`: the HTML is a saved web page, whose furniture after the document is left out; otherwise
 * (a converter's output) all of it is the document.
 */
export function htmlLines(
  html: string,
  page = false,
  maxDepth = DEFAULT_READ_LIMITS.maxDepth,
): HtmlSource & { furniture: boolean } {
  let tree: Root;
  try {
    tree = fromHtml(html);
  } catch (e) {
    if (e instanceof RangeError)
      throw new InputError("nests its elements deeper than can be read (stack overflow)");
    throw e;
  }
  const depth = treeDepth(tree);
  if (depth > maxDepth)
    throw new InputError(`nests its elements ${depth} deep, over the limit of ${maxDepth} (--max-depth)`);
  const legacyByFont = convertLegacyFonts(tree);
  const out = new LineBuilder(findNotes(tree));
  const trailing = page ? trailingFurniture(tree) : new Set<Element>();
  for (const el of trailing) out.notes.skip.add(el);
  for (const c of tree.children) visit(c, out, false);
  out.flush();
  return {
    lines: out.lines,
    tables: out.tables,
    furniture: trailing.size > 0,
    ...(legacyByFont ? { legacyByFont } : {}),
  };
}
