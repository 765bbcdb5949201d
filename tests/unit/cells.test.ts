import { describe, expect, it } from "vitest";
import { parseAgencies } from "../../src/text/agencies.js";
import { parseDeadline } from "../../src/text/deadlines.js";
import { parseQuantity } from "../../src/text/quantity.js";

describe("agency lists", async () => {
  it("splits named agencies from the catch-all without splitting 'và' inside a ministry's name", async () => {
    expect(
      parseAgencies("Bộ Kế hoạch và Đầu tư, UBND thành phố Hải Phòng và các bộ, ngành liên quan"),
    ).toEqual({
      raw: "Bộ Kế hoạch và Đầu tư, UBND thành phố Hải Phòng và các bộ, ngành liên quan",
      agencies: ["Bộ Kế hoạch và Đầu tư", "UBND thành phố Hải Phòng"],
      catchAll: "các bộ, ngành liên quan",
    });
  });
  it("keeps commas inside a ministry's name", async () => {
    expect(
      parseAgencies("Bộ Văn hóa, Thể thao và Du lịch, Bộ Kế hoạch và Đầu tư và bộ, ngành liên quan")
        ?.agencies,
    ).toEqual(["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Kế hoạch và Đầu tư"]);
    expect(parseAgencies("Bộ Lao động - Thương binh và Xã hội")?.agencies).toEqual([
      "Bộ Lao động - Thương binh và Xã hội",
    ]);
  });
  it("splits agencies joined by a slash", async () => {
    expect(parseAgencies("Bộ Giao thông vận tải/UBND thành phố Hải Phòng")?.agencies).toEqual([
      "Bộ Giao thông vận tải",
      "UBND thành phố Hải Phòng",
    ]);
  });
  it("reads a cell that is only a catch-all", async () => {
    expect(parseAgencies("Các bộ, ngành và cơ quan có liên quan")).toMatchObject({
      agencies: [],
      catchAll: "Các bộ, ngành và cơ quan có liên quan",
    });
  });
});

describe("deadlines", async () => {
  it.each([
    ["Quý II/2025", { year: 2025, quarter: 2 }],
    ["Quý 1/2022", { year: 2022, quarter: 1 }],
    ["Tháng 6/2025", { year: 2025, month: 6 }],
    ["2025-2030", { from: 2025, to: 2030, year: null }],
    ["Giai đoạn 2021 - 2025", { from: 2021, to: 2025 }],
    ["Năm 2025", { year: 2025 }],
    ["Hằng năm", { recurring: true, year: null }],
    ["Định kỳ hàng năm (từ năm 2019)", { recurring: true, from: 2019, year: null }],
    ["Sau năm 2030", { from: 2030, year: null }],
    [
      "Trong quá trình thực hiện Nghị quyết",
      { year: null, quarter: null, month: null, from: null, to: null, recurring: false },
    ],
  ])("reads %j", (raw, expected) => {
    expect(parseDeadline(raw)).toMatchObject({ raw, ...expected });
  });
  it("never guesses a quarter that is not one (Quý 11/2022)", async () => {
    expect(parseDeadline("Quý 11/2022")).toMatchObject({ quarter: null, year: 2022 });
  });
});

describe("quantities in cells", async () => {
  it.each([
    ["12,50", "eq", 12.5, null, null],
    ["9.486", "eq", 9486, null, null],
    ["> 10", "gt", 10, null, null],
    [">10", "gt", 10, null, null],
    ["≤ 3,5", "lte", 3.5, null, null],
    ["< 8", "lt", 8, null, null],
    ["45-46", "range", 45, 46, null],
    ["51.000, phần đầu 55.000", "eq", 51000, null, 55000],
    ["11.887.000 (500 triệu USD)", "eq", 11887000, null, null],
  ])("reads %j", (raw, comparator, value, valueMax, stretch) => {
    expect(parseQuantity(raw)).toEqual({ raw, comparator, value, valueMax, stretch });
  });
  it.each(["15/15", "Không đạt", ""])("does not invent a value from %j", async (raw) => {
    expect(parseQuantity(raw)).toBeNull();
  });
});
