import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

let counts: Map<string, number> | null = null;

/**
 * How often each syllable, and each pair "a b", occurs in the text samples (data/ocr-context.tsv,
 * written by `npm run ocr-context`). Read on first use: OCR correction and letter-spaced titles
 * need it, most documents never do.
 */
export function syllableCounts(): Map<string, number> {
  if (counts) return counts;
  // From the package root, wherever this module was copied (the corpus run freezes dist/ elsewhere).
  const root = join(createRequire(import.meta.url).resolve("vanban/package.json"), "..");
  const context = readFileSync(join(root, "data", "ocr-context.tsv"), "utf8");
  counts = new Map();
  for (const row of context.split("\n")) {
    const tab = row.indexOf("\t");
    if (tab > 0) counts.set(row.slice(0, tab), Number(row.slice(tab + 1)));
  }
  return counts;
}
