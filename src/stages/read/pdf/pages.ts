import { isLetterSpaced } from "../../../text/letter-spacing.js";
import { legacyFontEncoding, tcvn3ToUnicode } from "../../../text/tcvn3.js";
import { vniToUnicode } from "../../../text/vni.js";
import {
  convertLegacyLines,
  detectLegacyEncoding,
  mayBeLegacy,
  readsAsVietnamese,
  fewSyllables,
} from "../../../text/legacy-encoding.js";
import { InputError } from "../input-error.js";
import { isStampOnly } from "./stamp.js";
import { stampedGlyphs, type StampOps } from "./stamped-text.js";
import { alignedGrids, gridsOf, type Grid } from "./grid.js";
import { mergeFallbackGlyphs } from "./fallback-glyphs.js";
import { openAtFoot, twoColumnGrids, type TwoColumns } from "./two-column-tables.js";
import { linesOf, type Glyph, type PdfLine } from "./lines.js";
import { rulingsOf, type OperatorList, type Ops } from "./rulings.js";
import { restoreNatives } from "./natives.js";
import { drawnText, withSoftHyphens } from "./soft-hyphens.js";
import { parserWorker } from "./direct-port.js";

/**
 * What pdf.js gives of each page, made into glyph lines and grids: the only part of the PDF reader
 * that touches pdf.js. It runs in a worker thread of its own (page-thread.ts), because pdf.js's Node
 * build patches the process it runs in (Array.prototype.push, JSON.parse and JSON.stringify, and a
 * dozen more): in the converter's own thread, every later document of a run paid for that.
 */

export interface PdfNote {
  rule: string;
  message: string;
  page: number;
  severity: "info" | "warning";
}

/** A table found on a page: its rows and box (which glyphs it took is left on the page). */
export type PageGrid = Omit<Grid, "used">;

export interface Page {
  n: number;
  height: number;
  lines: PdfLine[];
  grids: PageGrid[];
  /** Set when the page has no text a reader could use (a scan). */
  noText: boolean;
  /** The text layer is there but unreadable: a font without a usable character map. */
  garbage: boolean;
  /**
   * The text layer reads as Vietnamese without its diacritics ("CQNG HOA XA HQI", "Thdnh ph6"): the
   * invisible layer a scanner's OCR for Latin scripts laid over the image. Read again when OCR can.
   */
  unaccented: boolean;
  /** Legacy Vietnamese font encodings met on the page. */
  legacy: string[];
  /** The top of the footnote area: a short rule above the bottom lines, outside any table. */
  noteRule: number | null;
  /** A two-column table without borders runs to the page's foot, and may go on on the next. */
  twoColumnsOpen: TwoColumns | null;
}

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

/** One page at a time: its glyphs, rulings and grids; the page's resources are released after. */
async function readPage(
  { page, content }: PageText,
  OPS: Ops,
  n: number,
  /** The page before ended in footnotes: one may run on under this page's rule, in body-size type. */
  notesBefore: boolean,
  /** The page before ended in a two-column table without borders, which may go on at this page's top. */
  openBefore: TwoColumns | null = null,
): Promise<Page> {
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
    // Top to bottom: the first grid of a page is the one a table from the page before continues into.
    const rulings = rulingsOf(ops, OPS);
    const grids = gridsOf(rulings, glyphs).sort((a, b) => b.box[3] - a.box[3]);
    const used = new Set(grids.flatMap((g) => [...g.used]));
    const [, , width, height] = page.view as [number, number, number, number];
    // Tables without borders: three or more columns that keep their places over several lines, or
    // two under a bold header of two cells.
    const aligned = alignedGrids(linesOf(glyphs.filter((g) => !used.has(g))));
    const paired = twoColumnGrids(aligned.rest, width, openBefore);
    const lines = paired.rest;
    if (aligned.grids.length || paired.grids.length) {
      grids.push(...aligned.grids, ...paired.grids);
      grids.sort((a, b) => b.box[3] - a.box[3]);
    }
    const inGrid = (y: number) => grids.some((g) => y >= g.box[1] - 2 && y <= g.box[3] + 2);
    // The footnote separator: a short rule at the left margin (the rule under a centred motto is not), outside tables.
    const leftEdge = Math.min(...lines.map((l) => l.x0));
    const rule = rulings
      .filter(
        (r) =>
          r.dir === "h" &&
          r.to - r.from < width * 0.4 &&
          r.from <= leftEdge + 5 &&
          r.at < height * 0.85 &&
          !inGrid(r.at),
      )
      .sort((a, b) => b.at - a.at)[0];
    // The page's text, its glyphs apart by a space: what the checks of a usable text layer read.
    const spaced = glyphs.map((g) => g.str).join(" ");
    return {
      n,
      height,
      // A line's glyphs served the grids above; the page crosses a thread boundary without them
      // (they were most of what was copied, and of the memory the copy held).
      lines: lines.map((l) => ({ ...l, glyphs: [] })),
      // Which glyphs a grid took matters only here; the page crosses a thread boundary without it.
      grids: grids.map(({ used: _used, ...g }) => g),
      legacy: [...legacy],
      noText: !glyphs.some((g) => /\p{L}{2}/u.test(g.str)) || isStampOnly(spaced),
      garbage: isGarbage(spaced),
      unaccented: isUnaccented(spaced),
      noteRule: rule && lines.some((l) => l.y < rule.at) ? rule.at : null,
      twoColumnsOpen: openAtFoot(grids.at(-1), lines),
    };
  } finally {
    page.cleanup();
  }
}

/**
 * A text layer whose characters mean nothing: private-use code points, control characters and
 * replacement marks (a font embedded without a character map), or letters that are no script.
 */
function isGarbage(spaced: string): boolean {
  const length = visibleLength(spaced);
  if (length < 20) return false;
  // Most pages hold no such character: looked for once before they are counted.
  const bad = BAD_CHAR.test(spaced)
    ? (spaced.match(/[\p{Co}\p{Cc}\uFFFD]/gu) ?? []).filter((c) => !/\s/.test(c)).length
    : 0;
  if (bad / length > 0.3) return true;
  // A font whose codes were shifted (a signing tool's re-encoded PDF: "1JK͓ ÿ͓QK V͙ 1Ĉ&3") gives
  // characters that exist but words that are no Vietnamese: the page is read as an image instead.
  if (fewSyllables(spaced, GARBLED_SHARE, GARBLED_MIN_WORDS)) return true;
  // The same fonts beside clean runs (dates, a table's numbers): a Vietnamese page has no Cyrillic or
  // Greek letter inside its words ("ÿѭӧF", "NLӇP"), and these pages have them in 38–57% of their words.
  // Only a character past Latin can be such a letter: most pages hold none, and stop here.
  if (!BEYOND_LATIN.test(spaced)) return false;
  const tokens = spaced
    .normalize("NFC")
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  const alien = tokens.filter((w) => /[^\P{L}\p{Script=Latin}]/u.test(w)).length;
  return tokens.length >= GARBLED_MIN_WORDS && alien / tokens.length >= ALIEN_SHARE;
}

const BAD_CHAR = /[\p{Co}\p{Cc}\uFFFD]/u;

/** What `\s` matches past ASCII: Unicode's space separators, the line and paragraph separators, the BOM. */
const isWideBlank = (c: number) =>
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Characters that are not white space, counted without a list of every space matched. */
function visibleLength(text: string): number {
  let blanks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && isWideBlank(c))) blanks++;
  }
  return text.length - blanks;
}

/**
 * Past Latin, its combining marks and Latin Extended Additional (Vietnamese's precomposed letters):
 * Greek, Cyrillic and every script after them, but not General Punctuation (a page's curly quotes
 * and dashes are no letter). NFC maps nothing below this range into it.
 */
const BEYOND_LATIN = /[\u0370-\u1DFF\u1F00-\u1FFF\u2070-\uFFFF]/;

/** The share of words with a letter of another script that makes a page garbled (TCVN3 pages: ≤ 12%). */
const ALIEN_SHARE = 0.25;

/**
 * Of the words of Vietnamese prose, more than half carry a letter outside ASCII; on every text page
 * of the corpus at least a quarter do. An OCR layer that knows no Vietnamese has next to none (0 and
 * 3% on the two scans that have one).
 */
function isUnaccented(spaced: string): boolean {
  const words = spaced.normalize("NFC").match(/[\p{L}\p{M}]+/gu) ?? [];
  if (words.length < GARBLED_MIN_WORDS) return false;
  // Answered as soon as it is certain: on a Vietnamese page, within its first words.
  const enough = UNACCENTED_SHARE * words.length;
  let accented = 0;
  for (const w of words) if (NON_ASCII.test(w) && ++accented >= enough) return false;
  return true;
}

const UNACCENTED_SHARE = 0.1;
const NON_ASCII = /[^\p{ASCII}]/u;

/** A page with this many words, of which fewer than this share are Vietnamese syllables, is garbled. */
const GARBLED_MIN_WORDS = 30;
const GARBLED_SHARE = 0.3;

/** Every page of the PDF, in order; a page pdf.js cannot read is a note, not the end of the document. */
export async function readPages(
  bytes: Uint8Array,
  maxPages: number,
): Promise<{ pages: Page[]; damaged: PdfNote[] }> {
  const { pdfjs, doc } = await loadPdf(bytes);
  const pages: Page[] = [];
  const damaged: PdfNote[] = [];
  try {
    if (doc.numPages > maxPages)
      throw new InputError(`has ${doc.numPages} pages, over the limit of ${maxPages} (--max-pages)`);
    let next = pageText(doc, 1);
    for (let n = 1; n <= doc.numPages; n++) {
      const asked = next;
      if (n < doc.numPages) next = pageText(doc, n + 1);
      try {
        const text = await asked;
        const before = pages.at(-1);
        pages.push(
          await readPage(
            text,
            pdfjs.OPS as unknown as Ops,
            n,
            before?.noteRule != null,
            before?.twoColumnsOpen,
          ),
        );
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
  return { pages, damaged };
}
