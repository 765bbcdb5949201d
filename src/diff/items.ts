import type { Change, ChangeType, FieldChange } from "../model/diff.js";
import type { TableRecord } from "../model/table.js";
import type { Deadline } from "../text/deadlines.js";
import { foldExpanded } from "../text/abbreviations.js";
import { succession } from "../text/agency-successions.js";
import { parseRoman } from "../text/roman.js";
import { confidenceOf, sharedEvidence } from "./evidence.js";
import { valueChanges } from "./record-values.js";
import type { Alignment } from "./align.js";
import { comparable } from "./text.js";
import { sideOf, type Unit } from "./units.js";
import { wordDiff } from "./words.js";

/** A change before numbering; levels that match by field or indicator leave `confidence` to the score. */
type Draft = Omit<Change, "id" | "confidence"> & { order: number; confidence?: Change["confidence"] };

interface AgencyField {
  raw: string;
  agencies: string[];
  catchAll: string | null;
}

/** Agencies as a set of expanded, folded names: "UBND TP Hải Phòng" = "Ủy ban nhân dân thành phố Hải Phòng". */
function agencySet(a: AgencyField | null): string {
  if (!a) return "";
  const names = a.agencies.map(foldExpanded);
  if (a.catchAll)
    names.push(
      `*${foldExpanded(a.catchAll)
        .replace(/\b(co|cac|nhung)\b/g, "")
        .replace(/\s+/g, " ")
        .trim()}`,
    );
  return [...new Set(names)].sort().join("|");
}

function deadlineKey(d: Deadline | null): string {
  if (!d) return "";
  const typed = [d.year, d.quarter, d.month, d.from, d.to].some((x) => x !== null);
  return typed ? JSON.stringify([d.year, d.quarter, d.month, d.from, d.to, d.recurring]) : comparable(d.raw);
}

interface RecordLike {
  lead: AgencyField | null;
  partners: AgencyField | null;
  deadline: Deadline | null;
  product?: string | null;
}

function recordLike(r: TableRecord | undefined): RecordLike | null {
  if (r?.kind === "tasks") return r;
  if (r?.kind === "projects") return r;
  return null;
}

/**
 * When `b` names the same agencies as `a` except that some were replaced by their successors in the
 * 2025 reorganisation: the successions that explain the difference; null when another body came in.
 */
function renamesOnly(a: AgencyField | null, b: AgencyField | null): string | null {
  if (!a || !b || a.agencies.length === 0) return null;
  const rest = new Set(b.agencies.map(foldExpanded));
  const notes: string[] = [];
  for (const old of a.agencies) {
    if (rest.delete(foldExpanded(old))) continue;
    const now = b.agencies.find((n) => rest.has(foldExpanded(n)) && succession(old, n));
    if (!now) return null;
    const s = succession(old, now)!;
    notes.push(`${s.predecessor} → ${s.successor} (${s.source})`);
    // Two merged ministries may both continue as one successor.
    if (!a.agencies.some((o) => o !== old && succession(o, now))) rest.delete(foldExpanded(now));
  }
  const sameCatchAll = foldExpanded(a.catchAll ?? "") === foldExpanded(b.catchAll ?? "");
  return notes.length && rest.size === 0 && sameCatchAll ? notes.join("; ") : null;
}

/** leadChanged (or agencyRenamed), partnersChanged, deadlineChanged, productChanged between two records (a task may continue as a project). */
function recordChanges(a: RecordLike, b: RecordLike): { types: ChangeType[]; fields: FieldChange[] } {
  const types: ChangeType[] = [];
  const fields: FieldChange[] = [];
  const check = (
    type: ChangeType,
    field: string,
    differ: boolean,
    oldRaw: string | null,
    newRaw: string | null,
  ): void => {
    if (!differ) return;
    types.push(type);
    fields.push({ field, old: oldRaw, new: newRaw });
  };
  const agencies = (field: "lead" | "partners", changed: ChangeType): void => {
    const x = a[field];
    const y = b[field];
    if (agencySet(x) === agencySet(y)) return;
    const renamed = renamesOnly(x, y);
    if (renamed) {
      if (!types.includes("agencyRenamed")) types.push("agencyRenamed");
      fields.push({ field, old: x?.raw ?? null, new: y?.raw ?? null, note: renamed });
    } else check(changed, field, true, x?.raw ?? null, y?.raw ?? null);
  };
  agencies("lead", "leadChanged");
  agencies("partners", "partnersChanged");
  check(
    "deadlineChanged",
    "deadline",
    deadlineKey(a.deadline) !== deadlineKey(b.deadline),
    a.deadline?.raw ?? null,
    b.deadline?.raw ?? null,
  );
  // Only tasks print a product: a task that became a project has no product to compare.
  if (a.product !== undefined && b.product !== undefined) {
    check(
      "productChanged",
      "product",
      comparable(a.product ?? "") !== comparable(b.product ?? ""),
      a.product ?? null,
      b.product ?? null,
    );
  }
  return { types, fields };
}

/**
 * The changes of one level from its alignment: every matched pair (unchanged, reworded, renumbered,
 * moved, field changes), every piece of a split or merge, and every item left on one side. `parents`
 * holds the matches of the enclosing level, so "moved" means the parents are not a matched pair.
 */
export function itemChanges(
  level: Change["level"],
  olds: Unit[],
  news: Unit[],
  alignment: Alignment,
  parents: Map<string, string>,
): Draft[] {
  const out: Draft[] = [];
  const pairs = new Map(parents);
  for (const m of alignment.matches) pairs.set(olds[m.old]!.id, news[m.new]!.id);
  const newOrder = new Map<number, number>();
  for (const m of alignment.matches) newOrder.set(m.old, m.new);
  const splitOf = new Map<number, string[]>();
  const mergedInto = new Map<number, string[]>();
  for (const p of alignment.pieces) {
    if (p.kind === "split") splitOf.set(p.whole, [...(splitOf.get(p.whole) ?? []), news[p.piece]!.address]);
    else mergedInto.set(p.whole, [...(mergedInto.get(p.whole) ?? []), olds[p.piece]!.address]);
  }

  const samePlace = (a: Unit, b: Unit): boolean =>
    (a.parent !== null && pairs.get(a.parent) === b.parent) || a.parentAddress === b.parentAddress;

  const pairChange = (
    a: Unit,
    b: Unit,
  ): { types: ChangeType[]; fields: FieldChange[]; words?: Change["words"]; values?: Change["values"] } => {
    const types: ChangeType[] = [];
    let words: Change["words"];
    if (comparable(a.text) !== comparable(b.text)) {
      types.push("reworded");
      words = wordDiff(a.text, b.text);
    } else if (a.contentKey !== b.contentKey) {
      // An article printed without a title ("Điều 1" and its text) is its content: reworded.
      if (a.text || b.text) types.push("contentChanged");
      else {
        types.push("reworded");
        words = wordDiff(a.content, b.content);
      }
    }
    if (!samePlace(a, b)) types.push("moved");
    else if (numberOf(a.label) !== numberOf(b.label) && a.address !== b.address) types.push("renumbered");
    const ra = recordLike(a.record);
    const rb = recordLike(b.record);
    const fields: FieldChange[] = [];
    if (ra && rb) {
      const r = recordChanges(ra, rb);
      types.push(...r.types);
      fields.push(...r.fields);
    }
    const values = a.record && b.record ? valueChanges(a.record, b.record) : [];
    if (values.length) types.push("valueChanged");
    return { types, fields, ...(words ? { words } : {}), ...(values.length ? { values } : {}) };
  };
  const trust = (i: number, j: number, score: number, reason: Change["reason"] & string) => {
    const [va, vb] = alignment.evidence(i, j);
    const evidence =
      reason === "identical" ? [] : sharedEvidence(va, vb, `${news[j]!.text} ${news[j]!.content}`);
    return {
      confidence: confidenceOf(score, reason, evidence.length),
      ...(evidence.length ? { evidence } : {}),
    };
  };

  for (const m of alignment.matches) {
    const a = olds[m.old]!;
    const b = news[m.new]!;
    const { types, fields, words, values } = pairChange(a, b);
    const related = [...(splitOf.get(m.old) ?? []), ...(mergedInto.get(m.new) ?? [])];
    if (splitOf.has(m.old)) types.push("split");
    if (mergedInto.has(m.new)) types.push("merged");
    out.push({
      level,
      types: types.length ? types : ["unchanged"],
      old: sideOf(a),
      new: sideOf(b),
      score: round(m.score),
      reason: m.reason,
      ...trust(m.old, m.new, m.score, m.reason),
      ...(words ? { words } : {}),
      ...(fields.length ? { fields } : {}),
      ...(values ? { values } : {}),
      ...(related.length ? { related } : {}),
      order: m.new,
    });
  }
  for (const p of alignment.pieces) {
    const [a, b] = p.kind === "split" ? [olds[p.whole]!, news[p.piece]!] : [olds[p.piece]!, news[p.whole]!];
    // A piece is also reworded, renumbered or moved like any pair: those come with it.
    const { types, fields, words, values } = pairChange(a, b);
    const [i, j] = p.kind === "split" ? [p.whole, p.piece] : [p.piece, p.whole];
    const reason = p.reason ?? "contained";
    out.push({
      level,
      types: [...types, p.kind],
      old: sideOf(a),
      new: sideOf(b),
      score: round(p.score),
      reason,
      ...trust(i, j, p.score, reason),
      ...(words ? { words } : {}),
      ...(fields.length ? { fields } : {}),
      ...(values ? { values } : {}),
      related: [p.kind === "split" ? a.address : b.address],
      order: p.kind === "split" ? p.piece : p.whole,
    });
  }
  const pieceOld = new Set(alignment.pieces.map((p) => (p.kind === "split" ? p.whole : p.piece)));
  const pieceNew = new Set(alignment.pieces.map((p) => (p.kind === "split" ? p.piece : p.whole)));
  const matchedOld = new Set(alignment.matches.map((m) => m.old));
  const matchedNew = new Set(alignment.matches.map((m) => m.new));
  news.forEach((b, j) => {
    if (!matchedNew.has(j) && !pieceNew.has(j))
      out.push({
        level,
        types: ["added"],
        old: null,
        new: sideOf(b),
        score: null,
        reason: null,
        confidence: null,
        order: j,
      });
  });
  // A removed item sits after the new partner of the nearest matched item before it in the old document.
  let anchor = -1;
  olds.forEach((a, i) => {
    if (newOrder.has(i)) anchor = newOrder.get(i)!;
    else if (!matchedOld.has(i) && !pieceOld.has(i))
      out.push({
        level,
        types: ["removed"],
        old: sideOf(a),
        new: null,
        score: null,
        reason: null,
        confidence: null,
        order: anchor + 0.5 + i / (olds.length + 1) / 2,
      });
  });
  return out;
}

/** "Chương 1" and "CHƯƠNG I", "II" and "2": the same number printed another way is no renumbering. */
function numberOf(label: string | null): string {
  const last = (label ?? "").trim().split(/\s+/).at(-1) ?? "";
  const roman = /^[IVXLC]+$/i.test(last) ? parseRoman(last.toUpperCase()) : null;
  return roman !== null ? String(roman) : last.toLowerCase();
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export type { Draft };
