/**
 * Converts one document for scripts/corpus.mjs, in a process of its own: a crash, a runaway reader or
 * an OCR that hangs takes this process down, never the run. Usage (forked, with an IPC channel):
 *   node scripts/corpus-worker.mjs <document> [<expected.json>]
 * Messages to the parent, in order: `converted` (summary, score), then `lossless` (the line check,
 * sent apart because it reads the source a second time — OCR included — and must not count in the
 * conversion time or hold the conversion result back); or one `refused` / `crashed` instead.
 */
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { scoreDocument } from "./corpus-score.mjs";

const [path, expectedPath] = process.argv.slice(2);
// The run's frozen copy of dist/ (see corpus.mjs); dist/ itself when run by hand.
const { convertFile, foldKey, formatOf, InputError, readStage, Reporter } = await import(
  process.env.VANBAN_CORPUS_LIB ?? "../dist/index.js"
);

/** Resolves once the message is handed to the channel, so exiting right after loses nothing. */
const send = (message) => new Promise((resolve) => process.send(message, () => resolve()));

function* nodes(node) {
  yield node;
  for (const c of node.children) yield* nodes(c);
}

function countBy(list, key) {
  const out = {};
  for (const x of list) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
}

/**
 * No diagnostic says "a table-like region yielded nothing" today (the tables stage builds a Table for
 * every table node). These are the rule ids such a report would use; a region they name is one seen
 * and not built, so `regionsSeen` stays honest when one is added.
 */
const EMPTY_REGION_RULE = /^table-(region|empty|nothing|dropped|skipped|unread)/;

function summarise(document) {
  const m = document.metadata;
  const all = [...nodes(document.body)];
  const built = [...document.appendices.flatMap((a) => a.tables), ...document.tables];
  const emptyRegions = document.diagnostics.filter((d) => EMPTY_REGION_RULE.test(d.ruleId)).length;
  const bySeverity = (s) =>
    countBy(
      document.diagnostics.filter((d) => d.severity === s),
      (d) => d.ruleId,
    );
  const errors = document.diagnostics.filter((d) => d.severity === "error");
  return {
    status: document.status,
    reason: errors.length
      ? errors
          .slice(0, 3)
          .map((d) => `${d.ruleId}: ${d.reason}`)
          .join("; ")
      : null,
    format: document.source.format,
    metadata: {
      documentTypeCode: m.documentTypeCode,
      documentType: m.documentType,
      documentNumber: m.documentNumber,
      issuer: m.issuer,
      place: m.place,
      issuedOn: m.issuedOn,
      subject: m.subject,
      signerName: m.signer?.name ?? null,
      bases: m.bases.length || null,
    },
    tables: {
      regionsSeen: emptyRegions + built.length,
      emptyRegionReports: emptyRegions,
      tableNodes: all.filter((n) => n.type === "table").length,
      built: built.length,
      withRecords: built.filter((t) => t.records.length > 0).length,
      records: built.reduce((n, t) => n + t.records.length, 0),
      fragments: built.reduce((n, t) => n + t.fragments.length, 0),
    },
    appendices: document.appendices.length,
    targets: document.targets.length,
    unassignedNodes: all.filter((n) => n.type === "unassigned").length,
    diagnostics: { error: bySeverity("error"), warning: bySeverity("warning"), info: bySeverity("info") },
  };
}

/**
 * The lossless check the unit tests make: every content line of the source is owned by exactly one
 * node (a line the reader split into side-by-side columns may be owned once per column).
 */
function lossless(document, blocks) {
  const split = new Set(blocks.splitLines);
  const content = new Set(blocks.contentLines);
  const seen = new Set();
  const twice = new Set();
  for (const n of nodes(document.body)) {
    for (const line of n.lines) {
      if (seen.has(line) && !split.has(line)) twice.add(line);
      seen.add(line);
    }
  }
  const missing = blocks.contentLines.filter((l) => !seen.has(l));
  const extra = [...seen].filter((l) => !content.has(l)).sort((a, b) => a - b);
  return {
    ok: missing.length === 0 && twice.size === 0 && extra.length === 0,
    contentLines: blocks.contentLines.length,
    missing: missing.length,
    ownedTwice: twice.size,
    notContent: extra.length,
    examples: {
      missing: missing.slice(0, 5),
      ownedTwice: [...twice].slice(0, 5),
      notContent: extra.slice(0, 5),
    },
  };
}

try {
  const expected = expectedPath ? JSON.parse(await readFile(expectedPath, "utf8")) : null;
  const t0 = performance.now();
  let result;
  try {
    result = await convertFile(path, { ocr: "auto" });
  } catch (e) {
    const reason =
      e instanceof InputError
        ? `refused: ${e.message}`
        : `threw: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
    const score = expected ? scoreDocument(expected, null, { foldKey, error: reason }) : null;
    await send({
      kind: e instanceof InputError ? "refused" : "crashed",
      reason,
      ms: performance.now() - t0,
      score,
    });
    process.exit(0);
  }
  const ms = performance.now() - t0;
  const { document, timings, stages } = result;
  let score = null;
  let scoreError = null;
  try {
    score = expected ? scoreDocument(expected, document, { foldKey }) : null;
  } catch (e) {
    scoreError = e instanceof Error ? e.message : String(e);
  }
  await send({ kind: "converted", ms, timings, stages, summary: summarise(document), score, scoreError });

  const t1 = performance.now();
  const bytes = new Uint8Array(await readFile(path));
  const blocks = await readStage.run(
    bytes,
    { format: formatOf(path), ocr: "auto" },
    { report: new Reporter() },
  );
  await send({ kind: "lossless", lossless: lossless(document, blocks), ms: performance.now() - t1 });
  process.exit(0);
} catch (e) {
  await send({
    kind: "crashed",
    reason: `worker: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`,
  });
  process.exit(1);
}
