import { randomUUID } from "node:crypto";
import { lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { lstat, mkdir, readdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { safeJoin } from "./output.js";
import { utf8Bytes } from "../text/utf8.js";

/**
 * Safe writes: a document's files are written into a folder of their own under `-o/.vanban-staging`,
 * then swapped into place by rename. A reconversion never leaves stale files (the old folder goes
 * whole), an interruption never leaves a partial folder (the staging folder is swept by the next run),
 * and nothing is written through a symbolic link (a fresh folder, files opened exclusively, and a link
 * where the output folder should be is refused).
 */
export const STAGING = ".vanban-staging";

/**
 * Makes this run's own staging folder, `<pid>-<uuid>` (so a sweep can tell a dead run's leftovers).
 * The run makes it, not its converters: a converter outliving a killed run then finds no folder to
 * write into once the next run has swept it, instead of making it again. The run removes it at the
 * end, with `.vanban-staging` when that is empty.
 */
export async function makeStagingRoot(outDir: string): Promise<string> {
  const shared = join(outDir, STAGING);
  await mkdir(shared, { recursive: true });
  if ((await lstat(shared)).isSymbolicLink())
    throw new Error(`${shared} is a symbolic link; refusing to write through it`);
  const root = join(shared, `${process.pid}-${randomUUID()}`);
  await mkdir(root);
  return root;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

const SWEEP_RETRIES = { recursive: true, force: true, maxRetries: 5, retryDelay: 20 } as const;

/** Removes what runs that are no longer alive left in `-o/.vanban-staging`. Returns how many. */
export async function sweepStaging(outDir: string): Promise<number> {
  const shared = join(outDir, STAGING);
  const names = await readdir(shared).catch(() => [] as string[]);
  let swept = 0;
  for (const name of names) {
    const pid = Number(/^(\d+)-/.exec(name)?.[1]);
    if (pid && pid !== process.pid && alive(pid)) continue;
    // A converter of the dead run may still be writing its last document there as it dies: the
    // removal then meets a folder filled under it (ENOTEMPTY) and tries again. What stays is only a
    // leftover, swept by the next run; it never stops this one.
    const removed = await rm(join(shared, name), SWEEP_RETRIES).then(
      () => true,
      () => false,
    );
    if (removed) swept++;
  }
  return swept;
}

/**
 * Writes `files` into a new folder under the run's `root` (created exclusively, so no link can stand
 * in its place) and returns it. On any failure (ENOSPC, EACCES, the root swept) the folder is removed
 * and the error thrown. Synchronous: a converter process does one document at a time, and each
 * promise-based call was three trips through libuv's thread pool (open, write, close), about 40 per
 * document with their wake-ups, which two converters on two cores paid for in each other's time.
 */
export function stageFiles(root: string, files: readonly [string, string | Uint8Array][]): string {
  if (lstatSync(dirname(root)).isSymbolicLink())
    throw new Error(`${dirname(root)} is a symbolic link; refusing to write through it`);
  const folder = join(root, randomUUID());
  mkdirSync(folder);
  const made = new Set([folder]);
  try {
    for (const [name, content] of files) {
      const target = safeJoin(folder, ...name.split("/"));
      const parent = dirname(target);
      if (!made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      writeFileSync(target, typeof content === "string" ? utf8Bytes(content) : content, { flag: "wx" });
    }
  } catch (e) {
    rmSync(folder, { recursive: true, force: true });
    throw e;
  }
  return folder;
}

/**
 * Swaps a staged folder in as `outDir/slug`: the old folder, if any, is moved aside into `root` first
 * and removed after. A symbolic link or a file at `outDir/slug` is refused, never followed or replaced.
 * Synchronous (a few microseconds of calls) so the run's thread pool does not wake for each document.
 */
export function commitFolder(staged: string, outDir: string, slug: string, root: string): string {
  const target = safeJoin(outDir, slug);
  let existing = null;
  try {
    existing = lstatSync(target);
  } catch {
    // nothing there yet
  }
  if (existing?.isSymbolicLink())
    throw new Error(`${target} is a symbolic link; refusing to write through it`);
  if (existing && !existing.isDirectory()) throw new Error(`${target} exists and is not a folder`);
  let aside: string | null = null;
  if (existing) {
    aside = join(root, `old-${randomUUID()}`);
    renameSync(target, aside);
  }
  renameSync(staged, target);
  if (aside) rmSync(aside, { recursive: true, force: true });
  return target;
}
