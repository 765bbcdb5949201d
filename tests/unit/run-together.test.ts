import { describe, expect, it } from "vitest";
import { convertText, nodes, ownedLines, read } from "../helpers.js";

// Layouts where the header table was flattened one row to a line, its cells run together with a space
// (a portal page saved as text; an OCR that read both columns as one line), built from the layout
// families of documents outside the corpus, not from one document's wording.

/** Every content line owned once, except lines the reader cut into parts. */
async function expectLossless(text: string, format: "text" | "markdown" = "text") {
  const doc = await convertText(text, format);
  const blocks = await read(text, format);
  const split = new Set(blocks.splitLines);
  const seen = new Set<number>();
  for (const line of ownedLines(doc)) {
    if (seen.has(line)) expect(split.has(line), `line ${line} owned twice`).toBe(true);
    seen.add(line);
  }
  expect([...seen].sort((a, b) => a - b)).toEqual(blocks.contentLines);
  return doc;
}

describe("a header flattened one table row to a line", () => {
  it("reads a decision whose title line, issuer, date, tên loại and enacting body run together", async () => {
    const doc = await expectLossless(
      [
        "Quyết định 12/QĐ-UBND năm 2021. ỦY BAN NHÂN DÂN TỈNH AN GIANG -------",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
        "Số: 12/QĐ-UBND",
        // Two spaces where the cells met: the cut still falls between the title and the body's name.
        "Long Xuyên, ngày 05 tháng 01 năm 2021 QUYẾT ĐỊNH VỀ  VIỆC THÀNH LẬP TỔ CÔNG TÁC  CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "QUYẾT ĐỊNH:",
        // The portal repeats its page title before each heading it links to.
        "Quyết định 12/QĐ-UBND năm 2021. Điều 1. Thành lập Tổ công tác.",
        "Quyết định 12/QĐ-UBND năm 2021. Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Nơi nhận:",
        "- Như Điều 2;",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình ",
      ].join("\n"),
    );
    expect(doc.diagnostics.filter((d) => d.ruleId === "portal-anchor")).toHaveLength(1);
    const m = doc.metadata;
    expect(m.issuer).toBe("ỦY BAN NHÂN DÂN TỈNH AN GIANG");
    expect(m.documentNumber).toBe("12/QĐ-UBND");
    expect([m.place, m.issuedOn]).toEqual(["Long Xuyên", "2021-01-05"]);
    expect(m.documentType).toBe("QUYẾT ĐỊNH");
    expect(m.subject).toBe("VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC");
    expect(m.bases).toHaveLength(1);
    const articles = [...nodes(doc.body)].filter((n) => n.type === "article");
    expect(articles.map((n) => n.label)).toEqual(["Điều 1.", "Điều 2."]);
    expect(articles[0]!.title ?? articles[0]!.text).toMatch(/^Thành lập Tổ công tác/u);
    expect(m.signer?.name).toBe("Nguyễn Văn Bình");
    expect(m.signer?.capacity).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
  });

  it("reads a letter whose number, V/v, place and date and Kính gửi run together", async () => {
    const doc = await expectLossless(
      [
        "Công văn 150/BTC-TCT năm 2020 về thuế giá trị gia tăng do Bộ Tài chính ban hành. BỘ TÀI CHÍNH -------",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
        "Số: 150/BTC-TCT V/v thuế giá trị gia tăng đối với hàng xuất khẩu",
        "Hà Nội, ngày 07 tháng 01 năm 2020 Kính gửi: Cục Thuế các tỉnh, thành phố.",
        "Bộ Tài chính nhận được công văn của Cục Thuế về thuế giá trị gia tăng. Về vấn đề này, Bộ Tài chính có ý kiến như sau.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT, TCT.",
        "KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Xuân Hà",
      ].join("\n"),
    );
    const m = doc.metadata;
    expect(m.issuer).toBe("BỘ TÀI CHÍNH");
    expect(m.documentNumber).toBe("150/BTC-TCT");
    expect(m.documentTypeCode).toBe("officialLetter");
    expect([m.place, m.issuedOn]).toEqual(["Hà Nội", "2020-01-07"]);
    expect(m.subject).toBe("thuế giá trị gia tăng đối với hàng xuất khẩu");
    expect(m.signer?.name).toBe("Trần Xuân Hà");
    expect(m.signer?.capacity.join(" ")).toMatch(/^KT\. BỘ TRƯỞNG THỨ TRƯỞNG$/u);
  });

  it("reads a letter whose number's letters name the issuer, not a kind, as a letter", async () => {
    const doc = await convertText(
      [
        "TỔNG CỤC THUẾ                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "CỤC THUẾ TP. HỒ CHÍ MINH                      Độc lập – Tự do – Hạnh phúc",
        "        Số : 8836/CT-TTHT                  TP. Hồ Chí Minh, ngày 30tháng10năm 2013",
        "Kính gửi: Công ty TNHH Tung Hae",
        "Trả lời văn thư số 06/2013/CV-ST của Công ty, Cục Thuế TP có ý kiến như sau:",
      ].join("\n"),
    );
    // "CT" is the Cục Thuế's code here: a chỉ thị addresses no one, so nothing says this is one.
    expect(doc.metadata.documentTypeCode).toBe("officialLetter");
    expect(doc.metadata.documentType).toBeNull();
    expect([doc.metadata.place, doc.metadata.issuedOn]).toEqual(["TP. Hồ Chí Minh", "2013-10-30"]);
  });

  it("reads two columns an OCR put on one line, a stray letter and a long-dash tiêu ngữ among them", async () => {
    const doc = await expectLossless(
      [
        "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "T Độc lập — Tự do — Hạnh phúc",
        "",
        "Số: 393/TB-BTC Luật BHYT Hà Nội, ngày 07 tháng 05 năm 2019",
        "",
        "THÔNG BÁO",
        "Kết luận của Bộ trưởng tại Hội nghị triển khai nhiệm vụ công tác thuế",
        "",
        "I. Về tình hình thực hiện nhiệm vụ",
      ].join("\n"),
    );
    const m = doc.metadata;
    expect(m.issuer).toBe("BỘ TÀI CHÍNH");
    expect(m.documentNumber).toBe("393/TB-BTC");
    // The place is the capitalised words before ", ngày": an acronym before them is none of it.
    expect([m.place, m.issuedOn]).toEqual(["Hà Nội", "2019-05-07"]);
    expect(m.documentType).toBe("THÔNG BÁO");
  });

  it("keeps a title that names the state whole ('HIẾN PHÁP NƯỚC CỘNG HÒA …')", async () => {
    const doc = await convertText(
      [
        "QUỐC HỘI",
        "",
        "HIẾN PHÁP NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "",
        "Điều 1. Nước Việt Nam.",
      ].join("\n"),
    );
    expect(doc.metadata.documentType).toBe("HIẾN PHÁP");
    expect(doc.metadata.subject).toBe("NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    // "NHÀ NƯỚC" closes a body's name: the quốc hiệu beside it is one.
    const bank = await convertText(
      [
        "NGÂN HÀNG NHÀ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 01/2006/TT-NHNN",
        "Hà Nội, ngày 20 tháng 02 năm 2006",
        "",
        "THÔNG TƯ",
        "Hướng dẫn góp vốn thành lập Quỹ bảo lãnh tín dụng",
      ].join("\n"),
    );
    expect(bank.metadata.issuer).toBe("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM");
  });
});

describe("a signature run together with what stands beside it", () => {
  it("parts the last recipient, the capacity, the name and the title of the text it issues", async () => {
    const doc = await expectLossless(
      [
        "THỦ TƯỚNG CHÍNH PHỦ",
        "Số: 05/2025/QĐ-TTg",
        "Hà Nội, ngày 27 tháng 02 năm 2025",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế tổ chức và hoạt động của Hội đồng Y khoa Quốc gia",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Hội đồng.",
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
        "Nơi nhận:",
        "- Như Điều 2;",
        "- Lưu: VT, KGVX (2b). Trung Anh KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Lê Thành Long QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA HỘI ĐỒNG Y KHOA QUỐC GIA (Ban hành kèm theo Quyết định số 05/2025/QĐ-TTg ngày 27 tháng 02 năm 2025 của Thủ tướng Chính phủ)",
        "Điều 1. Hội đồng Y khoa Quốc gia là tổ chức tư vấn.",
      ].join("\n"),
    );
    expect(doc.metadata.signer?.name).toBe("Lê Thành Long");
    expect(doc.metadata.signer?.capacity).toEqual(["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"]);
    expect(doc.metadata.recipients.at(-1)).toMatch(/^Lưu: VT, KGVX \(2b\)/u);
    expect([...nodes(doc.body)].some((n) => n.type === "attachment")).toBe(true);
  });
});

describe("a quốc hiệu a narrow column wrapped", () => {
  it("is the quốc hiệu in its two halves, not part of the issuer", async () => {
    const doc = await convertText(
      [
        "ỦY BAN NHÂN DÂN",
        "TỈNH LÂM ĐỒNG",
        "CỘNG HÒA XÃ HỘI",
        "CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 2284/QĐ-UBND",
        "Lâm Đồng, ngày 25 tháng 11 năm 2025",
        "",
        "QUYẾT ĐỊNH",
        "Về việc công nhận xã, phường miền núi",
      ].join("\n"),
    );
    expect(doc.metadata.issuer).toBe("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG");
    expect(doc.metadata.documentNumber).toBe("2284/QĐ-UBND");
  });
});

describe("a Markdown file's front matter", () => {
  it("is the converter's notes, not the document: the header under it is read", async () => {
    const text = [
      "---",
      'title: "CV 2019 05 07 BTC"',
      'original_format: "pdf"',
      "---",
      "",
      "BỘ TÀI CHÍNH",
      "",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "",
      "Số: 393/TB-BTC",
      "",
      "Hà Nội, ngày 07 tháng 05 năm 2019",
      "",
      "THÔNG BÁO",
      "",
      "Kết luận của Bộ trưởng",
    ].join("\n");
    const blocks = await read(text, "markdown");
    expect(blocks.contentLines[0]).toBe(6);
    const doc = await convertText(text, "markdown");
    expect(doc.metadata.issuer).toBe("BỘ TÀI CHÍNH");
    expect(doc.metadata.documentNumber).toBe("393/TB-BTC");
    expect([...nodes(doc.body)].some((n) => /original_format/.test(n.text ?? ""))).toBe(false);
  });

  it("is none where the rules hold a heading or a list, not keys", async () => {
    const heading = ["---", "", "# BỘ TÀI CHÍNH", "", "---", "", "Số: 12/2020/TT-BTC"].join("\n");
    expect((await read(heading, "markdown")).contentLines).toContain(3);
    const list = ["---", "- Văn bản này được hợp nhất từ:", "- Luật số 12/2020/QH14", "---", "", "LUẬT"].join(
      "\n",
    );
    expect((await read(list, "markdown")).contentLines).toEqual(expect.arrayContaining([2, 3]));
  });
});

describe("a code's number line", () => {
  it("reads 'Bộ luật số: …' as the number line, so the issuer above it is the header's", async () => {
    const doc = await convertText(
      [
        "QUỐC HỘI",
        "Bộ luật số: 45/2019/QH14",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        "BỘ LUẬT",
        "LAO ĐỘNG",
        "",
        "Điều 1. Phạm vi điều chỉnh",
      ].join("\n"),
    );
    expect(doc.metadata.issuer).toBe("QUỐC HỘI");
    expect(doc.metadata.documentNumber).toBe("45/2019/QH14");
  });
});

describe("a gazette's banners above the header", () => {
  it("passes over the body's name repeated above the name its column wraps", async () => {
    const doc = await convertText(
      [
        "CÔNG BÁO/Số 377 + 378/Ngày 04-3-2024",
        "",
        "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
        "",
        "BỘ LAO ĐỘNG - THƯƠNG BINH",
        "VÀ XÃ HỘI",
        "",
        "Số: 135/QĐ-BLĐTBXH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 31 tháng 01 năm 2024",
        "",
        "QUYẾT ĐỊNH",
        "Về việc công bố Danh mục văn bản hết hiệu lực",
      ].join("\n"),
    );
    expect(doc.metadata.issuer).toBe("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
  });

  it("passes over the section a consolidated text is filed under, and its kind alone on a line", async () => {
    const doc = await convertText(
      [
        "CÔNG BÁO/Số 347 + 348/Ngày 25-02-2025",
        "",
        "VĂN BẢN PHÁP LUẬT KHÁC",
        "",
        "VĂN BẢN HỢP NHẤT -",
        "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
        "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        "THÔNG TƯ",
        "Hướng dẫn quản lý lao động, tiền lương",
      ].join("\n"),
    );
    expect(doc.metadata.issuer).toBe("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
  });
});

// What the cutting must leave alone (a review of the change reproduced each of these against it).
describe("lines that only look run together", () => {
  const header = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH KON TUM",
    "-------",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "---------------",
  ];

  it("keeps a subject in capitals that ends on the province's name whole", async () => {
    const doc = await convertText(
      [
        ...header,
        "Số: 435/QĐ-UBND",
        "Kon Tum, ngày 15 tháng 5 năm 2020",
        "",
        "QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN DU LỊCH TRÊN ĐỊA BÀN TỈNH KON TUM",
        "",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
      ].join("\n"),
    );
    expect(doc.metadata.subject).toBe(
      "VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN DU LỊCH TRÊN ĐỊA BÀN TỈNH KON TUM",
    );
  });

  it("keeps a sentence of the body whole where it cites a number or a place and date", async () => {
    const text = [
      ...header,
      "Số: 02/CĐ-UBND",
      "Kon Tum, ngày 05 tháng 3 năm 2024",
      "",
      "CÔNG ĐIỆN",
      "",
      "Theo báo cáo Số: 15/BC-SYT của Sở Y tế, tình hình dịch diễn biến phức tạp. ĐỀ NGHỊ KHẨN TRƯƠNG",
      "",
      "Hội nghị được tổ chức tại Hà Nội, ngày 03 tháng 3 năm 2024 đã đánh giá tình hình.",
    ].join("\n");
    const blocks = await read(text);
    const texts = blocks.blocks.flatMap((b) => (b.kind === "text" ? [b.text] : []));
    expect(texts).toContain(
      "Theo báo cáo Số: 15/BC-SYT của Sở Y tế, tình hình dịch diễn biến phức tạp. ĐỀ NGHỊ KHẨN TRƯƠNG",
    );
    expect(texts).toContain(
      "Hội nghị được tổ chức tại Hà Nội, ngày 03 tháng 3 năm 2024 đã đánh giá tình hình.",
    );
  });

  it("takes no signer from a capacity and a name given as an example in a clause", async () => {
    const doc = await convertText(
      [
        "BỘ NỘI VỤ",
        "Số: 01/2011/TT-BNV",
        "Hà Nội, ngày 19 tháng 01 năm 2011",
        "",
        "THÔNG TƯ",
        "Hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính",
        "",
        "Điều 1. Chữ ký",
        '1. Trường hợp ký thay người đứng đầu, ghi chữ viết tắt "KT." vào trước chức vụ, ví dụ: KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn A',
      ].join("\n"),
    );
    expect(doc.metadata.signer).toBeNull();
  });

  it("reads place names in capitals or after 'TP' whole", async () => {
    for (const [line, place] of [
      ["HÀ NỘI, ngày 15 tháng 5 năm 2020", "HÀ NỘI"],
      ["TP. HỒ CHÍ MINH, ngày 15 tháng 5 năm 2020", "TP. HỒ CHÍ MINH"],
      ["TP Cần Thơ, ngày 15 tháng 5 năm 2020", "TP Cần Thơ"],
    ] as const) {
      const doc = await convertText(
        ["BỘ TÀI CHÍNH", "Số: 35/QĐ-BTC", line, "", "QUYẾT ĐỊNH", "Về việc A"].join("\n"),
      );
      expect(doc.metadata.place, line).toBe(place);
    }
    const same = await convertText(
      ["BỘ TÀI CHÍNH", "Số: 35/QĐ-BTC HÀ NỘI, ngày 15 tháng 5 năm 2020", "", "QUYẾT ĐỊNH", "Về việc A"].join(
        "\n",
      ),
    );
    expect(same.metadata.place).toBe("HÀ NỘI");
  });

  it("reads the president's name beside the quốc hiệu as the issuer", async () => {
    const doc = await convertText(
      [
        "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "------- Độc lập - Tự do - Hạnh phúc",
        "Số: 05/2020/L-CTN Hà Nội, ngày 26 tháng 6 năm 2020",
        "",
        "LỆNH",
        "VỀ VIỆC CÔNG BỐ LUẬT",
      ].join("\n"),
    );
    expect(doc.metadata.issuer).toBe("CHỦ TỊCH NƯỚC");
  });
});
