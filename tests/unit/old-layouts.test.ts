import { describe, expect, it } from "vitest";
import type { Block } from "../../src/model/block.js";
import { readSignature } from "../../src/stages/structure/closing-blocks.js";
import { signatureEnd } from "../../src/stages/structure/closing.js";
import { IdRegistry } from "../../src/stages/structure/nodes.js";
import { findDocumentNumbers } from "../../src/text/document-number.js";
import { matchMarkers } from "../../src/text/markers.js";
import { convertText, find, nodes, rules } from "../helpers.js";

// Layouts of documents from before the 2011 rules on thể thức, as Word files and transcriptions keep
// them (luật 18/2003/QH11, nghị định 114/2003, thông tư 01/2005/TT-BKH and QĐ 522/2002/QĐ.UB in the
// corpus): each built here from the layout, not from one document's wording.
describe("older layouts", () => {
  it("reads a law whose session lines a Word file keeps one per paragraph, then its title", async () => {
    const doc = await convertText(
      [
        "Quốc hội",
        "",
        "Luật số: 18/2003/QH11",
        "",
        "Cộng hoà xã hội chủ nghĩa Việt Nam",
        "",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        "Quốc hội",
        "",
        "nước cộng hoà xã hội chủ nghĩa Việt Nam",
        "",
        "Khoá XI, kỳ họp thứ 4",
        "",
        "(Từ ngày 21 tháng 10 đến ngày 26 tháng 11 năm 2003)",
        "",
        "Luật",
        "",
        "Hợp tác xã",
        "",
        "Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam;",
        "",
        "Chương I",
        "",
        "Những quy định chung",
        "",
        "Điều 1. Hợp tác xã",
        "",
        "Hợp tác xã là tổ chức kinh tế tập thể.",
      ].join("\n"),
    );
    expect(doc.metadata.documentType).toBe("Luật");
    expect(doc.metadata.subject).toBe("Hợp tác xã");
    expect(doc.metadata.issuer).toBe("Quốc hội");
    expect(doc.metadata.bases).toHaveLength(1);
    // A chapter title in sentence case (a capital font read as small letters, or a transcription).
    expect(find(doc, "chapter-I")?.title).toBe("Những quy định chung");
    expect(find(doc, "art-1")?.title).toBe("Hợp tác xã");
  });

  it("takes dashed grounds as the preamble's bases, not as the body's first list", async () => {
    const doc = await convertText(
      [
        "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
        "Số: 01/2005/TT-BKH",
        "",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 09 tháng 3 năm 2005",
        "",
        "THÔNG TƯ",
        "Hướng dẫn triển khai thực hiện Quyết định",
        "",
        "- Căn cứ Quyết định số 153/2004/QĐ-TTg ngày 17 tháng 8 năm 2004 của Thủ tướng Chính phủ;",
        "- Căn cứ Nghị định số 61/2003/NĐ-CP ngày 06 tháng 6 năm 2003 của Chính phủ;",
        "",
        "Bộ Kế hoạch và Đầu tư hướng dẫn như sau:",
        "",
        "I. QUY ĐỊNH CHUNG",
        "- Các bộ triển khai.",
      ].join("\n"),
    );
    const bases = doc.metadata.bases.map((b) => b.text);
    expect(bases).toEqual([
      "Căn cứ Quyết định số 153/2004/QĐ-TTg ngày 17 tháng 8 năm 2004 của Thủ tướng Chính phủ;",
      "Căn cứ Nghị định số 61/2003/NĐ-CP ngày 06 tháng 6 năm 2003 của Chính phủ;",
    ]);
    expect(doc.metadata.bases[0]!.citations.map((c) => c.number)).toEqual(["153/2004/QĐ-TTg"]);
    // The preamble keeps each line whole, dash included; a dash in the body is still a bullet.
    expect(find(doc, "preamble.p1")?.text).toBe(
      "- Căn cứ Quyết định số 153/2004/QĐ-TTg ngày 17 tháng 8 năm 2004 của Thủ tướng Chính phủ;",
    );
    expect(find(doc, "I")?.children.map((c) => c.type)).toEqual(["bullet"]);
  });

  it("reads a number whose issuer and type a dot joins, and keeps a sentence run on after a number apart", () => {
    const [old] = findDocumentNumbers(
      "Ban hành kèm theo Quyết định số 522/2002/QĐ.UB ngày 07 tháng 3 năm 2002",
    );
    expect(old?.number).toBe("522/2002/QĐ.UB");
    expect(old?.typeCode).toBe("decision");
    expect(findDocumentNumbers("theo Quyết định số 15/QĐ-UBND.Căn cứ")[0]?.number).toBe("15/QĐ-UBND");
    expect(findDocumentNumbers("Nghị định số 12/2004/NĐ-CP.")[0]?.number).toBe("12/2004/NĐ-CP");
  });

  it("gives no chapter a title of a bare number (a font-size cell of a sample table)", async () => {
    const doc = await convertText(["Chương I", "", "14", "", "Điều 1. Phạm vi", "", "Nội dung."].join("\n"));
    expect(find(doc, "chapter-I")?.title).toBeNull();
  });

  it("dates a constitution by the session that passed it and takes a bare name over '(Đã ký)' as its signer", async () => {
    const doc = await convertText(
      [
        "HIẾN PHÁP",
        "NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "",
        "Chương I",
        "CHẾ ĐỘ CHÍNH TRỊ",
        "",
        "Điều 1",
        "Nước Cộng hoà xã hội chủ nghĩa Việt Nam là một nước độc lập.",
        "",
        "Bản Hiến pháp này đã được Quốc hội khoá VIII, kỳ họp thứ 11 nhất trí thông qua trong phiên họp ngày 15 tháng 4 năm 1992, hồi 11 giờ 45 phút.",
        "",
        "Lê Quang Đạo",
        "",
        "(Đã ký)",
      ].join("\n"),
    );
    expect(doc.metadata.issuedOn).toBe("1992-04-15");
    expect(doc.metadata.signer?.name).toBe("Lê Quang Đạo");
    expect(doc.metadata.signer?.capacity).toEqual([]);
  });

  it("reads article phrases closed by a period as titles when the text prints its titles so", async () => {
    const articles = [
      "Điều 1. Phạm vi điều chỉnh.",
      "Quy định này quy định về tổ chức của Đội kiểm tra.",
      "Điều 2. Đối tượng áp dụng.",
      "Các cơ quan, tổ chức có liên quan.",
      "Điều 3. Thẩm quyền thành lập.",
      "Chủ tịch Ủy ban nhân dân tỉnh quyết định thành lập.",
      "Điều 4. Quy định này có hiệu lực kể từ ngày ký, các cơ quan có trách nhiệm thi hành.",
    ];
    const doc = await convertText(["Chương I", "NHỮNG QUY ĐỊNH CHUNG", "", ...articles].join("\n\n"));
    expect(find(doc, "art-1")?.title).toBe("Phạm vi điều chỉnh");
    expect(find(doc, "art-3")?.title).toBe("Thẩm quyền thành lập");
    // A sentence with a clause of its own stays text.
    expect(find(doc, "art-4")?.title).toBeNull();
    // Among titled articles, one sentence closed by a period stays text.
    const titled = await convertText(
      [
        "Chương V",
        "ĐIỀU KHOẢN THI HÀNH",
        "Điều 26. Hiệu lực thi hành",
        "Nội dung.",
        "Điều 27. Trách nhiệm thi hành",
        "Nội dung.",
        "Điều 28. Nghị định này có hiệu lực sau 15 ngày.",
      ].join("\n\n"),
    );
    expect(find(titled, "art-28")?.title).toBeNull();
    expect(find(titled, "art-28")?.text).toBe("Nghị định này có hiệu lực sau 15 ngày.");
  });

  it("reads a header laid out as a Word table with empty spacer columns and merged cells", async () => {
    const doc = await convertText(
      [
        "UBND TỈNH LÀO CAI\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\t",
        "SỞ CÔNG THƯƠNG\t\t\t\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 12/SCT-KT\t\tLào Cai, ngày 14 tháng 5 năm 2019\t",
        "V/v tham gia ý kiến về thiết kế cơ sở\t\t\t",
        "",
        "Kính gửi: Sở Xây dựng tỉnh Lào Cai",
        "",
        "Sở Công Thương có ý kiến như sau.",
      ].join("\n"),
    );
    expect(doc.metadata.issuer).toBe("UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG");
    expect(doc.metadata.documentNumber).toBe("12/SCT-KT");
    expect(doc.metadata.place).toBe("Lào Cai");
    expect(doc.metadata.issuedOn).toBe("2019-05-14");
    expect(doc.metadata.subject).toBe("tham gia ý kiến về thiết kế cơ sở");
  });

  it("joins a subject in capitals over two paragraphs, but not the preamble's heading", async () => {
    const doc = await convertText(
      [
        "UỶ BAN NHÂN DÂN\t\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH CÀ MAU\t\t\t\tĐộc lập - Tự do - Hạnh phúc",
        "",
        "QUY ĐỊNH",
        "VỀ CHỨC NĂNG, NHIỆM VỤ VÀ CƠ CẤU TỔ CHỨC",
        "CỦA ĐỘI KIỂM TRA LIÊN NGÀNH 814",
        "",
        "Chương I",
        "NHỮNG QUY ĐỊNH CHUNG",
      ].join("\n"),
    );
    expect(doc.metadata.issuer).toBe("UỶ BAN NHÂN DÂN TỈNH CÀ MAU");
    expect(doc.metadata.subject).toBe(
      "VỀ CHỨC NĂNG, NHIỆM VỤ VÀ CƠ CẤU TỔ CHỨC CỦA ĐỘI KIỂM TRA LIÊN NGÀNH 814",
    );
    const constitution = await convertText(
      [
        "QUỐC HỘI",
        "",
        "HIẾN PHÁP",
        "NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "LỜI NÓI ĐẦU",
        "",
        "Nhân dân Việt Nam.",
      ].join("\n"),
    );
    expect(constitution.metadata.subject).toBe("NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });

  it("reads a draft's header past its blank number in two parts and its '(Dự thảo)' mark", async () => {
    const doc = await convertText(
      [
        "ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH BÌNH THUẬN\t\tĐộc lập - Tự do - Hạnh phúc",
        "Số:\t/TB-UBND",
        "",
        "Bình Thuận, ngày      tháng 12 năm 2024",
        "",
        "(Dự thảo)",
        "",
        "THÔNG BÁO",
        "V/v chuẩn bị giải thể một số hội",
        "",
        "Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10 năm 2024 của Chính phủ;",
      ].join("\n"),
    );
    expect(doc.metadata.documentNumber).toBeNull();
    expect(doc.metadata.issuedOn).toBeNull();
    expect(doc.metadata.issuer).toBe("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN");
    expect(doc.metadata.documentType).toBe("THÔNG BÁO");
    expect(doc.metadata.place).toBe("Bình Thuận");
    expect(doc.metadata.subject).toBe("V/v chuẩn bị giải thể một số hội");
    expect(doc.metadata.bases).toHaveLength(1);
  });

  it("reads letter parts dashed in capitals ('A - NHỮNG QUY ĐỊNH CHUNG'), not a formula's dashed legend", () => {
    expect(matchMarkers("A - NHỮNG QUY ĐỊNH CHUNG")[0]).toMatchObject({ style: "upperLetter", key: "A" });
    expect(matchMarkers("B- CĂN CỨ TÍNH THUẾ")[0]).toMatchObject({ style: "upperLetter", key: "B" });
    expect(matchMarkers("T - Số tiền cấp quyền khai thác khoáng sản;")).toEqual([]);
    expect(matchMarkers("A - B là hai bên ký kết")).toEqual([]);
  });

  it("keeps a consolidated text's list of amending laws in its preamble, before its grounds", async () => {
    const doc = await convertText(
      [
        "VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI",
        "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        "LUẬT",
        "ĐẤT ĐAI",
        "",
        "Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024 của Quốc hội, được sửa đổi, bổ sung bởi:",
        "",
        "1. Luật số 43/2024/QH15 ngày 29 tháng 6 năm 2024 của Quốc hội sửa đổi, bổ sung một số điều;",
        "",
        "2. Luật Đầu tư công số 58/2024/QH15 ngày 29 tháng 11 năm 2024 của Quốc hội.",
        "",
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
        "",
        "Quốc hội ban hành Luật Đất đai.",
        "",
        "Chương I",
        "QUY ĐỊNH CHUNG",
        "",
        "Điều 1. Phạm vi điều chỉnh",
        "",
        "1. Luật này quy định về chế độ sở hữu đất đai.",
      ].join("\n"),
    );
    expect(doc.metadata.issuer).toBe("VĂN PHÒNG QUỐC HỘI");
    expect(doc.metadata.bases.map((b) => b.text)).toEqual([
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
    ]);
    const preamble = find(doc, "preamble")!;
    expect(preamble.children.map((c) => c.text?.slice(0, 12))).toEqual([
      "Luật Đất đai",
      "1. Luật số 4",
      "2. Luật Đầu ",
      "Căn cứ Hiến ",
      "Quốc hội ban",
    ]);
    // The body's own numbered clauses are still clauses.
    expect(find(doc, "art-1")?.children.map((c) => c.type)).toEqual(["clause"]);
  });

  it("signs a consolidated text by its authentication block and keeps its endnotes as notes, not clauses", async () => {
    const doc = await convertText(
      [
        "LUẬT",
        "ĐẤT ĐAI",
        "",
        "Chương I",
        "QUY ĐỊNH CHUNG",
        "",
        "Điều 1. Phạm vi điều chỉnh",
        "",
        "1. Luật này quy định về chế độ sở hữu đất đai.[1]",
        "",
        "XÁC THỰC VĂN BẢN HỢP NHẤT",
        "",
        "CHỦ NHIỆM",
        "",
        "Lê Quang Mạnh",
        "",
        "[1] Khoản này được sửa đổi, bổ sung theo quy định tại khoản 2 Điều 1 của Luật số 43/2024/QH15:",
        "",
        "“Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
        "",
        "[2] Cụm từ “an toàn thông tin mạng” được thay thế.",
      ].join("\n"),
    );
    expect(doc.metadata.signer).toMatchObject({
      name: "Lê Quang Mạnh",
      capacity: ["XÁC THỰC VĂN BẢN HỢP NHẤT", "CHỦ NHIỆM"],
    });
    const notes = doc.body.children.filter((c) => c.type === "footnote");
    expect(notes.map((n) => n.label)).toEqual(["1", "2"]);
    expect(notes[0]!.text).toContain("“Căn cứ Hiến pháp");
    expect(rules(doc)).not.toContain("text-after-closing");
    expect(find(doc, "art-1")?.children).toHaveLength(1);
  });

  it("reads a numbered phrase closed by a period as the heading of the text under it, not a stated result", async () => {
    const doc = await convertText(
      [
        "I. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2004.",
        "",
        "Nền kinh tế tiếp tục tăng trưởng khá.",
        "",
        "4. Giáo dục, đào tạo.",
        "",
        "Quy mô giáo dục tiếp tục được mở rộng.",
        "",
        "5. Giảm tỷ lệ trẻ em suy dinh dưỡng xuống còn 26%.",
        "",
        "Công tác chăm sóc sức khỏe được chú trọng.",
        "",
        "6. Công tác văn hoá có nhiều chuyển biến tích cực trong cả nước và ở các địa phương.",
        "",
        "Các hoạt động văn hoá diễn ra sôi nổi.",
      ].join("\n"),
    );
    expect(find(doc, "I")?.title).toBe("TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2004");
    expect(find(doc, "I.4")?.title).toBe("Giáo dục, đào tạo");
    expect(find(doc, "I.5")?.title).toBeNull();
    expect(find(doc, "I.6")?.title).toBeNull();
  });

  it("keeps a signature's 'TM.' line printed in small letters with its capacity", () => {
    // Paragraphs of a Word file in a capital font read as small letters (QĐ 256/2004 Cần Thơ).
    const blocks: Block[] = ["tm . ubnd thành phố Cần Thơ", "chủ tịch", "Võ Thanh Tòng"].map((text, k) => ({
      kind: "text",
      text,
      lines: [k + 1],
    }));
    expect(signatureEnd(blocks, 0)).toBe(3);
    const { signer } = readSignature(blocks, new IdRegistry());
    expect(signer).toMatchObject({
      name: "Võ Thanh Tòng",
      capacity: ["tm . ubnd thành phố Cần Thơ", "chủ tịch"],
    });
    // A sentence in small letters is no capacity.
    expect(signatureEnd([{ kind: "text", text: "tm . các cơ quan thực hiện.", lines: [1] }], 0)).toBe(-1);
  });

  it("reads the number and date a regulation printed on its own gives in its caption, typed into dotted blanks", async () => {
    // Quy định 05/2006 (Cà Mau): the caption under the title was a form's blanks filled by typing.
    const doc = await convertText(
      [
        "UỶ BAN NHÂN DÂN\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH CÀ MAU\tĐộc lập - Tự do - Hạnh phúc",
        "",
        "QUY ĐỊNH",
        "VỀ CHỨC NĂNG, NHIỆM VỤ CỦA ĐỘI KIỂM TRA LIÊN NGÀNH",
        "( Ban hành kèm theo Quyết định số …05…./2006/ QĐ-UBND,",
        "ngày …25..tháng 01 năm 2006 của UBND tỉnh Cà Mau )",
        "",
        "Chương I",
        "NHỮNG QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi điều chỉnh",
        "Quy chế này quy định chức năng, nhiệm vụ của Đội.",
      ].join("\n"),
    );
    expect(doc.metadata).toMatchObject({
      documentTypeCode: "regulation",
      documentNumber: "05/2006/QĐ-UBND",
      issuedOn: "2006-01-25",
      issuer: "UỶ BAN NHÂN DÂN TỈNH CÀ MAU",
    });
    expect(doc.metadata.sources.documentNumber).toMatchObject({ via: "caption", line: 6 });
  });

  it("goes on with the subject after a type line whose rest only names a kind ('THÔNG TƯ HƯỚNG DẪN')", async () => {
    const doc = await convertText(
      [
        "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập – Tự do - Hạnh phúc",
        "Số: 01 / 2005 /TT-BKH",
        "Hà Nội, ngày 09 tháng 3 năm 2005",
        "THÔNG TƯ HƯỚNG DẪN",
        "Về việc: Triển khai thực hiện Quyết định của Thủ tướng Chính phủ",
        "về Định hướng chiến lược phát triển bền vững ở Việt Nam",
        "(Chương trình Nghị sự 21 của Việt Nam)",
        "",
        "I. MỤC TIÊU",
        "1. Mục tiêu của Chiến lược.",
      ].join("\n"),
    );
    expect(doc.metadata.documentTypeCode).toBe("circular");
    expect(doc.metadata.subject).toBe(
      "HƯỚNG DẪN Về việc: Triển khai thực hiện Quyết định của Thủ tướng Chính phủ về Định hướng chiến lược phát triển bền vững ở Việt Nam (Chương trình Nghị sự 21 của Việt Nam)",
    );
  });

  it("keeps a session line, a caption and a draft mark in brackets out of the subject", async () => {
    const lines = (aside: string) =>
      [
        "QUỐC HỘI",
        "Luật số: 18/2003/QH11",
        "LUẬT",
        "HỢP TÁC XÃ",
        aside,
        "",
        "Điều 1. Hợp tác xã",
        "Hợp tác xã là tổ chức kinh tế tập thể.",
      ].join("\n");
    for (const aside of [
      "(Khoá XI, kỳ họp thứ 4)",
      "(Ban hành kèm theo Quyết định số 05/2006/QĐ-UBND)",
      "(Dự thảo)",
      "(Từ ngày 21 tháng 10 đến ngày 26 tháng 11 năm 2003)",
    ])
      expect((await convertText(lines(aside))).metadata.subject).toBe("HỢP TÁC XÃ");
  });

  it("keeps a letter's dashed argument that opens 'Căn cứ …' after a lead-in in the body, not the grounds", async () => {
    const doc = await convertText(
      [
        "UBND TỈNH LÀO CAI\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "SỞ CÔNG THƯƠNG\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 12/SCT-KT\tLào Cai, ngày 05 tháng 3 năm 2019",
        "V/v tham gia ý kiến về thiết kế cơ sở",
        "Kính gửi: Sở Xây dựng tỉnh Lào Cai.",
        "Sở Công Thương có ý kiến cụ thể như sau:",
        "- Căn cứ Luật Khoáng sản, Luật Xây dựng thì việc thẩm định không thuộc thẩm quyền của Sở;",
        "- Đề nghị Sở Xây dựng tổng hợp, báo cáo.",
      ].join("\n"),
    );
    expect(doc.metadata.bases).toEqual([]);
    const text = [...nodes(doc.body)].map((n) => n.text ?? "").join("\n");
    expect(text).toContain("Căn cứ Luật Khoáng sản, Luật Xây dựng thì việc thẩm định");
  });

  it("reads an OCR'd recipients list whose dashes came out as '~', and the signer's name under it", async () => {
    // QĐ 11/2026 (Lào Cai) as OCR gave it: the signature column ran beside the list, its name below.
    const doc = await convertText(
      [
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH LÀO CAI\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 11/2026/QĐ-UBND\tLào Cai, ngày 29 tháng 01 năm 2026",
        "QUYẾT ĐỊNH",
        "Ban hành Quy định quản lý đầu tư xây dựng",
        "Điều 1. Ban hành kèm theo Quyết định này Quy định.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
        "Nơi nhận:",
        "- Chính phủ;",
        "~ Cục Kiểm tra văn bản và QLXLVPHC - Bộ Tư pháp;",
        "- Thường trực Tỉnh ủy, HĐND, UBND tỉnh;",
        "~ Lưu: VT, các CV, XD.",
        "",
        "Nguyễn Tuấn Anh",
      ].join("\n"),
    );
    expect(doc.metadata.recipients).toEqual([
      "Chính phủ",
      "Cục Kiểm tra văn bản và QLXLVPHC - Bộ Tư pháp",
      "Thường trực Tỉnh ủy, HĐND, UBND tỉnh",
      "Lưu: VT, các CV, XD",
    ]);
    expect(doc.metadata.signer?.name).toBe("Nguyễn Tuấn Anh");
  });
});

// Portal copies of old texts print a title block instead of the two-column header: the tên loại,
// its maker, then the number and date on a line of their own. A vanbanluat.vn page of 1961 puts the
// maker's name over two lines ("CỦA UỶ BAN THƯỜNG VỤ QUỐC HỘI" ⏎ "NƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ,");
// its number, printed "46 NQ/TVQH", is written here in today's form.
describe("an old text's title block: maker, then number and date on their own line", () => {
  const block = (maker: string[], number: string) =>
    convertText(
      [
        "QUYẾT ĐỊNH",
        ...maker,
        number,
        "VỀ VIỆC KÉO DÀI THỜI GIAN BẦU CỬ HỘI ĐỒNG NHÂN DÂN CÁC CẤP",
        "",
        "UỶ BAN THƯỜNG VỤ QUỐC HỘI",
        "",
        "Căn cứ vào Điều 81 của Hiến pháp nước Việt Nam dân chủ cộng hoà;",
        "",
        "QUYẾT ĐỊNH:",
        "",
        "Điều 1. Thời gian bầu cử nay kéo dài đến ngày 31 tháng 7 năm 1961.",
      ].join("\n"),
    );

  it("reads the maker as the issuer, and the number and date under it", async () => {
    const doc = await block(["CỦA UỶ BAN THƯỜNG VỤ QUỐC HỘI"], "SỐ 46/NQ-TVQH NGÀY 8 THÁNG 6 NĂM 1961");
    expect(doc.metadata.documentNumber).toBe("46/NQ-TVQH");
    expect(doc.metadata.issuedOn).toBe("1961-06-08");
    expect(doc.metadata.issuer).toBe("UỶ BAN THƯỜNG VỤ QUỐC HỘI");
    expect(doc.metadata.subject).toBe("VỀ VIỆC KÉO DÀI THỜI GIAN BẦU CỬ HỘI ĐỒNG NHÂN DÂN CÁC CẤP");
  });

  it("reads a maker whose name goes on over a second line", async () => {
    const doc = await block(
      ["CỦA UỶ BAN THƯỜNG VỤ QUỐC HỘI", "NƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ,"],
      "SỐ 46/NQ-TVQH NGÀY 8 THÁNG 6 NĂM 1961",
    );
    expect(doc.metadata.issuer).toBe("UỶ BAN THƯỜNG VỤ QUỐC HỘI NƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ");
    expect(doc.metadata.documentNumber).toBe("46/NQ-TVQH");
    expect(doc.metadata.issuedOn).toBe("1961-06-08");
  });
});

// Before 1992 numbers carried no slash ("217-HĐBT", "15-TTg"). A portal's copy prints the number in
// the header and again in the title block, the subject after the date on the same line.
describe("numbers before 1992, and a title block that repeats the header's number", () => {
  it("finds an old number in a citation, a directive's by its type", () => {
    const found = findDocumentNumbers("Căn cứ Nghị định số 217-HĐBT ngày 14-11-1987 và Chỉ thị số 106-CT;");
    expect(found.map((f) => [f.number, f.typeCode])).toEqual([
      ["217-HĐBT", null],
      ["106-CT", "directive"],
    ]);
    expect(findDocumentNumbers("lô 5-A, lớp 2-b, ngày 14-11-1987, COVID-19")).toEqual([]);
  });

  it("reads the number once, and the subject after the title block's date", async () => {
    const doc = await convertText(
      [
        "HỘI ĐỒNG BỘ TRƯỞNG",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 217-HĐBT",
        "Hà Nội, ngày 14 tháng 11 năm 1987",
        "",
        "NGHỊ ĐỊNH",
        "CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 217-HĐBT NGÀY 14-11-1987 BAN HÀNH CÁC CHÍNH SÁCH ĐỔI MỚI KẾ HOẠCH HOÁ",
        "",
        "HỘI ĐỒNG BỘ TRƯỞNG",
        "",
        "Căn cứ Luật tổ chức Hội đồng Bộ trưởng ngày 4 tháng 7 năm 1981;",
        "",
        "NGHỊ ĐỊNH:",
        "",
        "Điều 1. Ban hành kèm theo Nghị định này bản quy định về chính sách.",
        "",
        "Điều 2. Nghị định này có hiệu lực từ ngày ban hành.",
      ].join("\n"),
    );
    expect(doc.metadata).toMatchObject({
      documentNumber: "217-HĐBT",
      issuer: "HỘI ĐỒNG BỘ TRƯỞNG",
      issuedOn: "1987-11-14",
      subject: "BAN HÀNH CÁC CHÍNH SÁCH ĐỔI MỚI KẾ HOẠCH HOÁ",
    });
    expect(doc.diagnostics.filter((d) => /documentNumber|subject/.test(d.reason))).toEqual([]);
  });
});

describe("a signed mark under the signer's name", () => {
  it("keeps '(Đã ký)' under the name in the signature, not as text after the closing", async () => {
    const doc = await convertText(
      [
        "QUỐC HỘI",
        "Số: 21-LCT/HĐNN8",
        "Hà Nội, ngày 30 tháng 6 năm 1989",
        "LUẬT",
        "VỀ BẢO VỆ SỨC KHOẺ NHÂN DÂN",
        "Điều 1. Một.",
        "Điều 2. Hai.",
        "Luật này đã được Quốc hội khoá VIII, kỳ họp thứ 5 thông qua ngày 30 tháng 6 năm 1989.",
        "CHỦ TỊCH HỘI ĐỒNG NHÀ NƯỚC",
        "Võ Chí Công",
        "(Đã ký)",
      ].join("\n"),
    );
    expect(doc.metadata.signer).toMatchObject({
      name: "Võ Chí Công",
      capacity: ["CHỦ TỊCH HỘI ĐỒNG NHÀ NƯỚC"],
    });
    expect(rules(doc)).not.toContain("text-after-closing");
  });
});
