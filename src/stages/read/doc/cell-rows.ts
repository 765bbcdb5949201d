/**
 * word-extractor ends each table cell with a tab and each row with a line break, but a cell of
 * several paragraphs keeps their line breaks: "1.⇥Rà soát …⇥Đỗ Mạnh Cường⏎Vũ Viết Linh⏎Nguyễn Thị
 * Loan⇥⇥⏎". A row therefore ends at the first line that ends with a tab. Where two rows or more with
 * as many cells follow one another, each is set on one line, a cell's paragraphs joined by a space,
 * so the table is read row by row. A single row (the header's or the signature's layout table) is
 * left as the library gave it.
 */

/** A row longer than this many lines is no row: a paragraph merely indented by a tab. */
const ROW_LINES_MAX = 40;

interface Row {
  line: string;
  /** The row's last line. */
  end: number;
  cells: number;
}

function rowAt(lines: readonly string[], start: number): Row | null {
  // A row opens on a line holding a cell's end after some text: a tab before any text only indents
  // a paragraph ("⇥Căn cứ …"), and a paragraph without one (a caption between two tables) is no
  // cell. A first cell of several paragraphs is then missed, and its table read in two.
  if (!/\S *\t/.test(lines[start] ?? "")) return null;
  for (let end = start; end < lines.length && end - start < ROW_LINES_MAX; end++) {
    if (!lines[end]!.endsWith("\t")) continue;
    const cells = lines
      .slice(start, end + 1)
      .join("\n")
      .slice(0, -1)
      .split("\t")
      .map((cell) =>
        cell
          .split("\n")
          .map((p) => p.trim())
          .filter(Boolean)
          .join(" "),
      );
    return cells.length >= 2 ? { line: `${cells.join("\t")}\t`, end, cells: cells.length } : null;
  }
  return null;
}

function tableAt(lines: readonly string[], start: number): Row[] {
  const rows: Row[] = [];
  for (let at = start; at < lines.length;) {
    const row = rowAt(lines, at);
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
    } else out.push(lines[i++]!);
  }
  return out.join("\n");
}
