import { gridsOf, type Grid } from "../pdf/grid.js";
import type { Glyph } from "../pdf/lines.js";
import type { Ruling } from "../pdf/rulings.js";
import { rasterOf } from "./raster.js";

/**
 * The ruling lines of a scanned page, found in its image: a scan has no operator list to draw them
 * from, yet its tables are bordered all the same. A ruling is a long, thin stroke of dark pixels
 * along a row (or a column); the grids are then built from these exactly as from a PDF's rulings.
 *
 * A stroke is grown from runs on neighbouring rows that overlap, so a line scanned a degree or two
 * askew is still one stroke. Its thickness is its area over its length: a thin line askew stays
 * thin, while a filled area (a photo, a black bar) is thick and is no ruling. Letters never make a
 * run as long as `MIN_LENGTH` at body sizes; a row of serifs is broken by the light pixels between
 * letters, which is why only `GAP` light pixels may interrupt a run.
 */
const DARK = 140;
/** Shortest ruling, in inches: longer than any stroke of a letter at body sizes. */
const MIN_LENGTH = 0.25;
/** Light pixels a run may cross: a worn scan or a white-out where a seal was removed. */
const GAP = 2;
/** Thicker than this, in inches, is a filled area. */
const MAX_THICKNESS = 0.04;

interface Run {
  from: number;
  to: number;
}

interface Stroke {
  /** The runs the stroke has on the row (or column) before, and on the current one. */
  prev: Run[];
  cur: Run[];
  /** Every run of the stroke, with the row (or column) it lies on. */
  runs: (Run & { at: number })[];
  from: number;
  to: number;
  /** Dark pixels in the stroke, and their position sum across it (for its mean position). */
  area: number;
  weighted: number;
}

/** Dark runs of one row (or column) at least `min` long; `pixel(i)` reads position i. */
function runsOf(length: number, pixel: (i: number) => number, min: number): Run[] {
  const out: Run[] = [];
  let start = -1;
  let lastDark = -1;
  for (let i = 0; i < length; i++) {
    if (pixel(i) >= DARK) continue;
    if (start < 0 || i - lastDark - 1 > GAP) {
      if (start >= 0 && lastDark - start + 1 >= min) out.push({ from: start, to: lastDark });
      start = i;
    }
    lastDark = i;
  }
  if (start >= 0 && lastDark - start + 1 >= min) out.push({ from: start, to: lastDark });
  return out;
}

/** Strokes along one direction: `lines` rows (or columns) of `length` pixels each. */
function strokesOf(
  lines: number,
  length: number,
  pixel: (line: number, i: number) => number,
  min: number,
  maxThickness: number,
): Stroke[] {
  const done: Stroke[] = [];
  let open: Stroke[] = [];
  for (let at = 0; at < lines; at++) {
    for (const s of open) [s.prev, s.cur] = [s.cur, []];
    for (const run of runsOf(length, (i) => pixel(at, i), min)) {
      const len = run.to - run.from + 1;
      const stroke = open.find((s) => s.prev.some((r) => r.from <= run.to && run.from <= r.to));
      if (stroke) {
        stroke.cur.push(run);
        stroke.runs.push({ ...run, at });
        stroke.from = Math.min(stroke.from, run.from);
        stroke.to = Math.max(stroke.to, run.to);
        stroke.area += len;
        stroke.weighted += len * at;
      } else
        open.push({ prev: [], cur: [run], runs: [{ ...run, at }], ...run, area: len, weighted: len * at });
    }
    done.push(...open.filter((s) => !s.cur.length));
    open = open.filter((s) => s.cur.length);
  }
  done.push(...open);
  return done.filter((s) => s.to - s.from + 1 >= min && s.area / (s.to - s.from + 1) <= maxThickness);
}

/** A page's rulings, and the means to take chosen ones out of its image. */
export interface ImageRulings {
  rulings: Ruling[];
  /**
   * The page with the chosen rulings made white: OCR reads a cell's border as "|" glued to its
   * words ("2|", "xây|"), and with the border gone it reads the cell's text alone. Only a table's
   * borders are taken out: an underline under a heading is left, as removing it changed how OCR
   * read the heading.
   */
  without(chosen: (r: Ruling) => boolean): Uint8Array;
}

/**
 * Rulings of a binary PGM page rendered at `dpi`, in page space (points, y up) for a page
 * `pageHeight` points high: the space the OCR's words are placed in.
 */
export function imageRulings(pgm: Uint8Array, dpi: number, pageHeight: number): ImageRulings {
  const { width, height, offset } = rasterOf(pgm, "P5");
  const min = Math.round(MIN_LENGTH * dpi);
  const thick = MAX_THICKNESS * dpi;
  const scale = 72 / dpi;
  const across = strokesOf(height, width, (y, x) => pgm[offset + y * width + x]!, min, thick);
  const down = strokesOf(width, height, (x, y) => pgm[offset + y * width + x]!, min, thick);
  const at = (s: Stroke) => s.weighted / s.area;
  const found = [
    ...across.map((s) => ({
      stroke: s,
      ruling: { dir: "h" as const, at: pageHeight - at(s) * scale, from: s.from * scale, to: s.to * scale },
    })),
    ...down.map((s) => ({
      stroke: s,
      ruling: {
        dir: "v" as const,
        at: at(s) * scale,
        from: pageHeight - s.to * scale,
        to: pageHeight - s.from * scale,
      },
    })),
  ];
  return {
    rulings: found.map((f) => f.ruling),
    without(chosen) {
      // A copy, not Buffer#slice: that would be a view, and whiten the page it was given.
      const out = new Uint8Array(pgm);
      for (const { stroke, ruling } of found) {
        if (!chosen(ruling)) continue;
        for (const r of stroke.runs)
          if (ruling.dir === "h")
            out.fill(255, offset + r.at * width + r.from, offset + r.at * width + r.to + 1);
          else for (let y = r.from; y <= r.to; y++) out[offset + y * width + r.at] = 255;
      }
      return out;
    },
  };
}

/**
 * The tables of a scanned page: grids of at least two columns and two rows. A scan's boxes of one
 * column are stamps ("CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ" over its time), never a table.
 */
export function scanGrids(rulings: Ruling[], glyphs: Glyph[]): Grid[] {
  return gridsOf(rulings, glyphs).filter((g) => g.xs.length >= 3 && g.rows.length >= 2);
}

/** Whether a ruling lies on or inside a table's box (page space), within a point. */
export function bordersOf([x0, y0, x1, y1]: [number, number, number, number], r: Ruling): boolean {
  const [along0, along1, across0, across1] = r.dir === "h" ? [x0, x1, y0, y1] : [y0, y1, x0, x1];
  return r.at >= across0 - 1 && r.at <= across1 + 1 && r.from >= along0 - 1 && r.to <= along1 + 1;
}
