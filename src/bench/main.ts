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
import { benchBatch, benchGrowth } from "./batch.js";

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
  const diff = await benchDiff(dir, "108-NQ-CP-2019.txt", "07-NQ-CP-2025.txt");
  const pdf = await benchPdf();
  const growth = await benchGrowth(dir);
  const batch = benchBatch(dir);
  const memory = process.memoryUsage();
  const result = {
    diff,
    pdf,
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
      `diff ${diff.pair}: align ${diff.ms.diff} ms, emit md+html ${diff.ms.emit} ms (${diff.changes} changes)`,
    );
  for (const r of pdf.files)
    console.log(
      `pdf ${r.file}: ${r.pages} pages, ${r.msPerPage} ms/page warm (read ${r.msRead} ms, stages ${r.msStages} ms)`,
    );
  if (pdf.long)
    console.log(
      `pdf ${pdf.long.pages} pages: ${pdf.long.ms} ms (${pdf.long.msPerPage} ms/page), peak rss ${pdf.long.peakRssMB} MB; pdftotext -layout ${pdf.long.pdftotextMs ?? "n/a"} ms`,
    );
  else console.log(`pdf 200 pages: skipped (${pdf.skipped})`);
  const stages = Object.keys(growth[0]!.msPerTimes);
  console.log(`growth, ms per 1× of the text samples: ${stages.join(" / ")}`);
  for (const g of growth)
    console.log(
      `  ${String(g.times).padStart(2)}× (${(g.bytes / 1e6).toFixed(1)} MB): ${stages.map((s) => g.msPerTimes[s]).join(" / ")}`,
    );
  const b = batch.inputs200;
  console.log(
    `batch 200 inputs: 1 job ${b.oneJobMs} ms, ${batch.cores} jobs ${b.allCoresMs} ms, speed-up ${b.speedUp}×, peak rss ${b.peakRssMB} MB`,
  );
  console.log(
    `batch peak rss: 50 inputs ${batch.peakRss.inputs50MB} MB (${batch.peakRss.ms50} ms), 500 inputs ${batch.peakRss.inputs500MB} MB (${batch.peakRss.ms500} ms)`,
  );
  console.log(
    `median of ${RUNS} runs after ${WARMUP} warm-up; rss ${result.rssMB} MB; written to out/bench.json`,
  );
}

/**
 * PDF figures: each rendered sample warm (ms per page, median of the runs), then one PDF of 200
 * pages made from them with qpdf, read once with its peak memory, and `pdftotext -layout`
 * on the same file as the reference (both from Debian: qpdf, poppler-utils).
 */
async function benchPdf() {
  const dir = join("tests", "fixtures", "render");
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => /^[^-]+-[^-]+-[^-]+-\d{4}\.pdf$|^bao-cao-[a-z-]+-\d{4}\.pdf$/.test(f))
    .sort();
  const files = [];
  for (const file of names) {
    const bytes = new Uint8Array(await readFile(join(dir, file)));
    // The read stage holds pdf.js and the page layout; the stages after it are the rest.
    const read: number[] = [];
    const stages: number[] = [];
    let pages = 0;
    for (let i = 0; i < WARMUP + Math.min(RUNS, 5); i++) {
      const { document, timings } = await convert({ bytes, path: file, format: "pdf" }, { ocr: "off" });
      pages = new Set((document.layout ?? []).map((l) => l.page)).size;
      if (i < WARMUP) continue;
      read.push(timings["read"] ?? 0);
      stages.push(
        Object.entries(timings)
          .filter(([k]) => k !== "read")
          .reduce((a, [, v]) => a + v, 0),
      );
    }
    const total = median(read) + median(stages);
    files.push({
      file,
      pages,
      msRead: Number(median(read).toFixed(1)),
      msStages: Number(median(stages).toFixed(1)),
      msPerPage: Number((total / Math.max(1, pages)).toFixed(1)),
    });
  }
  const have = (cmd: string) => spawnSync(cmd, ["--version"], { stdio: "ignore" }).status === 0;
  if (!names.length)
    return { files, long: null, skipped: "no rendered PDFs (node scripts/make-fixtures.mjs)" };
  if (!have("qpdf")) return { files, long: null, skipped: "qpdf is not installed (apt-get install qpdf)" };
  const pagesEach = files.map((f) => f.pages);
  const per = pagesEach.reduce((a, b) => a + b, 0);
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
  const bytes = new Uint8Array(await readFile(long));
  const t0 = performance.now();
  const { document } = await convert({ bytes, path: long, format: "pdf" }, { ocr: "off" });
  const ms = performance.now() - t0;
  const pages = new Set((document.layout ?? []).map((l) => l.page)).size;
  let pdftotextMs: number | null = null;
  if (spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0) {
    const p0 = performance.now();
    spawnSync("pdftotext", ["-layout", long, join("out", "bench-long.txt")]);
    pdftotextMs = Number((performance.now() - p0).toFixed(0));
  }
  return {
    files,
    long: {
      pages,
      ms: Number(ms.toFixed(0)),
      msPerPage: Number((ms / Math.max(1, pages)).toFixed(1)),
      peakRssMB: Number((process.resourceUsage().maxRSS / 1024).toFixed(0)),
      pdftotextMs,
    },
    skipped: null,
  };
}

/** The diff of the sample pair: alignment and the md + html reports, median of the runs. */
async function benchDiff(
  dir: string,
  a: string,
  b: string,
): Promise<{ pair: string; changes: number; ms: { diff: number; emit: number } } | null> {
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
  return {
    pair: `${a} → ${b}`,
    changes,
    ms: { diff: Number(median(align).toFixed(3)), emit: Number(median(emit).toFixed(3)) },
  };
}

await main();
