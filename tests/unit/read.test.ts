import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/stages/read/decode.js";
import { InputError } from "../../src/stages/read/input-error.js";
import { read } from "../helpers.js";

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decoding", async () => {
  it("strips a UTF-8 BOM", async () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Số: 01")]))).toBe("Số: 01");
  });
  it("decodes UTF-16 LE and BE with a BOM", async () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x53, 0x00, 0x1b, 0x1ed1 & 0xff, 0x3a, 0x00).subarray(0, 4))).toBe(
      "S",
    );
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x53, 0x1e, 0xd1))).toBe("Số");
  });
  it.each([
    [bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31), /PDF/],
    [bytes(0x50, 0x4b, 0x03, 0x04, 0x14), /ZIP/],
    [bytes(0x41, 0x00, 0x42), /NUL byte/],
    [bytes(0x41, 0xc3, 0x28), /not valid UTF-8/],
    [bytes(), /empty/],
    [utf8("  \n \n"), /white space/],
  ])("refuses input that is not text (%#)", (input, reason) => {
    expect(() => decodeText(input)).toThrow(InputError);
    expect(() => decodeText(input)).toThrow(reason);
  });
});

describe("paragraph assembly", async () => {
  it("joins hard-wrapped lines into one paragraph", async () => {
    const text = [
      "Căn cứ Kết luận số 96-KL/TW ngày 30 tháng 9 năm 2024 của Bộ Chính",
      "trị về tiếp tục thực hiện Nghị quyết số 45-NQ/TW ngày 24 tháng 01 năm 2019",
      "của Bộ Chính trị khóa XII về xây dựng và phát triển thành phố Hải Phòng đến",
      "năm 2030, tầm nhìn đến năm 2045;",
    ].join("\n");
    const blocks = (await read(text)).blocks;
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ kind: "text", lines: [1, 2, 3, 4] });
  });
  it("continues a paragraph across a page break when the next line starts in lower case", async () => {
    const blocks = (
      await read(
        "1. Quán triệt, thực hiện nghiêm các Nghị quyết;\n\nbám sát, thực hiện quyết liệt.\n\n2. Phân tích",
      )
    ).blocks;
    expect(blocks.map((b) => b.lines)).toEqual([[1, 3], [5]]);
  });
  it("never joins a line that opens a block", async () => {
    const blocks = (
      await read(
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị quyết số 45-NQ/TW;\nQUYẾT NGHỊ:",
      )
    ).blocks;
    expect(blocks).toHaveLength(3);
  });
  it("keeps short upper-case lines (a signature) apart", async () => {
    const blocks = (await read("TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG")).blocks;
    expect(blocks).toHaveLength(3);
  });
});

describe("footnotes", async () => {
  it("takes superscript markers out of the text and keeps the body as a footnote", async () => {
    const blocks = (
      await read("tăng 11,01%, gấp 1,55 lần cả nước¹, đứng thứ 3.\n\n¹ Tăng trưởng cả nước ước đạt 7,09%")
    ).blocks;
    expect(blocks[0]).toMatchObject({
      kind: "text",
      text: "tăng 11,01%, gấp 1,55 lần cả nước, đứng thứ 3.",
      footnoteRefs: [{ label: "1", offset: 33 }],
    });
    expect(blocks[1]).toMatchObject({
      kind: "footnote",
      label: "1",
      text: "Tăng trưởng cả nước ước đạt 7,09%",
    });
  });
  it("reads PDF-style footnotes under a rule and unglues markers from words and years", async () => {
    const rule = " ".repeat(41);
    const text = [
      "Thành ủy tiếp tục thực hiện nghiêm túc các Nghị quyết về xây dựng, chỉnh",
      "đốn Đảng1 gắn với học tập trong giai đoạn 2021 - 20252 và các năm",
      "",
      rule,
      "1 Nghị quyết Trung ương 4 khóa XI, khóa XII và Kết luận số 21-KL/TW của",
      "Hội nghị Trung ương 4 khóa XIII.",
      "2 Kết luận số 01-KL/TW của Bộ Chính trị.",
      " tiếp theo của nhiệm kỳ.",
    ].join("\n");
    const blocks = (await read(text)).blocks;
    const para = blocks.find((b) => b.kind === "text")!;
    expect(para).toMatchObject({ lines: [1, 2, 8] });
    expect(para.kind === "text" && para.text).toContain(
      "chỉnh đốn Đảng gắn với học tập trong giai đoạn 2021 - 2025 và các năm tiếp theo",
    );
    expect(para.kind === "text" && para.footnoteRefs?.map((r) => r.label)).toEqual(["1", "2"]);
    expect(
      blocks.filter((b) => b.kind === "footnote").map((b) => [b.kind === "footnote" && b.label, b.lines]),
    ).toEqual([
      ["1", [5, 6]],
      ["2", [7]],
    ]);
  });
  it("keeps a printed page number apart as page furniture", async () => {
    const blocks = (await read("đoạn văn trước trang\n\n\n3\n\nđoạn văn sau")).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(["text", "furniture"]);
    expect(blocks[0]!.lines).toEqual([1, 6]);
  });
});

describe("tables in text", async () => {
  it("reads one row per line with tabs, across a repeated header", async () => {
    const text = "TT\tNội dung\tCơ quan\n1\tRà soát\tBộ Nội vụ\n\nTT\tNội dung\tCơ quan\n2\tXây dựng\tUBND";
    const [table] = (await read(text)).blocks;
    expect(table).toMatchObject({ kind: "table", layout: "tab-rows" });
    expect(table!.kind === "table" && table!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["TT", "Nội dung", "Cơ quan"],
      ["1", "Rà soát", "Bộ Nội vụ"],
      ["TT", "Nội dung", "Cơ quan"],
      ["2", "Xây dựng", "UBND"],
    ]);
  });
  it("reads one cell per line with blank lines between rows and wrapped cells", async () => {
    const text =
      "\t3.1\n\tHuy động vốn\n\tUBND thành phố\n\tTrong quá trình thực hiện Nghị\nquyết\n\n\t3.2\n\tHuy động nguồn lực\n\tBộ Giao thông vận tải\n\tQuý IV/2021";
    const [table] = (await read(text)).blocks;
    expect(table).toMatchObject({ kind: "table", layout: "tab-cells" });
    expect(table!.kind === "table" && table!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["3.1", "Huy động vốn", "UBND thành phố", "Trong quá trình thực hiện Nghị quyết"],
      ["3.2", "Huy động nguồn lực", "Bộ Giao thông vận tải", "Quý IV/2021"],
    ]);
  });
});

describe("a blank form's rows in text", async () => {
  // Thông tư 99/1998/TT-BTC, Mẫu số 1a: the labels are filled, the value cells left blank, and each
  // row keeps the tabs of its empty cells. Rows, not one cell per line run together.
  it("reads a row that keeps the tabs of its empty cells as a row", async () => {
    const text = [
      "CHỈ TIÊU:\tThực hiện 9 tháng\tƯớc quý IV\tƯớc cả năm\tDự kiến năm nay\t",
      "1.Tổng doanh thu\t\t\t\t\t",
      "2. Các khoản giảm trừ\t\t\t\t\t",
      "3. Doanh thu thuần (1 - 2)\t\t\t\t\t",
      "4. Chi phí SX, KD hợp lý\t\t\t\t\t",
      "5. Thu nhập chịu thuế từ hoạt động SX, KD (3 - 4)\t\t\t\t\t",
    ].join("\n");
    const [table] = (await read(text)).blocks;
    expect(table).toMatchObject({ kind: "table", layout: "tab-rows" });
    expect(table!.kind === "table" && table!.rows.map((r) => r.cells[0]!.text)).toEqual([
      "CHỈ TIÊU:",
      "1.Tổng doanh thu",
      "2. Các khoản giảm trừ",
      "3. Doanh thu thuần (1 - 2)",
      "4. Chi phí SX, KD hợp lý",
      "5. Thu nhập chịu thuế từ hoạt động SX, KD (3 - 4)",
    ]);
  });
});

describe("Markdown", async () => {
  it("keeps escaped markers, drops emphasis and reads pipe tables", async () => {
    const md =
      "**NGHỊ QUYẾT**\n\n1\\. Mục đích\n\n\\- ý một\n\n| TT | Nội dung |\n| --- | --- |\n| 1 | Rà soát |\n";
    const blocks = (await read(md, "markdown")).blocks;
    expect(blocks.map((b) => (b.kind === "text" ? b.text : b.kind))).toEqual([
      "NGHỊ QUYẾT",
      "1. Mục đích",
      "- ý một",
      "table",
    ]);
    expect(blocks[0]).toMatchObject({ strong: true, lines: [1] });
    // The delimiter row is markup: it belongs to no block.
    expect(blocks[3]).toMatchObject({ kind: "table", layout: "pipe", lines: [7, 9] });
  });
  it("splits a header block made of lone | lines into its cells", async () => {
    const md = "|\nCHÍNH PHỦ\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n";
    const blocks = await read(md, "markdown");
    expect(blocks.blocks.map((b) => b.kind === "text" && b.text)).toEqual([
      "CHÍNH PHỦ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ]);
    expect(blocks.contentLines).toEqual([2, 4]);
  });
  it("turns GFM footnotes into footnote blocks and references", async () => {
    const blocks = (
      await read("Tăng trưởng đạt 7%[^1] năm 2024.\n\n[^1]: Theo số liệu ước tính.\n", "markdown")
    ).blocks;
    expect(blocks[0]).toMatchObject({
      text: "Tăng trưởng đạt 7% năm 2024.",
      footnoteRefs: [{ label: "1", offset: 18 }],
    });
    expect(blocks[1]).toMatchObject({ kind: "footnote", label: "1", text: "Theo số liệu ước tính." });
  });
});

describe("superscripts that are not footnotes", async () => {
  it("keeps the square metre of 'm²' as printed", async () => {
    const [block] = (await read("Diện tích nhà ở bình quân đạt khoảng 37,17m² sàn/người.")).blocks;
    expect(block).toMatchObject({ text: "Diện tích nhà ở bình quân đạt khoảng 37,17m² sàn/người." });
    expect(block!.kind === "text" && block!.footnoteRefs).toBeFalsy();
  });
});

describe("tabs that only indent", async () => {
  const { textLines } = await import("../../src/stages/read/text/lines.js");
  it("make paragraphs, even one after another, not one-cell table rows; a tabbed grid stays a table", () => {
    const lines = textLines("\tCăn cứ Luật Tổ chức Chính phủ;\n\n \tCăn cứ Pháp lệnh số 12/1999;\n");
    expect(lines.filter((l) => l.kind !== "blank").map((l) => [l.kind, l.text])).toEqual([
      ["content", "Căn cứ Luật Tổ chức Chính phủ;"],
      ["content", "Căn cứ Pháp lệnh số 12/1999;"],
    ]);
    const bullets = textLines("\t- Doanh nghiệp Nhà nước;\n\t- Công ty cổ phần;\n\t- Hợp tác xã.\n");
    expect(bullets.map((l) => l.kind)).toEqual(["content", "content", "content"]);
    const grid = textLines(
      "TT\tNội dung\tGhi chú\n\tcòn tiếp\t\n1\tLập kế hoạch\tQuý I\n\n\t3.1\n\tHuy động vốn\n",
    );
    expect(grid.map((l) => l.kind)).toEqual(["table", "table", "table", "blank", "table", "table"]);
  });
});
