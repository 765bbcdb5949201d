import { createRequire } from "node:module";
import { legacyFontEncoding } from "../../../text/tcvn3.js";
import { capitalOf } from "../capital-runs.js";

/**
 * word-extractor reads a Word 97–2003 file's text but not its fonts, and a TCVN3 capital font
 * (.VnTimeH) prints capitals from the codes of small letters: a title typed in it came out in small
 * letters ("chương i", "tm. ủy ban …"). This extends the library's extractor (word-extractor 1.0.4,
 * pinned: it reaches into the library's own classes) with the two tables that tell: the font table
 * (SttbfFfn) and the character runs (PlcfBteChpx → CHPX pages), and hands the characters of each run
 * set in a capital font through capitalOf before the library builds the text. Fonts a paragraph
 * style gives are not read: the files seen set capital fonts on the run itself.
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

/** File-position ranges of the runs set in a TCVN3 capital font. */
export function capitalRanges(word: Buffer, table: Buffer): [number, number][] {
  const names = fontNames(word, table);
  const capital = new Set(names.flatMap((n, i) => (legacyFontEncoding(n) === "tcvn3-upper" ? [i] : [])));
  if (!capital.size) return [];
  const fc = word.readUInt32LE(0xfa);
  const lcb = word.readUInt32LE(0xfe);
  if (lcb < 12 || fc + lcb > table.length) return [];
  const plc = table.subarray(fc, fc + lcb);
  const count = (lcb - 4) / 8;
  const ranges: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const pn = plc.readUInt32LE((count + 1) * 4 + i * 4);
    if ((pn + 1) * 512 > word.length) continue;
    const page = word.subarray(pn * 512, pn * 512 + 512);
    const runs = page[511]!;
    for (let j = 0; j < runs; j++) {
      const offset = page[(runs + 1) * 4 + j]! * 2;
      if (!offset) continue;
      const grpprl = page.subarray(offset + 1, offset + 1 + page[offset]!);
      for (let o = 0; o + 2 <= grpprl.length;) {
        const sprm = grpprl.readUInt16LE(o);
        o += 2;
        const size = OPERAND[sprm >> 13]!;
        if (FONT_SPRMS.has(sprm) && o + 2 <= grpprl.length && capital.has(grpprl.readUInt16LE(o))) {
          ranges.push([page.readUInt32LE(j * 4), page.readUInt32LE(j * 4 + 4)]);
          break;
        }
        o += size < 0 ? grpprl[o]! + 1 : size;
      }
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
