import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { renderOutputs } from "../batch/render.js";
import { OUTPUT_FORMATS } from "../batch/formats.js";
import { convert } from "../pipeline/runner.js";

const CLI = join(import.meta.dirname, "..", "cli", "main.js");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function spawnMs(args: string[], runs: number): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { stdio: "ignore" });
    ms.push(performance.now() - t0);
  }
  return Math.round(median(ms));
}

/**
 * Cold start, as a user meets it: `vanban --version`, and one 1 KB text file converted into all four
 * outputs (the main process and its converter process both start), against a bare `node -e 0`.
 */
export function benchStart(samples: string) {
  const dir = mkdtempSync(join(tmpdir(), "vanban-bench-start-"));
  const text = readFileSync(join(samples, "07-NQ-CP-2025.txt"), "utf8").slice(0, 1000);
  writeFileSync(join(dir, "one-kb.txt"), text);
  const node = spawnMs(["-e", "0"], 7);
  const version = spawnMs([CLI, "--version"], 7);
  const convert1kb = spawnMs(
    [CLI, "convert", join(dir, "one-kb.txt"), "-o", join(dir, "out"), "--quiet", "--force", "--jobs", "1"],
    5,
  );
  rmSync(dir, { recursive: true, force: true });
  return { nodeMs: node, versionMs: version, convert1kbMs: convert1kb };
}

/**
 * Text end to end per sample: conversion and every output rendered (JSON, Markdown, XLSX, CSV),
 * warm, median of `runs`; MB/s on the input's bytes. Warm means after `warmup` conversions of the
 * same sample: after one, 03-CT's times still spread over 19–54 ms while V8 compiles the writers'
 * code, and ten runs' median moved by a fifth between bench runs; after ten, they hold at 17–20.
 */
export async function benchTextEndToEnd(samples: string, runs: number, warmup = 10) {
  const rows = [];
  for (const file of readdirSync(samples)
    .filter((f) => [".txt", ".md"].includes(extname(f)))
    .sort()) {
    const path = join(samples, file);
    const bytes = new Uint8Array(readFileSync(path));
    const format = extname(file) === ".md" ? "markdown" : "text";
    const once = async () => {
      const t0 = performance.now();
      const { document } = await convert({ bytes, path, format });
      await renderOutputs(document, OUTPUT_FORMATS, false);
      return performance.now() - t0;
    };
    for (let i = 0; i < warmup; i++) await once();
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) ms.push(await once());
    const m = median(ms);
    rows.push({
      file,
      ms: Number(m.toFixed(1)),
      mbPerSecond: Number((bytes.length / 1e6 / (m / 1000)).toFixed(2)),
    });
  }
  return rows;
}

/**
 * Whether reading a PDF changes the process for later work: one text sample converted and written
 * out (JSON) before and after a PDF conversion in the same process; the ratio is 1 when nothing leaks.
 */
export async function benchAfterPdf(samples: string, pdf: string, runs: number) {
  const path = join(samples, "07-NQ-CP-2025.txt");
  const bytes = new Uint8Array(readFileSync(path));
  const once = async () => {
    const t0 = performance.now();
    const { document } = await convert({ bytes, path, format: "text" });
    JSON.stringify(document, null, 2);
    return performance.now() - t0;
  };
  const measure = async () => {
    await once();
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) ms.push(await once());
    return median(ms);
  };
  const before = await measure();
  await convert({ bytes: new Uint8Array(readFileSync(pdf)), path: pdf, format: "pdf" }, { ocr: "off" });
  const after = await measure();
  return {
    beforeMs: Number(before.toFixed(1)),
    afterMs: Number(after.toFixed(1)),
    ratio: Number((after / before).toFixed(2)),
  };
}

/**
 * One PDF converted in a fresh process: the first conversion cold (from the process's start, as a
 * one-document run pays it: Node, the pipeline's modules, pdf.js), then warm as pdf.js alone is
 * measured beside it (peers.ts), the median of the next three; with the peak RSS of the first.
 */
export function pdfInProcess(file: string): { coldMs: number; warmMs: number; peakRssMB: number } {
  const script = `
    const { convert } = await import(${JSON.stringify(join(import.meta.dirname, "..", "pipeline", "runner.js"))});
    const { readFileSync } = await import("node:fs");
    const bytes = new Uint8Array(readFileSync(process.env.VANBAN_BENCH_PDF));
    const once = () => convert({ bytes, path: process.env.VANBAN_BENCH_PDF, format: "pdf" }, { ocr: "off" });
    await once();
    const t1 = performance.now();
    const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
    const warm = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await once();
      warm.push(performance.now() - t);
    }
    const warmMs = warm.sort((a, b) => a - b)[1];
    console.log(JSON.stringify({ coldMs: Math.round(t1), warmMs: Math.round(warmMs), peakRssMB }));
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
    env: { ...process.env, VANBAN_BENCH_PDF: file },
  });
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as {
    coldMs: number;
    warmMs: number;
    peakRssMB: number;
  };
}
