import { describe, expect, it } from "vitest";
import { convertText } from "../helpers.js";

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
