import { createRequire } from "node:module";
import { legacyFontEncoding } from "../../../text/tcvn3.js";
import { capitalOf } from "../capital-runs.js";

/**
 * word-extractor reads a Word 97–2003 file's text but not its fonts, and a TCVN3 capital font
 * (.VnTimeH) prints capitals from the codes of small letters: a title typed in it came out in small
 * letters ("chương i", "tm. ủy ban …"). This extends the library's extractor (word-extractor 1.0.4,
 * pinned: it reaches into the library's own classes) with the two tables that tell: the font table
 * (SttbfFfn) and the character runs (PlcfBteChpx → CHPX pages), and hands the characters of each run
 * set in a capital font through capitalOf before the library builds the text. A run that names no
 * font takes its paragraph style's (the style sheet, STSH); character styles are not read.
 */
interface Piece {
  startFilePos: number;
  endFilePos: number;
  bpc: number;
  text: string;
}

interface OleExtractor {
  _pieces: Piece[];
  extract(reader: unknown): Promise<{ getBody(): string }>;
  writeCharacterProperties(buffer: Buffer, table: Buffer): void;
  buildDocument(): unknown;
}

const require = createRequire(import.meta.url);

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

/** Operand length of a sprm, by its size code (MS-DOC 2.6.1); -1 for the length-prefixed kind. */
const OPERAND = [1, 1, 2, 4, 2, 2, -1, 3];
/** sprmCRgFtc0, sprmCRgFtc2: the font of ASCII text and of other text. */
const FONT_SPRMS = new Set([0x4a4f, 0x4a51]);

/** The font a list of sprms sets, or null. */
function fontOf(grpprl: Buffer): number | null {
  for (let o = 0; o + 2 <= grpprl.length;) {
    const sprm = grpprl.readUInt16LE(o);
    o += 2;
    if (FONT_SPRMS.has(sprm) && o + 2 <= grpprl.length) return grpprl.readUInt16LE(o);
    const size = OPERAND[sprm >> 13]!;
    o += size < 0 ? grpprl[o]! + 1 : size;
  }
  return null;
}

/**
 * The paragraph styles whose font is a capital one, the font a style sets itself or takes from the
 * style it is based on (MS-DOC 2.9.271: STSH, each STD's name and its property groups).
 */
function capitalStyles(word: Buffer, table: Buffer, capital: Set<number>): Set<number> {
  const fc = word.readUInt32LE(0xa2);
  const lcb = word.readUInt32LE(0xa6);
  const styles = new Set<number>();
  if (lcb < 20 || fc + lcb > table.length) return styles;
  const stsh = table.subarray(fc, fc + lcb);
  const header = stsh.readUInt16LE(0);
  const count = stsh.readUInt16LE(2);
  const baseSize = stsh.readUInt16LE(4);
  const fallback = stsh.readUInt16LE(2 + 12);
  const own = new Map<number, { base: number; font: number | null }>();
  let p = 2 + header;
  for (let istd = 0; istd < count && p + 2 <= stsh.length; istd++) {
    const size = stsh.readUInt16LE(p);
    const std = stsh.subarray(p + 2, p + 2 + size);
    p += 2 + size;
    if (size < baseSize + 2) continue;
    const kind = std.readUInt16LE(2) & 0xf;
    const groups = std.readUInt16LE(4) & 0xf;
    let o = baseSize + 2 + std.readUInt16LE(baseSize) * 2 + 2;
    let font: number | null = null;
    // A paragraph style's second group is its character properties; a character style's first.
    for (let u = 0; u < groups && o + 2 <= std.length; u++) {
      if (o % 2) o++;
      const length = std.readUInt16LE(o);
      if ((kind === 1 && u === 1) || (kind === 2 && u === 0))
        font = fontOf(std.subarray(o + 2, o + 2 + length));
      o += 2 + length;
    }
    own.set(istd, { base: std.readUInt16LE(2) >> 4, font });
  }
  const resolve = (istd: number, depth = 0): number => {
    const style = own.get(istd);
    if (!style || depth > 10) return fallback;
    return style.font ?? (style.base === 0xfff ? fallback : resolve(style.base, depth + 1));
  };
  for (const istd of own.keys()) if (capital.has(resolve(istd))) styles.add(istd);
  return styles;
}

/** The file-position ranges of paragraphs set in a capital style. */
function capitalParagraphs(word: Buffer, table: Buffer, styles: Set<number>): [number, number][] {
  const ranges: [number, number][] = [];
  if (!styles.size) return ranges;
  for (const page of fkpPages(word, table, 0x102)) {
    const runs = page[511]!;
    for (let j = 0; j < runs; j++) {
      const at = page[(runs + 1) * 4 + j * 13]! * 2;
      if (!at) continue;
      const istd = page[at] ? page.readUInt16LE(at + 1) : page.readUInt16LE(at + 2);
      if (styles.has(istd)) ranges.push([page.readUInt32LE(j * 4), page.readUInt32LE(j * 4 + 4)]);
    }
  }
  return ranges;
}

/** The 512-byte property pages a bin table lists (PlcfBteChpx at 0xFA, PlcfBtePapx at 0x102). */
function fkpPages(word: Buffer, table: Buffer, at: number): Buffer[] {
  const fc = word.readUInt32LE(at);
  const lcb = word.readUInt32LE(at + 4);
  if (lcb < 12 || fc + lcb > table.length) return [];
  const plc = table.subarray(fc, fc + lcb);
  const count = (lcb - 4) / 8;
  const pages: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const pn = plc.readUInt32LE((count + 1) * 4 + i * 4);
    if ((pn + 1) * 512 <= word.length) pages.push(word.subarray(pn * 512, pn * 512 + 512));
  }
  return pages;
}

/**
 * File-position ranges of the text set in a TCVN3 capital font: runs that name one, and runs that
 * name no font inside a paragraph whose style has one ("Heading 1" in .VnTimeH).
 */
export function capitalRanges(word: Buffer, table: Buffer): [number, number][] {
  const names = fontNames(word, table);
  const capital = new Set(names.flatMap((n, i) => (legacyFontEncoding(n) === "tcvn3-upper" ? [i] : [])));
  if (!capital.size) return [];
  const paragraphs = capitalParagraphs(word, table, capitalStyles(word, table, capital));
  const ranges: [number, number][] = [];
  for (const page of fkpPages(word, table, 0xfa)) {
    const runs = page[511]!;
    for (let j = 0; j < runs; j++) {
      const [from, to] = [page.readUInt32LE(j * 4), page.readUInt32LE(j * 4 + 4)];
      const offset = page[(runs + 1) * 4 + j]! * 2;
      const font = offset ? fontOf(page.subarray(offset + 1, offset + 1 + page[offset]!)) : null;
      if (font !== null) {
        if (capital.has(font)) ranges.push([from, to]);
        continue;
      }
      for (const [a, b] of paragraphs)
        if (a < to && b > from) ranges.push([Math.max(a, from), Math.min(b, to)]);
    }
  }
  return ranges;
}

/** The characters of `pieces` that lie in [from, to) of the file, each through `map`. */
function mapRange(pieces: Piece[], from: number, to: number, map: (ch: string) => string): void {
  for (const piece of pieces) {
    const a = Math.max(from, piece.startFilePos);
    const b = Math.min(to, piece.endFilePos);
    if (a >= b) continue;
    const i = (a - piece.startFilePos) / piece.bpc;
    const j = (b - piece.startFilePos) / piece.bpc;
    piece.text = piece.text.slice(0, i) + [...piece.text.slice(i, j)].map(map).join("") + piece.text.slice(j);
  }
}

let extractorClass: (new () => OleExtractor) | null = null;

/** The library's extractor with capital-font runs read (made once, on first use). */
function capitalAwareExtractor(): new () => OleExtractor {
  if (extractorClass) return extractorClass;
  const Base = require("word-extractor/lib/word-ole-extractor.js") as new () => OleExtractor;
  class CapitalAware extends Base {
    private capitals: [number, number][] = [];
    override writeCharacterProperties(buffer: Buffer, table: Buffer): void {
      super.writeCharacterProperties(buffer, table);
      this.capitals = capitalRanges(buffer, table);
    }
    override buildDocument(): unknown {
      for (const [from, to] of this.capitals) mapRange(this._pieces, from, to, capitalOf);
      // An optional hyphen (0x1F): the library's clean-up has no entry for it and writes "undefined".
      for (const piece of this._pieces) piece.text = piece.text.replaceAll("\x1f", "\x00");
      return super.buildDocument();
    }
  }
  return (extractorClass = CapitalAware);
}

/** The body of a Word 97–2003 file, capital-font runs in capitals' stand-ins. */
export async function wordBody(bytes: Uint8Array): Promise<string> {
  // Not an OLE2 file (a Word 2007 file under a .doc name): the library's own choice of reader.
  if (bytes[0] !== 0xd0 || bytes[1] !== 0xcf) {
    const { default: WordExtractor } = await import("word-extractor");
    return (await new WordExtractor().extract(Buffer.from(bytes))).getBody();
  }
  const BufferReader = require("word-extractor/lib/buffer-reader.js") as new (b: Buffer) => unknown;
  const Extractor = capitalAwareExtractor();
  const doc = await new Extractor().extract(new BufferReader(Buffer.from(bytes)));
  return doc.getBody();
}
