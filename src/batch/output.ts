import { randomUUID } from "node:crypto";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { utf8Bytes } from "../text/utf8.js";

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
    await writeFile(tmp, typeof content === "string" ? utf8Bytes(content) : content);
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Temporary files an interrupted write left in `folder` (".diff.json.<uuid>.tmp"): never kept. */
async function sweepTemporary(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const n of names) if (TEMPORARY.test(n)) await rm(join(folder, n), { force: true });
}

const TEMPORARY = /^\..+\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/;

/**
 * Writes rendered files into `folder`, each atomically, after all were rendered (a failure while
 * rendering leaves nothing half-written). Returns the paths written.
 */
export async function writeFiles(folder: string, files: [string, string | Uint8Array][]): Promise<string[]> {
  await sweepTemporary(folder);
  const written: string[] = [];
  for (const [name, content] of files) {
    const target = safeJoin(folder, name);
    await writeAtomic(target, content);
    written.push(target);
  }
  return written;
}
