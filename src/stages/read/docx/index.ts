import type { Reporter } from "../../../model/reporter.js";
import { InputError } from "../input-error.js";
import type { Reader } from "../reader.js";
import { checkInflatedSize } from "../zip-budget.js";

/**
 * DOCX → HTML through mammoth, after Word's automatic numbers are written into the text and legacy
 * font text is converted to Unicode.
 */
async function docxHtml(
  bytes: Uint8Array,
  maxInflated: number,
  report: Reporter,
): Promise<{ html: string; legacyByFont: boolean }> {
  checkInflatedSize(bytes, maxInflated);
  // jszip and xmldom are loaded on first use, like mammoth below.
  const [{ prepareDocx }, { DamagedPart }] = await Promise.all([import("./prepare.js"), import("./xml.js")]);
  let restored: Uint8Array;
  let legacyByFont = false;
  try {
    const prepared = await prepareDocx(bytes);
    restored = prepared.bytes;
    legacyByFont = prepared.legacy.length > 0;
    if (prepared.legacy.length) {
      const names = [...new Set(prepared.legacy.map((l) => (l === "vni" ? "VNI" : "TCVN3")))].join(" and ");
      report.info("legacy-font", `text typed in ${names} fonts converted to Unicode`, { line: 1 });
    }
  } catch (e) {
    const why = e instanceof DamagedPart ? e.message : "the ZIP is damaged";
    throw new InputError(`is not a readable DOCX file (${why})`);
  }
  try {
    // Loaded on first use: text and Markdown runs never pay for it.
    const { default: mammoth } = await import("mammoth");
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(restored) });
    return { html: result.value, legacyByFont };
  } catch {
    throw new InputError("is not a readable DOCX file (no Word document inside)");
  }
}

/** Word documents: mammoth's HTML read by the HTML line builder, so both formats give the same lines. */
export const docxReader: Reader = {
  format: "docx",
  assembly: { lineTables: "text", flowTables: true, hardWraps: false },
  async read(bytes, options, report) {
    const { htmlLines } = await import("../html/lines.js");
    const { html, legacyByFont } = await docxHtml(bytes, options.limits.maxInflatedBytes, report);
    const source = htmlLines(html, false, options.limits.maxDepth);
    return legacyByFont ? { ...source, legacyByFont } : source;
  },
};
