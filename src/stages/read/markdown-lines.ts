import type { Nodes, PhrasingContent, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { normalizeText, stripMarkup } from "../../text/normalize.js";
import { blankLine, type SourceLine } from "./source-line.js";

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
  const lines: SourceLine[] = rawLines.map((_, i) => blankLine(i + 1));
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
  const put = (line: SourceLine) => {
    if (line.n >= 1 && line.n <= lines.length) lines[line.n - 1] = line;
  };
  for (const node of tree.children) visitBlock(node, rawLines, put, false);
  // Lines remark did not place in any node (rare: link definitions) keep their text as content.
  return lines.map((l, i) => (l.kind === "blank" && rawLines[i]!.trim() !== "" ? plainLine(rawLines[i]!, i + 1) : l));
}

type Put = (line: SourceLine) => void;

function visitBlock(node: RootContent, raw: string[], put: Put, strongAll: boolean): void {
  const start = node.position?.start.line ?? 0;
  switch (node.type) {
    case "heading":
      phrasingLines(node.children, start, raw, put, { heading: node.depth, strong: strongAll });
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
            phrasingLines(child.children, child.position?.start.line ?? itemStart, raw, put, { strong: strongAll, prefix: `${marker === "*" ? "-" : marker} ` });
          } else visitBlock(child, raw, put, strongAll);
        });
      }
      return;
    case "blockquote":
      for (const child of node.children) visitBlock(child, raw, put, strongAll);
      return;
    case "table":
      for (const row of node.children) {
        const n = row.position?.start.line ?? start;
        const cells = row.children.map((cell) => flatten(cell.children).text.replace(/\s+/g, " ").trim());
        put({ n, kind: "table", text: cells.join(" ").trim(), cells, indented: false, strong: false, refs: [] });
      }
      // The delimiter row (| --- | --- |) is markup.
      if (node.children.length > 0) markup(start + 1, raw, put);
      return;
    case "footnoteDefinition": {
      const label = node.label ?? node.identifier;
      const from = start;
      const to = node.position?.end.line ?? start;
      for (let n = from; n <= to; n++) {
        const t = clean((raw[n - 1] ?? "").replace(/^\s*\[\^[^\]]+\]:\s*/, ""));
        if (t.text) put({ n, kind: "footnote", footnote: label, text: t.text, indented: false, strong: false, refs: [] });
      }
      return;
    }
    case "thematicBreak":
      markup(start, raw, put);
      return;
    case "html":
    case "code":
    default: {
      const end = node.position?.end.line ?? start;
      for (let n = start; n <= end; n++) put(plainLine(raw[n - 1] ?? "", n));
    }
  }
}

interface PhrasingOptions {
  heading?: number;
  strong: boolean;
  prefix?: string;
}

function phrasingLines(children: PhrasingContent[], start: number, raw: string[], put: Put, opts: PhrasingOptions): void {
  const flat = flatten(children);
  const allStrong = opts.strong || (children.length > 0 && children.every((c) => c.type === "strong" || (c.type === "text" && c.value.trim() === "")));
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
      put({ n, kind: cleaned.text === "" && segment.trim() === "" ? "blank" : "markup", text: cleaned.text, indented: false, strong: false, refs: [] });
      return;
    }
    const line: SourceLine = { n, kind: "content", text, indented: false, strong: allStrong || cleaned.strong, refs };
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
      else if (n.type === "html") text += n.value.replace(/<br\s*\/?>/gi, " ").replace(/<[^>]+>/g, "");
      else if (n.type === "footnoteReference") refs.push({ label: n.label ?? n.identifier, offset: text.length });
      else if (n.type === "image") text += n.alt ?? "";
      else if ("children" in n) walk(n.children as Nodes[]);
    }
  };
  walk(children);
  return { text, refs };
}

function clean(s: string): { text: string; strong: boolean } {
  const u = stripMarkup(s);
  return { text: u.text.replace(/[ \t]+/g, " ").trim(), strong: u.strong };
}

function plainLine(rawLine: string, n: number): SourceLine {
  const c = clean(rawLine.replace(/<br\s*\/?>/gi, " ").replace(/<[^>]+>/g, ""));
  if (c.text === "") return { ...blankLine(n), kind: rawLine.trim() === "" ? "blank" : "markup" };
  if (/^[|\-_=*~\s]+$/.test(c.text)) return { ...blankLine(n), kind: "markup", text: c.text };
  return { n, kind: "content", text: c.text, indented: false, strong: c.strong, refs: [] };
}

function markup(n: number, raw: string[], put: Put): void {
  put({ ...blankLine(n), kind: (raw[n - 1] ?? "").trim() === "" ? "blank" : "markup" });
}
