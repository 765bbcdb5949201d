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

/** Formats that circulate but are not read, with what the user can do about it. */
const REFUSED: Readonly<Record<string, string>> = {};

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
