import { utf8Bytes } from "../text/utf8.js";
import { zipFiles } from "../zip/write.js";

/** A cell: text stays text whatever it looks like (never a formula), a number is a number. */
export type WorkbookCell = {
  value: string | number;
  bold?: boolean;
  /** Background colour, "#RRGGBB". */
  fill?: string;
  /** How many columns the cell covers, itself included (a group row across the table). */
  span?: number;
  wrap?: boolean;
} | null;

export interface WorkbookSheet {
  /** Excel's rules hold already: at most 31 characters, none of []:*?/\, unique in the workbook. */
  name: string;
  rows: WorkbookCell[][];
  /** Column widths in characters. */
  widths: number[];
  /** Rows kept in view while scrolling (the header). */
  frozenRows: number;
}

/** Characters XML 1.0 cannot hold at all; a cell loses them rather than making the file unreadable. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPE: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Any character either pass would touch: most cells hold none, and are written as they are. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TOUCHED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF&<>"]/;

function xml(text: string): string {
  if (!TOUCHED.test(text)) return text;
  return text.replace(NOT_XML, "").replace(/[&<>"]/g, (c) => ESCAPE[c]!);
}

/** "A", "B", … "Z", "AA": a column's letters from its 0-based index. */
function columnName(i: number): string {
  let name = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The cell formats a workbook uses, numbered in order of first use after Excel's default (0). */
class Styles {
  private readonly formats = new Map<string, number>([["", 0]]);
  private readonly fills: string[] = [];

  of(cell: NonNullable<WorkbookCell>): number {
    const key = `${cell.bold ? "b" : ""}${cell.wrap ? "w" : ""}${cell.fill ?? ""}`;
    let id = this.formats.get(key);
    if (id === undefined) this.formats.set(key, (id = this.formats.size));
    if (cell.fill && !this.fills.includes(cell.fill)) this.fills.push(cell.fill);
    return id;
  }

  toXml(): string {
    // Fills 0 and 1 are Excel's own (none, gray125) and must come first.
    const fills = this.fills.map(
      (c) =>
        `<fill><patternFill patternType="solid"><fgColor rgb="FF${c.slice(1).toUpperCase()}"/></patternFill></fill>`,
    );
    const xfs = [...this.formats.keys()].map((key) => {
      const fill = /#[0-9A-Fa-f]{6}/.exec(key)?.[0];
      const font = key.startsWith("b") ? 1 : 0;
      const fillId = fill ? 2 + this.fills.indexOf(fill) : 0;
      const wrap = key.includes("w") ? `<alignment wrapText="1" vertical="top"/>` : "";
      const apply = `${font ? ` applyFont="1"` : ""}${fillId ? ` applyFill="1"` : ""}${wrap ? ` applyAlignment="1"` : ""}`;
      return `<xf numFmtId="0" fontId="${font}" fillId="${fillId}" borderId="0" xfId="0"${apply}>${wrap}</xf>`;
    });
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
      `<fills count="${2 + fills.length}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fills.join("")}</fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `</styleSheet>`
    );
  }
}

function sheetXml(sheet: WorkbookSheet, styles: Styles): string {
  const rows: string[] = [];
  const merges: string[] = [];
  sheet.rows.forEach((cells, r) => {
    const out: string[] = [];
    cells.forEach((cell, c) => {
      if (!cell) return;
      const ref = `${columnName(c)}${r + 1}`;
      const s = styles.of(cell);
      const style = s ? ` s="${s}"` : "";
      if (typeof cell.value === "number" && Number.isFinite(cell.value))
        out.push(`<c r="${ref}"${style}><v>${cell.value}</v></c>`);
      else {
        const text = xml(String(cell.value));
        const space = /^\s|\s$/.test(text) ? ` xml:space="preserve"` : "";
        out.push(`<c r="${ref}"${style} t="inlineStr"><is><t${space}>${text}</t></is></c>`);
      }
      if (cell.span && cell.span > 1)
        merges.push(`<mergeCell ref="${ref}:${columnName(c + cell.span - 1)}${r + 1}"/>`);
    });
    rows.push(`<row r="${r + 1}">${out.join("")}</row>`);
  });
  const pane = sheet.frozenRows
    ? `<pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/>`
    : "";
  const cols = sheet.widths.map(
    (w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols.length ? `<cols>${cols.join("")}</cols>` : "") +
    `<sheetData>${rows.join("")}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
    `</worksheet>`
  );
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/**
 * An XLSX workbook, the same bytes on every run. Written here rather than by write-excel-file, which
 * vanban used before: three of its features are used (bold, fill, spans), its XML building and its
 * JavaScript deflate took 11 ms of 03-CT's 54 ms end to end, and it stamped the time of writing.
 */
export function workbook(sheets: readonly WorkbookSheet[]): Buffer {
  const styles = new Styles();
  const parts = sheets.map(
    (s, i) => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s, styles)] as [string, string],
  );
  const overrides = sheets.map(
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  const sheetRels = sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const files: [string, string][] = [
    [
      "[Content_Types].xml",
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
        `${overrides.join("")}</Types>`,
    ],
    [
      "_rels/.rels",
      `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
        sheets
          .map((s, i) => `<sheet name="${xml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join("") +
        `</sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${HEAD}<Relationships xmlns="${PKG_REL}">${sheetRels.join("")}` +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ["xl/styles.xml", styles.toXml()],
    ...parts,
  ];
  // Encoded here: the zip writer takes bytes (text/utf8.ts is faster than the string's own encoding).
  return zipFiles(files.map(([name, xml]) => [name, utf8Bytes(xml)]));
}
