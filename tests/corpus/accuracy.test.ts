import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertFile } from "../../src/index.js";
import { foldKey } from "../../src/text/fold.js";
import {
  FIELDS,
  formatAccuracy,
  ocrInstalled,
  scoreDocument,
  summarise,
  worstDocuments,
  type DocumentScore,
  type Expected,
  type Field,
} from "../../scripts/corpus-score.mjs";

/**
 * Hand-checked accuracy: each `*.expected.json` here was written by people who read the document
 * beside it. vanban converts the document and every field is compared with what they wrote (the
 * rules are in scripts/corpus-score.mjs, shared with `npm run corpus`). The test fails when a field's
 * accuracy falls below its floor in accuracy-floor.json, so a regression cannot pass unnoticed; an
 * improvement passes and says the floor can be raised.
 *
 * Scanned PDFs need OCR. Without tesseract (vie) and pdftoppm vanban skips it and those fields score
 * wrong, so the floors measured without OCR apply instead. VANBAN_ACCURACY_OCR=off measures those.
 */
const DIR = import.meta.dirname;
const OUT = join(DIR, "..", "..", "out", "corpus");
const FLOOR_FILE = join(DIR, "accuracy-floor.json");

interface FloorFile {
  floors: Record<Field, number>;
  floorsWithoutOcr: Record<Field, number>;
}

function ocrUsable(): boolean {
  return process.env.VANBAN_ACCURACY_OCR !== "off" && ocrInstalled();
}

const ocr = ocrUsable();
const expectedFiles = readdirSync(DIR)
  .filter((f) => f.endsWith(".expected.json"))
  .sort();
const scores = new Map<string, DocumentScore>();

describe("accuracy against the hand-checked corpus", () => {
  it("has expected files to score", () => {
    expect(expectedFiles.length).toBeGreaterThan(0);
  });

  for (const name of expectedFiles) {
    const docName = name.slice(0, -".expected.json".length);
    // A scanned PDF read by OCR takes up to a minute on two cores; the rest take a few seconds.
    it(
      docName,
      async () => {
        const expected = JSON.parse(readFileSync(join(DIR, name), "utf8")) as Expected;
        const path = join(DIR, docName);
        let score: DocumentScore;
        if (!existsSync(path)) {
          score = scoreDocument(expected, null, { foldKey, error: "the document is missing", file: docName });
        } else {
          try {
            const { document } = await convertFile(path, { ocr: ocr ? "auto" : "off" });
            score = scoreDocument(expected, document, { foldKey, file: docName });
          } catch (e) {
            // Refused (.doc, .rtf) or thrown: every field is wrong, and the run goes on.
            score = scoreDocument(expected, null, {
              foldKey,
              error: e instanceof Error ? e.message : String(e),
              file: docName,
            });
          }
        }
        scores.set(docName, score);
        expect(score.total).toBeGreaterThan(0);
      },
      180_000,
    );
  }

  it("keeps every field at or above its floor", () => {
    if (scores.size < expectedFiles.length) {
      console.log(
        `accuracy: ${scores.size} of ${expectedFiles.length} documents ran (a filtered run): floors not checked`,
      );
      return;
    }
    const all = [...scores.values()];
    const summary = summarise(all);
    const worst = worstDocuments(all);
    console.log(
      `accuracy over ${all.length} documents (OCR ${ocr ? "on" : "off"}):\n${formatAccuracy(summary)}`,
    );
    console.log(
      `worst documents:\n${worst.map((s) => `  ${s.file}: ${s.right}/${s.total}, misses ${s.missed.join(", ")}${s.error ? ` (${s.error})` : ""}`).join("\n")}`,
    );
    mkdirSync(OUT, { recursive: true });
    writeFileSync(
      join(OUT, "accuracy.json"),
      `${JSON.stringify({ generatedAt: new Date().toISOString(), ocr, documents: all.length, fields: summary, perDocument: all }, null, 2)}\n`,
    );

    const file = JSON.parse(readFileSync(FLOOR_FILE, "utf8")) as FloorFile;
    const floors = ocr ? file.floors : file.floorsWithoutOcr;
    const below: string[] = [];
    const raise: string[] = [];
    for (const field of FIELDS) {
      const { pct } = summary[field];
      const floor = floors[field];
      if (pct === null || floor === undefined) continue;
      const measured = Math.floor(pct);
      if (measured < floor) below.push(`${field}: ${pct.toFixed(1)}% is below the floor of ${floor}%`);
      else if (measured > floor) raise.push(`${field} ${floor} → ${measured}`);
    }
    if (raise.length)
      console.log(
        `accuracy improved: the floor can be raised in tests/corpus/accuracy-floor.json (${ocr ? "floors" : "floorsWithoutOcr"}): ${raise.join(", ")}`,
      );
    expect(below, "accuracy fell below the floor").toEqual([]);
  });
});
