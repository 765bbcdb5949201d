import type { Change, ChangeType, FieldChange } from "../model/diff.js";
import type { TableRecord } from "../model/table.js";
import type { Deadline } from "../text/deadlines.js";
import { foldExpanded } from "../text/abbreviations.js";
import type { Alignment } from "./align.js";
import { comparable } from "./text.js";
import { sideOf, type Unit } from "./units.js";
import { wordDiff } from "./words.js";

type Draft = Omit<Change, "id"> & { order: number };

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

/** leadChanged, partnersChanged, deadlineChanged, productChanged between two records (a task may continue as a project). */
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
  check(
    "leadChanged",
    "lead",
    agencySet(a.lead) !== agencySet(b.lead),
    a.lead?.raw ?? null,
    b.lead?.raw ?? null,
  );
  check(
    "partnersChanged",
    "partners",
    agencySet(a.partners) !== agencySet(b.partners),
    a.partners?.raw ?? null,
    b.partners?.raw ?? null,
  );
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
  ): { types: ChangeType[]; fields: FieldChange[]; words?: Change["words"] } => {
    const types: ChangeType[] = [];
    let words: Change["words"];
    if (comparable(a.text) !== comparable(b.text)) {
      types.push("reworded");
      words = wordDiff(a.text, b.text);
    }
    if (!samePlace(a, b)) types.push("moved");
    else if ((a.label ?? "") !== (b.label ?? "") && a.address !== b.address) types.push("renumbered");
    const ra = recordLike(a.record);
    const rb = recordLike(b.record);
    const fields: FieldChange[] = [];
    if (ra && rb) {
      const r = recordChanges(ra, rb);
      types.push(...r.types);
      fields.push(...r.fields);
    }
    return { types, fields, ...(words ? { words } : {}) };
  };

  for (const m of alignment.matches) {
    const a = olds[m.old]!;
    const b = news[m.new]!;
    const { types, fields, words } = pairChange(a, b);
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
      ...(words ? { words } : {}),
      ...(fields.length ? { fields } : {}),
      ...(related.length ? { related } : {}),
      order: m.new,
    });
  }
  for (const p of alignment.pieces) {
    const [a, b] = p.kind === "split" ? [olds[p.whole]!, news[p.piece]!] : [olds[p.piece]!, news[p.whole]!];
    const { fields } = pairChange(a, b);
    out.push({
      level,
      types: [p.kind],
      old: sideOf(a),
      new: sideOf(b),
      score: round(p.score),
      reason: "contained",
      words: wordDiff(a.text, b.text),
      ...(fields.length ? { fields } : {}),
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
      out.push({ level, types: ["added"], old: null, new: sideOf(b), score: null, reason: null, order: j });
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
        order: anchor + 0.5 + i / (olds.length + 1) / 2,
      });
  });
  return out;
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export type { Draft };
