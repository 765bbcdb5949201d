import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import readExcelFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { allTables } from "../../src/batch/render.js";
import { tableToCsv } from "../../src/emit/csv.js";
import { tablesToXlsx } from "../../src/emit/xlsx.js";
import { zipEntries } from "../../src/zip/central-directory.js";
import type { LegalDocument } from "../../src/model/document.js";
import { convert } from "../../src/pipeline/runner.js";

const ROOT = join(import.meta.dirname, "..", "..");
async function sample(name: string): Promise<LegalDocument> {
  const path = `samples/${name}.txt`;
  return (await convert({ bytes: new Uint8Array(readFileSync(join(ROOT, path))), path, format: "text" }))
    .document;
}

describe("records per sample table", async () => {
  it.each([
    [
      "07-NQ-CP-2025",
      [
        ["appendix-I/table-1", "tasks", 10],
        ["appendix-II/table-1", "projects", 6],
      ],
    ],
    [
      "03-CT-UBND-2025",
      [
        ["appendix-I/table-1", "indicators", 32],
        ["appendix-II/table-1", "matrix", 11],
        ["appendix-III/table-1", "indicators", 75],
        ["appendix-IV/table-1", "tasks", 48],
        ["appendix-V/table-1", "projects", 24],
      ],
    ],
    ["20-CTr-TU-2026", [["appendix/table-1", "tasks", 56]]],
    ["108-NQ-CP-2019", [["appendix/table-1", "tasks", 31]]],
    [
      "bao-cao-chinh-tri-hai-phong-2025",
      [
        ["appendix-1/table-1", "indicators", 31],
        ["appendix-1/table-2", "indicators", 41],
        // Phụ lục 4 is a list: (01)–(73) under "1.", (01)–(13) under "2.".
        ["appendix-4/list", "projects", 86],
      ],
    ],
  ] as const)("%s", async (name, expected) => {
    const tables = allTables(await sample(name));
    expect(tables.map((t) => [t.id, t.kind, t.records.length])).toEqual(expected);
  });

  it("keeps the lead agencies of a 07/NQ-CP task as a list with the catch-all apart", async () => {
    const task = allTables(await sample("07-NQ-CP-2025"))[0]!.records.find((r) => r.no === "7")!;
    expect(
      task.kind === "tasks" && [
        task.lead?.agencies,
        task.partners?.agencies,
        task.partners?.catchAll,
        task.deadline?.year,
      ],
    ).toEqual([
      ["UBND thành phố Hải Phòng"],
      ["Bộ Kế hoạch và Đầu tư"],
      "các bộ, ngành, cơ quan có liên quan",
      2024,
    ]);
  });
});

describe("results tables flattened by PDF-to-text (the report's Phụ lục 1)", async () => {
  const [hp, hd] = allTables(await sample("bao-cao-chinh-tri-hai-phong-2025"));
  const row = (t: typeof hp, no: string) => t!.records.find((r) => r.no === no)!;

  it("reads target, achieved value, unit and verdict from cells wrapped over many lines", async () => {
    const grdp = row(hp, "2");
    expect(
      grdp.kind === "indicators" && [
        grdp.indicator,
        grdp.unit,
        grdp.values["plan"]?.value,
        grdp.values["achieved"]?.value,
        grdp.evaluation?.verdict,
      ],
    ).toEqual(["GRDP bình quân đầu người (theo giá hiện hành)", "USD/người", 11800, 9486, "notAchieved"]);
  });

  it("keeps a footnote marker glued to a cell out of the text and on the record", async () => {
    const growth = row(hp, "1");
    expect(
      growth.kind === "indicators" && [growth.indicator, growth.values["plan"]?.raw, growth.footnotes],
    ).toEqual(["Tốc độ tăng trưởng GRDP (giá so sánh 2010)", "14,5%/năm", ["109"]]);
  });

  it("drops the header repeated at each page break and reads group letters as groups", async () => {
    expect(hp!.records.some((r) => /Nội dung|Bình quân/.test(Object.values(r.cells).join(" ")))).toBe(false);
    expect(hp!.groups.map((g) => g.title)).toEqual([
      "A. Chỉ tiêu kinh tế",
      "B. Các chỉ tiêu xã hội",
      "C. Chỉ tiêu môi trường",
    ]);
  });

  it("places three values under target 2021-2025, target 2030 and achieved, and two under target and achieved", async () => {
    const income = row(hd, "2");
    const villages = row(hd, "8");
    const values = (r: typeof income) =>
      r.kind === "indicators"
        ? Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, v?.value ?? null]))
        : null;
    expect(values(income)).toEqual({ "muc-tieu-2021-2025": 85, "muc-tieu-den-2030": 140, achieved: 85.2 });
    expect(values(villages)).toEqual({ "muc-tieu-2021-2025": 20, "muc-tieu-den-2030": null, achieved: 20.2 });
  });

  it("keeps unnumbered indicators and units the vocabulary does not know as their own records", async () => {
    const doctors = hd!.records.find(
      (r) => r.kind === "indicators" && r.indicator === "Số bác sĩ/1 vạn dân",
    )!;
    expect(doctors.kind === "indicators" && [doctors.unit, doctors.evaluation?.verdict]).toEqual([
      "Bác sĩ",
      "exceeded",
    ]);
  });
});

describe("CSV", async () => {
  const table = allTables(await sample("03-CT-UBND-2025"))[0]!;
  it("is UTF-8 with a BOM, CRLF and RFC 4180 quoting", async () => {
    const csv = tableToCsv(table);
    expect(csv.startsWith("\uFEFFTT,Chỉ tiêu / Cơ quan chủ trì báo cáo,Đơn vị tính,Kế hoạch năm 2025,")).toBe(
      true,
    );
    expect(csv).toContain(
      '\r\n1,"Tốc độ tăng trưởng tổng sản phẩm trên địa bàn GRDP (giá so sánh 2010), bao gồm:",%,"12,50",',
    );
  });
  it("neutralises cells a spreadsheet would take for formulas, unless told not to", async () => {
    expect(tableToCsv(table)).toContain(",'- Công nghiệp và xây dựng,");
    expect(tableToCsv(table, { neutralize: false })).toContain(",- Công nghiệp và xây dựng,");
  });
});

describe("XLSX", async () => {
  it("holds one sheet per table with the printed header, group rows and typed cells", async () => {
    const tables = allTables(await sample("03-CT-UBND-2025"));
    const file = join(mkdtempSync(join(tmpdir(), "vanban-xlsx-")), "tables.xlsx");
    writeFileSync(file, await tablesToXlsx(tables));
    const sheets = await readExcelFile(file);
    expect(sheets.map((s) => s.sheet)).toEqual([
      "PL I - 1",
      "PL II - 1",
      "PL III - 1",
      "PL IV - 1",
      "PL V - 1",
    ]);
    const first = sheets[0]!.data;
    expect(first[0]).toEqual([
      "TT",
      "Chỉ tiêu / Cơ quan chủ trì báo cáo",
      "Đơn vị tính",
      "Kế hoạch năm 2025",
      "Cơ quan chủ trì theo dõi, đánh giá",
    ]);
    expect(first[1]![0]).toBe("I. Chỉ tiêu kinh tế");
    expect(first[2]).toEqual([
      "1",
      "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn GRDP (giá so sánh 2010), bao gồm:",
      "%",
      12.5,
      "Sở Kế hoạch và Đầu tư, Cục Thống kê thành phố",
    ]);
    expect(first[3]![1]).toBe("- Công nghiệp và xây dựng");
    const matrix = sheets[1]!.data;
    expect(matrix[0]![2]).toBe("Kịch bản tăng trưởng GRDP năm 2025 / Quý I");
  });
});

describe("tables.xlsx", () => {
  it("is the same bytes on every run: no entry carries the time it was written", async () => {
    const tables = allTables(await sample("03-CT-UBND-2025"));
    const bytes = new Uint8Array(await tablesToXlsx(tables));
    const entries = zipEntries(bytes);
    expect(entries.length).toBeGreaterThan(5);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // DOS date 1980-01-01 (0x21), time 00:00, in the central directory and every local header.
    for (const e of entries) {
      expect([view.getUint16(e.central + 12, true), view.getUint16(e.central + 14, true)]).toEqual([0, 0x21]);
      expect([view.getUint16(e.offset + 10, true), view.getUint16(e.offset + 12, true)]).toEqual([0, 0x21]);
    }
    expect(Buffer.from(await tablesToXlsx(tables)).equals(Buffer.from(bytes))).toBe(true);
  });
});
