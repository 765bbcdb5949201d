import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertFile } from "../../src/index.js";
import { find } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..");

// word-extractor took every character sprm ending in the bits of sprmCFRMarkDel for a tracked
// deletion, letter spacing (sprmCDxaSpace) among them, and left that text out.
describe("a Word 97–2003 run with letter spacing", () => {
  it("keeps its text: the header of a file LibreOffice saved", async () => {
    const { document: doc } = await convertFile(
      join(ROOT, "fixtures/layouts/libreoffice-letter-spacing.doc"),
      {
        ocr: "off",
      },
    );
    // Printed "UBND TỈNH LÀO CAI" ⏎ "SỞ CÔNG THƯƠNG", "THÔNG BÁO"; the subject with its typo ("công ghiệp").
    expect(doc.metadata).toMatchObject({
      issuer: "UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG",
      documentType: "THÔNG BÁO",
      place: "Lào Cai",
      subject:
        "Kết quả kiểm tra việc chấp hành Quy định của pháp luật trong sử dụng và bảo quản vật liệu nổ công ghiệp",
    });
  });

  it("keeps a point of a law Word saved (Luật Hợp tác xã 2003, Điều 46)", async () => {
    const { document: doc } = await convertFile(join(ROOT, "corpus/luat-18-QH11-2003_hop-tac-xa_tcvn3.doc"), {
      ocr: "off",
    });
    // Khoản 1 lists a) to h); a) was set in letter spacing.
    const clause = find(doc, "art-46.1");
    expect(clause?.children.map((n) => n.label).slice(0, 2)).toEqual(["a)", "b)"]);
    expect(clause?.children[0]?.text).toMatch(
      /^Ban hành, phổ biến và tổ chức thực hiện các văn bản pháp luật về hợp tác xã/u,
    );
    expect(doc.status).toBe("ok");
  });
});
