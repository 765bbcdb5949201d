import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import readExcelFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { rewriteExpected } from "../helpers.js";
import { diffDocuments } from "../../src/diff/index.js";
import { comparable } from "../../src/diff/text.js";
import { wordDiff } from "../../src/diff/words.js";
import { diffToHtml } from "../../src/emit/diff-html.js";
import { diffToMarkdown } from "../../src/emit/diff-markdown.js";
import { diffToXlsx } from "../../src/emit/diff-xlsx.js";
import { DocumentDiff, type Change } from "../../src/model/diff.js";
import type { LegalDocument } from "../../src/model/document.js";
import { convert } from "../../src/pipeline/runner.js";
import { foldExpanded } from "../../src/text/abbreviations.js";
import { normalizeTonePlacement } from "../../src/text/tones.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CASES = join(ROOT, "tests", "fixtures", "diff");
const SAMPLES = join(ROOT, "samples");

async function load(path: string, text?: string): Promise<LegalDocument> {
  const bytes =
    text === undefined ? new Uint8Array(readFileSync(join(ROOT, path))) : new TextEncoder().encode(text);
  return (await convert({ bytes, path, format: path.endsWith(".md") ? "markdown" : "text" })).document;
}

const sample = (name: string) => load(`samples/${name}.txt`);
const changed = (d: DocumentDiff) =>
  d.changes.filter((c) => !(c.types.length === 1 && c.types[0] === "unchanged"));
/** A change as one readable line: level, sorted types, old address → new address. */
const line = (c: Change) =>
  `${c.level} ${[...c.types].sort().join(",")} ${c.old?.address ?? "—"} → ${c.new?.address ?? "—"}`;

describe("text folding for comparison", async () => {
  it("brings old-style tone placement to the new style, leaving qu- and closed syllables", async () => {
    expect(normalizeTonePlacement("hoà thuỷ khoẻ Hoà quý hoàng khoảng")).toBe(
      "hòa thủy khỏe Hòa quý hoàng khoảng",
    );
    expect(normalizeTonePlacement("hoa\u0300".normalize("NFD"))).toBe("hòa");
  });

  it("spells out agency abbreviations", async () => {
    expect(foldExpanded("UBND TP Hải Phòng")).toBe(foldExpanded("Ủy ban nhân dân thành phố Hải Phòng"));
    expect(foldExpanded("Bộ KH&ĐT")).toBe(foldExpanded("Bộ Kế hoạch và Đầu tư"));
    expect(foldExpanded("Sở TN&MT, HĐND tỉnh")).toBe("so tai nguyen va moi truong, hoi dong nhan dan tinh");
    // Only whole words: "tpl" or "ubnds" are not abbreviations.
    expect(foldExpanded("tpl")).toBe("tpl");
  });

  it("compares case, spacing, quotes, dashes and closing punctuation away", async () => {
    expect(comparable("Thành phố  “Hải Phòng” – cảng;")).toBe(comparable('thành phố "Hải Phòng" - cảng'));
    expect(comparable("hoà")).toBe(comparable("ho\u0300a".normalize("NFD")));
    expect(comparable("tăng 10%")).not.toBe(comparable("tăng 11%"));
    expect(comparable("cảng Lạch Huyện…")).toBe(comparable("cảng Lạch Huyện..."));
  });
});

describe("word-level diff", async () => {
  const a = "Đầu tư tuyến đường sắt khổ 1.435 mm giai đoạn 2021-2025, vốn 35/2021/QH15.";
  const b = "Đầu tư xây dựng tuyến đường sắt khổ 1.000 mm giai đoạn 2026-2030, vốn 35/2021/QH15.";
  const ops = wordDiff(a, b);

  it("rebuilds the new text from equal and inserted runs", async () => {
    expect(
      ops
        .filter((o) => o.op !== "delete")
        .map((o) => o.text)
        .join(""),
    ).toBe(b);
    expect(
      ops
        .filter((o) => o.op !== "insert")
        .map((o) => o.text)
        .join(""),
    ).toBe(a);
  });

  it("never cuts a number or a word", async () => {
    expect(ops.filter((o) => o.op === "delete").map((o) => o.text.trim())).toEqual(["1.435", "2021-2025"]);
    expect(ops.filter((o) => o.op === "insert").map((o) => o.text.trim())).toEqual([
      "xây dựng",
      "1.000",
      "2026-2030",
    ]);
  });

  it("sees no change in case or tone placement", async () => {
    expect(wordDiff("Thành phố hoà bình", "thành phố hòa bình").every((o) => o.op === "equal")).toBe(true);
  });
});

/**
 * Each hand-made pair differs in one way; the diff must report exactly that and nothing else. The
 * headings above a changed item report contentChanged: their own words are the same, what they hold
 * is not (a swap of two items changes the order of what II holds).
 */
const EXPECTED: Record<string, string[]> = {
  "agency-renamed": [
    "record agencyRenamed PL / 1 → PL / 1",
    "record leadChanged PL / 2 → PL / 2",
    "record agencyRenamed PL / 3 → PL / 3",
  ],
  "record-values": ["record valueChanged PL / 1 → PL / 1", "record reworded,valueChanged PL / 3 → PL / 3"],
  "added-removed": [
    "section contentChanged II → II",
    "section removed II.2 → —",
    "section renumbered II.3 → II.2",
    "section added — → II.3",
    "paragraph removed II.2 / -1 → —",
    "paragraph added — → II.3 / -1",
  ],
  merged: [
    "section contentChanged II → II",
    "section contentChanged II.3 → II.3",
    "paragraph merged,reworded II.3 / -1 → II.3 / -1",
    // A piece is reworded too: its words are only part of the merged text.
    "paragraph merged,reworded II.3 / -2 → II.3 / -1",
  ],
  metadata: [
    "metadata valueChanged Số ký hiệu → Số ký hiệu",
    "metadata valueChanged Ngày ban hành → Ngày ban hành",
    "metadata added — → Căn cứ 2",
    "metadata added — → Dẫn chiếu 81/2023/QH15",
  ],
  moved: [
    "section contentChanged II → II",
    "section contentChanged II.1 → II.1",
    "section contentChanged II.3 → II.3",
    "paragraph moved II.3 / -1 → II.1 / -2",
  ],
  renumbered: [
    "section contentChanged II → II",
    "section renumbered II.3 → II.2",
    "section renumbered II.2 → II.3",
  ],
  reworded: [
    "section contentChanged II → II",
    "section contentChanged II.1 → II.1",
    "paragraph reworded II.1 / -1 → II.1 / -1",
  ],
  split: [
    "section contentChanged II → II",
    "section contentChanged II.1 → II.1",
    "paragraph reworded,split II.1 / -2 → II.1 / -2",
    "paragraph reworded,split II.1 / -2 → II.1 / -3",
  ],
  "task-fields": [
    "record deadlineChanged,partnersChanged PL / 1 → PL / 1",
    "record leadChanged,productChanged PL / 2 → PL / 2",
  ],
  "task-to-project": ["section added — → PL II", "record moved PL / 3 → PL II / 1"],
  values: [
    "section contentChanged I → I",
    "section contentChanged I.1 → I.1",
    "paragraph reworded I.1 / -1 → I.1 / -1",
    "paragraph reworded I.1 / -2 → I.1 / -2",
    "target valueChanged I.1 / -1 → I.1 / -1",
    "target periodChanged I.1 / -2 → I.1 / -2",
  ],
};

describe.each(readdirSync(CASES).sort())("diff fixture %s", async (name) => {
  const d = diffDocuments(
    await load(`tests/fixtures/diff/${name}/old.md`),
    await load(`tests/fixtures/diff/${name}/new.md`),
  );

  it("reports exactly the change made", async () => {
    expect(EXPECTED[name], `add the expectation of ${name}`).toBeDefined();
    expect(changed(d).map(line)).toEqual(EXPECTED[name]);
  });

  it("is valid against the schema", async () => {
    expect(() => DocumentDiff.parse(d)).not.toThrow();
  });
});

describe("diff fixture details", async () => {
  const diffOf = async (name: string) =>
    diffDocuments(
      await load(`tests/fixtures/diff/${name}/old.md`),
      await load(`tests/fixtures/diff/${name}/new.md`),
    );

  it("gives raised targets their direction and old → new values", async () => {
    const t = changed(await diffOf("values")).filter((c) => c.level === "target");
    expect(t[0]!.target).toMatchObject({
      old: { value: 10, unit: "%/năm" },
      new: { value: 11, unit: "%/năm" },
      direction: "raised",
    });
    expect(t[1]!.target).toMatchObject({
      old: { period: { to: 2025 } },
      new: { period: { to: 2030 } },
      direction: "same",
    });
  });

  it("names the task fields that changed, and not an abbreviation spelled out", async () => {
    const r = changed(await diffOf("task-fields"));
    expect(r[0]!.fields).toEqual([
      { field: "partners", old: "UBND thành phố Hải Phòng", new: "UBND thành phố Hải Phòng, Bộ Tài chính" },
      { field: "deadline", old: "Quý IV/2023", new: "Quý II/2024" },
    ]);
    expect(r.map((c) => c.old?.address)).not.toContain("PL / 3");
  });

  it("tells a ministry's successor from another body, and names the act", async () => {
    const [renamed, other] = changed(await diffOf("agency-renamed"));
    expect(renamed!.fields).toEqual([
      {
        field: "lead",
        old: "Bộ Giao thông vận tải",
        new: "Bộ Xây dựng",
        note: "Bộ Giao thông vận tải → Bộ Xây dựng (Nghị quyết số 176/2025/QH15 ngày 18/02/2025 của Quốc hội)",
      },
      {
        field: "partners",
        old: "Bộ Kế hoạch và Đầu tư",
        new: "Bộ Tài chính",
        note: "Bộ Kế hoạch và Đầu tư → Bộ Tài chính (Nghị quyết số 176/2025/QH15 ngày 18/02/2025 của Quốc hội)",
      },
    ]);
    expect(other!.fields).toEqual([{ field: "lead", old: "Bộ Tài chính", new: "Bộ Tư pháp" }]);
  });

  it("reports a record's changed amounts as numbers", async () => {
    const [funding, area] = changed(await diffOf("record-values"));
    expect(funding!.values).toEqual([{ field: "investment", old: 12500, new: 15000, unit: null }]);
    expect(area!.values).toEqual([{ field: "ha", old: 120, new: 150, unit: "ha" }]);
  });

  it("links the pieces of a split to each other", async () => {
    const [whole, piece] = changed(await diffOf("split")).filter((c) => c.level === "paragraph");
    expect(whole!.related).toEqual(["II.1 / -3"]);
    expect(piece!.related).toEqual(["II.1 / -2"]);
    expect(piece!.reason).toBe("contained");
  });
});

describe("sanity on the samples", async () => {
  const names = readdirSync(SAMPLES)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.replace(/\.txt$/, ""))
    .sort();

  it.each(names)("%s against itself: zero changes", async (name) => {
    const doc = await sample(name);
    const d = diffDocuments(doc, doc);
    expect(changed(d)).toEqual([]);
    expect(d.summary.counts.unchanged).toBe(d.changes.length);
  });

  const TONE = "[\\u0300\\u0301\\u0303\\u0309\\u0323]";
  const oldStyle = (s: string) =>
    s
      .normalize("NFD")
      .replace(new RegExp(`(?<![qQ])([oO])(${TONE})([aAeE])(?![\\p{L}\\p{M}])`, "gu"), "$1$3$2")
      .replace(new RegExp(`(?<![qQ])([uU])(${TONE})([yY])(?![\\p{L}\\p{M}])`, "gu"), "$1$3$2")
      .normalize("NFC");
  /** Hard wraps at about 70 characters, where a reader can tell a wrap (before a lower-case word, mid-sentence). */
  const rewrap = (s: string) =>
    s
      .split("\n")
      .map((l) => {
        if (l.length < 90 || /[\t|]/.test(l)) return l;
        const out: string[] = [];
        let cur = "";
        for (const w of l.split(" ")) {
          if (cur && `${cur} ${w}`.length > 70 && /^\p{Ll}/u.test(w) && !/[.;:,]$/.test(cur)) {
            out.push(cur);
            cur = w;
          } else cur = cur ? `${cur} ${w}` : w;
        }
        out.push(cur);
        return out.join("\n");
      })
      .join("\n");
  /** The same text as Markdown: numbered headings in bold, tab-separated rows as pipe tables, list-like lines escaped. */
  const markup = (s: string) => {
    const lines = s.split("\n");
    return lines
      .map((l, i) => {
        if (l.includes("\t")) {
          const row = `| ${l
            .split("\t")
            .map((c) => c.replace(/\|/g, "\\|"))
            .join(" | ")} |`;
          const first = !lines[i - 1]?.includes("\t");
          return first ? `${row}\n|${" --- |".repeat(l.split("\t").length)}` : row;
        }
        if (lines[i - 1]?.includes("\t") && l.trim()) l = `\n${l}`;
        return /^([IVX]+\.|Điều \d+\.)\s/.test(l)
          ? `**${l.replace(/[*_]/g, "\\$&")}**`
          : l.replace(/^(\d+)\. /, "$1\\. ");
      })
      .join("\n");
  };

  // 108/NQ-CP's appendix prints one cell per line, which has no faithful Markdown form but a pipe table
  // rebuilt by hand; the other two have tab-separated rows.
  describe.each([
    ["07-NQ-CP-2025", true],
    ["108-NQ-CP-2019", false],
    ["20-CTr-TU-2026", true],
  ])("%s in other transcriptions", async (name, asMarkdown) => {
    const src = readFileSync(join(SAMPLES, `${name}.txt`), "utf8");
    const base = await sample(name);
    it.each([
      ["NFD", src.normalize("NFD"), "txt"],
      ["old-style tone placement", oldStyle(src), "txt"],
      ["re-wrapped lines", rewrap(src), "txt"],
      ...(asMarkdown ? [["Markdown markup", markup(src), "md"]] : []),
    ])("%s: no change of substance", async (_label, text, ext) => {
      expect(text).not.toBe(src);
      const d = diffDocuments(base, await load(`samples/${name}.${ext}`, text));
      expect(changed(d).map(line)).toEqual([]);
    });
  });

  it("sees no change between “…” and “...”, or a bullet whose marker stands on its own line", async () => {
    const a =
      "I. NHIỆM VỤ\n\n1. Phát triển hạ tầng\n\n- Xây dựng cảng Lạch Huyện…\n- Nâng cấp sân bay Cát Bi\n";
    const b =
      "I. NHIỆM VỤ\n\n1. Phát triển hạ tầng\n\n-\nXây dựng cảng Lạch Huyện...\n-\nNâng cấp sân bay Cát Bi\n";
    const d = diffDocuments(await load("a.md", a), await load("b.md", b));
    expect(changed(d).map(line)).toEqual([]);
    expect(d.summary.levels.paragraph.matched).toBe(2);
  });

  it("gives byte-identical JSON for the same pair", async () => {
    const a = JSON.stringify(diffDocuments(await sample("108-NQ-CP-2019"), await sample("07-NQ-CP-2025")));
    const b = JSON.stringify(diffDocuments(await sample("108-NQ-CP-2019"), await sample("07-NQ-CP-2025")));
    expect(a).toBe(b);
  });
});

describe("108/NQ-CP → 07/NQ-CP", async () => {
  const d = diffDocuments(await sample("108-NQ-CP-2019"), await sample("07-NQ-CP-2025"));
  const find = (o: string, n: string) => d.changes.find((c) => c.old?.address === o && c.new?.address === n);

  it("matches the whole-document fixture (UPDATE=1 rewrites it)", async () => {
    const compact = d.changes.map((c) => ({ id: c.id, change: line(c), score: c.score, reason: c.reason }));
    const file = join(ROOT, "tests", "fixtures", "diff-samples", "108-NQ-CP-2019__07-NQ-CP-2025.json");
    const json = `${JSON.stringify({ summary: d.summary, changes: compact }, null, 2)}\n`;
    rewriteExpected([[file, json]]);
    expect(json).toBe(readFileSync(file, "utf8"));
  });

  it("follows items that changed number: II.3 → II.4, II.9 → II.6, III.4 → III.6", async () => {
    for (const [o, n] of [
      ["II.3", "II.4"],
      ["II.9", "II.6"],
      ["III.4", "III.6"],
    ])
      expect(find(o!, n!)?.types, `${o} → ${n}`).toContain("renumbered");
  });

  it("follows tasks across appendices, with their new agencies and deadlines", async () => {
    expect(find("PL / 2.12", "PL I / 3")?.types).toEqual(
      expect.arrayContaining(["reworded", "partnersChanged", "deadlineChanged"]),
    );
    // Bạch Long Vĩ: from a fisheries logistics centre (Bộ NN&PTNT) to an economic–defence centre
    // (Bộ Quốc phòng): a real change of lead, not a rename.
    expect(find("PL / 3.5", "PL I / 9")?.types).toEqual(expect.arrayContaining(["leadChanged"]));
    expect(find("PL / 3.5", "PL I / 9")?.evidence).toContain("đảo Bạch Long Vĩ");
    // A task that continues as a project of the investment list, on the bridge it names.
    expect(find("PL / 3.3", "PL II / 2")?.reason).toBe("contained");
    expect(find("PL / 3.3", "PL II / 2")?.evidence).toContain("cầu Tân Vũ - Lạch Huyện 2");
  });

  it("reports the 2019 targets as dropped: 07/NQ-CP sets none", async () => {
    const targets = d.changes.filter((c) => c.level === "target");
    expect(targets).toHaveLength(13);
    expect(targets.every((c) => c.types[0] === "removed")).toBe(true);
  });

  it("reports cited documents added and removed", async () => {
    const cited = d.changes.filter(
      (c) => c.level === "metadata" && (c.old ?? c.new)!.address.startsWith("Dẫn chiếu"),
    );
    expect(cited.find((c) => c.new?.text === "96-KL/TW")?.types).toEqual(["added"]);
    expect(cited.find((c) => c.old?.text === "45-NQ/TW")?.types).toEqual(["unchanged"]);
  });

  it("writes a Markdown report that opens on the answer, counts after", async () => {
    const md = diffToMarkdown(d);
    const order = [
      "# So sánh NGHỊ QUYẾT 108/NQ-CP → NGHỊ QUYẾT 07/NQ-CP",
      "## Chỉ tiêu thay đổi",
      "## Nhiệm vụ, dự án: cũ → mới",
      "## Nhiệm vụ, dự án chỉ có trong văn bản cũ",
      "## Nhiệm vụ, dự án chỉ có trong văn bản mới",
      "## Các cặp ghép cần kiểm tra",
      "## Cơ quan chủ trì: cũ → mới",
      "## Tóm tắt",
      "## Mục, điều, khoản",
      "### II",
    ];
    const at = order.map((h) => md.indexOf(h));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(md).toContain(`| Bỏ | removed | ${d.summary.counts.removed} |`);
    expect(md).toMatch(/\*\*II\.3 → II\.4\*\* _\(Sửa lời, Đổi số thứ tự; 0\.\d\d\)_/);
    // The agency roll-up: Bạch Long Vĩ's task went from one ministry to another, not by a rename.
    expect(md).toContain(
      "| Bộ Nông nghiệp và Phát triển nông thôn | Bộ Quốc phòng | × 1 | giao cơ quan khác | PL I / 9 |",
    );
  });

  it("writes diff.xlsx with Vietnamese sheet names, one row per change, numbers as numbers", async () => {
    const sheets = await readExcelFile(await diffToXlsx(d));
    expect(sheets.map((s) => s.sheet)).toEqual(["Tóm tắt", "Chỉ tiêu", "Nhiệm vụ", "Cơ quan", "Mục và điều"]);
    const rows = (name: string) => sheets.find((s) => s.sheet === name)!.data;
    expect(rows("Chỉ tiêu")).toHaveLength(1 + d.changes.filter((c) => c.level === "target").length);
    expect(rows("Nhiệm vụ")).toHaveLength(1 + d.changes.filter((c) => c.level === "record").length);
    expect(rows("Mục và điều")).toHaveLength(
      1 + d.changes.filter((c) => ["metadata", "section", "paragraph"].includes(c.level)).length,
    );
    const header = rows("Nhiệm vụ")[0]!;
    const task = rows("Nhiệm vụ").find((r) => r[header.indexOf("Cũ: vị trí")] === "PL / 3.5")!;
    expect(task[header.indexOf("Cũ: chủ trì")]).toBe("Bộ Nông nghiệp và Phát triển nông thôn");
    expect(task[header.indexOf("Mới: chủ trì")]).toBe("Bộ Quốc phòng");
    expect(task[header.indexOf("Độ tin cậy")]).toBe("thấp");
    // Target values are numbers, not text: "180.000–190.000 tỷ đồng" is 180000 and 190000.
    const th = rows("Chỉ tiêu")[0]!;
    const budget = rows("Chỉ tiêu").find((r) => r[th.indexOf("Cũ: giá trị")] === 180000)!;
    expect(budget[th.indexOf("Cũ: giá trị đến")]).toBe(190000);
    expect(budget[th.indexOf("Cũ: đơn vị")]).toBe("tỷ đồng");
  });

  it("writes one self-contained diff.html: no external script, style, image or link", async () => {
    const html = diffToHtml(d);
    expect(html).not.toMatch(/<(script|img|link|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html.match(/<article class="change"/g)).toHaveLength(d.changes.length);
    // Every link from a change points to an item of the side-by-side panes.
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) =>
      m[1]!.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))),
    );
    expect(targets.length).toBeGreaterThan(d.changes.length);
    expect(targets.filter((t) => !ids.has(t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)))).toEqual(
      [],
    );
  });
});
