import { normalizeText } from "../../../text/normalize.js";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pLimit from "p-limit";
import type { Glyph } from "../pdf/lines.js";
import { correctOcrLine, type OcrCorrection } from "./correct.js";
import type { Ruling } from "../pdf/rulings.js";
import { cellStrip, placedOnPage, sparseCells, withCellsReread } from "./cells.js";
import { withoutColouredInk } from "./ink.js";
import { rasterOf } from "./raster.js";
import { holdsName, inBox, signatureColumn, withColumnReread } from "./signature-column.js";
import { bordersOf, imageRulings, scanGrids } from "./rulings.js";

/**
 * OCR for PDF pages without a text layer (scans, often with only a digital-signature stamp): Debian's
 * `pdftoppm` renders the page, `tesseract` with the `vie` language reads it, and its words (with
 * their boxes) become glyphs for the same line model as a text layer. One page per worker.
 */
const run = promisify(execFile);
const DPI = 300;

export const OCR_INSTALL = "apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils";

let available: Promise<boolean> | null = null;

/** Whether tesseract (with Vietnamese) and pdftoppm can be run here; asked once. */
export function ocrAvailable(): Promise<boolean> {
  available ??= (async () => {
    try {
      const langs = await run("tesseract", ["--list-langs"]);
      await run("pdftoppm", ["-v"]);
      return /^vie$/m.test(`${langs.stdout}${langs.stderr}`);
    } catch {
      return false;
    }
  })();
  return available;
}

/**
 * One page as OCR read it: its words as glyphs, the misread words corrected on it, and the ruling
 * lines of its image (in page space, like the words) for the tables it holds.
 */
export interface OcrPage {
  glyphs: Glyph[];
  corrections: OcrCorrection[];
  rulings: Ruling[];
}

/** Tesseract's TSV: one row per word (level 5) with its box in pixels and its line. */
function wordsOf(tsv: string, pageHeight: number): Omit<OcrPage, "rulings"> {
  const rows = tsv
    .split("\n")
    .slice(1)
    .map((l) => l.split("\t"));
  const scale = 72 / DPI;
  // Tesseract's lines (level 4): every word of a line shares its baseline, so descenders ("g", "y")
  // and small marks ("-") do not pull a word off its line.
  const lines = new Map<string, { bottom: number; height: number }>();
  for (const r of rows)
    if (r[0] === "4")
      lines.set(r.slice(1, 5).join("."), { bottom: Number(r[7]) + Number(r[9]), height: Number(r[9]) });
  const out: Glyph[] = [];
  const byParagraph = new Map<string, { glyphs: Glyph[]; lineStarts: Set<number>; line: string }>();
  for (const r of rows) {
    if (r[0] !== "5" || !r[11]?.trim() || Number(r[10]) < 0) continue;
    const [left, top, width, height] = [Number(r[6]), Number(r[7]), Number(r[8]), Number(r[9])];
    const line = lines.get(r.slice(1, 5).join(".")) ?? { bottom: top + height, height };
    const baseline = line.bottom - line.height * 0.2;
    const glyph: Glyph = {
      str: normalizeText(r[11]!),
      x: left * scale,
      y: pageHeight - baseline * scale,
      w: width * scale,
      size: Math.max(4, line.height * scale * 0.8),
      bold: false,
      word: true,
    };
    out.push(glyph);
    const key = r.slice(1, 4).join(".");
    const paragraph = byParagraph.get(key) ?? { glyphs: [], lineStarts: new Set<number>(), line: "" };
    const lineKey = r.slice(1, 5).join(".");
    if (lineKey !== paragraph.line) paragraph.lineStarts.add(paragraph.glyphs.length);
    paragraph.line = lineKey;
    paragraph.glyphs.push(glyph);
    byParagraph.set(key, paragraph);
  }
  // Each paragraph's words are corrected together: a word is judged by its neighbours, and the last
  // word of a line is followed by the first of the next ("ỦY BAN NHÂN DÂN / THÀNH PHỐ").
  const corrections: OcrCorrection[] = [];
  for (const { glyphs, lineStarts } of byParagraph.values()) {
    const words = glyphs.map((g) => g.str);
    corrections.push(...correctOcrLine(words, undefined, lineStarts));
    glyphs.forEach((g, i) => (g.str = words[i]!));
  }
  return { glyphs: out, corrections };
}

/** OCR of the given pages (1-based) of a PDF; page heights in points place the words on the page. */
export async function ocrPages(
  pdf: Uint8Array,
  pages: { n: number; height: number }[],
  progress?: (message: string) => void,
): Promise<Map<number, OcrPage>> {
  let done = 0;
  const dir = await mkdtemp(join(tmpdir(), "vanban-ocr-"));
  try {
    const file = join(dir, "input.pdf");
    await writeFile(file, pdf);
    const limit = pLimit(Math.max(1, availableParallelism()));
    // Every page settles before the folder is removed: one page failing must not pull the folder
    // from under the pages still being rendered.
    const settled = await Promise.allSettled(
      pages.map((p) =>
        limit(async () => {
          const started = performance.now();
          const image = join(dir, `page-${p.n}`);
          const page = ["-r", String(DPI), "-singlefile", "-f", String(p.n), "-l", String(p.n), file];
          await run("pdftoppm", [...page, "-gray", image]);
          await run("pdftoppm", [...page, `${image}-colour`]);
          const [grey, colour] = [await readFile(`${image}.pgm`), await readFile(`${image}-colour.ppm`)];
          const found = imageRulings(withoutColouredInk(grey, colour), DPI, p.height);
          const { rulings } = found;
          const tables = scanGrids(rulings, []).map((g) => g.box);
          const withoutRulings = found.without((r) => tables.some((box) => bordersOf(box, r)));
          await writeFile(`${image}.pgm`, withoutRulings);
          await rm(`${image}-colour.ppm`, { force: true });
          // One thread per tesseract: pages already run in parallel up to the cores, and its own
          // OpenMP threads would fight them for the same cores.
          const tesseract = async (file: string, ...options: string[]) =>
            (
              await run("tesseract", [file, "stdout", "-l", "vie", ...options, "tsv"], {
                maxBuffer: 64 * 1024 * 1024,
                env: { ...process.env, OMP_THREAD_LIMIT: "1" },
              })
            ).stdout;
          const words = wordsOf(await tesseract(`${image}.pgm`), p.height);
          const sparse = sparseCells(rulings, words.glyphs);
          const strip = sparse.length ? cellStrip(withoutRulings, sparse, DPI, p.height) : null;
          if (strip) {
            await writeFile(`${image}-cells.pgm`, strip.image);
            const tsv = placedOnPage(await tesseract(`${image}-cells.pgm`, "--psm", "6"), strip.bands);
            const again = wordsOf(tsv, p.height);
            words.glyphs = withCellsReread(words.glyphs, again.glyphs, sparse);
            words.corrections.push(...again.corrections);
            await rm(`${image}-cells.pgm`, { force: true });
          }
          const column = signatureColumn(words.glyphs, (rasterOf(withoutRulings, "P5").width * 72) / DPI);
          const inColumn = column && !holdsName(words.glyphs.filter((g) => inBox(g, column)));
          const cut = inColumn
            ? cellStrip(withoutRulings, [{ box: column, table: column }], DPI, p.height)
            : null;
          if (column && cut) {
            await writeFile(`${image}-signature.pgm`, cut.image);
            const tsv = placedOnPage(await tesseract(`${image}-signature.pgm`, "--psm", "6"), cut.bands);
            const again = wordsOf(tsv, p.height);
            const reread = withColumnReread(words.glyphs, again.glyphs, column);
            if (reread) {
              words.glyphs = reread;
              words.corrections.push(...again.corrections);
            }
            await rm(`${image}-signature.pgm`, { force: true });
          }
          await rm(`${image}.pgm`, { force: true });
          // OCR takes seconds a page: the line says how many, so a user can tell how long is left.
          progress?.(
            `OCR page ${++done}/${pages.length} (page ${p.n}: ${((performance.now() - started) / 1000).toFixed(1)} s)`,
          );
          return [p.n, { ...words, rulings }] as const;
        }),
      ),
    );
    const failed = settled.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
    return new Map(settled.map((r) => (r as PromiseFulfilledResult<readonly [number, OcrPage]>).value));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
