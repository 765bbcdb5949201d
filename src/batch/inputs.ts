import { readFileSync, statSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, join } from "node:path";
import type { SourceFormat } from "../model/block.js";
import { InputError } from "../stages/read/input-error.js";
import { formatOf, formatOfBytes, isDocumentName } from "../stages/read/registry.js";

export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/**
 * Reads one input, refusing what is no document: missing, a folder, empty, too large. Synchronous
 * reads: a converter process reads one input at a time, and the thread pool's round trips cost more
 * than the read.
 */
export async function readInput(
  path: string,
  maxBytes = MAX_INPUT_BYTES,
): Promise<{ bytes: Uint8Array; format: SourceFormat; named: SourceFormat }> {
  let info;
  try {
    info = statSync(path);
  } catch {
    throw new InputError("no such file");
  }
  if (info.isDirectory()) throw new InputError("is a folder holding no document to read");
  if (!info.isFile()) throw new InputError("is not a regular file");
  if (info.size === 0) throw new InputError("the file is empty");
  if (info.size > maxBytes)
    throw new InputError(
      `the file is ${(info.size / 1048576).toFixed(1)} MB, over the ${+(maxBytes / 1048576).toFixed(1)} MB limit (--max-size)`,
    );
  const named = formatOf(path);
  const bytes = new Uint8Array(readFileSync(path));
  return { bytes, format: formatOfBytes(bytes, named), named };
}

/** Every document file under a folder, at any depth, sorted by path; hidden entries skipped. */
async function walk(folder: string): Promise<string[]> {
  const out: string[] = [];
  const pending = [folder];
  while (pending.length) {
    const dir = pending.pop()!;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const p = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(p);
      else if (entry.isFile() && isDocumentName(entry.name)) out.push(p);
    }
  }
  return out.sort();
}

/** The lines of a list of paths, blank lines and "#" comments skipped. */
function listLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

/**
 * The inputs a user named, expanded: a folder gives its document files at any depth (sorted), `-` the
 * paths listed on stdin, `@list.txt` the paths listed in that file (relative to the list's own
 * folder). Anything else is a file, checked when it is read. Duplicates are kept once.
 */
export async function expandInputs(
  paths: string[],
  stdin: () => Promise<string> = readStdin,
): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (p === "-") {
      out.push(...listLines(await stdin()));
      continue;
    }
    if (p.startsWith("@") && p.length > 1) {
      const list = p.slice(1);
      const text = await readFile(list, "utf8").catch(() => {
        throw new InputError(`${list}: no such list of inputs`);
      });
      out.push(...listLines(text).map((l) => (isAbsolute(l) ? l : join(dirname(list), l))));
      continue;
    }
    const info = await stat(p).catch(() => null);
    const found = info?.isDirectory() ? await walk(p) : [p];
    // A folder with nothing to read stays an input, so the run reports it rather than passing it by.
    out.push(...(found.length ? found : [p]));
  }
  return [...new Set(out)];
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
