/**
 * Scores one converted document against its hand-written `*.expected.json`. Shared by
 * `scripts/corpus.mjs` (which runs the built library) and `tests/corpus/accuracy.test.ts` (which runs
 * src/), so the number a corpus run prints and the number the test asserts are the same number.
 * It is plain JavaScript with a .d.mts beside it because Node 20 cannot import TypeScript; `foldKey`
 * is passed in so each caller uses the fold of the code it is measuring.
 *
 * Comparison is tolerant of printing, not of reading: NFC, case, spacing, surrounding quotes and
 * trailing punctuation are ignored, and the tone mark may sit on either vowel ("HOÀ" = "HÒA",
 * "UỶ" = "ỦY"). A different tone or vowel shape ("TÍNH" for "TỈNH", an OCR slip) is still wrong.
 * `foldKey` alone drops every diacritic, so it would count such slips right: it is used for the
 * secondary `loose` count only, reported beside the asserted one so the gap stays visible.
 */

import { execFileSync } from "node:child_process";

/** Whether vanban's OCR can run here (tesseract with Vietnamese, and pdftoppm): scans depend on it. */
export function ocrInstalled() {
  try {
    const langs = execFileSync("tesseract", ["--list-langs"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    execFileSync("pdftoppm", ["-v"], { stdio: "ignore" });
    return /^vie$/m.test(langs);
  } catch {
    return false;
  }
}

/** Every scored field, in report order. `tables` counts one unit per expected appendix table. */
export const FIELDS = [
  "documentTypeCode",
  "documentType",
  "documentNumber",
  "issuer",
  "place",
  "issuedOn",
  "subject",
  "signerName",
  "bases",
  "topLevel",
  "tables",
  "tablesOutside",
];

export const METADATA_FIELDS = [
  "documentTypeCode",
  "documentType",
  "documentNumber",
  "issuer",
  "place",
  "issuedOn",
  "subject",
  "signerName",
];

/** Node types that carry a printed number; the top level of the body is read from these only. */
const NUMBERED = new Set(["part", "chapter", "section", "article", "clause", "point", "item"]);

// Surrounding quotes and closing punctuation ("./.", ";", ":", "-" after a Roman numeral) are print.
const LEADING = /^[\s"'“”‘’«»„]+/u;
const TRAILING = /[\s"'“”‘’«»„.,;:!?…/\-–—)]+$/u;
// The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook above, dot below).
// Vowel shapes (â ă ê ô ơ ư) and đ are kept: they change the word, tone placement does not.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Printing differences removed; what is left is still readable text. */
export function normalise(value) {
  return value
    .normalize("NFC")
    .replace(/\s+/gu, " ")
    .replace(LEADING, "")
    .replace(TRAILING, "")
    .toLowerCase();
}

/** One word with its tone marks moved after it: the same key wherever the tone was printed. */
function tokenKey(token) {
  const nfd = token.normalize("NFD");
  const tones = (nfd.match(TONES) ?? []).sort().join("");
  return nfd.replace(TONES, "").normalize("NFC") + (tones ? `~${tones}` : "");
}

/** Words and punctuation, each keyed: spacing between them no longer matters. */
function tokens(value) {
  return (normalise(value).match(TOKEN) ?? []).map(tokenKey);
}

function sameText(a, b) {
  const x = tokens(a);
  const y = tokens(b);
  return x.length === y.length && x.every((t, i) => t === y[i]);
}

function startsWithText(text, prefix) {
  const x = tokens(text);
  const y = tokens(prefix);
  return y.length <= x.length && y.every((t, i) => t === x[i]);
}

const noSpaces = (s) => s.replace(/\s+/gu, "");

/** A null expectation is right only when vanban also gives none. */
function compareValue(field, expected, actual, foldKey) {
  const empty = actual === null || actual === undefined;
  if (expected === null || expected === undefined) return { right: empty, loose: empty };
  if (empty) return { right: false, loose: false };
  if (field === "issuedOn" || field === "documentTypeCode") {
    const same = String(actual).trim().toLowerCase() === String(expected).trim().toLowerCase();
    return { right: same, loose: same };
  }
  const [e, a] = field === "documentNumber" ? [noSpaces(expected), noSpaces(actual)] : [expected, actual];
  return { right: sameText(e, a), loose: foldKey(normalise(e)) === foldKey(normalise(a)) };
}

/**
 * Labels of the body's top-level numbered nodes ("Điều 1.", "I-", "1." → "Điều 1", "I", "1"). A file
 * that is one appendix and nothing else (a Phụ lục published on its own) has that appendix's
 * divisions for its top level.
 */
export function topLevelLabels(document) {
  const numbered = (nodes) => nodes.filter((n) => NUMBERED.has(n.type) && n.label);
  const top = document.body.children;
  const appendices = top.filter((n) => n.type === "appendix");
  const only = appendices.length === 1 && top.length === 1;
  return numbered(only ? appendices[0].children : top).map((n) => normalise(n.label));
}

function recordsMatch(dataRows, records) {
  return Math.abs(records - dataRows) <= dataRows * 0.05;
}

/**
 * The expected appendix each built appendix answers to: same label (the k-th of that label for the
 * k-th expected one), else the same position when both sides count the same appendices.
 */
function pairAppendices(expected, built) {
  const used = new Set();
  return expected.map((ea, i) => {
    let k = built.findIndex((b, j) => !used.has(j) && b.label && sameText(b.label, ea.label));
    if (k < 0 && built.length === expected.length && !used.has(i)) k = i;
    if (k < 0) return null;
    used.add(k);
    return built[k];
  });
}

/**
 * Scores one document. `document` is null when vanban refused or threw: every unit is then wrong,
 * with `error` saying why.
 */
export function scoreDocument(expected, document, { foldKey, error = null, file = expected.file }) {
  const units = [];
  const add = (field, result, expectedValue, actualValue, note) =>
    units.push({
      field,
      right: result.right,
      loose: result.loose,
      expected: expectedValue,
      actual: actualValue,
      ...(note ? { note } : {}),
    });
  const wrong = { right: false, loose: false };
  const meta = document?.metadata;

  for (const field of METADATA_FIELDS) {
    const want = expected.metadata[field] ?? null;
    if (!document) {
      add(field, wrong, want, null);
      continue;
    }
    const got = field === "signerName" ? (meta.signer?.name ?? null) : (meta[field] ?? null);
    add(field, compareValue(field, want, got, foldKey), want, got);
  }

  // bases: as many as the people counted, each opening with the words they noted.
  const bases = document ? meta.bases.map((b) => b.text) : [];
  const basesRight =
    !!document &&
    bases.length === expected.bases.length &&
    expected.bases.every((p, i) => startsWithText(bases[i], p));
  const basesLoose =
    !!document &&
    bases.length === expected.bases.length &&
    expected.bases.every((p, i) => foldKey(normalise(bases[i])).startsWith(foldKey(normalise(p))));
  add(
    "bases",
    { right: basesRight, loose: basesLoose },
    expected.bases.length,
    bases.length,
    basesRight || !document ? undefined : basesNote(expected.bases, bases),
  );

  const labels = document ? topLevelLabels(document) : [];
  const labelsRight =
    !!document &&
    labels.length === expected.topLevel.length &&
    expected.topLevel.every((l, i) => sameText(l, labels[i]));
  const labelsLoose =
    !!document &&
    labels.length === expected.topLevel.length &&
    expected.topLevel.every((l, i) => foldKey(normalise(l)) === foldKey(labels[i]));
  add("topLevel", { right: labelsRight, loose: labelsLoose }, expected.topLevel.join(" "), labels.join(" "));

  const paired = document
    ? pairAppendices(expected.appendices, document.appendices)
    : expected.appendices.map(() => null);
  expected.appendices.forEach((ea, i) => {
    ea.tables.forEach((t, j) => {
      const built = paired[i]?.tables[j];
      const records = built ? built.records.length : null;
      const ok = records !== null && recordsMatch(t.dataRows, records);
      const where = `${ea.label} table ${j + 1}`;
      const note = !paired[i]
        ? `${where}: no such appendix`
        : !built
          ? `${where}: not built`
          : ok
            ? undefined
            : `${where}: ${records} records for ${t.dataRows} rows`;
      add("tables", { right: ok, loose: ok }, t.dataRows, records, note);
    });
  });
  (expected.tablesOutsideAppendices ?? []).forEach((t, j) => {
    const built = document?.tables[j];
    const records = built ? built.records.length : null;
    const ok = records !== null && recordsMatch(t.dataRows, records);
    add(
      "tablesOutside",
      { right: ok, loose: ok },
      t.dataRows,
      records,
      ok ? undefined : `table ${j + 1}: ${records ?? "not built"} for ${t.dataRows} rows`,
    );
  });

  const right = units.filter((u) => u.right).length;
  const missed = [...new Set(units.filter((u) => !u.right).map((u) => u.field))];
  return { file, error, units, right, total: units.length, missed };
}

function basesNote(expected, actual) {
  if (expected.length !== actual.length) return `${actual.length} bases for ${expected.length}`;
  const i = expected.findIndex((p, k) => !startsWithText(actual[k], p));
  return `basis ${i + 1} reads "${actual[i].slice(0, 60)}"`;
}

/** Right/total per field over many documents; `pct` is null for a field no document asked about. */
export function summarise(scores) {
  const out = {};
  for (const field of FIELDS) {
    const units = scores.flatMap((s) => s.units.filter((u) => u.field === field));
    const right = units.filter((u) => u.right).length;
    const looseRight = units.filter((u) => u.loose).length;
    out[field] = {
      right,
      total: units.length,
      pct: units.length ? (100 * right) / units.length : null,
      looseRight,
    };
  }
  return out;
}

/** The per-field table the test prints and the corpus report embeds. */
export function formatAccuracy(summary) {
  const rows = [["field", "right/total", "%", "foldKey only"]];
  for (const [field, a] of Object.entries(summary)) {
    rows.push([
      field,
      `${a.right}/${a.total}`,
      a.pct === null ? "—" : a.pct.toFixed(1),
      a.total ? `${a.looseRight}/${a.total}` : "—",
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "))
    .join("\n");
}

/** Documents from worst to best by share of units right; ties by name. */
export function worstDocuments(scores, count = 10) {
  return [...scores]
    .sort(
      (a, b) =>
        a.right / Math.max(1, a.total) - b.right / Math.max(1, b.total) || a.file.localeCompare(b.file),
    )
    .slice(0, count);
}
