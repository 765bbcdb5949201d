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
});
