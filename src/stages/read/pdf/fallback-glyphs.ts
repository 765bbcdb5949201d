import { lexicon } from "../ocr/lexicon.js";
import type { Glyph } from "./lines.js";

/** A glyph and the font pdf.js drew it in. */
export interface Placed {
  glyph: Glyph;
  fontName: string;
}

/**
 * Letters drawn in a fallback font over the spaces left for them. A writer whose font lacks
 * Vietnamese letters (LibreOffice exporting a document set in Times New Roman where only a
 * substitute without them is installed) draws each line twice: the main font's run with a space in
 * place of every letter it lacks ("Lu t s" for "Luật số"), then the fallback font's letters at those
 * places, with spaces between them that cover the main run ("ậ", " ", "ố"). Read as they come, the
 * line is "Lu t sậ ố" and the header is not found. Each such letter is put back into the space left
 * for it, and spaces drawn over letters are dropped. Only across fonts: one font's glyphs never
 * stand for another's. Returns the glyphs that are no longer needed and the letters that stand apart
 * from an item that held several; the runs are changed in place.
 */
export function mergeFallbackGlyphs(placed: readonly Placed[]): { dropped: Set<Glyph>; added: Glyph[] } {
  const dropped = new Set<Glyph>();
  const added: Glyph[] = [];
  const fallback = fallbackFonts(placed);
  if (!fallback.size || fallback.size === new Set(placed.map((p) => p.fontName)).size)
    return { dropped, added };
  const rows = new Map<number, Placed[]>();
  for (const p of placed) {
    const key = Math.round(p.glyph.y * 2);
    const row = rows.get(key);
    if (row) row.push(p);
    else rows.set(key, [p]);
  }
  for (const row of rows.values()) {
    if (row.length < 2 || !row.some((p) => fallback.has(p.fontName))) continue;
    const inked = row.filter((p) => p.glyph.str.trim() !== "");
    // A space over another font's letter on the same line holds nothing: the letter is drawn there.
    for (const p of row)
      if (
        p.glyph.str.trim() === "" &&
        inked.some(
          (o) =>
            o.fontName !== p.fontName && overlap(p.glyph, o.glyph) > 0.5 * Math.min(p.glyph.w, o.glyph.w),
        )
      )
        dropped.add(p.glyph);
    // The fallback's letters, one by one: pdf.js joins two of them with the gap between ("ả ạ").
    const overlays = inked
      .filter((p) => fallback.has(p.fontName))
      .flatMap((p) => lettersOf(p).map((glyph) => ({ glyph, of: p })));
    const used = new Set<Glyph>();
    for (const host of inked.filter((p) => !fallback.has(p.fontName))) {
      const mine = overlays
        .filter((o) => !used.has(o.glyph) && inside(o.glyph, host.glyph))
        .map((o) => o.glyph)
        .sort((a, b) => a.x - b.x);
      if (!mine.length || dropped.has(host.glyph)) continue;
      for (const o of fillPlaceholders(host.glyph, mine)) used.add(o);
    }
    // An item whose letters went into runs goes; those of its letters that found no run stay apart.
    for (const p of inked) {
      const parts = overlays.filter((o) => o.of === p);
      if (!parts.some((o) => used.has(o.glyph))) continue;
      dropped.add(p.glyph);
      if (parts.length > 1) added.push(...parts.filter((o) => !used.has(o.glyph)).map((o) => o.glyph));
    }
  }
  return { dropped, added };
}

/**
 * The fonts that draw the letters another lacks: most of their items (three in five) are letters one or two
 * apart (a word of their own now and then: "Ộ CHÍNH"). The page's other fonts print words.
 */
function fallbackFonts(placed: readonly Placed[]): Set<string> {
  const items = new Map<string, { letters: number; all: number }>();
  for (const p of placed) {
    const str = p.glyph.str;
    if (!str.trim()) continue;
    const n = items.get(p.fontName) ?? { letters: 0, all: 0 };
    n.all++;
    // Only Vietnamese letters are missing from a font (ASCII never is): "1.", "a)" or "I" in a font
    // of their own are labels, and most pages stop here.
    if (str.length <= 24 && NOT_ASCII.test(str) && isLetters(str)) n.letters++;
    items.set(p.fontName, n);
  }
  return new Set([...items].filter(([, n]) => n.letters >= 2 && n.letters >= 0.6 * n.all).map(([f]) => f));
}

const NOT_ASCII = /[^\p{ASCII}]/u;

/** One or two letters, or several such apart ("ậ", "ườ", "ả ạ"). */
function isLetters(str: string): boolean {
  return SHORT_PIECES.test(str.normalize("NFC"));
}

const SHORT_PIECES = /^\s*\S{1,2}(?:\s+\S{1,2})*\s*$/u;

/**
 * The letters an item may hold for runs of another font: itself when it is one or two letters, each
 * of its pieces when they are such letters apart ("ả ạ": the first at the item's start, the last at
 * its end, any between spread evenly); none otherwise.
 */
function lettersOf({ glyph }: Placed): Glyph[] {
  if (!isLetters(glyph.str)) return [];
  const pieces = glyph.str.trim().normalize("NFC").split(/\s+/u);
  if (pieces.length === 1) return [glyph];
  const widths = pieces.map((p) => ([...p].reduce((a, c) => a + advance(c), 0) * glyph.size) / 1000);
  const last = glyph.x + glyph.w - widths.at(-1)!;
  return pieces.map((str, k) => ({
    ...glyph,
    str,
    x: glyph.x + ((last - glyph.x) * k) / (pieces.length - 1),
    w: widths[k]!,
  }));
}

function overlap(a: Glyph, b: Glyph): number {
  return Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
}

/** The letter starts inside the run, past its first letter and before its last. */
function inside(o: Glyph, h: Glyph): boolean {
  const step = h.w / Math.max(1, h.str.length);
  return h.str.length >= 3 && o.x > h.x + 0.5 * step && o.x + o.w < h.x + h.w + 0.5 * step;
}

/**
 * Puts each letter (left to right) into the run's space nearest where it stands, and returns the
 * letters placed. A place in the run is estimated from a serif face's advance widths, scaled to the
 * run's width, each space already given a letter counted at that letter's width: a space left for a
 * letter is as wide as the letter, an ordinary one a quarter of the type size. A letter with no space
 * within two characters of where it stands is left alone (it is no fallback).
 */
function fillPlaceholders(host: Glyph, letters: readonly Glyph[]): Glyph[] {
  const chars = [...host.str];
  const units = chars.map(advance);
  const spaces = chars.filter((c) => c === " ").length;
  if (spaces < letters.length) return [];
  // The run's width in units once every letter has its space: the scale from units to page space.
  const letterUnits = (g: Glyph) => (g.w / g.size) * 1000;
  const total = units.reduce((a, u) => a + u, 0) + letters.reduce((a, g) => a + letterUnits(g) - SPACE, 0);
  const scale = host.w / total;
  const average = host.w / chars.length;
  const placed: Glyph[] = [];
  let from = 0;
  for (const letter of letters) {
    const str = letter.str.trim();
    let best: { cost: number; word: PlacedWord } | null = null;
    let x = host.x;
    for (let i = 0; i < chars.length; i++) {
      if (i >= from && chars[i] === " " && Math.abs(x - letter.x) <= 2 * average) {
        const word = wordWith(chars, i, str);
        // A letter left out stands after another more often than at a word's start ("th ị" ⏎
        // "trường"), and where it makes a syllable: either makes a space a little further.
        const cost =
          Math.abs(x - letter.x) +
          (i === 0 || chars[i - 1] === " " ? 0.5 * average : 0) +
          (word.syllable ? 0 : average);
        if (!best || cost < best.cost) best = { cost, word };
      }
      x += units[i]! * scale;
    }
    if (!best) continue;
    const { start, end, text, letterAt } = best.word;
    chars.splice(start, end - start, ...text);
    units.splice(start, end - start, ...[...text].map(advance));
    units[start + letterAt] = letterUnits(letter);
    from = start + letterAt + 1;
    placed.push(letter);
  }
  host.str = chars.join("");
  return placed;
}

interface PlacedWord {
  /** The word's place in the run, the space the letter takes included. */
  start: number;
  end: number;
  /** The word with the letter, parted by spaces where that makes the letter's piece a syllable. */
  text: string;
  /** Where the letter is in `text`. */
  letterAt: number;
  /** Whether the letter's piece is a syllable. */
  syllable: boolean;
}

/**
 * The word the letter makes put at `at`: whole when it is a syllable, else parted before or after
 * the letter (or both) where the letter's piece is one, for the space left for a letter may have held
 * a word's space too ("Ph l c" for "Phụ lục"); whole again when no parting is.
 */
function wordWith(chars: readonly string[], at: number, letter: string): PlacedWord {
  let start = at;
  while (start > 0 && chars[start - 1] !== " ") start--;
  let end = at + 1;
  while (end < chars.length && chars[end] !== " ") end++;
  const before = chars.slice(start, at).join("");
  const after = chars.slice(at + 1, end).join("");
  const word = (left: string, right: string, syllable: boolean): PlacedWord => ({
    start,
    end,
    text: left + letter + right,
    letterAt: left.length,
    syllable,
  });
  if (syllableIn(before + letter + after)) return word(before, after, true);
  if (before && after && syllableIn(before + letter)) return word(before, ` ${after}`, true);
  if (before && after && syllableIn(letter + after)) return word(`${before} `, after, true);
  if (before && after && syllableIn(letter)) return word(`${before} `, ` ${after}`, true);
  return word(before, after, false);
}

/**
 * A word, the marks around it left out ("(Kèm", "phủ),"), is a syllable the dictionary knows: its
 * shape alone would let "nghịc" pass where "nghị" ⏎ "của" was meant.
 */
function syllableIn(word: string): boolean {
  return lexicon().syllables.has(
    word
      .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "")
      .normalize("NFC")
      .toLowerCase(),
  );
}

const SPACE = 250;

/**
 * Advance widths of a serif face (Times' metrics, in thousandths of the type size), by letter
 * class; a Vietnamese letter takes its base letter's width.
 */
function advance(c: string): number {
  if (c === " ") return SPACE;
  const base = c.normalize("NFD")[0]!;
  if (base === "đ") return 500;
  if (base === "Đ") return 722;
  if (/[ijlt]/.test(base)) return 278;
  if (/[frI]/.test(base)) return 333;
  if (/[s]/.test(base)) return 389;
  if (/[aceJz]/.test(base)) return 444;
  if (/[mM]/.test(base)) return 800;
  if (/[wW]/.test(base)) return base === "w" ? 722 : 944;
  if (/[A-Z]/.test(base)) return /[EFLPSTZ]/.test(base) ? 600 : 700;
  if (/[a-z0-9]/.test(base)) return 500;
  if (/[.,:;]/.test(base)) return 260;
  if (/[-()/]/.test(base)) return 320;
  return 500;
}
