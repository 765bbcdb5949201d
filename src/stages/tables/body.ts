import type { Column, Fragment, Table, TableKind } from "../../model/table.js";
import type { Reporter } from "../../model/reporter.js";
import { continuesAbove, type ContinuationRules, mergeInto } from "./continuation.js";
import { GroupPath, groupTitle } from "./groups.js";
import { widenColumns } from "./header.js";
import { RecordList } from "./records.js";
import { type GridRow, rowSimilarity, subRowLevel } from "./rows.js";
import { labelIndex, type RawRecord, valueColumns } from "./typed.js";

export interface BodyTable {
  tableId: string;
  kind: TableKind;
  headerRows: GridRow[];
  /** Grows when a row is wider than the header. */
  columns: Column[];
  merges: boolean;
}

export interface TableBody {
  records: RawRecord[];
  groups: Table["groups"];
  fragments: Fragment[];
}

interface Context extends BodyTable, ContinuationRules {
  report: Reporter;
}

interface State {
  list: RecordList;
  path: GroupPath;
  groups: Table["groups"];
  fragments: Fragment[];
}

/**
 * The rows under the header → raw records. Each row is, in this order of precedence: empty, a
 * repeated header, a group row, the continuation of the record above, an unnumbered row that
 * cannot be placed yet, or a record.
 */
export function readBody(rows: GridRow[], table: BodyTable, report: Reporter): TableBody {
  const columns = table.columns;
  const textual = table.kind === "tasks" || table.kind === "projects";
  const valueIdx = new Set(valueColumns(columns).map((c) => columns.indexOf(c)));
  const label = labelIndex(columns);
  const context: Context = { ...table, textual, valueIdx, label, blank: isBlankForm(rows, label), report };
  const state: State = {
    list: new RecordList(table.tableId),
    path: new GroupPath(),
    groups: [],
    fragments: [],
  };
  rows.forEach((row, i) => readRow(row, rows[i - 1], rows[i + 1], context, state));
  return { records: state.list.records, groups: state.groups, fragments: state.fragments };
}

/**
 * A form printed to be filled in: two or more columns after the label and not one of them filled
 * in any row. An unnumbered row there continues nothing (every row is without values): "Trợ giúp
 * viên pháp lý" and "Luật sư ký hợp đồng với Trung tâm" are two lines of the form. Its group rows
 * stay groups ("A | Khen thưởng cấp Nhà nước" over "I | Tập thể"), though a form whose total sums
 * them ("Tổng số (I+II)") means them as lines too: that is left to the reader of the form.
 */
function isBlankForm(rows: GridRow[], label: number): boolean {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  if (rows.length < 2) return false;
  const unfilled =
    width >= label + 3 &&
    rows.every((r) => r.cells.slice(label + 1).every((c, i) => !c || r.carried?.[label + 1 + i]));
  return unfilled || (width >= 3 && oneColumnFilled(rows));
}

/**
 * Rows that each fill one and the same column, not the number's, every other cell left empty: the
 * lines a form names for the one who fills it in ("Phụ trách phòng thí nghiệm", "Nhân viên", "….",
 * under "TT | Họ và tên | Năm sinh | … | Chức vụ | …").
 */
function oneColumnFilled(rows: GridRow[]): boolean {
  const filled = new Set<number>();
  for (const r of rows) {
    const cols = r.cells.flatMap((c, i) => (c && !r.carried?.[i] ? [i] : []));
    if (cols.length > 1) return false;
    if (cols.length === 1) filled.add(cols[0]!);
  }
  return filled.size === 1 && !filled.has(0);
}

function readRow(
  row: GridRow,
  above: GridRow | undefined,
  next: GridRow | undefined,
  context: Context,
  state: State,
): void {
  const { columns, label, report, tableId } = context;
  const cells = row.cells;
  if (!cells.some(Boolean)) return;
  if (context.headerRows.some((h) => rowSimilarity(cells, h.cells) >= 0.8)) {
    return report.info("table-header-repeated", `${tableId}: a repeated header row is dropped`, {
      line: row.lines[0] ?? null,
    });
  }
  const group = groupTitle(row, next, columns.length, label);
  if (group) {
    state.groups.push({ title: group.title, path: state.path.enter(group), line: row.lines[0]! });
    return state.list.closeParents();
  }
  const no = (cells[0] ?? "").trim();
  const sub = subRowLevel(no, cells[label] ?? "");
  const previous = state.list.last();
  if (continuesAbove(row, above, no, sub, previous, context)) return mergeInto(previous!, row, columns);
  if (!no && sub === null && context.textual && previous === undefined)
    return keepUnplaced(row, context, state);
  widenColumns(row, columns, tableId, report);
  state.path.closeSiblingOf(no);
  state.list.add(row, no, sub, state.path.titles(), columns);
}

/** Task and project rows carry their own number: an unnumbered one before any record has no owner. */
function keepUnplaced(row: GridRow, context: Context, state: State): void {
  state.fragments.push({
    reason: "a row without a number before any record",
    rows: [row.cells],
    lines: row.lines,
  });
  context.report.warn(
    "table-fragment",
    `${context.tableId}: an unnumbered row before any record is kept raw`,
    { line: row.lines[0] ?? null },
  );
}
