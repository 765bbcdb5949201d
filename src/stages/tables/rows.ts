import { foldKey } from "../../text/fold.js";
import { type NumberingStyle, rowNumberStyle } from "../../text/numbering-styles.js";

/** One grid row as the tables stage sees it. */
export interface GridRow {
  cells: string[];
  lines: number[];
  emphasis: boolean;
  /** Cells repeated from a cell above that spans rows (an HTML or Word rowspan). */
  carried?: boolean[];
}

/** Table row numbers share the tree's numbering vocabulary (text/numbering-styles.ts). */
export { rowNumberStyle as numberStyle };
export type NumberStyle = NumberingStyle | null;

export function isNumericCell(text: string): boolean {
  return /^[<>≤≥~]?\s*[+-]?\d[\d.,]*\s*%?$/.test(text.trim());
}

/** Folded similarity of two rows, for headers repeated at page breaks with spelling variants. */
export function rowSimilarity(a: string[], b: string[]): number {
  // Each cell's key is folded once and kept (fold.ts); the row's words are those keys joined, which
  // folding the joined row would give, without folding a new string for every pair of rows.
  const keysA = a.map(foldKey);
  const keysB = b.map(foldKey);
  // The same words in the same order, cut into cells differently ("TT Nội dung" in one cell): the same row.
  const joinedA = keysA.filter(Boolean).join(" ");
  if (joinedA && joinedA === keysB.filter(Boolean).join(" ")) return 1;
  const n = Math.max(a.length, b.length);
  let same = 0;
  let counted = 0;
  for (let i = 0; i < n; i++) {
    const x = keysA[i] ?? "";
    const y = keysB[i] ?? "";
    if (!x && !y) continue;
    counted++;
    if (
      x === y ||
      (x.length > 6 && y.length > 6 && (x.startsWith(y.slice(0, -2)) || y.startsWith(x.slice(0, -2))))
    )
      same++;
  }
  return counted ? same / counted : 0;
}

/** "- Công nghiệp …", "+ Thu gom …", "a) …", "Trong đó: …": a row under the row above. */
export function subRowLevel(no: string, label: string): number | null {
  const style = rowNumberStyle(no);
  if (style === "letter") return 1;
  if (style === "dash") return 2;
  if (style === "plus") return 3;
  const l = label.trim();
  if (/^[a-zđ]\)\s/.test(l)) return 1;
  if (/^[-–]\s*\S/.test(l)) return 2;
  if (/^\+\s*\S/.test(l)) return 3;
  if (/^-? ?(trong|tr\.) do\b/.test(foldKey(l))) return 4;
  return null;
}

/** Joins a continuation onto a cell; a page break sometimes repeats the last word above. */
export function joinCell(above: string, more: string): string {
  if (!above) return more;
  if (!more) return above;
  const last = above.split(/\s+/).pop()!;
  const words = more.split(/\s+/);
  const bare = (w: string) => foldKey(w).replace(/[^\p{L}\p{N}]/gu, "");
  // "Môi trường" + "trường; các sở …": drop the repeated word, keep its punctuation.
  if (bare(last) && bare(last) === bare(words[0]!)) {
    const tail = words.shift()!.slice(last.replace(/[^\p{L}\p{N}]+$/u, "").length);
    if (tail) return `${above}${tail}${words.length ? ` ${words.join(" ")}` : ""}`;
  }
  return words.length ? `${above} ${words.join(" ")}` : above;
}
