import { cellText, type Grid } from "./grid.js";
import { linesOf, type PdfLine } from "./lines.js";

/**
 * Two-column tables printed without borders: a bold header of two cells, then rows whose left cells
 * all start at one place and whose right cells all start at another ("Mã hàng | Mô tả hàng hoá",
 * "Cơ quan | Đơn vị phụ trách"), as a browser prints an HTML table whose borders its stylesheet
 * leaves out. A cell is centred on its row's height, so a row's cells need not share a baseline: rows
 * are told apart by the space between them, wider than between the lines of a cell. The three-column
 * rule of alignedGrids keeps out the issuer beside the motto and the recipients beside the signature;
 * here the bold header, the two starts kept over every row and three rows at least do.
 *
 * A table the page before left open (its last rows at the foot of the page) goes on at the top of
 * this one without its header: `open` holds its two starts.
 */
export interface TwoColumns {
  /** Where the left and the right cells start. */
  starts: [number, number];
}

/** Rows at least, below the header, in a table that ends on its page. */
const MIN_ROWS = 3;
/** A gap between two lines wider than this many font sizes parts two rows. */
const ROW_GAP = 2.2;
/** A block standing this share of the rows' usual gap below the one above is a row of its own. */
const ROW_PITCH_SHARE = 0.9;
/** A gap wider than this many font sizes ends the table (rows of one line, padded, stand 8 apart). */
const END_GAP = 10;

/** Lines below a header whose starts give the two columns' (a few rows of a cell or two lines each). */
const NEAR_LINES = 8;

const isPageNumber = (l: PdfLine) => /^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$/.test(l.text);

export function twoColumnGrids(
  lines: PdfLine[],
  /** The page's width: the table's right edge mirrors its left one (a page's margins), the same on every page. */
  width: number,
  open: TwoColumns | null,
): { grids: (Grid & TwoColumns)[]; rest: PdfLine[] } {
  const sorted = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const grids: Built[] = [];
  const taken = new Set<PdfLine>();
  // The table the page before left open: its rows at the top of this page, before any other text.
  if (open) {
    const first = sorted.findIndex((l) => !isPageNumber(l));
    const grid = first >= 0 ? rowsFrom(sorted, first, open.starts, null, width) : null;
    if (grid) {
      grids.push(grid);
      grid.lines.forEach((l) => taken.add(l));
    }
  }
  for (let i = 0; i + 1 < sorted.length; i++) {
    if (taken.has(sorted[i]!)) continue;
    const header = headerAt(sorted, i);
    if (!header) continue;
    const [a, b] = header;
    const below = i + 2;
    const size = a.size;
    // The first rows below give each side's start: the left cells start where the left name ends
    // at the latest, the right ones between there and the right name's end. A name may be centred
    // over its column ("Mã hàng" over codes that start at the margin), and a row's right cell may
    // stand above its left one (centred on a cell of two lines).
    const near = sorted.slice(below, below + NEAR_LINES);
    const lefts = near.filter((x) => x.x0 <= a.x1).map((x) => x.x0);
    const rights = near.filter((x) => x.x0 > a.x1 && x.x0 <= b.x1).map((x) => x.x0);
    if (!lefts.length || !rights.length) continue;
    const [l, r] = [Math.min(...lefts), Math.min(...rights)];
    if (r - l < 3 * size) continue;
    const grid = rowsFrom(sorted, below, [l, r], [a, b], width);
    if (!grid) continue;
    grids.push(grid);
    [a, b, ...grid.lines].forEach((x) => taken.add(x));
    i = sorted.indexOf(grid.lines.at(-1)!);
  }
  return { grids: grids.map(({ lines: _lines, ...g }) => g), rest: lines.filter((l) => !taken.has(l)) };
}

/** Two bold pieces side by side on one baseline, and nothing else there: a header of two cells. */
function headerAt(sorted: PdfLine[], i: number): [PdfLine, PdfLine] | null {
  const [a, b, c] = [sorted[i]!, sorted[i + 1], sorted[i + 2]];
  if (!b || Math.abs(a.y - b.y) > 0.1 || (c && Math.abs(c.y - a.y) <= 0.1)) return null;
  // A bold row inside a table (a group's name) follows the lines of its cell closely.
  const above = sorted[i - 1];
  if (above && above.y - a.y <= ROW_GAP * a.size) return null;
  if (!a.bold || !b.bold || b.x0 - a.x1 < 2 * a.size) return null;
  // Column names hold no number: a bold row with one ("25.04 | Graphit tự nhiên.") is a group's row.
  if (/\d/.test(a.text + b.text)) return null;
  return [a, b];
}

type Built = Grid & TwoColumns & { lines: PdfLine[] };

/**
 * The rows from `from` on, while lines start at one of the two places (a line at the left start
 * whose words run on into the right column is cut where a piece starts there). Null when fewer than
 * MIN_ROWS rows, or when most rows lack one of their cells.
 */
function rowsFrom(
  sorted: PdfLine[],
  from: number,
  starts: [number, number],
  header: [PdfLine, PdfLine] | null,
  width: number,
): Built | null {
  const [left, mid] = starts;
  const tol = 0.6 * sorted[from]!.size;
  const blocks: {
    left: PdfLine[];
    right: PdfLine[];
    top: number;
    bottom: number;
    lines: PdfLine[];
    /** From the line above to the block's first line. */
    gap: number;
  }[] = [];
  const lines: PdfLine[] = [];
  let last: PdfLine | null = header?.[0] ?? null;
  // Whether the rows run to the page's foot (the table may go on over the page).
  let atFoot = true;
  for (let k = from; k < sorted.length; k++) {
    const l = sorted[k]!;
    const gap = last ? last.y - l.y : 0;
    const side = Math.abs(l.x0 - left) <= tol ? "left" : Math.abs(l.x0 - mid) <= tol ? "right" : null;
    if (!side && isPageNumber(l)) continue;
    // The header of another table: this one ends above it.
    if (k > from && headerAt(sorted, k)) {
      atFoot = false;
      break;
    }
    if (!side || (last && gap > END_GAP * l.size)) {
      atFoot = false;
      break;
    }
    const glyphs = l.glyphs.filter((g) => g.str.trim());
    // Words of a left cell that cross into the right column: a second cell only where a piece
    // starts at the right column's place; a paragraph runs across it and ends the table.
    const across = side === "left" && glyphs.some((g) => g.x >= mid - tol);
    if (across && !glyphs.some((g) => Math.abs(g.x - mid) <= tol)) {
      atFoot = false;
      break;
    }
    const block = blocks.at(-1);
    const row =
      block && last && gap <= ROW_GAP * l.size
        ? block
        : (blocks.push({ left: [], right: [], top: l.y + l.size, bottom: l.y, lines: [], gap }),
          blocks.at(-1)!);
    if (across) {
      row.left.push(...linesOf(glyphs.filter((g) => g.x < mid - tol)));
      row.right.push(...linesOf(glyphs.filter((g) => g.x >= mid - tol)));
    } else row[side].push(l);
    row.bottom = l.y - 0.25 * l.size;
    row.lines.push(l);
    lines.push(l);
    last = l;
  }
  // A block with nothing on the left is more of the row above (a cell of two paragraphs), unless
  // as much space stands above it as between the rows: then it is a row whose left cell is empty
  // ("| - Hợp chất vô cơ chứa oxy khác …" between two codes). Paragraphs of a cell stand closer
  // than its rows, which the cells' padding parts.
  const rowGaps = blocks
    .slice(1)
    .filter((b) => b.left.length)
    .map((b) => b.gap)
    .sort((a, b) => a - b);
  const rowGap = rowGaps.length ? rowGaps[Math.floor(rowGaps.length / 2)]! : Infinity;
  const rows: typeof blocks = [];
  for (const b of blocks) {
    const above = rows.at(-1);
    if (above && !b.left.length && b.gap < ROW_PITCH_SHARE * rowGap) {
      above.right.push(...b.right);
      above.bottom = b.bottom;
      above.lines.push(...b.lines);
    } else rows.push(b);
  }
  const full = rows.filter((r) => r.left.length && r.right.length).length;
  // A last row with nothing on the right is the heading over what follows, not a row.
  while (rows.length > 1 && !rows.at(-1)!.right.length) {
    const dropped = new Set(rows.pop()!.lines);
    lines.splice(0, lines.length, ...lines.filter((l) => !dropped.has(l)));
    atFoot = false;
  }
  // Under its header, a table needs MIN_ROWS rows, or two where the page ends it.
  const least = !header ? 1 : atFoot ? 2 : MIN_ROWS;
  if (rows.length < least || full < 0.6 * rows.length) return null;
  const cell = (parts: PdfLine[], col: number) => ({
    text: cellText(parts.map((p) => p.text)),
    parts: parts.map((p) => p.text),
    bold: parts.length > 0 && parts.every((p) => p.bold),
    colSpan: 1,
    rowSpan: 1,
    col,
  });
  const gridRows: Grid["rows"] = rows.map((r) => ({
    cells: [cell(r.left, 0), cell(r.right, 1)],
    top: r.top,
    bottom: r.bottom,
  }));
  if (header)
    gridRows.unshift({
      cells: [cell([header[0]], 0), cell([header[1]], 1)],
      top: header[0].y + header[0].size,
      bottom: header[0].y - 0.25 * header[0].size,
    });
  const edge = Math.max(width - left, mid + 1);
  return {
    starts,
    box: [left, gridRows.at(-1)!.bottom, edge, gridRows[0]!.top],
    xs: [left, mid, edge],
    rows: gridRows,
    used: new Set([...(header ?? []), ...lines].flatMap((l) => l.glyphs)),
    lines,
  };
}

/** The two starts of the page's last table when it is a two-column one with nothing below it but a page number. */
export function openAtFoot(last: Grid | undefined, lines: PdfLine[]): TwoColumns | null {
  if (!last || !("starts" in last)) return null;
  const below = lines.filter((l) => l.y < last.box[1] && !isPageNumber(l));
  return below.length ? null : { starts: (last as Grid & TwoColumns).starts };
}
