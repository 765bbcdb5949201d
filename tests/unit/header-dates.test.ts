import { describe, expect, it } from "vitest";
import { parseDate, parsePlaceDate } from "../../src/text/dates.js";
import { convertText } from "../helpers.js";

describe("dates typed without their spaces", () => {
  it("reads 'tháng5' and 'ngày07' as a day and a month", () => {
    expect(parseDate("ngày 14 tháng5 năm 2008")).toBe("2008-05-14");
    expect(parseDate("ngày07 tháng 3năm 2002")).toBe("2002-03-07");
    expect(parsePlaceDate("Đồng Xoài, ngày 14 tháng5 năm 2008")).toEqual({
      place: "Đồng Xoài",
      issuedOn: "2008-05-14",
    });
    // A day of three digits is no day.
    expect(parseDate("ngày 123 tháng 5 năm 2008")).toBeNull();
  });
});

describe("the header's number line", () => {
  it("gives the place and date after a number the OCR could not read (Quyết định 11/2026/QĐ-UBND)", async () => {
    const doc = await convertText(
      [
        "ỦY BAN NHÂN DÂN _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc",
        "Số: II /2026/QĐ-UBND Lào Cai, ngày 29 tháng 01 năm 2026",
        "",
        "QUYẾT ĐỊNH",
        "Ban hành Quy định về quản lý đầu tư",
        "",
        "Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý đầu tư.",
      ].join("\n"),
    );
    expect(doc.metadata.issuedOn).toBe("2026-01-29");
    expect(doc.metadata.place).toBe("Lào Cai");
    // The scan's stray mark between the two columns is no part of the issuer's name.
    expect(doc.metadata.issuer).toBe("ỦY BAN NHÂN DÂN TỈNH LÀO CAI");
  });

  it("reads a place-and-date line whose month lost its space (Quyết định 991/QĐ-UBND of Bình Phước)", async () => {
    const doc = await convertText(
      [
        "ỦY BAN NHÂN DÂN         \tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH BÌNH PHƯỚC                                    Độc lập - Tự do - Hạnh phúc",
        "",
        "  Số: 991/QĐ-UBND                                           Đồng Xoài, ngày 14 tháng5 năm 2008",
        "",
        "QUYẾT ĐỊNH",
        "Về việc phê duyệt Kế hoạch thực hiện quy hoạch sử dụng rừng",
        "",
        "Điều 1. Phê duyệt Kế hoạch thực hiện quy hoạch sử dụng rừng.",
      ].join("\n"),
    );
    expect(doc.metadata.documentNumber).toBe("991/QĐ-UBND");
    expect(doc.metadata.issuedOn).toBe("2008-05-14");
    expect(doc.metadata.place).toBe("Đồng Xoài");
  });
});
