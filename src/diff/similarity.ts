import { isGeneric, namedTerms } from "./evidence.js";
import { terms } from "./text.js";

/** Boilerplate counts a third as much as an ordinary word; a name half as much again. */
const GENERIC_WEIGHT = 0.3;
const NAMED_WEIGHT = 1.5;

/** A text as weighted terms (tf × idf) with its Euclidean norm and total weight. */
export interface Vector {
  weights: Map<string, number>;
  norm: number;
  total: number;
}

/**
 * TF-IDF over the items of both documents at one level: words every item shares ("thành phố Hải
 * Phòng", "các bộ, ngành") weigh little, the words that tell tasks apart weigh much. Cosine gives the
 * match score; containment (how much of one item's weight the other holds) finds splits and merges.
 */
export class Corpus {
  private readonly idf = new Map<string, number>();
  private readonly size: number;
  /** The corpus's texts are vectorised again right after: their terms are read once. */
  private readonly seen = new Map<string, string[]>();

  constructor(texts: string[]) {
    this.size = texts.length;
    const df = new Map<string, number>();
    for (const t of texts) {
      const list = terms(t);
      this.seen.set(t, list);
      for (const term of new Set(list)) df.set(term, (df.get(term) ?? 0) + 1);
    }
    for (const [term, n] of df) this.idf.set(term, Math.log((this.size + 1) / (n + 1)) + 1);
  }

  vector(text: string): Vector {
    const tf = new Map<string, number>();
    for (const term of this.seen.get(text) ?? terms(text)) tf.set(term, (tf.get(term) ?? 0) + 1);
    const weights = new Map<string, number>();
    const named = namedTerms(text);
    let sq = 0;
    let total = 0;
    for (const [term, n] of tf) {
      // What a task is about (a named place, work, programme or document) outweighs how it is done.
      const subject = isGeneric(term) ? GENERIC_WEIGHT : named.size && names(term, named) ? NAMED_WEIGHT : 1;
      const w = n * subject * (this.idf.get(term) ?? Math.log(this.size + 1) + 1);
      weights.set(term, w);
      sq += w * w;
      total += w;
    }
    return { weights, norm: Math.sqrt(sq), total };
  }
}

/** Whether a term (a word, or two words and a space) holds a name. */
function names(term: string, named: Set<string>): boolean {
  const space = term.indexOf(" ");
  if (space < 0) return named.has(term);
  return named.has(term.slice(0, space)) || named.has(term.slice(space + 1));
}

export function cosine(a: Vector, b: Vector): number {
  if (!a.norm || !b.norm) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small.weights) dot += w * (large.weights.get(term) ?? 0);
  return Math.min(1, dot / (a.norm * b.norm));
}

/** The share of `part`'s weight that `whole` holds too. */
export function containment(part: Vector, whole: Vector): number {
  if (!part.total) return 0;
  let shared = 0;
  for (const [term, w] of part.weights) shared += Math.min(w, whole.weights.get(term) ?? 0);
  return shared / part.total;
}
