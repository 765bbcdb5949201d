import { describe, expect, it } from "vitest";
import { convertText, read } from "../helpers.js";

// Shapes from a transcription of Nghị định 30/2020/NĐ-CP, Phụ lục I: forms' keys as pipe tables.
const key = (title: string, n: number) => [
  `| Ô số | : | ${title} |`,
  "| --- | --- | --- |",
  ...Array.from(
    { length: n },
    (_, i) => `| ${i + 1} | : | ${i === n - 2 ? "Nơi nhận" : `Thành phần ${i + 1}`} |`,
  ),
];

describe("pipe tables in Markdown", () => {
  it("reads a form's key holding 'Nơi nhận' among many rows as a table, not as a closing's layout", async () => {
    const blocks = await read(key("Thành phần thể thức văn bản", 14).join("\n"), "markdown");
    const tables = blocks.blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(1);
    expect(tables[0]!.kind === "table" && tables[0]!.rows).toHaveLength(15);
  });

  it("keeps tables of other columns apart, and an empty frame is no table", async () => {
    const text = [
      ...key("Thành phần thể thức văn bản", 8),
      "",
      "|  |",
      "| --- |",
      "",
      "| STT | Thành phần | Loại chữ | Cỡ chữ |",
      "| --- | --- | --- | --- |",
      "| 1 | Quốc hiệu | In hoa | 12 - 13 |",
      "",
      ...key("Thành phần thể thức bản sao", 7),
    ].join("\n");
    const tables = (await read(text, "markdown")).blocks.filter((b) => b.kind === "table");
    expect(tables.map((t) => (t.kind === "table" ? t.rows[0]!.cells.at(-1)!.text : ""))).toEqual([
      "Thành phần thể thức văn bản",
      "Cỡ chữ",
      "Thành phần thể thức bản sao",
    ]);
  });

  it("reads a closing laid out one recipient a row as the page's layout", async () => {
    const text = [
      "|  |  |",
      "| --- | --- |",
      "| **Nơi nhận:** | **KT. BỘ TRƯỞNG** |",
      "| - Thủ tướng Chính phủ; | **THỨ TRƯỞNG** |",
      "| - Các Bộ, cơ quan ngang Bộ; |  |",
      "| - HĐND, UBND các tỉnh; |  |",
      "| - Công báo; |  |",
      "| - Lưu: VT. | **Nguyễn Văn A** |",
    ].join("\n");
    const blocks = (await read(text, "markdown")).blocks;
    expect(blocks.filter((b) => b.kind === "table")).toHaveLength(0);
    expect(blocks.some((b) => b.kind === "text" && b.text === "Nguyễn Văn A")).toBe(true);
  });

  it("keeps one table whose last row is short before its continuation", async () => {
    const text = [
      "| TT | Nội dung | Cơ quan | Thời hạn |",
      "| --- | --- | --- | --- |",
      "| 1 | Rà soát | Sở Y tế | 2025 |",
      "| 2 | Xây dựng | Sở Y tế |",
      "",
      "| 3 | Kiểm tra | Sở Y tế | 2026 |",
      "| --- | --- | --- | --- |",
      "| 4 | Báo cáo | Sở Y tế | 2026 |",
    ].join("\n");
    const tables = (await read(text, "markdown")).blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(1);
  });

  it("still reads a small header table as the page's layout", async () => {
    const text = [
      "| BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
      "| --- | --- |",
      "| Số: 12/2025/TT-BTC | Hà Nội, ngày 3 tháng 3 năm 2025 |",
    ].join("\n");
    const tables = (await read(text, "markdown")).blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(0);
  });
});

describe("pandoc's grid tables", () => {
  it("reads a closing laid out in a grid table: the recipients, then the signature", async () => {
    const doc = await convertText(
      [
        "**NGHỊ QUYẾT**",
        "",
        "**Điều 1.** Sắp xếp các đơn vị hành chính.",
        "",
        "+-------------------------------+:------------------------------------:+",
        "| *** ***                       | **TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\\     |",
        "|                               | CHỦ TỊCH\\                            |",
        "| ***Nơi nhận:\\***              | \\                                    |",
        "| - Chính phủ;\\                 | \\                                    |",
        "| - Tỉnh ủy, HĐND, UBND, Đoàn   | \\                                    |",
        "| ĐBQH tỉnh Vĩnh Long;\\        | Trần Thanh Mẫn**                     |",
        "| - Lưu: HC, PLTP.              |                                      |",
        "+-------------------------------+--------------------------------------+",
      ].join("\n"),
      "markdown",
    );
    expect(doc.metadata.signer?.name).toBe("Trần Thanh Mẫn");
    expect(doc.metadata.signer?.capacity).toEqual(["TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CHỦ TỊCH"]);
    // A recipient the column wrapped (no hard break) is one paragraph of its cell.
    expect(doc.metadata.recipients).toEqual([
      "Chính phủ",
      "Tỉnh ủy, HĐND, UBND, Đoàn ĐBQH tỉnh Vĩnh Long",
      "Lưu: HC, PLTP",
    ]);
  });

  it("reads a data table in a grid table as one row per bordered row, wrapped cells joined", async () => {
    const blocks = await read(
      [
        "+-----+---------------------------+-----------+",
        "| STT | Tên đơn vị hành chính     | Diện tích |",
        "+=====+===========================+===========+",
        "| 1   | Phường Long Châu, hợp     | 12,5      |",
        "|     | nhất phường 1 và phường 2 |           |",
        "+-----+---------------------------+-----------+",
        "| 2   | Xã Tân Hạnh               | 30,1      |",
        "+-----+---------------------------+-----------+",
      ].join("\n"),
      "markdown",
    );
    const table = blocks.blocks.find((b) => b.kind === "table");
    expect(table?.kind).toBe("table");
    const rows = table!.kind === "table" ? table!.rows.map((r) => r.cells.map((c) => c.text)) : [];
    expect(rows).toEqual([
      ["STT", "Tên đơn vị hành chính", "Diện tích"],
      ["1", "Phường Long Châu, hợp nhất phường 1 và phường 2", "12,5"],
      ["2", "Xã Tân Hạnh", "30,1"],
    ]);
    // The row's second line is the row's too.
    expect(table!.lines).toEqual(expect.arrayContaining([4, 5, 7]));
  });

  it("gives a row that spans the columns its text whole, in the first column", async () => {
    const blocks = await read(
      [
        "+-----+--------------------------+------------------+",
        "| TT  | Nhiệm vụ                 | Cơ quan chủ trì  |",
        "+=====+==========================+==================+",
        "| Nhiệm vụ chung cho các sở, ban, ngành thuộc tỉnh |",
        "+-----+--------------------------+------------------+",
        "| 1   | Rà soát thủ tục          | Sở Tư pháp       |",
        "+-----+--------------------------+------------------+",
      ].join("\n"),
      "markdown",
    );
    const table = blocks.blocks.find((b) => b.kind === "table");
    const rows = table?.kind === "table" ? table.rows.map((r) => r.cells.map((c) => c.text)) : [];
    expect(rows[1]![0]).toBe("Nhiệm vụ chung cho các sở, ban, ngành thuộc tỉnh");
    expect(rows[1]!.slice(1).join("")).toBe("");
    expect(rows[2]).toEqual(["1", "Rà soát thủ tục", "Sở Tư pháp"]);
  });
});

describe("pandoc's multiline tables", () => {
  it("reads a header and a closing laid out between rows of dash groups, column by column", async () => {
    const doc = await convertText(
      [
        "  -------------------------------- --------------------------------------",
        "    **BAN CHẤP HÀNH TRUNG ƯƠNG\\          **ĐẢNG CỘNG SẢN VIỆT NAM\\",
        "                \\***                  \\-\\-\\-\\-\\-\\-\\-\\--**",
        "",
        "            Số 60-NQ/TW              *Hà Nội, ngày 12 tháng 4 năm 2025*",
        "  -------------------------------- --------------------------------------",
        "",
        "**NGHỊ QUYẾT**",
        "",
        "HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII",
        "",
        "**I- TÌNH HÌNH**",
        "",
        "Trung ương đánh giá tình hình.",
        "",
        "  ----------------------------------- -----------------------------------",
        "  ***Nơi nhận:\\***                     **T/M BAN CHẤP HÀNH TRUNG ƯƠNG\\**",
        "  - Các ban đảng, đảng ủy trực thuộc             TỔNG BÍ THƯ\\",
        "  Trung ương,\\                                        **\\",
        "  - Các tỉnh ủy, thành ủy,\\                            \\",
        "  - Lưu Văn phòng Trung ương Đảng.                 Tô Lâm**",
        "",
        "  ----------------------------------- -----------------------------------",
      ].join("\n"),
      "markdown",
    );
    const m = doc.metadata;
    expect(m.issuer).toBe("BAN CHẤP HÀNH TRUNG ƯƠNG");
    expect(m.documentNumber).toBe("60-NQ/TW");
    expect([m.place, m.issuedOn]).toEqual(["Hà Nội", "2025-04-12"]);
    expect(m.signer?.name).toBe("Tô Lâm");
    expect(m.signer?.capacity).toEqual(["T/M BAN CHẤP HÀNH TRUNG ƯƠNG", "TỔNG BÍ THƯ"]);
    expect(m.recipients).toEqual([
      "Các ban đảng, đảng ủy trực thuộc Trung ương",
      "Các tỉnh ủy, thành ủy",
      "Lưu Văn phòng Trung ương Đảng",
    ]);
  });
});

describe("tables pandoc writes into Markdown as HTML", () => {
  // pandoc -t gfm on a Word plan: the header laid out in a table, an empty styled paragraph, and
  // the appendix's task table with Word's own list numbers and cells of several paragraphs.
  const md = [
    "<table>",
    "<tbody>",
    '<tr class="odd">',
    '<td><h1 id="a"><strong>UỶ BAN NHÂN DÂN</strong></h1>',
    '<h1 id="b"><strong>TỈNH LÀO CAI</strong></h1></td>',
    '<td><h1 id="c"><strong>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></h1>',
    "<p><strong>Độc lập - Tự do - Hạnh phúc</strong></p></td>",
    "</tr>",
    '<tr class="even">',
    '<td><h1 id="d">Số: 12/KH-UBND</h1></td>',
    '<td><h1 id="e"><em>Lào Cai, ngày 10 tháng 4 năm 2026</em></h1></td>',
    "</tr>",
    "</tbody>",
    "</table>",
    "",
    "#### ",
    "",
    "#### **KẾ HOẠCH**",
    "",
    "**Kiểm tra cấp giấy chứng nhận huấn luyện kỹ thuật an toàn**",
    "",
    "I. MỤC ĐÍCH",
    "",
    "Kiểm tra kỹ thuật an toàn cho các tổ chức.",
    "",
    "<table>",
    "<thead>",
    '<tr class="header">',
    "<th><strong>TT</strong></th>",
    "<th><strong>Nhiệm vụ thực hiện</strong></th>",
    "<th><strong>Người thực hiện</strong></th>",
    "</tr>",
    "</thead>",
    "<tbody>",
    '<tr class="odd">',
    '<td><ol type="1">',
    "<li></li>",
    "</ol></td>",
    "<td>Rà soát việc đáp ứng các điều kiện của học viên</td>",
    "<td><p>Đỗ Mạnh Cường</p>",
    "<p>Vũ Việt Linh</p></td>",
    "</tr>",
    '<tr class="even">',
    '<td><ol start="2" type="1">',
    "<li></li>",
    "</ol></td>",
    '<td colspan="2">Tổ chức kiểm tra</td>',
    "</tr>",
    "</tbody>",
    "</table>",
  ].join("\n");

  it("reads the header's layout table and the task table's rows", async () => {
    const doc = await convertText(md, "markdown", "plan.md");
    expect(doc.metadata).toMatchObject({
      issuer: "UỶ BAN NHÂN DÂN TỈNH LÀO CAI",
      documentNumber: "12/KH-UBND",
      documentTypeCode: "plan",
      issuedOn: "2026-04-10",
      subject: "Kiểm tra cấp giấy chứng nhận huấn luyện kỹ thuật an toàn",
    });
    const table = [...doc.tables, ...doc.appendices.flatMap((a) => a.tables)][0]!;
    expect(table.records.map((r) => r.no)).toEqual(["1.", "2."]);
    expect(Object.values(table.records[0]!.cells)).toEqual([
      "1.",
      "Rà soát việc đáp ứng các điều kiện của học viên",
      "Đỗ Mạnh Cường Vũ Việt Linh",
    ]);
    // A merged cell leaves the columns it covers empty.
    expect(Object.values(table.records[1]!.cells)).toEqual(["2.", "Tổ chức kiểm tra", ""]);
    expect(JSON.stringify(doc.body)).not.toMatch(/<t[dhr]\b|####/u);
  });
});

describe("a portal page converted to Markdown whole", () => {
  it("takes the banner's pictures above the header for no closing of a document before it", async () => {
    const { documentStarts } = await import("../../src/stages/structure/documents.js");
    const block = (text: string, n: number) => ({ kind: "text" as const, text, lines: [n] });
    const page = [
      '<img src="https://vbpl.vn/_next/image?url=banner.png" alt="banner" />',
      "Trang chủ",
      "![](data:image/svg+xml;base64,PHN2ZyBmaWxsPSJub25lIg==)",
      "CHÍNH PHỦ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 181/2025/NĐ-CP",
      "Hà Nội, ngày 01 tháng 7 năm 2025",
      "NGHỊ ĐỊNH",
    ].map(block);
    expect(documentStarts(page)).toEqual([]);
    // A closing in words still parts two documents.
    const two = [...page.slice(3), "Nơi nhận:", "(Đã ký)", ...page.slice(3)].map((t, n) =>
      typeof t === "string" ? block(t, n) : { ...t, lines: [n] },
    );
    expect(documentStarts(two)).toEqual([8]);
  });
});

describe("headings pandoc writes past Markdown's six levels", () => {
  it("reads '######## Chương I' (Word's Heading 8) as the chapter's line", async () => {
    const md = [
      "**NGHỊ ĐỊNH**",
      "",
      "**Về công tác văn thư**",
      "",
      "######## ",
      "",
      "######## Chương I",
      "",
      "**QUY ĐỊNH CHUNG**",
      "",
      "**Điều 1. Phạm vi điều chỉnh**",
      "",
      "Nghị định này quy định về công tác văn thư.",
      "",
      "######## Chương II",
      "",
      "**SOẠN THẢO VĂN BẢN**",
      "",
      "**Điều 2. Thể thức văn bản**",
      "",
      "Thể thức văn bản gồm các thành phần chính.",
    ].join("\n");
    const doc = await convertText(md, "markdown", "decree.md");
    expect(doc.body.children.filter((n) => n.type === "chapter").map((n) => [n.label, n.title])).toEqual([
      ["Chương I", "QUY ĐỊNH CHUNG"],
      ["Chương II", "SOẠN THẢO VĂN BẢN"],
    ]);
    expect(JSON.stringify(doc.body)).not.toContain("#");
  });
});

describe("a subject pandoc writes as a quote of two paragraphs", () => {
  it("reads the quote's empty line ('>') as the break between them, not as text", async () => {
    // The draft Thông báo of Sở Công Thương Lào Cai (tests/corpus) through pandoc's Markdown: the
    // subject's two lines were indented paragraphs, which pandoc quotes.
    const doc = await convertText(
      `UBND TỈNH LÀO CAI

SỞ CÔNG THƯƠNG

#  THÔNG BÁO

> **Kết quả kiểm tra việc chấp hành Quy định của pháp luật**
>
> **trong sử dụng và bảo quản vật liệu nổ công ghiệp**

Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương.
`,
      "markdown",
      "tb.md",
    );
    expect(doc.metadata.subject).toBe(
      "Kết quả kiểm tra việc chấp hành Quy định của pháp luật trong sử dụng và bảo quản vật liệu nổ công ghiệp",
    );
  });
});
