import type { Glyph } from "./lines.js";
import type { OperatorList } from "./rulings.js";

/** The operators a stamped field's appearance is read with. */
export interface StampOps {
  beginAnnotation: number;
  endAnnotation: number;
  setTextMatrix: number;
  moveText: number;
  setFont: number;
  showText: number;
  showSpacedText: number;
}

/** A field's text this long at most is a stamped number or date; longer is a signer's details box. */
const MAX_STAMP = 40;
/** Spaces this many in a row part the field's text into pieces set apart on the line. */
const PIECE_GAP = /^\s{3,}$/;

interface Field {
  /** The field's origin on the page, the text position inside it, the font size. */
  x: number;
  y: number;
  tx: number;
  ty: number;
  size: number;
  text: string;
  /** Each character's advance, in thousandths of the font size. */
  widths: number[];
  /** Where the text starts on the page. */
  at: number;
  base: number;
}

/**
 * Text a signing tool stamps into fields after the document was made: the number and the day on a
 * signed copy ("Số: [2858] /QĐ-UBND", "ngày [10] tháng [6]"). pdf.js leaves field appearances out of
 * the page's text but draws them in its operator list: their glyphs are read there and placed at the
 * field's position, so they join the line they were stamped on.
 */
export function stampedGlyphs(list: OperatorList, OPS: StampOps): Glyph[] {
  const out: Glyph[] = [];
  let field: Field | null = null;
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.beginAnnotation) {
      const m = args[2] as ArrayLike<number>;
      field = { x: m[4]!, y: m[5]!, tx: 0, ty: 0, size: 10, text: "", widths: [], at: m[4]!, base: m[5]! };
    } else if (fn === OPS.endAnnotation) {
      if (field) out.push(...pieces(field));
      field = null;
    } else if (field) read(field, fn, args, OPS);
  });
  return out;
}

function read(field: Field, fn: number, args: unknown[], OPS: StampOps): void {
  if (fn === OPS.setTextMatrix) {
    // pdf.js passes the matrix as one argument (an array-like of six numbers).
    const m = (typeof args[0] === "object" ? args[0] : args) as ArrayLike<number>;
    [field.tx, field.ty] = [Number(m[4]), Number(m[5])];
  } else if (fn === OPS.moveText) {
    field.tx += args[0] as number;
    field.ty += args[1] as number;
  } else if (fn === OPS.setFont) field.size = (args[1] as number) || field.size;
  else if (fn === OPS.showText || fn === OPS.showSpacedText) {
    if (!field.text) [field.at, field.base] = [field.x + field.tx, field.y + field.ty];
    for (const g of args[0] as unknown[]) {
      if (!g || typeof g !== "object" || !("unicode" in g)) continue;
      const glyph = g as { unicode: string; width?: number };
      field.text += glyph.unicode;
      const chars = [...glyph.unicode];
      field.widths.push(...chars.map(() => (glyph.width ?? 500) / chars.length));
    }
  }
}

/** The field's text cut at wide runs of spaces, each piece at its own place on the line. */
function pieces(field: Field): Glyph[] {
  const { text, size, widths } = field;
  if (!text.trim() || text.trim().length > MAX_STAMP) return [];
  const advance = (from: number, to: number) =>
    widths.slice(from, to).reduce((sum, w) => sum + (w * size) / 1000, 0);
  const out: Glyph[] = [];
  let from = 0;
  for (const piece of text.split(/(\s{3,})/)) {
    const to = from + piece.length;
    if (piece.trim() && !PIECE_GAP.test(piece))
      out.push({
        str: piece.trim(),
        x: field.at + advance(0, from),
        y: field.base,
        w: advance(from, to),
        size,
        bold: false,
      });
    from = to;
  }
  return out;
}
