import type { Block, TableBlock, TableCell, TextBlock } from "../../../model/block.js";
import { foldKey } from "../../../text/fold.js";
import { CAPACITY_KEY, personName, SIGNED_MARK, withoutSignedMark } from "../../../text/formulas.js";
import { isLayoutCell } from "../../../text/markers.js";
import { parsePlaceDate } from "../../../text/dates.js";

/** Layout tables are small: two or three columns side by side, a few rows. */
const MAX_COLUMNS = 3;
const MAX_ROWS = 6;

/** Whether a table of `rows` rows and `width` filled columns is small enough to lay out a page. */
export function layoutSized(rows: number, width: number): boolean {
  return rows <= MAX_ROWS && width <= MAX_COLUMNS;
}

function cellParts(cell: TableCell): string[] {
  return (cell.paragraphs ?? [cell.text]).map((p) => p.trim()).filter(Boolean);
}

/**
 * A grid that lays out the page rather than holding data: the issuer beside the quốc hiệu, "Số:"
 * beside the place and date, "Nơi nhận" beside the signature. Word and HTML documents print their
 * header and closing so; a cell then holds one of those formulas.
 */
export function isLayoutGrid(table: TableBlock): boolean {
  // Columns that hold text in some row: a Word header table keeps empty spacer columns between its
  // two sides ("UBND TỈNH | | CỘNG HÒA … | ").
  const filled = new Set<number>();
  for (const row of table.rows) {
    let col = 0;
    for (const cell of row.cells) {
      if (cell.text.trim() !== "") filled.add(col);
      col += cell.colSpan ?? 1;
    }
  }
  const width = filled.size;
  if (table.rows.length > MAX_ROWS) return false;
  // A formula typeset as a grid: a fraction's terms around a cell holding "=" alone.
  if (table.rows.some((r) => r.cells.some((c) => c.text.trim() === "="))) return true;
  if (width > MAX_COLUMNS) return false;
  // One cell alone frames text (a box, a diagram's labels): nothing in it is a record.
  if (width === 1 && table.rows.length === 1) return true;
  const formula = table.rows.some((r) =>
    r.cells.some((c) => {
      const parts = cellParts(c);
      return parts.some((p) => isLayoutCell(p) || parsePlaceDate(p) !== null) || isSignatureCell(parts);
    }),
  );
  // A one-column grid whose rows stack a signature: "CHỦ TỊCH QUỐC HỘI (Đã ký)" over the name.
  if (formula || (width === 1 && isSignatureCell(table.rows.flatMap((r) => r.cells.flatMap(cellParts)))))
    return true;
  return table.rows.length === 1 && isFormClosing(table.rows[0]!.cells.map((c) => cellParts(c).join(" ")));
}

/** What a form asks its signer to write: "(Ký, đóng dấu)", "(Ký, ghi rõ họ tên)", "(Cấp trình ký, đóng dấu)". */
const SIGNING_NOTE = /\((?=[^()]*(?<!\p{L})ký(?!\p{L}))[^()]{0,60}\)$/iu;

/** A form's date line left blank: "…, ngày .... tháng.... năm". */
const BLANK_DATE = /^[.…_\s]*,?\s*ngày[\s.…_]*tháng[\s.…_]*năm\b/iu;

/**
 * The closing of a blank form, on one row: capacities waiting for a signature ("THỦ TRƯỞNG ĐƠN VỊ
 * (Ký, đóng dấu)" beside "NGƯỜI LẬP BẢNG (Ký, ghi rõ họ tên)"), or a blank date or a capacity
 * beside an empty cell. A one-row header of data ("TT | HỌ VÀ TÊN") has neither notes nor gaps.
 */
function isFormClosing(cells: string[]): boolean {
  const filled = cells.filter(Boolean);
  const capacity = (c: string) => {
    const rest = c.replace(SIGNING_NOTE, "").trim();
    return rest === rest.toUpperCase();
  };
  if (!filled.length) return false;
  if (filled.every((c) => SIGNING_NOTE.test(c) && capacity(c))) return true;
  return filled.length < cells.length && filled.every((c) => BLANK_DATE.test(c) || capacity(c));
}

/**
 * A signature printed in a cell: capacity lines in upper case, perhaps "(Đã ký)", then a name. With
 * the mark printed, a capacity may stand in sentence case: a page that sets it in capitals by its
 * style sheet ("Chủ tịch Quốc hội" ⏎ "(Đã ký)" ⏎ "Nguyễn Sinh Hùng" on vbpl.vn's older pages).
 */
function isSignatureCell(parts: string[]): boolean {
  const last = parts.at(-1);
  if (parts.length < 2 || !last || !personName(last)) return false;
  const marked = parts.some((p) => SIGNED_MARK.test(p));
  return parts.slice(0, -1).every((p) => {
    // A mark printed after the capacity on its line: "CHỦ TỊCH QUỐC HỘI (Đã ký)".
    const capacity = withoutSignedMark(p);
    return (
      SIGNED_MARK.test(p) ||
      (capacity !== "" && capacity === capacity.toUpperCase()) ||
      (marked && CAPACITY_KEY.test(foldKey(capacity)))
    );
  });
}

/**
 * A layout grid read as the page reads: column by column, each line of a cell a text block of its
 * own. The blocks keep their row's source line, so several share one line (reported as split lines).
 */
export function layoutBlocks(table: TableBlock): TextBlock[] {
  const columns: TextBlock[][] = [];
  for (const row of table.rows) {
    let col = 0;
    for (const cell of row.cells) {
      const blocks = (columns[col] ??= []);
      for (const text of cellParts(cell))
        blocks.push({
          kind: "text",
          text,
          lines: [...cell.lines],
          ...(cell.emphasis ? { strong: true } : {}),
        });
      col += cell.colSpan ?? 1;
    }
  }
  return columns.flat();
}

/** Replaces every layout grid among `blocks` by its text blocks; returns the source lines now shared. */
export function expandLayoutGrids(blocks: Block[]): { blocks: Block[]; shared: number[] } {
  const out: Block[] = [];
  const shared: number[] = [];
  for (const b of blocks) {
    // A grid with no text at all stays as it is: its lines need an owner.
    const text = b.kind === "table" && isLayoutGrid(b) ? layoutBlocks(b) : [];
    if (!text.length) {
      out.push(b);
      continue;
    }
    out.push(...text);
    shared.push(...b.lines);
  }
  return { blocks: out, shared };
}
