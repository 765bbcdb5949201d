/**
 * A place in a law, decree or circular as amendments name it: "điểm a khoản 2 Điều 5", "khoản 1b",
 * "Điều 15a". Numbers are kept as printed ("1b", "đ"), lower case.
 */
export interface Ref {
  article: string | null;
  clause: string | null;
  point: string | null;
}

export function formatRef(r: Ref): string {
  return [
    r.point ? `điểm ${r.point}` : "",
    r.clause ? `khoản ${r.clause}` : "",
    r.article ? `Điều ${r.article}` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

// On lower-case NFC text, so "điểm đ" keeps its letter (folding would make it "d").
const POINT = /(?<![\p{L}])điểm ([a-zđ]\d?)(?![\p{L}\d])/u;
const CLAUSE = /(?<![\p{L}])khoản (\d+[a-zđ]?)(?![\p{L}\d])/u;
const ARTICLE = /(?<![\p{L}])điều (\d+[a-zđ]?)(?![\p{L}\d])/u;
const SEPARATOR = /\s*[,;]\s*|\s+và\s+/u;

/**
 * Every place a phrase names, in order: "khoản 3 Điều 37 và khoản 3 Điều 39" is two; "các khoản 9,
 * 10 và 11" is three; "điểm đ và điểm e khoản 1" is two points of one clause. A part that leaves out
 * the article or clause takes it from the part after it ("khoản 1, khoản 2 Điều 5"), then from
 * `context` (the article an enclosing instruction names: "Sửa đổi một số khoản của Điều 3: a) Sửa đổi
 * khoản 2 …").
 */
export function parseReferences(phrase: string, context: Partial<Ref> = {}): Ref[] {
  const text = phrase.normalize("NFC").toLowerCase().replace(/ð/g, "đ").replace(/\s+/g, " ");
  const refs: Ref[] = [];
  let kind: string | null = null;
  for (const raw of text.replace(/(?<![\p{L}])các (khoản|điểm|điều)(?![\p{L}])/gu, "$1").split(SEPARATOR)) {
    // A bare number or letter continues the list of the kind before it: "các khoản 9, 10 và 11".
    const part = kind && /^[\da-zđ]{1,4}(?![\p{L}\d])/u.test(raw) ? `${kind} ${raw}` : raw;
    const p = POINT.exec(part);
    const c = CLAUSE.exec(part);
    const a = ARTICLE.exec(part);
    if (!p && !c && !a) continue;
    kind = p ? "điểm" : c ? "khoản" : "điều";
    refs.push({ point: p?.[1] ?? null, clause: c?.[1] ?? null, article: a?.[1] ?? null });
  }
  // Fill what a part leaves out from the parts after it, then from the context.
  for (let k = refs.length - 2; k >= 0; k--) {
    const r = refs[k]!;
    const next = refs[k + 1]!;
    if (r.point && !r.clause && next.clause) r.clause = next.clause;
    if (!r.article && next.article && (r.clause || r.point)) r.article = next.article;
  }
  for (const r of refs) {
    if (r.point && !r.clause) r.clause = context.clause ?? null;
    if (!r.article) r.article = context.article ?? null;
  }
  return refs;
}
