import type { Block, FurnitureBlock, TextBlock } from "../../model/block.js";
import type { Signer } from "../../model/metadata.js";
import type { LegalNode } from "../../model/node.js";
import { personName, SIGNED_MARK } from "../../text/formulas.js";
import { foldStart } from "../../text/fold.js";
import { isUpperText, startsLower } from "../../text/normalize.js";
import { authorityOf, isPersonName, isSealReading, recipientName } from "./closing.js";
import { type IdRegistry, makeNode } from "./nodes.js";

/** A recipient's dash; OCR reads some as "~" ("~ Đoàn ĐBQH tỉnh Lào Cai;"). */
/** A recipient's bullet, and the marks OCR reads around one in a scan ("—= Ban …", "_ - Viện …"). */
const BULLET = /^(?:[_=]\s*)?[-–—+•~]/u;

function pageBreak(b: FurnitureBlock, ids: IdRegistry): LegalNode {
  return makeNode("pageBreak", ids.claim(`page-${b.text}`), { label: b.text, lines: b.lines });
}

/**
 * "Nơi nhận:" and its "- …;" lines, from block `i`: the recipients node, the names, and the index of
 * the last block it took. Names given on the heading's own line ("Nơi nhận: - Như trên; - Lưu: VT.")
 * count too; a page number between two recipients does not end the list.
 */
export function readRecipients(
  blocks: readonly Block[],
  i: number,
  ids: IdRegistry,
): { node: LegalNode; names: string[]; last: number; aside: TextBlock[] } {
  const head = blocks[i] as TextBlock;
  const node = makeNode("recipients", ids.claim("recipients"), { label: "Nơi nhận", lines: head.lines });
  const names: string[] = [];
  // The signature column, when text laid it beside the list: "Nơi nhận:   KT. CHỦ TỊCH".
  const aside: TextBlock[] = [];
  const inline = head.text.replace(/^[^:]*:\s*/, "");
  // A scan's OCR, or a text without the columns' gap, runs the signature column into the list's
  // lines: "Nơi nhận: KT. TỔNG CỤC TRƯỞNG" ⏎ "- Như trên; — PHÓ TỔNG CỤC TRƯỞNG".
  const merged = inline !== head.text && !BULLET.test(inline) && isSignatureLine(inline);
  if (merged) aside.push({ ...head, text: inline });
  else if (inline && inline !== head.text)
    names.push(
      ...inline
        // A portal's flattened list keeps each note after its recipient's stop: "- Bộ LĐTB&XH; (để báo
        // cáo) - TT Thành ủy;": the note goes with the recipient before it.
        .replace(/;\s*(\([^()]{1,40}\))(?=\s*-\s)/gu, " $1;")
        // A stop may stand for the semicolon before the next dash: "… KGVX. - Lưu: VT".
        .split(/\s*;\s*-\s*|(?<=\p{L}{2})\.\s+-\s+/u)
        .map(recipientName)
        .filter(Boolean),
    );
  let j = i + 1;
  for (; j < blocks.length; j++) {
    let b = blocks[j]!;
    const next = blocks[j + 1];
    const tail = merged && b.kind === "text" && BULLET.test(b.text) ? signatureTail(b.text) : null;
    if (tail) {
      aside.push({ ...(b as TextBlock), text: tail.signature });
      b = { ...(b as TextBlock), text: tail.recipient };
    }
    if (b.kind === "furniture" && next?.kind === "text" && BULLET.test(next.text)) {
      node.children.push(pageBreak(b, ids));
      continue;
    }
    // A signature line between two recipients, or inside one that wraps; the signer's name too,
    // when the list runs on below it ("- Sở, Ban ngành TP      Võ Thanh Tòng" ⏎ "- Lưu TTLT").
    if (b.kind === "text" && !BULLET.test(b.text) && next?.kind === "text" && signing(b.text, next.text)) {
      if (BULLET.test(next.text) || startsLower(next.text)) {
        aside.push(b);
        continue;
      }
      // The whole signature block level with the list's first recipients ("TM. CHÍNH PHỦ" ⏎ "KT.
      // THỦ TƯỚNG" ⏎ "PHÓ THỦ TƯỚNG", then "- Các bộ, …"): a browser's print of the closing's two
      // columns, read one height after the other. The list goes on under it.
      const run = signatureRun(blocks, j);
      if (run > 1 && blocks[j + run]?.kind === "text" && BULLET.test((blocks[j + run] as TextBlock).text)) {
        aside.push(...(blocks.slice(j, j + run) as TextBlock[]));
        j += run - 1;
        continue;
      }
    }
    // A recipient wrapped in a narrow column goes on in lower case: "- Các bộ, cơ quan ngang bộ," / "cơ quan thuộc Chính phủ;".
    const last = node.children.at(-1);
    const above = blocks.slice(0, j).findLast((a) => !aside.includes(a as TextBlock));
    const open = above?.kind === "text" && !/[;.]\s*$/.test(above.text);
    if (
      b.kind === "text" &&
      last?.type === "bullet" &&
      open &&
      wrapsRecipient(b.text, last.text ?? "", (above as TextBlock).text)
    ) {
      last.text = `${last.text} ${recipientName(b.text)}`;
      last.lines.push(...b.lines);
      names[names.length - 1] = last.text;
      continue;
    }
    // The drafter's mark under the archive's item: "- Lưu: VT, HCC." ⏎ "Tungnt.QĐ/T11/2025".
    if (
      b.kind === "text" &&
      last?.type === "bullet" &&
      /^lưu\b/iu.test(last.text ?? "") &&
      DRAFTER_MARK.test(b.text)
    ) {
      last.text = `${last.text} ${b.text.trim()}`;
      last.lines.push(...b.lines);
      names[names.length - 1] = last.text;
      continue;
    }
    if (b.kind !== "text" || !(BULLET.test(b.text) || lostBullet(b.text, blocks.slice(j + 1, j + 3)))) break;
    const bullets = node.children.filter((c) => c.type === "bullet").length;
    node.children.push(
      makeNode("bullet", ids.claim(`recipients-${bullets + 1}`), {
        label: "-",
        text: recipientName(b.text),
        lines: b.lines,
      }),
    );
    names.push(recipientName(b.text));
  }
  return { node, names, last: j - 1, aside };
}

/**
 * A drafter's initials and copies, one token with a stop, a slash or a digit ("Tungnt.QĐ/T11/2025",
 * "H.10b"): no name (names part at spaces, and hold none of those) and no capacity.
 */
const DRAFTER_MARK = /^\s*(?=\S*\p{L})(?=\S*[./\d])[\p{L}\d./()_-]{2,30}\s*$/u;

/**
 * A recipient's line that ends in the signature column's line: after the recipient's own ";" or ","
 * (and a dash OCR read in the gap), a capacity in capitals. Asked only of a list whose heading line
 * holds a capacity too.
 */
function signatureTail(text: string): { recipient: string; signature: string } | null {
  const m = /^(.*?[;,])\s*(?:[—–-]\s*)?(\p{Lu}.*)$/u.exec(text.trim());
  if (!m || !isUpperText(m[2]!) || !isSignatureLine(m[2]!) || m[2]!.split(/\s+/).length < 2) return null;
  return { recipient: m[1]!, signature: m[2]! };
}

/** A transcription's labelled closing: "Ký ban hành: TM. CHÍNH PHỦ — THỦ TƯỚNG — Nguyễn Xuân Phúc". */
const SIGNER_LABEL_KEY = /^(nguoi ky|ky ban hanh|ky boi)\s*:/;

/** The parts of a labelled signer line as the blocks a printed signature would give, or null. */
export function labelledSignature(b: TextBlock): TextBlock[] | null {
  if (!SIGNER_LABEL_KEY.test(foldStart(b.text, 40))) return null;
  const parts = b.text
    .replace(/^[^:]*:\s*/, "")
    .split(/\s+[—–-]\s+|\s*[;|]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.some((p) => personName(p))) return null;
  return parts.map((text) => ({ ...b, text }));
}

/**
 * A line that goes on with the open recipient above it: in lower case, or, in a narrow column, a
 * piece in capitals or of names ("- Các sở: TN&MT, GD&ĐT," ⏎ "NN&PTNT;", "- Các hội: Hội Cựu giáo
 * chức tỉnh" ⏎ "Bình Thuận, Hội Bảo vệ thiên nhiên") that is no signature line and no name. The
 * archive's item ("Lưu: VT") closes the list unless it ends in a comma.
 */
function wrapsRecipient(text: string, recipient: string, above: string): boolean {
  if (BULLET.test(text)) return false;
  if (startsLower(text)) return true;
  if (/^lưu\b/iu.test(recipient) && !/,\s*$/.test(above)) return false;
  if (isPersonName(text) || text.split(/\s+/).length > 10) return false;
  return /[;,]\s*$/.test(text) || !isSignatureLine(text);
}

/**
 * A recipient whose dash the OCR lost ("CT, các PCT UBNDTP" between "- TT.TU, TT.HĐNDTP;" and "- Ban
 * TG&DVTU;"): a short line that is no signature line and no name, with a dashed recipient in the next
 * two lines, so the list goes on.
 */
function lostBullet(text: string, after: readonly Block[]): boolean {
  if (isSignatureLine(text) || isPersonName(text) || text.split(/\s+/).length > 10) return false;
  return after.some((a) => a.kind === "text" && BULLET.test(a.text));
}

/** How many signature lines (no recipient among them) stand in a row from `j`, at most four. */
function signatureRun(blocks: readonly Block[], j: number): number {
  let n = 0;
  while (n < 4) {
    const b = blocks[j + n];
    if (b?.kind !== "text" || BULLET.test(b.text) || !isSignatureLine(b.text)) break;
    n++;
  }
  return n;
}

/** A line of the signature column inside the list: above the name, or the name with the list going on. */
function signing(text: string, next: string): boolean {
  return isSignatureLine(text) || (personName(text) !== null && BULLET.test(next));
}

/** An authority, capacity or "(Đã ký)" line: what a signature column holds above the name. */
function isSignatureLine(text: string): boolean {
  return (
    authorityOf(text) !== null ||
    SIGNED_MARK.test(text.trim()) ||
    // A capacity never ends in a comma or a semicolon: "TTĐT," ends a wrapped recipient. It is two
    // words at least ("CHỦ TỊCH"): one in capitals is a body's short name ("UBMTTQVNTP").
    (isUpperText(text) && /^\S+\s+\S+(?:\s+\S+){0,6}$/u.test(text.trim()) && !/[,;]\s*$/.test(text))
  );
}

/**
 * The blocks of a signature: authority prefix, capacity lines and the signer's name.
 * Page numbers inside it (it ran over a page break) stay page furniture, placed before it.
 */
export function readSignature(
  all: readonly Block[],
  ids: IdRegistry,
): { nodes: LegalNode[]; signer: Signer } {
  const nodes = all.filter((b): b is FurnitureBlock => b.kind === "furniture").map((b) => pageBreak(b, ids));
  const texts = all.filter((b): b is TextBlock => b.kind === "text");
  // Parts of one labelled line share it: the node owns it once.
  const node = makeNode("signature", ids.claim("signature"), {
    lines: [...new Set(texts.flatMap((b) => b.lines))],
  });
  const nameBlock = texts.find((b) => isPersonName(b.text)) ?? null;
  // "(Đã ký)" stands where the signature was: neither capacity nor name.
  // Nor what OCR read in the seal between the capacity and the name.
  const capacity = texts
    .filter((b) => b !== nameBlock && !SIGNED_MARK.test(b.text.trim()) && !isSealReading(b))
    .map((b) => b.text);
  const authority =
    texts
      .filter((b) => b !== nameBlock)
      .map((b) => authorityOf(b.text)?.authority)
      .find(Boolean) ?? null;
  node.text = texts.map((b) => b.text).join("\n");
  node.title = nameBlock?.text ?? null;
  nodes.push(node);
  const name = nameBlock ? personName(nameBlock.text) : null;
  return { nodes, signer: { authority, capacity, name, line: texts[0]!.lines[0]! } };
}
