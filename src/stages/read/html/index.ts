import type { Reporter } from "../../../model/reporter.js";
import { decodeReported } from "../decode.js";
import { InputError } from "../input-error.js";
import type { Reader } from "../reader.js";

/** Windows-1252's characters for 0x80–0x9F (five codes it leaves unassigned stay as they are). */
const C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function fromC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);
}

/** The bytes as UTF-8 when they are valid UTF-8 holding some character beyond ASCII; else null. */
function asUtf8(bytes: Uint8Array): string | null {
  if (!bytes.some((b) => b >= 0x80)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return null;
  }
}

/** An HTML page's own charset (windows-1258 and friends still circulate); UTF-8 otherwise. */
function decodeHtml(bytes: Uint8Array, report: Reporter): string {
  const head = new TextDecoder("latin1").decode(bytes.slice(0, 4096));
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (charset && charset !== "utf-8" && charset !== "utf8") {
    // A page saved again as UTF-8 keeps the meta tag Word wrote ("windows-1252"): bytes that read as
    // UTF-8, letters beyond ASCII among them, are UTF-8 (a real single-byte page almost never is).
    const utf8 = asUtf8(bytes);
    if (utf8 !== null) {
      report.info(
        "charset-mismatch",
        `the page declares "${charset}" but its bytes are UTF-8: read as UTF-8`,
        {
          line: 1,
        },
      );
      return utf8;
    }
    try {
      const decoder = new TextDecoder(charset);
      const text = decoder.decode(bytes);
      // Node's windows-1252 (the label of latin1 and iso-8859-1 too) leaves 0x80–0x9F as control
      // characters; the Encoding Standard gives them Windows' dashes, quotes and signs.
      return decoder.encoding === "windows-1252" ? fromC1(text) : text;
    } catch {
      throw new InputError(`declares the charset "${charset}", which cannot be decoded`);
    }
  }
  return decodeReported(bytes, report);
}

/** HTML pages (saved from legal databases): one line per paragraph, tables as grids with their spans. */
export const htmlReader: Reader = {
  format: "html",
  assembly: { lineTables: "text", flowTables: true, hardWraps: false },
  async read(bytes, options, report) {
    // parse5 (through hast-util-from-html) is loaded on first use: text runs never pay for it.
    const { htmlLines } = await import("./lines.js");
    const { furniture, ...source } = htmlLines(decodeHtml(bytes, report), true, options.limits.maxDepth);
    if (furniture)
      report.info(
        "portal-furniture",
        "the page's furniture after the document (footer, table of contents, panels) is left out",
        {
          line: 1,
        },
      );
    return source;
  },
};
