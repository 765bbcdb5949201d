import { decodeReported } from "../decode.js";
import type { Reader } from "../reader.js";
import { checkMarkdownDepth } from "./depth.js";
import { markdownLines } from "./lines.js";

/** Markdown transcriptions (remark): headings, emphasis, pipe tables and GFM footnotes. */
export const markdownReader: Reader = {
  format: "markdown",
  extensions: [".md", ".markdown"],
  signature: null,
  assembly: { lineTables: "markdown", flowTables: false, hardWraps: true },
  read(bytes, options, report) {
    const text = decodeReported(bytes, report);
    checkMarkdownDepth(text, options.limits.maxDepth);
    return Promise.resolve({ lines: markdownLines(text) });
  },
};
