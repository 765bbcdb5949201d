import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Reporter } from "../../src/model/reporter.js";
import { convert } from "../../src/pipeline/runner.js";
import { readSource } from "../../src/stages/read/index.js";
import { drawnAnnotations } from "../../src/stages/read/pdf/pages.js";

const extract = (bytes: Uint8Array, format: "pdf", o: { ocr?: "auto" | "on" | "off" } = {}) =>
  readSource(bytes, format, new Reporter(), o.ocr ?? "auto");
import { InputError, readStage } from "../../src/stages/read/index.js";
import type { Blocks } from "../../src/model/block.js";
import type { LegalNode } from "../../src/model/node.js";
import { joinSplitSyllables, splitSyllable } from "../../src/text/syllables.js";
import { nodes } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const bytes = (path: string) => new Uint8Array(readFileSync(join(ROOT, path)));
/** A fixture of tests/fixtures/layouts, converted whole. */
const layoutPdf = async (name: string) =>
  (await convert({ bytes: bytes(`tests/fixtures/layouts/${name}`), path: name, format: "pdf" })).document;

/** Every word the read stage gives, in order: paragraphs and table cells (page numbers left out). */
function words(blocks: Blocks): string[] {
  return blocks.blocks
    .filter((b) => b.kind !== "furniture")
    .flatMap((b) =>
      b.kind === "table"
        ? b.rows.flatMap((r) => r.cells.map((c) => c.text))
        : b.kind === "text" || b.kind === "footnote"
          ? [b.text]
          : [],
    )
    .join(" ")
    .split(/\s+/)
    .filter(Boolean);
}

/** The printed page numbers the document kept apart, in order. */
function* pageLabels(n: LegalNode): Generator<string> {
  if (n.type === "pageBreak") yield n.label!;
  for (const c of n.children) yield* pageLabels(c);
}

async function pdfWords(path: string): Promise<string[]> {
  return words(await readStage.run(bytes(path), { format: "pdf" }, { report: new Reporter() }));
}

const sampleWords = words(
  await readStage.run(bytes("samples/07-NQ-CP-2025.txt"), { format: "text" }, { report: new Reporter() }),
);

describe("PDF text layer", async () => {
  const source = sampleWords;

  it.each(["07-NQ-CP-2025.pdf", "07-NQ-CP-2025-nfd.pdf"])(
    "%s gives the source's words, word for word",
    async (file) => {
      const got = await pdfWords(`tests/fixtures/render/${file}`);
      expect(got.length).toBe(source.length);
      expect(got).toEqual(source);
    },
  );

  it("keeps the page and box of every line, and a record's lines lead to its pages", async () => {
    const { document } = await convert({
      bytes: bytes("tests/fixtures/render/07-NQ-CP-2025.pdf"),
      path: "07.pdf",
      format: "pdf",
    });
    const layout = new Map(document.layout!.map((l) => [l.line, l]));
    const owned = (function* walk(n: typeof document.body): Generator<number> {
      yield* n.lines;
      for (const c of n.children) yield* walk(c);
    })(document.body);
    for (const line of owned) {
      const at = layout.get(line);
      expect(at, `line ${line}`).toBeDefined();
      expect(at!.box[2]).toBeGreaterThan(at!.box[0]);
    }
    // Task 2 of Phụ lục I starts at the foot of one page and ends at the top of the next.
    const task = document.appendices[0]!.tables[0]!.records.find((r) => r.no === "2")!;
    expect(task.kind === "tasks" && task.deadline?.raw).toBe("Quý II/2025");
    expect(new Set(task.lines.map((l) => layout.get(l)!.page)).size).toBe(1);
    const pages = document.appendices[0]!.tables[0]!.records.map((r) => layout.get(r.lines[0]!)!.page);
    expect(new Set(pages).size).toBeGreaterThan(1);
  });

  it("sets the printed page numbers apart, and the text runs on across them", async () => {
    const { document } = await convert({
      bytes: bytes("tests/fixtures/render/07-NQ-CP-2025.pdf"),
      path: "07.pdf",
      format: "pdf",
    });
    const pages = pageLabels(document.body);
    const numbers = [...pages].map(Number);
    // LibreOffice prints the footer on every other page of this rendering: 1, 3, 5 …
    expect(numbers).toEqual([1, 3, 5, 7, 9, 11, 13]);
    expect(document.diagnostics.find((d) => d.ruleId === "page-furniture")?.reason).toMatch(
      /^7 page header, footer or page-number line/,
    );
  });

  it("sets apart the page numbers of a section numbered anew, so its table runs on across them", async () => {
    // The last pages of a Kế hoạch of UBND tỉnh Lào Cai (tests/corpus, exported to PDF): the body
    // printed 14, 15, 16; its appendix prints none on its first page, then 2, 3, 4 at the top.
    const { document } = await convert({
      bytes: bytes("tests/fixtures/layouts/word-export-appendix-numbered-anew.pdf"),
      path: "kh.pdf",
      format: "pdf",
    });
    const pages = pageLabels(document.body);
    expect([...pages]).toEqual(["14", "15", "16", "2", "3", "4"]);
    const tables = document.appendices[0]!.tables;
    expect(tables).toHaveLength(1);
    // The 14 tasks as printed, the first "Tổ chức quán triệt sâu rộng Chỉ thị …", the last "Đẩy nhanh …".
    const records = tables[0]!.records;
    expect(records.map((r) => r.no)).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
    expect(records[0]!.kind === "tasks" && records[0]!.task).toMatch(/^Tổ chức quán triệt sâu rộng Chỉ thị/);
    expect(records[13]!.kind === "tasks" && records[13]!.task).toMatch(/^Đẩy nhanh công tác bồi thường/);
  });

  it("reads a table across pages as one: the header repeated on each page dropped, a row split by the break joined", async () => {
    const { document } = await convert({
      bytes: bytes("tests/fixtures/render/07-NQ-CP-2025.pdf"),
      path: "07.pdf",
      format: "pdf",
    });
    const tables = document.appendices.map((a) => a.tables.length);
    expect(tables).toEqual([1, 1]);
    expect(document.appendices[0]!.tables[0]!.records.map((r) => r.no)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
    ]);
  });
});

describe("PDFs that cannot be read", async () => {
  it("names an encrypted PDF in one line", async () => {
    await expect(extract(bytes("tests/fixtures/render/07-NQ-CP-2025-encrypted.pdf"), "pdf")).rejects.toThrow(
      /is encrypted/,
    );
  });

  it("names a truncated PDF in one line", async () => {
    const whole = bytes("tests/fixtures/render/07-NQ-CP-2025.pdf");
    const cut = whole.slice(0, Math.floor(whole.length / 3));
    await expect(extract(cut, "pdf")).rejects.toThrow(InputError);
  });

  it("says a scan without text layer needs OCR when OCR is not run", async () => {
    await expect(
      extract(bytes("tests/fixtures/render/07-NQ-CP-2025-scan.pdf"), "pdf", { ocr: "off" }),
    ).rejects.toThrow(/no text layer.*OCR/);
  });
});

describe("syllables cut by decomposed text", async () => {
  it("joins a vowel-opened syllable cut after its vowels, and nothing else", async () => {
    expect(joinSplitSyllables("Chủ tịch Ủ y ban, Trung ươ ng, đáp ứ ng, dự á n")).toBe(
      "Chủ tịch Ủy ban, Trung ương, đáp ứng, dự án",
    );
    // Real word breaks: a whole syllable follows ("ý kiến"), or the vowel word has no mark ("a ng" stays).
    expect(joinSplitSyllables("ý kiến, ở nhà, a ng")).toBe("ý kiến, ở nhà, a ng");
    expect(splitSyllable("đáp ứ", "ng nhu cầu")).toBe(true);
    expect(splitSyllable("đáp", "ứng")).toBe(false);
  });

  it("reads only the last word of a long paragraph, whatever stands before it", () => {
    const paragraph = "Các cơ quan, đơn vị chủ động triển khai các giải pháp nhằm ".repeat(40);
    expect(splitSyllable(`${paragraph}đáp ứ`, "ng nhu cầu")).toBe(true);
    expect(splitSyllable(`${paragraph}(ứ`, "ng")).toBe(true);
    // A vowel word glued to a digit is no syllable's first half; nor is the end of a long word.
    expect(splitSyllable(`${paragraph}5ứ`, "ng")).toBe(false);
    expect(splitSyllable(`${paragraph}chuyểnđổisốứ`, "ng")).toBe(false);
    expect(splitSyllable("ứ", "ng")).toBe(true);
  });
});

/**
 * OCR of a scan (Debian's tesseract with vie, and pdftoppm; .ci/run installs them). Without them the
 * test is skipped with a notice, except under CI.
 */
const { ocrAvailable } = await import("../../src/stages/read/ocr/index.js");
const canOcr = await ocrAvailable();
if (!canOcr && !process.env.CI)
  console.warn("OCR test skipped: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils");

describe.skipIf(!canOcr && !process.env.CI)("scanned PDF through OCR", () => {
  it("reads the pages without text layer and says so page by page", async () => {
    const { document } = await convert(
      { bytes: bytes("tests/fixtures/render/07-NQ-CP-2025-scan.pdf"), path: "scan.pdf", format: "pdf" },
      { ocr: "on" },
    );
    const m = document.metadata;
    expect([m.documentType, m.documentNumber, m.issuedOn, m.issuer]).toEqual([
      "NGHỊ QUYẾT",
      "07/NQ-CP",
      "2025-01-10",
      "CHÍNH PHỦ",
    ]);
    expect(document.body.children.filter((n) => n.type === "article").map((n) => n.label)).toEqual([
      "Điều 1.",
      "Điều 2.",
      "Điều 3.",
    ]);
    const notes = document.diagnostics.filter((d) => d.ruleId === "no-text-layer");
    expect(notes.map((d) => d.page)).toEqual([1, 2]);
    expect(notes.map((d) => d.reason.replace(/, \d+ line.*/, ""))).toEqual([
      "page 1 has no text layer (a scanned image): read by OCR (tesseract, vie)",
      "page 2 has no text layer (a scanned image): read by OCR (tesseract, vie)",
    ]);
    // The OCR text against the source, word by word, over the first page's articles.
    const article1 = document.body.children.find((n) => n.id === "art-1")!.text!;
    expect(article1).toContain("Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ");
  }, 120_000);
});

describe("legacy Vietnamese fonts", async () => {
  it("converts TCVN3 and VNI look-alikes to Unicode, capitals for the .VnTimeH fonts", async () => {
    const { tcvn3ToUnicode, legacyFontEncoding } = await import("../../src/text/tcvn3.js");
    expect(tcvn3ToUnicode("Hµ Néi, ngµy 10 th¸ng 01 n¨m 2025")).toBe("Hà Nội, ngày 10 tháng 01 năm 2025");
    expect(tcvn3ToUnicode("Céng hoµ x· héi chñ nghÜa ViÖt Nam")).toBe("Cộng hoà xã hội chủ nghĩa Việt Nam");
    expect(tcvn3ToUnicode("nghÞ quyÕt", true)).toBe("NGHỊ QUYẾT");
    const { vniToUnicode } = await import("../../src/text/vni.js");
    expect(vniToUnicode("Haø Noäi, ngaøy 10 thaùng 01 naêm 2025")).toBe("Hà Nội, ngày 10 tháng 01 năm 2025");
    expect(
      vniToUnicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam; tröôøng, Ñaûng, nghò quyeát, ñaàu tö"),
    ).toBe("Cộng hòa xã hội chủ nghĩa Việt Nam; trường, Đảng, nghị quyết, đầu tư");
    expect(vniToUnicode("NGHÒ QUYEÁT CUÛA CHÍNH PHUÛ")).toBe("NGHỊ QUYẾT CỦA CHÍNH PHỦ");
    expect([
      legacyFontEncoding("ABCDEF+.VnTime"),
      legacyFontEncoding(".VnTimeH-Bold"),
      legacyFontEncoding("VNI-Times"),
      legacyFontEncoding("LiberationSerif"),
      // The style glued to the family, as some PDF writers name the font.
      legacyFontEncoding("ABCDEF+VnTimeHBold"),
      legacyFontEncoding("VnTimeBoldItalic"),
    ]).toEqual(["tcvn3", "tcvn3-upper", "vni", null, "tcvn3-upper", "tcvn3"]);
  });
});

describe("two-column blocks", async () => {
  it("reads the issuer beside the motto and nơi nhận beside the signature one block after the other", async () => {
    const { document } = await convert({
      bytes: bytes("tests/fixtures/render/two-columns.pdf"),
      path: "two-columns.pdf",
      format: "pdf",
    });
    const m = document.metadata;
    expect([m.issuer, m.documentNumber, m.place, m.issuedOn, m.documentType]).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
      "15/QĐ-UBND",
      "Ninh Bình",
      "2024-03-05",
      "QUYẾT ĐỊNH",
    ]);
    expect(m.recipients).toEqual(["Như Điều 2", "Chủ tịch, các PCT UBND tỉnh", "Lưu: VT"]);
    expect(m.signer).toMatchObject({
      authority: "TM.",
      capacity: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      name: "Phạm Quang Ngọc",
    });
  });
});

describe("tables without borders", async () => {
  it("reads columns that keep their places as a table, wrapped cells joined to their row", async () => {
    const { document } = await convert({
      bytes: bytes("tests/fixtures/render/borderless.pdf"),
      path: "borderless.pdf",
      format: "pdf",
    });
    const table = document.appendices[0]!.tables[0]!;
    expect(table.kind).toBe("tasks");
    expect(
      table.records.map((r) => (r.kind === "tasks" ? [r.no, r.task, r.lead?.raw, r.deadline?.raw] : null)),
    ).toEqual([
      [
        "1",
        "Rà soát, sửa đổi quy định về quản lý đầu tư xây dựng hạ tầng giao thông ven biển của thành phố",
        "Sở Xây dựng",
        "Quý II/2025",
      ],
      ["2", "Xây dựng cơ chế huy động vốn xã hội hóa cho các dự án cảng biển", "Sở Tài chính", "2025"],
      [
        "3",
        "Đào tạo đội ngũ kỹ sư cảng biển, hàng hải",
        "Sở Giáo dục và Đào tạo thành phố Hải Phòng",
        "2026",
      ],
    ]);
    // The paragraph after the table stays text.
    expect(JSON.stringify(document.body)).toContain("Đoạn văn sau bảng, không thuộc bảng");
  });
});

describe("a portal page printed by Chromium (tests/fixtures/layouts/about.md)", async () => {
  const document = await layoutPdf("chromium-print-portal-table.pdf");

  it("reads the ruled table of a page whose cells' gaps are printed as wide spaces", () => {
    // As printed on its fourth page: "TT | Mẫu | Nội dung", then "1 | Mẫu số 1.1 | Tờ trình đề nghị
    // khen thưởng" … "12 | Mẫu số 1.12 | Biên bản họp xét sáng kiến"; row 13 on the next page.
    const appendix = document.appendices.find((a) => a.label === "Phụ lục I")!;
    expect(appendix.title).toBe("MẪU VĂN BẢN ÁP DỤNG TRONG HỒ SƠ THỦ TỤC KHEN THƯỞNG");
    const table = appendix.tables[0]!;
    expect(table.columns.map((c) => c.label)).toEqual(["TT", "Mẫu", "Nội dung"]);
    expect(table.records.map((r) => r.cells.no)).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 1)));
    // The header row and the first row were printed without their inner borders.
    expect(table.records[0]!.cells).toEqual({
      no: "1",
      mau: "Mẫu số 1.1",
      task: "Tờ trình đề nghị khen thưởng",
    });
    expect(table.records[2]!.cells.task).toBe(
      "Báo cáo thành tích đề nghị danh hiệu thi đua đối với tập thể (Cờ thi đua, Tập thể lao động tiên tiến, Tập thể lao động xuất sắc)",
    );
    expect(table.records[12]!.cells.mau).toBe("Mẫu số 1.13");
  });

  it("reads the document's header under the portal's own lines", () => {
    expect(document.metadata).toMatchObject({
      documentType: "THÔNG TƯ",
      documentNumber: "118/2025/TT-BTC",
      issuer: "BỘ TÀI CHÍNH",
      issuedOn: "2025-12-15",
    });
  });
});

describe("two-column tables a browser printed without borders (tests/fixtures/layouts/about.md)", async () => {
  const document = await layoutPdf("chromium-print-two-column-tables.pdf");
  const tables = document.appendices.find((a) => a.label === "PHỤ LỤC 1")?.tables ?? [];

  it("reads each under its bold header, rows told apart by the space between them", () => {
    // As printed: a ruled table (I), then "II. Các cơ quan thuộc Quốc hội …" over "Cơ quan | Đơn vị
    // phụ trách hội nhập quốc tế" and nine bodies, the last two on the next page, then "III. Các Bộ,
    // cơ quan ngang Bộ" over "Bộ, cơ quan ngang Bộ | Đơn vị phụ trách hội nhập quốc tế".
    expect(tables.map((t) => t.columns.map((c) => c.label))).toEqual([
      ["Cơ quan", "Đơn vị phụ trách hội nhập quốc tế"],
      ["Cơ quan", "Đơn vị phụ trách hội nhập quốc tế"],
      ["Bộ, cơ quan ngang Bộ", "Đơn vị phụ trách hội nhập quốc tế"],
    ]);
    const second = tables[1]!.records.map((r) => Object.values(r.cells));
    expect(second).toHaveLength(9);
    // A body's name over two lines beside two units, each a paragraph of its own in one cell.
    expect(second[0]).toEqual([
      "Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội",
      "Thường trực Ủy ban Quốc phòng, An ninh và Đối ngoại Vụ Quốc phòng, An ninh và Đối ngoại",
    ]);
    expect(second[1]).toEqual(["Văn phòng Quốc hội", "Vụ Quan hệ quốc tế"]);
    expect(second.at(-1)).toEqual([
      "Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)",
      "Ban Quan hệ quốc tế",
    ]);
    expect(Object.values(tables[2]!.records[0]!.cells)).toEqual(["Bộ Quốc phòng", "Cục Đối ngoại"]);
  });

  it("leaves the heading between two tables a section of the appendix", () => {
    expect(JSON.stringify(tables)).not.toContain('Các Bộ, cơ quan ngang Bộ"');
    expect(JSON.stringify(document.body)).toContain('"label":"III.","title":"Các Bộ, cơ quan ngang Bộ"');
  });
});

describe("a two-column table under names centred over its columns (tests/fixtures/layouts/about.md)", async () => {
  const document = await layoutPdf("chromium-print-two-columns-centred-header.pdf");
  const table = document.appendices.find((a) => a.label === "PHỤ LỤC II")?.tables[0];

  it("takes each column's start from its rows, not from its centred name", () => {
    // As printed: "Mã hàng" and "Mô tả hàng hoá" centred over codes at the margin and descriptions
    // beside them; "Chương 28" centred beside the two lines of "Hoá chất vô cơ; …".
    expect(table?.columns.map((c) => c.label)).toEqual(["Mã hàng", "Mô tả hàng hoá"]);
    const rows = table!.records.map((r) => Object.values(r.cells));
    expect(rows[0]![0]).toBe("Chương 28");
    expect(rows[0]![1]).toMatch(/^Hoá chất vô cơ; .* các nguyên tố phóng xạ hoặc các chất đồng vị$/);
    expect(rows[1]).toEqual(["28.04", "Hydro, khí hiếm và các phi kim loại khác."]);
  });

  it("keeps a row whose code cell is empty apart from the row above", () => {
    // "- Hợp chất vô cơ chứa oxy khác của phi kim loại:" stands a row's space below "28.11 | Axit vô
    // cơ khác …", with no code beside it, and above "2811.22 | - - Silic dioxit:".
    const rows = table!.records.map((r) => Object.values(r.cells));
    const at = rows.findIndex((r) => r[0] === "28.11");
    expect(rows[at]![1]).toBe("Axit vô cơ khác và các hợp chất vô cơ chứa oxy khác của các phi kim loại.");
    expect(rows[at + 1]).toEqual(["", "- Hợp chất vô cơ chứa oxy khác của phi kim loại:"]);
    expect(rows[at + 2]).toEqual(["2811.22", "- - Silic dioxit:"]);
  });
});

describe("a ruled table on the page after a footnote (tests/fixtures/layouts/about.md)", async () => {
  const document = await layoutPdf("chromium-print-table-after-footnotes.pdf");

  it("reads the page's rulings, so its narrow cells make rows", () => {
    // The page's text alone shows no table (no wide gap on any baseline); the page before may end
    // in footnotes, which a short rule on this page would go on from, so its rulings are read.
    const rows = [...document.tables, ...document.appendices.flatMap((a) => a.tables)].flatMap((t) =>
      t.records.map((r) => Object.values(r.cells).slice(0, 2)),
    );
    expect(rows).toContainEqual(["1", "Công an"]);
    expect(rows).toContainEqual(["1.1", "Cơ quan điều tra, trại tạm giam, cơ sở giam giữ"]);
    expect(rows).toContainEqual([
      "4",
      "Các cơ quan được giao nhiệm vụ tiến hành một số hoạt động điều tra (trừ các cơ quan tại mục 1.2)",
    ]);
  });
});

describe("articles set smaller than the forms issued with them (tests/fixtures/layouts/about.md)", async () => {
  const document = await layoutPdf("chromium-print-articles-smaller-than-forms.pdf");
  const nodes = (n: LegalNode): LegalNode[] => [n, ...n.children.flatMap(nodes)];

  it("reads the lower half of a page of articles as articles, not as footnotes", () => {
    // The page holds nothing smaller than its own 7-point text: no line of it is a footnote, though
    // the document's most common size (the forms') is 8.
    const articles = nodes(document.body).filter((n) => n.type === "article");
    expect(articles.map((a) => a.label)).toEqual(["Điều 1.", "Điều 2.", "Điều 3."]);
    expect(articles[2]!.title).toBe("Hiệu lực thi hành");
    const footnotes = nodes(document.body).filter((n) => n.type === "footnote");
    expect(footnotes.map((f) => f.text ?? "").join(" ")).not.toMatch(/hiệu lực thi hành kể từ ngày ký/u);
  });
});

describe("a table whose merged cells run on over page breaks (tests/fixtures/layouts/about.md)", async () => {
  const document = await layoutPdf("word-export-row-spans-across-pages.pdf");

  it("keeps each row's cells under their columns on the pages after the break", () => {
    const table = document.appendices[0]!.tables[0]!;
    const [, name, , assigned, detail, status] = table.columns.map((c) => c.key);
    // As printed on page 2, below the blank continuation of "1 | Luật Đất đai … | Toàn bộ văn bản":
    // "Khoản 3 Điều 64 giao Chính phủ …" under "Nội dung giao quy định chi tiết", then
    // "Nghị định số 43/2014NĐ-CP …" under "Tên văn bản quy định chi tiết".
    const row = table.records.find((r) => r.cells[assigned!]?.startsWith("Khoản 3 Điều 64 giao Chính phủ"))!;
    expect(row.cells[detail!]).toMatch(/^Nghị định số 43\/2014NĐ-CP của Chính phủ/);
    // The number and name cells, merged on page 1, run on blank over page 2: its rows are theirs,
    // as the rows under them on page 1 are.
    expect(row.cells[name!]).toBe("Luật Đất đai (số 45/2013/QH13 ngày 29/11/2013)");
    expect(row.cells.no).toBe("1");
    // Word never split a row of this table: page 2 opens with a row of its own, "Thông tư số
    // 33/2017/TT-BTNMT …" under "Khoản 3 Điều 31 …", merged down over the break from page 1.
    const [first, second] = table.records;
    expect(first!.cells[detail!]).toMatch(/^Thông tư số 25\/2014\/TT-BTNMT .* bản đồ địa chính\.$/u);
    expect(first!.cells[status!]).toBe("Hiệu lực thi hành ngày 05/7/2014");
    expect(second!.cells[detail!]).toMatch(/^Thông tư số 33\/2017\/TT-BTNMT ngày 29\/9\/2019/u);
    // Its number, name and scope are the cells merged over the break; its "Nội dung giao" cell,
    // beside a cell of the row before alone, is left blank rather than guessed.
    expect(second!.cells.no).toBe("1");
    expect(second!.cells[name!]).toBe("Luật Đất đai (số 45/2013/QH13 ngày 29/11/2013)");
    expect(second!.cells[assigned!]).toBe("");
    for (const r of table.records) expect(r.cells[name!] ?? "").not.toMatch(/^(Khoản|Nghị định|Thông tư)/);
  });
});

describe("a table whose inner border moves between pages (tests/fixtures/layouts/about.md)", async () => {
  const document = await layoutPdf("word-export-border-moves-between-pages.pdf");
  const nodes = (n: LegalNode): LegalNode[] => [n, ...n.children.flatMap(nodes)];

  it("reads the three pages as one table, each cell under its column", () => {
    const tables = nodes(document.body).filter((n) => n.type === "table");
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.data!.rows!;
    const starts = (row: string[], ...texts: string[]) => texts.every((t, k) => row[k]!.startsWith(t));
    // Page 22 (border at 307), page 23 (both borders), page 24 (border at 364), as printed.
    expect(rows.some((r) => starts(r, "18", "Thông tư số 110/2020", "Toàn bộ văn bản"))).toBe(true);
    expect(
      rows.some((r) =>
        starts(r, "1", "Luật tài nguyên", "Toàn bộ văn bản", "Khoản 3 Điều 11", "Nghị định số 40/2016"),
      ),
    ).toBe(true);
    // Under the number, name and scope cells merged down over the break: the row's own cells only.
    expect(
      rows.some((r) => starts(r, "", "Khoản 4 Điều 19", "Nghị định số 41/2016", "Hiệu lực thi hành")),
    ).toBe(true);
  });
});

describe("a table row a page break cuts, with no border on either page's edge (tests/fixtures/layouts/about.md)", async () => {
  const document = await layoutPdf("chromium-print-row-split-by-page.pdf");

  it("reads the row's two parts as one row of the one table", () => {
    // As printed: row 7 opens at the foot of the table's first page, "7. | Luật sửa đổi, bổ sung
    // một số điều | Chính phủ | Ủy ban Quốc phòng, An …", its column borders running on to the
    // margin; its cells end at the top of the next page ("Cộng hòa xã hội chủ nghĩa Việt Nam ở nước
    // ngoài", "hội", "hội") above row 8. The table goes on to row 13, then "II." and its row 1.
    const tables = document.appendices.flatMap((a) => a.tables);
    expect(tables).toHaveLength(1);
    const records = tables[0]!.records;
    expect(records.map((r) => r.cells.no)).toEqual([
      ...Array.from({ length: 13 }, (_, i) => `${i + 1}.`),
      "1.",
    ]);
    expect(records[6]!.cells).toMatchObject({
      project:
        "Luật sửa đổi, bổ sung một số điều của Luật Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài",
      lead: "Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội",
    });
    expect(records[7]!.cells.project).toBe(
      "Luật sửa đổi, bổ sung một số điều của Luật Kinh doanh bất động sản",
    );
    // No part of the row is left as a paragraph after the table.
    const texts = [...nodes(document.body)]
      .filter((n) => n.type !== "table")
      .flatMap((n) => [n.text ?? "", n.title ?? ""]);
    expect(texts.filter((t) => t.includes("ở nước ngoài"))).toEqual([]);
  });
});

describe("which annotations send a page for its operator list", () => {
  const page = (subtypes: string[]) => {
    const asked: unknown[] = [];
    return {
      asked,
      getAnnotations: (params?: unknown) => {
        asked.push(params);
        return Promise.resolve(subtypes.map((subtype) => ({ subtype })));
      },
    };
  };
  it("a signing tool's field does, links do not, and pdf.js is not asked to read each link's words", async () => {
    const links = page(["Link", "Link"]);
    const field = page(["Link", "Widget"]);
    expect(await drawnAnnotations(links as never)).toBe(false);
    expect(await drawnAnnotations(field as never)).toBe(true);
    expect(await drawnAnnotations(page([]) as never)).toBe(false);
    // The display intent makes pdf.js extract the whole page's text again for every link.
    expect(links.asked).toEqual([{ intent: "print" }]);
  });
});

describe("signatures side by side in pairs, their marks and names far below", () => {
  it("reads each signature whole, left then right: capacity, mark and name together", async () => {
    // TTLT 29/2025 printed from the portal: "KT. BỘ TRƯỞNG" ⏎ "BỘ CÔNG AN" ⏎ "THỨ TRƯỞNG", then
    // "(Đã ký)" and "Thượng tướng Lê Quốc Hùng" far below; the same for "BỘ TƯ PHÁP" beside it.
    const source = await readSource(
      bytes("tests/fixtures/layouts/chromium-print-joint-signatures.pdf"),
      "pdf",
      new Reporter(),
      "off",
    );
    const texts = source.lines.map((l) => l.text);
    const at = texts.indexOf("BỘ CÔNG AN");
    expect(texts.slice(at, at + 8)).toEqual([
      "BỘ CÔNG AN",
      "THỨ TRƯỞNG",
      "(Đã ký)",
      "Thượng tướng Lê Quốc Hùng",
      "KT. BỘ TRƯỞNG",
      "BỘ TƯ PHÁP",
      "THỨ TRƯỞNG",
      "(Đã ký)",
    ]);
    expect(texts[at + 8]).toBe("Nguyễn Thanh Ngọc");
  });
});

describe("a title block set with character spacing, its date's year on a line of its own (tests/fixtures/layouts/about.md)", async () => {
  const document = await layoutPdf("libreoffice-print-tcvn3-title-year-spaced.pdf");

  it("reads the maker, number and date from 'của Bộ Tài chính Số 169/1998/TT-BTC ngày 22 tháng 12 năm' ⏎ '1998'", () => {
    expect(document.metadata.documentNumber).toBe("169/1998/TT-BTC");
    expect(document.metadata.issuedOn).toBe("1998-12-22");
    expect(document.metadata.issuer).toBe("Bộ Tài chính");
    // The subject is the next line's, not the maker's line run into it (in capitals or not: one page
    // gives too little to tell the capital font's words).
    expect(document.metadata.subject?.toLowerCase()).toMatch(/^hướng dẫn chế độ thuế áp dụng/u);
  });
});

describe("a header whose right column wraps to the left margin (tests/fixtures/layouts/about.md)", async () => {
  const document = await layoutPdf("libreoffice-print-header-columns-wrapped.pdf");

  it("keeps the quốc hiệu's wrapped half out of the issuer, and joins the date to its place", () => {
    // "ỦY BAN NHÂN DÂN" ⏎ "NGHĨA VIỆT NAM" ⏎ "TỈNH BÌNH PHƯỚC" in the left column.
    expect(document.metadata.issuer).toBe("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC");
    // "14 tháng5 năm 2008" read before "Đồng Xoài, ngày".
    expect(document.metadata.place).toBe("Đồng Xoài");
    expect(document.metadata.issuedOn).toBe("2008-05-14");
    expect(document.metadata.documentNumber).toBe("991/QĐ-UBND");
  });
});
