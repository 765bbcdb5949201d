import { describe, expect, it } from "vitest";
import type { TableBlock, TableCell } from "../../src/model/block.js";
import { Reporter } from "../../src/model/reporter.js";
import { isLayoutGrid } from "../../src/stages/read/assemble/layout-grids.js";
import { buildTable } from "../../src/stages/tables/build.js";

// Rows cut from corpus documents (named in each describe), as their HTML or DOCX readers give them.

type Spec = string | { text: string; colSpan?: number; rowSpan?: number; paragraphs?: string[] };
const cell = (s: Spec): TableCell => (typeof s === "string" ? { text: s, lines: [1] } : { ...s, lines: [1] });
const grid = (...rows: Spec[][]): TableBlock => ({
  kind: "table",
  layout: "grid",
  lines: rows.map((_, i) => i + 1),
  rows: rows.map((r, i) => ({ cells: r.map(cell), lines: [i + 1] })),
});
const build = (block: TableBlock) =>
  buildTable(block, { id: "t", nodeId: "t", appendix: null, title: null }, new Reporter());
const labels = (t: ReturnType<typeof build>) => t.records.map((r) => Object.values(r.cells)[1] ?? "");

describe("blank forms (Thông tư 118/2025/TT-BTC, Nghị định 181/2025/NĐ-CP Phụ lục III)", () => {
  it("reads a table printed with its header alone as a header and no records", () => {
    const t = build(
      grid([
        "Năm",
        "Kết quả xếp loại",
        "Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định",
      ]),
    );
    expect(t.records).toEqual([]);
    expect(t.columns.map((c) => c.label)).toEqual([
      "Năm",
      "Kết quả xếp loại",
      "Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định",
    ]);
  });
  it("takes a second header row under spans and the column numbers '(05)…' as header, leaving the empty rows", () => {
    const t = build(
      grid(
        [
          { text: "STT", rowSpan: 2 },
          "",
          { text: "Thông tin người mua hàng", colSpan: 5 },
          { text: "Thông tin hàng hóa", colSpan: 2 },
        ],
        [
          "Số hóa đơn",
          "Ngày hóa đơn",
          "Họ tên",
          "Quốc tịch",
          "Số hộ chiếu/số giấy thông hành/số giấy tờ có giá trị đi lại quốc tế",
          "Ngày cấp",
          "Tên hàng",
          "Trị giá",
        ],
        ["(05)", "(06)", "(07)", "(08)", "(09)", "(10)", "(11)", "(12)", "(13)"],
        ["", "", "", "", "", "", "", "", ""],
      ),
    );
    expect(t.records).toEqual([]);
  });
  it("keeps a '…' row for more rows as a record of its own (Mẫu số 1.1)", () => {
    const t = build(
      grid(
        ["TT", "Tên tập thể, cá nhân", "Chức vụ", "Ghi chú"],
        ["1", "Cờ thi đua của Chính phủ", "", ""],
        ["2", "Bằng khen của Thủ tướng Chính phủ", "", ""],
        ["", "….", "", ""],
      ),
    );
    expect(labels(t)).toEqual(["Cờ thi đua của Chính phủ", "Bằng khen của Thủ tướng Chính phủ", "…."]);
  });
  it("reads rows that each name one position in the same column as lines of the form (Nghị quyết 66.19/2026, Mẫu số 9.01)", () => {
    const t = build(
      grid(
        ["TT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Trình độ, chuyên ngành đào tạo"],
        ["", "", "", "", "Phụ trách phòng thí nghiệm", ""],
        ["", "", "", "", "Cán bộ phụ trách QA/QC", ""],
        ["", "", "", "", "Nhân viên", ""],
        ["", "", "", "", "….", ""],
      ),
    );
    // Each a line of its own: none of them, without a number, continues the one above.
    expect(t.records.map((r) => r.cells["chuc-vu"])).toEqual([
      "Phụ trách phòng thí nghiệm",
      "Cán bộ phụ trách QA/QC",
      "Nhân viên",
      "….",
    ]);
  });

  it("sets a form's signing row apart as layout, not a table", () => {
    const signing = grid([
      {
        text: "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG (Ký, đóng dấu)",
        paragraphs: ["XÁC NHẬN CỦA CẤP TRÌNH", "KHEN THƯỞNG", "(Ký, đóng dấu)"],
      },
      {
        text: "THỦ TRƯỞNG ĐƠN VỊ (Ký, ghi rõ họ và tên)",
        paragraphs: ["THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ và tên)"],
      },
    ]);
    expect(isLayoutGrid(signing)).toBe(true);
    expect(isLayoutGrid(grid(["", "…, ngày .... tháng.... năm"]))).toBe(true);
    expect(isLayoutGrid(grid(["TT", "HỌ VÀ TÊN", "ĐƠN VỊ"]))).toBe(false);
  });
});

describe("typeset boxes and formulas (Nghị định 30/2020/NĐ-CP Phụ lục I, Nghị định 181/2025/NĐ-CP)", () => {
  it("takes a one-cell box and a fraction around '=' as layout", () => {
    expect(isLayoutGrid(grid(["20 - 25 mm 30 - 35 mm 15 - 20 mm 7a 7b 7c 8 9b"]))).toBe(true);
    expect(
      isLayoutGrid(
        grid(["Tỷ trọng trị giá tài nguyên", "=", "Trị giá tài nguyên + chi phí năng lượng", "x 100%"]),
      ),
    ).toBe(true);
  });
});

describe("rows inside a record's spans (Quyết định 51/2025/QĐ-TTg, Phụ lục I)", () => {
  const t = build(
    grid(
      ["TT", "Tên tiêu chí", "Nội dung tiêu chí", "Chỉ tiêu chung", "Xã nhóm 1"],
      [
        { text: "1", rowSpan: 3 },
        { text: "Quy hoạch", rowSpan: 3 },
        { text: "1.1. Có quy hoạch chung xã", rowSpan: 2 },
        { text: "Đạt", rowSpan: 2 },
        "Đạt",
      ],
      ["Bộ Xây dựng hướng dẫn; UBND cấp tỉnh quy định"],
      ["1.2. Có quy hoạch chi tiết xây dựng trung tâm xã", "Đạt", "Đạt"],
    ),
  );
  it("joins a guidance row to the indicator whose cells span it, and starts a record at '1.2.'", () => {
    expect(t.records).toHaveLength(2);
    expect(Object.values(t.records[0]!.cells)).toContain("Đạt Bộ Xây dựng hướng dẫn; UBND cấp tỉnh quy định");
    expect(Object.values(t.records[1]!.cells)[2]).toBe("1.2. Có quy hoạch chi tiết xây dựng trung tâm xã");
  });
});

describe("group rows over the rows that hold the values (Hướng dẫn 36-HD/VPTW, Nghị định 30/2020 Phụ lục I)", () => {
  const t = build(
    grid(
      ["STT", "Thành phần thể thức", "Loại chữ", "Cỡ chữ"],
      ["1", "Quốc hiệu và Tiêu ngữ", "", ""],
      ["", "- Quốc hiệu", "In hoa", "12 - 13"],
      ["", "- Tiêu ngữ", "In thường", "13 - 14"],
      ["3", "Số, ký hiệu của văn bản", "In thường", "13"],
      ["5", "Tên loại và trích yếu", "", ""],
      ["a", "Đối với văn bản có tên loại", "", ""],
      ["", "- Tên loại văn bản", "In hoa", "13 - 14"],
    ),
  );
  it("reads a numbered row with no values over deeper rows as a group, and closes it at the next number", () => {
    expect(labels(t)).toEqual(["- Quốc hiệu", "- Tiêu ngữ", "Số, ký hiệu của văn bản", "- Tên loại văn bản"]);
    expect(t.records.map((r) => r.group)).toEqual([
      ["1. Quốc hiệu và Tiêu ngữ"],
      ["1. Quốc hiệu và Tiêu ngữ"],
      [],
      ["5. Tên loại và trích yếu", "a. Đối với văn bản có tên loại"],
    ]);
  });
});

describe("a code list whose header the vocabulary does not know (Nghị định 181/2025/NĐ-CP, Phụ lục I)", () => {
  const t = build(
    grid(
      ["Mã hàng", "Mô tả hàng hoá"],
      ["Chương 25", "Muối; lưu huỳnh; đất và đá; thạch cao, vôi và xi măng"],
      ["25.04", "Graphit tự nhiên."],
      ["", "- Granit:"],
      ["2516.11", "- - Thô hoặc đã đẽo thô"],
      ["2516.12", "- - Mới chỉ được cắt, bằng cưa hoặc cách khác"],
    ),
  );
  it("takes the label row as header and keeps the dashed sub-heading as a row", () => {
    expect(t.columns.map((c) => c.label)).toEqual(["Mã hàng", "Mô tả hàng hoá"]);
    expect(t.records).toHaveLength(5);
    expect(t.records.map((r) => Object.values(r.cells)[1])).toContain("- Granit:");
  });
});

describe("a statistics form printed blank (Thông tư liên tịch 29/2025, Mẫu số 06B)", () => {
  const t = build(
    grid(
      [
        { text: "STT", rowSpan: 2 },
        { text: "Người thực hiện trợ giúp pháp lý", rowSpan: 2 },
        { text: "Tổng số vụ việc TGPL (3)", rowSpan: 2 },
        { text: "Các lĩnh vực trợ giúp pháp lý", colSpan: 2 },
      ],
      ["Dân sự", "Hành chính"],
      ["1", "2", "3", "4", "5"],
      ["I", "Người được trợ giúp pháp lý từ cơ quan phối hợp", "", "", ""],
      ["1", "Công an", "", "", ""],
      ["", "Trợ giúp viên pháp lý", "", "", ""],
      ["", "Luật sư ký hợp đồng với Trung tâm", "", "", ""],
      [{ text: "Tổng số vụ việc (5)", colSpan: 2 }, "", "", ""],
    ),
  );
  it("reads each unnumbered line as a record of its own: without values anywhere, none continues another", () => {
    expect(t.records.map((r) => Object.values(r.cells)[1])).toEqual([
      "Công an",
      "Trợ giúp viên pháp lý",
      "Luật sư ký hợp đồng với Trung tâm",
      "",
    ]);
    expect(t.groups.map((g) => g.title)).toEqual(["I. Người được trợ giúp pháp lý từ cơ quan phối hợp"]);
  });
  it("names the columns from both header rows and leaves the column numbers out of the labels", () => {
    expect(t.columns.map((c) => c.label)).toEqual([
      "STT",
      "Người thực hiện trợ giúp pháp lý",
      "Tổng số vụ việc TGPL (3)",
      "Các lĩnh vực trợ giúp pháp lý / Dân sự",
      "Các lĩnh vực trợ giúp pháp lý / Hành chính",
    ]);
  });
});

describe("a header of four rows under spans, closed by 'A(8) | 1 | 2 …' (Thông tư liên tịch 29/2025, Mẫu số 06B II)", () => {
  const t = build(
    grid(
      [
        { text: "Phân theo cơ quan, tổ chức chuyển đến", colSpan: 2, rowSpan: 3 },
        { text: "Tổng số người bị tố giác, người bị buộc tội", colSpan: 2, rowSpan: 2 },
        { text: "Phân theo diện người được trợ giúp pháp lý", colSpan: 2 },
      ],
      [{ text: "Người có khó khăn về tài chính", colSpan: 2 }],
      ["Tổng số", "Trong đó người thuộc diện được trợ giúp pháp lý", "Người thuộc hộ nghèo", "Trẻ em"],
      [{ text: "A(8)", colSpan: 2 }, "1", "2", "3", "4"],
      ["I", "Người được trợ giúp pháp lý từ cơ quan phối hợp", "", "", "", ""],
      ["1", "Công an", "", "", "", ""],
    ),
  );
  it("keeps a cell spanning rows and columns over every column it covers, so the labels stay in place", () => {
    expect(t.columns.map((c) => c.label).slice(2)).toEqual([
      "Tổng số người bị tố giác, người bị buộc tội / Tổng số",
      "Tổng số người bị tố giác, người bị buộc tội / Trong đó người thuộc diện được trợ giúp pháp lý",
      "Phân theo diện người được trợ giúp pháp lý / Người có khó khăn về tài chính / Người thuộc hộ nghèo",
      // A span's label below the top row names only its first column: the second keeps the top's.
      "Phân theo diện người được trợ giúp pháp lý / Trẻ em",
    ]);
    expect(t.records.map((r) => r.no)).toEqual(["I", "1"]);
  });
});

describe("a company over two projects in merged cells (Quyết định 1050/QĐ-SCT, Phụ lục)", () => {
  const t = build(
    grid(
      ["TT", "Đơn vị kiểm tra", "Địa chỉ Doanh nghiệp", "Tên và địa chỉ Dự án"],
      [
        { text: "1", rowSpan: 2 },
        { text: "Công ty cổ phần xây dựng giao thông Yên Bái", rowSpan: 2 },
        { text: "Số 779, phường Yên Bái", rowSpan: 2 },
        "Gói thầu số 13: Thi công công trình nối Quốc lộ 32",
      ],
      ["Gói thầu số 14: Thi công công trình đường kết nối Mường La"],
      ["2", "Công ty TNHH Hiệp Phú", "Tổ dân phố Chè 8", "Gói thầu số 15: Thi công công trình"],
    ),
  );
  it("reads a row inside the spans whose own cell opens like the one above as a record of its own", () => {
    expect(t.records).toHaveLength(3);
    expect(t.records.map((r) => Object.values(r.cells)[1])).toEqual([
      "Công ty cổ phần xây dựng giao thông Yên Bái",
      "Công ty cổ phần xây dựng giao thông Yên Bái",
      "Công ty TNHH Hiệp Phú",
    ]);
  });
});

describe("a Word 97 table (Nghị định 193/2025/NĐ-CP Phụ lục IV Bảng 2, saved again as .doc)", () => {
  // Its bold header is lost, and every row has one more cell than the table has columns.
  const saved = grid(
    [
      "Hợp phần có ích",
      "Hàm lượng trung bình trong mỏ (Cm)",
      "Hàm lượng tinh quặng trong bảng giá tính thuế tài nguyên",
      "Kqđ",
      "",
    ],
    ["Vonfram (WO3)", "0,2%", "60%", "0,003", ""],
    ["Flourspar (CaF2)", "8,08%", "97%", "0,083", ""],
    ["Đồng (Cu)", "0,18%", "20%", "0,009", ""],
    ["Bismut (Bi)", "0,1%", "70%", "0,001", ""],
  );

  it("reads its first row of labels over columns of numbers as the header, without the empty column", () => {
    const t = build(saved);
    expect(t.columns.map((c) => c.label)).toEqual([
      "Hợp phần có ích",
      "Hàm lượng trung bình trong mỏ (Cm)",
      "Hàm lượng tinh quặng trong bảng giá tính thuế tài nguyên",
      "Kqđ",
    ]);
    expect(t.records.map((r) => Object.values(r.cells))).toEqual([
      ["Vonfram (WO3)", "0,2%", "60%", "0,003"],
      ["Flourspar (CaF2)", "8,08%", "97%", "0,083"],
      ["Đồng (Cu)", "0,18%", "20%", "0,009"],
      ["Bismut (Bi)", "0,1%", "70%", "0,001"],
    ]);
  });

  it("keeps a first row of data that has a number among its cells a record", () => {
    const t = build(
      grid(["Vonfram (WO3)", "0,2%", "60%"], ["Đồng (Cu)", "0,18%", "20%"], ["Bismut (Bi)", "0,1%", "70%"]),
    );
    expect(t.records).toHaveLength(3);
  });
});

describe("a form's table to fill in (Nghị quyết 66.19/2026/NQ-CP, Mẫu số 9.02)", () => {
  it("reads its first row as the header when the rows below leave their cells to fill", () => {
    const t = build(
      grid(
        [
          "Thành phần môi trường/ số lượng mẫu trong năm … (2) …",
          "Nước mặt",
          "Nước thải",
          "Không khí xung quanh",
          "…",
        ],
        ["Số lượng mẫu:", "…", "…", "...", ""],
        ["Tổng số phiếu phát hành năm ... (2) ....", "", "", "", ""],
      ),
    );
    expect(t.columns.map((c) => c.label)).toEqual([
      "Thành phần môi trường/ số lượng mẫu trong năm … (2) …",
      "Nước mặt",
      "Nước thải",
      "Không khí xung quanh",
      "…",
    ]);
    expect(t.records.map((r) => Object.values(r.cells)[0])).toEqual([
      "Số lượng mẫu:",
      "Tổng số phiếu phát hành năm ... (2) ....",
    ]);
  });

  it("reads a first row of labels over three rows or more left empty but for their label (TT 169/1998, Mẫu số 01 NT-TCT)", () => {
    const t = build(
      grid(
        ["Loại", "Số tạm kê khai theo quý", "Số luỹ kế năm"],
        ["Doanh thu vận chuyển của Hãng tại Việt Nam", "", ""],
        ["Thu nhập của toàn hãng", "", ""],
        ["Thu nhập chịu thuế của Hãng tại Việt Nam", "", ""],
      ),
    );
    expect(t.columns.map((c) => c.label)).toEqual(["Loại", "Số tạm kê khai theo quý", "Số luỹ kế năm"]);
    expect(t.records).toHaveLength(3);
  });

  it("keeps a first row of data over two rows left empty without dots a record", () => {
    const t = build(grid(["Nguyễn Văn A", "Trưởng phòng"], ["Nguyễn Văn B", ""], ["Trần Thị C", ""]));
    expect(t.records).toHaveLength(3);
  });
});
