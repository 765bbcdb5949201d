import { describe, expect, it } from "vitest";
import { convertText, VLNCN_COLUMNS } from "../helpers.js";

// LibreOffice's plain-text export of a Word table: every cell on a line of its own, an empty cell an
// empty line (the draft Kế hoạch of UBND tỉnh Lào Cai on Chỉ thị 11-CT/TU, tests/corpus, saved as
// text by LibreOffice 7.4; its first rows, row 8 with the empty paragraph its task cell ends on).
const PLAN = `ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:      /KH-UBND
Lào Cai, ngày 10 tháng 4 năm 2026

KẾ HOẠCH
Triển khai thực hiện Chỉ thị số 11-CT/TU

I. MỤC ĐÍCH, YÊU CẦU
1. Quán triệt đầy đủ nội dung Chỉ thị.

Phụ lục

MỘT SỐ NHIỆM VỤ TRỌNG TÂM CỦA CÁC SỞ, BAN, NGÀNH VÀ ĐỊA PHƯƠNG


TT
Tên nhiệm vụ
Sở, ngành chủ trì tham mưu
Đơn vị phối hợp thực hiện
Thời gian thực hiện
Ghi chú

(1)
(2)
(3)
(4)
(5)
1
Tổ chức quán triệt sâu rộng Chỉ thị của Ban Thường vụ Tỉnh ủy.
Các Sở, ban, ngành; UBND các xã, phường
Các Sở, ban, ngành và các cơ quan, đơn vị, địa phương liên quan
Xong trong Quý II/2026

2
Rà soát, phân loại đội ngũ cán bộ, công chức thực hiện nhiệm vụ quản lý nhà nước về khoáng sản.

Sở Nội vụ
Các Sở, ban, ngành và các địa phương liên quan
Hàng năm

3
Xây dựng kế hoạch và tổ chức thực hiện thanh tra theo kế hoạch.
Thanh tra tỉnh
Các Sở, ban, ngành và địa phương
Hàng năm

`;

describe("a table whose cells a converter wrote one per line", () => {
  it("reads the header's labels and each numbered row of as many lines", async () => {
    const doc = await convertText(PLAN);
    const table = doc.appendices[0]!.tables[0]!;
    expect(table.columns.map((c) => c.label)).toEqual([
      "TT",
      "Tên nhiệm vụ",
      "Sở, ngành chủ trì tham mưu",
      "Đơn vị phối hợp thực hiện",
      "Thời gian thực hiện",
      "Ghi chú",
    ]);
    expect(table.records.map((r) => [r.cells.no, r.cells.lead, r.cells.deadline])).toEqual([
      ["1", "Các Sở, ban, ngành; UBND các xã, phường", "Xong trong Quý II/2026"],
      ["2", "Sở Nội vụ", "Hàng năm"],
      ["3", "Thanh tra tỉnh", "Hàng năm"],
    ]);
  });

  it("takes no table where a row's lines do not match the header's count", async () => {
    // Row 1 lost its lead's line (two cells merged): nothing says which cell is which, so the
    // table's lines stay text.
    const doc = await convertText(PLAN.replace("Các Sở, ban, ngành; UBND các xã, phường\n", ""));
    expect(doc.appendices[0]!.tables).toEqual([]);
    expect(JSON.stringify(doc.body)).toContain("Rà soát, phân loại đội ngũ cán bộ");
  });
});

/** Each record's cells in column order. */
const rowsOf = (table: { columns: { key: string }[]; records: { cells: Record<string, string> }[] }) =>
  table.records.map((r) => table.columns.map((c) => r.cells[c.key] ?? ""));

const HEAD = (type: string, subject: string) => `CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 66/2026/NQ-CP
Hà Nội, ngày 18 tháng 5 năm 2026

${type}
${subject}

Điều 1. Ban hành kèm theo Nghị quyết này các phụ lục.
Điều 2. Nghị quyết này có hiệu lực từ ngày ký.

PHỤ LỤC I
DANH MỤC VĂN BẢN

`;

// A no-break space is the line LibreOffice writes for an empty cell.
const NB = "\u00a0";

// Nghị quyết 66.19/2026/NQ-CP (tests/corpus, its DOCX saved as text by LibreOffice): the header
// runs straight into the first row; a group row opens each kind of text ("I" ⏎ "LUẬT") and the
// numbers start again under it, with a dot the second time; a cell holds items "- …" one per line,
// or a line ending in ";" and the one after it.
const RESOLUTION = `${HEAD("NGHỊ QUYẾT", "Cắt giảm thủ tục hành chính")}STT
Các văn bản cần sửa đổi, bổ sung
Điều, khoản, điểm cần sửa đổi, bổ sung, bãi bỏ để phân quyền thẩm quyền giải quyết TTHC
Điều, khoản, điểm cần sửa đổi, bổ sung, bãi bỏ để cắt giảm, đơn giản hóa TTHC
Cơ quan chủ trì soạn thảo
I
LUẬT
${NB}
${NB}
${NB}
1
Luật Trồng trọt số 31/2018/QH14 được sửa đổi, bổ sung bởi Luật số 146/2025/QH15
${NB}
- Khoản 1 Điều 21
- Khoản 2 Điều 22
- Điều 42
Bộ Nông nghiệp và Môi trường
2
Luật Bảo vệ và kiểm dịch thực vật số 41/2013/QH13
Khoản 3 Điều 51;
Khoản 4 Điều 52; Điều 66.
- Điều 23
Bộ Nông nghiệp và Môi trường
II
NGHỊ ĐỊNH
${NB}
${NB}
${NB}
1.
Nghị định số 66/2016/NĐ-CP ngày 01/7/2016 của Chính phủ
${NB}
Khoản 6 Điều 4
Bộ Nông nghiệp và Môi trường
2.
Nghị định số 94/2019/NĐ-CP ngày 13/12/2019 của Chính phủ
Điều 7
${NB}
Bộ Nông nghiệp và Môi trường
${NB}
`;

describe("rows of a cell-per-line table that are not one line a cell", () => {
  it("reads group rows, numbers that start again, and cells of several paragraphs", async () => {
    const table = (await convertText(RESOLUTION)).appendices[0]!.tables[0]!;
    expect(table.columns).toHaveLength(5);
    expect(table.groups.map((g) => g.title)).toEqual(["I. LUẬT", "II. NGHỊ ĐỊNH"]);
    expect(rowsOf(table)).toEqual([
      [
        "1",
        "Luật Trồng trọt số 31/2018/QH14 được sửa đổi, bổ sung bởi Luật số 146/2025/QH15",
        "",
        "- Khoản 1 Điều 21 - Khoản 2 Điều 22 - Điều 42",
        "Bộ Nông nghiệp và Môi trường",
      ],
      [
        "2",
        "Luật Bảo vệ và kiểm dịch thực vật số 41/2013/QH13",
        "Khoản 3 Điều 51; Khoản 4 Điều 52; Điều 66.",
        "- Điều 23",
        "Bộ Nông nghiệp và Môi trường",
      ],
      [
        "1.",
        "Nghị định số 66/2016/NĐ-CP ngày 01/7/2016 của Chính phủ",
        "",
        "Khoản 6 Điều 4",
        "Bộ Nông nghiệp và Môi trường",
      ],
      [
        "2.",
        "Nghị định số 94/2019/NĐ-CP ngày 13/12/2019 của Chính phủ",
        "Điều 7",
        "",
        "Bộ Nông nghiệp và Môi trường",
      ],
    ]);
  });

  it("reads a group's row whose name spans the table as its numeral and name alone", async () => {
    // Phụ lục IV of the same resolution: "I" ⏎ "LUẬT" with no empty cells after them.
    const doc = await convertText(`${HEAD("NGHỊ QUYẾT", "Cắt giảm thủ tục hành chính")}STT
Các văn bản cần sửa đổi, bổ sung
Điều, khoản, điểm cần sửa đổi, bổ sung, bãi bỏ để cắt giảm, đơn giản hóa TTHC
Cơ quan chủ trì soạn thảo
I
LUẬT
1.
Luật Thủy lợi số 08/2017/QH14
Khoản 3 Điều 44; điểm h khoản 1 Điều 57
Bộ Nông nghiệp và Môi trường
II
NGHỊ ĐỊNH
1.
Nghị định số 40/2026/NĐ-CP ngày 25/01/2026 của Chính phủ
Điều 1; Điều 18; Điều 26; khoản 4 Điều 28; Phụ lục III.
Bộ Nông nghiệp và Môi trường
${NB}
`);
    const table = doc.appendices[0]!.tables[0]!;
    expect(table.groups.map((g) => g.title)).toEqual(["I. LUẬT", "II. NGHỊ ĐỊNH"]);
    expect(rowsOf(table).map((r) => r.slice(0, 2))).toEqual([
      ["1.", "Luật Thủy lợi số 08/2017/QH14"],
      ["1.", "Nghị định số 40/2026/NĐ-CP ngày 25/01/2026 của Chính phủ"],
    ]);
  });

  it("reads a group's row that holds a value as a whole row", async () => {
    // Nghị định 193/2025/NĐ-CP, Phụ lục III (tests/corpus, as text): group VII has its own rate.
    const doc = await convertText(`${HEAD("NGHỊ ĐỊNH", "Quy định chi tiết")}Số TT
Nhóm, loại khoáng sản
R (%)
I
Nhóm khoáng sản than

1
Than bùn
1
2
Than các loại (trừ than bùn)
2
II
Nhóm khoáng sản nước nóng, nước khoáng và khí CO2
1

`);
    const table = doc.appendices[0]!.tables[0]!;
    const last = rowsOf(table).at(-1)!;
    expect(last).toEqual(["II", "Nhóm khoáng sản nước nóng, nước khoáng và khí CO2", "1"]);
  });

  it("keeps a row as text when joining the lines that go on does not come out even", async () => {
    // Row 2's name now ends in ";" too: joined to the lines after it, the row runs a cell short.
    const doc = await convertText(
      RESOLUTION.replace(
        "Luật Bảo vệ và kiểm dịch thực vật số 41/2013/QH13\n",
        "Luật Bảo vệ và kiểm dịch thực vật số 41/2013/QH13;\n",
      ),
    );
    const table = doc.appendices[0]!.tables[0];
    expect(table ? rowsOf(table).map((r) => r[0]) : []).not.toContain("2");
    expect(JSON.stringify(doc)).toContain("Khoản 4 Điều 52; Điều 66.");
  });

  it("puts names one under another in the cell of the people who carry a task out", async () => {
    // The Lào Cai plan of inspection (tests/corpus, Kế hoạch … tháng 4, as text): "Người thực hiện"
    // lists one name a line; the empty line after them is the note's empty cell.
    const doc = await convertText(`${HEAD("KẾ HOẠCH", "Kiểm tra cấp giấy chứng nhận")}TT
Nhiệm vụ thực hiện
Người thực hiện
Ghi chú
    1. 
Rà soát việc đáp ứng các điều kiện
Đỗ Mạnh Cường
Vũ Việt Linh
Nguyễn Thị Loan

    2. 
Xây dựng bài kiểm tra, đáp án
Đỗ Mạnh Cường
Vũ Việt Linh

    3. 
Tổ chức kiểm tra
Vũ Việt Linh


Nơi nhận:
- Như trên;
`);
    expect(rowsOf(doc.appendices[0]!.tables[0]!)).toEqual([
      ["1.", "Rà soát việc đáp ứng các điều kiện", "Đỗ Mạnh Cường Vũ Việt Linh Nguyễn Thị Loan", ""],
      ["2.", "Xây dựng bài kiểm tra, đáp án", "Đỗ Mạnh Cường Vũ Việt Linh", ""],
      ["3.", "Tổ chức kiểm tra", "Vũ Việt Linh", ""],
    ]);
  });

  it("reads rows under a number whose number cell is merged, each opening on that empty cell", async () => {
    // Hướng dẫn 36-HD/VPTW (tests/corpus, as text): "2." names a part, and the rows below it, one
    // per element, leave the number cell empty; a header's label has its note in brackets under it.
    const doc = await convertText(`${HEAD("HƯỚNG DẪN", "Thể thức văn bản của Đảng")}TT
Thành phần thể thức
Loại chữ
Cỡ chữ
Minh hoạ 
(phông chữ Times New Roman)
1.
Tiêu đề "Đảng Cộng sản Việt Nam" 
In hoa
15
ĐẢNG CỘNG SẢN VIỆT NAM
2.
Tên cơ quan ban hành văn bản




- Tên cơ quan cấp trên trực tiếp
In hoa
14
ĐẢNG BỘ TỈNH THÁI NGUYÊN

- Tên cơ quan ban hành, sao văn bản 
In hoa
14
HUYỆN UỶ ĐỊNH HOÁ
3.
Số và ký hiệu văn bản
In thường
14
Số 127-QĐ/TW
`);
    const table = doc.appendices[0]!.tables[0]!;
    expect(table.columns.map((c) => c.label)).toContain("Minh hoạ (phông chữ Times New Roman)");
    expect(rowsOf(table).map((r) => r.slice(0, 2))).toEqual(
      expect.arrayContaining([
        ["1.", 'Tiêu đề "Đảng Cộng sản Việt Nam"'],
        ["", "- Tên cơ quan cấp trên trực tiếp"],
        ["", "- Tên cơ quan ban hành, sao văn bản"],
        ["3.", "Số và ký hiệu văn bản"],
      ]),
    );
  });

  it("ends on a last row the text runs straight on from, when its numbers stand in their column", async () => {
    // Nghị định 193/2025/NĐ-CP, Phụ lục IV, Bảng 1 (tests/corpus, as text): no empty line after it.
    const table = `STT
Loại khoáng sản
Hàm lượng
Giá tính thuế tài nguyên (đồng/tấn)
1
Quặng sunfua chì - kẽm
hàm lượng Pb+Zn < 10%
1.100.000
2
Quặng sunfua chì - kẽm
10% ≤ hàm lượng Pb+Zn < 15%
1.200.000
3
Quặng sunfua chì - kẽm
hàm lượng Pb+Zn ≥ 25%
3.000.000
`;
    const after =
      "Sau khi xác định Cm theo quy định tại mục I.1 Phụ lục này, Kqđ được tính như sau.\nKqđ = Cm : Cmax\n";
    const read = async (t: string) =>
      (await convertText(`${HEAD("NGHỊ ĐỊNH", "Quy định chi tiết")}${t}${after}`)).appendices[0]!.tables;
    expect(rowsOf((await read(table))[0]!).map((r) => r[3])).toEqual(["1.100.000", "1.200.000", "3.000.000"]);
    // A last row whose price is missing would take the sentence after it for its price: not taken.
    const short = table.replace("3.000.000\n", "");
    const rows = (await read(short))[0];
    expect(rows ? rowsOf(rows).map((r) => r[0]) : []).not.toContain("3");
  });

  it("reads a blank form's rows: a number over empty cells, and '...' for the rows to be added", async () => {
    // Nghị quyết 66.19/2026/NQ-CP, Mẫu số 9.01 (tests/corpus, its DOCX saved as text by LibreOffice):
    // each empty cell a no-break space, and the text goes on right under the table.
    const form = (columns: string[]) =>
      [...columns, ...["1", "2", "..."].flatMap((label) => [label, ...columns.slice(1).map(() => NB)])].join(
        "\n",
      );
    const text = `- Đo đạc tại hiện trường:
${form(["TT", "Tên thông số", "Tên/số hiệu phương pháp sử dụng", "Giới hạn phát hiện/Phạm vi đo"])}
- Lấy và bảo quản mẫu:
${form(["TT", "Loại mẫu", "Tên/số hiệu phương pháp sử dụng"])}
- Xử lý và phân tích mẫu môi trường:
`;
    const tables = (await convertText(`${HEAD("NGHỊ QUYẾT", "Cắt giảm thủ tục hành chính")}${text}`))
      .appendices[0]!.tables;
    expect(tables.map((t) => t.columns.map((c) => c.label))).toEqual([
      ["TT", "Tên thông số", "Tên/số hiệu phương pháp sử dụng", "Giới hạn phát hiện/Phạm vi đo"],
      ["TT", "Loại mẫu", "Tên/số hiệu phương pháp sử dụng"],
    ]);
    expect(tables.map((t) => rowsOf(t).map((r) => r.join("|")))).toEqual([
      ["1|||", "2|||", "...|||"],
      ["1||", "2||", "...||"],
    ]);
  });

  it("reads a blank form's rows that carry no number, each opening on its empty number cell", async () => {
    // Nghị quyết 66.19/2026/NQ-CP, Mẫu số 9.02 (as above): a row naming one person, then a row left
    // empty, and the next paragraph right under the table.
    const columns = ["TT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Số năm công tác", "Ghi chú (*)"];
    const text = `a) Danh sách các cán bộ:
${[...columns, NB, "Nguyễn Văn A", NB, NB, NB, NB, "Bổ sung", ...columns.map(() => NB)].join("\n")}
* Ghi chú: Nêu rõ cán bộ duy trì hay bổ sung.
`;
    const doc = await convertText(`${HEAD("NGHỊ QUYẾT", "Cắt giảm thủ tục hành chính")}${text}`);
    const [table] = doc.appendices[0]!.tables;
    expect(table!.columns.map((c) => c.label)).toEqual(columns);
    expect(rowsOf(table!)).toEqual([["", "Nguyễn Văn A", "", "", "", "", "Bổ sung"]]);
    // The note under the table stays text.
    expect(JSON.stringify(table)).not.toContain("Ghi chú: Nêu rõ");
  });

  it("takes no form rows where the row under the header is its second level, the numbered rows after it", async () => {
    // A draft report of UBND tỉnh Lào Cai (tests/corpus, saved as text): "Cơ quan cấp phép" spans
    // three columns named on the row under it, with no empty row a form would leave.
    const text = [
      "TT",
      "Loại hình hoạt động của tổ chức",
      "Số lượng tổ chức",
      "Số lượng Giấy phép",
      "Cơ quan cấp phép",
      NB,
      NB,
      NB,
      NB,
      "Bộ Công Thương",
      "Bộ Quốc phòng",
      "UBND tỉnh/Sở Công Thương",
      "1",
      "Tìm kiếm, thăm dò, khai thác khoáng sản trên đất liền",
      "40",
    ].join("\n");
    const doc = await convertText(`${HEAD("NGHỊ QUYẾT", "Cắt giảm thủ tục hành chính")}${text}\n`);
    expect(doc.appendices[0]!.tables).toEqual([]);
  });

  it("reads a header of two rows, a label of the first spanning the columns the second names", async () => {
    // The same report's table whole (saved as text from its .docx): the first header row, one empty
    // line for each label merged down over both rows, the second row's three names, then rows 1–4.
    const text = [
      "a) Số lượng tổ chức hoạt động VLNCN, TCTN",
      "",
      "TT",
      "Loại hình hoạt động của tổ chức",
      "Số lượng tổ chức",
      "Số lượng Giấy phép",
      "Cơ quan cấp phép",
      "",
      "",
      "",
      "",
      "Bộ Công Thương",
      "Bộ Quốc phòng",
      "UBND tỉnh/Sở Công Thương",
      ...["1", "Tìm kiếm, thăm dò, khai thác khoáng sản trên đất liền", "40", "50", "11", "00", "39"],
      ...["2", "Thi công công trình", "21", "21", "0", "0", "21"],
      ...["3", "Dịch vụ nổ mìn", "6", "6", "5", "1", "0"],
      ...["4", "Sử dụng tiền chất thuốc nổ sử dụng để sản xuất VLNCN", "01", "01", "01", "0", "0"],
      "",
      "b) Chủng loại, số lượng vật liệu nổ công nghiệp",
    ].join("\n");
    const doc = await convertText(`${HEAD("BÁO CÁO", "Công tác quản lý vật liệu nổ công nghiệp")}${text}\n`);
    const tables = [...doc.tables, ...doc.appendices.flatMap((a) => a.tables)];
    expect(tables).toHaveLength(1);
    expect(tables[0]!.columns.map((c) => c.label)).toEqual(VLNCN_COLUMNS);
    expect(rowsOf(tables[0]!)).toEqual([
      ["1", "Tìm kiếm, thăm dò, khai thác khoáng sản trên đất liền", "40", "50", "11", "00", "39"],
      ["2", "Thi công công trình", "21", "21", "0", "0", "21"],
      ["3", "Dịch vụ nổ mìn", "6", "6", "5", "1", "0"],
      ["4", "Sử dụng tiền chất thuốc nổ sử dụng để sản xuất VLNCN", "01", "01", "01", "0", "0"],
    ]);
  });
});
