import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Which file a converter process starts from, and how. `npm run build` writes the converter three
 * ways: compiled modules, one ES bundle (a cold process imports it in a third of the time), and a V8
 * startup snapshot of a CommonJS bundle, its modules already evaluated and its text readers and
 * writers warmed up (a 1 KB text file: 215 → 137 ms from fork to result). A snapshot starts only
 * in the Node binary that built it and under the same V8 flags (the heap limit is one), so the
 * build writes one per flag set the runner uses by default and records them in a stamp; anything
 * else (another `--max-memory`, another Node, a moved folder, VANBAN_SNAPSHOT=off) forks the
 * ES bundle. Run from the sources (tests), the built files stand in.
 */
export interface ConverterEntry {
  script: string;
  /** V8 and Node flags the process starts with, the snapshot's own first. */
  execArgv: string[];
}

/** The record of the snapshots a build wrote, in `dist/bundle/`. */
export const SNAPSHOT_STAMP = "converter-snapshot.json";
export const SNAPSHOT_SCRIPT = "converter-snapshot.cjs";

export interface SnapshotStamp {
  node: string;
  execPath: string;
  /** The folder the bundle was built in: the snapshot holds its paths. */
  dir: string;
  /** Blob file by the flags it was built under, joined with spaces. */
  blobs: Record<string, string>;
}

export function bundleDir(): string {
  return fileURLToPath(new URL("..", import.meta.url)).replace(/\/src\/$/, "/dist/") + "bundle/";
}

export function converterEntry(flags: string[], dir = bundleDir()): ConverterEntry {
  const blob = snapshotFor(flags, dir);
  if (blob) return { script: dir + SNAPSHOT_SCRIPT, execArgv: ["--snapshot-blob", blob, ...flags] };
  const bundle = `${dir}worker-process.js`;
  return {
    script: existsSync(bundle) ? bundle : dir.replace(/bundle\/$/, "batch/worker-process.js"),
    execArgv: flags,
  };
}

function snapshotFor(flags: string[], dir: string): string | null {
  if (process.env.VANBAN_SNAPSHOT === "off") return null;
  let stamp: SnapshotStamp;
  try {
    stamp = JSON.parse(readFileSync(dir + SNAPSHOT_STAMP, "utf8")) as SnapshotStamp;
  } catch {
    return null;
  }
  const file = stamp.blobs[flags.join(" ")];
  const fits = stamp.node === process.version && stamp.execPath === process.execPath && stamp.dir === dir;
  return fits && file && existsSync(dir + file) ? dir + file : null;
}
