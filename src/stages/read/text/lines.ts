import { parsePlaceDate } from "../../../text/dates.js";
import { personName, SIGNED_MARK } from "../../../text/formulas.js";
import { isLayoutCell } from "../../../text/markers.js";
import { isUpperText, normalizeText, stripMarkup } from "../../../text/normalize.js";
import type { SourceLine } from "../source-line.js";
import { withColumnTables } from "./column-tables.js";
import { withGridTables } from "./grid-rows.js";
import type { TableBlock } from "../../../model/block.js";

/** A white-space-only line this long is the footnote rule of a PDF page turned into text. */
const RULE_MIN_LENGTH = 20;

/** Plain text → source lines. Markdown/HTML residue (`**`, `<i>`) is removed here, once. */
export function textLines(text: string): SourceLine[] {
  return textSource(text).lines;
}

/** Plain text → source lines, and the grid tables it draws with borders (grid-rows.ts). */
export function textSource(text: string): { lines: SourceLine[]; tables: TableBlock[] } {
  const raw = text.split(/\r\n|\n|\r/);
  if (raw.length > 0 && raw[raw.length - 1] === "") raw.pop();
  // Bold split across lines ("**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**"): carry the open `**` over.
  let boldOpen = false;
  const normalized = raw.map(normalizeText);
  const lines = raw.flatMap((line, i) => {
    const normal = normalized[i]!;
    const classified = classify(normal, i + 1);
    if (boldOpen && classified.kind !== "blank") classified.strong = true;
    const toggles = normal.includes("**") ? (normal.match(/\*\*/g) ?? []).length : 0;
    if (classified.kind === "blank") boldOpen = false;
    else if (toggles % 2 === 1) boldOpen = !boldOpen;
    return sideBySide(line, classified);
  });
  const grids = withGridTables(raw, lines);
  const inGrid = new Set(grids.tables.flatMap((t) => t.rows.flatMap((r) => r.lines)));
  // A grid's lines are no column table's, and its rows of one cell are rows all the same.
  const free = normalized.map((l, i) => (inGrid.has(i + 1) || grids.markup.has(i + 1) ? "" : l));
  return {
    lines: indentedByTabs(withColumnTables(free, grids.lines), inGrid),
    tables: grids.tables,
  };
}

const filledCells = (l: SourceLine) => (l.cells ?? []).filter((c) => c !== "").length;

/**
 * Tabs that only indent ("\tCăn cứ Luật …", a transcription or an RTF indenting every paragraph)
 * make lines of one cell. Such a line is a paragraph, indented, not a table, unless a table stands
 * near it: a row of two cells or more, or a cell that is a row number alone ("\t3.1", a portal's
 * table printed one cell per line), within a few lines either side.
 */
function indentedByTabs(lines: SourceLine[], grid: ReadonlySet<number>): SourceLine[] {
  const tabular = (l: SourceLine) =>
    l.kind === "table" &&
    (filledCells(l) >= 2 || (filledCells(l) === 1 && ROW_NUMBER_CELL.test(l.cells!.find(Boolean)!)));
  return lines.map((line, i) => {
    if (line.kind !== "table" || filledCells(line) !== 1 || grid.has(line.n)) return line;
    if (lines.slice(Math.max(0, i - TABLE_NEAR), i + TABLE_NEAR + 1).some(tabular)) return line;
    const paragraph: SourceLine = { ...line, kind: "content", indented: true };
    delete paragraph.cells;
    delete paragraph.cellEmphasis;
    return paragraph;
  });
}

/** A cell holding only a row number: "3", "3.1", "IV", "a)". */
const ROW_NUMBER_CELL = /^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)]?$/u;
/** How many lines either side a table's evidence may stand. */
const TABLE_NEAR = 8;

/**
 * A recipient of the "Nơi nhận" list: a dashed item (a hyphen, or the en dash Word's autoformat
 * makes of it) closed by ";" or ".", or by nothing ("- Sở, Ban ngành TP").
 */
const RECIPIENT_ITEM = /^[-–+•]\s[^:]*$/u;
/** The list's last item, the file copy: "- Lưu: VT, KTN (5b).". */
const FILED_ITEM = /^[-–+•]?\s*Lưu\s*:/u;

/**
 * The gap that separates two columns laid out side by side in text (pdftotext -layout, old exports).
 * Without the u flag: `\S` is then one code unit, so the cut after it never splits a surrogate pair,
 * and the search takes a third less time (it runs on every line).
 */
const COLUMN_GAP = /\S(\s{6,})\S/;
/** White space other than the plain space (a tab, a no-break space). */
const WIDE_BLANK = /[^ \S]/;

/**
 * A header or closing laid out in two columns and turned into text keeps both on one line, apart by
 * a wide gap: "ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI …", "Số: 59/UBND      Lào Cai, ngày …",
 * "Nơi nhận:      KT. CHỦ TỊCH", "- Như trên;      PHÓ CHỦ TỊCH". Each column becomes a segment of the
 * line. Only when one side is such a formula or an upper-case capacity line: rows of a table keep
 * their gaps. A Word file may part the columns by tabs instead ("- BTV Thành ủy⇥⇥⇥(Đã ký)"): a
 * line of two cells is read the same way before it is taken for a table row; so is one a converter
 * parted by " | ".
 */
/**
 * A line of two cells a converter flattened with " | " between them, and no pipe at either end (a
 * Markdown table's row has them): "- Lưu: VT, KSTTHC. | KT. CHỦ TỊCH".
 */
function piped(raw: string): boolean {
  // Exactly one " | ", found without splitting every line.
  const at = raw.indexOf(" | ");
  return at >= 0 && raw.indexOf(" | ", at + 3) < 0 && !/^\s*\||\|\s*$/.test(raw);
}

function sideBySide(raw: string, line: SourceLine): SourceLine[] {
  const tabbed = line.kind === "table" && filledCells(line) === 2;
  if (line.kind !== "content" && !tabbed) return [line];
  const spaced = tabbed ? raw.replace(/\t+/g, "        ") : piped(raw) ? raw.replace(" | ", "        ") : raw;
  const trimmed = spaced.trimEnd();
  // Most lines have no two spaces running and no other white space: looked for before the pattern runs.
  if (!trimmed.includes("  ") && !WIDE_BLANK.test(trimmed)) return [line];
  const gap = COLUMN_GAP.exec(trimmed);
  if (!gap) return [line];
  const cut = gap.index + 1;
  const [left, right] = [spaced.slice(0, cut), spaced.slice(cut + gap[1]!.length)].map((s) => clean(s).text);
  if (!left || !right || COLUMN_GAP.test(spaced.slice(cut + gap[1]!.length).trimEnd())) return [line];
  const formula = (s: string) => isLayoutCell(s) || parsePlaceDate(s) !== null;
  const capacity = isUpperText(right) && right.split(/\s+/).length <= 8;
  // The signer's name, or the mark of the signature, level with a recipient or with the end of one
  // wrapped in its column: "- Công báo tỉnh;      Nguyễn Thế Phước", "thuộc TW (để phối hợp);      Nguyễn Đồng Tiến".
  const recipient = RECIPIENT_ITEM.test(left) || /;$/.test(left) || FILED_ITEM.test(left);
  const signer = recipient && (personName(right) !== null || SIGNED_MARK.test(right));
  if (!formula(left) && !formula(right) && !capacity && !signer) return [line];
  // Cells of a table row split only where they are the closing's: a recipient beside the signature.
  if (tabbed && !signer && !(recipient && capacity) && !formula(left) && !formula(right)) return [line];
  const content: SourceLine = { ...line };
  delete content.cells;
  delete content.cellEmphasis;
  return [
    { ...content, kind: "content", text: left, column: 0, refs: [] },
    { ...content, kind: "content", text: right, column: 1, refs: [], strong: line.strong },
  ];
}

function classify(line: string, n: number): SourceLine {
  const indented = /^\s/.test(line);
  // Each kind of line as one literal, its keys in one order (no spread of a base: this runs on
  // every line).
  const make = (kind: SourceLine["kind"], text: string, strong: boolean): SourceLine =>
    line.startsWith("\f")
      ? { n, kind, text, indented, pageStart: true, strong, refs: [] }
      : { n, kind, text, indented, strong, refs: [] };
  if (line.trim() === "") return make(line.length >= RULE_MIN_LENGTH ? "rule" : "blank", "", false);
  if (line.includes("\t")) {
    const parts = line.split("\t");
    const cells = parts.map((c) => clean(c).text);
    if (cells.some((c) => c !== "")) {
      const cellEmphasis = parts.map((c) => {
        const u = stripMarkup(c);
        return u.emphasis || u.strong;
      });
      return Object.assign(make("table", cells.join(" ").trim(), clean(line).strong), {
        cells,
        cellEmphasis,
      });
    }
  }
  const { text, strong } = clean(line);
  if (text === "" || /^[|\-_=*~\s]+$/.test(text)) return make("markup", text, false);
  return make("content", text, strong);
}

/** A line is bold when bold opens at its start; inline bold inside a sentence does not count. */
function clean(s: string): { text: string; strong: boolean } {
  const u = stripMarkup(s);
  const strong =
    u.strong && (/^\s*(\*\*|__|<b>|<strong>)/i.test(s) || /(\*\*|__|<\/b>|<\/strong>)\s*$/i.test(s));
  // Most lines hold no two spaces running: looked for before the pattern runs.
  const text = u.text.includes("  ") ? u.text.replace(/[ ]{2,}/g, " ") : u.text;
  return { text: text.trim(), strong };
}
