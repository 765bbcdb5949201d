import type { BlockContent, PhrasingContent, Root, Table } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import { safeText } from "./safe-text.js";

/** Markdown is built as mdast and serialised by mdast-util-to-markdown: escaping is its job, not ours. */
export function serialize(root: Root): string {
  return toMarkdown(root, {
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    bullet: "-",
    emphasis: "_",
    rule: "-",
    handlers: { text: safeText },
  });
}

export function mdTable(header: string[], rows: (string | PhrasingContent[])[][]): Table {
  const cell = (c: string | PhrasingContent[]) => ({
    type: "tableCell" as const,
    children: typeof c === "string" ? [text(c)] : c,
  });
  return {
    type: "table",
    children: [header, ...rows].map((r) => ({ type: "tableRow", children: r.map(cell) })),
  };
}

/** A GFM table as Markdown text (for reports built outside a document). */
export function markdownTable(header: string[], rows: string[][]): string {
  return serialize({ type: "root", children: [mdTable(header, rows)] }).trimEnd();
}

export function text(value: string): PhrasingContent {
  return { type: "text", value };
}

export function para(children: PhrasingContent[]): BlockContent {
  return { type: "paragraph", children };
}
