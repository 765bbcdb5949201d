import { describe, expect, it } from "vitest";
import * as vanban from "../../src/index.js";

describe("the library API", async () => {
  it("converts a document and validates it against the published schema", async () => {
    const text = "Số: 01/TB-UBND\n\nHà Nội, ngày 02 tháng 01 năm 2025\n\nTHÔNG BÁO\nVề lịch làm việc\n\n1. Nội dung.\n";
    const { document } = await vanban.convert({ bytes: new TextEncoder().encode(text), path: "tb.txt", format: "text" });
    expect(vanban.LegalDocument.parse(document).metadata).toMatchObject({ documentNumber: "01/TB-UBND", issuedOn: "2025-01-02", documentType: "THÔNG BÁO" });
    expect(vanban.toMarkdownDocument(document)).toMatch(/^# THÔNG BÁO 01\/TB-UBND/);
  });
  it("exposes the Vietnamese primitives", async () => {
    expect(vanban.parseVietnameseNumber("118.079,279")).toBe(118079.279);
    expect(vanban.parseDocumentNumber("45-NQ/TW")?.typeCode).toBe("resolution");
  });
});
