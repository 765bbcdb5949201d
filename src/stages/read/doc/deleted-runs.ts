import { characterRuns, eachSprm } from "./word-tables.js";

/**
 * Text deleted under tracked changes stays in a Word 97–2003 file, marked by sprmCFRMarkDel in its
 * character run, and is no part of the document. word-extractor finds the mark by the sprm's low
 * five bits alone, so every character sprm whose number ends in them is taken for it: sprmCDxaSpace
 * (a run's letter spacing, condensed or expanded) among them, and the text of a run set one point
 * closer ("UBND TỈNH LÀO CAI", "THÔNG BÁO") came out "UBND TỈNH LÀO", "THÔNG". Here only the whole
 * sprm counts, with its operand set.
 */
const MARK_DELETED = 0x0800;

/** File-position ranges of the runs marked deleted. */
export function deletedRanges(word: Buffer, table: Buffer): [number, number][] {
  const ranges: [number, number][] = [];
  for (const { from, to, grpprl } of characterRuns(word, table))
    eachSprm(grpprl, (sprm, at) => {
      if (sprm !== MARK_DELETED || !((grpprl[at] ?? 0) & 1)) return false;
      ranges.push([from, to]);
      return true;
    });
  return ranges;
}
