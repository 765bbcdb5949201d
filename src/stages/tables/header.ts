import type { Column, Fragment } from "../../model/table.js";
import type { Reporter } from "../../model/reporter.js";
import { columnRoleOf } from "../../text/column-roles.js";
import { buildColumns } from "./columns.js";
import { ROW_NUMBER_HEADER } from "../../text/row-numbers.js";
import { inferColumns } from "./infer.js";
import { type GridRow, isNumericCell, numberStyle } from "./rows.js";

const MAX_HEADER_ROWS = 3;

/** The top of a grid read: its header rows, the columns they name, and the rows left for records. */
export interface TableHead {
  rows: GridRow[];
  columns: Column[];
  body: GridRow[];
  fragments: Fragment[];
}

export function readHeader(
  rows: GridRow[],
  tableId: string,
  firstLine: number | null,
  report: Reporter,
): TableHead {
  const header = headerRows(rows);
  const body = rows.slice(header.length);
  if (header.length) return { rows: header, columns: headerColumns(header), body, fragments: [] };
  report.warn("table-header-missing", `${tableId} prints no header row`, { line: firstLine });
  const cut = cutOrphanRows(body, tableId, report);
  return { rows: header, columns: inferredColumns(cut.body, tableId, firstLine, report), ...cut };
}

/** How far down a form's header may reach: four rows of spans and the row numbering its columns. */
const MAX_NUMBERED_HEADER = 6;

function headerRows(rows: GridRow[]): GridRow[] {
  // A row numbering the columns closes the header, however many rows of spans and long labels
  // stand above it (a statistics form: "Phân theo cơ quan …" over four rows, then "A | 1 | 2 …").
  const numbering = rows.slice(1, MAX_NUMBERED_HEADER).findIndex(isColumnNumbering) + 1;
  if (
    numbering > 0 &&
    rows.slice(0, numbering).every((r) => r.cells.some(Boolean) && !r.cells.some(isNumericCell))
  )
    return rows.slice(0, numbering + 1);
  const header: GridRow[] = [];
  while (
    header.length < MAX_HEADER_ROWS &&
    header.length < rows.length &&
    isHeaderRow(rows[header.length]!, header[header.length - 1])
  ) {
    header.push(rows[header.length]!);
  }
  if (
    !header.length &&
    rows[0] &&
    (isBoldLabelRow(rows[0], rows[1]) ||
      isBlankForm(rows) ||
      isLabelRowOverCodes(rows) ||
      isLabelRowOverNumbers(rows) ||
      isFormToFill(rows))
  )
    header.push(rows[0]);
  // Two rows of labels, the second under spans of the first: a header whatever its words.
  if (!header.length && isSpannedLabelRows(rows)) header.push(rows[0]!, rows[1]!);
  // Under the header, forms and statistics number their columns: "(1) | (2) | (3)", "1 | 2 | 3".
  if (header.length && header.length < rows.length && isColumnNumbering(rows[header.length]!))
    header.push(rows[header.length]!);
  return header;
}

function isColumnNumbering(row: GridRow): boolean {
  const filled = row.cells.filter((c, i) => c && !row.carried?.[i]);
  // The label columns may be lettered before the numbers start: "A | B | 1 | 2", "A(8) | 1 | 2".
  while (filled.length && /^[A-ZĐ](?:\(\d{1,2}\))?$/u.test(filled[0]!)) filled.shift();
  if (filled.length < 3) return false;
  const numbers = filled.map((c) => /^\(?(\d{1,2})\)?$/.exec(c)?.[1]);
  return numbers.every((n, i) => n !== undefined && Number(n) === Number(numbers[0]) + i);
}

/**
 * A first row of short labels without a digit over rows that open with codes or numbers ("Mã hàng |
 * Mô tả hàng hoá" over "25.04 | Graphit tự nhiên."): the header of columns the vocabulary does not know.
 */
function isLabelRowOverCodes(rows: GridRow[]): boolean {
  const [first, ...rest] = rows;
  const filled = first!.cells.filter(Boolean);
  if (filled.length < 2 || numberStyle(first!.cells[0] ?? "") !== null) return false;
  if (!filled.every((c) => !/\d/.test(c) && c.split(/\s+/).length <= 6)) return false;
  const sample = rest.filter((r) => r.cells.some(Boolean)).slice(0, 8);
  return sample.length >= 3 && sample.filter((r) => /^\d/.test(r.cells[0] ?? "")).length * 2 >= sample.length;
}

/** A form's place to fill in: dots or an ellipsis alone ("…", "....."). */
const PLACEHOLDER = /^(?:\.{2,}|…+)$/u;

/**
 * A form's table: a first row of labels, every cell filled, over rows that name what to fill in
 * their first cell and leave the others to fill, empty or dotted: with dots in one at least
 * ("Thành phần môi trường/ số lượng mẫu | Nước mặt | Nước thải | …" over "Số lượng mẫu: | … | … |
 * ..."; Nghị quyết 66.19/2026's Mẫu số 9.02, whose first label is not bold like the others), or
 * three rows or more all empty but for their first cell ("Loại | Số tạm kê khai theo quý | Số luỹ
 * kế năm" over "Doanh thu vận chuyển …", "Thu nhập của toàn hãng" …; Thông tư 169/1998's Mẫu số
 * 01 NT-TCT): a row of data filling columns that every row under it leaves empty is no such table.
 */
function isFormToFill(rows: GridRow[]): boolean {
  const [first, ...rest] = rows;
  const cells = first!.cells;
  if (cells.length < 2 || !cells.every((c) => c && !isNumericCell(c) && c.split(/\s+/).length <= 20))
    return false;
  const toFill = (c: string | undefined) => !c || PLACEHOLDER.test(c);
  if (!rest.length || !rest.every((r) => r.cells.slice(1).every(toFill))) return false;
  const dotted = rest.some((r) => r.cells.slice(1).some((c) => c && PLACEHOLDER.test(c)));
  return dotted || rest.filter((r) => r.cells[0]).length >= 3;
}

/**
 * A first row of labels, every cell filled and none a number, over rows whose columns after the
 * first hold numbers in every row ("Hợp phần có ích | Hàm lượng trung bình trong mỏ (Cm) | … | Kqđ"
 * over "Vonfram (WO3) | 0,2% | 60% | 0,003"): a header the vocabulary does not know, told by type,
 * where its bold type is lost (a Word 97 file).
 */
function isLabelRowOverNumbers(rows: GridRow[]): boolean {
  const [first, ...rest] = rows;
  const cells = first!.cells;
  if (cells.length < 2 || !cells.every((c) => c && !isNumericCell(c) && c.split(/\s+/).length <= 20))
    return false;
  const body = rest.filter((r) => r.cells.some(Boolean));
  if (body.length < 2) return false;
  const numeric = (col: number) => body.every((r) => isNumericCell(r.cells[col] ?? ""));
  return cells.slice(1).every((_, k) => numeric(k + 1));
}

/**
 * A first row of short labels over a second that leaves its first cells empty and names, under a
 * label spanning them, cells the first left empty ("Thuế GTGT" over "Tỷ lệ ấn định GTGT | GTGT |
 * Thuế suất …"), neither holding a number: a header of two levels whose words the vocabulary does
 * not know (a tax form's "Nội dung công việc | Hợp đồng số … | Doanh thu tính thuế | …").
 */
function isSpannedLabelRows(rows: GridRow[]): boolean {
  const [first, second] = rows;
  if (!first || !second || rows.length < 3 || second.cells[0]) return false;
  const label = (c: string) => !isNumericCell(c) && !/\d/.test(c) && c.split(/\s+/).length <= 8;
  const top = first.cells.filter(Boolean);
  const under = second.cells.filter(Boolean);
  return (
    top.length >= 3 &&
    under.length >= 2 &&
    [...top, ...under].every(label) &&
    second.cells.some((c, i) => c && !first.cells[i])
  );
}

/**
 * A form's table printed with its header alone, its rows left for the one who fills it in
 * ("Năm | Kết quả xếp loại | Số, ngày, tháng, năm của quyết định"): every cell a label, and any row
 * under it empty (a ruled form draws the rows to fill in).
 */
function isBlankForm(rows: GridRow[]): boolean {
  const filled = rows[0]!.cells.filter(Boolean);
  return (
    rows.slice(1).every((r) => !r.cells.some(Boolean)) &&
    filled.length >= 2 &&
    filled.length === rows[0]!.cells.length &&
    filled.every((c) => !isNumericCell(c) && c.split(/\s+/).length <= 30 && !/[.;:]$/.test(c))
  );
}

/**
 * A first row printed in bold over rows that are not, every cell a short label: the header of a
 * table whose columns the vocabulary does not know ("Cơ quan | Đơn vị phụ trách hội nhập quốc tế").
 */
function isBoldLabelRow(row: GridRow, next: GridRow | undefined): boolean {
  const filled = row.cells.filter(Boolean);
  return (
    row.emphasis &&
    next !== undefined &&
    !next.emphasis &&
    filled.length >= 2 &&
    filled.length === row.cells.length &&
    filled.every((c) => !isNumericCell(c) && c.split(/\s+/).length <= 12)
  );
}

/** A header row: short labels, no numbers; a second row fills cells the first left empty (spans). */
function isHeaderRow(row: GridRow, previous: GridRow | undefined): boolean {
  const filled = row.cells.filter(Boolean);
  if (filled.length < 2 || filled.some((c) => isNumericCell(c) || c.length > 120)) return false;
  // The first header row numbers its rows (TT, STT) or names at least two known columns.
  if (!previous)
    return (
      ROW_NUMBER_HEADER.test(row.cells[0] ?? "") || filled.filter((c) => columnRoleOf(c) !== null).length >= 2
    );
  if (!row.cells[0] && row.cells.some((c, i) => c && !previous.cells[i])) return true;
  // Spans carried down repeat the cells above; the new labels split a spanned one ("Năm sinh" → "Nam | Nữ").
  const carried = row.cells.some((c, i) => c && c === previous.cells[i]);
  const fresh = row.cells.filter((c, i) => c && c !== previous.cells[i]);
  return carried && fresh.length > 0 && fresh.every((c) => c.split(/\s+/).length <= 20);
}

function headerColumns(header: GridRow[]): Column[] {
  const width = Math.max(...header.map((r) => lastFilled(r.cells) + 1), 1);
  return buildColumns(
    header.map((r) => r.cells),
    width,
  );
}

function lastFilled(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]) return i;
  return -1;
}

/** Without a header, rows before the first numbered row belong to a row whose start was cut off. */
function cutOrphanRows(
  rows: GridRow[],
  tableId: string,
  report: Reporter,
): { body: GridRow[]; fragments: Fragment[] } {
  const firstNumbered = rows.findIndex((r) => numberStyle(r.cells[0] ?? "") !== null);
  if (firstNumbered <= 0) return { body: rows, fragments: [] };
  const orphan = rows.slice(0, firstNumbered);
  const fragment = {
    reason: "cells before the first numbered row: the table starts mid-row",
    rows: orphan.map((r) => r.cells),
    lines: orphan.flatMap((r) => r.lines),
  };
  report.warn("table-fragment", `${tableId}: ${orphan.length} row(s) of orphan cells kept raw`, {
    line: orphan[0]!.lines[0] ?? null,
  });
  return { body: rows.slice(firstNumbered), fragments: [fragment] };
}

function inferredColumns(
  body: GridRow[],
  tableId: string,
  firstLine: number | null,
  report: Reporter,
): Column[] {
  const columns = inferColumns(body.map((r) => r.cells));
  if (columns.some((c) => c.inferred))
    report.info(
      "table-columns-inferred",
      `${tableId}: column roles read from their content (${columns.map((c) => c.key).join(", ")})`,
      { line: firstLine },
    );
  return columns;
}

/** Cells past the header are data too: they get generated keys rather than being dropped. */
export function widenColumns(row: GridRow, columns: Column[], tableId: string, report: Reporter): void {
  const cells = row.cells;
  if (cells.length <= columns.length || !cells.slice(columns.length).some(Boolean)) return;
  report.warn(
    "table-row-wider",
    `${tableId}: a row has more cells than the header; the extra cells are kept under generated keys`,
    { line: row.lines[0] ?? null },
  );
  for (let c = columns.length; c < cells.length; c++)
    columns.push({ key: `col${c + 1}`, label: null, canonical: false });
}
