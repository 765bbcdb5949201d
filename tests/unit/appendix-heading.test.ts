import { describe, expect, it } from "vitest";
import { appendixHeading } from "../../src/stages/structure/appendix.js";

// Form headings as Thông tư 169/1998/TT-BTC and 99/1998/TT-BTC print them after their closing.
describe("form headings", () => {
  it("reads a form's number with 'số', with its code after it, and without 'số'", () => {
    expect(appendixHeading("Mẫu số 01")).toMatchObject({ label: "Mẫu số 01", key: "mau-01" });
    expect(appendixHeading("MẪU SỐ 01 NT-TCT")).toMatchObject({ label: "MẪU số 01 NT-TCT", key: "mau-01" });
    expect(appendixHeading("Mẫu 2a")).toMatchObject({ label: "Mẫu 2a", key: "mau-2a", title: null });
    expect(appendixHeading("Biểu số 3: TỔNG HỢP")).toMatchObject({ label: "Biểu số 3", title: "TỔNG HỢP" });
  });
  it("leaves words after 'Mẫu' as text", () => {
    expect(appendixHeading("Mẫu tin")).toBeNull();
    expect(appendixHeading("Mẫu số 01 và các giấy tờ kèm theo")).toBeNull();
  });
});
