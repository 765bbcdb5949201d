import { isLetterSpaced } from "../../../text/letter-spacing.js";
import { legacyFontEncoding, tcvn3ToUnicode } from "../../../text/tcvn3.js";
import { vniToUnicode } from "../../../text/vni.js";
import {
  convertLegacyLines,
  detectLegacyEncoding,
  mayBeLegacy,
  readsAsVietnamese,
} from "../../../text/legacy-encoding.js";
import { InputError } from "../input-error.js";
import { stampedGlyphs, type StampOps } from "./stamped-text.js";
import { mergeFallbackGlyphs } from "./fallback-glyphs.js";
import type { Glyph } from "./lines.js";
import { rulingsOf, type OperatorList, type Ops } from "./rulings.js";
import { restoreNatives } from "./natives.js";
import { drawnText, withSoftHyphens } from "./soft-hyphens.js";
import { parserWorker } from "./direct-port.js";
import { noteRuleCandidates, type PageDrawing, type PdfNote } from "./page-layout.js";

/**
 * What pdf.js draws of each page, as glyphs and ruled lines: the only part of the PDF reader that
 * touches pdf.js. It runs in a worker thread of its own (page-thread.ts), because pdf.js's Node
 * build patches the process it runs in (Array.prototype.push, JSON.parse and JSON.stringify, and a
 * dozen more): in the converter's own thread, every later document of a run paid for that. Each
 * page is handed on as soon as it is drawn; its layout is the converter's (page-layout.ts).
 */

const BOLD_FONT = /bold|black|heavy|semibold|demi/i;

async function loadPdf(bytes: Uint8Array) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  restoreNatives();
  // The parser's module, loaded with the first document, brings the same replacements.
  const worker = await parserWorker(pdfjs);
  restoreNatives();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const loading = pdfjs.getDocument({
    worker,
    data: bytes.slice(),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // No image is ever read from the operator list (only paths, text and fonts are): any image is
    // left out rather than decoded, which was most of an operator list on a signed page.
    maxImageSize: 0,
  });
  try {
    return { pdfjs, doc: await loading.promise };
  } catch (e) {
    // The parser outlives the document: what it set up for this one goes.
    await loading.destroy().catch(() => undefined);
    const name = (e as Error).name;
    if (name === "PasswordException") throw new InputError("is encrypted: the PDF needs a password to open");
    if (name === "InvalidPDFException") throw new InputError("is not a readable PDF (damaged or truncated)");
    throw new InputError(`is not a readable PDF (${(e as Error).message.split("\n")[0]})`);
  }
}

/**
 * Whether a page's text leaves room for ruled lines worth reading: text in columns on one baseline
 * (a table's cells, the two-column header, a signature block) or small print (footnotes under their
 * rule). A page of running text has neither, and its rulings would change nothing.
 */
function mayHoldRulings(glyphs: readonly Glyph[]): boolean {
  // Gaps are measured between visible items: Chromium bridges a cell's gap with one wide space.
  const visible = glyphs.filter((g) => g.str.trim());
  if (!visible.length) return false;
  const sizes = visible.map((g) => g.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)]!;
  if (visible.some((g) => g.size < 0.9 * body)) return true;
  // Lines by nearness of baselines, not by rounding them: cells centred apart sit a fraction of a
  // point off one another ("1" at 608.3 beside "Mẫu số 1.1" at 609.0).
  const byY = visible.sort((a, b) => b.y - a.y);
  for (let start = 0; start < byY.length;) {
    let end = start + 1;
    while (end < byY.length && byY[start]!.y - byY[end]!.y <= 0.5 * body) end++;
    const line = byY.slice(start, end).sort((a, b) => a.x - b.x);
    for (let i = 1; i < line.length; i++)
      if (line[i]!.x - (line[i - 1]!.x + line[i - 1]!.w) > 2 * body) return true;
    start = end;
  }
  return false;
}

type PdfDocument = Awaited<ReturnType<typeof loadPdf>>["doc"];
type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;
type PageText = { page: PdfPage; content: Awaited<ReturnType<PdfPage["getTextContent"]>> };
/** A text content item that holds text (not a marked-content boundary). */
type TextItem = Extract<PageText["content"]["items"][number], { str: string }>;

/**
 * A page and its text content, asked for while the page before is still being read: pdf.js
 * inflates content streams in zlib's threads, and its own thread waited idle for each (a fifth of
 * reading the political report). The text content changes nothing pdf.js keeps for later pages;
 * the operator list, which does (fonts), is still asked for one page after the other.
 */
function pageText(doc: PdfDocument, n: number): Promise<PageText> {
  const asked = doc.getPage(n).then(async (page) => ({ page, content: await page.getTextContent() }));
  // A page that fails is reported when its turn comes; until then its failure is not unhandled.
  asked.catch(() => undefined);
  return asked;
}

/**
 * Whether the page has annotations that draw something (a signing tool's fields). Links draw
 * nothing. Asked with the print intent: for the display intent pdf.js reads the page's whole text
 * again to find each link's words (3.7 ms a page of the political report, which has 242 links).
 * Every field of the corpus's signed PDFs is printable.
 */
export async function drawnAnnotations(page: Pick<PdfPage, "getAnnotations">): Promise<boolean> {
  const annotations = (await page.getAnnotations({ intent: "print" })) as { subtype?: string }[];
  return annotations.some((a) => a.subtype !== "Link");
}

/** An item of letters printed apart (character spacing) is marked, so its line gives its words. */
function markSpaced(glyph: Glyph): Glyph {
  if (isLetterSpaced(glyph.str)) glyph.spaced = true;
  return glyph;
}

/** One page at a time: its glyphs and rulings; the page's resources are released after. */
async function readPage(
  { page, content }: PageText,
  OPS: Ops,
  n: number,
  /** The page before may end in footnotes: one may run on under this page's rule, in body-size type. */
  notesBefore: boolean,
): Promise<PageDrawing> {
  try {
    const placed: { glyph: Glyph; fontName: string; item: number }[] = [];
    const texts = content.items.filter((item) => "str" in item && item.str) as TextItem[];
    // Indexed loops and reads: destructuring went through the iterator protocol, a fifth of this
    // function's own time on a page of 700 items.
    for (let k = 0; k < texts.length; k++) {
      const item = texts[k]!;
      const t = item.transform as number[];
      // Rotated text (stamps, margin notes) is not part of the reading flow.
      if (Math.abs(t[1]!) > 0.01) continue;
      const size = Math.hypot(t[2]!, t[3]!) || item.height || 10;
      placed.push({
        glyph: markSpaced({ str: item.str, x: t[4]!, y: t[5]!, w: item.width, size, bold: false }),
        fontName: item.fontName,
        item: k,
      });
    }
    // The operator list (a third of pdf.js's time, and every image decoded) only where it can tell
    // something: ruled tables, a footnote rule, a signing tool's stamped fields, or fonts not met on
    // an earlier page (pdf.js names a font only once an operator list has loaded it).
    const glyphs = placed.map((p) => p.glyph);
    const needed =
      placed.some((p) => !page.commonObjs.has(p.fontName)) ||
      (await drawnAnnotations(page)) ||
      notesBefore ||
      mayHoldRulings(glyphs);
    let ops: OperatorList = needed
      ? ((await page.getOperatorList()) as unknown as OperatorList)
      : { fnArray: [], argsArray: [] };
    const fonts = new Map<string, { bold: boolean; legacy: ReturnType<typeof legacyFontEncoding> }>();
    const fontOf = (fontName: string) => {
      let font = fonts.get(fontName);
      if (!font) {
        const name =
          (page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as { name?: string } | null) : null)
            ?.name ?? "";
        font = { bold: BOLD_FONT.test(name), legacy: legacyFontEncoding(name) };
        fonts.set(fontName, font);
      }
      return font;
    };
    // A TCVN3 font's "ư" is the glyph pdf.js leaves out of the text (soft-hyphens.ts): put back from
    // the drawing, read for these pages only.
    let drawing: string | null = null;
    const withDrawnMarks = async (strs: string[]) => {
      if (!needed && !ops.fnArray.length) ops = (await page.getOperatorList()) as unknown as OperatorList;
      const { showText, showSpacedText } = OPS as unknown as StampOps;
      return withSoftHyphens(strs, (drawing ??= drawnText(ops, [showText, showSpacedText])));
    };
    if (placed.some((p) => fontOf(p.fontName).legacy?.startsWith("tcvn3"))) {
      const restored = await withDrawnMarks(texts.map((t) => t.str));
      if (restored) for (const p of placed) p.glyph.str = restored[p.item]!;
    }
    const legacy = new Set<string>();
    for (const { glyph, fontName } of placed) {
      const font = fontOf(fontName);
      // Legacy 8-bit Vietnamese fonts: their Latin-1 look-alikes converted to Unicode.
      if (font.legacy === "tcvn3" || font.legacy === "tcvn3-upper")
        glyph.str = tcvn3ToUnicode(glyph.str, font.legacy === "tcvn3-upper");
      else if (font.legacy === "vni") glyph.str = vniToUnicode(glyph.str);
      if (font.legacy) legacy.add(font.legacy);
      glyph.bold = font.bold;
    }
    // Fonts that name no legacy encoding may still print its look-alikes (a font renamed "F1", or
    // another put in its place): read by content, as any reader's text is (legacy-lines.ts).
    if (!legacy.size) {
      let strs = glyphs.map((g) => g.str);
      const encoding = mayBeLegacy(strs) ? detectLegacyEncoding(strs) : null;
      // Its fonts renamed, TCVN3 lost its "ư" the same way.
      if (encoding === "tcvn3") {
        const restored = await withDrawnMarks(texts.map((t) => t.str));
        if (restored) strs = placed.map((p) => restored[p.item]!);
      }
      const converted = encoding ? strs.map((t) => convertLegacyLines([t], encoding)[0]!) : strs;
      // Only where the page then reads as Vietnamese: a signing tool's shifted codes gain a little
      // from either table and stay garbled, a page for OCR.
      if (encoding && readsAsVietnamese(converted.join(" "))) {
        glyphs.forEach((g, k) => (g.str = converted[k]!));
        legacy.add(encoding);
      }
    }
    const fallback = mergeFallbackGlyphs(placed);
    if (fallback.dropped.size)
      glyphs.splice(0, glyphs.length, ...glyphs.filter((g) => !fallback.dropped.has(g)), ...fallback.added);
    // A signing tool's stamped number and day, drawn in fields the text content leaves out.
    glyphs.push(...stampedGlyphs(ops, OPS as unknown as StampOps));
    // A damaged content stream can place text at NaN or Infinity: such a glyph has no place to read.
    for (let i = glyphs.length - 1; i >= 0; i--) {
      const g = glyphs[i]!;
      if (!Number.isFinite(g.x) || !Number.isFinite(g.y) || !Number.isFinite(g.w) || !Number.isFinite(g.size))
        glyphs.splice(i, 1);
    }
    const [, , width, height] = page.view as [number, number, number, number];
    return { n, width, height, glyphs, rulings: rulingsOf(ops, OPS), legacy: [...legacy] };
  } finally {
    page.cleanup();
  }
}

/**
 * Whether a page may end in footnotes, as far as its drawing tells: a rule that may be their
 * separator with text under it. Its layout tells for sure, but that is made in another thread, after
 * the next page is asked for; reading the next page's rulings where none was needed changes nothing.
 */
function mayEndInNotes({ rulings, width, height, glyphs }: PageDrawing): boolean {
  const below = Math.max(...noteRuleCandidates(rulings, width, height).map((r) => r.at));
  return glyphs.some((g) => g.y < below);
}

/**
 * Every page of the PDF, in order, each handed to `onPage` as soon as it is drawn; a page pdf.js
 * cannot read is a note, not the end of the document.
 */
export async function readPages(
  bytes: Uint8Array,
  maxPages: number,
  onPage: (page: PageDrawing) => void,
): Promise<{ damaged: PdfNote[] }> {
  const { pdfjs, doc } = await loadPdf(bytes);
  const damaged: PdfNote[] = [];
  let notesBefore = false;
  try {
    if (doc.numPages > maxPages)
      throw new InputError(`has ${doc.numPages} pages, over the limit of ${maxPages} (--max-pages)`);
    let next = pageText(doc, 1);
    for (let n = 1; n <= doc.numPages; n++) {
      const asked = next;
      if (n < doc.numPages) next = pageText(doc, n + 1);
      try {
        const page = await readPage(await asked, pdfjs.OPS as unknown as Ops, n, notesBefore);
        notesBefore = mayEndInNotes(page);
        onPage(page);
      } catch (e) {
        // A page pdf.js cannot read (a broken cross-reference, a damaged stream): its text is
        // missing and said so; the other pages are read.
        if (e instanceof InputError || !/Exception$/.test((e as Error).name)) throw e;
        damaged.push({
          rule: "pdf-page-damaged",
          message: `page ${n} cannot be read (${(e as Error).message.split("\n")[0]}): its text is missing`,
          page: n,
          severity: "warning",
        });
      }
    }
  } finally {
    await doc.destroy();
  }
  return { damaged };
}
