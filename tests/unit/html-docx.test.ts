import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { prepareDocx } from "../../src/stages/read/docx/prepare.js";
import { Reporter } from "../../src/model/reporter.js";
import { readSource } from "../../src/stages/read/index.js";

const extract = (bytes: Uint8Array, format: "html" | "docx") => readSource(bytes, format, new Reporter());
import { htmlLines } from "../../src/stages/read/html/lines.js";
import { convert } from "../../src/pipeline/runner.js";
import { InputError } from "../../src/stages/read/index.js";

describe("HTML reader", async () => {
  it("gives one line per paragraph, heading, list item and <br> part, skipping scripts and styles", async () => {
    const { lines } = htmlLines(`<html><head><style>p{}</style><script>x()</script></head><body>
      <h2>CHƯƠNG  I</h2><p>Điều 1. Phạm vi<br>điều chỉnh</p><div><b>QUYẾT ĐỊNH:</b></div>
      <ol type="a"><li>Thứ nhất</li><li><p>Thứ hai</p></li></ol><ol start="3"><li>Ba</li></ol></body></html>`);
    expect(lines.map((l) => [l.text, l.heading ?? null, l.strong])).toEqual([
      ["CHƯƠNG I", 2, false],
      ["Điều 1. Phạm vi", null, false],
      ["điều chỉnh", null, false],
      ["QUYẾT ĐỊNH:", null, true],
      ["a) Thứ nhất", null, false],
      ["b) Thứ hai", null, false],
      ["3. Ba", null, false],
    ]);
  });

  it("reads a word that a floating shape is anchored inside as one word (LibreOffice's HTML of a Word header)", async () => {
    // As LibreOffice 7.4 writes the rule drawn under the issuer: the picture inside "QUỐC", then a
    // line break of the page's source.
    const { lines } =
      htmlLines(`<h1 align="center"><font size="3">Q<img src="a.gif" name="Shape1" align="left" width="63"/>
UỐC HỘI</font></h1><p>Số <img src="b.gif" align="left"/>
12/BC-UBND</p><p>Hình <img src="c.gif"/>
minh họa</p>`);
    expect(lines.map((l) => l.text)).toEqual(["QUỐC HỘI", "Số 12/BC-UBND", "Hình minh họa"]);
  });

  it("reads on past the break that clears a floating shape (LibreOffice's HTML of a DOCX header)", async () => {
    // As LibreOffice 7.4 saves Kế hoạch of Sở Công Thương Lào Cai: "S", the rule under the issuer
    // anchored there, a break that clears it, then "ố:" on the page's next source line.
    const { lines } =
      htmlLines(`<p align="center"><font face="Times New Roman, serif"><span lang="nl-NL">S<img src="a.gif" name="Shape1" alt="Shape1" align="left" hspace="11" width="108">
  <br clear="left"/>
</img>
ố:
			          /KH-SCT</span></font></p><p>Dòng một<br clear="all"/>Dòng hai</p>`);
    expect(lines.map((l) => l.text)).toEqual(["Số: /KH-SCT", "Dòng một", "Dòng hai"]);
  });

  it("reads text in TCVN3 fonts by its font, capitals and 'ư' included; Unicode text under such a font stays", async () => {
    // An old page: .VnTimeH prints capitals from small letters' codes, and TCVN3's "ư" is the soft hyphen.
    const { lines } = htmlLines(`<p><font face=".VnTimeH, serif">quèc héi</font></p>
<p><font face=".VnTime">N&shy;íc céng hoµ x· héi chñ nghÜa ViÖt Nam</font></p>
<p style="font-family: .VnTime">C¨n cø HiÕn ph¸p;</p>`);
    expect(lines.map((l) => l.text)).toEqual([
      "QUỐC HỘI",
      "Nước cộng hoà xã hội chủ nghĩa Việt Nam",
      "Căn cứ Hiến pháp;",
    ]);
    const unicode = htmlLines(`<p><font face=".VnTime">Hà Nội, ngày 14 tháng 6 năm 2025</font></p>`);
    expect(unicode.lines.map((l) => l.text)).toEqual(["Hà Nội, ngày 14 tháng 6 năm 2025"]);
  });

  it("converts by content the TCVN3 text no font names, and leaves what its font converted", async () => {
    // LibreOffice's HTML of an old decision: the capitals' font named on each run, the body's only
    // in the page's style sheet.
    const body = "C¨n cø LuËt Tæ chøc ChÝnh phñ ngµy 25 th¸ng 12 n¨m 2001;";
    const html = `<p><font face=".VnTimeH, sans-serif">thµnh phè cÇn th¬</font></p><p>${body}</p><p>${body}</p><p>${body}</p>`;
    const { lines } = await readSource(new TextEncoder().encode(html), "html", new Reporter());
    const { document } = await convert({
      bytes: new TextEncoder().encode(html),
      path: "old.html",
      format: "html",
    });
    expect(lines[0]!.text).toBe("THÀNH PHỐ CẦN THƠ");
    expect(
      document.body.children.flatMap((c) => [c.text, ...c.children.map((k) => k.text)]).join("\n"),
    ).toContain("Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;");
    expect(JSON.stringify(document)).not.toContain("THẮNH");
  });

  it("keeps a table as a grid with its spans, one line per row", async () => {
    const { lines, tables } =
      htmlLines(`<p>Trước</p><table><thead><tr><th>TT</th><th>Nhiệm vụ</th><th>Chủ trì</th></tr></thead>
      <tbody><tr><td colspan="3"><b>I. Thể chế</b></td></tr><tr><td>1</td><td><p>Rà soát</p><p>quy hoạch</p></td><td rowspan="2">Sở Xây dựng</td></tr>
      <tr><td>2</td><td>Lập đề án</td></tr></tbody></table><p>Sau</p>`);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.layout).toBe("grid");
    expect(
      tables[0]!.rows.map((r) =>
        r.cells.map((c) => [c.text, c.colSpan ?? 1, c.rowSpan ?? 1, c.emphasis ?? false]),
      ),
    ).toEqual([
      [
        ["TT", 1, 1, false],
        ["Nhiệm vụ", 1, 1, false],
        ["Chủ trì", 1, 1, false],
      ],
      [["I. Thể chế", 3, 1, true]],
      [
        ["1", 1, 1, false],
        ["Rà soát quy hoạch", 1, 1, false],
        ["Sở Xây dựng", 1, 2, false],
      ],
      [
        ["2", 1, 1, false],
        ["Lập đề án", 1, 1, false],
      ],
    ]);
    expect(lines.map((l) => l.kind)).toEqual(["content", "table", "table", "table", "table", "content"]);
  });

  it("prints the number of a list item with no text, as a Word table's numbered cell shows it (pandoc's HTML)", () => {
    // The draft Kế hoạch of Sở Công Thương Lào Cai (tests/corpus, -thang4) through `pandoc -t html`.
    const { tables } = htmlLines(`<table><thead><tr><th>TT</th><th>Nhiệm vụ thực hiện</th></tr></thead><tbody>
      <tr><td><ol type="1"><li></li></ol></td><td>Rà soát việc đáp ứng các điều kiện của học viên</td></tr>
      <tr><td><ol start="2" type="1"><li></li></ol></td><td>Xây dựng bài kiểm tra, đáp án</td></tr></tbody></table>
      <ol start="3"><li></li><li>Tổ chức kiểm tra</li></ol>`);
    expect(tables[0]!.rows.map((r) => r.cells[0]!.text)).toEqual(["TT", "1.", "2."]);
    const { lines } = htmlLines(`<ol start="3"><li></li><li>Tổ chức kiểm tra</li></ol>`);
    expect(lines.map((l) => l.text)).toEqual(["3.", "4. Tổ chức kiểm tra"]);
  });

  it("reads mammoth's footnotes: the marker becomes a reference, the note a footnote line", async () => {
    const { lines } =
      htmlLines(`<p>GRDP tăng 11,01%<sup><a href="#footnote-2" id="footnote-ref-2">[1]</a></sup>, đứng thứ 3.</p>
      <ol><li id="footnote-2"><p>Cả nước ước đạt 7,09% <a href="#footnote-ref-2">↑</a></p></li></ol>`);
    expect(lines.map((l) => [l.kind, l.text, l.footnote ?? null, l.refs])).toEqual([
      ["content", "GRDP tăng 11,01%, đứng thứ 3.", null, [{ label: "1", offset: 16 }]],
      ["footnote", "Cả nước ước đạt 7,09%", "1", []],
    ]);
  });

  it("decodes a page in the charset it declares", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="windows-1258"><p>'),
      0x48,
      0xe0,
      0x20,
      0x4e,
      0xf4,
      0xf2,
      0x69,
      ...new TextEncoder().encode("</p>"),
    ]);
    const { lines } = await extract(bytes, "html");
    expect(lines[0]!.text).toBe("Hà Nội");
  });

  it("gives a windows-1252 page's dashes and quotes, not control characters", async () => {
    // Word's "Save as Web Page": Vietnamese letters as entities, the en dash as byte 0x96.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(
        '<meta http-equiv=Content-Type content="text/html; charset=windows-1252"><p>',
      ),
      ...new TextEncoder().encode("nhi&#7879;m k&#7923; 2026 "),
      0x96,
      ...new TextEncoder().encode(" 2031 "),
      0x93,
      0x41,
      0x94,
      ...new TextEncoder().encode("</p>"),
    ]);
    const { lines } = await extract(bytes, "html");
    expect(lines[0]!.text).toBe("nhiệm kỳ 2026 – 2031 “A”");
  });

  it("reads a Word page saved again as UTF-8 as UTF-8, though its meta tag still says windows-1252", async () => {
    // Word wrote "Â" as a byte of windows-1252; an editor that saved the page as UTF-8 kept the tag.
    const bytes = new TextEncoder().encode(
      '<meta http-equiv=Content-Type content="text/html; charset=windows-1252"><p>HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH</p>',
    );
    const { lines } = await extract(bytes, "html");
    expect(lines[0]!.text).toBe("HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH");
  });
});

/** A minimal DOCX: the parts mammoth needs, and a numbering definition. */
async function docx(body: string, numbering?: string, styles?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${numbering ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : ""}</Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  if (styles)
    zip.file("word/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${styles}</w:styles>`);
  if (numbering)
    zip.file(
      "word/numbering.xml",
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${numbering}</w:numbering>`,
    );
  return zip.generateAsync({ type: "uint8array" });
}

const para = (text: string, num?: [number, number]) =>
  `<w:p>${num ? `<w:pPr><w:numPr><w:ilvl w:val="${num[1]}"/><w:numId w:val="${num[0]}"/></w:numPr></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const NUMBERING = `<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="2"/></w:lvlOverride></w:num>`;

describe("DOCX reader", async () => {
  it("writes Word's automatic numbers into the text: Điều %1., %2., %3), restarting lower levels", async () => {
    const bytes = await docx(
      [
        para("Phạm vi", [1, 0]),
        para("Khoản một", [1, 1]),
        para("Điểm một", [1, 2]),
        para("Điểm hai", [1, 2]),
        para("Khoản hai", [1, 1]),
        para("Đối tượng", [1, 0]),
        para("Khoản một", [1, 1]),
        para("Mục hai", [2, 0]),
        para("Không đánh số"),
      ].join(""),
      NUMBERING,
    );
    const { lines } = await extract(bytes, "docx");
    expect(lines.map((l) => l.text)).toEqual([
      "Điều 1. Phạm vi",
      "1. Khoản một",
      "a) Điểm một",
      "b) Điểm hai",
      "2. Khoản hai",
      "Điều 2. Đối tượng",
      "1. Khoản một",
      "II. Mục hai",
      "Không đánh số",
    ]);
  });

  it("leaves a DOCX without numbering as it is", async () => {
    const bytes = await docx(para("Một đoạn"));
    expect((await prepareDocx(bytes)).bytes).toBe(bytes);
  });

  it("builds the legal tree from restored numbers", async () => {
    const bytes = await docx(
      [
        para("QUYẾT ĐỊNH:"),
        para("Phạm vi điều chỉnh", [1, 0]),
        para("Quy định này áp dụng cho:", [1, 1]),
        para("cơ quan nhà nước;", [1, 2]),
        para("Hiệu lực", [1, 0]),
      ].join(""),
      NUMBERING,
    );
    const { document } = await convert({ bytes, path: "t.docx", format: "docx" });
    const articles = document.body.children.filter((n) => n.type === "article");
    expect(articles.map((a) => a.label)).toEqual(["Điều 1.", "Điều 2."]);
    expect(articles[0]!.children.map((c) => [c.type, c.label])).toEqual([["clause", "1."]]);
    expect(articles[0]!.children[0]!.children.map((c) => [c.type, c.label])).toEqual([["point", "a)"]]);
  });

  it("refuses a damaged DOCX with a reason", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(extract(bytes, "docx")).rejects.toThrow(InputError);
    await expect(extract(bytes, "docx")).rejects.toThrow(/not a readable DOCX file/);
  });
});

describe("DOCX typed in TCVN3 fonts (an old .doc saved again as DOCX)", async () => {
  // The fonts as Word keeps them: .VnTime as the document's default, .VnTimeH (capitals from small
  // letters' codes) through a paragraph style based on another, and runs in a Unicode font beside them.
  const styles = `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:styleId="Heading"><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Heading"/></w:style>`;
  const run = (text: string, font?: string) =>
    `<w:r>${font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const bytes = await docx(
    [
      `<w:p>${run("ChÝnh phñ", ".VnTime")}</w:p>`,
      `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>${run("nghÞ ®Þnh")}</w:p>`,
      `<w:p>${run("C¨n cø LuËt ")}${run("Hà Nội", "Times New Roman")}</w:p>`,
      // TCVN3's "ư" is the soft hyphen's code, which Word keeps as an element.
      `<w:p><w:r><w:t>Nhµ n</w:t><w:softHyphen/><w:t>íc</w:t></w:r></w:p>`,
    ].join(""),
    undefined,
    styles,
  );
  const report = new Reporter();
  const { lines } = await readSource(bytes, "docx", report);

  it("reads each run by its own font, its style's, or the document's default", () => {
    expect(lines.map((l) => l.text)).toEqual(["Chính phủ", "NGHỊ ĐỊNH", "Căn cứ Luật Hà Nội", "Nhà nước"]);
  });
  it("says the fonts were converted", () => {
    expect(report.diagnostics.map((d) => d.ruleId)).toContain("legacy-font");
  });
});
