import type { BlockContent, PhrasingContent, Root, Table, Text } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { defaultHandlers, type Handle, toMarkdown } from "mdast-util-to-markdown";
import { fastPhrasing } from "./fast-phrasing.js";
import { fastTable } from "./fast-table.js";
import { safeText } from "./safe-text.js";

const GFM = gfmToMarkdown({ tablePipeAlign: false });

/**
 * The library's phrasing pass for a parent holding exactly one text (most table cells, headings and
 * paragraphs): the text handler's own result, as the general pass gives it, without its tracker,
 * attention sequences and the rendering of neighbours to learn their characters, which took half of
 * 03-CT's document.md. A few other shapes go through `fastPhrasing`, the rest through the library.
 */
const fastRoot: Handle = (node, parent, state, info) => {
  const general = state.containerPhrasing;
  state.containerPhrasing = (container, inner) => {
    const children = container.children;
    if (children.length !== 1 || children[0]!.type !== "text")
      return fastPhrasing(container, state, inner) ?? general.call(state, container, inner);
    state.indexStack.push(0);
    try {
      return safeText(children[0] as Text, container, state, inner);
    } finally {
      state.indexStack.pop();
    }
  };
  try {
    return defaultHandlers.root(node as Root, parent, state, info);
  } finally {
    state.containerPhrasing = general;
  }
};

/** Markdown is built as mdast and serialised by mdast-util-to-markdown: escaping is its job, not ours. */
export function serialize(root: Root): string {
  return toMarkdown(root, {
    extensions: [GFM],
    bullet: "-",
    emphasis: "_",
    rule: "-",
    handlers: { text: safeText, root: fastRoot, table: fastTable },
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
