import type { LegalNode, NodeType } from "../../model/node.js";

/** Unique, readable ids: a second "I.2" becomes "I.2~2" (duplicates are kept as printed). */
export class IdRegistry {
  private readonly taken = new Map<string, number>();
  /** `prefix` keeps apart the ids of a further document in the same file ("document-2/…"). */
  constructor(private readonly prefix = "") {}
  claim(base: string): string {
    const seen = this.taken.get(base);
    if (seen === undefined) {
      this.taken.set(base, 1);
      return this.prefix + base;
    }
    let n = seen + 1;
    while (this.taken.has(`${base}~${n}`)) n++;
    this.taken.set(base, n);
    this.taken.set(`${base}~${n}`, 1);
    return `${this.prefix}${base}~${n}`;
  }
}

export interface NodeInit {
  label?: string | null;
  title?: string | null;
  text?: string | null;
  lines?: number[];
  data?: LegalNode["data"];
}

export function makeNode(type: NodeType, id: string, init: NodeInit = {}): LegalNode {
  const lines = [...(init.lines ?? [])];
  const first = lines.length ? Math.min(...lines) : 1;
  const last = lines.length ? Math.max(...lines) : 1;
  const node: LegalNode = {
    type,
    id,
    label: init.label ?? null,
    title: init.title ?? null,
    text: init.text ?? null,
    children: [],
    position: { start: { line: first, column: 1 }, end: { line: last, column: 1 } },
    lines,
  };
  if (init.data && Object.keys(init.data).length) node.data = init.data;
  return node;
}

/** Positions span a node's own lines and its children's (computed once the tree is built). */
export function fixPositions(node: LegalNode): { start: number; end: number } | null {
  let start = node.lines.length ? Math.min(...node.lines) : Infinity;
  let end = node.lines.length ? Math.max(...node.lines) : -Infinity;
  for (const child of node.children) {
    const span = fixPositions(child);
    if (span) {
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
    }
  }
  if (!Number.isFinite(start)) return null;
  node.position = { start: { line: start, column: 1 }, end: { line: end, column: 1 } };
  return { start, end };
}

export function* walk(node: LegalNode): Generator<LegalNode> {
  yield node;
  for (const child of node.children) yield* walk(child);
}
