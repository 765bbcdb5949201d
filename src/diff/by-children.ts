import type { Alignment } from "./align.js";
import type { Unit } from "./units.js";

/** Least number of an item's children that must land in one place for that place to be its continuation. */
const MIN_VOTES = 2;
/** …and the least share of its matched children they must be. */
const MIN_SHARE = 0.5;

/**
 * Sections (headings, appendices) that no text pass matched, paired through what is inside them:
 * when most of an old heading's matched bullets, clauses or rows sit under one new heading, the new
 * heading continues it — "PHÂN CÔNG NHIỆM VỤ" and "NHIỆM VỤ, ĐỀ ÁN TRIỂN KHAI" share no distinctive
 * word, but their rows correspond. A new heading already continuing another old one takes this one
 * as merged into it (three sections folded into one); an old heading whose children went to several
 * new ones that are taken is split. Changes `sections` in place.
 */
export function matchByChildren(
  olds: Unit[],
  news: Unit[],
  sections: Alignment,
  children: { olds: Unit[]; news: Unit[]; alignment: Alignment }[],
): void {
  const oldAt = new Map(olds.map((u, i) => [u.id, i]));
  const newAt = new Map(news.map((u, j) => [u.id, j]));
  const usedOld = new Set(sections.matches.map((m) => m.old));
  const usedNew = new Set(sections.matches.map((m) => m.new));
  for (const p of sections.pieces) {
    if (p.kind === "split") usedNew.add(p.piece);
    else usedOld.add(p.piece);
  }
  // Each matched child pair, as (old section, new section) of its parents, counted per old section.
  const votes = new Map<number, Map<number, number>>();
  const matchedChildren = new Map<number, number>();
  const count = (oldParent: string | null, newParent: string | null): void => {
    const i = oldParent === null ? undefined : oldAt.get(oldParent);
    const j = newParent === null ? undefined : newAt.get(newParent);
    if (i === undefined) return;
    matchedChildren.set(i, (matchedChildren.get(i) ?? 0) + 1);
    if (j === undefined) return;
    const row = votes.get(i) ?? new Map<number, number>();
    row.set(j, (row.get(j) ?? 0) + 1);
    votes.set(i, row);
  };
  for (const level of children)
    for (const m of level.alignment.matches) count(level.olds[m.old]!.parent, level.news[m.new]!.parent);

  const added: { i: number; j: number; share: number }[] = [];
  for (const [i, row] of votes) {
    if (usedOld.has(i)) continue;
    const [j, n] = [...row].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]!;
    const share = n / matchedChildren.get(i)!;
    // One vote is enough to fold a heading into one already continued (its only matched bullet went
    // there); a new pairing needs two.
    const votesNeeded = usedNew.has(j) ? 1 : MIN_VOTES;
    if (n < votesNeeded || share < MIN_SHARE || olds[i]!.kind !== news[j]!.kind) continue;
    added.push({ i, j, share });
  }
  added.sort((x, y) => y.share - x.share || x.i - y.i);
  for (const { i, j, share } of added) {
    if (usedOld.has(i)) continue;
    usedOld.add(i);
    if (!usedNew.has(j)) {
      usedNew.add(j);
      sections.matches.push({ old: i, new: j, score: share, reason: "children" });
    } else {
      sections.pieces.push({ whole: j, piece: i, score: share, kind: "merged", reason: "children" });
    }
  }
  sections.matches.sort((a, b) => a.new - b.new);
}
