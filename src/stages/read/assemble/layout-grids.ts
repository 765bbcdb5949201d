import type { Block, TableBlock, TableCell, TextBlock } from "../../../model/block.js";
import { personName, SIGNED_MARK, withoutSignedMark } from "../../../text/formulas.js";
import { isLayoutCell } from "../../../text/markers.js";
import { parsePlaceDate } from "../../../text/dates.js";

/** Layout tables are small: two or three columns side by side, a few rows. */
const MAX_COLUMNS = 3;
const MAX_ROWS = 6;

function cellParts(cell: TableCell): string[] {
  return (cell.paragraphs ?? [cell.text]).map((p) => p.trim()).filter(Boolean);
}

/**
 * A grid that lays out the page rather than holding data: the issuer beside the quốc hiệu, "Số:"
 * beside the place and date, "Nơi nhận" beside the signature. Word and HTML documents print their
 * header and closing so; a cell then holds one of those formulas.
 */
export function isLayoutGrid(table: TableBlock): boolean {
  const width = Math.max(...table.rows.map((r) => r.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0)));
  if (width > MAX_COLUMNS || table.rows.length > MAX_ROWS) return false;
  const formula = table.rows.some((r) =>
    r.cells.some((c) => {
      const parts = cellParts(c);
      return parts.some((p) => isLayoutCell(p) || parsePlaceDate(p) !== null) || isSignatureCell(parts);
    }),
  );
  // A one-column grid whose rows stack a signature: "CHỦ TỊCH QUỐC HỘI (Đã ký)" over the name.
  return formula || (width === 1 && isSignatureCell(table.rows.flatMap((r) => r.cells.flatMap(cellParts))));
}

/** A signature printed in a cell: capacity lines in upper case, perhaps "(Đã ký)", then a name. */
function isSignatureCell(parts: string[]): boolean {
  const last = parts.at(-1);
  if (parts.length < 2 || !last || !personName(last)) return false;
  return parts.slice(0, -1).every((p) => {
    // A mark printed after the capacity on its line: "CHỦ TỊCH QUỐC HỘI (Đã ký)".
    const capacity = withoutSignedMark(p);
    return SIGNED_MARK.test(p) || (capacity !== "" && capacity === capacity.toUpperCase());
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
    if (b.kind !== "table" || !isLayoutGrid(b)) {
      out.push(b);
      continue;
    }
    out.push(...layoutBlocks(b));
    shared.push(...b.lines);
  }
  return { blocks: out, shared };
}
