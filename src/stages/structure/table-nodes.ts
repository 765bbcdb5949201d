import type { TableBlock } from "../../model/block.js";
import type { LegalNode } from "../../model/node.js";
import { type IdRegistry, makeNode } from "./nodes.js";

/**
 * Table nodes of the tree, numbered through their container (an appendix may hold several under its
 * headings), and each node's grid kept aside for the tables stage.
 */
export class TableNodes {
  private readonly counts = new Map<string, number>();
  readonly grids = new Map<string, TableBlock>();

  constructor(private readonly ids: IdRegistry) {}

  /** A node for grid `b`; `prefix` is "" in the main text, "<container id>/" elsewhere. */
  add(b: TableBlock, prefix: string): LegalNode {
    const n = (this.counts.get(prefix) ?? 0) + 1;
    this.counts.set(prefix, n);
    const rows = b.rows.map((r) => r.cells.map((c) => c.text));
    const refs: NonNullable<NonNullable<LegalNode["data"]>["footnoteRefs"]> = [];
    for (const r of b.rows)
      for (const c of r.cells)
        for (const f of c.footnoteRefs ?? [])
          refs.push({ label: f.label, offset: f.offset, field: "table", line: c.lines[0]! });
    const data: NonNullable<LegalNode["data"]> = { rows, style: b.layout };
    if (refs.length) data.footnoteRefs = refs;
    const node = makeNode("table", this.ids.claim(`${prefix}table-${n}`), { lines: b.lines, data });
    this.grids.set(node.id, b);
    return node;
  }
}
