import { BROWSER_PRINT_TEXT } from "../../../text/formulas.js";
import type { Reporter } from "../../../model/reporter.js";
import type { SourceLine } from "../source-line.js";

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
// "m²", "km²", "m³" are units, not footnote markers.
const SUPERSCRIPT_RUN = /(?<!(?:^|[\s\d,.(])(?:k|c|d|m)?m\s?)[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;
/** Any superscript digit (and a few neighbours of theirs): most lines hold none, and skip both patterns. */
const ANY_SUPERSCRIPT = /[\u00B2\u00B3\u00B9\u2070-\u2079]/;
const toDigits = (s: string) => [...s].map((c) => String(SUPERSCRIPT.indexOf(c))).join("");

/** How far above its body a footnote marker may stand: about one printed page. */
const MARKER_WINDOW = 90;

/**
 * Footnotes in text extracted from PDF and Word files.
 * - Superscript form: a body line "¹ Tăng trưởng …" and markers "nước¹," in the text.
 * - PDF-to-text form: a long white-space line (the footnote rule) and bodies "108 Theo Nghị quyết …"
 *   until the next page starts (an indented line) or a blank line; a body without a number continues
 *   the previous footnote on a new page. Markers are digits glued to a word or a year ("Đảng1",
 *   "2030105") or standing at the end of a line ("trở lên 108."): they are removed from the text and
 *   kept as references, so "2030105" reads "2030".
 * Lines are changed in place.
 */
export function markFootnotes(lines: SourceLine[], report: Reporter): void {
  superscriptFootnotes(lines);
  const ruled = ruledFootnotes(lines, report);
  const labelled = labelledFootnotes(lines, Number(ruled.at(-1)?.label ?? 0));
  for (const { label, firstIndex } of [...ruled, ...labelled]) attachMarker(lines, label, firstIndex, report);
}

function superscriptFootnotes(lines: SourceLine[]): void {
  for (const line of lines) {
    if (line.kind !== "content" || !ANY_SUPERSCRIPT.test(line.text)) continue;
    const body = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(.+)$/u.exec(line.text);
    if (body) {
      line.kind = "footnote";
      line.footnote = toDigits(body[1]!);
      line.text = body[2]!;
      continue;
    }
    removeAll(line, SUPERSCRIPT_RUN, (m) => toDigits(m));
  }
}

function removeAll(line: SourceLine, re: RegExp, label: (m: string) => string): void {
  let out = "";
  let last = 0;
  for (const m of line.text.matchAll(re)) {
    out += line.text.slice(last, m.index);
    line.refs.push({ label: label(m[0]), offset: out.length });
    last = m.index + m[0].length;
  }
  if (last > 0) line.text = out + line.text.slice(last);
}

function ruledFootnotes(lines: SourceLine[], report: Reporter): { label: string; firstIndex: number }[] {
  const found: { label: string; firstIndex: number }[] = [];
  let lastNumber = 0;
  let current: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kind !== "rule") continue;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.kind !== "content" || line.indented) break;
      const start = /^(\d{1,3})\s+(\S.*)$/u.exec(line.text);
      const n = start ? Number(start[1]) : NaN;
      // A new footnote continues the numbering; other lines continue the footnote before.
      if (start && n > lastNumber && n <= lastNumber + 15) {
        lastNumber = n;
        current = String(n);
        line.text = start[2]!;
        found.push({ label: current, firstIndex: j });
      } else if (current === null) {
        report.warn("footnote-orphan", "text under a footnote rule continues no numbered footnote", {
          line: line.n,
        });
        current = "?";
      }
      line.kind = "footnote";
      line.footnote = current;
    }
  }
  return found;
}

/** A footnote's label on a line of its own: the next number of the document's footnotes. */
const isLabel = (line: SourceLine | undefined, last: number): boolean =>
  line?.kind === "content" && /^\d{1,3}$/.test(line.text) && Number(line.text) === last + 1;
/** Where a label's body starts: the next line, or the one after a blank (plain pdftotext), on its page. */
function bodyAfter(lines: SourceLine[], i: number): number | null {
  const at = lines[i + 1]?.kind === "blank" ? i + 2 : i + 1;
  const line = lines[at];
  return line?.kind === "content" && line.pageStart !== true && !/^\d{1,3}$/.test(line.text) ? at : null;
}

/**
 * pdftotext sets a footnote's raised label on a line of its own above its body, and draws no rule:
 * "    1" ⏎ "      Luật số 51/2019/QH14 sửa đổi …" (with -layout; without it, a blank line
 * between). A footnote area opens at a label that continues the numbering and stands apart (a blank
 * line before or after it), and runs to the page's end (the next form feed); in it each label that
 * continues the numbering opens the next footnote. Text with no form feeds was not laid out by
 * pages, and is passed by.
 */
function labelledFootnotes(lines: SourceLine[], after: number): { label: string; firstIndex: number }[] {
  const found: { label: string; firstIndex: number }[] = [];
  if (!lines.some((l) => l.pageStart)) return found;
  let last = after;
  for (let i = 1; i < lines.length; i++) {
    const apart = lines[i - 1]!.kind === "blank" || lines[i + 1]?.kind === "blank";
    if (!apart || !isLabel(lines[i], last) || bodyAfter(lines, i) === null) continue;
    let current = "";
    const start = i;
    for (let j = start; j < lines.length && !(j > start && lines[j]!.pageStart); j++, i = j) {
      const line = lines[j]!;
      const body = isLabel(line, last) ? bodyAfter(lines, j) : null;
      if (body !== null) {
        last++;
        current = line.text;
        found.push({ label: current, firstIndex: body });
        line.text = "";
      } else if (line.kind !== "content") continue;
      line.kind = "footnote";
      line.footnote = current;
    }
  }
  return found;
}

/**
 * The ways a marker can sit in the text: what must stand before its digits and what after them. A
 * marker is the label's digits themselves, so each way is tried only where those digits stand, right
 * to left (sticky lookarounds at a given place): the first place that fits is the last marker in the
 * line. Fixed patterns rather than one per label: a report with 150 footnotes would otherwise compile
 * 600 patterns before its first line is read.
 */
const MARKER_WAYS: { before: RegExp; after: RegExp }[] = [
  // After a letter or closing punctuation, but not "2.1" (a heading number) or "1,5" (a decimal).
  { before: /(?:(?<=[\p{L})”"'’%])|(?<=(?<!\d)[.,;:]))/uy, after: /(?![\d\p{L}])/uy },
  { before: /(?<=(?<!\d)(?:19|20)\d\d)/uy, after: /(?!\d)/uy },
  { before: /(?<=\s)/uy, after: /(?=\s*[.;,]?\s*$)/uy },
  // "hiệu quả 44hoàn thành": the marker glued to the word after it instead.
  { before: /(?<=\s)/uy, after: /(?=\p{Ll})/uy },
  // A consolidated text marks an amended clause after its number: "18.2 Cổng thông tin …" is
  // clause 18 and footnote 2. Tried last: "1.2 Nhiệm vụ" is more often a number of two levels.
  { before: /(?<=^\d{1,3}\.)/uy, after: /(?=\s+\p{Lu})/uy },
];

const fits = (re: RegExp, text: string, at: number): boolean => {
  re.lastIndex = at;
  return re.test(text);
};

/** Where the last marker for `label` (digits) stands in `text`, by the first way that finds one. */
function lastMarker(text: string, label: string): number | null {
  const places: number[] = [];
  for (let at = text.lastIndexOf(label); at >= 0; at = at ? text.lastIndexOf(label, at - 1) : -1)
    places.push(at);
  for (const { before, after } of MARKER_WAYS)
    for (const at of places) if (fits(before, text, at) && fits(after, text, at + label.length)) return at;
  return null;
}

function attachMarker(lines: SourceLine[], label: string, bodyIndex: number, report: Reporter): void {
  for (let i = bodyIndex - 1; i >= 0 && i >= bodyIndex - MARKER_WINDOW; i--) {
    const line = lines[i]!;
    // Most lines do not hold the label's digits at all: skip them before any regular expression runs.
    if (line.kind !== "content" || !line.text.includes(label) || line.refs.some((r) => r.label === label))
      continue;
    const at = lastMarker(line.text, label);
    if (at === null) continue;
    line.text = line.text.slice(0, at) + line.text.slice(at + label.length);
    for (const r of line.refs) if (r.offset > at) r.offset -= label.length;
    line.refs.push({ label, offset: at });
    line.refs.sort((a, b) => a.offset - b.offset);
    return;
  }
  report.info("footnote-marker-missing", `no marker found for footnote ${label} on its page`, {
    line: lines[bodyIndex]!.n,
  });
}

const FIELD_PAGE = /^PAGE(?:\s+\d{1,4})?$/;

/**
 * Printed page numbers: a lone number (or "- 3 -") with blank lines around it, larger than the last
 * page number seen; and a browser's margin lines. Marked as furniture so they never join a paragraph.
 */
const PAGE_OF_PAGES = /^(?:trang\s+)?([1-9]\d{0,3})\s*\/\s*([1-9]\d{0,3})$/iu;

export function markPageNumbers(lines: SourceLine[]): void {
  let last = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "content") continue;
    // Word's page field pasted with its code ("PAGE  25", "PAGE") is a page number wherever it stands,
    // and a browser's margin line in a PDF's text export is the page's furniture.
    if (FIELD_PAGE.test(line.text) || BROWSER_PRINT_TEXT.test(line.text)) {
      line.kind = "furniture";
      continue;
    }
    // "97/97", "Trang 3/12": a page of so many, which a browser's print or a footer sets apart.
    const of = PAGE_OF_PAGES.exec(line.text);
    if (
      of &&
      Number(of[1]) <= Number(of[2]) &&
      (countBlank(lines, i - 1, -1) || countBlank(lines, i + 1, 1))
    ) {
      line.kind = "furniture";
      continue;
    }
    const m = /^[-–]?\s*(\d{1,3})\s*[-–]?$/.exec(line.text);
    if (!m) continue;
    const n = Number(m[1]);
    const blankBefore = countBlank(lines, i - 1, -1);
    const blankAfter = countBlank(lines, i + 1, 1);
    if (n > last && n <= last + 40 && blankBefore >= 2 && blankAfter >= 1) {
      line.kind = "furniture";
      last = n;
    }
  }
}

function countBlank(lines: SourceLine[], from: number, step: 1 | -1): number {
  let count = 0;
  for (let i = from; i >= 0 && i < lines.length; i += step) {
    const k = lines[i]!.kind;
    if (k !== "blank" && k !== "rule") break;
    count++;
  }
  return count;
}
