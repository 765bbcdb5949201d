import { personName } from "../../../text/formulas.js";
import type { GridTable } from "../grid-tables.js";

/**
 * Tables whose cells a converter wrote one per line, as LibreOffice's plain-text export does with a
 * Word table: the header's labels one under the other ("TT" ⏎ "Tên nhiệm vụ" ⏎ "Sở, ngành chủ trì"
 * ⏎ …), then each row as that many lines, an empty cell an empty line (or a line of a no-break
 * space). Nothing in the text marks a cell, so a table is taken only where the count holds all the
 * way: a header opening on its number column ("TT", "STT", "Số TT"), then rows that each open on the
 * next number in sequence (or a group's Roman numeral, "I" ⏎ "LUẬT", after which the numbers may
 * start again) and come out even. A row that does not ends the table, and the rest stays text.
 *
 * A row comes out even when its lines, up to the next row's number, make whole rows of the header's
 * width: as they are; with the empty paragraphs a cell ended on left out; or with a cell of several
 * paragraphs, where each further paragraph plainly goes on the one above (items "- …" under an item,
 * a line after one ending in ";" or ":", a note in brackets, one more name under a name). Lines past
 * the numbered row's width are rows of its own whose number cell is merged with it, each opening on
 * that empty cell ("2." ⏎ "Tên cơ quan …" ⏎ 4 empty ⏎ "" ⏎ "- Tên cơ quan cấp trên" ⏎ …).
 */

/** The label of a table's number column. */
const NUMBER_LABEL = /^(?:S[ốo]\s*)?S?TT\.?$/iu;
/** The labels a header may hold: short, no sentence. */
const MAX_LABEL_WORDS = 20;
const MIN_COLUMNS = 3;
const MAX_COLUMNS = 12;
/** A row of column numbers under the header: "(1)", "(2)" … or "1", "2" … each on its line. */
const COLUMN_NUMBER = /^\(?(\d{1,2})\)?$/;
/** The most rows (a numbered row and those merged with its number) one number may open. */
const MAX_ROWS_PER_NUMBER = 12;

/** A row's opening cell: a number ("1", "1.") or a group's Roman numeral ("I", "II."). */
interface Label {
  kind: "number" | "group";
  n: number;
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

function labelOf(t: string | undefined): Label | null {
  if (t === undefined) return null;
  const m = /^(\d{1,3}|[IVX]{1,4})\.?$/.exec(t);
  if (!m) return null;
  if (/\d/.test(m[1]!)) return { kind: "number", n: Number(m[1]) };
  const n = ROMAN.indexOf(m[1]!) + 1;
  return n ? { kind: "group", n } : null;
}

/** A row standing for the rows a form leaves to be added: "...", "…", "….". */
const MORE_ROWS = /^(?:\.{3,}|…+\.?)$/u;

/** A row of a blank form: its opening cell, and the others empty or dotted. */
const blankRow = (cells: readonly string[][]) =>
  cells.slice(1).every((c) => c.every((p) => p === "" || MORE_ROWS.test(p)));

const BULLET = /^[-+•–]\s/;

/** Whether line `b` plainly goes on the cell whose last paragraph is `a`. */
function goesOn(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (BULLET.test(a) && BULLET.test(b) && a[0] === b[0]) return true;
  if (/[;:]$/.test(a)) return true;
  if (b.startsWith("(") && !COLUMN_NUMBER.test(b)) return true;
  return personName(a) !== null && personName(b) !== null;
}

export function cellPerLineTables(raw: readonly string[]): GridTable[] {
  // trim() takes the no-break space a converter writes for an empty cell too.
  const text = raw.map((l) => l.trim());
  const tables: GridTable[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!NUMBER_LABEL.test(text[i]!) || raw[i]!.includes("\t") || raw[i]!.includes("|")) continue;
    const table = tableAt(text, i);
    if (!table) continue;
    tables.push(table);
    i = table.to - 1;
  }
  return tables;
}

/** The header's labels from `start`: to an empty line, a column number, or the first row's number. */
function headerAt(text: readonly string[], start: number): { labels: string[][]; end: number } | null {
  const labels: string[][] = [];
  let k = start;
  for (; k < text.length; k++) {
    const t = text[k]!;
    if (!t || COLUMN_NUMBER.test(t) || (k > start && labelOf(t)?.n === 1)) break;
    if (t.split(/\s+/).length > MAX_LABEL_WORDS || /[.;:]$/.test(t)) return null;
    // A label's note in brackets under it: "Minh hoạ" ⏎ "(phông chữ Times New Roman)".
    if (labels.length > 1 && t.startsWith("(")) labels.at(-1)!.push(t);
    else labels.push([t]);
  }
  if (labels.length < MIN_COLUMNS || labels.length > MAX_COLUMNS) return null;
  return { labels, end: k };
}

/**
 * A header of two rows, its last label spanning the columns the second row names ("Cơ quan cấp
 * phép" over "Bộ Công Thương", "Bộ Quốc phòng", "UBND tỉnh"): after the first row, one empty line
 * for each label above that spans both rows, then the second row's labels, then the first row's
 * number. The rows are as wide as the second header row; null when the lines are not such a row.
 */
function secondHeaderRow(
  text: readonly string[],
  from: number,
  above: number,
): { width: number; end: number; cells: string[][] } | null {
  let k = from;
  while (k < text.length && text[k] === "") k++;
  const merged = k - from;
  const labels: string[] = [];
  for (; k < text.length && labelOf(text[k])?.n !== 1; k++) {
    const t = text[k]!;
    if (!t || t.split(/\s+/).length > MAX_LABEL_WORDS || /[.;:]$/.test(t)) return null;
    labels.push(t);
  }
  const width = merged + labels.length;
  if (merged !== above - 1 || labels.length < 2 || width > MAX_COLUMNS || k >= text.length) return null;
  return { width, end: k, cells: padded([...Array<string>(merged).fill(""), ...labels], width) };
}

function tableAt(text: readonly string[], start: number): GridTable | null {
  const header = headerAt(text, start);
  if (!header) return null;
  const second = secondHeaderRow(text, header.end, header.labels.length);
  const width = second?.width ?? header.labels.length;
  let k = second?.end ?? header.end;
  const rows: GridTable["rows"] = second
    ? [
        {
          lines: range(start, header.end - start),
          cells: padded(
            header.labels.map((l) => l.join(" ")),
            width,
          ),
        },
        { lines: range(header.end, k - header.end), cells: second.cells },
      ]
    : [{ lines: range(start, k - start), cells: header.labels }];
  while (k < text.length && text[k] === "") k++;
  // Column numbers under the header, one per line: a row of their own.
  let c = k;
  while (c < text.length && COLUMN_NUMBER.exec(text[c]!)?.[1] === String(c - k + 1)) c++;
  if (c - k >= width - 1 && c - k <= width && /^\(/.test(text[k] ?? "")) {
    rows.push({ lines: range(k, c - k), cells: padded(text.slice(k, c), width) });
    k = c;
  }
  let number = 0;
  let group = 0;
  let label = labelOf(text[k]);
  // A form's rows without numbers open on their empty number cell, right under the header.
  if (!label || label.n !== 1)
    return rows.length === 1 ? formRows(text, header.end, width, rows, start) : null;
  while (label) {
    if (label.kind === "number") number = label.n;
    else group = label.n;
    const next = (t: string | undefined) => {
      if (label!.kind === "number" && MORE_ROWS.test(t ?? "")) return true;
      const l = labelOf(t);
      if (!l) return false;
      if (l.kind === "group") return l.n === group + 1;
      return l.n === number + 1 || (label!.kind === "group" && l.n === 1);
    };
    // A group's row whose name spans the table comes out as its numeral and its name alone (when
    // its lines do not come out even as a whole row: "VII" ⏎ its name ⏎ "1" may be its value).
    const merged: boolean = label.kind === "group" && next(text[k + 2]) && text[k + 1] !== "";
    const found: Found | null =
      rowsAt(text, k, width, next, rows) ??
      (merged
        ? {
            rows: [{ lines: range(k, 2), cells: padded(text.slice(k, k + 2), width) }],
            end: k + 2,
            last: false,
          }
        : null);
    if (!found) break;
    rows.push(...found.rows);
    k = found.end;
    label = found.last ? null : labelOf(text[k]);
    // "..." under the numbered rows: the form's last row, standing for the rows to be added.
    if (!label && !found.last && MORE_ROWS.test(text[k] ?? "")) {
      const more = oneRow(text, k, width, never);
      if (more && blankRow(more.cells)) {
        rows.push(...rowsOf([more.cells], k, more.end));
        k = more.end;
      }
    }
  }
  const body = rows.filter((r) => /^\d+\.?$/.test(r.cells[0]![0]!));
  if (body.length < 2) return null;
  return { from: start + 1, to: k, rows };
}

/**
 * A form's table whose rows carry no number: each row opens on its empty number cell, at least half
 * its cells are left to fill in, and one row at least is empty or dotted ("" ⏎ "Nguyễn Văn A" ⏎ "" …
 * "Bổ sung", then a row all empty). Rows are taken whole while they open so; the text goes on right
 * under the last.
 */
function formRows(
  text: readonly string[],
  k: number,
  width: number,
  header: GridTable["rows"],
  start: number,
): GridTable | null {
  const rows = [...header];
  let p = k;
  while (p + width <= text.length && text[p] === "") {
    const cells = text.slice(p, p + width);
    if (cells.filter((c) => c === "").length * 2 < width) break;
    rows.push({ lines: range(p, width), cells: cells.map((c) => [c]) });
    p += width;
  }
  // A form leaves a row all empty to fill in (or dotted: "…."): without one, a row with a few cells is likelier a
  // header's second row ("Bộ Công Thương" under "Cơ quan cấp phép", the rows numbered after it).
  const taken = rows.slice(header.length);
  if (!taken.some((r) => r.cells.every((c) => c[0] === "" || MORE_ROWS.test(c[0]!)))) return null;
  // The table ends where its rows do: the next line is text, not one more empty line.
  if (p < text.length && (text[p] === "" || labelOf(text[p])?.n === 1)) return null;
  return { from: start + 1, to: p, rows };
}

/** The rows one number opened, where the next begins, and whether they end the table. */
interface Found {
  rows: GridTable["rows"];
  end: number;
  last: boolean;
}

type Join = (a: string, b: string) => boolean;
const never: Join = () => false;

/**
 * The rows one number opens at `k`: up to the next row's number, the first such place where the
 * lines come out even; or, when no next number follows, the table's last row, ended by an empty
 * line or the end of the text.
 */
function rowsAt(
  text: readonly string[],
  k: number,
  width: number,
  next: (t: string | undefined) => boolean,
  above: GridTable["rows"],
): Found | null {
  const limit = Math.min(text.length, k + width * MAX_ROWS_PER_NUMBER);
  for (let end = k + width; end <= limit; end++) {
    if (!next(text[end])) continue;
    const span = text.slice(k, end);
    const cells =
      segment(span, width, never) ?? withoutEmptyParagraphs(span, width) ?? segment(span, width, goesOn);
    if (cells) return { rows: rowsOf(cells, k, end), end, last: false };
  }
  // The last row: one row, then an empty line or the end; or the text after the table, when the
  // row's numbers stand where every row above has its numbers (no paragraph was taken for a cell).
  for (const join of [never, goesOn]) {
    const row = oneRow(text, k, width, join);
    if (!row) continue;
    const ended = row.end === text.length || text[row.end] === "";
    // A blank form's row takes only empty lines, none of the text after it.
    const blank = join === never && blankRow(row.cells);
    if (ended || blank || (join === never && numbersInPlace(row.cells, above)))
      return { rows: rowsOf([row.cells], k, row.end), end: row.end, last: true };
  }
  return null;
}

const NUMERIC = /^[<>≤≥~]?\s*\d[\d.,]*\s*%?$/u;

/** Whether the row holds a number in each column where every numbered row above holds one, and there is such a column. */
function numbersInPlace(cells: readonly string[][], above: GridTable["rows"]): boolean {
  const body = above.filter((r) => /^\d+\.?$/.test(r.cells[0]![0]!));
  if (!body.length) return false;
  const numeric = cells
    .map((_, c) => c)
    .filter((c) => c > 0 && body.every((r) => NUMERIC.test(r.cells[c]!.join(" "))));
  return numeric.length > 0 && numeric.every((c) => NUMERIC.test(cells[c]!.join(" ")));
}

/** Rows of `width` cells from the span: the first opens on its number, any further one on an empty cell. */
function segment(span: readonly string[], width: number, join: Join): string[][][] | null {
  const rows: string[][][] = [];
  let p = 0;
  while (p < span.length) {
    // Empty paragraphs the last of several rows ended on, too few to be a row. (After one row,
    // an empty line inside it is likelier such a paragraph, its last the empty last cell.)
    if (rows.length > 1 && span.length - p < width && span.slice(p).every((t) => t === "")) break;
    if (rows.length && span[p] !== "") return null;
    const row = oneRow(span, p, width, join);
    if (!row) return null;
    rows.push(row.cells);
    p = row.end;
  }
  return rows;
}

function oneRow(
  lines: readonly string[],
  from: number,
  width: number,
  join: Join,
): { cells: string[][]; end: number } | null {
  const cells: string[][] = [];
  let p = from;
  for (let c = 0; c < width; c++) {
    if (p >= lines.length) return null;
    const cell = [lines[p++]!];
    while (c > 0 && p < lines.length && join(cell.at(-1)!, lines[p]!)) cell.push(lines[p++]!);
    cells.push(cell);
  }
  return { cells, end: p };
}

/** One row whose cells ended on empty paragraphs (an empty line inside it that was no cell). */
function withoutEmptyParagraphs(span: readonly string[], width: number): string[][][] | null {
  const inner = span.slice(1, -1).filter((t) => t !== "");
  if (inner.length + 2 !== width) return null;
  return [[span[0]!, ...inner, span.at(-1)!].map((t) => [t])];
}

/** The rows with their lines: as many as their cells' paragraphs, the last to the span's end. */
function rowsOf(cells: string[][][], k: number, end: number): GridTable["rows"] {
  let at = k;
  return cells.map((row, i) => {
    const count = i === cells.length - 1 ? end - at : row.reduce((s, c) => s + c.length, 0);
    const out = { lines: range(at, count), cells: row };
    at += count;
    return out;
  });
}

/** 1-based line numbers of `count` lines from the 0-based index `from`. */
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i + 1);

const padded = (cells: string[], width: number) => Array.from({ length: width }, (_, i) => [cells[i] ?? ""]);
