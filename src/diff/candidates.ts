import { isBoilerplate } from "./evidence.js";
import type { Vector } from "./similarity.js";

/**
 * Which items of the other side an item can match: those sharing at least one distinctive term with
 * it, found through an inverted index instead of scoring every old × new pair. A term held by more
 * than `maxShare` of the items ("thực hiện", "ủy ban nhân dân") tells no pair apart, nor does
 * boilerplate ("xây dựng đề án", "báo cáo Thủ tướng"), so neither opens a candidate: a pair that
 * shares only such terms is never a match worth making. Of the items an item
 * shares terms with, only the `perItem` that share the most weight are kept (from either side): a
 * clause of a long decree shares some word with hundreds of others, and scoring them all cost a
 * 2,000-item diff seconds and a gigabyte.
 */
export class Candidates {
  private readonly ofOld: number[][];
  private readonly ofNew: number[][];

  constructor(olds: readonly Vector[], news: readonly Vector[], maxShare = 0.05, minDf = 16, perItem = 24) {
    const df = new Map<string, number>();
    for (const v of [...olds, ...news]) for (const t of v.weights.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const limit = Math.max(minDf, Math.ceil(maxShare * (olds.length + news.length)));
    const postings = (side: readonly Vector[]): Map<string, [number, number][]> => {
      const out = new Map<string, [number, number][]>();
      side.forEach((v, k) => {
        for (const [t, w] of v.weights)
          if (df.get(t)! <= limit && !isBoilerplate(t)) {
            const list = out.get(t);
            if (list) list.push([k, w]);
            else out.set(t, [[k, w]]);
          }
      });
      return out;
    };
    // The items of `other` that share the most distinctive weight with each item of `side`.
    const best = (side: readonly Vector[], other: Map<string, [number, number][]>): number[][] =>
      side.map((v) => {
        const shared = new Map<number, number>();
        for (const [t, w] of v.weights)
          for (const [k, x] of other.get(t) ?? []) shared.set(k, (shared.get(k) ?? 0) + w * x);
        return [...shared]
          .sort((a, b) => b[1] - a[1] || a[0] - b[0])
          .slice(0, perItem)
          .map(([k]) => k);
      });
    const fromOld = best(olds, postings(news));
    const fromNew = best(news, postings(olds));
    const ofOld = olds.map(() => new Set<number>());
    const ofNew = news.map(() => new Set<number>());
    fromOld.forEach((js, i) => js.forEach((j) => (ofOld[i]!.add(j), ofNew[j]!.add(i))));
    fromNew.forEach((is, j) => is.forEach((i) => (ofOld[i]!.add(j), ofNew[j]!.add(i))));
    const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
    this.ofOld = ofOld.map(sorted);
    this.ofNew = ofNew.map(sorted);
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
