import type { HeaderRole as NodeHeaderRole } from "../../model/node.js";
import { isCaption } from "./captions.js";
import {
  ENACTING_BODY_KEY,
  ISSUER_BODY_KEY,
  LETTER_SUBJECT_MARK,
  MOTTO_KEY,
  NATIONAL_TITLE_KEY,
  PARTY_NAME_KEY,
  RULE_LINE,
  SENTENCE_END,
  splitHeaderText,
} from "../../text/formulas.js";
import type { Block, TextBlock } from "../../model/block.js";
import type { LegalNode } from "../../model/node.js";
import { foldKey, foldStart } from "../../text/fold.js";
import {
  documentNumberPattern,
  normalizeDocumentNumber,
  parseDocumentNumber,
} from "../../text/document-number.js";
import { isTypeName, typeFromName } from "../../text/document-types.js";
import { isCutPlaceDate, leadingDate, parsePlaceDate } from "../../text/dates.js";
import { isUpperText, startsLower } from "../../text/normalize.js";
import { matchMarkers } from "../../text/markers.js";
import type { DocumentTypeCode } from "../../model/metadata.js";
import { type IdRegistry, makeNode } from "./nodes.js";

/** Header lines (Decree 30/2020/NĐ-CP): each kind is recognised by its form, never by position alone. */
export type HeaderRole = Exclude<NodeHeaderRole, "header" | "rule" | "session">;

export interface Field<T> {
  value: T;
  line: number;
}

export interface HeaderFields {
  issuer?: Field<string>;
  documentNumber?: Field<string>;
  place?: Field<string>;
  issuedOn?: Field<string>;
  documentType?: Field<{ printed: string; code: DocumentTypeCode }>;
  subject?: Field<string>;
  urgency?: Field<string>;
  secrecy?: Field<string>;
  /** The subject followed "V/v": an official letter, which prints no tên loại. */
  letter?: boolean;
  /** "Số: Không số": the text says it has no number (a constitution), so none is missing. */
  numberless?: boolean;
}

/** Kinds that may address someone ("Kính gửi"): a tờ trình, a report, a notice, a plan, a letter. */
const ADDRESSING_KINDS = new Set<DocumentTypeCode>(["submission", "report", "notice", "plan"]);

const URGENCY: Record<string, string> = { "hoa toc": "HỎA TỐC", "thuong khan": "THƯỢNG KHẨN", khan: "KHẨN" };
const SECRECY: Record<string, string> = { "tuyet mat": "TUYỆT MẬT", "toi mat": "TỐI MẬT", mat: "MẬT" };

/** "của <issuer> Số <number> [ngày <date>] [về <subject>]": the issuer, number and date on one line. */
function ofIssuerLine(
  text: string,
): { issuer: string; number: string; issuedOn: string | null; subject: string | null } | null {
  const m = /^của\s+(.{3,80}?)\s+số\s*:?\s*(\S+)(.*)$/iu.exec(text.trim());
  if (!m) return null;
  const number = documentNumberPattern().exec(m[2]!);
  if (!number || number.index !== 0) return null;
  const rest = m[3]!.trim();
  // On this line, what follows the date is the subject, even without "về" (a hard wrap may join them).
  const dated = rest ? dateLine(rest, true) : null;
  if (rest && !dated) return null;
  return {
    issuer: m[1]!,
    number: number[0],
    issuedOn: dated?.issuedOn ?? null,
    subject: dated?.subject ?? null,
  };
}

/** "ngày 10/10/2003", "ngày 22 tháng 12 năm 1998", then perhaps the subject ("về …"). */
function dateLine(text: string, anySubject = false): { issuedOn: string; subject: string | null } | null {
  const line = text.trim();
  const date = /^ngày\b/iu.test(line) ? leadingDate(line) : null;
  if (!date) return null;
  const rest = line.slice(date.end).trim();
  if (rest && !anySubject && !/^(về|v\/v)(?=\s|$)/iu.test(rest)) return null;
  return { issuedOn: date.iso, subject: rest ? rest.replace(/[.;]$/u, "") : null };
}

function openSubject(state: HeaderState, subject: string, b: TextBlock): void {
  state.fields.subject = { value: subject, line: b.lines[0]! };
  state.subjectLast = b.lines.at(-1)!;
  state.subjectOpen = true;
  state.subjectStrong = false;
}

/**
 * The place and date that end a line, found without reading what comes before them: the place is
 * the longest run of up to six words before ", ngày" that reads as one ("Lào Cai", "TP. Hồ Chí Minh").
 */
function placeDateAtEnd(text: string): ReturnType<typeof parsePlaceDate> {
  const at = text.search(/\s*[,.]\s*ngày\b/u);
  if (at <= 0) return null;
  const words = text.slice(0, at).trim().split(/\s+/);
  for (let k = Math.max(0, words.length - 6); k < words.length; k++) {
    const pd = parsePlaceDate(`${words.slice(k).join(" ")}${text.slice(at)}`);
    if (pd) return pd;
  }
  return null;
}

/** After its number, a number line holds at most a place and date; words after it make a title line. */
function isTitleLine(text: string): boolean {
  const m = documentNumberPattern().exec(text);
  if (!m) return false;
  const after = text.slice(m.index + m[0].length).trim();
  return after.split(/\s+/).length > 3 && !parsePlaceDate(after);
}

export function roleOf(text: string): HeaderRole | null {
  // "S ố:": a shape (the rule under the issuer) anchored inside the label leaves a space in a Word
  // or LibreOffice HTML page.
  const key = foldKey(text).replace(/^s o(?=\s*[:.])/, "so");
  // The quốc hiệu, or its halves where a narrow column wrapped it after any word from its third:
  // "CỘNG HÒA XÃ HỘI" ⏎ "CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ" ⏎ "NGHĨA VIỆT NAM".
  if (NATIONAL_TITLE_KEY.test(key) || NATIONAL_TITLE_HALF_KEY.test(key)) return "nationalTitle";
  if (MOTTO_KEY.test(key) || MOTTO_HALF_KEY.test(key)) return "motto";
  if (PARTY_NAME_KEY.test(key)) return "partyName";
  // "Số: 07/NQ-CP"; party documents print "Số 45-NQ/TW" without the colon; a draft leaves the
  // number blank ("Số:     /KH-UBND"). A title line ("Nghị quyết số 250/2025/QH15 Về …") is no number line.
  if (/^((bo luat|luat|phap lenh|nghi quyet|quyet dinh)\s+)?so\s*([:.]\s*|\s+)\d/.test(key))
    return isTitleLine(text) ? null : "number";
  if (/^so\s*[:.]\s*[.…_\s]*\/\s*\S/.test(key)) return "number";
  // "Số: Không số": a text issued without a number says so where the number stands.
  if (NUMBERLESS_KEY.test(key)) return "number";
  // The label alone, its number wrapped to the line below in a narrow column ("Luật số:" ⏎
  // "69/2025/QH15") or left blank in a draft ("Số:" ⏎ "/TB-UBND").
  if (NUMBER_LABEL_KEY.test(key)) return "number";
  // A scan whose number the OCR could not read ("Số: M\_ /CT-UBND", "Số: II /2026/QĐ-UBND"): still
  // the number line.
  if (/^so\s*[:.]\s*[^/\d\s]{1,3}\s*\/\s*(?:\d{4}\s*\/\s*)?[a-z]/.test(key)) return "number";
  if (URGENCY[key]) return "urgency";
  if (SECRECY[key]) return "secrecy";
  if (parsePlaceDate(text)) return "placeDate";
  return null;
}

/** What a document system or portal files a text under (folded), printed above its header. */
const COLLECTION_LABEL_KEY =
  /^(?:van ban (?:quy pham )?phap luat|toan van(?: van ban)?|noi dung van ban|van ban goc|van ban tieng viet)$/;

/**
 * A legal portal's tabs and buttons (folded), which a browser's print of its page sets among the
 * header's lines: "BỘ TÀI CHÍNH" ⏎ "Văn bản gốc" ⏎ "Tải về" ⏎ "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
 */
export const PORTAL_CONTROL_KEY = /^(?:tai ve|tai van ban|van ban goc|thuoc tinh|luoc do|noi dung)$/;

/** A receipt stamp's title (folded): "CÔNG VĂN ĐẾN", "VĂN BẢN ĐẾN", "CV ĐẾN", or "ĐẾN" before its fields. */
const RECEIPT_KEY = /^(?:(?:cong van|van ban|cv)\s+den\b|den(?:$|\s*:|\s+so\b))/;
/** A receipt stamp's field line (folded), short: "Giờ … Ngày …", "Số: 1234", "Chuyển: …". */
const RECEIPT_FIELD_KEY = /^(?:gio|ngay|so|chuyen|luu ho so)\b(?=.{0,60}$)/;

/** "Số: Không số" (folded). */
const NUMBERLESS_KEY = /^so\s*[:.]?\s*khong so$/;

/**
 * A number whose digits the OCR parted with a space, right after its label: "Số: 1 043/BTP-QLXLVPHC"
 * is 1043. Read alone, the pattern would take "043/BTP-…". At most five digits in all, as numbers run.
 */
function joinSplitDigits(text: string): string {
  return text.replace(
    /^(\s*(?:\p{L}+\s+)?S[ốo]\s*[:.]?\s*)(\d{1,4}) (\d{1,4})(?=\s*\/)/iu,
    (all, label: string, a: string, b: string) => (a.length + b.length <= 5 ? `${label}${a}${b}` : all),
  );
}

/** "Số:", "Luật số:" with nothing after it (folded). */
const NUMBER_LABEL_KEY = /^(?:(?:bo luat|luat|phap lenh|nghi quyet|quyet dinh)\s+)?so\s*[:.]$/;

/** A line that is one document number and nothing else: the number a label above it wrapped away. */
export function isBareNumber(text: string): boolean {
  const t = text.trim();
  const m = documentNumberPattern().exec(t);
  return m !== null && m.index === 0 && m[0].length === t.length;
}

/** A half of the quốc hiệu, wrapped in a narrow column (folded; no body's name reads so). */
const NATIONAL_TITLE_HALF_KEY =
  /^(?:cong hoa xa(?: hoi(?: chu(?: nghia(?: viet)?)?)?)?|(?:(?:(?:hoa )?xa )?hoi )?chu nghia viet nam|nghia viet nam)$/;

/** A part of the tiêu ngữ wrapped in a narrow column (folded): "Độc lập – Tự do –" ⏎ "Hạnh phúc". */
const MOTTO_HALF_KEY = /^(?:doc lap(?:\s*[-–—]\s*tu do)?\s*[-–—]?|(?:tu do\s*[-–—]\s*)?hanh phuc)$/;

/** A date without "ngày" and its place: "14 tháng 5 năm 2008", "14 tháng5 năm 2008". */
const DATE_REST = /^\d{1,2}\s*tháng\s*\d{1,2}\s*,?\s*năm\s*\d{4}\.?$/u;

const GAZETTE_KIND = /^VĂN BẢN (?:HỢP NHẤT|QUY PHẠM PHÁP LUẬT)\s*[-–]\s*/u;

/** A draft's mark under its number or beside its title: "(Dự thảo)", "DỰ THẢO LẦN 2". */
const DRAFT_MARK_KEY = /^\(?\s*du thao(\s+(lan\s+)?\d+)?\s*\)?$/;

/** The time a digital signature was applied ("25/07/2025 10:25:14 +07:00"), or its "Ký bởi:" label. */
const STAMP_TIME =
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[+-]\d{2}:?\d{2})?(?![\d:])/u;

export function isSignatureStamp(text: string): boolean {
  // The stamp's fields, each a line: "Ký bởi:", "Email:", "Cơ quan:", "Thời gian ký:"; on a scan,
  // after a mark or two the OCR made of the stamp's frame ("›_ Ký bởi: Sở Tư pháp").
  return (
    STAMP_TIME.test(text) ||
    /^(ký bởi|người ký|signed by|email|cơ quan|thời gian ký)\s*:/iu.test(
      text.replace(/^[^\p{L}]{0,4}\p{Lu}?[^\p{L}]{1,3}(?=\p{L})|^[^\p{L}]+/u, ""),
    )
  );
}

/**
 * Tên loại: a line that is, or starts with, a document type name printed in upper case
 * ("NGHỊ QUYẾT", "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ", "NGHỊ ĐỊNH VỀ PHÁT TRIỂN …").
 */
export function typeLine(text: string): { printed: string; code: DocumentTypeCode; rest: string } | null {
  const t = typeFromName(text);
  if (!t) return null;
  const printed = text.slice(0, t.length).trim();
  const rest = text.slice(t.length).trim();
  if (!isUpperText(printed) || /^[:.]/.test(rest)) return null;
  // The name is a closed list: an OCR misread of its marks ("QUYÉT ĐỊNH") is given as the name.
  return { printed: t.name.toLocaleUpperCase("vi"), code: t.code, rest };
}

/**
 * An issuer line in capitals; a joint document names each body ("BỘ TƯ PHÁP - BỘ CÔNG AN - …"). A
 * name has a word of letters: a filing code in the header's corner ("XV80") is none.
 */
function isTitleLike(text: string): boolean {
  const bodies = text.split(/\s+[-–]\s+/);
  return (
    isUpperText(text) &&
    bodies.every((b) => b.split(/\s+/).length <= 16) &&
    matchMarkers(text).length === 0 &&
    text.split(/\s+/).some((w) => /^\p{L}{2,}[.,]?$/u.test(w))
  );
}

/**
 * A scrap where the issuer's rule is drawn: one or two short words not in capitals, under the issuer
 * and before the number, the header's next line a formula of its own.
 */
function ruleResidue(text: string, state: HeaderState, after: Block | undefined): boolean {
  const t = text.trim();
  if (!state.issuer.length || state.fields.documentNumber || state.fields.documentType) return false;
  if (t.length > 10 || t.split(/\s+/).length > 2 || isUpperText(t)) return false;
  const next = after?.kind === "text" ? roleOf(after.text) : null;
  return next === "number" || next === "nationalTitle" || next === "motto";
}

/**
 * The line after the trích yếu that names the enacting body ("CHÍNH PHỦ", "QUỐC HỘI", "ỦY BAN THƯỜNG
 * VỤ QUỐC HỘI") ends the subject: the issuer's name again, or an upper-case line after a subject in
 * sentence case.
 */
function endsSubject(text: string, state: HeaderState): boolean {
  const key = foldKey(text);
  // A constitution's or a charter's preamble opens under its own heading: no part of the title.
  if (/^loi (?:noi|mo) dau$/.test(key)) return true;
  if (!isUpperText(text) || !state.fields.subject) return false;
  const issuer = state.issuer.map((p) => foldKey(p.text)).join(" ");
  // A part of the issuer's name ends it only if it names a body: "TỈNH CAO BẰNG", the subject's last
  // line a scan's OCR set apart ("… TRÊN ĐỊA BÀN" ⏎ "TỈNH CAO BẰNG"), goes on in it.
  const part = issuer.endsWith(` ${key}`) || issuer.startsWith(`${key} `);
  if (issuer && (issuer === key || (part && ISSUER_BODY_KEY.test(key)))) return true;
  if (ENACTING_BODY_KEY.test(key)) return true;
  return !isUpperText(state.fields.subject.value);
}

/** "Nghị định của chính phủ": an old transcription's type line names its issuer after the type. */
function typeOfIssuer(text: string): boolean {
  const m = /^(.+?)\s+của\s+(.+)$/iu.exec(text.trim());
  if (m && /(?:^|\s)số(?:\s|:|$)/iu.test(m[2]!)) return false;
  // "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu" runs to ten words.
  return !!m && isTypeName(m[1]!) && ISSUER_BODY_KEY.test(foldKey(m[2]!)) && m[2]!.split(/\s+/).length <= 10;
}

/**
 * The lines under an old text's maker (`state.maker`): a line that goes on with its name, then the
 * number and date, read with the maker as one "của … số … ngày …" line. Null for any other line.
 */
function makerLine(text: string, b: TextBlock, state: HeaderState): HeaderRole | null {
  const maker = state.maker;
  if (!maker || state.fields.documentNumber) return null;
  if (maker.more) {
    state.maker = { text: `${maker.text} ${text.trim()}`, more: false };
    return "type";
  }
  state.maker = undefined;
  const of = ofIssuerLine(`${maker.text.replace(/[,\s]+$/u, "")} ${text.trim()}`);
  if (!of) return null;
  const line = b.lines[0]!;
  state.fields.documentNumber = { value: normalizeDocumentNumber(of.number), line };
  if (of.issuedOn) state.fields.issuedOn ??= { value: of.issuedOn, line };
  if (!state.issuer.length) state.issuer.push({ text: of.issuer, line });
  if (of.subject) {
    state.fields.subject = { value: of.subject, line };
    state.subjectLast = b.lines.at(-1)!;
  }
  return "number";
}

/** "CỦA BỘ CHÍNH TRỊ", "của Thủ tướng Chính phủ": a body's name after "của", and nothing else. */
function ofIssuerOnly(text: string): boolean {
  const m = /^của\s+(.+)$/iu.exec(text.trim());
  if (!m || /(?:^|\s)(?:số|về|v\/v)(?:\s|:|$)/iu.test(m[1]!)) return false;
  return ISSUER_BODY_KEY.test(foldKey(m[1]!)) && m[1]!.split(/\s+/).length <= 10;
}

/**
 * A text that opens with its tên loại on the first line, the subject after it or under it: a report
 * or a speech with no header ("Báo cáo" ⏎ "Tình hình thực hiện …", "Báo cáo về tình hình …"). In
 * sentence case too, since text typed in TCVN3's capital fonts comes out in small letters once its
 * fonts are lost.
 */
function opensWithType(
  text: string,
  index: number,
  state: HeaderState,
): { printed: string; code: DocumentTypeCode; rest: string } | null {
  const t = index === 0 ? typeFromName(text) : null;
  if (!t) return null;
  const printed = text.trim().slice(0, t.length);
  const rest = text.trim().slice(t.length).trim();
  if (rest) return /^về\s/iu.test(rest) ? { printed, code: t.code, rest } : null;
  const next = state.next?.trim();
  return next && /^\p{L}/u.test(next) && !matchMarkers(next).length ? { printed, code: t.code, rest } : null;
}

function sentenceCaseType(text: string): { printed: string; code: DocumentTypeCode; rest: string } | null {
  const t = typeFromName(text);
  return t ? { printed: text.trim().slice(0, t.length), code: t.code, rest: "" } : null;
}

/** Short lines a scan's received-stamp leaves ("ĐẾN", "Ngày", "120.2.") stand apart by at most this many. */
const STAMP_LINES = 12;

/**
 * Under the number of a scan, the received-stamp's short lines may stand before the subject ("Về
 * việc …") or the type line: when one follows within a few short lines, those lines are stepped over.
 */
function stampBefore(blocks: readonly Block[], i: number): number {
  for (let k = i; k < Math.min(blocks.length, i + STAMP_LINES); k++) {
    const b = blocks[k]!;
    if (b.kind !== "text") return 0;
    // The stamp ends where the header goes on: a subject, a type line, the place and date.
    if (
      k > i &&
      (/^Về việc\b/u.test(b.text) ||
        LETTER_SUBJECT_MARK.test(b.text) ||
        typeLine(b.text) ||
        roleOf(b.text) === "placeDate")
    )
      return k - i;
    // Short: a stamp's box read word by word ("số Đàn TN và TỬ CHÍNH PHỦ |") runs to eight words.
    if (b.text.split(/\s+/).length > 8 || b.text.length > 40) return 0;
  }
  return 0;
}

/** An issuer line that goes on with the number of the decision founding the body. */
const FOUNDED_BY_KEY = /\btheo (quyet dinh|nghi quyet|ke hoach|chi thi)$/;

/** A subject's wrapped line is a line of the title block, not a paragraph. */
const WRAP_MAX_WORDS = 30;

/** The formulas that open the preamble or a letter's body under the subject. */
const PREAMBLE_OPENING = /^(căn cứ|xét|theo|thực hiện|kính gửi|trên cơ sở)(?!\p{L})/iu;

/**
 * A subject wrapped onto the next source line in sentence case ("… của Văn phòng" / "Ban chỉ đạo
 * điều phối …"): the line above ends without a stop and the next one opens no preamble.
 */
function wrapsSubject(text: string, b: TextBlock, subject: string, last: number | undefined): boolean {
  // A subject in capitals goes on in capitals; a labelled line ("Địa điểm: …") or a paragraph of
  // body text (a converter's next paragraph) is no wrap.
  return (
    last !== undefined &&
    (b.lines[0] === last + 1 || (b.lines[0]! <= last + 3 && DANGLING_END.test(subject))) &&
    !isUpperText(text) &&
    !isUpperText(subject) &&
    text.split(/\s+/).length <= WRAP_MAX_WORDS &&
    !/^[\p{L} ]{2,24}:/u.test(text) &&
    !SENTENCE_END.test(subject) &&
    !PREAMBLE_OPENING.test(text) &&
    // A body's name opens the enacting line; with a year in it, it is the subject's object going
    // on ("Phê chuẩn kết quả bầu chức vụ Chủ tịch" ⏎ "Ủy ban nhân dân thành phố Đà Nẵng nhiệm kỳ 2026 - 2031").
    !(ENACTING_BODY_KEY.test(foldKey(text)) && !/\d{4}/.test(text))
  );
}

/**
 * A word no subject ends on ("… Thông tư số", "… và các"): the subject goes on past a blank line, as
 * a scan's OCR or a converter that parts every line leaves it ("V/v thực hiện Thông tư số" ⏎⏎
 * "156/2013/TT-BTC và các" ⏎⏎ "Thông tư khác").
 */
const DANGLING_END =
  /(?:^|\s)(?:số|các|những|và|hoặc|của|về|cho|với|tại|trong|theo|để|từ|thuộc|trên|giữa)$/iu;

/**
 * A subject in capitals on the very next line goes on in capitals, where no bold tells it (a Word
 * 97 file's paragraphs carry none): "VỀ CHỨC NĂNG, NHIỆM VỤ …" ⏎ "CỦA ĐỘI KIỂM TRA LIÊN NGÀNH 814".
 * The enacting body's line and the issuer's name end it before this is asked (endsSubject).
 */
/** The heading of a preamble ("LỜI NÓI ĐẦU" of a constitution): a heading of its own, no subject. */
const OPENING_HEADING_KEY = /^(loi noi dau|loi mo dau|phan mo dau|mo dau)$/;

function capitalsGoOn(text: string, b: TextBlock, subject: string, last: number | undefined): boolean {
  return (
    last !== undefined &&
    b.lines[0] === last + 1 &&
    isUpperText(text) &&
    isUpperText(subject) &&
    text.split(/\s+/).length <= WRAP_MAX_WORDS &&
    !OPENING_HEADING_KEY.test(foldKey(text))
  );
}

const SESSION_KEY = /\bkhoa [ivxlc]+\b.*\bky hop\b|^\(tu ngay .* den ngay .*\)$/;

/**
 * How many blocks from `i` name the session that passed a law: one line, or the lines a Word file
 * keeps apart ("Quốc hội" ⏎ "nước cộng hoà xã hội chủ nghĩa Việt Nam" ⏎ "Khoá XI, kỳ họp thứ 4"),
 * the last naming the kỳ họp. 0 when the block opens no session.
 */
const SESSION_NAME_KEY =
  /^(?=.)(quoc hoi|hoi dong nhan dan( [\p{L} ]+)?)? ?(nuoc cong hoa xa hoi chu nghia viet nam)?$/u;

function sessionRun(blocks: readonly Block[], i: number): number {
  const texts: string[] = [];
  for (let k = i; k < Math.min(blocks.length, i + 3); k++) {
    const b = blocks[k]!;
    if (b.kind !== "text") return 0;
    texts.push(b.text);
    const key = foldKey(b.text);
    if (SESSION_KEY.test(key) && (k === i || /\bky hop\b/.test(key)))
      return SESSION_KEY.test(foldKey(texts.join(" "))) ? k - i + 1 : 0;
    // Only the assembly's name stands above the kỳ họp.
    if (!SESSION_NAME_KEY.test(key)) return 0;
  }
  return 0;
}

/** What the header loop has read so far. */
/** How far below a letter's subject its "Kính gửi" may stand (the subject's wrapped lines). */
const ADDRESSEE_WINDOW = 8;

/**
 * Whether "Kính gửi" opens one of the next few blocks. The header's other column may stand between,
 * read after the issuer's (quốc hiệu, tiêu ngữ, rule, place and date, a signing stamp): not counted.
 */
function addresseeAhead(blocks: readonly Block[], from: number): boolean {
  let seen = 0;
  for (let k = from; k < blocks.length && seen < ADDRESSEE_WINDOW; k++) {
    const x = blocks[k]!;
    if (x.kind !== "text") return false;
    if (/^kinh gui\b/.test(foldStart(x.text, 12))) return true;
    const role = roleOf(x.text);
    const column =
      role === "nationalTitle" ||
      role === "motto" ||
      role === "placeDate" ||
      RULE_LINE.test(x.text) ||
      isSignatureStamp(x.text);
    if (!column) seen++;
  }
  return false;
}

interface HeaderState {
  fields: HeaderFields;
  issuer: { text: string; line: number }[];
  subjectOpen: boolean;
  subjectStrong: boolean;
  /** The last source line the subject took, to tell a hard wrap from a new paragraph. */
  subjectLast?: number;
  /** The text of the block after the one being read. */
  next?: string;
  /** A draft's "Số:" read alone: its blank number's symbol ("/TB-UBND") may follow as a line apart. */
  bareNumberLabel?: boolean;
  /** A number line was read, its number or not (a scan's handwritten number). */
  numberLine?: boolean;
  /** "Kính gửi" opens one of the few blocks after this one: the document is a letter. */
  addresseeAhead?: boolean;
  /** A number line ending at a hyphen, just read: the rest of its symbol may follow alone. */
  numberCut?: string;
  /** A place and date line cut before its year, just read: the rest may follow on the next line. */
  dateCut?: string;
  /** A date's rest read before its place line ("14 tháng 5 năm 2008"). */
  dateRest?: string;
  /** The quốc hiệu's first half, just read: its last word may follow alone ("VIỆT" ⏎ "NAM"). */
  titleHead?: string;
  /** The texts of the two blocks after `next`'s. */
  further?: (string | undefined)[];
  /**
   * An old text's maker under its tên loại, its number and date on a line of their own below
   * ("CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH" ⏎ "SỐ 123/1999/QĐ-BTC NGÀY 1 THÁNG 2 NĂM 1999"): read together.
   */
  maker?: { text: string; more: boolean };
}

/**
 * Reads one header formula (a line, or a part of a line that runs several together); returns its
 * role, or null when the text is no header line.
 */
function takeFormula(text: string, b: TextBlock, index: number, state: HeaderState): HeaderRole | null {
  const { fields } = state;
  const line = b.lines[0]!;
  // A place and date cut before its year by a narrow column, its rest on the next line:
  // "Lào Cai, ngày   tháng   năm" ⏎ "2026", "Bình Thuận, ngày    tháng 12" ⏎ "năm 2024".
  const cut = state.dateCut;
  state.dateCut = undefined;
  if (cut !== undefined && /^(?:[\d\s./…_-]*tháng)?[\d\s./…_-]*(?:năm\s*)?\d{4}\.?$/u.test(text.trim())) {
    const whole = parsePlaceDate(`${cut} ${text.trim()}`);
    if (whole) {
      setPlaceDate(fields, whole, line);
      return "placeDate";
    }
  }
  // The quốc hiệu wrapped before its last word: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT" ⏎ "NAM".
  const head = state.titleHead;
  state.titleHead = undefined;
  if (head !== undefined && NATIONAL_TITLE_KEY.test(foldKey(`${head} ${text}`))) return "nationalTitle";
  // The number label in one paragraph and the number in the next, in two cells or wrapped by a
  // narrow column: "Luật số:" ⏎ "69/2025/QH15"; a draft leaves it blank: "Số:" ⏎ "/TB-UBND".
  const blankSymbol = (s: string | undefined) => s !== undefined && /^[.…_\s]*\/\s*\p{L}/u.test(s);
  const label = /^Số\s*[:.]?$/iu.test(text.trim()) || NUMBER_LABEL_KEY.test(foldKey(text));
  if (label && (blankSymbol(state.next) || (state.next !== undefined && isBareNumber(state.next)))) {
    state.bareNumberLabel = true;
    state.numberLine = true;
    return "number";
  }
  // A number's symbol cut at its hyphen by the column: "/KH-" ⏎ "SCT", "Số: 15/KH-" ⏎ "UBND".
  const cutAt = state.numberCut;
  state.numberCut = undefined;
  if (cutAt !== undefined && /^[\p{Lu}\d]{2,12}(?:-[\p{Lu}\d]{1,12})*$/u.test(text.trim())) {
    const joined = documentNumberPattern().exec(`${cutAt}${text.trim()}`);
    if (joined)
      fields.documentNumber = {
        value: normalizeDocumentNumber(joined[0]),
        line: fields.documentNumber?.line ?? line,
      };
    return "number";
  }
  if (state.bareNumberLabel) {
    state.bareNumberLabel = false;
    if (blankSymbol(text)) {
      if (/-\s*$/.test(text)) state.numberCut = text.trim();
      return "number";
    }
    if (isBareNumber(text) && !fields.documentNumber) {
      fields.documentNumber = { value: normalizeDocumentNumber(text.trim()), line };
      return "number";
    }
  }
  // A body set up by a decision names it in its heading: "ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT".
  const founding = state.issuer.at(-1);
  if (
    founding &&
    !fields.documentNumber &&
    FOUNDED_BY_KEY.test(foldKey(founding.text)) &&
    /^SỐ\s/u.test(text)
  ) {
    state.issuer.push({ text, line });
    return "issuer";
  }
  // An old transcription's header: "của Bộ Tài chính Số 169/1998/TT-BTC ngày 22 tháng 12 năm 1998",
  // under its tên loại; and a date line under the number ("ngày 10/10/2003 về cán bộ, công chức xã").
  // The tên loại may open the same line ("Nghị định của Chính phủ số 114/2003/NĐ-CP").
  const named = fields.documentType ? null : typeFromName(text);
  const ofText =
    named && /^\s+của\s/iu.test(text.slice(named.length)) ? text.slice(named.length).trim() : text;
  const of = ofIssuerLine(ofText);
  // A portal's copy of an old text prints both: "Số: 217-HĐBT" in the header, and under the tên loại
  // "CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 217-HĐBT NGÀY 14-11-1987 BAN HÀNH …", its subject after the date.
  const repeated = of && fields.documentNumber?.value === normalizeDocumentNumber(of.number);
  if (of && (!fields.documentNumber || repeated)) {
    if (ofText !== text)
      fields.documentType = { value: { printed: text.slice(0, named!.length), code: named!.code }, line };
    if (!repeated) fields.documentNumber = { value: normalizeDocumentNumber(of.number), line };
    if (of.issuedOn) fields.issuedOn ??= { value: of.issuedOn, line };
    if (!state.issuer.length) state.issuer.push({ text: of.issuer, line });
    if (of.subject) openSubject(state, of.subject, b);
    else if (fields.documentType) {
      // Under the tên loại and this line, the next line opens the subject.
      state.subjectOpen = true;
      state.subjectLast = b.lines.at(-1)!;
      state.subjectStrong = false;
    }
    return "number";
  }
  const dated = fields.documentNumber && !fields.issuedOn ? dateLine(text) : null;
  if (dated) {
    fields.issuedOn = { value: dated.issuedOn, line };
    if (dated.subject && !fields.subject) openSubject(state, dated.subject, b);
    return "placeDate";
  }
  // A date's day, month and year alone, before any date is read: the rest of a place and date line
  // that a narrow column wrapped to the page's margin, where the next column's lines come first.
  if (!fields.issuedOn && DATE_REST.test(text.trim())) {
    state.dateRest = text.trim();
    return "placeDate";
  }
  const role = roleOf(text);
  if (role) {
    state.subjectOpen = false;
    if (role === "number") {
      state.numberLine = true;
      if (NUMBERLESS_KEY.test(foldKey(text))) fields.numberless = true;
      if (/\/[\p{L}\d-]*-\s*$/u.test(text)) state.numberCut = text.trim();
      const m = documentNumberPattern().exec(joinSplitDigits(text));
      if (m && !fields.documentNumber) fields.documentNumber = { value: normalizeDocumentNumber(m[0]), line };
      // Two columns merged into one line: "Số: 07/NQ-CP Hà Nội, ngày 10 tháng 01 năm 2025", or a
      // number the OCR could not read before them ("Số: II /2026/QĐ-UBND Lào Cai, ngày …").
      const after = m ? text.slice(m.index + m[0].length) : "";
      const pd = parsePlaceDate(after.trim()) ?? placeDateAtEnd(text);
      if (pd) setPlaceDate(fields, pd, line);
    } else if (role === "nationalTitle") state.titleHead = text;
    else if (role === "placeDate") {
      setPlaceDate(fields, parsePlaceDate(text)!, line);
      // Its rest read already, where the column's wrap put it first ("14 tháng5 năm 2008" ⏎ … ⏎
      // "Đồng Xoài, ngày"); else it may come next.
      const whole =
        isCutPlaceDate(text) && state.dateRest ? parsePlaceDate(`${text} ${state.dateRest}`) : null;
      if (whole?.issuedOn) setPlaceDate(fields, whole, line);
      else if (isCutPlaceDate(text)) state.dateCut = text;
    } else if (role === "urgency") fields.urgency ??= { value: URGENCY[foldKey(text)]!, line };
    else if (role === "secrecy") fields.secrecy ??= { value: SECRECY[foldKey(text)]!, line };
    return role;
  }
  // An official letter has no tên loại: its subject follows "V/v" under the number. A subject "Về
  // việc …" under the number with no type line read (a scan's stamp over it) is a subject too, and
  // so is "Về …" over "Kính gửi": a letter's subject printed without its "V/v".
  const letter = LETTER_SUBJECT_MARK.exec(text);
  const numbered = fields.documentNumber !== undefined || state.numberLine === true;
  const aboutText = /^Về việc\b/u.test(text) || (state.addresseeAhead === true && /^Về\s+\p{L}/u.test(text));
  const about = !letter && numbered && aboutText ? /^/.exec(text) : null;
  if ((letter ?? about) && !fields.documentType && !fields.subject) {
    fields.subject = { value: text.slice((letter ?? about)![0].length), line };
    // "Kính gửi" below makes it a letter unless its number names another kind ("125/TTr-UBND": a tờ trình).
    const named = fields.documentNumber && parseDocumentNumber(fields.documentNumber.value)?.typeCode;
    if (letter || (state.addresseeAhead && (!named || named === "other" || named === "officialLetter")))
      fields.letter = true;
    state.subjectLast = b.lines.at(-1)!;
    state.subjectOpen = true;
    state.subjectStrong = false;
    return "subject";
  }
  // A transcription may print the tên loại in sentence case ("Luật", "Nghị định"): alone on its line
  // after the header's formulas, it still names the type.
  const type = fields.documentType
    ? null
    : (typeLine(text) ??
      ((fields.documentNumber && (isTypeName(text) || typeOfIssuer(text))) ||
      (isTypeName(text) && state.next !== undefined && ofIssuerLine(state.next) !== null)
        ? sentenceCaseType(text)
        : opensWithType(text, index, state)));
  if (type) {
    fields.documentType = { value: { printed: type.printed, code: type.code }, line };
    // "QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ": the line names the issuer; the subject follows.
    if (type.rest && !typeOfIssuer(text)) fields.subject = { value: type.rest, line };
    state.subjectLast = b.lines.at(-1)!;
    state.subjectOpen = true;
    state.subjectStrong = b.strong === true;
    return "type";
  }
  // A subject's own aside in brackets, on its last line: "(Chương trình Nghị sự 21 của Việt Nam)".
  // Not a caption, a session or a date, nor a draft's mark.
  const aside =
    /^\([^()]+\)$/u.test(text.trim()) &&
    !isCaption(text) &&
    !/\b(?:ngay|thang|khoa|ky hop)\b|nam \d|\d{4}/.test(foldKey(text)) &&
    !DRAFT_MARK_KEY.test(foldKey(text)) &&
    state.fields.subject !== undefined;
  if (
    state.subjectOpen &&
    !matchMarkers(text).length &&
    (!/^\(/.test(text) || aside) &&
    !endsSubject(text, state)
  ) {
    const first = !fields.subject;
    const maker = first ? makerLine(text, b, state) : null;
    if (maker) return maker;
    // "NGHỊ QUYẾT" ⏎ "CỦA BỘ CHÍNH TRỊ" ⏎ "về …": the line under the tên loại names who made the
    // document (a party resolution, an old decision); the subject is the line after.
    if (first && ofIssuerOnly(text)) {
      // Its number and date below, on the next line or after a line that goes on with the name.
      const numbered = (t: string | undefined) => t !== undefined && /^SỐ\s*:?\s*\d/u.test(t.trim());
      if (numbered(state.next)) state.maker = { text, more: false };
      else if (state.next && isUpperText(state.next) && numbered(state.further?.[0]))
        state.maker = { text, more: true };
      return "type";
    }
    const continues =
      first ||
      aside ||
      startsLower(text) ||
      (state.subjectStrong && b.strong === true) ||
      capitalsGoOn(text, b, fields.subject!.value, state.subjectLast) ||
      // "THÔNG TƯ HƯỚNG DẪN" ⏎ "Về việc: Triển khai …": a subject that only names a kind goes on.
      (isTypeName(fields.subject!.value) && /^(?:Về|V\/v)[\s:]/u.test(text)) ||
      wrapsSubject(text, b, fields.subject!.value, state.subjectLast);
    if (continues) {
      fields.subject = first
        ? { value: text, line }
        : { value: `${fields.subject!.value} ${text}`, line: fields.subject!.line };
      state.subjectLast = b.lines.at(-1)!;
      return "subject";
    }
  }
  // Issuer names stand above the number, before the type line, in upper case (a transcription may
  // print them in sentence case: "Quốc hội", "Chính phủ").
  // A joint document's names wrapped at a dash: "BỘ TƯ PHÁP - BỘ CÔNG AN" ⏎ "- TÒA ÁN NHÂN DÂN TỐI CAO".
  const joint = state.issuer.length > 0 && /^[-–]\s+\p{Lu}/u.test(text);
  const issuerLike =
    isTitleLike(joint ? text.replace(/^[-–]\s+/, "") : text) ||
    (index === 0 && ISSUER_BODY_KEY.test(foldKey(text)) && text.split(/\s+/).length <= 8);
  if (!fields.documentType && !fields.documentNumber && issuerLike && index < 6) {
    // A scan's stray mark between the columns ("ỦY BAN NHÂN DÂN _ CỘNG HÒA …", "TỈNH BÌNH THUẬN ˆ",
    // "„ CAI") is no part of the name; a dash stays, as it parts the bodies of a joint document.
    // The gazette files a consolidated text under its kind: "VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI";
    // the body that authenticated it is the issuer.
    const name = text
      .replace(/(?:^|\s)(?:(?![-–&])[\p{P}\p{S}\p{Lm}])+(?=\s|$)/gu, "")
      // A mark typed before the name ("/ỦY BAN MTTQ VIỆT NAM").
      .replace(/^[/\\|.,;:*]+(?=\p{Lu})/u, "")
      .replace(GAZETTE_KIND, "")
      .trim();
    // The kind alone on its line ("VĂN BẢN HỢP NHẤT -"): the body's name follows on the next.
    if (name) state.issuer.push({ text: name, line });
    return "issuer";
  }
  return null;
}

/**
 * Reads the header from the first blocks. Stops at the first block that is no header line; a
 * document without a header (a report, a cut file) yields no header node and empty fields. Rules
 * printed under a name are part of the header; a line running several formulas together is read
 * part by part, and its node keeps the line whole.
 */
export function parseHeader(
  blocks: readonly Block[],
  ids: IdRegistry,
  from = 0,
): { node: LegalNode | null; next: number; fields: HeaderFields } {
  const state: HeaderState = { fields: {}, issuer: [], subjectOpen: false, subjectStrong: false };
  const parts: { role: NodeHeaderRole; block: TextBlock }[] = [];
  let i = from;
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== "text") break;
    // A rule, or a stray mark a scan or a stamp leaves on a line of its own ("(", "¬").
    if (RULE_LINE.test(b.text) || (!/[\p{L}\d]/u.test(b.text) && b.text.trim().length <= 3)) {
      parts.push({ role: "rule", block: b });
      continue;
    }
    // A digital signature's stamp printed over the header ("SAO Y; VĂN PHÒNG …; 25/07/2025 10:25:14
    // +07:00", "Ký bởi: …"): furniture, never the issuer.
    // A filing code alone in the header's corner ("XV80") stands there the same way.
    const code = !state.fields.documentType && /^(?=.*\d)(?=.*\p{L})[\p{Lu}\d]{2,8}$/u.test(b.text.trim());
    // A document system's label over the text ("# VĂN BẢN PHÁP LUẬT", "TOÀN VĂN") names no body.
    const key = foldKey(b.text);
    // A portal's buttons only once the issuer is read: above it they are the page's, set apart before.
    const label =
      !state.fields.documentType &&
      (COLLECTION_LABEL_KEY.test(key) || (state.issuer.length > 0 && PORTAL_CONTROL_KEY.test(key)));
    if (isSignatureStamp(b.text) || DRAFT_MARK_KEY.test(foldKey(b.text)) || code || label) {
      parts.push({ role: "header", block: b });
      continue;
    }
    // A received copy's stamp: the receiving office's name, "CÔNG VĂN ĐẾN", then its fields ("Số: …",
    // "Ngày: …", "Chuyển: …"). Neither the office nor the fields are the document's own.
    if (!state.fields.documentType && RECEIPT_KEY.test(foldKey(b.text))) {
      const above = parts.at(-1);
      if (above?.role === "issuer" && state.issuer.at(-1)?.line === above.block.lines[0]) {
        state.issuer.pop();
        above.role = "header";
      }
      parts.push({ role: "header", block: b });
      for (let k = 0; k < 3; k++) {
        const field = blocks[i + 1];
        if (field?.kind !== "text" || !RECEIPT_FIELD_KEY.test(foldKey(field.text))) break;
        // The document's own number may follow the stamp: "Số: 120/KH-BTP".
        if (documentNumberPattern().test(field.text)) break;
        parts.push({ role: "header", block: field });
        i++;
      }
      continue;
    }
    // "Quốc hội … Khoá XI, kỳ họp thứ 4" and "(Từ ngày … đến ngày …)": the session that passed a law.
    const session = state.fields.documentType ? 0 : sessionRun(blocks, i);
    if (session) {
      for (const line of blocks.slice(i, i + session))
        parts.push({ role: "session", block: line as TextBlock });
      i += session - 1;
      continue;
    }
    let first: HeaderRole | null = null;
    let whole = true;
    const after = blocks[i + 1];
    state.next = after?.kind === "text" ? after.text : undefined;
    state.further = blocks.slice(i + 2, i + 4).map((n) => (n.kind === "text" ? n.text : undefined));
    state.addresseeAhead = addresseeAhead(blocks, i + 1);
    // Above the type line formulas may run together; the subject after it is read whole.
    const pieces = state.fields.documentType ? [b.text] : splitHeaderText(b.text);
    for (const piece of pieces) {
      // A stray letter an OCR left between the columns ("T Độc lập — Tự do — Hạnh phúc") reads as nothing.
      if (pieces.length > 1 && !/\d/.test(piece) && (piece.match(/\p{L}/gu)?.length ?? 0) < 2) continue;
      const role = takeFormula(piece, b, i - from, state);
      if (!role) {
        whole = false;
        break;
      }
      first ??= role;
    }
    // The rule drawn under the issuer, as a scan's OCR reads it ("CHÍNH PHỦ" ⏎ "Tan" ⏎ "Số: 30/…"):
    // a scrap in small letters between the issuer and the number or the quốc hiệu.
    if (!first && ruleResidue(b.text, state, after)) {
      parts.push({ role: "rule", block: b });
      continue;
    }
    if (!first) {
      const stamp =
        state.fields.documentNumber && !state.fields.documentType && !state.fields.subject
          ? stampBefore(blocks, i)
          : 0;
      if (!stamp) break;
      for (const noise of blocks.slice(i, i + stamp))
        parts.push({ role: "header", block: noise as TextBlock });
      i += stamp - 1;
      continue;
    }
    parts.push({ role: first, block: b });
    if (!whole) {
      i++;
      break;
    }
  }
  const { fields } = state;
  // No tên loại and the addressee right under the header: a letter. A number whose letters name a
  // kind that never addresses anyone ("8836/CT-TTHT": CT is the Cục Thuế here, not a chỉ thị) does
  // not make it one.
  const below = blocks[i];
  if (
    !fields.documentType &&
    !fields.letter &&
    fields.documentNumber &&
    below?.kind === "text" &&
    /^kinh gui\b/.test(foldStart(below.text, 12))
  ) {
    const named = parseDocumentNumber(fields.documentNumber.value)?.typeCode;
    if (!named || !ADDRESSING_KINDS.has(named)) fields.letter = true;
  }
  // A stamp alone is no header: the signature box of a portal's copy may open the page.
  const headerSeen = parts.some(
    (p) =>
      p.role !== "issuer" && p.role !== "subject" && p.role !== "rule" && !isSignatureStamp(p.block.text),
  );
  if (!headerSeen) return { node: null, next: from, fields: {} };
  if (state.issuer.length)
    fields.issuer = { value: state.issuer.map((p) => p.text).join(" "), line: state.issuer[0]!.line };

  const node = makeNode("header", ids.claim("header"));
  for (const { role, block } of parts) {
    node.children.push(
      makeNode("paragraph", ids.claim(`header/${role}`), {
        text: block.text,
        lines: block.lines,
        data: { style: role },
      }),
    );
  }
  return { node, next: i, fields };
}

function setPlaceDate(
  fields: HeaderFields,
  pd: { place: string; issuedOn: string | null },
  line: number,
): void {
  fields.place ??= { value: pd.place, line };
  if (pd.issuedOn) fields.issuedOn ??= { value: pd.issuedOn, line };
}
