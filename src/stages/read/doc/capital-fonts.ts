import { legacyFontEncoding } from "../../../text/tcvn3.js";
import { characterRuns, eachSprm, inherited, paragraphs, styleSheet } from "./word-tables.js";

/*
 * word-extractor reads a Word 97–2003 file's text but not its fonts, and a TCVN3 capital font
 * (.VnTimeH) prints capitals from the codes of small letters: a title typed in it came out in small
 * letters ("chương i", "tm. ủy ban …"). Two tables tell which text is set in one: the font table
 * (SttbfFfn) and the character runs (PlcfBteChpx → CHPX pages). A run that names no font takes its
 * paragraph style's (the style sheet, STSH); character styles are not read. word-body.ts hands the
 * characters of those runs through capitalOf before the library builds the text.
 */

/** The font table's names, by index (MS-DOC 2.9.283: a count, then each FFN after its length byte). */
function fontNames(word: Buffer, table: Buffer): string[] {
  const fc = word.readUInt32LE(0x112);
  const lcb = word.readUInt32LE(0x116);
  if (lcb < 4 || fc + lcb > table.length) return [];
  const ffn = table.subarray(fc, fc + lcb);
  const names: string[] = [];
  let p = 4;
  for (let i = 0; i < ffn.readUInt16LE(0) && p < ffn.length; i++) {
    const entry = ffn.subarray(p + 1, p + 1 + ffn[p]!);
    let name = "";
    // The name follows the fixed part (flags, weight, charset, alternate index, PANOSE, signature).
    for (let k = 39; k + 1 < entry.length; k += 2) {
      const ch = entry.readUInt16LE(k);
      if (!ch) break;
      name += String.fromCharCode(ch);
    }
    names.push(name);
    p += 1 + ffn[p]!;
  }
  return names;
}

/** sprmCRgFtc0, sprmCRgFtc2: the font of ASCII text and of other text. */
const FONT_SPRMS = new Set([0x4a4f, 0x4a51]);

/** The font a list of sprms sets, or null. */
function fontOf(grpprl: Buffer): number | null {
  let font: number | null = null;
  eachSprm(grpprl, (sprm, at) => {
    if (!FONT_SPRMS.has(sprm) || at + 2 > grpprl.length) return false;
    font = grpprl.readUInt16LE(at);
    return true;
  });
  return font;
}

/** The paragraph styles whose font is a capital one, set by the style or the styles it is based on. */
function capitalStyles(word: Buffer, table: Buffer, capital: Set<number>): Set<number> {
  const { styles, defaultFont } = styleSheet(word, table);
  const found = new Set<number>();
  for (const istd of styles.keys()) {
    const font = inherited(styles, istd, (s) => (s.character ? fontOf(s.character) : null)) ?? defaultFont;
    if (capital.has(font)) found.add(istd);
  }
  return found;
}

/** The file-position ranges of paragraphs set in a capital style. */
function capitalParagraphs(word: Buffer, table: Buffer, styles: Set<number>): [number, number][] {
  if (!styles.size) return [];
  return paragraphs(word, table).flatMap(({ from, to, istd }) => (styles.has(istd) ? [[from, to]] : []));
}

/**
 * File-position ranges of the text set in a TCVN3 capital font: runs that name one, and runs that
 * name no font inside a paragraph whose style has one ("Heading 1" in .VnTimeH).
 */
export function capitalRanges(word: Buffer, table: Buffer): [number, number][] {
  const names = fontNames(word, table);
  const capital = new Set(names.flatMap((n, i) => (legacyFontEncoding(n) === "tcvn3-upper" ? [i] : [])));
  if (!capital.size) return [];
  const styled = capitalParagraphs(word, table, capitalStyles(word, table, capital));
  const ranges: [number, number][] = [];
  for (const { from, to, grpprl } of characterRuns(word, table)) {
    const font = fontOf(grpprl);
    if (font !== null) {
      if (capital.has(font)) ranges.push([from, to]);
      continue;
    }
    for (const [a, b] of styled) if (a < to && b > from) ranges.push([Math.max(a, from), Math.min(b, to)]);
  }
  return ranges;
}
