import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { SourceFormat } from "../model/block.js";
import { checkSignature, formatOf, InputError, isDocumentName } from "../stages/read/index.js";

export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Reads one input, refusing what is no document: missing, a folder, empty, too large. */
export async function readInput(path: string): Promise<{ bytes: Uint8Array; format: SourceFormat }> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError("no such file");
  }
  if (info.isDirectory()) throw new InputError("is a directory, not a file");
  if (!info.isFile()) throw new InputError("is not a regular file");
  if (info.size === 0) throw new InputError("the file is empty");
  if (info.size > MAX_INPUT_BYTES)
    throw new InputError(`the file is ${(info.size / 1048576).toFixed(1)} MB, over the 50 MB limit`);
  const format = formatOf(path);
  const bytes = new Uint8Array(await readFile(path));
  checkSignature(bytes, format);
  return { bytes, format };
}

/** Expands folders named in a pipeline definition into their document files, sorted by name. */
export async function expandInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(p)).filter((n) => !n.startsWith(".") && isDocumentName(n)).sort();
      out.push(...names.map((n) => join(p, n)));
    } else out.push(p);
  }
  return out;
}
