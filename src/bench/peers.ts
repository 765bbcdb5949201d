import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve as absolute } from "node:path";
import { Worker } from "node:worker_threads";

/**
 * The tools a user would pick instead, timed on the same files in the same run: poppler's
 * `pdftotext -layout`, MuPDF's `mutool convert -F text`, and pdf.js's `getTextContent` alone (what
 * vanban's PDF reader builds on). Each is optional: a missing tool gives null, never a failure.
 */

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function has(cmd: string, arg = "-v"): boolean {
  return spawnSync(cmd, [arg], { stdio: "ignore" }).status !== null;
}

/** Wall milliseconds of a command, median of `runs` (process start included, as a user pays it). */
function timed(cmd: string, args: string[], runs: number): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(cmd, args, { stdio: "ignore" });
    ms.push(performance.now() - t0);
  }
  return Math.round(median(ms));
}

export function pdftotextMs(file: string, runs = 3): number | null {
  if (!has("pdftotext")) return null;
  const out = mkdtempSync(join(tmpdir(), "vanban-peer-"));
  const ms = timed("pdftotext", ["-layout", file, join(out, "out.txt")], runs);
  rmSync(out, { recursive: true, force: true });
  return ms;
}

export function mutoolMs(file: string, runs = 3): number | null {
  if (!has("mutool", "-v")) return null;
  const out = mkdtempSync(join(tmpdir(), "vanban-peer-"));
  const ms = timed("mutool", ["convert", "-F", "text", "-o", join(out, "out.txt"), file], runs);
  rmSync(out, { recursive: true, force: true });
  return ms;
}

/**
 * pdf.js alone: open the file and take every page's text content, in a fresh worker thread so its
 * patches never reach the process the bench measures in. Cold is the first pass, pdf.js's import
 * included; warm the median of `runs` passes after it.
 */
export function pdfjsTextMs(file: string, runs = 3): Promise<{ warm: number; cold: number }> {
  const script = `
    const { workerData, parentPort } = await import("node:worker_threads");
    const t00 = performance.now();
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const once = async () => {
      const doc = await pdfjs.getDocument({ data: workerData.bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true }).promise;
      for (let n = 1; n <= doc.numPages; n++) { const p = await doc.getPage(n); await p.getTextContent(); p.cleanup(); }
      await doc.destroy();
    };
    await once();
    const cold = performance.now() - t00;
    const ms = [];
    for (let i = 0; i < workerData.runs; i++) {
      const t0 = performance.now();
      await once();
      ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    parentPort.postMessage({ warm: Math.round(ms[Math.floor(ms.length / 2)]), cold: Math.round(cold) });
  `;
  const bytes = new Uint8Array(readFileSync(file));
  return new Promise((resolve, reject) => {
    // A file under out/, so "pdfjs-dist" resolves from the project's node_modules.
    mkdirSync("out", { recursive: true });
    const entry = absolute("out", "bench-pdfjs-text.mjs");
    writeFileSync(entry, script);
    const w = new Worker(entry, { workerData: { bytes, runs } });
    w.once("message", (ms: { warm: number; cold: number }) => {
      resolve(ms);
      void w.terminate();
    });
    w.once("error", reject);
  });
}

/**
 * pdf.js alone in a worker thread that stays: each `once` takes every page's text content of one
 * file and answers its milliseconds. The bench alternates it with vanban's own runs, so load from
 * elsewhere on a shared machine falls on both.
 */
export function pdfjsPeer(): { once(bytes: Uint8Array): Promise<number>; close(): Promise<number> } {
  const script = `
    const { parentPort } = await import("node:worker_threads");
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    parentPort.on("message", async (bytes) => {
      const t0 = performance.now();
      const doc = await pdfjs.getDocument({ data: bytes, verbosity: 0, isEvalSupported: false, disableFontFace: true }).promise;
      for (let n = 1; n <= doc.numPages; n++) { const p = await doc.getPage(n); await p.getTextContent(); p.cleanup(); }
      await doc.destroy();
      parentPort.postMessage(performance.now() - t0);
    });
  `;
  mkdirSync("out", { recursive: true });
  const entry = absolute("out", "bench-pdfjs-peer.mjs");
  writeFileSync(entry, script);
  const w = new Worker(entry);
  // One file at a time: the answer (or the thread's error) settles the run in flight.
  let pending: { resolve: (ms: number) => void; reject: (e: unknown) => void } | null = null;
  w.on("message", (ms: number) => pending?.resolve(ms));
  w.on("error", (e) => pending?.reject(e));
  return {
    once: (bytes) =>
      new Promise((resolve, reject) => {
        pending = { resolve, reject };
        w.postMessage(bytes.slice());
      }),
    close: () => w.terminate(),
  };
}
