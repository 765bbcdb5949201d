import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import readExcelFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { workbook } from "../../src/emit/workbook.js";
import { zipEntries } from "../../src/zip/central-directory.js";

/** The text of one part of the workbook, inflated by node's zlib, not by the writer's own code. */
function part(bytes: Buffer, name: string): string {
  const e = zipEntries(bytes).find((x) => x.name === name)!;
  const nameLen = bytes.readUInt16LE(e.offset + 26);
  const extraLen = bytes.readUInt16LE(e.offset + 28);
  const start = e.offset + 30 + nameLen + extraLen;
  return inflateRawSync(bytes.subarray(start, start + e.compressed)).toString("utf8");
}

const book = workbook([
  {
    name: "Chỉ tiêu",
    rows: [
      [
        { value: "TT", bold: true },
        { value: "Nội dung", bold: true, wrap: true },
        { value: "Giá trị", bold: true },
      ],
      [{ value: "I. Kinh tế", bold: true, fill: "#E8EEF7", span: 3 }, null, null],
      [{ value: "1" }, { value: ' a & <b> "c"\u0001 ' }, { value: 12.5 }],
      [{ value: "=SUM(A1:A2)" }, null, { value: 9486 }],
    ],
    widths: [6, 40, 12],
    frozenRows: 1,
  },
  { name: "Trống", rows: [[{ value: "(no table)" }]], widths: [20], frozenRows: 0 },
]);

describe("workbook (XLSX writer)", () => {
  it("is read back by read-excel-file: texts as texts, numbers as numbers, a formula-like text as text", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "vanban-wb-")), "book.xlsx");
    writeFileSync(file, book);
    const sheets = await readExcelFile(file);
    expect(sheets.map((s) => s.sheet)).toEqual(["Chỉ tiêu", "Trống"]);
    const rows = sheets[0]!.data;
    expect(rows[0]).toEqual(["TT", "Nội dung", "Giá trị"]);
    expect(rows[1]![0]).toBe("I. Kinh tế");
    // The control character XML cannot hold is dropped (read-excel-file trims what it reads).
    expect(rows[2]).toEqual(["1", 'a & <b> "c"', 12.5]);
    expect(rows[3]).toEqual(["=SUM(A1:A2)", null, 9486]);
    const sheet = part(book, "xl/worksheets/sheet1.xml");
    expect(sheet).not.toContain("<f>");
    // The spaces around a text are kept.
    expect(sheet).toContain('<t xml:space="preserve"> a &amp; &lt;b&gt; &quot;c&quot; </t>');
  });

  it("freezes the header, merges a group row across the table, styles bold, shaded and wrapped cells", () => {
    const sheet = part(book, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<mergeCell ref="A2:C2"/>');
    expect(sheet).toContain('<col min="2" max="2" width="40" customWidth="1"/>');
    expect(part(book, "xl/worksheets/sheet2.xml")).not.toContain("<pane");
    const styles = part(book, "xl/styles.xml");
    expect(styles).toContain('<fgColor rgb="FFE8EEF7"/>');
    const group = /<c r="A2" s="(\d+)"/.exec(sheet)![1];
    const xfs = [
      ...styles.matchAll(/<xf numFmtId="0" fontId="(\d)" fillId="(\d)"[^>]*?(\/>|>.*?<\/xf>)/g),
    ].slice(1);
    // cellXfs after the one cellStyleXfs entry: the group cell is bold (font 1) on the shaded fill (2).
    expect(xfs[Number(group)]!.slice(1, 3)).toEqual(["1", "2"]);
  });

  it("names every part in [Content_Types].xml and stamps no time: the same bytes on every run", () => {
    const names = zipEntries(book).map((e) => e.name);
    const types = part(book, "[Content_Types].xml");
    for (const n of names.filter((x) => x.startsWith("xl/") && !x.endsWith(".rels")))
      expect(types).toContain(`PartName="/${n}"`);
    for (const e of zipEntries(book))
      expect([book.readUInt16LE(e.offset + 10), book.readUInt16LE(e.offset + 12)]).toEqual([0, 0x21]);
    expect(
      workbook([{ name: "a", rows: [[{ value: 1 }]], widths: [], frozenRows: 0 }]).equals(
        workbook([{ name: "a", rows: [[{ value: 1 }]], widths: [], frozenRows: 0 }]),
      ),
    ).toBe(true);
  });
});
