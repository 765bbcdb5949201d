import { createRequire } from "node:module";
import { capitalOf } from "../capital-runs.js";
import { capitalRanges } from "./capital-fonts.js";
import { deletedRanges } from "./deleted-runs.js";
import { hugeRowEnds } from "./huge-row-ends.js";
import { listLabels } from "./list-numbers.js";

/**
 * word-extractor (1.0.4, pinned: this reaches into the library's own classes) reads a Word 97–2003
 * file's text, but neither its fonts nor its list numbers. Its extractor is extended here: once the
 * library has read the pieces of text, the runs set in a TCVN3 capital font go through capitalOf
 * (capital-fonts.ts) and each automatically numbered paragraph gets its label written in front
 * (list-numbers.ts), before the library builds the text.
 */
interface Piece {
  startCp: number;
  endCp: number;
  length: number;
  startFilePos: number;
  endFilePos: number;
  bpc: number;
  text: string;
}

interface OleExtractor {
  _pieces: Piece[];
  _boundaries: { ccpText: number };
  extract(reader: unknown): Promise<{ getBody(): string }>;
  writeCharacterProperties(buffer: Buffer, table: Buffer): void;
  writeParagraphProperties(buffer: Buffer, table: Buffer): void;
  extractWordDocument(document: OleDocument, buffer: Buffer): Promise<unknown>;
  documentStream(document: OleDocument, name: string): Promise<unknown>;
  streamBuffer(stream: unknown): Promise<Buffer>;
  buildDocument(): unknown;
}

/** The library's compound file, as its extractor is handed it. */
type OleDocument = object;

const require = createRequire(import.meta.url);

/** The text of `pieces` that lies in [from, to) of the file, rewritten by `rewrite` (to as many code units). */
function rewriteRange(pieces: Piece[], from: number, to: number, rewrite: (text: string) => string): void {
  for (const piece of pieces) {
    const a = Math.max(from, piece.startFilePos);
    const b = Math.min(to, piece.endFilePos);
    if (a >= b) continue;
    const i = (a - piece.startFilePos) / piece.bpc;
    const j = (b - piece.startFilePos) / piece.bpc;
    piece.text = piece.text.slice(0, i) + rewrite(piece.text.slice(i, j)) + piece.text.slice(j);
  }
}

/** The place in the text (character position) of a file position, or null when no piece holds it. */
function cpOf(pieces: Piece[], fc: number): number | null {
  for (const piece of pieces)
    if (fc >= piece.startFilePos && fc < piece.endFilePos)
      return piece.startCp + (fc - piece.startFilePos) / piece.bpc;
  return null;
}

/**
 * Writes `label` and a space where the body's paragraph at file position `fc` starts. The pieces
 * after it move along, and the body grows, so the library still finds where the body ends.
 */
function insertLabel(extractor: OleExtractor, fc: number, label: string): void {
  const pieces = extractor._pieces;
  const at = pieces.findIndex((p) => fc >= p.startFilePos && fc < p.endFilePos);
  const piece = pieces[at];
  if (!piece || piece.startCp + (fc - piece.startFilePos) / piece.bpc >= extractor._boundaries.ccpText)
    return;
  const i = (fc - piece.startFilePos) / piece.bpc;
  const text = `${label} `;
  piece.text = piece.text.slice(0, i) + text + piece.text.slice(i);
  piece.length += text.length;
  piece.endCp += text.length;
  for (const later of pieces.slice(at + 1)) {
    later.startCp += text.length;
    later.endCp += text.length;
  }
  extractor._boundaries.ccpText += text.length;
}

let extractorClass: (new () => OleExtractor) | null = null;

/** The library's extractor with capital-font runs and list numbers read (made once, on first use). */
function wordExtractor(): new () => OleExtractor {
  if (extractorClass) return extractorClass;
  const Base = require("word-extractor/lib/word-ole-extractor.js") as new () => OleExtractor;
  class FontsAndLists extends Base {
    private capitals: [number, number][] = [];
    private labels = new Map<number, string>();
    /** The file's Data stream, where long paragraph properties may be kept (huge-row-ends.ts). */
    private data: Buffer | null = null;
    override async extractWordDocument(document: OleDocument, buffer: Buffer): Promise<unknown> {
      this.data = await Promise.resolve()
        .then(() => this.documentStream(document, "Data"))
        .then((stream) => this.streamBuffer(stream))
        .catch(() => null);
      return super.extractWordDocument(document, buffer);
    }
    override writeParagraphProperties(buffer: Buffer, table: Buffer): void {
      super.writeParagraphProperties(buffer, table);
      // A row's end the library did not see: a line break, as it writes the ones it sees.
      if (this.data)
        for (const [from, to] of hugeRowEnds(buffer, table, this.data))
          rewriteRange(this._pieces, from, to, (t) => "\n".repeat(t.length));
    }
    override writeCharacterProperties(buffer: Buffer, table: Buffer): void {
      // Not the library's own: it blanks runs that were never deleted (deleted-runs.ts).
      // NULs: the library leaves them out of the text.
      for (const [from, to] of deletedRanges(buffer, table))
        rewriteRange(this._pieces, from, to, (t) => "\0".repeat(t.length));
      this.capitals = capitalRanges(buffer, table);
      // List tables a writer damaged cost the numbers, never the text.
      try {
        this.labels = listLabels(buffer, table, (fc) => cpOf(this._pieces, fc));
      } catch {
        this.labels = new Map();
      }
    }
    override buildDocument(): unknown {
      for (const [from, to] of this.capitals)
        rewriteRange(this._pieces, from, to, (t) => [...t].map(capitalOf).join(""));
      // Last paragraph first: an insertion moves only what follows it.
      const byPlace = [...this.labels].sort((a, b) => cpOf(this._pieces, b[0])! - cpOf(this._pieces, a[0])!);
      for (const [fc, label] of byPlace) insertLabel(this, fc, label);
      // An optional hyphen (0x1F): the library's clean-up has no entry for it and writes "undefined".
      for (const piece of this._pieces) piece.text = piece.text.replaceAll("\x1f", "\x00");
      return super.buildDocument();
    }
  }
  return (extractorClass = FontsAndLists);
}

/** The body of a Word 97–2003 file, capital-font runs in capitals' stand-ins, list numbers written. */
export async function wordBody(bytes: Uint8Array): Promise<string> {
  // Not an OLE2 file (a Word 2007 file under a .doc name): the library's own choice of reader.
  if (bytes[0] !== 0xd0 || bytes[1] !== 0xcf) {
    const { default: WordExtractor } = await import("word-extractor");
    return (await new WordExtractor().extract(Buffer.from(bytes))).getBody();
  }
  const BufferReader = require("word-extractor/lib/buffer-reader.js") as new (b: Buffer) => unknown;
  const Extractor = wordExtractor();
  const doc = await new Extractor().extract(new BufferReader(Buffer.from(bytes)));
  return doc.getBody();
}
