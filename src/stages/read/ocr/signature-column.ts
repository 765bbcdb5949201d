import { foldKey } from "../../../text/fold.js";
import { personName } from "../../../text/formulas.js";
import { type Glyph, linesOf } from "../pdf/lines.js";

/**
 * The signature beside "Nơi nhận". Read with the whole page, tesseract may drop the signature's
 * column or run it into the recipients' lines, and the signer's name is lost ("_ #sàng Văn Thuân").
 * Cut out on its own (the page's right part, from a little above "Nơi nhận" to the foot) and read as
 * one block, it is read. The second reading replaces the first only where it gives a name the first
 * did not: an unsigned copy keeps what the page's reading gave.
 */

/** Page-space box: x0, y0 (bottom), x1, y1 (top). */
export type Box = [number, number, number, number];

/** Where the right column starts, as a share of the page's width; "Nơi nhận" stands left of it. */
const COLUMN = 0.45;
/** A capacity may stand this many lines above "Nơi nhận". */
const LINES_ABOVE = 3;

/** The box right of "Nơi nhận" down to the foot of the page, or null when the page has no list. */
export function signatureColumn(glyphs: readonly Glyph[], pageWidth: number): Box | null {
  for (let i = 0; i + 1 < glyphs.length; i++) {
    const [a, b] = [glyphs[i]!, glyphs[i + 1]!];
    if (a.x < pageWidth * COLUMN && foldKey(a.str) === "noi" && /^nhan\b/.test(foldKey(b.str)))
      return [pageWidth * COLUMN, 0, pageWidth, a.y + a.size * LINES_ABOVE];
  }
  return null;
}

export const inBox = (g: Glyph, [x0, y0, x1, y1]: Box): boolean => {
  const cx = g.x + g.w / 2;
  return cx >= x0 && cx <= x1 && g.y >= y0 && g.y <= y1;
};

/** Whether some line of the words is a person's name. */
export function holdsName(glyphs: Glyph[]): boolean {
  return linesOf(glyphs).some((l) => personName(l.text) !== null);
}

/** The page's words with the column's second reading in place of the first, when only it names someone. */
export function withColumnReread(glyphs: Glyph[], again: Glyph[], box: Box): Glyph[] | null {
  if (holdsName(glyphs.filter((g) => inBox(g, box))) || !holdsName(again)) return null;
  return [...glyphs.filter((g) => !inBox(g, box)), ...again.filter((g) => inBox(g, box))];
}
