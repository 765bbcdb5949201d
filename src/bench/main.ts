import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { toJson } from "../emit/json.js";
import { toMarkdownDocument } from "../emit/markdown.js";
import { spawnSync } from "node:child_process";
import { convert } from "../pipeline/runner.js";
import { diffDocuments } from "../diff/index.js";
import { diffToHtml } from "../emit/diff-html.js";
import { diffToMarkdown } from "../emit/diff-markdown.js";
import type { LegalDocument } from "../model/document.js";
import { benchBatch, benchGrowth, cliRun } from "./batch.js";
import { benchOcr } from "./ocr.js";
import { mutoolMs, pdfjsPeer, pdfjsTextMs, pdftotextMs } from "./peers.js";
import { benchAfterPdf, benchStart, benchTextEndToEnd, pdfInProcess } from "./speed.js";

/**
 * npm run bench: every sample parsed repeatedly; per-stage milliseconds (median of the runs after a
 * warm-up) and throughput. Figures are printed and written to out/bench.json. Tests never time.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARMUP = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const dir = "samples";
  const files = (await readdir(dir)).filter((f) => [".txt", ".md"].includes(extname(f))).sort();
  const rows = [];
  for (const file of files) {
    const path = join(dir, file);
    const bytes = new Uint8Array(await readFile(path));
    const format = extname(file) === ".md" ? "markdown" : "text";
    const stage: Record<string, number[]> = {};
    const emit: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const { document, timings } = await convert({ bytes, path, format });
      const t0 = performance.now();
      toJson(document);
      toMarkdownDocument(document);
      const t1 = performance.now();
      if (i < WARMUP) continue;
      for (const [id, ms] of Object.entries(timings)) (stage[id] ??= []).push(ms);
      emit.push(t1 - t0);
    }
    const perStage = Object.fromEntries(
      Object.entries(stage).map(([id, xs]) => [id, Number(median(xs).toFixed(3))]),
    );
    const total = Object.values(perStage).reduce((a, b) => a + b, 0);
    rows.push({
      file,
      bytes: bytes.length,
      lines: new TextDecoder().decode(bytes).split("\n").length,
      ms: { ...perStage, emit: Number(median(emit).toFixed(3)), total: Number(total.toFixed(3)) } as Record<
        string,
        number
      >,
      mbPerSecond: Number((bytes.length / 1e6 / (total / 1000)).toFixed(2)),
    });
  }
  const start = benchStart(dir);
  const endToEnd = await benchTextEndToEnd(dir, RUNS);
  const afterPdf = await benchAfterPdf(dir, join("tests", "fixtures", "render", "07-NQ-CP-2025.pdf"), 30);
  const diff = await benchDiff(dir, "108-NQ-CP-2019.txt", "07-NQ-CP-2025.txt");
  const pdf = await benchPdf();
  const ocr = await benchOcr(
    join("tests", "corpus", "chi-thi-11-CT-UBND-2025_ha-noi-chien-dich-chuyen-doi-so_scan.pdf"),
  );
  const growth = await benchGrowth(dir);
  const batch = benchBatch(dir);
  const memory = process.memoryUsage();
  const result = {
    start,
    endToEnd,
    afterPdf,
    diff,
    pdf,
    ocr,
    growth,
    batch,
    runs: RUNS,
    warmup: WARMUP,
    node: process.version,
    rows,
    totals: {
      bytes: rows.reduce((a, r) => a + r.bytes, 0),
      ms: Number(rows.reduce((a, r) => a + (r.ms["total"] ?? 0), 0).toFixed(3)),
    },
    rssMB: Number((memory.rss / 1048576).toFixed(1)),
    heapUsedMB: Number((memory.heapUsed / 1048576).toFixed(1)),
  };
  await mkdir("out", { recursive: true });
  await writeFile(join("out", "bench.json"), `${JSON.stringify(result, null, 2)}\n`);
  const line = (c: string[]) => c.map((x, i) => (i === 0 ? x.padEnd(40) : x.padStart(11))).join("");
  console.log(line(["sample", "KB", "read ms", "struct ms", "tables ms", "targets ms", "emit ms", "MB/s"]));
  for (const r of rows) {
    console.log(
      line([
        r.file,
        (r.bytes / 1024).toFixed(0),
        String(r.ms["read"] ?? ""),
        String(r.ms["structure"] ?? ""),
        String(r.ms["tables"] ?? ""),
        String(r.ms["targets"] ?? ""),
        String(r.ms["emit"]),
        String(r.mbPerSecond),
      ]),
    );
  }
  if (diff)
    console.log(
      `diff ${diff.pair}: align ${diff.ms.diff} ms, emit md+html ${diff.ms.emit} ms (${diff.changes} changes); ${diff.growth.map((g) => `${g.times}× ${g.ms} ms`).join(", ")}`,
    );
  const x = (r: number | null) => (r === null ? "n/a" : `${r}×`);
  for (const r of pdf.files)
    console.log(
      `pdf ${r.file}: ${r.pages} pages, ${r.ms} ms (${r.msPerPage} ms/page) warm; pdf.js text ${r.pdfjsTextMs} ms, pdftotext ${r.pdftotextMs ?? "n/a"} ms, mutool ${r.mutoolMs ?? "n/a"} ms → ${x(r.ratio.pdfjsText)} pdf.js, ${x(r.ratio.pdftotext)} pdftotext, ${x(r.ratio.mutool)} mutool`,
    );
  if (pdf.long)
    console.log(
      `pdf 200 pages warm (median of the 3 conversions after the first, as for pdf.js alone): ${pdf.long.ms} ms (${pdf.long.msPerPage} ms/page); pdf.js text ${pdf.long.pdfjsTextMs} ms, pdftotext ${pdf.long.pdftotextMs ?? "n/a"} ms, mutool ${pdf.long.mutoolMs ?? "n/a"} ms → ${x(pdf.long.ratio.pdfjsText)} pdf.js, ${x(pdf.long.ratio.pdftotext)} pdftotext, ${x(pdf.long.ratio.mutool)} mutool\n` +
        `pdf 200 pages cold (a fresh process, from its start): ${pdf.long.coldMs} ms, pdf.js text cold ${pdf.long.pdfjsColdMs} ms → ${x(pdf.long.coldRatio.pdfjsText)} pdf.js, ${x(pdf.long.coldRatio.pdftotext)} pdftotext, ${x(pdf.long.coldRatio.mutool)} mutool; peak rss ${pdf.long.inProcessPeakRssMB} MB (no outputs, modules unbundled)\n` +
        `pdf 200 pages, one-document CLI run with every output: ${pdf.long.cliMs} ms, peak rss ${pdf.long.peakRssMB ?? "n/a"} MB (its largest process)`,
    );
  else console.log(`pdf 200 pages: skipped (${pdf.skipped})`);
  if ("skipped" in ocr) console.log(`ocr: skipped (${ocr.skipped})`);
  else
    console.log(
      `ocr ${ocr.file}: ${ocr.pages} pages, ${ocr.ms} ms (${ocr.msPerPage} ms/page, pages in parallel); pdftoppm + tesseract page after page ${ocr.peerMs} ms (per page ${ocr.peerMsPerPage.join(", ")} ms) → ${ocr.ratio}×`,
    );
  console.log(
    `start: node -e 0 ${start.nodeMs} ms, vanban --version ${start.versionMs} ms, convert 1 KB text (all outputs) ${start.convert1kbMs} ms`,
  );
  for (const r of endToEnd)
    console.log(
      `end to end with all outputs (median of ${RUNS} after 10 warm-up): ${r.file} ${r.ms} ms, ${r.mbPerSecond} MB/s`,
    );
  console.log(
    `text conversion before a PDF ${afterPdf.beforeMs} ms, after ${afterPdf.afterMs} ms in the same process (${afterPdf.ratio}×)`,
  );
  const stages = Object.keys(growth[0]!.msPerTimes);
  console.log(`growth, ms per 1× of the text samples: ${stages.join(" / ")}`);
  for (const g of growth)
    console.log(
      `  ${String(g.times).padStart(2)}× (${(g.bytes / 1e6).toFixed(1)} MB): ${stages.map((s) => g.msPerTimes[s]).join(" / ")}`,
    );
  const b = batch.inputs200;
  console.log(
    `batch 200 inputs: 1 job ${b.oneJobMs} ms, ${batch.cores} jobs ${b.allCoresMs} ms, speed-up ${b.speedUp}×, cores busy ${b.oneJobCoresBusy} and ${b.allCoresBusy}, peak rss ${b.peakRssMB} MB`,
  );
  console.log(
    `batch peak rss: 50 inputs ${batch.peakRss.inputs50MB} MB (${batch.peakRss.ms50} ms), 500 inputs ${batch.peakRss.inputs500MB} MB (${batch.peakRss.ms500} ms)`,
  );
  console.log(
    `median of ${RUNS} runs after ${WARMUP} warm-up; rss ${result.rssMB} MB; written to out/bench.json`,
  );
}

/**
 * PDF figures against the peers a user would pick instead, in this run: each rendered sample warm
 * (ms per page, median) beside pdf.js's text content alone (run after each of ours), `pdftotext
 * -layout` and MuPDF's `mutool`; then one PDF of 200 pages made from them with qpdf, converted in a
 * fresh process cold (with its peak memory) and warm, beside the same peers.
 */
async function benchPdf() {
  const dir = join("tests", "fixtures", "render");
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => /^[^-]+-[^-]+-[^-]+-\d{4}\.pdf$|^bao-cao-[a-z-]+-\d{4}\.pdf$/.test(f))
    .sort();
  const files = [];
  const peer = pdfjsPeer();
  for (const file of names) {
    const path = join(dir, file);
    const bytes = new Uint8Array(await readFile(path));
    const total: number[] = [];
    const alone: number[] = [];
    let pages = 0;
    // Each vanban run is followed by a pdf.js run on the same file: the ratio holds while the
    // machine's load moves. Eleven pairs: with seven, one sample's median moved by a fifth between
    // bench runs on this shared machine (20-CTr: 96-133 ms).
    for (let i = 0; i < WARMUP + Math.min(RUNS, 11); i++) {
      const t0 = performance.now();
      const { document } = await convert({ bytes, path: file, format: "pdf" }, { ocr: "off" });
      pages = new Set((document.layout ?? []).map((l) => l.page)).size;
      const ms = performance.now() - t0;
      const peerMs = await peer.once(bytes);
      if (i < WARMUP) continue;
      total.push(ms);
      alone.push(peerMs);
    }
    const ms = median(total);
    files.push({
      file,
      pages,
      ms: Math.round(ms),
      msPerPage: Number((ms / Math.max(1, pages)).toFixed(1)),
      ...(await peersOf(path, ms, Math.round(median(alone)))),
    });
  }
  await peer.close();
  const have = (cmd: string) => spawnSync(cmd, ["--version"], { stdio: "ignore" }).status === 0;
  if (!names.length)
    return { files, long: null, skipped: "no rendered PDFs (node scripts/make-fixtures.mjs)" };
  if (!have("qpdf")) return { files, long: null, skipped: "qpdf is not installed (apt-get install qpdf)" };
  const per = files.reduce((a, f) => a + f.pages, 0);
  const copies = Math.ceil(200 / Math.max(1, per));
  const long = join("out", "bench-long.pdf");
  await mkdir("out", { recursive: true });
  const joined = join("out", "bench-joined.pdf");
  spawnSync("qpdf", [
    "--empty",
    "--pages",
    ...Array.from({ length: copies }, () => names.map((n) => join(dir, n))).flat(),
    "--",
    joined,
  ]);
  spawnSync("qpdf", ["--empty", "--pages", joined, "1-200", "--", long]);
  const run = pdfInProcess(long);
  // As a user meets it: one document, every output written, the converter a process of its own.
  const cli = cliRun(long, 1);
  const peers = await peersOf(long, run.warmMs);
  const cold = (peer: number | null) => (peer ? Number((run.coldMs / peer).toFixed(2)) : null);
  return {
    files,
    long: {
      pages: 200,
      ms: run.warmMs,
      msPerPage: Number((run.warmMs / 200).toFixed(1)),
      coldMs: run.coldMs,
      peakRssMB: cli.peakRssMB,
      cliMs: cli.ms,
      inProcessPeakRssMB: run.peakRssMB,
      ...peers,
      // Cold against cold: pdf.js's first pass with its import, and the peers' own process runs.
      coldRatio: {
        pdfjsText: cold(peers.pdfjsColdMs),
        pdftotext: cold(peers.pdftotextMs),
        mutool: cold(peers.mutoolMs),
      },
    },
    skipped: null,
  };
}

/** The peers' times on one file and vanban's ratio to each. */
async function peersOf(file: string, ms: number, pdfjsWarm?: number) {
  const ratio = (peer: number | null) => (peer ? Number((ms / peer).toFixed(2)) : null);
  const pdfjs = pdfjsWarm === undefined ? await pdfjsTextMs(file) : { warm: pdfjsWarm, cold: null };
  const pdfjsMs = pdfjs.warm;
  const pdftotext = pdftotextMs(file);
  const mutool = mutoolMs(file);
  return {
    pdfjsTextMs: pdfjsMs,
    pdfjsColdMs: pdfjs.cold,
    pdftotextMs: pdftotext,
    mutoolMs: mutool,
    ratio: { pdfjsText: ratio(pdfjsMs), pdftotext: ratio(pdftotext), mutool: ratio(mutool) },
  };
}

/** The diff of the sample pair: alignment and the md + html reports, median of the runs. */
async function benchDiff(
  dir: string,
  a: string,
  b: string,
): Promise<{
  pair: string;
  changes: number;
  ms: { diff: number; emit: number };
  growth: { times: number; ms: number; changes: number }[];
} | null> {
  const files = await readdir(dir);
  if (!files.includes(a) || !files.includes(b)) return null;
  const load = async (f: string): Promise<LegalDocument> =>
    (
      await convert({
        bytes: new Uint8Array(await readFile(join(dir, f))),
        path: join(dir, f),
        format: "text",
      })
    ).document;
  const [x, y] = [await load(a), await load(b)];
  const align: number[] = [];
  const emit: number[] = [];
  let changes = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t0 = performance.now();
    const d = diffDocuments(x, y);
    const t1 = performance.now();
    diffToMarkdown(d);
    diffToHtml(d);
    const t2 = performance.now();
    changes = d.changes.length;
    if (i < WARMUP) continue;
    align.push(t1 - t0);
    emit.push(t2 - t1);
  }
  // The pair repeated 4× and 16× (each document's text concatenated with itself): alignment time
  // must grow with the items, not with every old × new pair.
  const growth = [];
  for (const k of [4, 16]) {
    const scaled = async (f: string): Promise<LegalDocument> => {
      const text = (await readFile(join(dir, f), "utf8")).trim();
      const bytes = new TextEncoder().encode(Array<string>(k).fill(text).join("\n\n"));
      return (await convert({ bytes, path: `${k}x-${f}`, format: "text" })).document;
    };
    const [sx, sy] = [await scaled(a), await scaled(b)];
    const t0 = performance.now();
    const d = diffDocuments(sx, sy);
    growth.push({ times: k, ms: Math.round(performance.now() - t0), changes: d.changes.length });
  }
  return {
    pair: `${a} → ${b}`,
    changes,
    ms: { diff: Number(median(align).toFixed(3)), emit: Number(median(emit).toFixed(3)) },
    growth,
  };
}

await main();
