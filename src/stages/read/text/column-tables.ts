import { opensBlock } from "../../../text/markers.js";
import { ROW_NUMBER_HEADER } from "../../../text/row-numbers.js";
import type { SourceLine } from "../source-line.js";

/**
 * Tables a PDF-to-text conversion laid out with spaces (`pdftotext -layout`): each column keeps its
 * place across the page, a cell wraps over several lines, and a cell shorter than its row is
 * printed at the row's middle — the row number "1" sits on the third of five lines, not the first.
 *
 * The header (a "TT"/"STT" label among a few lines of short labels) names the columns; the border
 * between two columns is the position between their labels that the fewest lines of the table
 * print a character at (a cell may run a letter or two over it). A row is anchored on its number:
 * a block between blank lines with one number is one row; a block with several is cut so that each
 * number sits at the middle of its row, as it was printed.
 */

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Labels this long or longer are text of a row, not a header. */
const LABEL_MAX = 40;
/** A line of prose after a blank line ends the table: one run of text at least this long. */
const PROSE_MIN = 50;
/** A word crossing a border and starting this close before it belongs to the column after it. */
const LEAN = 2;
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)]?$/u;

const wordsOf = (line: string): Word[] =>
  [...line.matchAll(/\S+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

/** Runs of words apart by two spaces or more: what a layout prints as separate cells. */
function segmentsOf(line: string): Word[] {
  const out: Word[] = [];
  for (const w of wordsOf(line)) {
    const last = out.at(-1);
    if (last && w.start - last.end < 2) Object.assign(last, { end: w.end, text: `${last.text} ${w.text}` });
    else out.push({ ...w });
  }
  return out;
}

const blank = (line: string | undefined) => line === undefined || line.trim() === "";
const isLabelLine = (line: string) => {
  const segs = segmentsOf(line);
  return segs.length > 0 && segs.every((s) => s.text.length < LABEL_MAX);
};

interface Column {
  start: number;
  end: number;
  labels: string[];
}

/** The header's labels grouped into columns: labels on different lines that overlap are one. */
function headerColumns(lines: string[]): Column[] {
  const columns: Column[] = [];
  for (const line of lines)
    for (const s of segmentsOf(line)) {
      const c = columns.find((x) => s.start < x.end && x.start < s.end);
      if (c)
        Object.assign(c, { start: Math.min(c.start, s.start), end: Math.max(c.end, s.end) }).labels.push(
          s.text,
        );
      else columns.push({ start: s.start, end: s.end, labels: [s.text] });
    }
  return columns.sort((a, b) => a.start - b.start);
}

/** Between two columns, the position the fewest body lines print at. */
function border(from: number, to: number, body: string[]): number {
  let best = from;
  let fewest = Infinity;
  for (let x = from; x <= to; x++) {
    const count = body.filter((l) => l[x] !== undefined && l[x] !== " ").length;
    // The last of the fewest: right before the next column's text begins.
    if (count <= fewest) [best, fewest] = [x, count];
  }
  return best;
}

export interface ColumnTable {
  /** Indexes into the lines: the header's first, the first line after the table. */
  start: number;
  end: number;
  /** Rows of cells, the header's first, each with the indexes of the lines it was read from. */
  rows: { cells: string[]; lines: number[] }[];
}

/** The table whose header holds a "TT" label on line `at`, or null. */
function tableAt(raw: string[], at: number): ColumnTable | null {
  const tt = segmentsOf(raw[at]!).find((s) => ROW_NUMBER_HEADER.test(s.text));
  if (!tt) return null;
  let top = at;
  while (top > 0 && !blank(raw[top - 1]) && isLabelLine(raw[top - 1]!)) top--;
  let bottom = at + 1;
  while (bottom < raw.length && !blank(raw[bottom]) && isLabelLine(raw[bottom]!)) bottom++;
  const columns = headerColumns(raw.slice(top, bottom));
  if (columns.length < 3 || columns[0]!.start !== Math.min(tt.start, columns[0]!.start)) return null;
  // The body: to a heading, or to prose after a blank line (one long run starting left of the second column).
  let end = bottom;
  for (; end < raw.length; end++) {
    const line = raw[end]!;
    if (line.includes("\f")) break;
    const segs = segmentsOf(line);
    // A heading at the margin ("PHỤ LỤC II", "Điều 2."), not a row's number with its cells.
    const lone = segs.length === 1 && segs[0]!.start < columns[1]!.start;
    if (lone && opensBlock(segs[0]!.text) && !ROW_NUMBER.test(wordsOf(line)[0]!.text)) break;
    if (
      blank(raw[end - 1]) &&
      segs.length === 1 &&
      segs[0]!.text.length >= PROSE_MIN &&
      segs[0]!.start < columns[1]!.start
    )
      break;
  }
  while (end > bottom && blank(raw[end - 1])) end--;
  const body = raw.slice(bottom, end);
  const borders = columns.slice(1).map((c, k) => border(columns[k]!.end, c.start, body));
  // A word crossing a border from just before it has run over from the column after it.
  const columnOf = (w: Word) =>
    borders.filter((b) => w.start >= b || (w.start + LEAN >= b && w.end > b)).length;
  const numberOf = (line: string) => {
    const first = wordsOf(line)[0];
    return first && columnOf(first) === 0 && ROW_NUMBER.test(first.text);
  };
  // Blocks between blank lines; each cut at its row numbers.
  const rows: number[][] = [];
  let block: number[] = [];
  const flush = () => {
    const anchors = block.filter((i) => numberOf(raw[i]!));
    if (!anchors.length) {
      if (rows.length) rows.at(-1)!.push(...block);
      else if (block.length) rows.push(block);
    } else {
      let from = 0;
      anchors.forEach((a, k) => {
        const at = block.indexOf(a);
        const next = anchors[k + 1] === undefined ? block.length : block.indexOf(anchors[k + 1]!);
        const until =
          k + 1 === anchors.length ? block.length : Math.min(Math.max(2 * at - from + 1, at + 1), next);
        rows.push(block.slice(from, until));
        from = until;
      });
    }
    block = [];
  };
  for (let i = bottom; i < end; i++) {
    if (blank(raw[i])) flush();
    else block.push(i);
  }
  flush();
  const width = columns.length;
  const cellsOf = (lines: number[]) => {
    const cells: string[][] = Array.from({ length: width }, () => []);
    for (const i of lines) for (const w of wordsOf(raw[i]!)) cells[columnOf(w)]!.push(w.text);
    return cells.map((c) => c.join(" "));
  };
  return {
    start: top,
    end,
    rows: [
      { cells: columns.map((c) => c.labels.join(" ")), lines: range(top, bottom) },
      ...rows.filter((r) => r.length).map((r) => ({ cells: cellsOf(r), lines: r })),
    ],
  };
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

/** Every table laid out with spaces in the raw lines of a text (before they are cleaned). */
export function columnTables(raw: string[]): ColumnTable[] {
  const out: ColumnTable[] = [];
  for (let i = 0; i < raw.length; i++) {
    // A gap of two spaces or more between words; most lines have none, and skip the search.
    const gapped = raw[i]!.includes("  ") && /\S {2,}\S/.test(raw[i]!);
    if (!gapped && !/^\s*(S?TT|Số TT)\s*$/iu.test(raw[i]!)) continue;
    const table = tableAt(raw, i);
    if (!table || table.rows.length < 2) continue;
    out.push(table);
    i = table.end - 1;
  }
  return out;
}

/** The source lines with each column table's lines replaced by one table line per row. */
export function withColumnTables(raw: string[], lines: SourceLine[]): SourceLine[] {
  const tables = columnTables(raw);
  if (!tables.length) return lines;
  const rowAt = new Map<number, SourceLine>();
  const inside = new Set<number>();
  for (const t of tables) {
    for (let i = t.start; i < t.end; i++) inside.add(i + 1);
    for (const r of t.rows) {
      const [first, ...rest] = r.lines.map((i) => i + 1);
      rowAt.set(first!, {
        n: first!,
        kind: "table",
        text: r.cells.join(" ").trim(),
        indented: false,
        strong: false,
        refs: [],
        cells: r.cells,
        ...(rest.length ? { span: rest } : {}),
      });
    }
  }
  const out: SourceLine[] = [];
  for (const l of lines) {
    if (!inside.has(l.n)) out.push(l);
    else if (rowAt.has(l.n)) {
      out.push(rowAt.get(l.n)!);
      rowAt.delete(l.n);
    } else if (l.kind === "blank") out.push(l);
  }
  return out;
}
