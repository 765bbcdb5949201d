/**
 * word-extractor ends each table cell with a tab and each row with a line break, but a cell of
 * several paragraphs keeps their line breaks: "1.⇥Rà soát …⇥Đỗ Mạnh Cường⏎Vũ Viết Linh⏎Nguyễn Thị
 * Loan⇥⇥⏎". A row therefore ends at the first line that ends with a tab. Where two rows or more with
 * as many cells follow one another, each is set on one line, a cell's paragraphs joined by a space,
 * so the table is read row by row. A single row (the header's or the signature's layout table) is
 * left as the library gave it, but for one whose last cell alone holds several paragraphs: those
 * are set in their column, "- Lưu: VT⇥THỦ TƯỚNG⏎⏎⏎Nguyễn Tấn Dũng⇥" left the signer's name in the
 * first column, under the recipients, where it now reads "⇥Nguyễn Tấn Dũng".
 */

/** A row longer than this many lines is no row: a paragraph merely indented by a tab. */
const ROW_LINES_MAX = 40;

interface Row {
  line: string;
  /** Each cell's paragraphs, empty ones kept. */
  paragraphs: string[][];
  /** The row's last line. */
  end: number;
  cells: number;
}

/** The most paragraphs a row's first cell may hold before its first cell mark, inside a table. */
const FIRST_CELL_LINES = 3;

function rowAt(lines: readonly string[], start: number, inside: boolean): Row | null {
  // A row opens on a line holding a cell's end after some text: a tab before any text only indents
  // a paragraph ("⇥Căn cứ …"), and a paragraph without one (a caption between two tables) is no
  // cell. Inside a table, a row may open on a few lines of text before that line: its first cell's
  // paragraphs ("- Nhà thầu A" ⏎ "…⇥⇥⇥").
  if (!/\S *\t/.test(lines[start] ?? "")) {
    const first = lines.slice(start, start + FIRST_CELL_LINES + 1);
    const at = first.findIndex((l) => /\S *\t/.test(l));
    if (at < 1 || first.slice(0, at).some((l) => !l.trim() || l.includes("\t"))) return null;
    // A table's first row only where its first cell plainly began above: the line with the cell
    // mark goes on in small letters ("Nội dung" ⏎ "công việc⇥Hợp đồng số…⇥").
    if (!inside && (at !== 1 || !/^\p{Ll}/u.test(first[1]!.trim()))) return null;
  }
  for (let end = start; end < lines.length && end - start < ROW_LINES_MAX; end++) {
    if (!lines[end]!.endsWith("\t")) continue;
    const paragraphs = lines
      .slice(start, end + 1)
      .join("\n")
      .slice(0, -1)
      .split("\t")
      .map((cell) => cell.split("\n").map((p) => p.trim()));
    const cells = paragraphs.map((c) => c.filter(Boolean).join(" "));
    return cells.length >= 2 ? { line: `${cells.join("\t")}\t`, paragraphs, end, cells: cells.length } : null;
  }
  return null;
}

function tableAt(lines: readonly string[], start: number): Row[] {
  const rows: Row[] = [];
  for (let at = start; at < lines.length;) {
    const row = rowAt(lines, at, rows.length > 0);
    if (!row || (rows.length && row.cells !== rows[0]!.cells)) break;
    rows.push(row);
    at = row.end + 1;
  }
  return rows;
}

export function joinCellParagraphs(text: string): string {
  if (!text.includes("\t")) return text;
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    const rows = tableAt(lines, i);
    if (rows.length >= 2) {
      out.push(...rows.map((r) => r.line));
      i = rows.at(-1)!.end + 1;
    } else if (rows.length === 1 && onlyLastTall(rows[0]!.paragraphs)) {
      out.push(...sideBySide(rows[0]!.paragraphs));
      i = rows[0]!.end + 1;
    } else if (rows.length === 1 && !lines[i]!.includes("\t")) {
      // A row that opened above its first cell mark (its first cell goes on in small letters).
      out.push(rows[0]!.line);
      i = rows[0]!.end + 1;
    } else out.push(lines[i++]!);
  }
  return out.join("\n");
}

/** Whether the row's last cell alone holds several paragraphs. */
const onlyLastTall = (cells: string[][]) =>
  cells.at(-1)!.length > 1 && cells.slice(0, -1).every((c) => c.length === 1);

/** A layout row's cells side by side: line n holds each cell's n-th paragraph, apart by tabs. */
function sideBySide(cells: string[][]): string[] {
  const height = Math.max(...cells.map((c) => c.length));
  return Array.from({ length: height }, (_, n) => cells.map((c) => c[n] ?? "").join("\t"));
}
