import { InputError } from "../input-error.js";
import type { Reader } from "../reader.js";
import { checkInflatedSize } from "../zip-budget.js";

/** DOCX → HTML through mammoth, after Word's automatic numbers are written into the text. */
async function docxHtml(bytes: Uint8Array, maxInflated: number): Promise<string> {
  checkInflatedSize(bytes, maxInflated);
  // jszip and xmldom are loaded on first use, like mammoth below.
  const { DamagedPart, restoreNumbering } = await import("./numbering.js");
  let restored: Uint8Array;
  try {
    restored = await restoreNumbering(bytes);
  } catch (e) {
    const why = e instanceof DamagedPart ? e.message : "the ZIP is damaged";
    throw new InputError(`is not a readable DOCX file (${why})`);
  }
  try {
    // Loaded on first use: text and Markdown runs never pay for it.
    const { default: mammoth } = await import("mammoth");
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(restored) });
    return result.value;
  } catch {
    throw new InputError("is not a readable DOCX file (no Word document inside)");
  }
}

/** Word documents: mammoth's HTML read by the HTML line builder, so both formats give the same lines. */
export const docxReader: Reader = {
  format: "docx",
  assembly: { lineTables: "text", flowTables: true, hardWraps: false },
  async read(bytes, options) {
    const { htmlLines } = await import("../html/lines.js");
    return htmlLines(await docxHtml(bytes, options.limits.maxInflatedBytes), false, options.limits.maxDepth);
  },
};
