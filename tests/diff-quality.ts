import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { consolidate } from "../src/apply/consolidate.js";
import { convertFile } from "../src/batch/convert-file.js";
import { diffDocuments } from "../src/diff/index.js";
import type { DocumentDiff } from "../src/model/diff.js";

/**
 * Hand-labelled pairs (tests/fixtures/diff-pairs/labels): people read both documents and wrote which
 * item continues as which and what changed. The diff is scored against them: precision and recall
 * of matches (old → new pairs) and of changes (pair × change type, plus items only on one side),
 * counted only where a result touches an address the labels cover.
 */
export interface Labels {
  about: string;
  old: string;
  new: string;
  /** Amending documents: the new side is `new` with them applied (vanban apply), diffed against `old`. */
  amending?: string[];
  levels: string[];
  scope: { old: string[]; new: string[] };
  pairs: { level: string; old: string; new: string; changes: string[]; sure?: boolean }[];
  onlyOld: { level: string; address: string }[];
  onlyNew: { level: string; address: string }[];
}

export interface Score {
  name: string;
  matches: { tp: number; fp: number; fn: number; precision: number; recall: number };
  changes: { tp: number; fp: number; fn: number; precision: number; recall: number };
  wrongPairs: string[];
  missedPairs: string[];
  wrongChanges: string[];
  missedChanges: string[];
  ms: number;
}

export const LABELS_DIR = join(import.meta.dirname, "fixtures/diff-pairs/labels");
const ROOT = join(import.meta.dirname, "..");

export function labelFiles(): string[] {
  return readdirSync(LABELS_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort();
}

function ratio(tp: number, other: number): number {
  return tp + other === 0 ? 1 : Math.round((tp / (tp + other)) * 1000) / 1000;
}

function tally(truth: Set<string>, found: Set<string>) {
  let tp = 0;
  for (const f of found) if (truth.has(f)) tp++;
  const fp = found.size - tp;
  const fn = truth.size - tp;
  return { tp, fp, fn, precision: ratio(tp, fp), recall: ratio(tp, fn) };
}

/** The labelled facts and the diff's facts, as comparable strings. */
export function scoreDiff(name: string, labels: Labels, diff: DocumentDiff, ms: number): Score {
  const inOld = new Set(labels.scope.old);
  const inNew = new Set(labels.scope.new);
  const levels = new Set(labels.levels);
  const pair = (level: string, o: string, n: string) => `${level}: ${o} → ${n}`;
  const truthPairs = new Set(labels.pairs.map((p) => pair(p.level, p.old, p.new)));
  const truthChanges = new Set<string>();
  for (const p of labels.pairs)
    for (const t of p.changes) if (t !== "unchanged") truthChanges.add(`${pair(p.level, p.old, p.new)} ${t}`);
  for (const o of labels.onlyOld) truthChanges.add(`${o.level}: ${o.address} removed`);
  for (const n of labels.onlyNew) truthChanges.add(`${n.level}: ${n.address} added`);

  const foundPairs = new Set<string>();
  const foundChanges = new Set<string>();
  for (const c of diff.changes) {
    if (!levels.has(c.level)) continue;
    const touches = (c.old && inOld.has(c.old.address)) || (c.new && inNew.has(c.new.address));
    if (!touches) continue;
    if (c.old && c.new) {
      const p = pair(c.level, c.old.address, c.new.address);
      foundPairs.add(p);
      for (const t of c.types) if (t !== "unchanged") foundChanges.add(`${p} ${t}`);
    } else if (c.old) foundChanges.add(`${c.level}: ${c.old.address} removed`);
    else if (c.new) foundChanges.add(`${c.level}: ${c.new.address} added`);
  }
  return {
    name,
    matches: tally(truthPairs, foundPairs),
    changes: tally(truthChanges, foundChanges),
    wrongPairs: [...foundPairs].filter((p) => !truthPairs.has(p)),
    missedPairs: [...truthPairs].filter((p) => !foundPairs.has(p)),
    wrongChanges: [...foundChanges].filter((p) => !truthChanges.has(p)),
    missedChanges: [...truthChanges].filter((p) => !foundChanges.has(p)),
    ms,
  };
}

export async function scorePair(file: string): Promise<Score> {
  const labels = JSON.parse(readFileSync(join(LABELS_DIR, file), "utf8")) as Labels;
  const [a, b, ...amending] = await Promise.all(
    [labels.old, labels.new, ...(labels.amending ?? [])].map((p) => convertFile(join(ROOT, p))),
  );
  const start = performance.now();
  const after = amending.length
    ? consolidate(
        b!.document,
        amending.map((x) => x.document),
      ).document
    : b!.document;
  const diff = diffDocuments(a!.document, after);
  return scoreDiff(file.replace(/\.json$/, ""), labels, diff, Math.round(performance.now() - start));
}
