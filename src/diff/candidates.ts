import type { Vector } from "./similarity.js";

/**
 * Which items of the other side an item can match: those sharing at least one distinctive term with
 * it, found through an inverted index instead of scoring every old × new pair. A term held by more
 * than `maxShare` of the items ("thực hiện", "ủy ban nhân dân") tells no pair apart, so it opens no
 * candidate; a pair that shares only such terms is never a match worth making.
 */
export class Candidates {
  private readonly ofOld: number[][];
  private readonly ofNew: number[][];

  constructor(olds: readonly Vector[], news: readonly Vector[], maxShare = 0.05, minDf = 16) {
    const df = new Map<string, number>();
    for (const v of [...olds, ...news]) for (const t of v.weights.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const limit = Math.max(minDf, Math.ceil(maxShare * (olds.length + news.length)));
    const postings = new Map<string, number[]>();
    news.forEach((v, j) => {
      for (const t of v.weights.keys())
        if (df.get(t)! <= limit) {
          const list = postings.get(t);
          if (list) list.push(j);
          else postings.set(t, [j]);
        }
    });
    this.ofNew = news.map(() => []);
    this.ofOld = olds.map((v, i) => {
      const seen = new Set<number>();
      for (const t of v.weights.keys()) for (const j of postings.get(t) ?? []) seen.add(j);
      const list = [...seen].sort((a, b) => a - b);
      for (const j of list) this.ofNew[j]!.push(i);
      return list;
    });
  }

  /** The new items old item `i` may match, in order. */
  forOld(i: number): readonly number[] {
    return this.ofOld[i]!;
  }

  /** The old items new item `j` may match, in order. */
  forNew(j: number): readonly number[] {
    return this.ofNew[j]!;
  }
}
