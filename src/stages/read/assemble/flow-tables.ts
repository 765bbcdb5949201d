import type { TableBlock, TableCell } from "../../../model/block.js";
import { foldKey } from "../../../text/fold.js";
import { matchMarker } from "../../../text/markers.js";
import { FLOW_ROW_START, ROW_NUMBER_HEADER_LINE } from "../../../text/row-numbers.js";
import type { SourceLine } from "../source-line.js";

/**
 * Tables that a PDF-to-text conversion flattened into running lines ("text-flow"): no tabs, column
 * positions lost, each cell wrapped over several lines, the header spread over a dozen lines and
 * repeated at every page break. Here only the region is found — from a header line opening with
 * "TT"/"STT" to the first heading or prose after the rows — and handed on one source line per row;
 * the tables stage rebuilds rows and cells from it, where the column vocabulary lives.
 */
const HEADER_WORDS = /\b(noi dung|don vi|chi tieu|muc tieu|ke hoach|thuc hien|nhiem vu|du an)\b/g;
const HEADER_LOOKAHEAD = 30;
const PROSE_LENGTH = 70;

export function flowTables(
  lines: SourceLine[],
  used: Set<number>,
  unread: (line: number) => void = () => {},
): TableBlock[] {
  const tables: TableBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (used.has(i) || !isHeaderStart(lines, i)) continue;
    const end = regionEnd(lines, i, used);
    const members: number[] = [];
    for (let k = i; k < end; k++) if (isMember(lines[k]!) && !used.has(k)) members.push(k);
    // A header with no numbered row under it: said, so a table lost to an odd layout is never silent.
    if (!members.some((k) => k > i && FLOW_ROW_START.test(lines[k]!.text))) {
      unread(lines[i]!.n);
      continue;
    }
    for (const k of members) {
      used.add(k);
      // A lone "-" is a sub-row mark here, not a rule drawn in the text.
      lines[k]!.kind = "content";
    }
    tables.push({
      kind: "table",
      layout: "text-flow",
      rows: members.map((k) => ({ cells: [flowCell(lines[k]!)], lines: [lines[k]!.n] })),
      lines: members.map((k) => lines[k]!.n),
    });
    i = end - 1;
  }
  return tables;
}

function flowCell(l: SourceLine): TableCell {
  const cell: TableCell = { text: l.text, lines: [l.n] };
  if (l.refs.length) cell.footnoteRefs = l.refs.map((r) => ({ ...r }));
  return cell;
}

function isMember(l: SourceLine): boolean {
  return l.kind === "content" || (l.kind === "markup" && /^[-–]$/.test(l.text));
}

/** "TT Nội dung Đơn" whose next lines name at least two columns before the first row. */
function isHeaderStart(lines: SourceLine[], i: number): boolean {
  const line = lines[i]!;
  if (line.kind !== "content" || !ROW_NUMBER_HEADER_LINE.test(line.text)) return false;
  const words = new Set<string>();
  for (let k = i; k < Math.min(lines.length, i + HEADER_LOOKAHEAD); k++) {
    const l = lines[k]!;
    if (l.kind !== "content" && l.kind !== "blank") break;
    if (k > i && FLOW_ROW_START.test(l.text)) break;
    words.add(foldKey(l.text));
  }
  const text = [...words].join(" ");
  return new Set(text.match(HEADER_WORDS) ?? []).size >= 2;
}

/**
 * The region ends at a heading or list marker ("1.2.", "2.", "(19)", "PHỤ LỤC"), a line of prose
 * (a line longer than any wrapped cell), a tabbed table, or the end of the document. Footnotes and
 * page numbers inside it belong to their own blocks.
 */
function regionEnd(lines: SourceLine[], start: number, used: Set<number>): number {
  for (let k = start + 1; k < lines.length; k++) {
    const l = lines[k]!;
    if (used.has(k) || l.kind === "table") return k;
    if (l.kind !== "content") continue;
    if (ROW_NUMBER_HEADER_LINE.test(l.text)) continue;
    const marker = matchMarker(l.text);
    if (marker && !["dash", "plus", "star"].includes(marker.style)) return k;
    if (/^phu luc\b/.test(foldKey(l.text))) return k;
    // Cells wrap narrow; a line this long is running prose after the table.
    if (l.text.length >= PROSE_LENGTH && l.text.split(/\s+/).length >= 12) return k;
  }
  return lines.length;
}
