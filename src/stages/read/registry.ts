import { extname } from "node:path";
import type { SourceFormat } from "../../model/block.js";
import { docReader } from "./doc/index.js";
import { docxReader } from "./docx/index.js";
import { htmlReader } from "./html/index.js";
import { InputError } from "./input-error.js";
import { markdownReader } from "./markdown/index.js";
import { pdfReader } from "./pdf/index.js";
import { rtfReader } from "./rtf/index.js";
import type { Reader } from "./reader.js";
import { textReader } from "./text/index.js";

/**
 * The only list of input formats. Keyed by the model's SourceFormat, so the compiler asks for a reader
 * whenever a format is added to the contract.
 */
export const READERS: Readonly<Record<SourceFormat, Reader>> = {
  text: textReader,
  markdown: markdownReader,
  html: htmlReader,
  docx: docxReader,
  pdf: pdfReader,
  doc: docReader,
  rtf: rtfReader,
};

/** Formats that circulate but are not read, with what the user can do about it. */
const REFUSED: Readonly<Record<string, string>> = {};

export function readerFor(format: SourceFormat): Reader {
  return READERS[format];
}

/** Every extension a reader accepts, or a refused one a folder run should still report. */
export function isDocumentName(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return Object.values(READERS).some((r) => r.extensions.includes(ext)) || ext in REFUSED;
}

/** The format a file name promises; a name without a known ending is read as text. */
export function formatOf(path: string): SourceFormat {
  const ext = extname(path).toLowerCase();
  const refused = REFUSED[ext];
  if (refused) throw new InputError(refused);
  return Object.values(READERS).find((r) => r.extensions.includes(ext))?.format ?? "text";
}

/** The first bytes must fit the format the name promises: a renamed file gets a clear reason. */
export function checkSignature(bytes: Uint8Array, format: SourceFormat): void {
  const signature = READERS[format].signature;
  if (!signature) return;
  // A PDF may carry bytes before its header (viewers look in the first 1024); other formats start with theirs.
  const window = format === "pdf" ? 1024 : signature.ascii.length;
  const head = new TextDecoder("latin1").decode(bytes.slice(0, window));
  if (format === "pdf" ? !head.includes(signature.ascii) : head !== signature.ascii)
    throw new InputError(
      `is named .${format} but is not a ${format.toUpperCase()} file (${signature.missing})`,
    );
}
