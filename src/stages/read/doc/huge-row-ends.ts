import { eachSprm, paragraphs } from "./word-tables.js";

/**
 * A table row ends on a paragraph whose properties say so (sprmPFTtp). A row of many columns
 * carries a long table definition with it, and a writer may store such properties in the Data
 * stream instead, naming only their place there (sprmPHugePapx): LibreOffice does. word-extractor
 * does not follow it, so such a row's end came out as one more cell mark and a table's rows ran
 * into one line ("…⇥39⇥⇥2⇥Thi công công trình⇥…"). Here the properties are read where they are.
 */
const HUGE_PAPX = 0x6646;
const ROW_END = 0x2417;

/** The file-position ranges of paragraphs that end a table row by properties kept in the Data stream. */
export function hugeRowEnds(word: Buffer, table: Buffer, data: Buffer): [number, number][] {
  const ends: [number, number][] = [];
  for (const { from, to, grpprl } of paragraphs(word, table))
    eachSprm(grpprl, (sprm, at) => {
      if (sprm !== HUGE_PAPX || at + 4 > grpprl.length) return false;
      // PrcData: the property list's length, then the list.
      const place = grpprl.readUInt32LE(at);
      if (place + 2 > data.length) return true;
      const size = data.readUInt16LE(place);
      const huge = data.subarray(place + 2, Math.min(data.length, place + 2 + size));
      eachSprm(huge, (s, o) => {
        if (s !== ROW_END || !huge[o]) return false;
        ends.push([from, to]);
        return true;
      });
      return true;
    });
  return ends;
}
