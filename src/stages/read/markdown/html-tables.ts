import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";

/**
 * Tables a converter wrote into Markdown as HTML: pandoc does so for every table Markdown cannot
 * hold (a cell of several paragraphs, merged cells, the header and signature laid out in a Word
 * table). Each row as its source line and its cells' text, a cell's paragraphs and <br> apart by
 * "\n"; a merged cell's other columns and rows are empty cells, so every row has the grid's width.
 */
export interface HtmlRow {
  n: number;
  cells: string[];
}

const BLOCK = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr"]);

function cellText(nodes: readonly ElementContent[]): string {
  let out = "";
  const walk = (list: readonly ElementContent[]) => {
    for (const node of list) {
      if (node.type === "text") out += node.value.replace(/\s+/g, " ");
      else if (node.type === "element") {
        if (node.tagName === "br") out += "\n";
        else if (node.tagName === "ol") {
          // A Word list's number is the list's, not the text's: "<ol start="2"><li></li></ol>" prints "2.".
          let k = Number(node.properties["start"] ?? 1) || 1;
          for (const li of node.children) {
            if (li.type !== "element" || li.tagName !== "li") continue;
            out += `\n${k++}. `;
            walk(li.children);
            out += "\n";
          }
        } else if (BLOCK.has(node.tagName)) {
          out += "\n";
          walk(node.children);
          out += "\n";
        } else walk(node.children);
      }
    }
  };
  walk(nodes);
  return out
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n");
}

function elements(node: Root | Element, name: string, out: Element[] = []): Element[] {
  for (const child of node.children)
    if (child.type === "element") {
      if (child.tagName === name) out.push(child);
      // A nested table's rows belong to its cell, not to this table.
      else if (child.tagName !== "table") elements(child, name, out);
    }
  return out;
}

const span = (el: Element, name: "colSpan" | "rowSpan") =>
  Math.min(Math.max(Number(el.properties[name] ?? 1) || 1, 1), 100);

/** The rows of each table in an HTML block of a Markdown file whose first line is `start`. */
export function htmlTableRows(html: string, start: number): HtmlRow[][] {
  try {
    return tableRows(fromHtml(html, { fragment: true }), start);
  } catch (e) {
    // Nesting deeper than the stack holds: the block stays lines of text, as before it was read.
    if (e instanceof RangeError) return [];
    throw e;
  }
}

function tableRows(tree: Root, start: number): HtmlRow[][] {
  const tables: Element[] = [];
  const find = (node: Root | Element) => {
    for (const child of node.children)
      if (child.type !== "element") continue;
      else if (child.tagName === "table") tables.push(child);
      else find(child);
  };
  find(tree);
  return tables.map((table) => {
    // Columns a merged cell above still covers, with the rows it has left.
    const pending: number[] = [];
    return elements(table, "tr").map((tr) => {
      const cells: string[] = [];
      const place = (text: string) => {
        while ((pending[cells.length] ?? 0) > 0) {
          pending[cells.length]!--;
          cells.push("");
        }
        cells.push(text);
      };
      for (const td of tr.children) {
        if (td.type !== "element" || (td.tagName !== "td" && td.tagName !== "th")) continue;
        const at = cells.length;
        place(cellText(td.children));
        for (let k = 1; k < span(td, "colSpan"); k++) cells.push("");
        for (let k = at; k < cells.length; k++)
          pending[k] = Math.max(pending[k] ?? 0, span(td, "rowSpan") - 1);
      }
      while (pending.length > cells.length && (pending[cells.length] ?? 0) > 0) place("");
      return { n: start + (tr.position?.start.line ?? 1) - 1, cells };
    });
  });
}
