import type { TableBlock } from "../../model/block.js";
import type { Table } from "../../model/table.js";
import type { Reporter } from "../../model/reporter.js";
import { readBody } from "./body.js";
import { flowGrid } from "./flow.js";
import { gridRows } from "./grid.js";
import { readHeader } from "./header.js";
import { typeColumns, typedRecords } from "./typing.js";

export { gridRows };

export interface TablePlace {
  id: string;
  nodeId: string;
  appendix: string | null;
  title: string | null;
}

/**
 * Grid → typed records. Repeated headers are dropped (even when spelled differently), continuation
 * rows are merged into the row they continue, group rows become the records' group path, sub-rows
 * keep a parent link, and rows that cannot be placed are kept raw as fragments with a diagnostic.
 */
export function buildTable(source: TableBlock, place: TablePlace, report: Reporter): Table {
  const block = source.layout === "text-flow" ? flowGrid(source, place.id, report) : source;
  const head = readHeader(gridRows(block), place.id, block.lines[0] ?? null, report);
  const columns = head.columns;
  const kind = typeColumns(columns);
  // A text-flow grid has its rows rebuilt already: nothing in it continues the row above.
  const merges = block.layout !== "text-flow";
  const body = readBody(
    head.body,
    { tableId: place.id, kind, headerRows: head.rows, columns, merges },
    report,
  );
  return {
    id: place.id,
    nodeId: place.nodeId,
    appendix: place.appendix,
    title: place.title,
    kind,
    columns,
    groups: body.groups,
    records: typedRecords(kind, body.records, columns, source),
    fragments: [...head.fragments, ...body.fragments],
    lines: block.lines,
  };
}
