import { describe, expect, it } from "vitest";
import { captionFacts } from "../../src/stages/structure/captions.js";

describe("what a caption says of its document", () => {
  it("reads number, date and issuer of the usual caption", () => {
    expect(captionFacts("(Kèm theo Nghị quyết số 07/NQ-CP ngày 10 tháng 01 năm 2025 của Chính phủ)")).toEqual(
      {
        documentNumber: "07/NQ-CP",
        typeCode: "resolution",
        issuedOn: "2025-01-10",
        issuer: "Chính phủ",
        subject: null,
      },
    );
  });

  it("reads the issuer after the document's own number, and what the document is about after it", () => {
    // QĐ 1445/2002 (An Giang), a file that is its appendix alone: the caption also names QĐ 522.
    const facts = captionFacts(
      "Ban hành kèm theo Quyết định số 1445/2002/QĐ-UB ngày 12 tháng 6 năm 2002 của UBND tỉnh An Giang về việc sửa đổi, bổ sung địa bàn ưu đãi ban hành kèm theo Quyết định số 522/2002/QĐ-UB ngày 07/3/2002 của UBND tỉnh An Giang.",
    );
    expect(facts).toMatchObject({
      documentNumber: "1445/2002/QĐ-UB",
      issuedOn: "2002-06-12",
      issuer: "UBND tỉnh An Giang",
    });
    expect(facts.subject).toBe(
      "về việc sửa đổi, bổ sung địa bàn ưu đãi ban hành kèm theo Quyết định số 522/2002/QĐ-UB ngày 07/3/2002 của UBND tỉnh An Giang",
    );
  });

  it("reads figures typed into a form's dotted blanks", () => {
    expect(
      captionFacts(
        "( Ban hành kèm theo Quyết định số …05…./2006/ QĐ-UBND, ngày …25..tháng 01 năm 2006 của UBND tỉnh Cà Mau )",
      ),
    ).toMatchObject({
      documentNumber: "05/2006/QĐ-UBND",
      issuedOn: "2006-01-25",
      issuer: "UBND tỉnh Cà Mau",
    });
  });
});
