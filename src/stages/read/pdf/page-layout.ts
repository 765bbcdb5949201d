import { isStampOnly } from "./stamp.js";
import { alignedGrids, gridsOf, type Grid } from "./grid.js";
import { openAtFoot, twoColumnGrids, type TwoColumns } from "./two-column-tables.js";
import { linesOf, type Glyph, type PdfLine } from "./lines.js";
import type { Ruling } from "./rulings.js";
import { isGarbage, isUnaccented } from "./text-layer.js";

/**
 * A page's layout: its glyphs made into lines and grids. It runs in the converter's thread, page by
 * page as the page thread (pages.ts) sends what pdf.js drew, so the layout of one page overlaps
 * pdf.js's reading of the next; in the page thread it was a tenth of reading a document.
 */

export interface PdfNote {
  rule: string;
  message: string;
  page: number;
  severity: "info" | "warning";
}

/** What the page thread gives of one page: its glyphs and ruled lines, before any layout. */
export interface PageDrawing {
  n: number;
  width: number;
  height: number;
  glyphs: Glyph[];
  rulings: Ruling[];
  /** Legacy Vietnamese font encodings met on the page. */
  legacy: string[];
}

/** A table found on a page: its rows and box (which glyphs it took is left on the page). */
export type PageGrid = Omit<Grid, "used">;

export interface Page {
  n: number;
  height: number;
  lines: PdfLine[];
  grids: PageGrid[];
  /** Set when the page has no text a reader could use (a scan). */
  noText: boolean;
  /** The text layer is there but unreadable: a font without a usable character map. */
  garbage: boolean;
  /**
   * The text layer reads as Vietnamese without its diacritics ("CQNG HOA XA HQI", "Thdnh ph6"): the
   * invisible layer a scanner's OCR for Latin scripts laid over the image. Read again when OCR can.
   */
  unaccented: boolean;
  /** Legacy Vietnamese font encodings met on the page. */
  legacy: string[];
  /** The top of the footnote area: a short rule above the bottom lines, outside any table. */
  noteRule: number | null;
  /** A two-column table without borders runs to the page's foot, and may go on on the next. */
  twoColumnsOpen: TwoColumns | null;
}

/**
 * Rules that may be a footnote separator, by their own shape: horizontal, shorter than two fifths of
 * the page, above its bottom margin. Where the page's text and tables are known, the separator is
 * the lowest of them that starts at the left margin, outside any table, with text under it.
 */
export function noteRuleCandidates(rulings: readonly Ruling[], width: number, height: number): Ruling[] {
  return rulings.filter((r) => r.dir === "h" && r.to - r.from < width * 0.4 && r.at < height * 0.85);
}

export function layoutPage(
  { n, width, height, glyphs, rulings, legacy }: PageDrawing,
  /** The page before ended in a two-column table without borders, which may go on at this page's top. */
  openBefore: TwoColumns | null,
): Page {
  // Top to bottom: the first grid of a page is the one a table from the page before continues into.
  const grids = gridsOf(rulings, glyphs).sort((a, b) => b.box[3] - a.box[3]);
  const used = new Set(grids.flatMap((g) => [...g.used]));
  // Tables without borders: three or more columns that keep their places over several lines, or
  // two under a bold header of two cells.
  const aligned = alignedGrids(linesOf(glyphs.filter((g) => !used.has(g))));
  const paired = twoColumnGrids(aligned.rest, width, openBefore);
  const lines = paired.rest;
  if (aligned.grids.length || paired.grids.length) {
    grids.push(...aligned.grids, ...paired.grids);
    grids.sort((a, b) => b.box[3] - a.box[3]);
  }
  const inGrid = (y: number) => grids.some((g) => y >= g.box[1] - 2 && y <= g.box[3] + 2);
  // The footnote separator: a short rule at the left margin (the rule under a centred motto is not), outside tables.
  const leftEdge = Math.min(...lines.map((l) => l.x0));
  const rule = noteRuleCandidates(rulings, width, height)
    .filter((r) => r.from <= leftEdge + 5 && !inGrid(r.at))
    .sort((a, b) => b.at - a.at)[0];
  // The page's text, its glyphs apart by a space: what the checks of a usable text layer read.
  const spaced = glyphs.map((g) => g.str).join(" ");
  return {
    n,
    height,
    // A line's glyphs served the grids above; a long document's pages are kept without them until
    // it is read (they were most of a page's memory).
    lines: lines.map((l) => ({ ...l, glyphs: [] })),
    // Which glyphs a grid took matters only here.
    grids: grids.map(({ used: _used, ...g }) => g),
    legacy,
    noText: !glyphs.some((g) => /\p{L}{2}/u.test(g.str)) || isStampOnly(spaced),
    garbage: isGarbage(spaced),
    unaccented: isUnaccented(spaced),
    noteRule: rule && lines.some((l) => l.y < rule.at) ? rule.at : null,
    twoColumnsOpen: openAtFoot(grids.at(-1), lines),
  };
}
