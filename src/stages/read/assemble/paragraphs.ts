import { SENTENCE_END } from "../../../text/formulas.js";
import type { TextBlock } from "../../../model/block.js";
import { isUpperText, startsLower } from "../../../text/normalize.js";
import { BULLET_STYLES, matchMarker, opensBlock } from "../../../text/markers.js";
import type { SourceLine } from "../source-line.js";
import { splitSyllable } from "../../../text/syllables.js";
import { tail } from "../../../text/tail.js";

/** Kinds that interrupt a paragraph without ending it when the text after starts in lower case. */
const BREAKS = new Set(["blank", "rule", "markup", "footnote", "furniture"]);

/**
 * Joins content lines into paragraphs: hard wraps inside a paragraph, and paragraphs split by a page
 * break (a line starting in lower case after blank lines, a footnote block or a page number
 * continues the paragraph before). A line that opens a block (a numbering marker, a header or
 * closing formula) always starts a new paragraph.
 */
export function assembleParagraphs(lines: SourceLine[], skip: Set<number>, hardWrapped = true): TextBlock[] {
  // Whether each line opens a block: asked for every line and every pair, so computed once.
  const opens = new WeakMap<SourceLine, boolean>(
    lines.map((l) => [l, l.kind === "content" && opensBlock(l.text)]),
  );
  const opensLine = (l: SourceLine) => opens.get(l) ?? false;
  const wrap = wrapWidth(lines, skip, opensLine);
  const blocks: TextBlock[] = [];
  let current: { block: TextBlock; last: SourceLine } | null = null;
  let interrupted = false;

  for (let i = 0; i < lines.length; i++) {
    if (skip.has(i)) {
      // A table ends the paragraph before it.
      current = null;
      continue;
    }
    const line = lines[i]!;
    if (line.kind !== "content") {
      if (BREAKS.has(line.kind)) interrupted = true;
      continue;
    }
    // A source whose lines are its paragraphs (HTML, DOCX) has no wraps to undo.
    // A PDF reader measured the page: its verdict replaces the guess from line lengths.
    const measured = line.wrapped ?? null;
    const join =
      hardWrapped &&
      current !== null &&
      (measured ??
        (interrupted
          ? continuesAfterBreak(current.last, line, opensLine)
          : continuesWrap(current.last, line, wrap, opensLine)));
    if (current && join) {
      const block = current.block;
      // A line broken after a hyphen inside a word or number ("96-" / "KL/TW") joins without a space.
      // So does a syllable a decomposed PDF cut at the line end ("đáp ứ" / "ng nhu cầu").
      // A measured line opening with closing punctuation was cut before it.
      const glued =
        line.wrapped === true &&
        (/[\p{L}\p{N}][-/]$/u.test(tail(block.text)) ||
          /^[.,;:)”]/.test(line.text) ||
          splitSyllable(block.text, line.text));
      const offset = block.text.length + (glued ? 0 : 1);
      block.text = glued ? `${block.text}${line.text}` : `${block.text} ${line.text}`;
      block.lines.push(line.n);
      if (line.refs.length)
        block.footnoteRefs = [
          ...(block.footnoteRefs ?? []),
          ...line.refs.map((r) => ({ label: r.label, offset: r.offset + offset })),
        ];
      if (!line.strong) delete block.strong;
      current.last = line;
    } else {
      const block: TextBlock = { kind: "text", text: line.text, lines: [line.n] };
      if (line.heading !== undefined) block.heading = line.heading;
      if (line.strong) block.strong = true;
      if (line.refs.length) block.footnoteRefs = line.refs.map((r) => ({ ...r }));
      blocks.push(block);
      current = { block, last: line };
    }
    interrupted = false;
  }
  return blocks;
}

/** After a page break: only a line that starts in lower case (and opens nothing) continues. */
type Opens = (line: SourceLine) => boolean;

function continuesAfterBreak(prev: SourceLine, line: SourceLine, opens: Opens): boolean {
  if (prev.heading !== undefined || line.heading !== undefined) return false;
  if (isUpperText(prev.text)) return false;
  return startsLower(line.text) && !opens(line);
}

/** Adjacent lines: join when the first fills the line width and does not end a sentence. */
function continuesWrap(prev: SourceLine, line: SourceLine, wrap: number, opens: Opens): boolean {
  if (prev.heading !== undefined || line.heading !== undefined) return false;
  // Side-by-side columns never run into each other.
  if (prev.column !== undefined || line.column !== undefined) return false;
  if (opens(line) && !wrappedNumber(prev, line, wrap) && !wrappedReference(prev, line)) return false;
  if (prev.strong !== line.strong && !startsLower(line.text)) return false;
  // "NGHỊ QUYẾT" then "về phát triển …": the type line and the subject stay apart.
  if (isUpperText(prev.text) && startsLower(line.text)) return false;
  if (isUpperText(prev.text) !== isUpperText(line.text) && !startsLower(line.text)) return false;
  if (startsLower(line.text)) return true;
  if (SENTENCE_END.test(prev.text)) return false;
  // A parenthesised line ("(Kèm theo … của Chính phủ)") is a caption or note of its own.
  if (/^\(.*\)$/.test(prev.text)) return false;
  // A line far longer than the wrap width was never wrapped at it: it is a paragraph of its own.
  if (prev.text.length > wrap * 1.5) return false;
  return prev.text.length >= wrap * 0.6;
}

/** What follows a division's name in a sentence citing it: "… tại Mục 2 và 3" ⏎ "Chương II Nghị định này …". */
const CITED_AFTER =
  /^(?:\p{Ll}|(?:Nghị định|Luật|Bộ luật|Thông tư|Quyết định|Nghị quyết|Pháp lệnh|Hiến pháp)\s+(?:này|số)\b)/u;

/**
 * A line wrapped before a cited part, chapter or article: its label carries no stop of its own
 * and the sentence goes on after it, while the line before ends mid-sentence.
 */
function wrappedReference(prev: SourceLine, line: SourceLine): boolean {
  if (SENTENCE_END.test(prev.text) || /[:;]$/.test(prev.text)) return false;
  const marker = matchMarker(line.text);
  return (
    marker !== null &&
    /^(part|chapter|mucSection|article)$/.test(marker.style) &&
    !/[.:]$/.test(marker.label) &&
    CITED_AFTER.test(marker.rest)
  );
}

/**
 * In hard-wrapped text a line may start with a number by chance ("2025 - 202545. Nông nghiệp",
 * "III). Tỷ lệ"): when the line before fills the width and ends mid-sentence, a numeric marker is
 * a wrap, not a new item. Bullets and formulas are never taken this way.
 */
function wrappedNumber(prev: SourceLine, line: SourceLine, wrap: number): boolean {
  if (SENTENCE_END.test(prev.text) || prev.text.length < wrap * 0.8 || prev.text.length > wrap * 1.5)
    return false;
  const marker = matchMarker(line.text);
  // "a)", "1.", "I." open lists: never read as a wrap.
  return (
    marker !== null &&
    marker.ordinal !== null &&
    marker.ordinal > 1 &&
    !BULLET_STYLES.has(marker.style) &&
    !/^(part|chapter|mucSection|article)$/.test(marker.style)
  );
}

/**
 * The width at which this document's paragraphs were hard-wrapped: the median length of lines that
 * are directly followed by another text line. Documents without hard wraps give long medians; the
 * clamp keeps short title lines from joining what follows.
 */
function wrapWidth(lines: SourceLine[], skip: Set<number>, opens: Opens): number {
  const lengths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (skip.has(i) || a.kind !== "content" || b.kind !== "content" || opens(b)) continue;
    lengths.push(a.text.length);
  }
  // Too few adjacent lines to measure: the document is not hard-wrapped.
  if (lengths.length < 10) return 120;
  lengths.sort((x, y) => x - y);
  const median = lengths[Math.floor(lengths.length / 2)]!;
  return Math.min(120, Math.max(40, median));
}
