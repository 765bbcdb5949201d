import { BROWSER_PRINT, completesFormula, SENTENCE_END } from "../../../text/formulas.js";
import type { LineBox, TableBlock, TableRow } from "../../../model/block.js";
import { matchMarker, opensBlock } from "../../../text/markers.js";
import { InputError } from "../input-error.js";
import { OCR_INSTALL, ocrAvailable, ocrPages } from "../ocr/index.js";
import { scanGrids } from "../ocr/rulings.js";
import { nameLineSurname } from "../ocr/correct.js";
import type { OcrMode, Reader, ReaderOptions, SourceText } from "../reader.js";
import { isUpperText } from "../../../text/normalize.js";
import { tableLine, type SourceLine } from "../source-line.js";
import { readPagesApart } from "./apart.js";
import { cellText, type GridCell } from "./grid.js";
import { linesOf, type PdfLine } from "./lines.js";
import type { Page, PageGrid, PdfNote } from "./page-layout.js";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * The median of values each counted `weight` times (a type size counted once per character, up to
 * 200 a line), without the array of every character a plain median needs.
 */
function weightedMedian(pairs: [value: number, weight: number][]): number {
  const sorted = pairs.filter(([, w]) => w > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((a, [, w]) => a + w, 0);
  let seen = 0;
  for (const [value, weight] of sorted) {
    seen += weight;
    if (seen > Math.floor(total / 2)) return value;
  }
  return 0;
}

type Flagged = PdfLine & {
  page: number;
  role: "content" | "furniture" | "footnote";
  footnote?: string;
  wrapped?: boolean;
};

/**
 * A line's flags, its fields laid out alike in every one: the roles and marks set on it later
 * change no object's shape (as a spread and later additions did, a tenth of the pass's time).
 */
function flag(l: PdfLine, page: number): Flagged {
  return {
    text: l.text,
    x0: l.x0,
    x1: l.x1,
    y: l.y,
    size: l.size,
    bold: l.bold,
    refs: l.refs,
    column: l.column,
    glyphs: l.glyphs,
    page,
    role: "content",
    footnote: undefined,
    wrapped: undefined,
  };
}

/**
 * Pages whose only text is an image (a scan, often under a digital-signature stamp): read by OCR when
 * it can run, else reported page by page; a PDF with no text at all is refused with what to install.
 */
async function readScans(
  bytes: Uint8Array,
  pages: Page[],
  ocr: OcrMode,
  progress?: (message: string) => void,
): Promise<PdfNote[]> {
  const notes: PdfNote[] = [];
  for (const p of pages.filter((x) => x.legacy.length)) {
    const names = [...new Set(p.legacy.map((l) => (l === "vni" ? "VNI" : "TCVN3")))].join(" and ");
    notes.push({
      rule: "legacy-font",
      message: `page ${p.n} uses ${names} fonts: converted to Unicode`,
      page: p.n,
      severity: "info",
    });
  }
  for (const p of pages.filter((x) => x.garbage && !x.noText)) {
    notes.push({
      rule: "garbage-text-layer",
      message: `page ${p.n} has a text layer without a usable character map: its text is read as an image`,
      page: p.n,
      severity: "warning",
    });
    p.noText = true;
  }
  const canRun = ocr !== "off" && (await ocrAvailable());
  for (const p of pages.filter((x) => x.unaccented && !x.noText && !x.garbage)) {
    notes.push({
      rule: "unaccented-text-layer",
      message: `page ${p.n} has a text layer without Vietnamese diacritics (a scanner's OCR): ${canRun ? "read again by OCR" : "kept as it is; install OCR to read the image"}`,
      page: p.n,
      severity: "warning",
    });
    if (canRun) p.noText = true;
  }
  const scans = pages.filter((p) => p.noText);
  if (!scans.length) return notes;
  if (ocr === "on" && !canRun)
    throw new InputError(
      `has ${scans.length} page(s) without text layer and OCR cannot run: install tesseract with Vietnamese (${OCR_INSTALL})`,
    );
  if (!canRun) {
    if (scans.length === pages.length)
      throw new InputError(
        `has no text layer on any of its ${pages.length} page(s) (a scanned PDF): OCR is needed (${OCR_INSTALL}, then --ocr)`,
      );
    for (const p of scans)
      notes.push({
        rule: "no-text-layer",
        message: `page ${p.n} has no text layer (a scanned image): its text is missing; install OCR (${OCR_INSTALL})`,
        page: p.n,
        severity: "warning",
      });
    return notes;
  }
  const read = await ocrPages(
    bytes,
    scans.map((p) => ({ n: p.n, height: p.height })),
    progress,
  );
  for (const p of scans) {
    const page = read.get(p.n);
    // Tables read from a garbled text layer go with it; the image's own rulings make them again.
    const glyphs = page?.glyphs ?? [];
    const grids = scanGrids(page?.rulings ?? [], glyphs).sort((a, b) => b.box[3] - a.box[3]);
    const used = new Set(grids.flatMap((g) => [...g.used]));
    p.lines = linesOf(glyphs.filter((g) => !used.has(g)));
    p.grids = grids.map(({ used: _used, ...g }) => g);
    p.noText = false;
    const fixed = [...(page?.corrections ?? [])];
    for (const line of p.lines) {
      const named = nameLineSurname(line.text);
      if (!named) continue;
      fixed.push({ from: named.from, to: "Nguyễn" });
      line.text = named.text;
    }
    if (fixed.length)
      notes.push({
        rule: "ocr-corrected",
        message: `page ${p.n}: ${fixed.length} misread word(s) corrected by their neighbours: ${fixed
          .slice(0, 8)
          .map((c) => `${c.from} → ${c.to}`)
          .join(", ")}${fixed.length > 8 ? ", …" : ""}`,
        page: p.n,
        severity: "info",
      });
    notes.push({
      rule: "no-text-layer",
      message: `page ${p.n} has no text layer (a scanned image): read by OCR (tesseract, vie), ${p.lines.length} line(s)`,
      page: p.n,
      severity: "info",
    });
  }
  return notes;
}

/** Page headers, footers and page numbers: at the top or bottom of the page, repeated or a bare number. */
function markFurniture(pages: Page[], flagged: Map<PdfLine, Flagged>): number {
  const key = (l: PdfLine) => l.text.replace(/\d+/g, "#").toLowerCase();
  // The outer 7% of the page, or the page's first or last line within its outer 15% (a landscape
  // page's wide margins put its numbers 9% in).
  const outermost = new Map(
    pages.map((p) => {
      const ys = p.lines.map((l) => l.y);
      return [p, { top: Math.max(...ys), bottom: Math.min(...ys) }];
    }),
  );
  const edge = (p: Page, l: PdfLine) => {
    const { top, bottom } = outermost.get(p)!;
    return (
      l.y > p.height * 0.93 ||
      l.y < p.height * 0.07 ||
      (l.y === top && l.y > p.height * 0.85) ||
      (l.y === bottom && l.y < p.height * 0.15)
    );
  };
  const counts = new Map<string, number>();
  for (const p of pages)
    for (const k of new Set(p.lines.filter((l) => edge(p, l)).map(key)))
      counts.set(k, (counts.get(k) ?? 0) + 1);
  // A bare number at the edge is a page number when it follows the page sequence: the most common
  // offset between printed number and page index, seen on two pages at least ("15" opening a table
  // row at the top of a page is not one).
  const PAGE_NUMBER = /^[-–—\s]*(trang\s*)?(\d{1,4})([/\s]+\d{1,4})?[-–—\s]*$/i;
  const offsets = new Map<number, number>();
  /** Each page's offsets: a section that numbers its pages anew (an appendix's "2", "3", "4"). */
  const pageOffsets = new Map<number, Set<number>>();
  for (const p of pages)
    for (const l of p.lines)
      if (edge(p, l) && PAGE_NUMBER.test(l.text)) {
        const off = Number(PAGE_NUMBER.exec(l.text)![2]) - p.n;
        offsets.set(off, (offsets.get(off) ?? 0) + 1);
        pageOffsets.set(p.n, (pageOffsets.get(p.n) ?? new Set()).add(off));
      }
  const [offset, seen] = [...offsets].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0];
  // The document's own sequence, or one a neighbouring page continues (a section numbered anew).
  const inSequence = (n: number, off: number) =>
    (seen >= 2 && off === offset) || !!pageOffsets.get(n - 1)?.has(off) || !!pageOffsets.get(n + 1)?.has(off);
  let n = 0;
  for (const p of pages) {
    // A browser's margin line, parted into pieces at its gaps (clipped accents of the next line ride along).
    const printed = p.lines.filter((l) => edge(p, l) && BROWSER_PRINT.test(l.text)).map((l) => l.y);
    for (const l of p.lines) {
      if (!edge(p, l)) continue;
      const browser = printed.some((y) => Math.abs(y - l.y) < 1);
      const repeated =
        pages.length >= 3 &&
        (counts.get(key(l)) ?? 0) >= Math.max(2, pages.length / 2) &&
        !PAGE_NUMBER.test(l.text);
      const number = PAGE_NUMBER.exec(l.text);
      const pageNumber = number !== null && inSequence(p.n, Number(number[2]) - p.n);
      if (repeated || pageNumber || browser) {
        flagged.get(l)!.role = "furniture";
        n++;
      }
    }
  }
  return n;
}

/**
 * The body size footnotes are smaller than on one page: the document's, or the page's own where its
 * upper half is set smaller (a joint circular's articles in 7 points, its forms after them in 8: the
 * articles' last page was read as footnotes). Only the upper half counts, since notes stand below.
 */
function pageBodySize(p: Page, body: PdfLine[], bodySize: number): number {
  const upper = body.filter((l) => l.y >= p.height * 0.5);
  if (upper.length < MIN_UPPER_LINES) return bodySize;
  return Math.min(bodySize, weightedMedian(upper.map((l) => [l.size, Math.min(l.text.length, 200)])));
}

/** Lines the upper half of a page needs before its own size counts. */
const MIN_UPPER_LINES = 3;

/** Footnotes: smaller lines below the page's last body-size line, each opening at its number. */
function markFootnotes(pages: Page[], flagged: Map<PdfLine, Flagged>, bodySize: number): void {
  // Footnotes are numbered in sequence, and a long one continues on the next page: a number at the
  // start of a line opens a footnote only when it follows the last one.
  let label: string | null = null;
  for (const p of pages) {
    const body = p.lines.filter((l) => flagged.get(l)!.role === "content");
    const size = pageBodySize(p, body, bodySize);
    const lowestBody = Math.min(...body.filter((l) => l.size >= 0.92 * size).map((l) => l.y));
    for (const l of body) {
      // Below the footnote rule, or (no rule drawn) small print below the last body-size line.
      const below =
        p.noteRule !== null
          ? l.y < p.noteRule
          : l.size < 0.9 * size && l.y < lowestBody && l.y < p.height * 0.5;
      if (!below) continue;
      const f = flagged.get(l)!;
      const marker = l.refs.find((r) => r.offset === 0)?.label;
      // The number printed at the start, glued or not ("100Đến nay", "10115 dự án" is note 101): the
      // next in the sequence (a note may have been missed, so a few ahead), never one behind ("02 ngày" continues a note).
      const last: string | null = label;
      const ahead: string[] = last === null ? [] : [1, 2, 3, 4, 5].map((k) => String(Number(last) + k));
      const lead: string | undefined =
        marker ??
        (last === null
          ? /^(\d{1,3})(?=\s|\p{Lu})/u.exec(l.text)?.[1]
          : ahead.find((k: string) => l.text.startsWith(k) && !/^0\s/.test(l.text.slice(k.length))));
      if (lead) {
        label = lead;
        if (!marker) f.text = l.text.slice(lead.length).trimStart();
        f.refs = f.refs.filter((r) => r.offset !== 0);
      }
      if (label === null) continue;
      f.role = "footnote";
      f.footnote = label;
    }
  }
}

/**
 * Whether each body line continues the paragraph of the line before it, from the page's geometry:
 * the line before reaches the right margin and the gap is one line pitch (across a page break: the
 * line before fills the width and the sentence is not over).
 */
function markWraps(pages: Page[], flagged: Map<PdfLine, Flagged>): void {
  let prev: Flagged | null = null;
  // The text area's right edge, from the whole document: a page of short lines has the same margins.
  const ends = [...flagged.values()]
    .filter((f) => f.role === "content" && f.column === 0)
    .map((f) => f.x1)
    .sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.98)] ?? 0;
  const starts = [...flagged.values()]
    .filter((f) => f.role === "content" && f.column === 0)
    .map((f) => f.x0)
    .sort((a, b) => a - b);
  const left = starts[Math.floor(starts.length * 0.02)] ?? 0;
  for (const p of pages) {
    const body = p.lines.map((l) => flagged.get(l)!).filter((f) => f.role === "content");
    const gaps = body
      .slice(1)
      .map((l, i) => body[i]!.y - l.y)
      .filter((g) => g > 0);
    // The line pitch inside a paragraph: the smaller gaps (paragraph spacing makes the larger ones).
    const usual = 2.5 * median(body.map((l) => l.size));
    const inner = gaps.filter((g) => g < usual).sort((a, b) => a - b);
    const pitch = inner[Math.floor(inner.length / 4)] ?? 0;
    for (const cur of body) {
      if (prev && cur.column === 0 && prev.column === 0) {
        // The line before is full when the first word of this one would not have fitted after it.
        const space = cur.text.indexOf(" ");
        const firstWordLength = space < 0 ? cur.text.length : space;
        const charWidth = (cur.x1 - cur.x0) / Math.max(1, cur.text.length);
        const strictlyFull =
          prev.x1 >= right - 1.5 * prev.size ||
          prev.x1 + 0.25 * cur.size + firstWordLength * charWidth * 1.3 > right;
        // A long line whose sentence goes on: the estimate of the next word's width is rough. A line
        // closed in parentheses ("(Kèm theo …)") is a caption of its own.
        const closed = SENTENCE_END.test(prev.text) || /^\(.*\)$/.test(prev.text);
        const full = strictlyFull || (prev.x1 >= right - 0.25 * (right - left) && !closed);
        const samePage = prev.page === cur.page;
        const sameSize = Math.abs(prev.size - cur.size) <= 0.15 * cur.size;
        // Across a page break there is no gap to measure: the line before must be full, its next word
        // not fitting (a paragraph's last line rarely is; a sentence may end at the break and the paragraph go on).
        // Nor does a line in capitals go on from one that is not, or the reverse: the next page opens
        // with a title ("Hoàng Văn Thuân" ⏎ "PHÂN CÔNG NHIỆM VỤ …", an appendix after the signature).
        const continues =
          sameSize &&
          (samePage
            ? prev.y - cur.y > 0 && prev.y - cur.y <= pitch * 1.15 + 0.5 && full
            : strictlyFull && isUpperText(prev.text) === isUpperText(cur.text));
        // A numbered or bulleted line continues only a full line whose sentence is open ("Hà Nội -" /
        // "- Hải Phòng"); a formula ("(Kèm theo …", "Căn cứ …") never continues anything. At the top
        // of a page it opens its item (headings end without punctuation). Asked only of a line the
        // geometry lets go on: the markers' patterns are the costly part of this pass.
        const opens = continues && opensBlock(cur.text);
        const asItem =
          !opens || (matchMarker(cur.text) !== null && strictlyFull && !SENTENCE_END.test(prev.text));
        cur.wrapped = continues && (samePage ? asItem : !opens);
      } else
        // A header's column too narrow for its formulas wraps them: the wrapped part is no line of its own.
        cur.wrapped =
          !!prev &&
          cur.column !== 0 &&
          prev.column === cur.column &&
          prev.page === cur.page &&
          prev.y - cur.y > 0 &&
          prev.y - cur.y <= 2 * cur.size &&
          completesFormula(prev.text, cur.text);
      prev = cur;
    }
  }
}

/**
 * Side-by-side blocks (the issuer beside the national motto, nơi nhận beside the signature) are read
 * one after the other: in a run of lines that each keep to one half of the text area, with lines in
 * both halves, the left block comes first, then the right; their lines never join across.
 * `tops` receives the run's top for each of its lines, so the run stays together on the page.
 */
function readingOrder(
  lines: PdfLine[],
  flagged: Map<PdfLine, Flagged>,
  tops: Map<PdfLine, number>,
): PdfLine[] {
  const body = lines.filter((l) => flagged.get(l)!.role === "content");
  if (body.length < 4) return lines;
  const left = Math.min(...body.map((l) => l.x0));
  const width = Math.max(...body.map((l) => l.x1)) - left;
  const narrow = (l: PdfLine) => flagged.get(l)!.role === "content" && l.x1 - l.x0 < 0.7 * width;
  const sorted = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const out: PdfLine[] = [];
  for (let i = 0; i < sorted.length;) {
    if (!narrow(sorted[i]!)) {
      out.push(sorted[i++]!);
      continue;
    }
    let j = i;
    while (j < sorted.length && narrow(sorted[j]!)) j++;
    for (const run of besideAcrossGaps(apartByGaps(sorted.slice(i, j)), left, width))
      out.push(...sideBySide(run, left, width, flagged, tops));
    i = j;
  }
  return out;
}

/** The most baselines a part under a signature's blank space holds to go on the blocks above it. */
const BELOW_BLANK_BASELINES = 2;

/**
 * A signature's blank space parts its run, yet the lines just below it in both halves go on the
 * blocks above: side-by-side signatures ("KT. BỘ TRƯỞNG" ⏎ "BỘ CÔNG AN" ⏎ "THỨ TRƯỞNG" beside the
 * same for "BỘ TƯ PHÁP", then "(Đã ký)" and the names level with each other, far below). A short
 * part (a line or two: the mark, the names) joins the part above when both hold lines in both
 * halves and none of its lines is centred on the page; a longer one (the next pair of signatures)
 * stands apart, as does an appendix's title under the signature.
 */
function besideAcrossGaps(parts: PdfLine[][], left: number, width: number): PdfLine[][] {
  const middle = left + width / 2;
  const half = (x: PdfLine) => (x.x1 < middle ? "left" : x.x0 >= middle ? "right" : null);
  const both = (p: PdfLine[]) => p.some((x) => half(x) === "left") && p.some((x) => half(x) === "right");
  const out: PdfLine[][] = [];
  for (const part of parts) {
    const above = out.at(-1);
    const baselines = new Set(part.map((x) => Math.round(x.y))).size;
    if (
      above &&
      both(above) &&
      both(part) &&
      baselines <= BELOW_BLANK_BASELINES &&
      part.every((x) => half(x))
    )
      above.push(...part);
    else out.push([...part]);
  }
  return out;
}

/**
 * A run of narrow lines parted where a gap of more than three lines' height opens: side-by-side
 * blocks stand together, and what stands apart below them (an appendix's centred title under the
 * signature) is no half of theirs.
 */
function apartByGaps(run: PdfLine[]): PdfLine[][] {
  const parts: PdfLine[][] = [];
  for (const [k, x] of run.entries()) {
    const above = run[k - 1];
    if (!above || above.y - x.y > 3 * Math.max(above.size, x.size)) parts.push([]);
    parts.at(-1)!.push(x);
  }
  return parts;
}

/**
 * Two blocks in a run: lines at the left margin and lines starting well inside, the left ones ending
 * before the right ones start, each block two lines or more, side by side (their heights overlap).
 * Returns the run's lines in reading order: above the blocks, left block, right block, below.
 */
function sideBySide(
  run: PdfLine[],
  left: number,
  width: number,
  flagged: Map<PdfLine, Flagged>,
  tops: Map<PdfLine, number>,
): PdfLine[] {
  // The right block's lines start well inside. A justified left line parted at its wide spaces
  // ("-   Lưu:   VT,   KGVXNV,") leaves pieces inside too: on a left line's baseline, ending short of
  // where the lines standing in the right half begin.
  const inside = (x: PdfLine) => x.x0 >= left + 0.25 * width;
  const halfEdge = Math.min(
    ...run.filter((x) => inside(x) && (x.x0 + x.x1) / 2 >= left + 0.5 * width).map((x) => x.x0),
  );
  const starts = run.filter((x) => !inside(x));
  // A short line centred in the left half (a signature's "(Đã ký)" under its capacity) is the left
  // block's too.
  const piece = (x: PdfLine) =>
    inside(x) &&
    x.x1 < halfEdge &&
    (starts.some((s) => Math.abs(s.y - x.y) < 1) || (x.x0 + x.x1) / 2 < left + width / 2);
  const r = run.filter((x) => inside(x) && !piece(x));
  // Lines centred on the page are titles between paragraphs ("LUẬT", a chapter's name, spaced apart
  // by a writer that leaves two lines between paragraphs), not a column beside them.
  const middle = left + width / 2;
  if (r.every((x) => Math.abs((x.x0 + x.x1) / 2 - middle) < 0.05 * width)) return run;
  // The left block starts beside the right one (within a line of its height) and runs on below it
  // to the run's end: a list of recipients outlasts the signature beside it.
  const high = r.length ? Math.max(...r.map((x) => x.y)) + 1.5 * Math.max(...run.map((x) => x.size)) : 0;
  const edge = Math.min(...r.map((x) => x.x0));
  const l = run.filter((x) => x.y <= high && (!inside(x) || piece(x)));
  // A paragraph's last lines just above the blocks run past the right block's edge: not of the left one.
  while (l.length && l[0]!.x1 >= edge && l[0]!.y > Math.min(...r.map((x) => x.y))) l.shift();
  const beside = l.length >= 2 && r.length >= 2 && Math.max(...l.map((x) => x.x1)) < edge;
  if (!beside) return run;
  const top = Math.max(...[...l, ...r].map((x) => x.y + x.size));
  [l, r].forEach((half, k) =>
    half.forEach((x) => {
      flagged.get(x)!.column = k + 1;
      tops.set(x, top);
    }),
  );
  const block = new Set([...l, ...r]);
  return [
    ...run.filter((x) => !block.has(x) && x.y > high),
    ...l,
    ...r,
    ...run.filter((x) => !block.has(x) && x.y <= high),
  ];
}

/** A table cut by a page break: same columns at the top of the next page; its repeated header goes, a split row joins. */
function stitch(pages: Page[], flagged: Map<PdfLine, Flagged>): void {
  // The table still open at the bottom of the page before (it may have begun pages earlier). Page
  // numbers and footnotes around it are no text between its parts.
  let open: PageGrid | null = null;
  for (const page of pages) {
    const text = page.lines.filter((l) => flagged.get(l)!.role === "content");
    const first = page.grids[0];
    const bodyAbove = first ? text.some((l) => l.y > first.box[3]) : true;
    const onto = open && first && !bodyAbove ? ontoColumns(open, first) : null;
    if (open && first && onto) {
      join(open, onto, page.n);
      page.grids.shift();
      // The whole page was this table's continuation: it stays open for the next page.
      if (!page.grids.length && !text.some((l) => l.y < first.box[1])) continue;
    }
    const last = page.grids.at(-1);
    open = last && !text.some((l) => l.y < last.box[1]) ? last : null;
  }
}

/**
 * Lines of blank space under a cell's text from which it ended above its row's foot: a cell a page
 * break cut leaves under two (a browser's margin), a finished one in a taller row five or more.
 */
const ENDED_SLACK = 3;

/** Borders of one grid within this many points of the other's are the same border. */
const SAME_BORDER = 3;
/** Inner borders one side may have that the other has not, for the two to be one table. */
const MOVED_BORDERS = 2;

/**
 * The grid on the next page in the columns of the table open above it, or null when it is not that
 * table. The same columns, or nearly: one Word table's rows may set one inner border elsewhere (a
 * ministry's list of 108 rows over 52 pages moves the border between "Nội dung liên quan" and "Nội
 * dung giao quy định chi tiết" from 307 to 364 points halfway, and the page where it moves draws
 * both). Its outer edges must match and at most two inner borders differ; each cell then takes the
 * open table's columns whose middles it covers (the one its own middle stands in, if none), and two
 * cells of a row that would share a column mean another table.
 */
function ontoColumns(open: PageGrid, next: PageGrid): PageGrid | null {
  const near = (x: number, xs: number[]) => xs.some((y) => Math.abs(x - y) <= SAME_BORDER);
  if (
    Math.abs(open.xs[0]! - next.xs[0]!) > SAME_BORDER ||
    Math.abs(open.xs.at(-1)! - next.xs.at(-1)!) > SAME_BORDER
  )
    return null;
  const moved =
    next.xs.filter((x) => !near(x, open.xs)).length + open.xs.filter((x) => !near(x, next.xs)).length;
  if (moved === 0 && open.xs.length === next.xs.length) return next;
  if (moved > MOVED_BORDERS) return null;
  const columns = open.xs.length - 1;
  const middle = (k: number) => (open.xs[k]! + open.xs[k + 1]!) / 2;
  const rows: PageGrid["rows"] = [];
  for (const row of next.rows) {
    const cells: GridCell[] = [];
    let taken = -1;
    for (const cell of [...row.cells].sort((a, b) => a.col - b.col)) {
      const [x0, x1] = [next.xs[cell.col]!, next.xs[cell.col + cell.colSpan]!];
      const covered = Array.from({ length: columns }, (_, k) => k).filter(
        (k) => middle(k) >= x0 && middle(k) <= x1,
      );
      const own = open.xs.findIndex(
        (x, k) => k < columns && (x0 + x1) / 2 >= x && (x0 + x1) / 2 < open.xs[k + 1]!,
      );
      const [from, to] = covered.length ? [covered[0]!, covered.at(-1)!] : [own, own];
      if (from < 0 || from <= taken) return null;
      cells.push({ ...cell, col: from, colSpan: to - from + 1 });
      taken = to;
    }
    rows.push({ ...row, cells });
  }
  return { ...next, xs: open.xs, rows };
}

function join(into: PageGrid, next: PageGrid, page: number): void {
  const rows = next.rows.map((r) => ({ ...r, page: r.page ?? page }));
  const text = (r: PageGrid["rows"][number]) => r.cells.map((c) => c.text).join("|");
  if (rows.length && into.rows.length && text(rows[0]!) === text(into.rows[0]!)) rows.shift();
  const head = rows[0];
  const tail = into.rows.at(-1);
  // A row split by the page break: its continuation has no number of its own. A row whose filled
  // cells all open with a capital, one of them under a cell whose text ended well above the row's
  // foot, is a row of its own under a number cell merged down the rows instead (a ministry's list
  // Word never split a row of: "Hiệu lực thi hành từ ngày 05/12/2017" at the top of page 2, under
  // "Hiệu lực thi hành ngày 05/7/2014" in a row of eight lines). Either alone is no proof: a row
  // the break cuts goes on with "Đồ Sơn …", and a browser centres a short cell on its row.
  const ended = (col: number) => (spanningTo(into.rows, col)?.slack ?? 0) >= ENDED_SLACK;
  const filled = head?.cells.filter((c) => c.text) ?? [];
  const opensAnew =
    filled.length > 0 && filled.every((c) => /^\p{Lu}/u.test(c.text)) && filled.some((c) => ended(c.col));
  if (head && tail && !head.cells.find((c) => c.col === 0)?.text && !opensAnew) {
    for (const c of head.cells) {
      const target = tail.cells.find((t) => t.col === c.col);
      if (target && c.text) target.text = cellText([target.text, c.text].filter(Boolean));
    }
    rows.shift();
    // Its cells that span the rows below it (the blank first columns of a number cell merged over
    // the rest of the page) still cover them. A blank one goes on with the cell above the break
    // that spans down to it ("7" over the services of mục 7), which now spans those rows too, so they
    // read as its rows do on its own page; any other moves down a row, or the rows below lose columns.
    const below = rows[0];
    if (below) {
      const moved: GridCell[] = [];
      for (const c of head.cells.filter((x) => x.rowSpan > 1)) {
        const above = c.text ? null : spanningTo(into.rows, c.col);
        if (above) above.rowSpan += c.rowSpan - 1;
        else moved.push({ ...c, text: "", parts: [], rowSpan: c.rowSpan - 1 });
      }
      below.cells = [...below.cells, ...moved].sort((a, b) => a.col - b.col);
    }
  } else if (head && tail) {
    // A row of its own whose first cells are blank: each that goes on with a cell merged down over
    // the break ("1 | Luật Đất đai … | Toàn bộ văn bản" over the rows of page 2), itself merged over
    // rows below or below a cell that began above the row before, is that cell's row. A blank
    // beside a cell of the row before alone stays blank: nothing says it is not.
    const leading = head.cells.slice(
      0,
      Math.max(
        0,
        head.cells.findIndex((c) => c.text),
      ),
    );
    for (const c of leading) {
      const above = spanningTo(into.rows, c.col);
      if (!above || above.colSpan !== c.colSpan || (c.rowSpan === 1 && tail.cells.includes(above))) break;
      above.rowSpan += c.rowSpan;
      head.cells.splice(head.cells.indexOf(c), 1);
    }
  }
  into.rows.push(...rows);
}

/** The cell of a table's rows that covers column `col` of its last row (itself, or one spanning down to it). */
function spanningTo(rows: PageGrid["rows"], col: number): GridCell | null {
  const last = rows.length - 1;
  for (let r = last; r >= 0; r--) {
    const cell = rows[r]!.cells.find((c) => c.col <= col && col < c.col + c.colSpan);
    if (cell) return r + cell.rowSpan - 1 >= last ? cell : null;
  }
  return null;
}

/**
 * PDF with a text layer → lines and grids for the read stage: page by page (memory stays bounded),
 * lines rebuilt from text items, page furniture and footnotes told apart, tables read from their
 * ruling lines and stitched across pages, and the page and box of every line kept.
 */
/** "auto": OCR pages without text layer when tesseract is installed; "on": require it; "off": never. */
async function pdfSource(
  bytes: Uint8Array,
  { ocr, limits, progress }: ReaderOptions,
): Promise<SourceText & { layout: LineBox[]; notes: PdfNote[] }> {
  const maxPages = limits.maxPages;
  const { pages, damaged } = await readPagesApart(bytes, maxPages);
  if (!pages.length)
    throw new InputError(`is not a readable PDF (none of its ${damaged.length} page(s) can be read)`);
  const notes = [...damaged, ...(await readScans(bytes, pages, ocr, progress))];

  const flagged = new Map<PdfLine, Flagged>();
  for (const p of pages) for (const l of p.lines) flagged.set(l, flag(l, p.n));
  const bodySize = weightedMedian([...flagged.values()].map((l) => [l.size, Math.min(l.text.length, 200)]));
  const furniture = markFurniture(pages, flagged);
  if (furniture)
    notes.push({
      rule: "page-furniture",
      message: `${furniture} page header, footer or page-number line(s) kept apart from the text`,
      page: 1,
      severity: "info",
    });
  markFootnotes(pages, flagged, bodySize);
  stitch(pages, flagged);
  const tops = new Map<PdfLine, number>();
  for (const p of pages) p.lines = readingOrder(p.lines, flagged, tops);
  markWraps(pages, flagged);

  const lines: SourceLine[] = [];
  const tables: TableBlock[] = [];
  const layout: LineBox[] = [];
  for (const p of pages) {
    const items: ({ top: number; line: PdfLine } | { top: number; grid: PageGrid })[] = [
      ...p.lines.map((line) => ({ top: tops.get(line) ?? line.y + line.size, line })),
      ...p.grids.map((grid) => ({ top: grid.box[3], grid })),
    ];
    // Stable: lines of a two-column run keep the order readingOrder gave them under the run's top.
    items.sort((a, b) => b.top - a.top);
    for (const item of items) {
      if ("line" in item) {
        const f = flagged.get(item.line)!;
        const n = lines.length + 1;
        const kind = f.role === "furniture" ? "furniture" : f.role === "footnote" ? "footnote" : "content";
        const line: SourceLine = {
          n,
          kind,
          text: f.text,
          indented: false,
          strong: f.bold,
          refs: f.role === "content" ? f.refs : [],
        };
        if (f.footnote) line.footnote = f.footnote;
        if (f.wrapped !== undefined) line.wrapped = f.wrapped;
        if (f.column > 0) line.column = f.column;
        lines.push(line);
        layout.push({
          line: n,
          page: p.n,
          box: [round(f.x0), round(f.y - f.size * 0.25), round(f.x1), round(f.y + f.size)],
        });
        continue;
      }
      const rows: TableRow[] = [];
      for (const r of item.grid.rows) {
        const n = lines.length + 1;
        const cells = r.cells.map((c) => ({
          text: c.text,
          lines: [n],
          ...(c.bold && c.text ? { emphasis: true } : {}),
          ...(c.colSpan > 1 ? { colSpan: c.colSpan } : {}),
          ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
          ...(c.parts.length > 1 ? { paragraphs: c.parts } : {}),
        }));
        lines.push(tableLine(n, cells));
        layout.push({
          line: n,
          page: r.page ?? p.n,
          box: [round(item.grid.box[0]), round(r.bottom), round(item.grid.box[2]), round(r.top)],
        });
        rows.push({ cells, lines: [n] });
      }
      if (rows.length)
        tables.push({ kind: "table", rows, lines: rows.map((r) => r.lines[0]!), layout: "grid" });
    }
  }
  const drawnInTcvn3 = pages.some((p) => p.legacy.some((l) => l !== "vni"));
  return { lines, tables, layout, notes, ...(drawnInTcvn3 ? { drawnInTcvn3 } : {}) };
}

/** PDF with a text layer (pdf.js), scanned pages by OCR; page furniture, footnotes and ruled tables told apart. */
export const pdfReader: Reader = {
  format: "pdf",
  assembly: { lineTables: "text", flowTables: true, hardWraps: true },
  async read(bytes, options, report) {
    const { notes, ...source } = await pdfSource(bytes, options);
    // What the reader noticed on a page is reported at that page's first line.
    const firstLine = (page: number) => source.layout.find((l) => l.page >= page)?.line ?? 1;
    for (const note of notes) {
      const place = { line: firstLine(note.page), page: note.page };
      if (note.severity === "warning") report.warn(note.rule, note.message, place);
      else report.info(note.rule, note.message, place);
    }
    return source;
  },
};

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
