import { normalizeText } from "../../../text/normalize.js";
import { joinLetterSpaced } from "../../../text/letter-spacing.js";
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
  /** Letters printed apart ("Q U Y Ế T Đ Ị N H"): their words are found again (letter-spacing.ts). */
  spaced?: boolean;
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

/**
 * A date left blank to be filled in by hand ("Lào Cai, ngày      tháng      năm 2026"): the gaps
 * after "ngày" and "tháng" are the blanks, not a column's edge.
 */
function dateBlank(before: Glyph, after: Glyph): boolean {
  return (
    /(?:^|\s)(?:ngày|tháng)[\s.…_]*$/iu.test(before.str) && /^\s*(?:tháng|năm)(?!\p{L})/iu.test(after.str)
  );
}

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
        if (visible && g.x - (visible.x + visible.w) > COLUMN_GAP * size && !dateBlank(visible, g)) {
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

/**
 * The items of letter-spaced runs: the spaced items, and a lone character or white space between two
 * of them (a letter another font printed, "T H Ủ T" "−" "Ớ N G"), which belongs to the run.
 */
function spacedRuns(items: Glyph[]): boolean[] | null {
  if (!items.some((g) => g.spaced)) return null;
  const inRun = items.map((g) => g.spaced === true);
  const visible = items.flatMap((g, i) => (g.str.trim() ? [i] : []));
  for (let v = 0; v < visible.length; v++) {
    const i = visible[v]!;
    const [before, after] = [visible[v - 1], visible[v + 1]];
    if (!inRun[i] && items[i]!.str.trim().length === 1 && before !== undefined && after !== undefined)
      inRun[i] = items[before]!.spaced === true && items[after]!.spaced === true;
  }
  // White space between two members is a letter gap, not a word's.
  for (let v = 1; v < visible.length; v++)
    if (inRun[visible[v - 1]!] && inRun[visible[v]!])
      for (let i = visible[v - 1]! + 1; i < visible[v]!; i++) inRun[i] = true;
  return inRun;
}

function build(items: Glyph[], size: number, base: number, column: number): PdfLine | null {
  let text = "";
  const refs: { label: string; offset: number }[] = [];
  let prevEnd: number | null = null;
  let prevWord = false;
  const inRun = spacedRuns(items);
  for (let i = 0; i < items.length; i++) {
    let g = items[i]!;
    if (inRun?.[i]) {
      // The run read as one item: its letters joined and its words found again.
      let k = i;
      while (k + 1 < items.length && inRun[k + 1]) k++;
      const run = items.slice(i, k + 1);
      const str = joinLetterSpaced(
        run
          .map((r) => r.str.trim())
          .filter(Boolean)
          .join(" "),
      );
      const last = run[run.length - 1]!;
      g = { ...g, str, w: last.x + last.w - g.x };
      i = k;
    }
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
