import type { Reporter } from "../../../model/reporter.js";
import type { SourceLine } from "../source-line.js";

/**
 * Page furniture a text export keeps without its page breaks (no form feeds): a running head printed
 * on every page beside the page's number ("CÔNG BÁO/Số 281/Ngày 21-05-2026" ⏎ "100"), and a signing
 * tool's stamp printed on a page inside the text ("Ký bởi: …" ⏎ "Cơ quan: …" ⏎ "Ngày ký: …"). Left
 * as text, they land in the middle of an article. Marked as furniture, with an info diagnostic.
 */
export function markRunningHeads(lines: SourceLine[], report: Reporter): void {
  const heads = markHeads(lines);
  const stamps = markStamps(lines);
  if (heads.length)
    report.info("running-head", `${heads.length} line(s) of a running head and its page numbers kept apart`, {
      line: heads[0]!,
    });
  if (stamps.length)
    report.info("signing-stamp", `${stamps.length} line(s) of a signing stamp inside the text kept apart`, {
      line: stamps[0]!,
    });
}

/** The fewest times a head is printed, each time beside a page number, to be the running head. */
const MIN_PAGES = 2;
/** A head is short: a gazette's issue and date, a document's number and name. */
const MAX_HEAD = 60;
const PAGE_NUMBER = /^[-–]?\s*\d{1,4}\s*[-–]?$/;

/** A scanning app's mark on every page it made: "Scanned with CamScanner". */
const SCANNER_MARK = /^scanned (?:with|by) [\p{L}\d]+(?: [\p{L}\d]+)?$/iu;

function markHeads(lines: SourceLine[]): number[] {
  const marks = lines.filter((l) => l.kind === "content" && SCANNER_MARK.test(l.text));
  for (const l of marks) [l.kind, l.furnitureOf] = ["furniture", "running-head"];
  // With form feeds the pages are known, and a footnote repeated under rising labels is no head.
  if (lines.some((l) => l.pageStart)) return marks.map((l) => l.n);
  const at = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (l.kind === "content" && l.text.length <= MAX_HEAD && /\p{L}/u.test(l.text) && !/[.,;:]$/.test(l.text))
      at.set(l.text, [...(at.get(l.text) ?? []), i]);
  });
  const marked = marks.map((l) => l.n);
  for (const [, places] of at) {
    if (places.length < MIN_PAGES) continue;
    const numbers = places.map((i) => pageNumberBeside(lines, i));
    // Every time (all but one of many), and the numbers rising: a head, not a repeated phrase.
    const found = numbers.filter((n): n is number => n !== null);
    const missed = places.length - found.length;
    if (missed > (places.length > 3 ? 1 : 0) || !rising(found, lines)) continue;
    for (const i of places) lines[i]!.furnitureOf = "running-head";
    for (const i of [...places, ...found]) {
      lines[i]!.kind = "furniture";
      marked.push(lines[i]!.n);
    }
  }
  return marked.sort((a, b) => a - b);
}

/** The index of a bare number on the line next to `i` (blank lines between allowed), or null. */
function pageNumberBeside(lines: readonly SourceLine[], i: number): number | null {
  for (const step of [1, -1]) {
    let k = i + step;
    while (k >= 0 && k < lines.length && lines[k]!.kind === "blank") k += step;
    const l = lines[k];
    if (l && (l.kind === "content" || l.kind === "furniture") && PAGE_NUMBER.test(l.text)) return k;
  }
  return null;
}

/** The page numbers go on page by page. */
function rising(indices: readonly number[], lines: readonly SourceLine[]): boolean {
  const values = indices.map((i) => Number(/\d+/.exec(lines[i]!.text)![0]));
  // A page each time, or a page between (a page the head was not read on).
  return values.every((v, k) => k === 0 || (v > values[k - 1]! && v <= values[k - 1]! + 2));
}

/** A signing tool's stamp fields: "Ký bởi: …", "Cơ quan: …", "Ngày ký: …", "Thời gian ký: …". */
const STAMP_FIELD = /^(?:ký bởi|người ký|cơ quan|ngày ký|thời gian ký|email|signed by)\s*:/iu;

/**
 * A stamp inside the text: two fields or more on consecutive lines, one of them "Ký bởi", after the
 * text has begun. One above the header stays for the header's reading, which passes over it.
 */
function markStamps(lines: SourceLine[]): number[] {
  const marked: number[] = [];
  const first = lines.findIndex((l) => l.kind === "content");
  for (let i = first + 1; i > 0 && i < lines.length; i++) {
    let j = i;
    while (j < lines.length && lines[j]!.kind === "content" && STAMP_FIELD.test(lines[j]!.text)) j++;
    if (
      j - i >= 2 &&
      lines.slice(i, j).some((l) => /^(?:ký bởi|signed by)/iu.test(l.text)) &&
      textAbove(lines, i)
    ) {
      for (let k = i; k < j; k++) {
        lines[k]!.kind = "furniture";
        lines[k]!.furnitureOf = "signing-stamp";
        marked.push(lines[k]!.n);
      }
    }
    i = j;
  }
  return marked;
}

/** Enough text above the stamp that it is no stamp over the header: ten content lines. */
function textAbove(lines: readonly SourceLine[], i: number): boolean {
  return lines.slice(0, i).filter((l) => l.kind === "content").length >= 10;
}
