import type { LegalNode, Position } from "../model/node.js";

const ARTICLE = /^(Điều|ĐIỀU)\s+(\d+[a-zđ]?)\.\s*(.*)$/u;
const CLAUSE = /^(\d{1,3}[a-zđ]?)\.\s+(.*)$/u;
const POINT = /^([a-zđ]\d?)\)\s+(.*)$/u;

const RANK: Record<string, number> = { article: 0, clause: 1, point: 2, paragraph: 3 };

/**
 * The quoted text of an instruction as nodes: "Điều 54a. Title" opens an article, "4a. …" a clause,
 * "h) …" a point; any other line is a paragraph of the item above it. The new nodes take `position`
 * (the place they land in the base) and ids under `prefix`, so the consolidated tree stays valid.
 */
export function quotedNodes(lines: string[], prefix: string, position: Position): LegalNode[] {
  const top: LegalNode[] = [];
  const open: LegalNode[] = [];
  let n = 0;
  const make = (
    type: LegalNode["type"],
    label: string | null,
    title: string | null,
    text: string | null,
  ): LegalNode => ({
    type,
    id: `${prefix}.${++n}`,
    label,
    title,
    text,
    children: [],
    position,
    lines: [],
  });
  for (const line of lines) {
    const a = ARTICLE.exec(line);
    const c = a ? null : CLAUSE.exec(line);
    const p = a || c ? null : POINT.exec(line);
    const node = a
      ? make("article", `${a[1]} ${a[2]}.`, a[3] || null, null)
      : c
        ? make("clause", `${c[1]}.`, null, c[2]!)
        : p
          ? make("point", `${p[1]})`, null, p[2]!)
          : make("paragraph", null, null, line);
    while (open.length && RANK[open.at(-1)!.type]! >= RANK[node.type]!) open.pop();
    // A paragraph continues the item above it; it never opens a level of its own.
    if (open.length) open.at(-1)!.children.push(node);
    else top.push(node);
    if (node.type !== "paragraph") open.push(node);
  }
  return top;
}

/** "Điều 54a." → "54a", "1b." → "1b", "đ)" → "đ". */
export function numberOf(label: string | null): string | null {
  if (!label) return null;
  const m = /(\d+[a-zđ]?|[a-zđ]\d?)\s*[.)]?\s*$/u.exec(label.trim().toLowerCase());
  return m ? m[1]! : null;
}
