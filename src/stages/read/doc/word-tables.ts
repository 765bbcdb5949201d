/**
 * The parts of a Word 97–2003 file's binary tables (MS-DOC) that vanban reads beside word-extractor:
 * property lists (sprms), the 512-byte property pages (FKPs) and the style sheet (STSH). Offsets
 * into the FIB are those of FibRgFcLcb97; a table that points outside the file reads as empty.
 */

/** Operand length of a sprm, by its size code (MS-DOC 2.6.1); -1 for the length-prefixed kind. */
const OPERAND = [1, 1, 2, 4, 2, 2, -1, 3];
/** sprmTDefTable: its length is two bytes, counting one more than follows (MS-DOC 2.6.4). */
const DEF_TABLE = 0xd608;

/** Each sprm of a property list with where its operand starts; `visit` returns true to stop. */
export function eachSprm(grpprl: Buffer, visit: (sprm: number, operand: number) => boolean | void): void {
  for (let o = 0; o + 2 <= grpprl.length;) {
    const sprm = grpprl.readUInt16LE(o);
    o += 2;
    if (visit(sprm, o)) return;
    if (sprm === DEF_TABLE) {
      if (o + 2 > grpprl.length) return;
      o += 1 + grpprl.readUInt16LE(o);
      continue;
    }
    const size = OPERAND[sprm >> 13]!;
    o += size < 0 ? grpprl[o]! + 1 : size;
  }
}

/** The 512-byte property pages a bin table lists (PlcfBteChpx at 0xFA, PlcfBtePapx at 0x102). */
export function fkpPages(word: Buffer, table: Buffer, at: number): Buffer[] {
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

/** One character run of the CHPX pages: its file-position range and its property list (empty when none). */
export interface CharacterRun {
  from: number;
  to: number;
  grpprl: Buffer;
}

/** Every character run the CHPX pages describe (MS-DOC 2.9.43: ChpxFkp, then each Chpx). */
export function characterRuns(word: Buffer, table: Buffer): CharacterRun[] {
  const runs: CharacterRun[] = [];
  for (const page of fkpPages(word, table, 0xfa)) {
    const count = page[511]!;
    for (let j = 0; j < count; j++) {
      const offset = page[(count + 1) * 4 + j]! * 2;
      runs.push({
        from: page.readUInt32LE(j * 4),
        to: page.readUInt32LE(j * 4 + 4),
        grpprl: offset ? page.subarray(offset + 1, offset + 1 + page[offset]!) : page.subarray(0, 0),
      });
    }
  }
  return runs;
}

/** One paragraph of a PAPX page: its file-position range, style and own property list. */
export interface Paragraph {
  from: number;
  to: number;
  istd: number;
  grpprl: Buffer;
}

/** Every paragraph the PAPX pages describe (MS-DOC 2.9.175: PapxFkp, PapxInFkp, GrpPrlAndIstd). */
export function paragraphs(word: Buffer, table: Buffer): Paragraph[] {
  const out: Paragraph[] = [];
  for (const page of fkpPages(word, table, 0x102)) {
    // A page holds at most 29 paragraphs (4 + 13 bytes each); a larger count is a damaged page.
    const runs = page[511]!;
    if ((runs + 1) * 4 + runs * 13 > 511) continue;
    for (let j = 0; j < runs; j++) {
      const at = page[(runs + 1) * 4 + j * 13]! * 2;
      const [from, to] = [page.readUInt32LE(j * 4), page.readUInt32LE(j * 4 + 4)];
      if (!at) continue;
      // A first byte of 0 puts the length in the next byte, counted in words.
      const [start, length] = page[at] ? [at + 1, page[at]! * 2 - 1] : [at + 2, page[at + 1]! * 2];
      if (start + length > page.length || length < 2) continue;
      out.push({
        from,
        to,
        istd: page.readUInt16LE(start),
        grpprl: page.subarray(start + 2, start + length),
      });
    }
  }
  return out;
}

/** A style of the style sheet: the style it is based on and its paragraph and character properties. */
export interface Style {
  base: number;
  paragraph: Buffer | null;
  character: Buffer | null;
}

/**
 * The style sheet (MS-DOC 2.9.271: STSH, each STD's fixed part, name and property groups) and the
 * font that text with no font of its own takes.
 */
export function styleSheet(word: Buffer, table: Buffer): { styles: Map<number, Style>; defaultFont: number } {
  const fc = word.readUInt32LE(0xa2);
  const lcb = word.readUInt32LE(0xa6);
  const styles = new Map<number, Style>();
  if (lcb < 20 || fc + lcb > table.length) return { styles, defaultFont: -1 };
  const stsh = table.subarray(fc, fc + lcb);
  const header = stsh.readUInt16LE(0);
  const count = stsh.readUInt16LE(2);
  const baseSize = stsh.readUInt16LE(4);
  const defaultFont = stsh.readUInt16LE(2 + 12);
  let p = 2 + header;
  for (let istd = 0; istd < count && p + 2 <= stsh.length; istd++) {
    const size = stsh.readUInt16LE(p);
    const std = stsh.subarray(p + 2, p + 2 + size);
    p += 2 + size;
    if (size < baseSize + 2) continue;
    const kind = std.readUInt16LE(2) & 0xf;
    const groups = std.readUInt16LE(4) & 0xf;
    let o = baseSize + 2 + std.readUInt16LE(baseSize) * 2 + 2;
    const style: Style = { base: std.readUInt16LE(2) >> 4, paragraph: null, character: null };
    // A paragraph style's groups are its paragraph properties (after the style's index) and its
    // character properties; a character style's first group is its character properties.
    for (let u = 0; u < groups && o + 2 <= std.length; u++) {
      if (o % 2) o++;
      const length = std.readUInt16LE(o);
      const group = std.subarray(o + 2, o + 2 + length);
      if (kind === 1 && u === 0) style.paragraph = group.subarray(2);
      if ((kind === 1 && u === 1) || (kind === 2 && u === 0)) style.character = group;
      o += 2 + length;
    }
    styles.set(istd, style);
  }
  return { styles, defaultFont };
}

/** A property a style sets itself or takes from the styles it is based on; null when none sets it. */
export function inherited<T>(
  styles: Map<number, Style>,
  istd: number,
  own: (s: Style) => T | null,
): T | null {
  for (let depth = 0, style = styles.get(istd); style && depth <= 10; depth++) {
    const value = own(style);
    if (value !== null) return value;
    if (style.base === 0xfff) return null;
    style = styles.get(style.base);
  }
  return null;
}
