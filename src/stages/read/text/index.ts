import { decodeReported } from "../decode.js";
import { markFootnotes, markPageNumbers } from "../assemble/footnotes.js";
import { markRunningHeads } from "../assemble/running-heads.js";
import type { Reader } from "../reader.js";
import { fixLegacyText } from "../legacy-text.js";
import { textSource } from "./lines.js";

/** Plain text, often PDF-to-text output: page numbers and footnotes are found by their content. */
export const textReader: Reader = {
  format: "text",
  assembly: { lineTables: "text", flowTables: true, hardWraps: true },
  read(bytes, _options, report) {
    const { text, legacy } = fixLegacyText(decodeReported(bytes, report), report);
    const { lines, tables } = textSource(text);
    markRunningHeads(lines, report);
    markPageNumbers(lines);
    markFootnotes(lines, report);
    // Grid tables are given (their borders say where cells are); other tables are found in the lines.
    return Promise.resolve({ lines, legacy, ...(tables.length ? { tables, tablesInLines: true } : {}) });
  },
};
