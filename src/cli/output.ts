import { randomUUID } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
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

/** Joins inside `root` and refuses any result that would land outside it. */
export function safeJoin(root: string, ...parts: string[]): string {
  const base = resolve(root);
  const target = resolve(base, ...parts);
  const rel = relative(base, target);
  if (rel === "" || rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel)) {
    throw new Error(`refusing to write outside ${base}: ${target}`);
  }
  return target;
}

/** Write to a temporary file in the same folder, then rename: readers never see half a file. */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${randomUUID()}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Writes rendered files into `folder`, each atomically, after all were rendered (a failure while
 * rendering leaves nothing half-written). Returns the paths written.
 */
export async function writeFiles(folder: string, files: [string, string | Uint8Array][]): Promise<string[]> {
  const written: string[] = [];
  for (const [name, content] of files) {
    const target = safeJoin(folder, name);
    await writeAtomic(target, content);
    written.push(target);
  }
  return written;
}
