import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toJson } from "../../src/emit/json.js";
import type { SourceFormat } from "../../src/model/block.js";
import { Reporter } from "../../src/model/reporter.js";
import { convert } from "../../src/pipeline/runner.js";
import { InputError, readStage } from "../../src/stages/read/index.js";
import { ownedLines } from "../helpers.js";

/**
 * Properties over generated documents and damaged files: no exception but InputError escapes, every
 * document ends with a status, no content line is lost or owned twice, and the same bytes give the
 * same JSON. Seeded and bounded here; `npm run fuzz` runs them long (FUZZ_RUNS, FUZZ_SEED).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const params = (scale = 1) => ({ numRuns: Math.max(1, Math.round(RUNS * scale)), seed: SEED });
const ROOT = join(import.meta.dirname, "..", "..");
/** Long runs need room; `npm test`'s bounded count stays well inside the default. */
const TIMEOUT = Math.max(60_000, RUNS * 4_000);

const roman = fc.constantFrom("I", "II", "III", "IV", "IX", "XII");
const n = fc.integer({ min: 0, max: 40 });
const words = fc
  .array(
    fc.constantFrom(
      "phát triển",
      "kinh tế",
      "xã hội",
      "tỷ lệ",
      "hộ dân",
      "năm 2030",
      "Bộ Tài chính",
      "đạt",
      "chủ trì",
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((w) => w.join(" "));

/** One line as legal documents print them, or noise. */
const line = fc.oneof(
  fc.constantFrom(
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "NGHỊ QUYẾT",
    "KẾ HOẠCH",
    "QUYẾT ĐỊNH:",
    "PHỤ LỤC I",
    "Nơi nhận:",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "",
    "",
  ),
  fc.tuple(n, n).map(([a, b]) => `Số: ${a}${b}/KH-UBND`),
  fc
    .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }))
    .map(([d, m]) => `Hà Nội, ngày ${d} tháng ${m} năm 2025`),
  words.map((w) => `Về việc ${w}`),
  words.map((w) => `Căn cứ Luật ${w};`),
  fc.tuple(roman, words).map(([r, w]) => `${r}. ${w.toUpperCase()}`),
  fc.tuple(n, words).map(([k, w]) => `${k}. ${w}`),
  fc.tuple(n, n, words).map(([a, b, w]) => `${a}.${b}. ${w}`),
  fc.tuple(fc.constantFrom("a", "b", "c", "đ"), words).map(([l, w]) => `${l}) ${w}`),
  fc.tuple(fc.constantFrom("-", "+", "*", "•"), words).map(([m, w]) => `${m} ${w}`),
  fc.tuple(n, words).map(([k, w]) => `Điều ${k}. ${w}`),
  fc
    .tuple(n, fc.integer({ min: 0, max: 100 }), words)
    .map(([k, v, w]) => `- Phấn đấu đến năm 20${k} ${w} đạt ${v}%;`),
  fc.array(words, { minLength: 2, maxLength: 5 }).map((cells) => cells.join("\t")),
  fc.array(words, { minLength: 2, maxLength: 5 }).map((cells) => `| ${cells.join(" | ")} |`),
  fc.constantFrom("|---|---|", "**", "** **", "*_", "<b>", "</i>", "…", "[^1]", "¹²"),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.integer({ min: 1_000, max: 100_000 }).map((k) => `- Đạt ${"1 ".repeat(k)}%`),
  fc.string({ unit: "binary", maxLength: 40 }),
);

const documentText = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 120 }), fc.constantFrom("\n", "\r\n"))
  .map(([lines, eol]) => `${lines.join(eol)}${eol}kết thúc`);

/** Converts, and checks what every document must satisfy; InputError is the only refusal allowed. */
async function convertChecked(bytes: Uint8Array, format: SourceFormat): Promise<string | null> {
  let result;
  try {
    result = await convert({ bytes, path: `fuzz.${format}`, format }, { ocr: "off" });
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  }
  expect(["ok", "partial", "failed"]).toContain(result.document.status);
  return toJson(result.document);
}

describe("fuzz: generated documents", () => {
  it(
    "text and Markdown: no exception, every content line owned once, the same JSON twice",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          documentText,
          fc.constantFrom("text", "markdown") as fc.Arbitrary<"text" | "markdown">,
          async (text, format) => {
            const bytes = new TextEncoder().encode(text);
            const json = await convertChecked(bytes, format);
            if (json === null) return;
            expect(await convertChecked(bytes, format)).toBe(json);
            const document = JSON.parse(json);
            const blocks = await readStage.run(bytes, { format }, { report: new Reporter() });
            const split = new Set(blocks.splitLines);
            const seen = new Set<number>();
            for (const l of ownedLines(document)) {
              if (seen.has(l)) expect(split.has(l), `line ${l} owned twice`).toBe(true);
              seen.add(l);
            }
            expect([...seen].sort((a, b) => a - b)).toEqual(blocks.contentLines);
          },
        ),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    "HTML nested to any depth: read or refused with the reason, never a crash",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: 3000 }),
          words,
          fc.constantFrom("div", "span", "table", "b"),
          async (depth, w, tag) => {
            const html = `<html><body>${`<${tag}>`.repeat(depth)}Điều 1. ${w}${`</${tag}>`.repeat(depth)}</body></html>`;
            await convertChecked(new TextEncoder().encode(html), "html");
          },
        ),
        params(0.5),
      );
    },
    TIMEOUT,
  );
});

describe("fuzz: damaged files", () => {
  const files: [string, SourceFormat][] = [
    ["samples/07-NQ-CP-2025.txt", "text"],
    ["samples/07-NQ-CP-2025-word.docx", "docx"],
    ["tests/fixtures/layouts/portal-page.html", "html"],
    ["tests/fixtures/layouts/tcvn3.rtf", "rtf"],
    ["tests/fixtures/layouts/vni.doc", "doc"],
    ["samples/108-NQ-CP-2019-print.pdf", "pdf"],
  ];
  const damage = (size: number) =>
    fc.oneof(
      fc.record({ kind: fc.constant("truncate" as const), at: fc.integer({ min: 1, max: size - 1 }) }),
      fc.record({
        kind: fc.constant("flip" as const),
        flips: fc.array(fc.tuple(fc.integer({ min: 0, max: size - 1 }), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
      }),
      fc.record({
        kind: fc.constant("random" as const),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 2000 }),
      }),
    );

  it.each(files)(
    "%s: truncated, flipped or replaced, it is read or refused with a reason",
    async (file, format) => {
      const original = new Uint8Array(readFileSync(join(ROOT, file)));
      await fc.assert(
        fc.asyncProperty(damage(original.length), async (d) => {
          let bytes: Uint8Array;
          if (d.kind === "truncate") bytes = original.slice(0, d.at);
          else if (d.kind === "random") bytes = d.bytes;
          else {
            bytes = original.slice();
            for (const [at, x] of d.flips) bytes[at] = bytes[at]! ^ x;
          }
          await convertChecked(bytes, format);
        }),
        params(format === "pdf" ? 0.2 : 0.6),
      );
    },
  );
});

describe("Markdown nested past the limit", () => {
  it.each([
    ["quotes", `${">".repeat(600)} Điều 1. x`],
    ["lists", Array.from({ length: 600 }, (_, i) => `${"  ".repeat(i)}- mục ${i}`).join("\n")],
    ["emphasis", `${"*".repeat(1200)}x${"*".repeat(1200)}`],
  ])("%s: refused at once with the line and the limit, not parsed for minutes", async (_shape, text) => {
    await expect(
      convert({ bytes: new TextEncoder().encode(text), path: "deep.md", format: "markdown" }),
    ).rejects.toThrow(/^line \d+ nests \d+ deep, over the limit of 500 \(--max-depth\)$/);
  });

  it("keeps a rule of marks and a form's blank of underscores as text", async () => {
    const text = `Họ và tên: ${"_".repeat(1500)}\n\n${"*".repeat(1200)}\n\nĐiều 1. Nội dung.`;
    const { document } = await convert({
      bytes: new TextEncoder().encode(text),
      path: "form.md",
      format: "markdown",
    });
    expect(document.status).not.toBe("failed");
  });
});

describe("damaged files the long fuzz run found", () => {
  it("a PDF whose flipped byte places text at NaN is read, the unplaceable glyphs left out", async () => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, "samples", "108-NQ-CP-2019-print.pdf")));
    bytes[60121] = bytes[60121]! ^ 67; // FUZZ_RUNS=400 FUZZ_SEED=7's counterexample
    const { document } = await convert({ bytes, path: "flipped.pdf", format: "pdf" }, { ocr: "off" });
    expect(document.layout?.every((l) => l.box.every(Number.isFinite))).toBe(true);
    expect(document.metadata.documentNumber).toBe("108/NQ-CP");
  });

  it("a PDF with a page whose cross-reference is broken: that page reported, the others read", async () => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, "samples", "108-NQ-CP-2019-print.pdf")));
    bytes[39075] = bytes[39075]! ^ 1; // FUZZ_RUNS=400 FUZZ_SEED=7's second counterexample
    const { document } = await convert({ bytes, path: "xref.pdf", format: "pdf" }, { ocr: "off" });
    const damaged = document.diagnostics.filter((d) => d.ruleId === "pdf-page-damaged");
    expect(damaged.map((d) => [d.page, d.severity])).toEqual([[13, "warning"]]);
    expect(document.metadata.documentNumber).toBe("108/NQ-CP");
  });
});
