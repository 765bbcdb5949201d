import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LegalDocument } from "../../src/model/document.js";
import { convert } from "../../src/pipeline/runner.js";
import { convertText, find, nodes, rules } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
async function sample(name: string): Promise<LegalDocument> {
  const path = `samples/${name}.txt`;
  return (await convert({ bytes: new Uint8Array(readFileSync(join(ROOT, path))), path, format: "text" }))
    .document;
}

describe("metadata from the header", async () => {
  const doc = await sample("07-NQ-CP-2025");
  it("reads number, type, issuer, place and date", async () => {
    expect(doc.metadata).toMatchObject({
      documentType: "NGHỊ QUYẾT",
      documentTypeCode: "resolution",
      documentNumber: "07/NQ-CP",
      issuer: "CHÍNH PHỦ",
      place: "Hà Nội",
      issuedOn: "2025-01-10",
    });
    expect(doc.metadata.subject).toMatch(
      /^Ban hành Chương trình hành động của Chính phủ .* tầm nhìn đến năm 2045$/,
    );
  });
  it("lists each căn cứ, then the proposal and the vote it rests on, with what each cites", async () => {
    expect(doc.metadata.bases.map((b) => b.text.split(" ").slice(0, 4).join(" "))).toEqual([
      "Căn cứ Luật Tổ",
      "Căn cứ Kết luận",
      "Xét đề nghị của",
      "Trên cơ sở ý",
    ]);
    expect(doc.metadata.bases.map((b) => b.citations.map((c) => [c.raw, c.issuedOn])).slice(0, 2)).toEqual([
      [
        ["Luật Tổ chức Chính phủ", "2015-06-19"],
        [
          "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
          "2019-11-22",
        ],
      ],
      [
        ["96-KL/TW", "2024-09-30"],
        ["45-NQ/TW", "2019-01-24"],
      ],
    ]);
  });
  it("reads the signature and the recipients", async () => {
    expect(doc.metadata.signer).toMatchObject({
      authority: "TM.",
      name: "Nguyễn Hòa Bình",
      capacity: ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "THỦ TƯỚNG"],
    });
    expect(doc.metadata.recipients).toHaveLength(20);
    expect(doc.metadata.recipients[0]).toBe("Ban Bí thư Trung ương Đảng");
  });
  it("counts every cited document number and marks its own", async () => {
    const own = doc.metadata.citations.find((c) => c.number === "07/NQ-CP");
    expect(own).toMatchObject({ self: true, type: "resolution" });
    expect(doc.metadata.citations.find((c) => c.number === "96-KL/TW")).toMatchObject({
      type: "conclusion",
      self: false,
    });
    expect(doc.metadata.citations.find((c) => c.number === "96-KL/TW")!.count).toBeGreaterThan(5);
  });
  it("keeps the attached programme and both appendices with their captions", async () => {
    const attachment = find(doc, "attachment-1")!;
    expect(attachment).toMatchObject({ type: "attachment", label: "CHƯƠNG TRÌNH" });
    expect(attachment.children.map((c) => c.id)).toContain("II");
    expect(doc.appendices.map((a) => [a.id, a.label])).toEqual([
      ["appendix-I", "Phụ lục I"],
      ["appendix-II", "Phụ lục II"],
    ]);
    expect(doc.appendices[0]!.caption).toMatch(/^\(Kèm theo .*07\/NQ-CP/);
  });
});

describe("metadata that is not printed", async () => {
  it("takes number, date and issuer from the attachment caption and records the source", async () => {
    const doc = await sample("108-NQ-CP-2019");
    expect(doc.metadata).toMatchObject({
      documentNumber: "108/NQ-CP",
      issuedOn: "2019-11-26",
      issuer: "Chính phủ",
      documentType: "NGHỊ QUYẾT",
    });
    expect(doc.metadata.sources.documentNumber).toEqual({ via: "caption", line: 36 });
    expect(doc.metadata.sources.documentType?.via).toBe("header");
    expect(doc.metadata.signer).toBeNull();
  });
  it("leaves every field null in a report without header or caption, never the first date in the body", async () => {
    const doc = await sample("bao-cao-chinh-tri-hai-phong-2025");
    const m = doc.metadata;
    expect([m.documentType, m.documentNumber, m.issuer, m.issuedOn, m.place, m.subject]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(rules(doc).filter((r) => r === "metadata-missing").length).toBeGreaterThanOrEqual(6);
    expect(doc.status).toBe("partial");
  });
  it("reads the urgency mark folded ('HOÀ TỐC' is HỎA TỐC) and the issuer from a caption", async () => {
    const doc = await sample("03-CT-UBND-2025");
    expect(doc.metadata).toMatchObject({
      urgency: "HỎA TỐC",
      documentNumber: "03/CT-UBND",
      issuer: "Ủy ban nhân dân thành phố",
    });
    expect(doc.metadata.sources.issuer?.via).toBe("caption");
  });
});

describe("the numbered tree", async () => {
  it("keeps a duplicated number as printed, with a unique id and a diagnostic", async () => {
    const doc = await sample("108-NQ-CP-2019");
    expect(find(doc, "I.2")?.label).toBe("2.");
    expect(find(doc, "I.2~2")?.label).toBe("2.");
    expect(doc.diagnostics.find((d) => d.ruleId === "numbering-duplicate")).toMatchObject({
      line: 42,
      severity: "warning",
    });
  });
  it("nests (1) … (35) under the heading that announces them", async () => {
    const doc = await sample("20-CTr-TU-2026");
    const targets = find(doc, "II.2")!;
    expect(targets.title).toBe("Một số chỉ tiêu chủ yếu");
    expect(targets.children.filter((c) => c.type === "item").map((c) => c.label)).toEqual(
      Array.from({ length: 35 }, (_, i) => `(${i + 1})`),
    );
  });
  it("reads a) … đ) e) g) as one sequence of points", async () => {
    const doc = await sample("20-CTr-TU-2026");
    expect(
      find(doc, "III.1.3")!
        .children.filter((c) => c.type === "point")
        .map((c) => c.label),
    ).toEqual(["a)", "b)", "c)", "d)", "đ)", "e)", "g)"]);
  });
  it("keeps the report's 121 footnotes as footnote nodes, out of the paragraphs", async () => {
    const doc = await sample("bao-cao-chinh-tri-hai-phong-2025");
    const footnotes = [...nodes(doc.body)].filter((n) => n.type === "footnote");
    expect(footnotes.map((f) => Number(f.label))).toEqual(Array.from({ length: 121 }, (_, i) => i + 1));
    const refs = [...nodes(doc.body)].flatMap((n) => n.data?.footnoteRefs ?? []);
    expect(refs.length).toBeGreaterThanOrEqual(120);
    expect([...nodes(doc.body)].some((n) => /20301 ?05/.test(n.text ?? ""))).toBe(false);
  });
  it("splits a heading from its inline text at the colon", async () => {
    const doc = await sample("bao-cao-chinh-tri-hai-phong-2025");
    const n = find(doc, "part-2.II.1.1.1")!;
    expect(n.title).toBe("Tăng cường xây dựng Đảng bộ vững mạnh về chính trị");
    expect(n.text).toMatch(/^Tiếp tục kiên/);
  });
  it("puts text after the closing into an unassigned node with a diagnostic", async () => {
    const doc = await convertText(
      "1. Nội dung.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn C\n\nGhi chú sau chữ ký.",
    );
    expect(doc.body.children.map((c) => c.type)).toEqual(["item", "recipients", "signature", "unassigned"]);
    expect(doc.diagnostics.find((d) => d.ruleId === "text-after-closing")?.line).toBe(11);
  });
});

describe("a standalone appendix whose caption runs over two paragraphs", async () => {
  const doc = await convertText(
    "Phụ lục I\n\nTHỂ THỨC TRÌNH BÀY VĂN BẢN\n\n(Kèm theo Nghị định số 30/2020/NĐ-CP\n\nngày 05 tháng 3 năm 2020 của Chính phủ)\n\nPhần I\n\nTHỂ THỨC\n\nNội dung.\n",
  );
  it("reads one caption, and the number and date it gives", async () => {
    expect(doc.metadata).toMatchObject({ documentNumber: "30/2020/NĐ-CP", issuedOn: "2020-03-05" });
    const captions = [...nodes(doc.body)].filter((n) => n.type === "caption");
    expect(captions.map((c) => c.text)).toEqual([
      "(Kèm theo Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ)",
    ]);
  });
});

describe("a file that is only a list issued with a letter", async () => {
  const doc = await convertText(
    "DANH MỤC\n\nVĂN BẢN QUY PHẠM PHÁP LUẬT CÓ NỘI DUNG LIÊN QUAN\n\nĐẾN LĨNH VỰC THEO DÕI NĂM 2021\n\n(Ban hành kèm theo Công văn số 1043/BTP-QLXLVPHC&TDTHPL ngày 9/4/2021)\n\nI. Văn bản về đất đai\n",
  );
  it("is one appendix; the caption gives the letter's number, date and type code, no printed type", async () => {
    expect(doc.appendices.map((a) => a.label)).toEqual(["DANH MỤC"]);
    expect(doc.metadata).toMatchObject({
      documentTypeCode: "officialLetter",
      documentType: null,
      documentNumber: "1043/BTP-QLXLVPHC&TDTHPL",
      issuedOn: "2021-04-09",
    });
  });
});

describe("a signature OCR read through a seal", async () => {
  const doc = await convertText(
    "QUYẾT ĐỊNH\n\nĐiều 1. Thành lập Đoàn kiểm tra.\n\nNơi nhận:\n- Như Điều 5;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\n/\n\nSIN\n\nĐÀ\n\n_ Hoàng Chí Hiền\n\n'Phụ lục: DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA\n",
  );
  it("steps over the seal's marks to the name, and over a stray mark before the appendix", async () => {
    expect(doc.metadata.signer?.name).toBe("Hoàng Chí Hiền");
    expect(doc.appendices.map((a) => a.label)).toEqual(["Phụ lục"]);
  });
});

describe("an attachment whose type is printed in sentence case under 'ban hành theo'", async () => {
  const doc = await convertText(
    "QUYẾT ĐỊNH\n\nĐiều 1. Ban hành kèm theo Quyết định này Chương trình.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nVõ Thanh Tòng\n\nCộng Hòa Xã Hội Chủ Nghĩa Việt Nam\n\nĐộc lập - Tự do - Hạnh phúc\n\nChương trình\n\nCải cách hành chính giai đoạn 2004-2010\n\n(Ban hành theo Quyết định số: 256/2004/QĐ-UB ngày 01/7/2004\n\ncủa Ủy ban nhân dân thành phố Cần Thơ)\n\nI. Đánh giá kết quả\n\nNội dung.\n",
  );
  it("opens the attachment with its title and caption, and warns of no text after the closing", async () => {
    const attachment = doc.body.children.find((n) => n.type === "attachment");
    expect(attachment).toMatchObject({ label: "Chương trình" });
    expect(attachment?.title).toBe("Cải cách hành chính giai đoạn 2004-2010");
    expect(rules(doc)).not.toContain("text-after-closing");
  });
});

describe("a gazette page whose order puts the number among the banner", async () => {
  const doc = await convertText(
    "CÔNG BÁO/Số 1583 + 1584/Ngày 17-11-2025\n\n2\n\nVĂN BẢN QUY PHẠM PHÁP LUẬT\n\nCHÍNH PHỦ\n\nSố: 282/2025/NĐ-CP\n\nCHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 30 tháng 10 năm 2025\n\nNGHỊ ĐỊNH\n\nQuy định xử phạt vi phạm hành chính\n\nCăn cứ Luật Tổ chức Chính phủ;\n\nĐiều 1. Phạm vi điều chỉnh\n",
  );
  it("reads the number above the quốc hiệu, not the gazette's issue number", async () => {
    expect(doc.metadata).toMatchObject({ documentNumber: "282/2025/NĐ-CP", issuedOn: "2025-10-30" });
  });
});

describe("a number alone on its line, its text in the next paragraph", () => {
  const circular = (three: string) => `BỘ TÀI CHÍNH
Số: 68/2019/TT-BTC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 30 tháng 9 năm 2019

THÔNG TƯ
Hướng dẫn thực hiện một số điều của Nghị định số 119/2018/NĐ-CP

Điều 27. Hiệu lực thi hành

1. Thông tư này có hiệu lực từ ngày 14 tháng 11 năm 2019.

2. Các Thông tư sau hết hiệu lực kể từ ngày 01 tháng 11 năm 2020.

${three}

Từ ngày 01 tháng 11 năm 2020, các doanh nghiệp thực hiện theo Thông tư này.

4. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Bộ Tài chính.
`;
  const clauses = async (format: "text" | "markdown", three: string) => {
    const { document } = await convert({
      bytes: new TextEncoder().encode(circular(three)),
      path: `tt.${format === "text" ? "txt" : "md"}`,
      format,
    });
    const article = document.body.children.find((c) => c.type === "article")!;
    return { document, clauses: article.children.filter((c) => c.type === "clause") };
  };
  it.each([
    ["text", "3."],
    ["markdown", "3. "],
  ] as const)("keeps the item's number with its text (%s)", async (format, three) => {
    const { document, clauses: found } = await clauses(format, three);
    expect(found.map((c) => c.label)).toEqual(["1.", "2.", "3.", "4."]);
    expect(found[2]!.text).toBe(
      "Từ ngày 01 tháng 11 năm 2020, các doanh nghiệp thực hiện theo Thông tư này.",
    );
    // Both source lines are the item's: the number's and its text's.
    const raw = circular(three).split("\n");
    const at = (text: string) => raw.findIndex((l) => l.trim() === text.trim()) + 1;
    expect(found[2]!.lines).toEqual([
      at(three),
      at("Từ ngày 01 tháng 11 năm 2020, các doanh nghiệp thực hiện theo Thông tư này."),
    ]);
    // (Điều 27 opens the excerpt: only its own gap is reported.)
    expect(document.diagnostics.filter((d) => d.ruleId === "numbering-gap").map((d) => d.line)).toEqual([10]);
  });
  it("leaves a year alone on its line as text", async () => {
    const { clauses: found } = await clauses("text", "2020.");
    expect(found.map((c) => c.label)).toEqual(["1.", "2.", "4."]);
  });
});
