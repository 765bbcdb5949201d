import type { Element, Root } from "hast";
import { foldKey } from "../../../text/fold.js";

/** Elements whose text a reader never sees on the page. */
export const SKIP = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "button",
  "select",
  "nav",
]);

/** Hidden by the page itself: the `hidden` attribute or an inline `display:none`. */
export function isHidden(el: Element): boolean {
  const style = el.properties?.["style"];
  return (
    el.properties?.["hidden"] === true || (typeof style === "string" && /display\s*:\s*none/i.test(style))
  );
}

/** A child holding at least this share of its parent's text is where the document continues. */
const DOMINANT_SHARE = 0.6;

/** The national title or the party's name: the first line of every document's header. */
const HEADER_KEY = /cong hoa xa hoi chu nghia viet nam|dang cong san viet nam/;

/**
 * What follows the document on a saved web page. A legal portal wraps the text in its own furniture
 * (menus, tabs, attribute panels, a table of contents, a footer): from the page, descend into the
 * child that holds most of the visible text, as long as that child keeps the header's first line when
 * its parent has it; the elements after that path are the page's, not the document's. What stands
 * before it is kept: the structure stage sets it apart as front matter and reads the portal's title
 * from it. A plain document (mammoth's output, a file saved from Word) has no such child.
 */
export function trailingFurniture(tree: Root): Set<Element> {
  const length = new Map<Root | Element, number>();
  // Post-order without recursion: pages nest deeply.
  const stack: { node: Root | Element; done: boolean }[] = [{ node: tree, done: false }];
  while (stack.length) {
    const top = stack.pop()!;
    if (!top.done) {
      stack.push({ node: top.node, done: true });
      for (const c of top.node.children)
        if (c.type === "element" && !SKIP.has(c.tagName) && !isHidden(c))
          stack.push({ node: c, done: false });
      continue;
    }
    let n = 0;
    for (const c of top.node.children) {
      if (c.type === "text") n += c.value.trim().length;
      else if (c.type === "element") n += length.get(c) ?? 0;
    }
    length.set(top.node, n);
  }
  const hasHeader = (e: Root | Element) => HEADER_KEY.test(foldKey(textUnder(e)));
  const trailing = new Set<Element>();
  let root: Root | Element = tree;
  for (;;) {
    const total = length.get(root) ?? 0;
    const at = root.children.findIndex(
      (c) => c.type === "element" && (length.get(c) ?? 0) >= DOMINANT_SHARE * total,
    );
    const child = root.children[at] as Element | undefined;
    if (!child || (hasHeader(root) && !hasHeader(child))) return trailing;
    let closing = true;
    for (const c of root.children.slice(at + 1)) {
      if (c.type !== "element") continue;
      // The signature a portal sets in a block of its own right after the text is the document's.
      closing &&= (length.get(c) ?? 0) === 0 || isClosingBlock(c, length.get(c) ?? 0);
      if (!closing) trailing.add(c);
    }
    root = child;
  }
}

/** The longest block a portal's signature or recipients stand in apart from the text. */
const CLOSING_BLOCK_MAX = 600;

/**
 * A block that holds the document's closing, not the page's furniture: short, with the signed mark
 * or the recipients' heading (vbpl.vn's older pages print "Chủ tịch Quốc hội" ⏎ "(Đã ký)" ⏎ "Nguyễn
 * Sinh Hùng" in a table after the text's own block).
 */
function isClosingBlock(e: Element, length: number): boolean {
  if (length > CLOSING_BLOCK_MAX) return false;
  const key = foldKey(textUnder(e));
  return /\(\s*da ky\s*\)|(?:^|\s)noi nhan\s*:/.test(key);
}

function textUnder(e: Root | Element): string {
  let out = "";
  const stack: (Root | Element)[] = [e];
  while (stack.length) {
    const n = stack.pop()!;
    for (const c of n.children) {
      if (c.type === "text") out += c.value + " ";
      else if (c.type === "element" && !SKIP.has(c.tagName)) stack.push(c);
    }
  }
  return out;
}
