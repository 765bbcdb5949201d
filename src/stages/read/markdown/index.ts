import { markPageNumbers } from "../assemble/footnotes.js";
import { markRunningHeads } from "../assemble/running-heads.js";
import { decodeReported } from "../decode.js";
import type { Reader } from "../reader.js";
import { checkMarkdownDepth } from "./depth.js";

/** Markdown transcriptions (remark): headings, emphasis, pipe tables and GFM footnotes. */
export const markdownReader: Reader = {
  format: "markdown",
  assembly: { lineTables: "markdown", flowTables: false, hardWraps: true },
  async read(bytes, options, report) {
    const text = decodeReported(bytes, report);
    checkMarkdownDepth(text, options.limits.maxDepth);
    // unified and remark are loaded on first use: other formats never pay for them.
    const { markdownLines } = await import("./lines.js");
    const lines = markdownLines(text);
    // A scan's OCR or a PDF's text saved as Markdown keeps its running heads and stamps too.
    markRunningHeads(lines, report);
    markPageNumbers(lines);
    return { lines };
  },
};
