import { describe, expect, it } from "vitest";
import { Candidates } from "../../src/diff/candidates.js";
import { Corpus } from "../../src/diff/similarity.js";

describe("diff candidates", () => {
  // Twenty tasks that all say "tổ chức thực hiện"; two of them also name the same bridge.
  const olds = [
    "Xây dựng cầu Lạch Huyện 2 và tổ chức thực hiện",
    ...Array.from({ length: 19 }, (_, k) => `Nhiệm vụ số ${k} tổ chức thực hiện`),
  ];
  const news = [
    "Tổ chức thực hiện đầu tư cầu Lạch Huyện 2",
    ...Array.from({ length: 19 }, (_, k) => `Công việc ${k + 100} tổ chức thực hiện`),
  ];
  const corpus = new Corpus([...olds, ...news]);
  const c = new Candidates(
    olds.map((t) => corpus.vector(t)),
    news.map((t) => corpus.vector(t)),
    0.05,
    4,
  );

  it("pairs items through a distinctive term they share (the bridge)", () => {
    expect(c.forOld(0)).toContain(0);
    expect(c.forNew(0)).toContain(0);
  });

  it("opens no pair on boilerplate every item holds", () => {
    // "tổ chức thực hiện" is in all forty items: items 1–19 share nothing else across the sides.
    expect(c.forOld(5)).toEqual([]);
    expect(c.forNew(7)).toEqual([]);
  });

  it("opens no pair on boilerplate, however rare in the documents", () => {
    // Two tasks that share only "xây dựng đề án báo cáo Thủ tướng Chính phủ": different subjects.
    const a = ["Xây dựng đề án báo cáo Thủ tướng Chính phủ về cảng biển Nam Đồ Sơn"];
    const b = ["Xây dựng đề án báo cáo Thủ tướng Chính phủ về khu thương mại tự do"];
    const k = new Corpus([...a, ...b]);
    const only = new Candidates(
      a.map((t) => k.vector(t)),
      b.map((t) => k.vector(t)),
    );
    expect(only.forOld(0)).toEqual([]);
  });
});
