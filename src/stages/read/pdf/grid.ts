import type { Glyph, PdfLine } from "./lines.js";
import { linesOf } from "./lines.js";
import type { Ruling } from "./rulings.js";
import { tail } from "../../../text/tail.js";

/**
 * Ruling lines → table grids. Rulings that touch form one table; its distinct x and y positions cut
 * it into cells, and a border missing between two cells merges them (column and row spans). Text
 * items are placed in the cell that holds their middle.
 */
export interface GridCell {
  text: string;
  /** The cell's lines, as printed. */
  parts: string[];
  bold: boolean;
  colSpan: number;
  rowSpan: number;
  /** Column index of the cell's left edge, for stitching a table continued on the next page. */
  col: number;
  /** Page-space box (x0, y0 bottom, x1, y1 top) of a cell its borders drew; none for aligned text. */
  box?: [number, number, number, number];
  /**
   * Blank space under the cell's last line down to its bottom border, in lines of its type: under
   * one, the text ran to the border (as a cell a page break cut does). None for an empty cell.
   */
  slack?: number;
}

export interface Grid {
  /** Page-space box: x0, y0 (bottom), x1, y1 (top). */
  box: [number, number, number, number];
  xs: number[];
  /** `page` is set on rows stitched on from a later page. */
  rows: { cells: GridCell[]; top: number; bottom: number; page?: number }[];
  /** Items placed in the grid (the page's text flow leaves them out). */
  used: Set<Glyph>;
}

const TOL = 2;

function cluster(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (!out.length || v - out.at(-1)! > TOL) out.push(v);
  return out;
}

/** Collinear pieces of one border (a border drawn cell by cell) become one ruling. */
function mergeRulings(rulings: Ruling[]): Ruling[] {
  const out: Ruling[] = [];
  for (const dir of ["h", "v"] as const) {
    // Rulings on one line (positions within the tolerance), then merged along it where they touch.
    const lines: Ruling[][] = [];
    for (const r of rulings.filter((x) => x.dir === dir).sort((a, b) => a.at - b.at)) {
      const line = lines.at(-1);
      if (line && r.at - line[0]!.at <= TOL) line.push(r);
      else lines.push([r]);
    }
    for (const line of lines) {
      const merged: Ruling[] = [];
      for (const r of line.sort((a, b) => a.from - b.from)) {
        const last = merged.at(-1);
        if (last && r.from <= last.to + TOL) last.to = Math.max(last.to, r.to);
        else merged.push({ ...r, at: line[0]!.at });
      }
      out.push(...merged);
    }
  }
  return out;
}

function touches(h: Ruling, v: Ruling): boolean {
  return v.at >= h.from - TOL && v.at <= h.to + TOL && h.at >= v.from - TOL && h.at <= v.to + TOL;
}

function components(rulings: Ruling[]): Ruling[][] {
  const parent = rulings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  rulings.forEach((a, i) => {
    rulings.forEach((b, j) => {
      if (j <= i || a.dir === b.dir) return;
      const [h, v] = a.dir === "h" ? [a, b] : [b, a];
      if (touches(h, v)) parent[find(i)] = find(j);
    });
  });
  const groups = new Map<number, Ruling[]>();
  rulings.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  return [...groups.values()];
}

/**
 * A cell's lines as one text. A narrow cell breaks a number inside it ("Quý II/202" / "5",
 * "2025-" / "2030"): such pieces join without a space.
 */
export function cellText(lines: string[]): string {
  let out = "";
  let last = "";
  for (const l of lines) {
    // Numbers one under the other in sequence ("1" ⏎ "2" ⏎ "3", a form's rows in one cell) are
    // items, not one number's digits.
    const next = /^\d{1,3}$/.test(last) && /^\d{1,3}$/.test(l.trim()) && Number(l) === Number(last) + 1;
    out = !out
      ? l
      : /\d$/.test(tail(out)) && /^\d/.test(l) && !next
        ? out + l
        : /[\p{L}\p{N}][-/]$/u.test(tail(out))
          ? out + l
          : `${out} ${l}`;
    last = l.trim();
  }
  return out.replace(/\s+/g, " ").trim();
}

/**
 * pdf.js joins the words of one baseline into one item, even across a column border when the cells
 * are narrow ("6 tháng 9 tháng Cả năm"). Such an item is cut at the space nearest each border it
 * crosses (positions taken proportionally to characters: the item holds no finer geometry).
 */
/** A piece of an item cut at a border remembers the item, which then counts as placed. */
const SOURCE = Symbol("source");

function splitAcross(glyphs: Glyph[], xs: number[], ys: number[]): Glyph[] {
  const out: Glyph[] = [];
  const top = ys[0]! + 2;
  const bottom = ys.at(-1)! - 2;
  for (const g of glyphs) {
    const inner = xs.slice(1, -1).filter((b) => g.x + 1 < b && b < g.x + g.w - 1);
    if (!inner.length || g.y > top || g.y < bottom) {
      out.push(g);
      continue;
    }
    const perChar = g.w / Math.max(1, g.str.length);
    const cuts = new Set<number>();
    for (const b of inner) {
      const at = (b - g.x) / perChar;
      let best = -1;
      for (let i = 0; i < g.str.length; i++)
        if (g.str[i] === " " && (best < 0 || Math.abs(i - at) < Math.abs(best - at))) best = i;
      if (best > 0) cuts.add(best);
    }
    let start = 0;
    for (const cut of [...cuts].sort((a, b) => a - b).concat(g.str.length)) {
      const str = g.str.slice(start, cut);
      if (str.trim())
        out.push(
          Object.assign({ ...g, str, x: g.x + perChar * start, w: perChar * str.length }, { [SOURCE]: g }),
        );
      start = cut;
    }
  }
  return out;
}

const covers = (rs: Ruling[], dir: "h" | "v", at: number, mid: number) =>
  rs.some((r) => r.dir === dir && Math.abs(r.at - at) <= TOL && r.from - TOL <= mid && r.to + TOL >= mid);

type Extent = { r0: number; r1: number; c0: number; c1: number; items: Glyph[] };

/**
 * A merged cell whose borders the producer left out rather than a cell that spans: it runs over
 * two or more columns, every one of its cells holds text of its own, and no text crosses between
 * them (a portal's table whose header row and first row lost their inner borders: "Mẫu", "Nội
 * dung", "Mẫu số 1.1", "Tờ trình …" each in its place). A cell that truly spans holds one block of
 * text, centred over its columns or wrapped across them, and stays whole. Returns its cells, or null.
 */
function unmerged(e: Extent, nc: number, cellOf: Map<Glyph, number>): Extent[] | null {
  if (e.c1 === e.c0) return null;
  const visible = e.items.filter((g) => g.str.trim());
  if (visible.some((g) => (g as Glyph & { [SOURCE]?: Glyph })[SOURCE])) return null;
  const parts: Extent[] = [];
  for (let r = e.r0; r <= e.r1; r++)
    for (let c = e.c0; c <= e.c1; c++) {
      const items = e.items.filter((g) => cellOf.get(g) === r * nc + c);
      if (!items.some((g) => g.str.trim())) return null;
      parts.push({ r0: r, r1: r, c0: c, c1: c, items });
    }
  return parts;
}

/** How far column borders must run past the last row border to hold a row of their own. */
const OPEN_ROW_MIN = 6;

/**
 * A row cut by the page break has no border on the page's edge: the column borders run on past the
 * last row border to the bottom margin (or down from the top margin, on the next page) and the row's
 * text stands between them. Where two column borders or more do so and text stands there, the
 * shortest of them closes the row, so its text is a row of the table (stitched to its other part on
 * the next page) rather than a paragraph after the table. `ys` runs from top to bottom.
 */
function withOpenEnds(comp: Ruling[], ys: number[], glyphs: Glyph[]): number[] {
  const verticals = comp.filter((r) => r.dir === "v");
  if (ys.length < 2 || verticals.length < 2) return ys;
  const left = Math.min(...verticals.map((v) => v.at));
  const right = Math.max(...verticals.map((v) => v.at));
  const textIn = (lo: number, hi: number) =>
    glyphs.some((g) => g.str.trim() && g.x >= left && g.x < right && g.y > lo && g.y < hi);
  const out = [...ys];
  const below = verticals.filter((v) => v.from < ys.at(-1)! - OPEN_ROW_MIN).map((v) => v.from);
  if (below.length >= 2) {
    const end = Math.max(...below);
    if (textIn(end, ys.at(-1)!)) out.push(end);
  }
  const above = verticals.filter((v) => v.to > ys[0]! + OPEN_ROW_MIN).map((v) => v.to);
  if (above.length >= 2) {
    const end = Math.min(...above);
    if (textIn(ys[0]!, end)) out.unshift(end);
  }
  return out;
}

export function gridsOf(rulings: Ruling[], glyphs: Glyph[]): Grid[] {
  const grids: Grid[] = [];
  for (const comp of components(mergeRulings(rulings))) {
    const xs = cluster(comp.filter((r) => r.dir === "v").map((r) => r.at));
    const ys = withOpenEnds(
      comp,
      cluster(comp.filter((r) => r.dir === "h").map((r) => r.at)).reverse(),
      glyphs,
    );
    // A framed box (one cell) or a lone rule is no table.
    if (xs.length < 2 || ys.length < 2 || (xs.length - 1) * (ys.length - 1) < 2) continue;
    const nr = ys.length - 1;
    const nc = xs.length - 1;
    // Cells merge across a missing border.
    const owner = Array.from({ length: nr * nc }, (_, i) => i);
    const find = (i: number): number => (owner[i] === i ? i : (owner[i] = find(owner[i]!)));
    for (let r = 0; r < nr; r++) {
      const midY = (ys[r]! + ys[r + 1]!) / 2;
      for (let c = 0; c < nc; c++) {
        const midX = (xs[c]! + xs[c + 1]!) / 2;
        if (c + 1 < nc && !covers(comp, "v", xs[c + 1]!, midY))
          owner[find(r * nc + c + 1)] = find(r * nc + c);
        if (r + 1 < nr && !covers(comp, "h", ys[r + 1]!, midX))
          owner[find((r + 1) * nc + c)] = find(r * nc + c);
      }
    }
    const extent = new Map<number, Extent>();
    for (let i = 0; i < nr * nc; i++) {
      const k = find(i);
      const [r, c] = [Math.floor(i / nc), i % nc];
      const e = extent.get(k);
      if (!e) extent.set(k, { r0: r, r1: r, c0: c, c1: c, items: [] });
      else
        Object.assign(e, {
          r0: Math.min(e.r0, r),
          r1: Math.max(e.r1, r),
          c0: Math.min(e.c0, c),
          c1: Math.max(e.c1, c),
        });
    }
    const used = new Set<Glyph>();
    const cellOf = new Map<Glyph, number>();
    const band = (v: number, edges: number[], desc: boolean) => {
      for (let i = 0; i + 1 < edges.length; i++) {
        const [a, b] = desc ? [edges[i + 1]!, edges[i]!] : [edges[i]!, edges[i + 1]!];
        if (v >= a && v <= b) return i;
      }
      return -1;
    };
    // Only what stands between the table's top and bottom rules can fall in a cell (most of a
    // page's text does not): the rest is not cut at the borders nor placed.
    const cellY = (g: Glyph) => g.y + g.size * 0.3;
    const between = glyphs.filter((g) => cellY(g) >= ys.at(-1)! && cellY(g) <= ys[0]!);
    for (const g of splitAcross(between, xs, ys)) {
      // The middle of the visible characters: an item may carry trailing spaces wide enough to reach the next cell.
      const lead = g.str.length - g.str.trimStart().length;
      const visible = g.str.trim().length || g.str.length;
      const perChar = g.w / Math.max(1, g.str.length);
      const cx = g.x + perChar * (lead + visible / 2);
      const cy = cellY(g);
      const c = band(cx, xs, false);
      const r = band(cy, ys, true);
      if (c < 0 || r < 0) continue;
      extent.get(find(r * nc + c))!.items.push(g);
      cellOf.set(g, r * nc + c);
      used.add((g as Glyph & { [SOURCE]?: Glyph })[SOURCE] ?? g);
    }
    for (const [k, e] of [...extent]) {
      const parts = unmerged(e, nc, cellOf);
      if (!parts) continue;
      extent.delete(k);
      parts.forEach((part, i) => extent.set(-1 - k * nr * nc - i, part));
    }
    const rows: Grid["rows"] = Array.from({ length: nr }, (_, r) => ({
      cells: [],
      top: ys[r]!,
      bottom: ys[r + 1]!,
    }));
    for (const e of [...extent.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0)) {
      const lines = linesOf(e.items);
      const text = cellText(lines.map((l) => l.text));
      const last = lines.at(-1);
      rows[e.r0]!.cells.push({
        text,
        parts: lines.map((l) => l.text),
        bold: lines.length > 0 && lines.every((l) => l.bold),
        colSpan: e.c1 - e.c0 + 1,
        rowSpan: e.r1 - e.r0 + 1,
        col: e.c0,
        box: [xs[e.c0]!, ys[e.r1 + 1]!, xs[e.c1 + 1]!, ys[e.r0]!],
        ...(last ? { slack: (last.y - ys[e.r1 + 1]!) / last.size } : {}),
      });
    }
    grids.push({
      box: [xs[0]!, ys.at(-1)!, xs.at(-1)!, ys[0]!],
      xs,
      rows: rows.filter((r) => r.cells.length),
      used,
    });
  }
  return grids;
}

/**
 * Tables printed without borders: three or more text columns that keep their places over several
 * consecutive lines (a line cut into segments by wide gaps, see linesOf). Each such baseline is a row,
 * its items placed under the column they start in (a cell that runs close to the next column is cut
 * where an item starts at that column); a line in between whose pieces all stand under later columns
 * continues the cells above (the tables stage joins a row without a number to the one before). Two
 * columns are never taken for a table: that is the layout of a header or a signature block.
 */
export function alignedGrids(lines: PdfLine[]): { grids: Grid[]; rest: PdfLine[] } {
  const baselines: PdfLine[][] = [];
  for (const l of [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0)) {
    const last = baselines.at(-1);
    if (last && Math.abs(last[0]!.y - l.y) < 0.1) last.push(l);
    else baselines.push([l]);
  }
  const grids: Grid[] = [];
  const taken = new Set<PdfLine>();
  for (let i = 0; i < baselines.length;) {
    if (baselines[i]!.length < 3) {
      i++;
      continue;
    }
    const tol = 1.5 * baselines[i]![0]!.size;
    const starts: number[] = [];
    const fits = (l: PdfLine) => starts.some((s) => Math.abs(s - l.x0) <= tol);
    const rows: PdfLine[][] = [];
    let j = i;
    for (; j < baselines.length; j++) {
      const b = baselines[j]!;
      if (b.length >= 3) {
        for (const l of b) if (!fits(l)) starts.push(l.x0);
      } else if (!b.every((l) => fits(l) && l.x0 > Math.min(...starts) + tol)) break;
      rows.push(b);
    }
    starts.sort((a, b) => a - b);
    const full = rows.filter((r) => r.length >= 3);
    const supported = starts.every(
      (s) => full.filter((r) => r.some((l) => Math.abs(l.x0 - s) <= tol)).length >= 2,
    );
    if (full.length < 2 || starts.length < 3 || !supported) {
      i = Math.max(i + 1, j);
      continue;
    }
    const column = (x: number) => starts.reduce((best, s, k) => (s <= x + 2 ? k : best), 0);
    const gridRows: Grid["rows"] = rows.map((r) => {
      const byColumn = starts.map(() => [] as Glyph[]);
      for (const g of r.flatMap((l) => l.glyphs)) if (g.str.trim()) byColumn[column(g.x)]!.push(g);
      return {
        cells: byColumn.map((glyphs, k) => {
          const cellLines = linesOf(glyphs);
          return {
            text: cellText(cellLines.map((l) => l.text)),
            parts: cellLines.map((l) => l.text),
            bold: cellLines.length > 0 && cellLines.every((l) => l.bold),
            colSpan: 1,
            rowSpan: 1,
            col: k,
          };
        }),
        top: r[0]!.y + r[0]!.size,
        bottom: r[0]!.y - 0.25 * r[0]!.size,
      };
    });
    const right = Math.max(...rows.flat().map((l) => l.x1));
    grids.push({
      box: [starts[0]!, gridRows.at(-1)!.bottom, right, gridRows[0]!.top],
      xs: [...starts, right],
      rows: gridRows,
      used: new Set(rows.flat().flatMap((l) => l.glyphs)),
    });
    for (const l of rows.flat()) taken.add(l);
    i = j;
  }
  return { grids, rest: lines.filter((l) => !taken.has(l)) };
}
