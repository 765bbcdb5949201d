import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertFile } from "../../src/index.js";

// The political report's PHỤ LỤC 4 (samples/): "(01) Dự án …;" entries under "1. Các dự án, công
// trình thành phố chủ trì …" and "2. … phối hợp thực hiện", no grid at all.
const REPORT = join(import.meta.dirname, "..", "..", "samples", "bao-cao-chinh-tri-hai-phong-2025.txt");

describe("an appendix that is a list of projects, not a grid", async () => {
  const { document } = await convertFile(REPORT, { ocr: "off" });
  const appendix = document.appendices.find((a) => a.label === "PHỤ LỤC 4")!;
  const table = appendix.tables.find((t) => t.id.endsWith("/list"))!;

  it("reads every entry as a record of a projects table, in its group", () => {
    expect(table.kind).toBe("projects");
    expect(table.records).toHaveLength(86);
    expect(table.groups.map((g) => g.title)).toEqual([
      "1. Các dự án, công trình thành phố chủ trì triển khai, thực hiện",
      "2. Các dự án, công trình thành phố phối hợp thực hiện",
    ]);
    const first = table.records[0]!;
    expect(first).toMatchObject({
      no: "(01)",
      group: ["1. Các dự án, công trình thành phố chủ trì triển khai, thực hiện"],
    });
    expect(first.kind === "projects" && first.project).toBe(
      "Dự án phát triển thành phố Hải Phòng thích ứng với biến đổi khí hậu",
    );
    // Numbers restart under the second group: ids stay apart.
    expect(new Set(table.records.map((r) => r.id)).size).toBe(86);
  });

  it("types the place and the period an entry states, and nothing it does not", () => {
    const byNo = (group: number, no: string) => table.records.filter((r) => r.no === no)[group]!;
    expect(byNo(0, "(21)").cells).toMatchObject({
      project:
        "Dự án đầu tư xây dựng Công viên Tượng đài Chiến thắng Cát Bi tại Cảng Hàng không quốc tế Cát Bi",
      place: "Cảng Hàng không quốc tế Cát Bi",
    });
    expect(byNo(0, "(24)").cells["deadline"]).toBe("giai đoạn I");
    expect(byNo(0, "(01)").cells).toMatchObject({ place: "", deadline: "", lead: "" });
  });

  it("says so, and leaves the appendices that hold grids alone", () => {
    expect(document.diagnostics.some((d) => d.ruleId === "list-table" && d.line === 3582)).toBe(true);
    const lists = document.appendices.flatMap((a) => a.tables).filter((t) => t.id.endsWith("/list"));
    expect(lists).toHaveLength(1);
  });
});

describe("a form's numbered fields", () => {
  it("are no list: they wait for answers", async () => {
    const { convertText } = await import("../helpers.js");
    const doc = await convertText(
      [
        "Phụ lục",
        "MẪU ĐƠN ĐỀ NGHỊ",
        "1. Họ và tên: ……………………",
        "2. Ngày sinh: ……………………",
        "3. Địa chỉ: ……………………",
        "4. Số điện thoại: ……………",
        "5. Nội dung đề nghị: ……………",
      ].join("\n"),
    );
    expect(doc.appendices.flatMap((a) => a.tables)).toEqual([]);
  });
});
