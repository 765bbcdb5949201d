import type { MatchReason } from "../model/diff.js";
import { Candidates } from "./candidates.js";
import { containment, cosine, Corpus, type Vector } from "./similarity.js";
import { comparable } from "./text.js";
import type { Unit } from "./units.js";
import { byCodePoint } from "../text/order.js";

/**
 * Thresholds, tuned on the sample pairs (108/NQ-CP → 07/NQ-CP, and each sample against a re-worded
 * copy of itself) and checked against unrelated documents, which stay below `match`:
 * - match: a pair found by the global pass; TF-IDF cosine on folded words and word pairs.
 * - parent: a pair at the same address or under matched parents, where position already vouches for it.
 * - law: a law's clause or point at the same address ("Điều 36.1.đ"), which an amendment may
 *   rewrite almost whole: its number is what makes it the same provision.
 * - contained: the share of a piece's weight found in the whole, for split and merged.
 */
export const THRESHOLDS = { match: 0.45, parent: 0.35, law: 0.15, contained: 0.6 } as const;

/** Structure that names itself (Điều, Chương, Phần) only continues as the same kind: an article is no clause. */
const STRICT_KINDS = new Set(["article", "chapter", "part"]);
function comparableKinds(a: string, b: string): boolean {
  return a === b || (!STRICT_KINDS.has(a) && !STRICT_KINDS.has(b));
}

/** The parts of an article, addressed "Điều 5.2.a". */
const LAW_PARTS = new Set(["clause", "point"]);

/** How much better an item's partner elsewhere must score to overrule a match by position. */
const MARGIN = 0.1;

export interface Match {
  old: number;
  new: number;
  score: number;
  reason: MatchReason;
}

/** A piece of a split (one old → several new) or a merge (several old → one new). */
export interface Piece {
  /** The side that was split (old) or merged into (new). */
  whole: number;
  piece: number;
  score: number;
  kind: "split" | "merged";
  /** How the piece was found: its words inside the whole (contained), or its children's matches. */
  reason?: "contained" | "children";
}

export interface Alignment {
  matches: Match[];
  pieces: Piece[];
  /** The vectors each match was scored on, for its evidence: own words, or own words and content. */
  evidence(i: number, j: number): [Vector, Vector];
}

interface Prepared {
  key: string;
  kind: string;
  /** The item's own words (a title, a task). */
  vec: Vector;
  /** Its own words and everything inside it; the same vector when it holds nothing. */
  whole: Vector;
}

/** Accepts candidate pairs best first: each match is the best still open for both of its items. */
function bestFirst(
  candidates: { i: number; j: number; score: number }[],
  usedOld: Set<number>,
  usedNew: Set<number>,
  reason: MatchReason,
  out: Match[],
): void {
  candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  for (const c of candidates) {
    if (usedOld.has(c.i) || usedNew.has(c.j)) continue;
    usedOld.add(c.i);
    usedNew.add(c.j);
    out.push({ old: c.i, new: c.j, score: c.score, reason });
  }
}

/**
 * Aligns the items of one level in passes: identical text; same address with similar text; similar
 * text under parents already matched (`parents` maps old parent id → new parent id, and grows as
 * this level's own matches are found); then the best remaining similarity above the threshold.
 */
export function align(olds: Unit[], news: Unit[], parents: Map<string, string>): Alignment {
  const full = (u: Unit): string => (u.content ? `${u.text} ${u.content}` : u.text);
  const corpus = new Corpus([...olds, ...news].map(full));
  const prep = (u: Unit): Prepared => {
    const vec = corpus.vector(u.text);
    return { key: comparable(u.text), kind: u.kind, vec, whole: u.content ? corpus.vector(full(u)) : vec };
  };
  const po = olds.map(prep);
  const pn = news.map(prep);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const matches: Match[] = [];
  // Candidates come from an item's own words; one with none of its own (a Hiến pháp article, a
  // bare "Điều 1") offers its content. Opening every item by its content would pair each chapter
  // and article with half the law.
  const opener = (p: Prepared): Vector => (p.key ? p.vec : p.whole);
  const candidates = new Candidates(po.map(opener), pn.map(opener));
  // Every pass asks for the same pairs again: each score is computed once.
  const scores = new Map<number, number>();
  const score = (i: number, j: number): number => {
    const at = i * news.length + j;
    let s = scores.get(at);
    if (s === undefined) {
      s = !comparableKinds(po[i]!.kind, pn[j]!.kind)
        ? 0
        : po[i]!.key && po[i]!.key === pn[j]!.key
          ? 1
          : Math.max(ownScore(i, j), cosine(po[i]!.whole, pn[j]!.whole));
      scores.set(at, s);
    }
    return s;
  };
  // An article or heading is the same when its title is, or when its content is: "Điều 5. Giải thích
  // từ ngữ" keeps its title while its clauses change; a Hiến pháp article has no title at all.
  // Items holding nothing (most bullets and rows) have one vector: it is scored once.
  const ownScore = (i: number, j: number): number =>
    po[i]!.key && pn[j]!.key && (po[i]!.vec !== po[i]!.whole || pn[j]!.vec !== pn[j]!.whole)
      ? cosine(po[i]!.vec, pn[j]!.vec)
      : 0;

  // 1. Identical text, first to first when a text repeats; an item holding others must hold the
  // same (two "Tổ chức thực hiện" headings with different tasks under them wait for the later passes).
  const identity = (u: Unit, p: Prepared): string => (p.key ? `${p.key}\u0000${u.contentKey}` : "");
  const byKey = new Map<string, number[]>();
  po.forEach((p, i) => {
    const k = identity(olds[i]!, p);
    if (k) byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  pn.forEach((p, j) => {
    const queue = byKey.get(identity(news[j]!, p));
    const i = queue?.find((x) => !usedOld.has(x));
    if (i === undefined) return;
    usedOld.add(i);
    usedNew.add(j);
    matches.push({ old: i, new: j, score: 1, reason: "identical" });
  });

  // The pairs a pass considers: those sharing a distinctive term, or, for the passes where position
  // vouches (same address, matched parents), any pair so placed.
  const open = (
    pred: (i: number, j: number) => boolean,
    min: number,
    placed: Map<string, number[]> | null = null,
    placeOf: (u: Unit) => string | null = () => null,
  ): { i: number; j: number; score: number }[] => {
    const out: { i: number; j: number; score: number }[] = [];
    for (let i = 0; i < olds.length; i++) {
      if (usedOld.has(i)) continue;
      const at = placed ? placeOf(olds[i]!) : null;
      const js = at !== null && placed ? (placed.get(at) ?? []) : placed ? [] : candidates.forOld(i);
      for (const j of js) {
        if (usedNew.has(j) || !pred(i, j)) continue;
        const s = score(i, j);
        if (s >= min) out.push({ i, j, score: s });
      }
    }
    return out;
  };
  const groupNews = (key: (u: Unit) => string | null): Map<string, number[]> => {
    const m = new Map<string, number[]>();
    news.forEach((u, j) => {
      const k = key(u);
      if (k !== null) m.set(k, [...(m.get(k) ?? []), j]);
    });
    return m;
  };

  // Position vouches for a weaker match only when neither item has a clearly better partner elsewhere
  // (108/NQ-CP's I.2 continues as 07/NQ-CP's I.3, not as the unrelated I.2).
  const undisputed = (
    list: { i: number; j: number; score: number }[],
  ): { i: number; j: number; score: number }[] =>
    list.filter(({ i, j, score: s }) => {
      for (const k of candidates.forOld(i))
        if (k !== j && !usedNew.has(k) && score(i, k) >= Math.max(THRESHOLDS.match, s + MARGIN)) return false;
      for (const k of candidates.forNew(j))
        if (k !== i && !usedOld.has(k) && score(k, j) >= Math.max(THRESHOLDS.match, s + MARGIN)) return false;
      return true;
    });

  // 2. Same address ("II.3" in both) and similar text. A law's clause or point at the same address
  // ("Điều 36.1.đ") is the same provision however much an amendment rewrote it: articles are
  // numbered through the law, so nothing elsewhere can claim it.
  const inArticle = (c: { i: number }) =>
    LAW_PARTS.has(olds[c.i]!.kind) && /^Điều \d/u.test(olds[c.i]!.address);
  const sameAddress = open(
    (i, j) => olds[i]!.address === news[j]!.address,
    THRESHOLDS.law,
    groupNews((u) => u.address),
    (u) => u.address,
  ).filter((c) => c.score >= THRESHOLDS.parent || inArticle(c));
  bestFirst(
    [...sameAddress.filter(inArticle), ...undisputed(sameAddress.filter((c) => !inArticle(c)))],
    usedOld,
    usedNew,
    "address",
    matches,
  );

  // 3. Under matched parents, in rounds: a match found here makes its children's parents matched.
  const pairs = new Map(parents);
  for (const m of matches) pairs.set(olds[m.old]!.id, news[m.new]!.id);
  const byParent = groupNews((u) => u.parent);
  for (let round = 0; round < 8; round++) {
    const before = matches.length;
    bestFirst(
      undisputed(
        open(
          (i, j) => olds[i]!.parent !== null && pairs.get(olds[i]!.parent!) === news[j]!.parent,
          THRESHOLDS.parent,
          byParent,
          (u) => (u.parent !== null ? (pairs.get(u.parent) ?? null) : null),
        ),
      ),
      usedOld,
      usedNew,
      "parent",
      matches,
    );
    for (const m of matches.slice(before)) pairs.set(olds[m.old]!.id, news[m.new]!.id);
    if (matches.length === before) break;
  }

  // 4. Anywhere, above the global threshold.
  bestFirst(
    open(() => true, THRESHOLDS.match),
    usedOld,
    usedNew,
    "similarity",
    matches,
  );

  const found = pieces(po, pn, usedOld, usedNew, candidates);
  // A whole with one piece is not a split: the piece simply continues it (a task kept as one project of a list).
  const lone = found.filter(
    (p) =>
      !(p.kind === "split" ? usedOld : usedNew).has(p.whole) &&
      found.filter((q) => q.kind === p.kind && q.whole === p.whole).length === 1,
  );
  for (const p of lone)
    matches.push(
      p.kind === "split"
        ? { old: p.whole, new: p.piece, score: p.score, reason: "contained" }
        : { old: p.piece, new: p.whole, score: p.score, reason: "contained" },
    );
  return {
    matches: matches.sort((a, b) => a.new - b.new),
    pieces: found.filter((p) => !lone.includes(p)),
    evidence: (i, j) =>
      ownScore(i, j) >= cosine(po[i]!.whole, pn[j]!.whole)
        ? [po[i]!.vec, pn[j]!.vec]
        : [po[i]!.whole, pn[j]!.whole],
  };
}

/**
 * Items left over after matching that continue inside an item of the other side: an old task split in
 * two new ones (one matched, one left over) or two old tasks merged into one. A piece must have most
 * of its weight inside a larger whole; an item is a piece or a whole, never both.
 */
function pieces(
  po: Prepared[],
  pn: Prepared[],
  usedOld: Set<number>,
  usedNew: Set<number>,
  candidates: Candidates,
): Piece[] {
  const out: Piece[] = [];
  const find = (
    part: Prepared,
    wholes: Prepared[],
    near: readonly number[],
  ): { at: number; score: number } | null => {
    let best: { at: number; score: number } | null = null;
    for (const at of near) {
      const w = wholes[at]!;
      if (w.kind !== part.kind || part.whole.total >= w.whole.total) continue;
      const s = containment(part.whole, w.whole);
      if (s >= THRESHOLDS.contained && (!best || s > best.score)) best = { at, score: s };
    }
    return best;
  };
  const collect = (
    parts: Prepared[],
    used: Set<number>,
    wholes: Prepared[],
    kind: Piece["kind"],
    skipParts: Set<number>,
    skipWholes: Set<number>,
    near: (k: number) => readonly number[],
  ): void => {
    const byWhole = new Map<number, Piece[]>();
    parts.forEach((p, k) => {
      if (used.has(k) || skipParts.has(k) || p.whole.weights.size < 4) return;
      const hit = find(
        p,
        wholes,
        near(k).filter((at) => !skipWholes.has(at)),
      );
      if (hit)
        byWhole.set(hit.at, [
          ...(byWhole.get(hit.at) ?? []),
          { whole: hit.at, piece: k, score: hit.score, kind },
        ]);
    });
    for (const list of byWhole.values()) out.push(...list);
  };
  collect(pn, usedNew, po, "split", new Set(), new Set(), (j) => candidates.forNew(j));
  const splitWholes = new Set(out.map((p) => p.whole));
  const splitPieces = new Set(out.map((p) => p.piece));
  collect(po, usedOld, pn, "merged", splitWholes, splitPieces, (i) => candidates.forOld(i));
  return out.sort((a, b) => byCodePoint(a.kind, b.kind) || a.whole - b.whole || a.piece - b.piece);
}
