import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { consolidate } from "../../src/apply/consolidate.js";
import { findInstructions } from "../../src/apply/instructions.js";
import { formatRef, parseReferences } from "../../src/apply/references.js";
import { convertFile } from "../../src/batch/convert-file.js";
import { applyAndWrite } from "../../src/cli/apply.js";
import { diffDocuments } from "../../src/diff/index.js";
import { ApplyReport } from "../../src/model/apply.js";
import { LegalDocument } from "../../src/model/document.js";
import type { LegalNode } from "../../src/model/node.js";

const CORPUS = join(import.meta.dirname, "..", "corpus");
const load = async (name: string) => (await convertFile(join(CORPUS, name))).document;

function article(root: LegalNode, n: string): LegalNode | undefined {
  if (root.type === "article" && root.label?.replace(/\.$/, "") === `Điều ${n}`) return root;
  for (const c of root.children) {
    const hit = article(c, n);
    if (hit) return hit;
  }
  return undefined;
}
const labels = (n: LegalNode | undefined) =>
  n?.children.filter((c) => c.type === "clause").map((c) => c.label);

describe("places amendments name", () => {
  it.each([
    ["khoản 3 Điều 37 và khoản 3 Điều 39", {}, ["khoản 3 Điều 37", "khoản 3 Điều 39"]],
    ["các khoản 9, 10 và 11", { article: "3" }, ["khoản 9 Điều 3", "khoản 10 Điều 3", "khoản 11 Điều 3"]],
    ["điểm đ và điểm e khoản 1", { article: "36" }, ["điểm đ khoản 1 Điều 36", "điểm e khoản 1 Điều 36"]],
    ["khoản 4a, 4b và 4c", { article: "23" }, ["khoản 4a Điều 23", "khoản 4b Điều 23", "khoản 4c Điều 23"]],
    ["khoản 1, khoản 2 Điều 5", {}, ["khoản 1 Điều 5", "khoản 2 Điều 5"]],
    ["khoản 5 Điều 14; điểm b khoản 5 Điều 39", {}, ["khoản 5 Điều 14", "điểm b khoản 5 Điều 39"]],
    ["Điều 54a", {}, ["Điều 54a"]],
  ])("reads %j", (phrase, context, want) => {
    expect(parseReferences(phrase, context).map(formatRef)).toEqual(want);
  });
});

describe("vanban apply: Nghị định 359/2025 amends Nghị định 181/2025", async () => {
  const base = await load("nghi-dinh-181-ND-CP-2025_thue-gtgt_vbpl.html");
  const amending = await load("nghi-dinh-359-ND-CP-2025_sua-doi-nd181-thue-gtgt_vbpl.html");
  const { document, report } = consolidate(base, [amending]);

  // Read from NĐ 359's Điều 1: "1. Bổ sung khoản 1b sau khoản 1 Điều 4 như sau: “1b. …”" and
  // "2. Bãi bỏ khoản 3 Điều 37 và khoản 3 Điều 39."
  it("finds its two instructions and applies both", () => {
    expect(report.changes.map((c) => [c.at, c.kind, c.targets, c.status])).toEqual([
      ["Điều 1 khoản 1", "insert", ["khoản 1b Điều 4"], "applied"],
      ["Điều 1 khoản 2", "repeal", ["khoản 3 Điều 37", "khoản 3 Điều 39"], "applied"],
    ]);
    expect(() => ApplyReport.parse(report)).not.toThrow();
  });

  it("puts khoản 1b right after khoản 1 of Điều 4, with its points", () => {
    const a4 = article(document.body, "4")!;
    expect(labels(a4)!.slice(0, 3)).toEqual(["1.", "1b.", "2."]);
    const k1b = a4.children.find((c) => c.label === "1b.")!;
    expect(k1b.text).toMatch(/^Doanh nghiệp, hợp tác xã, liên hiệp hợp tác xã mua sản phẩm cây trồng/);
    expect(k1b.children.filter((c) => c.type === "point").map((c) => c.label)).toEqual(["a)", "b)", "c)"]);
    // The base is not touched.
    expect(labels(article(base.body, "4"))!.slice(0, 2)).toEqual(["1.", "2."]);
  });

  it("repeals khoản 3 of Điều 37 and of Điều 39, and nothing else", () => {
    expect(labels(article(document.body, "37"))).not.toContain("3.");
    expect(labels(article(document.body, "39"))).not.toContain("3.");
    expect(labels(article(base.body, "37"))).toContain("3.");
  });

  it("is a valid document.json that vanban diff shows as exactly these changes", () => {
    expect(() => LegalDocument.parse(document)).not.toThrow();
    const d = diffDocuments(base, document);
    const sections = d.changes.filter((c) => c.level === "section" && !c.types.includes("unchanged"));
    const added = sections.filter((c) => c.types.includes("added")).map((c) => c.new!.address);
    const removed = sections.filter((c) => c.types.includes("removed")).map((c) => c.old!.address);
    expect(added.filter((a) => !a.includes(".1b."))).toEqual(["Điều 4.1b"]);
    expect(removed.filter((a) => /^Điều \d+\.\d+$/.test(a))).toEqual(["Điều 37.3", "Điều 39.3"]);
    expect(sections.filter((c) => c.types.includes("reworded"))).toEqual([]);
  });
});

describe("vanban apply: Thông tư 67/2025 amends Thông tư 43/2025", async () => {
  const { document, report } = consolidate(
    await load("thong-tu-43-TT-BCT-2025_ky-thuat-an-toan-khai-thac-khoang-san.docx"),
    [await load("thong-tu-67-TT-BCT-2025_sua-doi-tt43-2025.docx")],
  );

  it("reads a heading over lettered instructions as their article, not as an instruction", () => {
    expect(report.changes.map((c) => [c.at, c.kind, c.targets, c.status])).toEqual([
      ["Điều 1 khoản 1", "replace", ["khoản 4 Điều 3", "khoản 5 Điều 3"], "applied"],
      ["Điều 1 khoản 2 điểm a", "replaceTitle", ["Điều 8"], "applied"],
      ["Điều 1 khoản 2 điểm b", "insert", ["khoản 6 Điều 8"], "applied"],
    ]);
  });

  it("gives Điều 8 its new title and a khoản 6 at its end", () => {
    const a8 = article(document.body, "8")!;
    expect(a8.title).toMatch(
      /^Hệ thống thiết bị, phương tiện trước khi đưa vào vận hành lần đầu trong mỏ hầm lò/,
    );
    expect(labels(a8)).toEqual(["1.", "2.", "3.", "4.", "5.", "6."]);
    expect(a8.children.at(-1)!.text).toMatch(/^Kiểm tra định kỳ đối với thiết bị, phương tiện/);
  });
});

describe("vanban apply: Nghị định 21/2026 amends an extract of Nghị định 193/2025", async () => {
  const amending = await load("nghi-dinh-21-ND-CP-2026_sua-doi-nd193-dia-chat-khoang-san.docx");
  const { report } = consolidate(await load("nghi-dinh-193-ND-CP-2025_dia-chat-khoang-san.docx"), [amending]);
  const at = (where: string) => report.changes.find((c) => c.at === where)!;

  it("reports every instruction, applied or not, and never applies one in silence", () => {
    expect(report.changes).toHaveLength(findInstructions(amending).length);
    expect(report.summary.applied + report.summary.partlyApplied + report.summary.notApplied).toBe(
      report.changes.length,
    );
    for (const c of report.changes.filter((x) => x.status !== "applied")) expect(c.reason).toBeTruthy();
  });

  it("says why: a new Mục, a phrase inserted, a chapter repealed", () => {
    expect(at("Điều 1 khoản 39")).toMatchObject({ status: "notApplied", kind: "unknown" });
    expect(at("Điều 1 khoản 39").reason).toMatch(/Mục, Chương, Phụ lục/);
    expect(at("Điều 2 khoản 1").reason).toMatch(/inserting a phrase/);
    // "Bãi bỏ khoản 5 Điều 14; …; Chương X; …": the clauses go, the chapter is named as left.
    expect(at("Điều 2 khoản 27")).toMatchObject({ status: "partlyApplied" });
    expect(at("Điều 2 khoản 27").reason).toMatch(/Chương X/);
  });

  it("replaces whole articles and inserts new ones (Điều 54a after Điều 54)", () => {
    expect(at("Điều 1 khoản 13")).toMatchObject({ kind: "replace", targets: ["Điều 54"], status: "applied" });
    expect(at("Điều 1 khoản 14")).toMatchObject({ kind: "insert", targets: ["Điều 54a"], status: "applied" });
    // Its quotation opens with a single mark (‘Điều 61. …): still quoted text, still applied.
    expect(at("Điều 1 khoản 20")).toMatchObject({ kind: "replace", targets: ["Điều 61"], status: "applied" });
  });
});

describe("vanban apply writes its folder", async () => {
  it("document.json, document.md, apply.json and apply.md", async () => {
    const out = mkdtempSync(join(tmpdir(), "vanban-apply-"));
    const { folder } = await applyAndWrite(
      await load("nghi-dinh-181-ND-CP-2025_thue-gtgt_vbpl.html"),
      [await load("nghi-dinh-359-ND-CP-2025_sua-doi-nd181-thue-gtgt_vbpl.html")],
      out,
    );
    expect(() =>
      LegalDocument.parse(JSON.parse(readFileSync(join(folder, "document.json"), "utf8"))),
    ).not.toThrow();
    expect(() =>
      ApplyReport.parse(JSON.parse(readFileSync(join(folder, "apply.json"), "utf8"))),
    ).not.toThrow();
    expect(readFileSync(join(folder, "document.md"), "utf8")).toContain("1b.");
    expect(readFileSync(join(folder, "apply.md"), "utf8")).toContain("2 trên 2 chỉ dẫn sửa đổi đã áp dụng");
  });
});
