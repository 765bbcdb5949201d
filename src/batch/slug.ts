import { basename, extname } from "node:path";
import { foldDiacritics } from "../text/fold.js";

/** A file-system-safe name: "07/NQ-CP" → "07-NQ-CP". No dots at the start, no separators, ASCII only. */
export function sanitize(s: string): string {
  const ascii = foldDiacritics(s)
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/\.{2,}/g, ".")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 100);
  return ascii || "document";
}

/**
 * The output folder name for a document: its number and its file name ("07-NQ-CP-2025" already
 * holds "07-NQ-CP", so it is used as is; a file "input.txt" holding 07/NQ-CP gives "07-NQ-CP_input").
 */
export function slugFor(path: string, documentNumber: string | null): string {
  const file = sanitize(basename(path, extname(path)));
  if (!documentNumber) return file;
  const number = sanitize(documentNumber);
  return file.toLowerCase().includes(number.toLowerCase()) ? file : `${number}_${file}`;
}

/** `base`, or `base-2`, `base-3`… when a document of the same run or an earlier one holds it. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  let slug = base;
  for (let n = 2; taken(slug); n++) slug = `${base}-${n}`;
  return slug;
}
