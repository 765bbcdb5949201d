import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LegalDocument } from "../../src/model/document.js";
import { convert } from "../../src/pipeline/runner.js";
import { clausesOf, targetsInClause } from "../../src/stages/targets/clauses.js";
import { buildTimeline } from "../../src/timeline/build.js";
import { indicatorKey } from "../../src/text/indicator-key.js";
import { parsePeriod } from "../../src/text/periods.js";
import { normalizeUnit } from "../../src/text/units.js";

const ROOT = join(import.meta.dirname, "..", "..");
async function sample(name: string): Promise<LegalDocument> {
  const path = `samples/${name}.txt`;
  return (await convert({ bytes: new Uint8Array(readFileSync(join(ROOT, path))), path, format: "text" }))
    .document;
}
function read(text: string) {
  return clausesOf(text).flatMap((c) => targetsInClause(c.text, c.detail));
}
const brief = (text: string) =>
  read(text).map((t) => [t.indicator, t.comparator, t.value, t.valueMax, t.stretch, t.unitRaw]);

describe("numbers and comparators in target sentences", async () => {
  it.each([
    ["GRDP bình quân/người đạt 14.740 USD", ["GRDP bình quân/người", "eq", 14740, null, null, "USD"]],
    ["GRDP bình quân/người đạt 29.900USD", ["GRDP bình quân/người", "eq", 29900, null, null, "USD"]],
    ["tốc độ tăng trưởng tối thiểu là 13%", ["tốc độ tăng trưởng", "gte", 13, null, null, "%"]],
    [
      "Thu ngân sách đạt 180.000 đến 190.000 tỷ đồng",
      ["Thu ngân sách", "range", 180000, 190000, null, "tỷ đồng"],
    ],
    ["đóng góp của TFP vào GRDP từ 44% - 45%", ["đóng góp của TFP vào GRDP", "range", 44, 45, null, "%"]],
    ["Năng suất lao động tăng 05 - 06%/năm", ["Năng suất lao động", "range", 5, 6, null, "%/năm"]],
    [
      "Tăng trưởng GRDP đạt bình quân 13%/năm trở lên, phấn đấu đạt 14%/năm",
      ["Tăng trưởng GRDP", "gte", 13, null, 14, "%/năm"],
    ],
    [
      "Kim ngạch xuất khẩu đạt 51.000, phấn đấu 55.000 triệu USD",
      ["Kim ngạch xuất khẩu", "eq", 51000, null, 55000, "triệu USD"],
    ],
    ["Tỷ lệ thất nghiệp dưới 3,5%", ["Tỷ lệ thất nghiệp", "lt", 3.5, null, null, "%"]],
    ["Tỷ lệ nợ xấu không quá 3%", ["Tỷ lệ nợ xấu", "lte", 3, null, null, "%"]],
    ["Tỷ lệ đô thị hóa đạt khoảng 55%", ["Tỷ lệ đô thị hóa", "approx", 55, null, null, "%"]],
    ["Tỷ trọng kinh tế số lớn hơn 40%", ["Tỷ trọng kinh tế số", "gt", 40, null, null, "%"]],
    ["Tổng vốn đầu tư đạt 2,4 triệu tỷ đồng", ["Tổng vốn đầu tư", "eq", 2.4, null, null, "triệu tỷ đồng"]],
    ["Chỉ số phát triển con người đạt 0,8", ["Chỉ số phát triển con người", "eq", 0.8, null, null, null]],
    ["Thu ngân sách đạt 118.079,279 tỷ đồng", ["Thu ngân sách", "eq", 118079.279, null, null, "tỷ đồng"]],
    ["Hệ số đạt 9,866", ["Hệ số", "eq", 9.866, null, null, null]],
    [
      "Số doanh nghiệp mới đạt 9.486 doanh nghiệp",
      ["Số doanh nghiệp mới", "eq", 9486, null, null, "doanh nghiệp"],
    ],
    ["Tỷ lệ che phủ rừng đạt 45-46%", ["Tỷ lệ che phủ rừng", "range", 45, 46, null, "%"]],
    ["Tỷ lệ nghèo đa chiều ≤ 3,5%", ["Tỷ lệ nghèo đa chiều", "lte", 3.5, null, null, "%"]],
    ["Tăng trưởng tín dụng > 10%", ["Tăng trưởng tín dụng", "gt", 10, null, null, "%"]],
    ["Lạm phát < 8%", ["Lạm phát", "lt", 8, null, null, "%"]],
    ["Tỷ lệ điều tra đạt ít nhất 90%", ["Tỷ lệ điều tra", "gte", 90, null, null, "%"]],
  ] as const)("%s", (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it("never takes a year, a year span, a date or a document number for a value", async () => {
    expect((await read("Tăng trưởng GRDP giai đoạn 2026 - 2030 đạt 10%")).map((t) => t.value)).toEqual([10]);
    expect(
      (await read("Theo Nghị quyết số 21-NQ/TW ngày 16/6/2022, tỷ lệ kết nạp đạt 3%")).map((t) => t.value),
    ).toEqual([3]);
    expect(await read("Đến năm 2030 hoàn thành xây dựng đường vành đai")).toEqual([]);
  });

  it("keeps numbers in parentheses out (the count behind a percentage)", async () => {
    expect(
      brief("Phấn đấu đến năm 2030: 80% số xã (tương ứng 55/67 xã) đạt chuẩn nông thôn mới nâng cao"),
    ).toEqual([["số xã (tương ứng 55/67 xã) đạt chuẩn nông thôn mới nâng cao", "eq", 80, null, null, "%"]]);
  });

  it("reads a packed sentence into several targets, each with its own indicator", async () => {
    const text =
      "Một số chỉ tiêu cụ thể: Phấn đấu đưa tỷ trọng đóng góp vào GDP cả nước đạt khoảng 6,4%, đóng góp vào GRDP vùng là 23,7%; trong đó: tốc độ tăng trưởng GRDP tối thiểu là 13%, GRDP bình quân/người đạt 14.740 USD. Thu ngân sách nhà nước đạt 180.000 đến 190.000 tỷ đồng.";
    expect(read(text).map((t) => [t.indicator, t.value])).toEqual([
      ["đưa tỷ trọng đóng góp vào GDP cả nước", 6.4],
      ["đóng góp vào GRDP vùng", 23.7],
      ["tốc độ tăng trưởng GRDP", 13],
      ["GRDP bình quân/người", 14740],
      ["Thu ngân sách nhà nước", 180000],
    ]);
  });

  it("marks what follows 'trong đó' as a detail of the target before, up to the end of the sentence", async () => {
    const targets = await read(
      "Tăng trưởng GRDP đạt 13%/năm; trong đó công nghiệp - xây dựng tăng 15,2%/năm; dịch vụ tăng 10,9%/năm. Thu ngân sách đạt 245.500 tỷ đồng",
    );
    expect(targets.map((t) => [t.indicator, t.detail])).toEqual([
      ["Tăng trưởng GRDP", false],
      ["công nghiệp - xây dựng", true],
      ["dịch vụ", true],
      ["Thu ngân sách", false],
    ]);
  });
});

describe("periods, units and indicator keys", async () => {
  it.each([
    ["giai đoạn 2026 - 2030", 2026, 2030, false],
    ["đến năm 2030", null, 2030, false],
    ["Kế hoạch năm 2025", 2025, 2025, false],
    ["hằng năm", null, null, true],
  ] as const)("period of %s", (text, from, to, recurring) => {
    expect(parsePeriod(text)).toMatchObject({ from, to, recurring });
  });

  it("normalises printed units", async () => {
    expect(["Tr.đồng", "Triệu đồng", "% / năm", "USD/ người", "Tỷ USD"].map(normalizeUnit)).toEqual([
      "triệu đồng",
      "triệu đồng",
      "%/năm",
      "USD/người",
      "tỷ USD",
    ]);
  });

  it("gives one key to the spellings of one indicator, and different keys to different indicators", async () => {
    const grdp = [
      "GRDP bình quân đầu người",
      "GRDP bình quân/người",
      "GRDP/người",
      "GRDP bình quân đầu người năm 2030 (giá hiện hành)",
    ].map(indicatorKey);
    expect(new Set(grdp).size).toBe(1);
    expect(indicatorKey("Tốc độ tăng trưởng GRDP (giá so sánh 2010)")).toBe(
      indicatorKey("Tăng trưởng GRDP giai đoạn 2026 - 2030"),
    );
    expect(indicatorKey("Tỷ lệ đô thị hóa")).not.toBe(indicatorKey("Tỷ lệ hộ nghèo"));
    expect(indicatorKey("Thu nội địa")).not.toBe(indicatorKey("Thu ngân sách nhà nước"));
  });
});

describe("targets in the samples", async () => {
  it("finds all 35 numbered targets of 20-CTr/TU with their values, units and periods", async () => {
    const doc = await sample("20-CTr-TU-2026");
    const items = new Set(doc.targets.map((t) => t.source.nodeId).filter((id) => /\(\d+\)$/.test(id)));
    expect(items.size).toBe(35);
    const per = doc.targets.find((t) => t.indicatorKey === "grdp dau nguoi")!;
    expect([per.value, per.unit, per.period?.to]).toEqual([11247, "USD/người", 2030]);
    const growth = doc.targets.find(
      (t) => t.indicatorKey === "tang truong grdp" && t.source.nodeId.endsWith("(1)"),
    )!;
    expect([
      growth.comparator,
      growth.value,
      growth.stretch,
      growth.unit,
      growth.period?.from,
      growth.period?.to,
      growth.period?.average,
    ]).toEqual(["gte", 13, 14, "%/năm", 2026, 2030, true]);
  });

  it("takes the period of 108/NQ-CP's targets from the heading above them ('a) Giai đoạn từ nay đến năm 2025:')", async () => {
    const doc = await sample("108-NQ-CP-2019");
    const per = doc.targets
      .filter((t) => t.indicatorKey === "grdp dau nguoi")
      .map((t) => [t.value, t.period?.to]);
    expect(per).toEqual([
      [14740, 2025],
      [29900, 2030],
    ]);
    expect(
      doc.targets.every((t) => t.value === null || t.value < 1900 || t.value > 2100 || t.unit !== null),
    ).toBe(true);
  });

  it("reads target, achieved value and verdict from the report's results tables", async () => {
    const doc = await sample("bao-cao-chinh-tri-hai-phong-2025");
    const export_ = doc.targets.find(
      (t) => t.source.kind === "table" && t.indicatorKey === "kim ngach xuat khau",
    )!;
    expect([
      export_.value,
      export_.unit,
      export_.achieved?.value,
      export_.evaluation,
      export_.period?.from,
      export_.period?.to,
    ]).toEqual([35, "tỷ USD", 37, "exceeded", 2021, 2025]);
  });

  it("reports nothing from results sections written as prose, nor from sections of tasks and solutions", async () => {
    const doc = await sample("bao-cao-chinh-tri-hai-phong-2025");
    const textTargets = doc.targets.filter((t) => t.source.kind === "text");
    expect(
      textTargets.every((t) => !/^(A|I)\./.test(t.source.nodeId) || t.source.nodeId.includes("I.3")),
    ).toBe(true);
    expect(textTargets.some((t) => t.indicator.includes("Cách mạng Công nghiệp"))).toBe(false);
  });

  it("lines GRDP per head up across documents, ordered by date", async () => {
    const timeline = buildTimeline(
      await Promise.all(
        ["bao-cao-chinh-tri-hai-phong-2025", "20-CTr-TU-2026", "108-NQ-CP-2019", "03-CT-UBND-2025"].map(
          sample,
        ),
      ),
    );
    const grdp = timeline.indicators.find((i) => i.indicatorKey === "grdp dau nguoi")!;
    expect(grdp.documentCount).toBe(4);
    expect(grdp.rows.slice(0, 4).map((r) => [r.document, r.value])).toEqual([
      ["108/NQ-CP", 14740],
      ["108/NQ-CP", 29900],
      ["03/CT-UBND", 9486],
      ["20-CTr/TU", 11247],
    ]);
  });

  it("counts a document given twice (its text and its PDF) once", async () => {
    const doc = await sample("108-NQ-CP-2019");
    const copy = { ...doc, source: { ...doc.source, path: "samples/108-NQ-CP-2019-print.pdf" } };
    const timeline = buildTimeline([doc, copy, await sample("20-CTr-TU-2026")]);
    expect(timeline.documents.map((d) => d.path)).toEqual([
      "samples/108-NQ-CP-2019.txt",
      "samples/20-CTr-TU-2026.txt",
    ]);
    expect(timeline.indicators.find((i) => i.indicatorKey === "grdp dau nguoi")!.documentCount).toBe(2);
  });
});
