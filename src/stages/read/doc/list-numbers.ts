import { type ListLevel, nextLabel } from "../list-label.js";
import { eachSprm, inherited, paragraphs, styleSheet } from "./word-tables.js";

/**
 * Word's automatic numbering in a Word 97–2003 file ("1.", "a)", "Điều 1." typed by Word, not by
 * the writer) lives in the list tables, not in the text: word-extractor gives such paragraphs
 * without their numbers. This reads the lists (PlfLst with the LVLs after it, PlfLfo) and each
 * paragraph's list and level (sprmPIlfo, sprmPIlvl, set on the paragraph or its style), and counts
 * the labels as Word prints them, in the order of the text (MS-DOC 2.9.147, 2.9.150, 2.9.131).
 */

/** nfc codes (MS-DOC 2.9.147 refers to ISO/IEC 29500's ST_NumberFormat, in this order). */
const FORMATS: Record<number, string> = {
  0: "decimal",
  1: "upperRoman",
  2: "lowerRoman",
  3: "upperLetter",
  4: "lowerLetter",
  22: "decimalZero",
  23: "bullet",
  255: "none",
};
const SPRM_ILVL = 0x260a;
const SPRM_ILFO = 0x460b;

/** One LVL at `at`: the level and where the next one starts (LVLF, its two property lists, its xst). */
function readLevel(table: Buffer, at: number): { level: ListLevel; next: number } | null {
  if (at + 30 > table.length) return null;
  const start = table.readInt32LE(at);
  const nfc = table[at + 4]!;
  const cbChpx = table[at + 24]!;
  const cbPapx = table[at + 25]!;
  const xst = at + 28 + cbPapx + cbChpx;
  if (xst + 2 > table.length) return null;
  const cch = table.readUInt16LE(xst);
  if (xst + 2 + cch * 2 > table.length) return null;
  let text = "";
  // Characters 0–8 stand for the numbers of levels 1–9.
  for (let k = 0; k < cch; k++) {
    const ch = table.readUInt16LE(xst + 2 + k * 2);
    text += ch < 9 ? `%${ch + 1}` : String.fromCharCode(ch);
  }
  return { level: { start, format: FORMATS[nfc] ?? "decimal", text }, next: xst + 2 + cch * 2 };
}

/** The lists by their identifier (lsid): their levels, from PlfLst and the LVLs that follow it. */
function readLists(word: Buffer, table: Buffer): Map<number, Map<number, ListLevel>> {
  const lists = new Map<number, Map<number, ListLevel>>();
  const fc = word.readUInt32LE(0x2e2);
  const lcb = word.readUInt32LE(0x2e6);
  if (lcb < 2 || fc + lcb > table.length) return lists;
  const count = table.readInt16LE(fc);
  let at = fc + 2 + count * 28;
  for (let i = 0; i < count; i++) {
    const lstf = fc + 2 + i * 28;
    const levels = new Map<number, ListLevel>();
    // A simple list has one level, others nine.
    for (let l = 0; l < (table[lstf + 26]! & 1 ? 1 : 9); l++) {
      const read = readLevel(table, at);
      if (!read) return lists;
      levels.set(l, read.level);
      at = read.next;
    }
    lists.set(table.readInt32LE(lstf), levels);
  }
  return lists;
}

/**
 * The lists paragraphs name (ilfo, from 1): each LFO's list, with the levels whose start it
 * overrides (LFOLVL with fStartAt; one that brings its own formatting brings a whole LVL).
 */
function readOverrides(word: Buffer, table: Buffer, lists: Map<number, Map<number, ListLevel>>) {
  const byIlfo = new Map<number, Map<number, ListLevel>>();
  const fc = word.readUInt32LE(0x2ea);
  const lcb = word.readUInt32LE(0x2ee);
  if (lcb < 4 || fc + lcb > table.length) return byIlfo;
  const count = table.readUInt32LE(fc);
  let at = fc + 4 + count * 16;
  for (let i = 0; i < count && fc + 4 + i * 16 + 16 <= table.length; i++) {
    const lfo = fc + 4 + i * 16;
    const base = lists.get(table.readInt32LE(lfo));
    const levels = new Map([...(base ?? [])].map(([k, v]) => [k, { ...v }]));
    at += 4; // LFOData's cp
    for (let k = 0; k < table[lfo + 12]! && at + 8 <= table.length; k++) {
      const startAt = table.readInt32LE(at);
      const flags = table.readUInt32LE(at + 4);
      at += 8;
      const ilvl = flags & 0xf;
      if (flags & 0x20) {
        const read = readLevel(table, at);
        if (!read) return byIlfo;
        levels.set(ilvl, read.level);
        at = read.next;
      }
      const level = levels.get(ilvl);
      if (level && flags & 0x10) level.start = startAt;
    }
    if (base) byIlfo.set(i + 1, levels);
  }
  return byIlfo;
}

/** A paragraph's list (ilfo) and level, set on it or on its style; null when it is in none. */
function listOf(grpprl: Buffer | null): { ilfo: number | null; ilvl: number | null } {
  const found: { ilfo: number | null; ilvl: number | null } = { ilfo: null, ilvl: null };
  if (!grpprl) return found;
  eachSprm(grpprl, (sprm, at) => {
    if (sprm === SPRM_ILFO && at + 2 <= grpprl.length) found.ilfo = grpprl.readInt16LE(at);
    if (sprm === SPRM_ILVL && at < grpprl.length) found.ilvl = grpprl[at]!;
  });
  return found;
}

/**
 * The label of each numbered paragraph, by the file position where the paragraph starts. `order`
 * gives a file position's place in the text (pieces may be stored out of order); positions it does
 * not know are dropped.
 */
export function listLabels(
  word: Buffer,
  table: Buffer,
  order: (fc: number) => number | null,
): Map<number, string> {
  const labels = new Map<number, string>();
  const lists = readOverrides(word, table, readLists(word, table));
  if (!lists.size) return labels;
  const { styles } = styleSheet(word, table);
  const numbered = paragraphs(word, table).flatMap((p) => {
    const own = listOf(p.grpprl);
    const ilfo = own.ilfo ?? inherited(styles, p.istd, (s) => listOf(s.paragraph).ilfo);
    const ilvl = own.ilvl ?? inherited(styles, p.istd, (s) => listOf(s.paragraph).ilvl) ?? 0;
    const cp = order(p.from);
    // ilfo 0 is "no list"; 0xF801 (read as negative) is a list's number turned off.
    return ilfo && ilfo > 0 && lists.get(ilfo)?.has(ilvl) && cp !== null
      ? [{ cp, fc: p.from, ilfo, ilvl }]
      : [];
  });
  const counters = new Map<number, number[]>();
  for (const p of numbered.sort((a, b) => a.cp - b.cp)) {
    const count = counters.get(p.ilfo) ?? [];
    counters.set(p.ilfo, count);
    const label = nextLabel(lists.get(p.ilfo)!, count, p.ilvl);
    if (label) labels.set(p.fc, label);
  }
  return labels;
}
