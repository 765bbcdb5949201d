#!/usr/bin/env node
/**
 * The corpus run: converts every document in a folder with the built library and reports what came
 * out, so a change to a stage can be judged on many unseen layouts at once.
 *   npm run corpus [-- DIR]
 * DIR defaults to ../shared/corpus (beside the project) when it exists, else tests/corpus. The folder
 * is read flat; README files are its description, not documents. Each document runs in a child
 * process (scripts/corpus-worker.mjs) with a 120 s limit, one at a time: OCR already uses every core,
 * and timings taken side by side would not mean much.
 * Writes out/corpus/report.json and out/corpus/report.md; when a report.json was there before, both
 * say what changed against it. A document with an `*.expected.json` beside it is also scored
 * (scripts/corpus-score.mjs, the scorer tests/corpus/accuracy.test.ts asserts with).
 */
import { execFileSync, fork } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
// Imported rather than global: eslint gives scripts/ only process and console.
import { performance } from "node:perf_hooks";
import { clearTimeout, setTimeout } from "node:timers";
import {
  FIELDS,
  METADATA_FIELDS,
  formatAccuracy,
  ocrInstalled,
  summarise as summariseScores,
  worstDocuments,
} from "./corpus-score.mjs";

const ROOT = resolve(import.meta.dirname, "..");
// CORPUS_OUT: another folder for the report, so two runs (a derived set beside the corpus) can go at once.
const OUT = resolve(process.env.CORPUS_OUT ?? join(ROOT, "out", "corpus"));
const WORKER = join(import.meta.dirname, "corpus-worker.mjs");
// 120 s per document; CORPUS_LIMIT_S overrides it (a slow machine, or trying the kill path).
const LIMIT_MS = Number(process.env.CORPUS_LIMIT_S ?? 120) * 1000;
// The metadata fields a report counts as found: the scored ones plus the bases list.
const METADATA = [...METADATA_FIELDS, "bases"];

/**
 * The built library, frozen for the run: `npm run build` empties dist/ before it compiles, so a build
 * started elsewhere during a run of several minutes would leave workers nothing to load (it did, twice)
 * or let later documents run other code than earlier ones. The copy sits inside the project so the
 * packages it imports still resolve from node_modules; it is removed at the end. One per run.
 */
const LIB_DIR = join(ROOT, "out", `.corpus-lib-${process.pid}`);
function freezeLibrary() {
  if (!existsSync(join(ROOT, "dist", "index.js"))) {
    console.error("corpus: dist/index.js is missing: run `npm run build` (npm run corpus does)");
    process.exit(2);
  }
  rmSync(LIB_DIR, { recursive: true, force: true });
  cpSync(join(ROOT, "dist"), LIB_DIR, { recursive: true });
  return pathToFileURL(join(LIB_DIR, "index.js")).href;
}
const LIB = freezeLibrary();
const { READERS, foldKey } = await import(LIB);
// Refused formats are listed too: a folder run should say that they were refused, not skip them.
const EXTENSIONS = new Set([...Object.values(READERS).flatMap((r) => r.extensions), ".doc", ".rtf"]);

function corpusDir() {
  const given = process.argv[2];
  if (given) return resolve(process.cwd(), given);
  const shared = resolve(ROOT, "..", "shared", "corpus");
  return existsSync(shared) ? shared : join(ROOT, "tests", "corpus");
}

function documentsIn(dir) {
  return readdirSync(dir)
    .filter((n) => !n.startsWith(".") && !/^readme\./i.test(n) && EXTENSIONS.has(extname(n).toLowerCase()))
    .filter((n) => statSync(join(dir, n), { throwIfNoEntry: false })?.isFile())
    .sort();
}

/**
 * Runs one document in a worker. The 120 s limit covers the conversion; the lossless re-read that
 * follows gets a limit of its own, so a slow check never turns a converted document into a failed one.
 */
function runOne(dir, name) {
  const path = join(dir, name);
  const expected = existsSync(`${path}.expected.json`) ? `${path}.expected.json` : null;
  return new Promise((done) => {
    const started = performance.now();
    // detached: the worker leads a process group, so a kill also ends the tesseract/pdftoppm it started.
    const child = fork(WORKER, expected ? [path, expected] : [path], {
      detached: true,
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      env: { ...process.env, VANBAN_CORPUS_LIB: LIB },
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
    let converted = null;
    let ending = null;
    let lossless = null;
    const kill = (why) => {
      ending = why;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    };
    let timer = setTimeout(() => kill("timeout"), LIMIT_MS);
    child.on("message", (m) => {
      if (m.kind === "converted") {
        converted = m;
        clearTimeout(timer);
        timer = setTimeout(() => kill("lossless-timeout"), LIMIT_MS);
      } else if (m.kind === "lossless") lossless = { ...m.lossless, ms: Math.round(m.ms) };
      else if (converted) lossless = { error: m.reason };
      else ending = m;
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      // Whatever the worker left running in its group (an OCR page) goes with it.
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // the group is already empty
      }
      const wall = Math.round(performance.now() - started);
      const base = { file: name, expected: expected ? relative(dir, expected) : null };
      if (converted) {
        if (!lossless)
          lossless = {
            error:
              ending === "lossless-timeout"
                ? `the re-read timed out after ${LIMIT_MS / 1000} s`
                : `worker ended (${signal ?? code}) before the check`,
          };
        done({
          ...base,
          ...converted.summary,
          ms: Math.round(converted.ms),
          timings: roundAll(converted.timings),
          stages: converted.stages,
          lossless,
          score: converted.score,
          scoreError: converted.scoreError ?? null,
        });
        return;
      }
      let reason;
      if (ending === "timeout") reason = `timed out after ${LIMIT_MS / 1000} s (killed)`;
      else if (ending && typeof ending === "object") reason = ending.reason;
      else
        reason = `worker died (${signal ? `signal ${signal}` : `exit code ${code}`})${lastLine(stderr) ? `: ${lastLine(stderr)}` : ""}`;
      const score = ending && typeof ending === "object" ? (ending.score ?? null) : null;
      done({
        ...base,
        status: "failed",
        reason,
        refused: ending?.kind === "refused",
        ms: ending?.ms ? Math.round(ending.ms) : wall,
        score,
        needsScore: !!expected && !score,
      });
    });
  });
}

const roundAll = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v)]));
/** The line of a dying worker's stderr that says why: the error, not Node's closing version banner. */
function lastLine(stderr) {
  const lines = stderr
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !/^Node\.js v\d/.test(l) && !/^at /.test(l));
  return (
    lines.findLast((l) => /^(\w*Error|Error)\b|^FATAL|out of memory/i.test(l)) ??
    lines.at(-1) ??
    ""
  ).slice(0, 300);
}

/** A worker killed before it could score leaves every field of its document wrong, as the test counts it. */
async function scoreLost(dir, doc) {
  if (!doc.needsScore) return;
  const { scoreDocument } = await import("./corpus-score.mjs");
  const expected = JSON.parse(readFileSync(join(dir, doc.expected), "utf8"));
  doc.score = scoreDocument(expected, null, { foldKey, error: doc.reason, file: doc.file });
}

function totalsOf(docs) {
  const converted = docs.filter((d) => d.metadata);
  const sum = (f) => converted.reduce((n, d) => n + f(d), 0);
  const warnings = {};
  for (const d of converted)
    for (const [rule, n] of Object.entries(d.diagnostics.warning)) warnings[rule] = (warnings[rule] ?? 0) + n;
  const scored = docs.filter((d) => d.score);
  return {
    documents: docs.length,
    ok: docs.filter((d) => d.status === "ok").length,
    partial: docs.filter((d) => d.status === "partial").length,
    failed: docs.filter((d) => d.status === "failed").length,
    refused: docs.filter((d) => d.refused).length,
    ms: docs.reduce((n, d) => n + (d.ms ?? 0), 0),
    fieldsFound: Object.fromEntries(
      METADATA.map((f) => [f, converted.filter((d) => d.metadata[f] !== null).length]),
    ),
    regionsSeen: sum((d) => d.tables.regionsSeen),
    tablesBuilt: sum((d) => d.tables.built),
    tablesWithRecords: sum((d) => d.tables.withRecords),
    records: sum((d) => d.tables.records),
    targets: sum((d) => d.targets),
    unassignedNodes: sum((d) => d.unassignedNodes),
    lossless: {
      checked: converted.filter((d) => d.lossless && !d.lossless.error).length,
      ok: converted.filter((d) => d.lossless?.ok).length,
    },
    warnings: Object.fromEntries(Object.entries(warnings).sort((a, b) => b[1] - a[1])),
    accuracy: scored.length ? summariseScores(scored.map((d) => d.score)) : null,
  };
}

/** Per document: status changes, fields newly found or lost, value changes; totals before → after. */
function changesAgainst(previous, docs, totals) {
  const before = new Map(previous.documents.map((d) => [d.file, d]));
  const now = new Map(docs.map((d) => [d.file, d]));
  const documents = [];
  for (const d of docs) {
    const p = before.get(d.file);
    if (!p) {
      documents.push({ file: d.file, added: true });
      continue;
    }
    const change = { file: d.file };
    if (p.status !== d.status) change.status = `${p.status} → ${d.status}`;
    const found = [];
    const lost = [];
    const changed = [];
    for (const f of METADATA) {
      const a = p.metadata?.[f] ?? null;
      const b = d.metadata?.[f] ?? null;
      if (a === null && b !== null) found.push(f);
      else if (a !== null && b === null) lost.push(f);
      else if (a !== null && JSON.stringify(a) !== JSON.stringify(b)) changed.push(f);
    }
    if (found.length) change.found = found;
    if (lost.length) change.lost = lost;
    if (changed.length) change.changed = changed;
    if (p.score && d.score && p.score.right !== d.score.right)
      change.accuracy = `${p.score.right}/${p.score.total} → ${d.score.right}/${d.score.total}`;
    if (p.tables && d.tables && (p.tables.built !== d.tables.built || p.tables.records !== d.tables.records))
      change.tables = `${p.tables.built} tables, ${p.tables.records} records → ${d.tables.built}, ${d.tables.records}`;
    if (Object.keys(change).length > 1) documents.push(change);
  }
  for (const file of before.keys()) if (!now.has(file)) documents.push({ file, removed: true });
  const t0 = previous.totals;
  const pairs = {};
  for (const key of [
    "documents",
    "ok",
    "partial",
    "failed",
    "refused",
    "ms",
    "regionsSeen",
    "tablesBuilt",
    "tablesWithRecords",
    "records",
    "targets",
    "unassignedNodes",
  ]) {
    if (t0[key] !== totals[key]) pairs[key] = `${t0[key]} → ${totals[key]}`;
  }
  for (const f of METADATA)
    if (t0.fieldsFound?.[f] !== totals.fieldsFound[f])
      pairs[`found.${f}`] = `${t0.fieldsFound?.[f]} → ${totals.fieldsFound[f]}`;
  if (t0.lossless?.ok !== totals.lossless.ok)
    pairs["lossless.ok"] = `${t0.lossless?.ok} → ${totals.lossless.ok}`;
  if (t0.accuracy && totals.accuracy)
    for (const f of FIELDS)
      if (t0.accuracy[f]?.right !== totals.accuracy[f].right)
        pairs[`accuracy.${f}`] =
          `${t0.accuracy[f]?.right}/${t0.accuracy[f]?.total} → ${totals.accuracy[f].right}/${totals.accuracy[f].total}`;
  return {
    previousRun: previous.run?.finishedAt ?? null,
    previousDir: previous.run?.dir ?? null,
    documents,
    totals: pairs,
  };
}

const cell = (s) => String(s).replace(/\|/g, "\\|").replace(/\n/g, " ");
const clip = (s, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function markdown(report) {
  const { run, documents, totals, changes } = report;
  const out = [
    "# Corpus run",
    "",
    `${run.dir} — ${totals.documents} documents, ${run.finishedAt}, ${(run.wallMs / 1000).toFixed(0)} s wall. OCR ${run.ocr ? "installed" : "not installed (scanned pages are read as empty)"}. Commit ${run.commit ?? "?"}${run.stages ? `; stages ${run.stages.map((s) => `${s.id} ${s.version}`).join(", ")}` : ""}.`,
    "",
    "Fields: T type code, N number, I issuer, P place, D date, S subject, G signer, B bases (count); `·` not found. Tables: regions seen / built (with records) · records. " +
      "Regions seen are tables built plus diagnostics that report a table-like region which yielded nothing; no rule reports that today, so the two agree. " +
      "Lossless: every content line owned by exactly one node (read again and compared with the reader's content lines).",
    "",
    "| Document | Status | ms | T | N | I | P | D | S | G | B | Tables | Records | Targets | Warnings | Lossless | Accuracy |",
    "|---|---|---:|---|---|---|---|---|---|---|---:|---|---:|---:|---|---|---:|",
  ];
  const mark = (v) => (v === null || v === undefined ? "·" : "✓");
  for (const d of documents) {
    if (!d.metadata) {
      const blanks = Array(13).fill("");
      out.push(
        `| ${[cell(d.file), `failed: ${cell(d.reason)}`, d.ms, ...blanks, d.score ? `${d.score.right}/${d.score.total}` : ""].join(" | ")} |`,
      );
      continue;
    }
    const m = d.metadata;
    const warn = Object.entries(d.diagnostics.warning)
      .map(([r, n]) => `${r} ${n}`)
      .join(", ");
    const ll = d.lossless.error
      ? `? ${d.lossless.error}`
      : d.lossless.ok
        ? "✓"
        : `✗ ${d.lossless.missing} missing, ${d.lossless.ownedTwice} twice, ${d.lossless.notContent} extra`;
    out.push(
      `| ${cell(d.file)} | ${d.status}${d.reason ? `: ${cell(clip(d.reason, 80))}` : ""} | ${d.ms} | ${m.documentTypeCode ?? "·"} | ${mark(m.documentNumber)} | ${mark(m.issuer)} | ${mark(m.place)} | ${mark(m.issuedOn)} | ${mark(m.subject)} | ${mark(m.signerName)} | ${m.bases ?? "·"} | ${d.tables.regionsSeen}/${d.tables.built} (${d.tables.withRecords}) | ${d.tables.records} | ${d.targets} | ${cell(warn)} | ${cell(ll)} | ${d.score ? `${d.score.right}/${d.score.total}` : ""} |`,
    );
  }
  const failed = documents.filter((d) => d.status === "failed");
  out.push("", "## Failed", "");
  if (!failed.length) out.push("None.");
  for (const d of failed) out.push(`- ${d.file}: ${d.reason}`);
  out.push(
    "",
    "## Totals",
    "",
    `- Status: ${totals.ok} ok, ${totals.partial} partial, ${totals.failed} failed (${totals.refused} refused) of ${totals.documents}; conversion time ${(totals.ms / 1000).toFixed(1)} s`,
    `- Fields found: ${Object.entries(totals.fieldsFound)
      .map(([f, n]) => `${f} ${n}`)
      .join(", ")}`,
    `- Tables: ${totals.regionsSeen} regions seen, ${totals.tablesBuilt} built, ${totals.tablesWithRecords} with records, ${totals.records} records; ${totals.targets} targets`,
    `- Lossless: ${totals.lossless.ok} of ${totals.lossless.checked} checked documents; ${totals.unassignedNodes} unassigned nodes`,
    `- Warnings: ${
      Object.entries(totals.warnings)
        .map(([r, n]) => `${r} ${n}`)
        .join(", ") || "none"
    }`,
  );
  if (totals.accuracy) {
    const scored = documents.filter((d) => d.score);
    out.push(
      "",
      "## Accuracy against the expected files",
      "",
      "```",
      formatAccuracy(totals.accuracy),
      "```",
      "",
      "Worst documents:",
      "",
    );
    for (const s of worstDocuments(scored.map((d) => d.score)))
      out.push(
        `- ${s.file}: ${s.right}/${s.total}, misses ${s.missed.join(", ")}${s.error ? ` (${s.error})` : ""}`,
      );
  }
  if (changes) {
    out.push(
      "",
      `## Changes against the previous run (${changes.previousRun ?? "?"}${changes.previousDir && changes.previousDir !== run.dir ? `, ${changes.previousDir}` : ""})`,
      "",
    );
    const t = Object.entries(changes.totals);
    out.push(t.length ? t.map(([k, v]) => `- ${k}: ${v}`).join("\n") : "- Totals unchanged.", "");
    if (!changes.documents.length) out.push("No document changed.");
    for (const c of changes.documents) {
      const parts = [];
      if (c.added) parts.push("new");
      if (c.removed) parts.push("gone");
      if (c.status) parts.push(`status ${c.status}`);
      if (c.found) parts.push(`found ${c.found.join(", ")}`);
      if (c.lost) parts.push(`lost ${c.lost.join(", ")}`);
      if (c.changed) parts.push(`changed ${c.changed.join(", ")}`);
      if (c.tables) parts.push(c.tables);
      if (c.accuracy) parts.push(`accuracy ${c.accuracy}`);
      out.push(`- ${c.file}: ${parts.join("; ")}`);
    }
  }
  return `${out.join("\n")}\n`;
}

function commit() {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return null;
  }
}

const dir = corpusDir();
const names = documentsIn(dir);
if (!names.length) {
  console.error(`corpus: no documents in ${dir}`);
  process.exit(2);
}
const reportPath = join(OUT, "report.json");
// Read before anything is written: it is what this run is compared with.
const previous = existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, "utf8")) : null;
const ocr = ocrInstalled();
console.log(`corpus: ${names.length} documents in ${dir}; OCR ${ocr ? "installed" : "not installed"}`);

const started = performance.now();
const documents = [];
for (const [i, name] of names.entries()) {
  const doc = await runOne(dir, name);
  await scoreLost(dir, doc);
  delete doc.needsScore;
  documents.push(doc);
  const tail =
    doc.status === "failed" && doc.reason
      ? ` — ${doc.reason}`
      : doc.score
        ? ` — ${doc.score.right}/${doc.score.total} right`
        : "";
  console.log(
    `[${String(i + 1).padStart(String(names.length).length)}/${names.length}] ${doc.status.padEnd(7)} ${String(doc.ms).padStart(6)} ms  ${name}${tail}`,
  );
}
const totals = totalsOf(documents);
const run = {
  dir,
  startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
  finishedAt: new Date().toISOString(),
  wallMs: Math.round(performance.now() - started),
  node: process.version,
  ocr,
  commit: commit(),
  stages: documents.find((d) => d.stages)?.stages ?? null,
  limitMs: LIMIT_MS,
};
const report = {
  run,
  documents,
  totals,
  changes: previous?.documents ? changesAgainst(previous, documents, totals) : null,
};
mkdirSync(OUT, { recursive: true });
writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(OUT, "report.md"), markdown(report));
rmSync(LIB_DIR, { recursive: true, force: true });
console.log(
  `corpus: ${totals.ok} ok, ${totals.partial} partial, ${totals.failed} failed of ${totals.documents} in ${(run.wallMs / 1000).toFixed(0)} s; ${totals.tablesBuilt} tables, ${totals.records} records; lossless ${totals.lossless.ok}/${totals.lossless.checked}`,
);
if (totals.accuracy) console.log(formatAccuracy(totals.accuracy));
console.log(`corpus: wrote ${relative(process.cwd(), reportPath)} and report.md`);
