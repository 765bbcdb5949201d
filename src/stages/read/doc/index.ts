import { markPageNumbers } from "../assemble/footnotes.js";
import { InputError } from "../input-error.js";
import type { Reader } from "../reader.js";
import { textLines } from "../text/lines.js";
import { fixLegacyText } from "../legacy-text.js";
import { joinCellParagraphs } from "./cell-rows.js";
import { checkSectorChains } from "./sector-chains.js";
import { wordBody } from "./word-body.js";
import { restoreCapitals } from "../capital-runs.js";

/**
 * Word 97–2003 (.doc, OLE2) through word-extractor, a JavaScript reader of the binary format: the
 * body's paragraphs, with table cells apart by tabs. Text typed in 8-bit Vietnamese fonts is
 * converted (see text/legacy-encoding.ts). LibreOffice would read more (numbering, exact tables)
 * but is a 300 MB install and a process per file; see the README's library choices.
 */
async function docText(bytes: Uint8Array): Promise<string> {
  checkSectorChains(bytes);
  try {
    return await wordBody(bytes);
  } catch (e) {
    throw new InputError(`is not a readable Word 97-2003 file (${(e as Error).message.split("\n")[0]})`);
  }
}

export const docReader: Reader = {
  format: "doc",
  // Word paragraphs are whole: no hard wraps to join.
  assembly: { lineTables: "text", flowTables: false, hardWraps: false },
  async read(bytes, _options, report) {
    const { text: typed, legacy } = fixLegacyText(await docText(bytes), report);
    const text = restoreCapitals(typed);
    if (!text.trim()) throw new InputError("holds no text (a Word 97-2003 file without a body)");
    const lines = textLines(joinCellParagraphs(text));
    markPageNumbers(lines);
    return { lines, legacy };
  },
};
