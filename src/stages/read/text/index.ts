import { decodeReported } from "../decode.js";
import { markFootnotes, markPageNumbers } from "../assemble/footnotes.js";
import type { Reader } from "../reader.js";
import { fixLegacyText } from "../legacy-text.js";
import { textLines } from "./lines.js";

/** Plain text, often PDF-to-text output: page numbers and footnotes are found by their content. */
export const textReader: Reader = {
  format: "text",
  assembly: { lineTables: "text", flowTables: true, hardWraps: true },
  read(bytes, _options, report) {
    const { text, legacy } = fixLegacyText(decodeReported(bytes, report), report);
    const lines = textLines(text);
    markPageNumbers(lines);
    markFootnotes(lines, report);
    return Promise.resolve({ lines, legacy });
  },
};
