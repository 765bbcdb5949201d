import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertText, nodes, rules } from "../helpers.js";

const fixture = (name: string) => readFileSync(join("tests", "fixtures", "layouts", name), "utf8");

describe("text made by pdftotext -layout", () => {
  it("reads a TCVN3 circular whose capital fonts were lost", async () => {
    const doc = await convertText(fixture("tcvn3-pdftotext-layout.txt"));
    const m = doc.metadata;
    // The first lines of the raw file: "ng©n hµng nhµ n−íc … viÖt nam", "Sè : 01/2006/TT-NHNN".
    expect(m.issuer).toBe("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM");
    expect(m.documentNumber).toBe("01/2006/TT-NHNN");
    expect(m.documentTypeCode).toBe("circular");
    expect(m.issuedOn).toBe("2006-02-20");
    expect(m.subject).toBe(
      "Hướng dẫn một số nội dung về góp vốn thành lập Quỹ bảo lãnh tín dụng cho các doanh nghiệp nhỏ và vừa",
    );
    expect(m.signer?.capacity).toEqual(["KT. THỐNG ĐỐC", "PHÓ THỐNG ĐỐC"]);
    expect(m.signer?.name).toBe("Nguyễn Đồng Tiến");
    expect(m.recipients).toContain("Bộ Tư pháp (để kiểm tra)");
    const text = JSON.stringify(doc.body);
    expect(text).toContain("tham mưu cho Chủ tịch Uỷ ban nhân dân tỉnh");
    expect(text).not.toMatch(/[−∙µ]/u);
  });

  it("reads a consolidated text's footnotes, inserted articles and authentication", async () => {
    const doc = await convertText(fixture("consolidated-pdftotext-layout.txt"));
    const m = doc.metadata;
    expect(m.documentType).toBe("LUẬT");
    expect(m.documentNumber).toBe("30/VBHN-VPQH");
    expect(m.place).toBe("Hà Nội");
    expect(m.issuedOn).toBe("2023-08-02");
    expect(m.signer?.name).toBe("Bùi Văn Cường");
    const footnotes = [...nodes(doc.body)].filter((n) => n.type === "footnote");
    // The raw file labels 54 footnotes, "    1" to "     54", each above its body.
    expect(footnotes.map((f) => f.label)).toEqual(Array.from({ length: 54 }, (_, i) => String(i + 1)));
    expect(footnotes[0]!.text).toMatch(/^Luật số 51\/2019\/QH14 sửa đổi, bổ sung một số điều/u);
    expect(footnotes[1]!.text).toMatch(/^Khoản này được bổ sung theo quy định tại khoản 1 Điều 1/u);
    // "    18.2 Cổng thông tin điện tử …": clause 18 and the marker of footnote 2.
    const clause = [...nodes(doc.body)].find((n) =>
      n.text?.startsWith("Cổng thông tin điện tử về xuất nhập cảnh"),
    );
    expect(clause?.label).toBe("18.");
    expect(clause?.data?.footnoteRefs?.map((r) => r.label)).toEqual(["2"]);
    // Clauses and articles run on as printed, "Điều 16a" and "Điều 16b" after "Điều 16".
    expect(rules(doc).filter((r) => r.startsWith("numbering-"))).toEqual([]);
    expect([...nodes(doc.body)].some((n) => n.label === "Điều 16a.")).toBe(true);
  });

  it("reads plain pdftotext's footnotes: the label, a blank line, the body, to the page's end", async () => {
    const doc = await convertText(
      [
        "LUẬT",
        "NHẬP CẢNH, XUẤT CẢNH",
        "Điều 1. Phạm vi điều chỉnh",
        "Luật này quy định nguyên tắc nhập cảnh của người nước ngoài tại Việt Nam1.",
        "1",
        "",
        "Luật số 51/2019/QH14 sửa đổi, bổ sung một số điều của Luật Nhập cảnh",
        "có căn cứ ban hành như sau:",
        "\f58",
        "",
        "CÔNG BÁO/Số 1257 + 1258/Ngày 29-11-2023",
        "Điều 2. Giải thích từ ngữ",
        "1. Cổng kiểm soát tự động là thiết bị.",
        "2.2 Cổng thông tin điện tử về xuất nhập cảnh là cổng thông tin.",
        "",
        "2",
        "",
        "Khoản này được bổ sung theo quy định tại khoản 1 Điều 1 của Luật số 51/2019/QH14.",
      ].join("\n"),
    );
    const footnotes = [...nodes(doc.body)].filter((n) => n.type === "footnote");
    expect(footnotes.map((f) => [f.label, f.text])).toEqual([
      [
        "1",
        "Luật số 51/2019/QH14 sửa đổi, bổ sung một số điều của Luật Nhập cảnh có căn cứ ban hành như sau:",
      ],
      ["2", "Khoản này được bổ sung theo quy định tại khoản 1 Điều 1 của Luật số 51/2019/QH14."],
    ]);
    const article = [...nodes(doc.body)].find((n) => n.label === "Điều 2.");
    expect(article?.children.map((c) => c.label)).toEqual(["1.", "2."]);
    expect(rules(doc).filter((r) => r.startsWith("numbering-"))).toEqual([]);
  });

  it("keeps a cited chapter wrapped to a line's start in its sentence", async () => {
    const lines = [
      "Chương I",
      "QUY ĐỊNH CHUNG",
      "Điều 1. Thẩm quyền",
      "Người có thẩm quyền xử phạt của Thanh tra có thẩm quyền xử phạt vi phạm hành chính đối với các",
      "hành vi vi phạm hành chính quy định tại các Điều 8, 26 và 29; các Điều tại Mục 2 và 3",
      "Chương II Nghị định này theo thẩm quyền quy định tại Điều 62 Nghị định này.",
      "Chương II",
      "HÀNH VI VI PHẠM",
      "Điều 2. Vi phạm quy định về cư trú",
      "Phạt cảnh cáo.",
    ];
    const doc = await convertText(lines.join("\n"));
    const chapters = doc.body.children.filter((n) => n.type === "chapter").map((n) => n.label);
    expect(chapters).toEqual(["Chương I", "Chương II"]);
  });

  it("takes a browser's page count and a plan's grounds apart from the text around them", async () => {
    const doc = await convertText(
      [
        "UỶ BAN NHÂN DÂN",
        "THỊ XÃ BỈM SƠN",
        "Số: 3070/KH-UBND",
        "",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Bỉm Sơn, ngày 09 tháng 9 năm 2024",
        "",
        "KẾ HOẠCH",
        "Khắc phục những tồn tại, hạn chế trong việc chấp hành các quy định của",
        "pháp luật về Bảo vệ Bí mật Nhà nước năm 2024",
        "Thực hiện Công văn số 1781-CV/TU ngày 27/8/2024 của Tỉnh uỷ Thanh",
        "Hoá về việc triển khai thực hiện các nội dung theo Kết luận số 17/KL-BCA-A03.",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Khắc phục kịp thời những hạn chế.",
        "CHỦ TỊCH",
        "",
        "Nguyễn Văn An",
        "",
        "about:blank",
        "",
        "9/9",
        "",
      ].join("\n"),
    );
    expect(doc.metadata.subject).toBe(
      "Khắc phục những tồn tại, hạn chế trong việc chấp hành các quy định của pháp luật về Bảo vệ Bí mật Nhà nước năm 2024",
    );
    expect(doc.metadata.signer?.name).toBe("Nguyễn Văn An");
    expect(rules(doc)).not.toContain("text-after-closing");
  });
});
