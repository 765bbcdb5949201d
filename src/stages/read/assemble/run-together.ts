import type { Block, TextBlock } from "../../../model/block.js";
import { foldKey, foldStart } from "../../../text/fold.js";
import { AUTHORITY_PREFIX, CAPACITY_KEY, personName, splitHeaderText } from "../../../text/formulas.js";
import { parsePlaceDate } from "../../../text/dates.js";
import { hasUpperPair, isUpperText } from "../../../text/normalize.js";
import { typeFromName } from "../../../text/document-types.js";
import { documentNumberPattern } from "../../../text/document-number.js";
import type { Reporter } from "../../../model/reporter.js";

/**
 * Text whose layout table was flattened one row to a line, each row's cells run together with a
 * space (a portal page saved as text, an OCR that read both columns as one line):
 *   "Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------"
 *   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------"
 *   "Số: 2739/VPCP-ĐMDN V/v quy định về …"
 *   "Hà Nội, ngày 14 tháng 12 năm 2015 QUYẾT ĐỊNH VỀ VIỆC … TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM"
 *   "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Xuyên"
 * The header's lines and the signature's name are cut apart again as printed, each part a block of
 * the same source line, so the header and closing are read as from any other layout.
 */

/** How many text blocks from the top the header may span. */
const HEADER_ZONE = 10;
/** A line the header's zone opens with (folded). */
const HEADER_FORMULA =
  /cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–—]\s*tu do|^so\s*[:.]\s*\S|[-–—_=*]{3,}/;
/** The body has begun: the header is over (folded). */
const BODY_START_KEY = /^(?:can cu|xet de nghi|thuc hien|dieu \d|chuong [ivxlc\d]|phan (?:thu|[ivxlc\d]))\b/;
/** A name of one or more words in capitals after a sentence's end: a layout cell after a title. */
const CAPITALS_AFTER_SENTENCE = /^(.*\p{Ll}.*[.;])\s+(\p{Lu}[\p{Lu}\s,]*\p{Lu})$/u;
const ENDS_IN_CAPITAL = /\p{Lu}$/u;
/** Capacities printed before the body's name in the enacting line: "TỔNG GIÁM ĐỐC BẢO HIỂM …" (folded). */
const CAPACITY_BEFORE_KEY =
  /(?:^|\s)((?:pho\s+)?(?:tong giam doc|giam doc|bo truong|chu tich|thu tuong|tong cuc truong|cuc truong|thong doc|vien truong|chanh an|tong kiem toan)\s*)$/;
/** Words a subject may end on before a body's name, which then belongs to the subject (folded). */
const LINKING_KEY = /(?:^|\s)(?:cua|thuoc|tai|va|voi|cho|giua|tren|trong|ngoai|den|tu|ve|o|dia ban)\s*$/;

/** A part run together after a title's last sentence: "… ban hành. VĂN PHÒNG CHÍNH PHỦ". */
function capitalsCell(part: string): string[] {
  // Tried only on a part ending in a capital: the pattern backtracks through a whole paragraph.
  const m = ENDS_IN_CAPITAL.test(part) ? CAPITALS_AFTER_SENTENCE.exec(part) : null;
  return m && m[2]!.split(/\s+/).length >= 2 ? [m[1]!, m[2]!] : [part];
}

/**
 * The enacting body's name at the end of a title run together with it ("… TRONG TÌNH HÌNH MỚI” ỦY
 * BAN NHÂN DÂN TỈNH KON TUM"), cut off with the capacity before it; `issuer` is the header's own.
 */
function enactingTail(part: string, issuer: string | null): string[] {
  if (!issuer) return [part];
  // foldKey keeps one character per character of text with single spaces (the reader gives NFC):
  // a cut found in the key stands at the same place in `text`.
  const text = part.replace(/\s+/g, " ").trim();
  const key = foldKey(text);
  if (key.length !== text.length) return [part];
  const name = foldKey(issuer);
  if (key.length <= name.length + 10 || !key.endsWith(name)) return [part];
  let head = key.slice(0, key.length - name.length);
  const capacity = CAPACITY_BEFORE_KEY.exec(head);
  if (capacity) head = head.slice(0, head.length - capacity[1]!.length);
  if (LINKING_KEY.test(head) || !/\S/.test(head)) return [part];
  const at = head.trimEnd().length;
  // A title in capitals with the body's name in capitals after it; a subject in small letters that
  // ends on a name ("… trên địa bàn tỉnh Kon Tum") is whole.
  if (!isUpperText(text)) return [part];
  return [text.slice(0, at).trim(), text.slice(at).trim()];
}

/**
 * A stray letter an OCR left between the columns ("T Độc lập — Tự do — Hạnh phúc") is no part of
 * its own: it stays with the part after it.
 */
function keepStrays(parts: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const letters = parts[k]!.match(/\p{L}/gu)?.length ?? 0;
    if (letters > 0 && letters < 2 && k + 1 < parts.length) parts[k + 1] = `${parts[k]} ${parts[k + 1]}`;
    else out.push(parts[k]!);
  }
  return out;
}

/** A header line's opening: a name in capitals, a formula, a portal's title line, "V/v", "Kính gửi". */
function opensHeaderLine(part: string): boolean {
  const key = foldKey(part);
  return (
    isUpperText(part) ||
    HEADER_FORMULA.test(key) ||
    /^(?:so\b|v\/v\b|kinh gui\b)/.test(key) ||
    parsePlaceDate(part) !== null ||
    portalTitle(`${part} `) !== null
  );
}

function headerParts(text: string, issuer: string | null): string[] {
  // A Markdown hard break's backslash ends each line of a table a converter wrote as text.
  const parts = splitHeaderText(text).map((p) => p.replace(/\s*\\$/u, ""));
  return keepStrays(parts)
    .flatMap(capitalsCell)
    .flatMap((p) => enactingTail(p, issuer));
}

/** The longest line a run-together signature takes (capacity, name, the next text's title). */
const SIGNATURE_LINE_MAX = 600;
/**
 * The most words a run-together capacity holds: two authorities and a unit's deputy, "TL. TỔNG CỤC
 * TRƯỞNG KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ VỤ TRƯỞNG", is 13.
 */
const CAPACITY_WORDS_MAX = 18;
/** A name's run of capitalised words, wherever it stands in a line. */
const NAME_RUN = /(?<!\p{L})\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*(?!\p{L})){1,5}/gu;
/**
 * What any such line holds: two capitals of a capacity, then a capitalised word. Most lines of a
 * body hold none, and are passed after one look instead of one look per name in them.
 */
const CAPACITY_THEN_NAME = /\p{Lu}{2}[\p{Lu}\s.,]*[\s.,]\p{Lu}\p{Ll}/u;
/**
 * The capacity in capitals that ends a text: an authority prefix allowed before it, and a unit's
 * name joined by a spaced dash ("VỤ KẾ HOẠCH - TÀI CHÍNH").
 */
const CAPACITY_AT_END =
  /(?:(?:TM|KT|TL|TUQ|PP|Q)\.\s*|T\/M\s+)?\p{Lu}[\p{Lu}\s.,]*(?:\s[-–]\s\p{Lu}[\p{Lu}\s.,]*)*$/u;

/**
 * "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Xuyên": a signature run together, the capacity in capitals
 * and the name after it; what stands before it (the last recipient: "- Lưu: VT. BỘ TRƯỞNG …") and
 * a title in capitals after it (the attachment it issues: "… Lê Thành Long QUY CHẾ …") are parts of
 * their own. Null when the line holds no such signature.
 */
function signatureParts(text: string): string[] | null {
  const t = text.trim();
  // A signature run together is a line or two long; a paragraph is never one.
  if (t.length > SIGNATURE_LINE_MAX || !hasUpperPair(t) || !CAPACITY_THEN_NAME.test(t)) return null;
  for (const m of [...t.matchAll(NAME_RUN)].reverse().slice(0, 4)) {
    const after = t.slice(m.index + m[0].length).trim();
    if (after && !isUpperText(after.split(/\s+/).slice(0, 2).join(" "))) continue;
    const head = t.slice(0, m.index).trimEnd();
    const capacity = CAPACITY_AT_END.exec(head)?.[0]
      .trim()
      .replace(/^[,.]\s*/u, "");
    if (!capacity || !/\p{Lu}{2}/u.test(capacity) || capacity.split(/\s+/).length > CAPACITY_WORDS_MAX)
      continue;
    if (!AUTHORITY_PREFIX.test(capacity) && !CAPACITY_KEY.test(foldKey(capacity))) continue;
    if (!personName(m[0])) continue;
    const before = head.slice(0, head.length - capacity.length).trim();
    // Only the last recipient may stand before it ("- Lưu: VT. KT. BỘ TRƯỞNG …"): in a sentence
    // ("ví dụ: KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn A") a capacity and a name are an example.
    if (before && !/^[-–+•]\s*\S/u.test(before)) continue;
    // The lines of the capacity as printed: each authority ("TM. …", "KT. …") and the deputy's own
    // title after the head's ("KT. BỘ TRƯỞNG" ⏎ "THỨ TRƯỞNG", "KT. CHỦ TỊCH" ⏎ "PHÓ CHỦ TỊCH").
    // A unit head's own title after the minister's ("TL. BỘ TRƯỞNG" ⏎ "VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH").
    const lines = capacity.split(
      /\s+(?=(?:TM|KT|TL|TUQ|PP|Q)\.\s|T\/M\s|PHÓ\s|THỨ TRƯỞNG\b|CHÁNH VĂN PHÒNG\b)|(?<=TRƯỞNG|TỊCH)\s+(?=(?:VỤ|CỤC) TRƯỞNG\b|GIÁM ĐỐC\b)/u,
    );
    return [...(before ? [before] : []), ...lines, m[0], ...(after ? [after] : [])];
  }
  return null;
}

/**
 * A name and the signed mark in one line, nothing else ("Nguyễn Mạnh Kiểm (Đã ký)", a portal's
 * signature cell with no capacity printed): the two parts a bare signature is made of. Null otherwise.
 */
function signedNameParts(text: string): string[] | null {
  const t = text.trim();
  // Most blocks are paragraphs: the closing bracket is looked for before the pattern runs over them.
  if (!t.endsWith(")") && !t.endsWith("]")) return null;
  const mark = TRAILING_SIGNED.exec(t);
  if (!mark) return null;
  const name = t.slice(0, mark.index).trim();
  return name.split(/\s+/u).length <= 6 && personName(name) ? [name, mark[0].trim()] : null;
}

const TRAILING_SIGNED = /\s*[[(]\s*đã ký\s*[)\]]$/iu;

const asBlocks = (b: TextBlock, parts: string[]): TextBlock[] => parts.map((text) => ({ ...b, text }));

/**
 * A portal page's title ("Quyết định 435/QĐ-UBND năm 2020.") opens the text; the portal repeats it
 * before each heading it links to ("Quyết định 435/QĐ-UBND năm 2020. Điều 1."). The title, or null.
 */
function portalTitle(first: string): string | null {
  const m = /^(.{8,240}?\.)\s/u.exec(first);
  if (!m || !typeFromName(m[1]!) || !documentNumberPattern().test(m[1]!)) return null;
  return m[1]!;
}

/** The portal's title left out where it stands before a heading, with one note for the document. */
function withoutAnchors(blocks: readonly Block[], report: Reporter): Block[] {
  const first = blocks.find((b): b is TextBlock => b.kind === "text");
  const title = first && portalTitle(first.text);
  if (!title) return [...blocks];
  let count = 0;
  let line: number | null = null;
  const out = blocks.map((b) => {
    if (b === first || b.kind !== "text" || b.footnoteRefs?.length || !b.text.startsWith(`${title} `))
      return b;
    count++;
    line ??= b.lines[0]!;
    return { ...b, text: b.text.slice(title.length).trim() };
  });
  if (count)
    report.info(
      "portal-anchor",
      `${count} heading(s) carry the page's title "${title}" before them: left out`,
      {
        line,
      },
    );
  return out;
}

/**
 * The blocks with run-together header lines and signature lines cut into their parts, and the lines
 * cut (each part is a block of its own on the same line).
 */
export function splitRunTogether(
  input: readonly Block[],
  report: Reporter,
): { blocks: Block[]; split: number[] } {
  const blocks = withoutAnchors(input, report);
  const out: Block[] = [];
  const split: number[] = [];
  let texts = 0;
  let header = true;
  // The body's name: the lines in capitals right above the quốc hiệu ("ỦY BAN NHÂN DÂN" ⏎ "TỈNH KON TUM").
  let above: string[] = [];
  let issuer: string | null = null;
  for (const b of blocks) {
    if (b.kind !== "text" || b.footnoteRefs?.length) {
      out.push(b);
      continue;
    }
    if (header && BODY_START_KEY.test(foldStart(b.text, 24))) header = false;
    let parts: string[] = header
      ? headerParts(b.text, issuer)
      : (signatureParts(b.text) ?? signedNameParts(b.text) ?? [b.text]);
    // The header's zone starts at its first formula (a converter's notes may stand above it).
    if (header && (texts > 0 || parts.length > 1 || HEADER_FORMULA.test(foldKey(b.text)))) {
      if (++texts > HEADER_ZONE) {
        header = false;
        parts = signatureParts(b.text) ?? [b.text];
      }
    } else if (header) parts = [b.text];
    // Only a line that opens as a header's line is cut: a sentence ("Theo báo cáo Số: 15/BC-SYT …",
    // "… tổ chức tại Hà Nội, ngày 03 …") is read as it stands.
    if (header && parts.length > 1 && !opensHeaderLine(parts[0]!)) parts = [b.text];
    for (const part of header ? parts : []) {
      if (!issuer && /^cong hoa xa hoi chu nghia viet nam\b/.test(foldKey(part)))
        issuer = above.join(" ") || null;
      else if (isUpperText(part) && /\p{L}{2}/u.test(part)) above.push(part);
      else above = [];
      // A letter's addressee ends its header, and a tên loại in capitals leads to the title, which
      // may quote a formula: what follows is read as it stands.
      const type = typeFromName(part);
      if (/^kinh gui\b/.test(foldStart(part, 12)) || (type && isUpperText(part.slice(0, type.length))))
        header = false;
    }
    if (parts.length > 1) {
      out.push(...asBlocks(b, parts));
      split.push(...b.lines);
    } else out.push(b);
  }
  return { blocks: out, split };
}
