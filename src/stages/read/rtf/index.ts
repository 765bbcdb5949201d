import { markPageNumbers } from "../assemble/footnotes.js";
import { restoreCapitals } from "../capital-runs.js";
import { InputError } from "../input-error.js";
import { fixLegacyText } from "../legacy-text.js";
import type { Reader } from "../reader.js";
import { textLines } from "../text/lines.js";
import { joinCellParagraphs } from "../doc/cell-rows.js";
import { rtfText } from "./text.js";

/** RTF: its syntax read here (rtf/text.ts), then lines as a Word file gives them. */
export const rtfReader: Reader = {
  format: "rtf",
  assembly: { lineTables: "text", flowTables: false, hardWraps: false },
  read(bytes, _options, report) {
    const { text: typed, legacy } = fixLegacyText(rtfText(new TextDecoder("latin1").decode(bytes)), report);
    const text = restoreCapitals(typed);
    if (!text.trim()) throw new InputError("holds no text (an RTF file without a body)");
    const lines = textLines(joinCellParagraphs(text));
    markPageNumbers(lines);
    return Promise.resolve({ lines, legacy });
  },
};
