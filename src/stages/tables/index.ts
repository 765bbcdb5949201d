import { z } from "zod";
import type { TableBlock } from "../../model/block.js";
import type { LegalNode } from "../../model/node.js";
import type { Table } from "../../model/table.js";
import type { Stage } from "../../model/stage.js";
import { buildTable } from "./build.js";
import { listTables } from "./lists.js";

export const TablesOptions = z.object({});
export type TablesOptions = z.infer<typeof TablesOptions>;

export interface TablesInput {
  body: LegalNode;
  /** The grid of each table node, by node id, as the structure stage placed it. */
  grids: ReadonlyMap<string, TableBlock>;
}

/**
 * tables: every table grid in the tree → typed records (tasks, projects, indicators, matrix, other)
 * with canonical column keys, group paths, sub-row parents and raw fragments; and each appendix that
 * is a list of numbered entries → a list table of the same shape.
 */
export const tablesStage: Stage<TablesInput, Table[], TablesOptions> = {
  id: "tables",
  version: "1.1.0",
  options: TablesOptions,
  run({ body, grids }, _options, { report }) {
    const tables: Table[] = [];
    const visit = (node: LegalNode, appendix: LegalNode | null) => {
      const inside = node.type === "appendix" ? node : appendix;
      if (node.type === "table") {
        const grid = grids.get(node.id);
        if (grid) {
          const title = inside ? [inside.label, inside.title].filter(Boolean).join(": ") || null : null;
          tables.push(
            buildTable(grid, { id: node.id, nodeId: node.id, appendix: inside?.id ?? null, title }, report),
          );
        }
      }
      for (const c of node.children) visit(c, inside);
    };
    visit(body, null);
    return [...tables, ...listTables(body, report)];
  },
};
