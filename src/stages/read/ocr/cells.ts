import type { Glyph } from "../pdf/lines.js";
import type { Ruling } from "../pdf/rulings.js";
import { rasterOf } from "./raster.js";
import { scanGrids } from "./rulings.js";

/**
 * A second reading of the cells a page's OCR read as nothing or as a mark. Read with the whole page,
 * a lone figure in a narrow bordered cell — the row number "1", "2", the header "TT" — is often lost
 * or taken for the border ("|"). Cut out of the page and read on its own, it is read.
 *
 * All such cells of a page go to tesseract at once, each on its own band of one strip image, and the
 * words read are placed back on the page from the band they lie in.
 */

/** Page-space box: x0, y0 (bottom), x1, y1 (top). */
type Box = [number, number, number, number];

/** A cell whose reading holds fewer letters or digits than this is read again. */
const SPARSE = 2;
/** Pixels cut off inside each border (what is left of the ruling) and white between bands. */
const INSET = 6;
const GAP = 40;
/** A cell image with fewer dark pixels than this is empty: nothing to read. */
const INK = 30;
const DARK = 128;
/** Tesseract's reading of a thin upright stroke: in a column of numbers, the figure 1. */
const STROKE = /^[|lI!\]]$/u;

const alnum = (s: string) => (s.match(/[\p{L}\p{N}]/gu) ?? []).length;
const centreIn = (g: Glyph, [x0, y0, x1, y1]: Box) => {
  const cx = g.x + g.w / 2;
  const cy = g.y + g.size * 0.3;
  return cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1;
};

/** A ruled cell that OCR read (almost) nothing in, and the box of its table. */
export interface SparseCell {
  box: Box;
  table: Box;
}

export function sparseCells(rulings: Ruling[], glyphs: Glyph[]): SparseCell[] {
  return scanGrids(rulings, glyphs).flatMap((g) =>
    g.rows.flatMap((r) =>
      r.cells.filter((c) => c.box && alnum(c.text) < SPARSE).map((c) => ({ box: c.box!, table: g.box })),
    ),
  );
}

interface Band {
  /** Where the band starts in the strip, and where its cell image starts on the page (pixels). */
  top: number;
  height: number;
  pageX: number;
  pageY: number;
}

/**
 * The cells cut from the page (binary PGM at `dpi`, `pageHeight` points high) and stacked into one
 * strip image; cells without ink are left out.
 */
export function cellStrip(
  pgm: Uint8Array,
  cells: SparseCell[],
  dpi: number,
  pageHeight: number,
): { image: Uint8Array; bands: Band[] } | null {
  const { width, height, offset } = rasterOf(pgm, "P5");
  const px = (pt: number) => Math.round((pt * dpi) / 72);
  const crops: { x: number; y: number; w: number; h: number }[] = [];
  for (const {
    box: [x0, y0, x1, y1],
  } of cells) {
    const x = Math.max(0, px(x0) + INSET);
    const y = Math.max(0, px(pageHeight - y1) + INSET);
    const w = Math.min(width, px(x1) - INSET) - x;
    const h = Math.min(height, px(pageHeight - y0) - INSET) - y;
    if (w <= 0 || h <= 0) continue;
    let ink = 0;
    for (let r = 0; r < h && ink < INK; r++)
      for (let c = 0; c < w; c++) if (pgm[offset + (y + r) * width + x + c]! < DARK) ink++;
    if (ink >= INK) crops.push({ x, y, w, h });
  }
  if (!crops.length) return null;
  const stripWidth = Math.max(...crops.map((c) => c.w)) + 2 * GAP;
  const stripHeight = crops.reduce((sum, c) => sum + c.h + GAP, GAP);
  const head = new TextEncoder().encode(`P5\n${stripWidth} ${stripHeight}\n255\n`);
  const image = new Uint8Array(head.length + stripWidth * stripHeight).fill(255);
  image.set(head);
  const bands: Band[] = [];
  let top = GAP;
  for (const c of crops) {
    for (let r = 0; r < c.h; r++) {
      const from = offset + (c.y + r) * width + c.x;
      image.set(pgm.subarray(from, from + c.w), head.length + (top + r) * stripWidth + GAP);
    }
    bands.push({ top, height: c.h, pageX: c.x - GAP, pageY: c.y - top });
    top += c.h + GAP;
  }
  return { image, bands };
}

/** Tesseract's TSV of the strip with every box moved back to where its band's cell is on the page. */
export function placedOnPage(tsv: string, bands: Band[]): string {
  const rows = tsv.split("\n");
  return [
    rows[0]!,
    ...rows.slice(1).flatMap((line) => {
      const r = line.split("\t");
      if (r.length < 12) return [];
      const mid = Number(r[7]) + Number(r[9]) / 2;
      const band = bands.find((b) => mid >= b.top && mid < b.top + b.height);
      if (!band) return [];
      r[6] = String(Number(r[6]) + band.pageX);
      r[7] = String(Number(r[7]) + band.pageY);
      return [r.join("\t")];
    }),
  ].join("\n");
}

/**
 * The page's glyphs with each re-read cell's words in place of the first reading where the second
 * holds more letters and digits. A lone upright stroke in a column whose other cells are numbers is
 * the figure 1.
 */
export function withCellsReread(glyphs: Glyph[], again: Glyph[], cells: SparseCell[]): Glyph[] {
  let out = glyphs;
  for (const { box } of cells) {
    const first = out.filter((g) => centreIn(g, box));
    const second = again.filter((g) => centreIn(g, box));
    const text = (gs: Glyph[]) => gs.map((g) => g.str).join(" ");
    if (alnum(text(second)) <= alnum(text(first))) continue;
    out = [...out.filter((g) => !first.includes(g)), ...second];
  }
  for (const { box, table } of cells) {
    const inside = out.filter((g) => centreIn(g, box));
    if (inside.length !== 1 || !STROKE.test(inside[0]!.str)) continue;
    const column = out.filter(
      (g) =>
        !inside.includes(g) && centreIn(g, [box[0], table[1], box[2], table[3]]) && /^\d+\.?$/.test(g.str),
    );
    if (column.length) inside[0]!.str = "1";
  }
  return out;
}
