import type { SourceFormat } from "../model/block.js";
import { decodeText } from "../stages/read/decode.js";
import { htmlLines } from "../stages/read/html-lines.js";
import { InputError, type ExtractedSource } from "../stages/read/index.js";
import { restoreNumbering } from "./docx-numbering.js";
import { pdfSource, type OcrMode } from "./pdf.js";

/** Formats that need an asynchronous reader before the read stage. */
export const EXTRACTED_FORMATS: readonly SourceFormat[] = ["html", "docx", "pdf"];

/** An HTML page's own charset (windows-1258 and friends still circulate); UTF-8 otherwise. */
function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.slice(0, 4096));
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (charset && charset !== "utf-8" && charset !== "utf8") {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      throw new InputError(`declares the charset "${charset}", which cannot be decoded`);
    }
  }
  return decodeText(bytes);
}

/** DOCX → HTML through mammoth, after Word's automatic numbers are written into the text. */
async function docxHtml(bytes: Uint8Array): Promise<string> {
  let restored: Uint8Array;
  try {
    restored = await restoreNumbering(bytes);
  } catch {
    throw new InputError("is not a readable DOCX file (the ZIP or its XML is damaged)");
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

/** Reads an HTML, DOCX or PDF source into lines and grids for the read stage. */
export async function extract(bytes: Uint8Array, format: SourceFormat, options: { ocr?: OcrMode } = {}): Promise<ExtractedSource> {
  if (format === "html") return htmlLines(decodeHtml(bytes));
  if (format === "docx") return htmlLines(await docxHtml(bytes));
  if (format === "pdf") {
    const pdf = await pdfSource(bytes, options.ocr ?? "auto");
    // A note on a page is reported at that page's first line.
    const firstLine = (page: number) => pdf.layout.find((l) => l.page >= page)?.line ?? 1;
    return { ...pdf, notes: pdf.notes.map((n) => ({ rule: n.rule, message: n.message, severity: n.severity, line: firstLine(n.page), page: n.page })) };
  }
  throw new InputError(`${format} input is not supported`);
}
