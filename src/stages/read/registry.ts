import { extname } from "node:path";
import type { SourceFormat } from "../../model/block.js";
import { InputError } from "./input-error.js";
import type { Reader } from "./reader.js";

/** What a file of one format is called and starts with, and where its reader is. */
export interface ReaderEntry {
  format: SourceFormat;
  /** File name endings, lower case, with the dot. */
  extensions: readonly string[];
  /** The bytes a file of this format starts with, and what to say when a file so named lacks them. */
  signature: { ascii: string; missing: string } | null;
  /** The reader, loaded on first use: a text run never loads pdf.js, mammoth or parse5. */
  load(): Promise<Reader>;
}

/**
 * The only list of input formats. Keyed by the model's SourceFormat, so the compiler asks for a reader
 * whenever a format is added to the contract. It loads nothing itself: choosing files by name and
 * checking their first bytes (what a batch's main process does) costs no reader.
 */
export const READERS: Readonly<Record<SourceFormat, ReaderEntry>> = {
  text: {
    format: "text",
    extensions: [".txt", ".text"],
    signature: null,
    load: async () => (await import("./text/index.js")).textReader,
  },
  markdown: {
    format: "markdown",
    extensions: [".md", ".markdown"],
    signature: null,
    load: async () => (await import("./markdown/index.js")).markdownReader,
  },
  html: {
    format: "html",
    extensions: [".html", ".htm", ".xhtml"],
    signature: null,
    load: async () => (await import("./html/index.js")).htmlReader,
  },
  docx: {
    format: "docx",
    extensions: [".docx"],
    signature: { ascii: "PK", missing: "no ZIP signature" },
    load: async () => (await import("./docx/index.js")).docxReader,
  },
  pdf: {
    format: "pdf",
    extensions: [".pdf"],
    signature: { ascii: "%PDF-", missing: "no %PDF- header" },
    load: async () => (await import("./pdf/index.js")).pdfReader,
  },
  doc: {
    format: "doc",
    extensions: [".doc"],
    signature: { ascii: "\u00d0\u00cf\u0011\u00e0", missing: "no OLE2 signature" },
    load: async () => (await import("./doc/index.js")).docReader,
  },
  rtf: {
    format: "rtf",
    extensions: [".rtf"],
    signature: { ascii: "{\\rtf", missing: "no {\\rtf header" },
    load: async () => (await import("./rtf/index.js")).rtfReader,
  },
};

const NOT_ODT = "is an OpenDocument text (.odt), which is not read; save it as .docx";

/**
 * Formats that circulate but are not read, with what the user can do about it. A folder run lists
 * them, so each is reported rather than passed over.
 */
const REFUSED: Readonly<Record<string, string>> = { ".odt": NOT_ODT };

export function readerFor(format: SourceFormat): Promise<Reader> {
  return READERS[format].load();
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

/** An OpenDocument text: a ZIP whose first entry, stored, names its type. */
const ODT = "application/vnd.oasis.opendocument.text";

/**
 * The format the first bytes declare, whatever the name says; null for plain text (or bytes no
 * reader knows). Portals serve Word files under other names: an RTF or a saved web page named
 * `.doc`, a Word 97 file named `.docx`, a PDF behind a download link with no ending at all.
 */
export function formatInBytes(bytes: Uint8Array, named: SourceFormat): SourceFormat | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  // A PDF may carry bytes before its header (viewers look in the first 1024); a text may name one.
  if (/^%PDF-\d/.test(head) || (named === "pdf" && head.includes("%PDF-"))) return "pdf";
  const start = head.replace(/^(?:\u00ef\u00bb\u00bf)?\s*/, "");
  if (start.startsWith("{\\rtf")) return "rtf";
  if (head.startsWith("\u00d0\u00cf\u0011\u00e0")) return "doc";
  if (head.startsWith("PK\u0003\u0004")) return head.slice(0, 100).includes(ODT) ? null : "docx";
  // A web page: its doctype or root element first, perhaps after an XML declaration or a comment.
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(start)) return "html";
  return null;
}

/**
 * The format to read: the one the bytes declare when it is another reader's (`named` says what the
 * name promised), else the name's. A name that promises a binary format the bytes do not hold gets a
 * clear reason.
 */
export function formatOfBytes(bytes: Uint8Array, named: SourceFormat): SourceFormat {
  if (new TextDecoder("latin1").decode(bytes.subarray(0, 100)).includes(ODT)) throw new InputError(NOT_ODT);
  const found = formatInBytes(bytes, named);
  // Markdown and text may quote markup; only a whole page or a binary format overrides their name.
  if (found && found !== named) return found;
  const signature = READERS[named].signature;
  if (signature && found !== named)
    throw new InputError(
      `is named .${named} but is not a ${named.toUpperCase()} file (${signature.missing})`,
    );
  return named;
}
