import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { convertText, nodes } from "../helpers.js";

// tests/fixtures/layouts/about.md: a signed decision as pdftotext gives it, most words glyph numbers.
const SIGNED = readFileSync("tests/fixtures/layouts/signed-pdf-glyph-numbers.txt", "utf8");

describe("text copied from a PDF whose fonts map no Unicode", async () => {
  const doc = await convertText(SIGNED);
  const texts = [...nodes(doc.body)].flatMap((n) => [n.title ?? "", n.text ?? ""]);

  it("reads the header and closing back as printed", () => {
    // As printed on the decision's first page: "UBND TỈNH LÀO CAI" ⏎ "SỞ CÔNG THƯƠNG" beside the
    // quốc hiệu, "Số: 1050/QĐ-SCT", "Lào Cai, ngày 06 tháng 3 năm 2026", "QUYẾT ĐỊNH" over its
    // subject, and "GIÁM ĐỐC" over "Hoàng Chí Hiền" at the end.
    expect(doc.metadata).toMatchObject({
      documentType: "QUYẾT ĐỊNH",
      documentNumber: "1050/QĐ-SCT",
      issuer: "UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG",
      place: "Lào Cai",
      issuedOn: "2026-03-06",
      subject:
        "Kiểm tra việc chấp hành pháp luật trong sử dụng và bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai năm 2026",
    });
    expect(doc.metadata.signer?.name).toBe("Hoàng Chí Hiền");
    // Its articles, numbered in digits the glyph numbers never touched ("2." is no "O.").
    const articles = doc.body.children.filter((n) => n.type === "article").map((n) => n.label);
    expect(articles).toEqual(["Điều 1.", "Điều 2.", "Điều 3.", "Điều 4.", "Điều 5."]);
    expect(doc.metadata.bases).toHaveLength(10);
    expect(doc.metadata.bases[0]!.text).toMatch(
      /^Căn cứ Luật số 42\/2024\/QH15 ngày 29\/6\/2024 về Quản lý, sử dụng/,
    );
  });

  it("reads each word the samples hold most often where several readings are syllables", () => {
    const all = texts.join("\n");
    // "V͙" is "số" and "Vố" a syllable too; "KiӇm" keeps its "K" ("hiểm" is one as well).
    expect(all).toContain(
      "Căn cứ Nghị định số 189/2025/NĐ-CP ngày 01/7/2025 của Chính phủ quy định chi tiết",
    );
    expect(all).toContain("Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ");
    expect(all).not.toMatch(/[\u0400-\u04ff]/u);
  });

  it("says how many words it read back, from the first line that held one", () => {
    const note = doc.diagnostics.find((d) => d.ruleId === "glyph-numbers");
    expect(note?.severity).toBe("warning");
    expect(note?.line).toBe(1);
    expect(note?.reason).toMatch(/^\d+ word\(s\) printed as their font.s glyph numbers/);
  });

  it("leaves a text in Unicode alone, its few words of other scripts too", async () => {
    const text = [
      "BỘ NGOẠI GIAO",
      "Số: 12/BC-BNG",
      "BÁO CÁO",
      "Kết quả làm việc với đoàn Liên bang Nga",
      "Đoàn do ông Сергей Лавров dẫn đầu đã làm việc với Bộ Ngoại giao ngày 12 tháng 3 năm 2026 về hợp tác giáo dục, khoa học và văn hóa giữa hai nước.",
    ].join("\n");
    const plain = await convertText(text);
    expect(JSON.stringify(plain.body)).toContain("ông Сергей Лавров dẫn đầu");
    expect(plain.diagnostics.map((d) => d.ruleId)).not.toContain("glyph-numbers");
  });

  it("leaves a bilingual text alone, half its words Russian", async () => {
    const russian = [
      "Статья 1. Стороны развивают сотрудничество в области образования и подготовки кадров на основе равенства и взаимной выгоды.",
      "Статья 2. Стороны осуществляют обмен студентами, аспирантами и преподавателями в соответствии с ежегодными планами.",
    ];
    const text = [
      "Điều 1. Hai Bên thúc đẩy hợp tác trong lĩnh vực giáo dục và đào tạo trên cơ sở bình đẳng và cùng có lợi.",
      russian[0],
      "Điều 2. Hai Bên trao đổi sinh viên, nghiên cứu sinh và giảng viên theo kế hoạch hằng năm.",
      russian[1],
    ].join("\n");
    const doc = await convertText(text);
    const all = [...nodes(doc.body)].map((n) => n.text ?? "").join("\n");
    for (const line of russian) expect(all).toContain(line);
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain("glyph-numbers");
  });
});
