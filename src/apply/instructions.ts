import type { LegalDocument } from "../model/document.js";
import type { LegalNode } from "../model/node.js";
import { parseReferences, type Ref } from "./references.js";

/**
 * One instruction of an amending document, as its drafters write them (Nghị định 34/2016/NĐ-CP's
 * forms): "Sửa đổi, bổ sung khoản 2 Điều 5 như sau: “…”", "Bổ sung Điều 54a vào sau Điều 54 như
 * sau: “…”", "Bãi bỏ khoản 3 Điều 37", "Thay cụm từ “A” bằng cụm từ “B” tại khoản 1 Điều 2".
 */
export interface Instruction {
  kind: "replace" | "replaceTitle" | "insert" | "repeal" | "replacePhrase" | "removePhrase" | "unknown";
  /** replace, repeal: the places changed; insert: the places created. */
  targets: Ref[];
  /** insert: where the new places go. */
  anchor: { ref: Ref; where: "after" | "before" | "end" } | null;
  phrase: { from: string; to: string | null } | null;
  /** The quoted new text, line by line, without its opening and closing quotation marks. */
  quoted: string[];
  /** Where the instruction is: its address in the amending document, its line, its words. */
  at: { address: string; line: number; text: string };
  /** Why an instruction could not be read (kind unknown). */
  reason?: string;
  /** Places the instruction names that are not articles, clauses or points (Chương X): not applied. */
  unsupported?: string[];
}

const VERB = /^(sửa đổi, bổ sung|sửa đổi|bổ sung|thay thế|thay|bãi bỏ|bỏ)(?![\p{L}])/u;

function sentence(n: LegalNode): string {
  return (n.title ?? n.text ?? "").normalize("NFC").replace(/\s+/g, " ").trim();
}

/** "Điều 1 khoản 2 điểm a": where an instruction sits in the amending document. */
function addressOf(path: LegalNode[]): string {
  return path
    .filter((n) => n.label && ["article", "clause", "point"].includes(n.type))
    .map((n) => {
      const label = n.label!.replace(/[.)]\s*$/, "");
      return n.type === "article" ? label : n.type === "clause" ? `khoản ${label}` : `điểm ${label}`;
    })
    .join(" ");
}

/** The quoted children's lines, outer quotation marks removed ("“1b. …", "…”.", "…”;"). */
function quotedLines(n: LegalNode, inline: string | null): string[] {
  const lines = n.children.filter((c) => c.data?.style === "quoted").map((c) => c.text ?? c.title ?? "");
  if (!lines.length && inline) lines.push(inline);
  if (!lines.length) return [];
  lines[0] = lines[0]!.replace(/^\s*[“"‘]/, "");
  lines[lines.length - 1] = lines.at(-1)!.replace(/[”"’]\s*[.;,]?\s*$/, "");
  return lines.map((l) => l.trim()).filter(Boolean);
}

/** Chương, Mục, Phần and Phụ lục named in a list of places: not applied yet, and said so. */
function unsupported(list: string): { unsupported?: string[] } {
  const found = [...list.matchAll(/(?<![\p{L}])(chương|mục|phần|phụ lục) ([ivxlc\d]+)(?![\p{L}\d])/giu)].map(
    (m) => `${m[1]![0]!.toUpperCase()}${m[1]!.slice(1)} ${m[2]!.toUpperCase()}`,
  );
  return found.length ? { unsupported: found } : {};
}

/** The text quoted inside a sentence: “A”, “B”. */
function quotes(s: string): string[] {
  return [...s.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1]!);
}

function read(text: string, context: Partial<Ref>, n: LegalNode): Omit<Instruction, "at"> | null {
  const s = text.toLowerCase();
  const verb = VERB.exec(s)?.[1];
  if (!verb) return null;
  // "như sau: “…”" on the same line as the instruction.
  const colon = text.search(/như sau\s*:/iu);
  const inline = colon >= 0 ? text.slice(text.indexOf(":", colon) + 1).trim() || null : null;
  const head = colon >= 0 ? s.slice(0, colon) : s;
  const quoted = quotedLines(n, inline && /^[“"]/.test(inline) ? inline : null);
  const base = { anchor: null, phrase: null, quoted };
  if (/(?<![\p{L}])(cụm )?từ\s*[“"]/u.test(head) && (verb.startsWith("thay") || verb === "bỏ")) {
    const [from, to] = quotes(text);
    const where = (/[”"]\s*(?:tại|ở|trong)\s+(.*)$/u.exec(text)?.[1] ?? "").replace(
      /\s+(bằng|thành) (cụm )?từ.*$/u,
      "",
    );
    if (!from)
      return { ...base, kind: "unknown", targets: [], reason: "the phrase to replace is not quoted" };
    // "Thay cụm từ “A” bằng cụm từ “B”", also "… tại khoản 1 Điều 2 thành cụm từ “B”".
    const replacing = verb.startsWith("thay") && /(?<![\p{L}])(bằng|thành) (cụm )?từ\s*[“"]/u.test(s);
    if (quotes(text).length > (replacing ? 2 : 1))
      return {
        ...base,
        kind: "unknown",
        targets: [],
        reason: "several phrases in one instruction are not applied yet",
      };
    return {
      ...base,
      kind: replacing ? "replacePhrase" : "removePhrase",
      targets: parseReferences(where, context),
      phrase: { from, to: replacing ? (to ?? null) : null },
      ...unsupported(where),
    };
  }
  if (verb === "bãi bỏ") {
    const what = head.slice(verb.length);
    return { ...base, kind: "repeal", targets: parseReferences(what, context), ...unsupported(what) };
  }
  if (verb === "bổ sung") {
    if (/^bổ sung (cụm )?từ/u.test(head))
      return { ...base, kind: "unknown", targets: [], reason: "inserting a phrase is not applied yet" };
    const m = /^bổ sung\s+(.*?)\s+(vào sau|sau|vào trước|trước|vào)\s+(.*?)\s*$/u.exec(head);
    if (!m) return null;
    if (
      /(?<![\p{L}])(mục|chương|phần|phụ lục)(?![\p{L}])/u.test(m[1]!) &&
      !/(?<![\p{L}])(điều|khoản|điểm)(?![\p{L}])/u.test(m[1]!)
    )
      return {
        ...base,
        kind: "unknown",
        targets: [],
        reason: "places other than Điều, khoản and điểm (Mục, Chương, Phụ lục) are not applied yet",
      };
    const targets = parseReferences(m[1]!, context);
    const article = targets[0]?.article ?? context.article;
    const anchor = parseReferences(m[3]!, { ...context, ...(article ? { article } : {}) })[0];
    if (!targets.length || !anchor)
      return { ...base, kind: "unknown", targets, reason: "no place named to insert at" };
    // "Bổ sung khoản 6 vào Điều 8": the new clause closes the article.
    const where = m[2]!.endsWith("sau") ? "after" : m[2]!.endsWith("trước") ? "before" : "end";
    // New points sit in the anchor's clause, new clauses in its article ("Bổ sung điểm h và điểm i
    // vào sau điểm g khoản 1").
    for (const t of targets) {
      if (t.point && !t.clause) t.clause = anchor.clause;
      t.article ??= anchor.article;
    }
    return { ...base, kind: "insert", targets, anchor: { ref: anchor, where } };
  }
  // sửa đổi, bổ sung / sửa đổi / thay thế: the places named before "như sau" or "bằng".
  const what = head.slice(verb.length).replace(/\s+bằng\s+.*$/u, "");
  const title = /(?<![\p{L}])tiêu đề(?![\p{L}])/u.test(what);
  return { ...base, kind: title ? "replaceTitle" : "replace", targets: parseReferences(what, context) };
}

/**
 * The instructions of an amending document, in order. A heading that names an article but changes
 * "một số khoản của Điều 3" only lends that article to the instructions under it; the umbrella
 * article ("Sửa đổi, bổ sung một số điều của Nghị định số …") names no place and is passed over.
 */
export function findInstructions(doc: LegalDocument): Instruction[] {
  const out: Instruction[] = [];
  const visit = (n: LegalNode, path: LegalNode[], context: Partial<Ref>): void => {
    if (n.data?.style === "quoted") return;
    const text = sentence(n);
    let inner = context;
    if (text && ["article", "clause", "point", "paragraph", "bullet"].includes(n.type)) {
      const group = /(?<![\p{L}])một (số )?(điểm|khoản|điều)/u.test(text.toLowerCase());
      const named = parseReferences(text.split(/như sau/iu)[0]!, context);
      if (group) {
        // "Sửa đổi, bổ sung một số khoản của Điều 3 như sau:": the article for what follows.
        const article = named.find((r) => r.article)?.article;
        if (article) inner = { ...context, article };
      } else {
        const r = read(text, context, n);
        // "Sửa đổi, bổ sung Điều 8" with lettered instructions under it and no quoted text of its
        // own is a heading for them, like "một số khoản của Điều 8".
        const heading =
          r?.kind === "replace" &&
          !r.quoted.length &&
          n.children.some((c) => c.data?.style !== "quoted" && VERB.test(sentence(c).toLowerCase()));
        if (heading) {
          const article = r.targets.find((t) => t.article)?.article;
          if (article) inner = { ...context, article };
        } else if (r && (r.targets.length || r.kind === "unknown" || r.phrase))
          out.push({
            ...r,
            at: { address: addressOf([...path, n]), line: n.lines[0] ?? n.position.start.line, text },
          });
      }
    }
    for (const c of n.children) visit(c, [...path, n], inner);
  };
  for (const c of doc.body.children)
    if (!["header", "preamble", "recipients", "signature"].includes(c.type)) visit(c, [], {});
  return out;
}
