import { normalizeText } from "../../../text/normalize.js";
import { joinSplitSyllables } from "../../../text/syllables.js";

/**
 * Text items of a PDF page → lines. Items are fragments (a word, a syllable, sometimes half of one):
 * a line is the items that share a baseline; words are told apart by the gap between items, since
 * producers rarely write the spaces; a gap several characters wide splits the line into side-by-side
 * segments (the issuer beside the national motto, nơi nhận beside the signature).
 */
export interface Glyph {
  str: string;
  /** Left, baseline (page space, y up), width; size is the font size in page units. */
  x: number;
  y: number;
  w: number;
  size: number;
  bold: boolean;
  /** A whole word (OCR reads words): apart from the next one however close tesseract boxed them. */
  word?: boolean;
}

export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  /** Baseline and font size (the line's most common). */
  y: number;
  size: number;
  bold: boolean;
  /** Footnote markers printed as superscripts: label and offset in `text`. */
  refs: { label: string; offset: number }[];
  /** Index of the side-by-side segment on its baseline (0 when alone). */
  column: number;
  glyphs: Glyph[];
}

/** A gap this many font sizes wide between two items is a space. */
const SPACE_GAP = 0.18;
/** A gap this many font sizes wide separates side-by-side columns. */
const COLUMN_GAP = 2;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * Items sharing a baseline, top to bottom. Full-size items make the lines; small ones (superscript
 * markers, subscripts) then join the line whose baseline they sit just above or below.
 */
function byBaseline(glyphs: Glyph[]): Glyph[][] {
  const items = glyphs.filter((g) => g.str !== "");
  const typical = median(items.filter((g) => g.str.trim()).map((g) => g.size));
  const small = (g: Glyph) => g.size < 0.8 * typical;
  const rows: { y: number; size: number; items: Glyph[] }[] = [];
  const place = (g: Glyph, attach: boolean) => {
    const row =
      rows.find((r) => Math.abs(r.y - g.y) <= 0.35 * Math.max(r.size, g.size)) ??
      (attach ? rows.find((r) => g.y - r.y > 0 && g.y - r.y < 0.7 * r.size) : undefined);
    if (row) row.items.push(g);
    else rows.push({ y: g.y, size: g.size, items: [g] });
  };
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  for (const g of sorted) if (!small(g)) place(g, false);
  for (const g of sorted) if (small(g)) place(g, true);
  return rows.sort((a, b) => b.y - a.y).map((r) => r.items.sort((a, b) => a.x - b.x));
}

export function linesOf(glyphs: Glyph[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (const items of byBaseline(glyphs)) {
    const size = median(items.filter((g) => g.str.trim()).map((g) => g.size)) || items[0]!.size;
    const base = median(items.filter((g) => g.size >= 0.8 * size).map((g) => g.y));
    let segment: Glyph[] = [];
    let column = 0;
    const flush = (): void => {
      const line = build(segment, size, base, column);
      if (line) {
        out.push(line);
        column++;
      }
      segment = [];
    };
    let visible: Glyph | null = null;
    for (const g of items) {
      // pdf.js gives a wide gap as an item of white space: the gap is measured between visible items.
      if (g.str.trim()) {
        if (visible && g.x - (visible.x + visible.w) > COLUMN_GAP * size) {
          // The white space before the gap belongs to neither side.
          while (segment.length && !segment.at(-1)!.str.trim()) segment.pop();
          flush();
        }
        visible = g;
      }
      segment.push(g);
    }
    flush();
    // A line alone on its baseline is no column.
    const last = out.filter((l) => l.y === base);
    if (last.length === 1) last[0]!.column = 0;
  }
  return out;
}

function build(items: Glyph[], size: number, base: number, column: number): PdfLine | null {
  let text = "";
  const refs: { label: string; offset: number }[] = [];
  let prevEnd: number | null = null;
  let prevWord = false;
  for (const g of items) {
    const superscript = g.size < 0.8 * size && g.y - base > 0.2 * size;
    if (superscript && /^\d{1,3}$/.test(g.str.trim())) {
      refs.push({ label: g.str.trim(), offset: text.trimEnd().length });
      prevEnd = g.x + g.w;
      continue;
    }
    if (
      prevEnd !== null &&
      (g.x - prevEnd > SPACE_GAP * size || prevWord) &&
      !text.endsWith(" ") &&
      !g.str.startsWith(" ")
    )
      text += " ";
    text += g.str;
    prevEnd = g.x + g.w;
    prevWord = g.word === true;
  }
  // Decomposed text: cut syllables joined, and the space a mark's step back makes before punctuation ("Á .") dropped.
  const composed = /\p{M}/u.test(text)
    ? joinSplitSyllables(text.normalize("NFC")).replace(/(?<=[^\p{ASCII}])\s+(?=[.,;:)”"](?:\s|$))/gu, "")
    : text;
  const clean = normalizeText(composed).replace(/\s+/g, " ");
  const trimmed = clean.trim();
  if (!trimmed) return null;
  const lead = clean.length - clean.trimStart().length;
  const visible = items.filter((g) => g.str.trim());
  return {
    text: trimmed,
    x0: Math.min(...items.map((g) => g.x)),
    x1: Math.max(...items.map((g) => g.x + g.w)),
    y: base,
    size,
    bold: visible.length > 0 && visible.every((g) => g.bold),
    refs: refs.map((r) => ({ ...r, offset: Math.max(0, Math.min(trimmed.length, r.offset - lead)) })),
    column,
    glyphs: items,
  };
}
