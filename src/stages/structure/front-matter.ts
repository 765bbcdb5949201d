import type { Block, TextBlock } from "../../model/block.js";
import { leadingDate, parseDate } from "../../text/dates.js";
import { documentNumberPattern, normalizeDocumentNumber } from "../../text/document-number.js";
import { typeFromName } from "../../text/document-types.js";
import { foldKey } from "../../text/fold.js";
import {
  LETTER_SUBJECT_MARK,
  MOTTO_KEY,
  NATIONAL_TITLE_KEY,
  PARTY_NAME_KEY,
  RULE_LINE,
} from "../../text/formulas.js";
import { isUpperText } from "../../text/normalize.js";
import type { HeaderFields } from "./header.js";
import { isBareNumber, isSignatureStamp, PORTAL_CONTROL_KEY, roleOf } from "./header.js";

/** How far into a document its header may start (a portal's menu, a gazette banner, a stamp before it). */
const SEARCH_BLOCKS = 80;
/** A title line stands among the first lines; property lines a little further. */
const TITLE_LINES = 10;
const FRONT_LINES = 20;
/** Issuer names stand at most this many lines above the quốc hiệu or the number. */
const ISSUER_LINES = 4;

const isText = (b: Block | undefined): b is TextBlock => b?.kind === "text";

function isNationalTitle(b: TextBlock): boolean {
  const key = foldKey(b.text);
  return NATIONAL_TITLE_KEY.test(key) || PARTY_NAME_KEY.test(key);
}

/** A line that only a header holds: quốc hiệu, tiêu ngữ, the party's name, "Số: …". */
function anchors(b: TextBlock): boolean {
  const key = foldKey(b.text);
  return (
    NATIONAL_TITLE_KEY.test(key) ||
    MOTTO_KEY.test(key) ||
    PARTY_NAME_KEY.test(key) ||
    roleOf(b.text) === "number"
  );
}

/** A number line, or the number a label alone above it wrapped to a line of its own. */
function numberPart(blocks: readonly Block[], i: number): boolean {
  const b = blocks[i];
  if (!isText(b)) return false;
  if (roleOf(b.text) === "number") return true;
  const above = blocks[i - 1];
  return isBareNumber(b.text) && isText(above) && roleOf(above.text) === "number";
}

/** A rule under a name, or the star a party document prints there. */
const isRuleMark = (text: string) => RULE_LINE.test(text) || /^\s*\*{1,3}\s*$/u.test(text);

/**
 * How many blocks above `a` hold a letter's subject ("V/v …", wrapped on a line or two) right under
 * its number line: 0 when there is none.
 */
function letterSubjectAbove(blocks: readonly Block[], a: number): number {
  for (let n = 1; n <= 3 && a - n > 0; n++) {
    const b = blocks[a - n];
    if (!isText(b)) return 0;
    if (/^Về việc\b/u.test(b.text.trim()) || LETTER_SUBJECT_MARK.test(b.text.trim()))
      return numberPart(blocks, a - n - 1) ? n : 0;
  }
  return 0;
}

/**
 * Where the header starts when something precedes it: the first header-only line within the first
 * blocks, and the issuer lines just above it (upper case, not a banner repeated twice). 0 when no
 * such line is found: the document then has no header, and nothing is set apart.
 */
/** The sections a gazette files its texts under, and a portal's heading over the text (folded). */
const GAZETTE_SECTION_KEY =
  /^van ban (?:quy pham )?phap luat(?: khac)?$|^van ban(?: khac| goc)?$|^(?:toan van|noi dung)$/;

/** How many lines of a portal's buttons stand right above block `k`, under an upper-case line. */
function portalControlsAbove(blocks: readonly Block[], k: number): number {
  let n = 0;
  for (let b = blocks[k - 1]; isText(b) && !isUpperText(b.text) && PORTAL_CONTROL_KEY.test(foldKey(b.text));)
    b = blocks[k - 1 - ++n];
  const above = blocks[k - 1 - n];
  return n && isText(above) && isUpperText(above.text) ? n : 0;
}

export function headerStart(blocks: readonly Block[]): number {
  const limit = Math.min(blocks.length, SEARCH_BLOCKS);
  // The quốc hiệu or the party's name anchors the header; a "Số:" line only where neither is printed.
  const titled = blocks.slice(0, limit).some((b) => isText(b) && isNationalTitle(b));
  for (let a = 0; a < limit; a++) {
    const b = blocks[a];
    if (!isText(b) || !(titled ? isNationalTitle(b) : anchors(b))) continue;
    // The issuer column may be read first: "Số:" and issuer lines above the quốc hiệu belong to it,
    // and a letter's "V/v …" under its number.
    a -= letterSubjectAbove(blocks, a);
    while (a > 0 && numberPart(blocks, a - 1)) a--;
    let k = a;
    // A signature stamp an OCR reads between the issuer column and the quốc hiệu is passed over.
    while (k > 0 && isText(blocks[k - 1]) && isSignatureStamp((blocks[k - 1] as TextBlock).text)) k--;
    while (k > 0 && numberPart(blocks, k - 1)) k--;
    let issuerLines = 0;
    while (k > 0 && issuerLines < ISSUER_LINES) {
      const above = blocks[k - 1];
      // A portal's buttons printed between the issuer and the quốc hiệu are passed over, when the
      // issuer stands above them.
      const controls = portalControlsAbove(blocks, k);
      if (controls) {
        k -= controls;
        continue;
      }
      if (!isText(above) || !(isUpperText(above.text) || isRuleMark(above.text))) break;
      // A gazette repeats the body's name as a banner: "CHÍNH PHỦ" over "CHÍNH PHỦ", or over the
      // name wrapped in the header's column ("BỘ LAO ĐỘNG - THƯƠNG BINH" ⏎ "VÀ XÃ HỘI"); and it
      // names the section the text is filed under ("VĂN BẢN PHÁP LUẬT KHÁC").
      const below = [blocks[k], blocks[k + 1]].filter(isText).map((b) => b.text);
      const name = foldKey(above.text);
      if (
        name === foldKey(below[0] ?? "") ||
        name === foldKey(below.join(" ")) ||
        GAZETTE_SECTION_KEY.test(name)
      )
        break;
      k--;
      issuerLines++;
    }
    return k;
  }
  return 0;
}

/**
 * The title line of a transcription or a portal page: "Nghị định của Chính phủ số 29/1998/NĐ-CP ngày
 * 11 tháng 5 năm 1998 về việc …", "Nghị quyết số 250/2025/QH15 Về …", "Nghị định 30/2020/NĐ-CP —
 * Về công tác văn thư". Null when the line does not open with a type name and a document number.
 */
export function titleLineFacts(text: string, line: number): HeaderFields | null {
  const type = typeFromName(text);
  if (!type) return null;
  const rest = text.slice(type.length);
  const m = documentNumberPattern().exec(rest);
  if (!m) return null;
  const between = rest.slice(0, m.index);
  // Only "của <issuer>" and "số" may stand between the type and its number.
  const by = /^\s*(?:của\s+(.+?)\s*)?(?:số\s*:?\s*)?$/iu.exec(between);
  if (!by) return null;
  const fields: HeaderFields = {
    documentType: { value: { printed: text.slice(0, type.length).trim(), code: type.code }, line },
    documentNumber: { value: normalizeDocumentNumber(m[0]), line },
  };
  if (by[1]) fields.issuer = { value: by[1], line };
  let after = rest.slice(m.index + m[0].length);
  const date = leadingDate(after);
  if (date) {
    fields.issuedOn = { value: date.iso, line };
    after = after.slice(date.end);
  }
  const subject = after
    .replace(/^\s*[-–—:,]?\s*/u, "")
    .replace(LETTER_SUBJECT_MARK, "")
    .trim();
  if (subject) fields.subject = { value: subject, line };
  return fields;
}

/**
 * "Số hiệu: …", "Ngày ban hành: …", "Cơ quan ban hành: …": a portal's property lines; and the header's
 * own "Số: 282/2025/NĐ-CP" when a gazette's page order put it above the quốc hiệu, among the banner.
 */
const PROPERTIES: [RegExp, (value: string, line: number, f: HeaderFields) => void][] = [
  [
    /^so( hieu)?\s*:/,
    (v, line, f) => {
      const m = documentNumberPattern().exec(v);
      if (m) f.documentNumber ??= { value: normalizeDocumentNumber(m[0]), line };
    },
  ],
  [
    /^ngay ban hanh\s*:/,
    (v, line, f) => {
      const iso = parseDate(/^\d/.test(v) ? `ngày ${v}` : v);
      if (iso) f.issuedOn ??= { value: iso, line };
    },
  ],
  [
    /^co quan ban hanh\s*:/,
    (v, line, f) => {
      if (v) f.issuer ??= { value: v, line };
    },
  ],
];

/**
 * What the text before the header, or the opening lines of a document without one, says of the
 * document: a title line and property lines. Used only where the header is silent, and checked
 * against it (a portal's title can disagree with the body).
 */
export function frontFacts(blocks: readonly Block[]): HeaderFields {
  const fields: HeaderFields = {};
  const texts = blocks.filter(isText).slice(0, FRONT_LINES);
  for (const [k, b] of texts.entries()) {
    const line = b.lines[0]!;
    // A title line opens the text; further down, "Quyết định số … về …" is the body citing another.
    const title = fields.documentNumber || k >= TITLE_LINES ? null : titleLineFacts(b.text, line);
    if (title) {
      for (const [k, v] of Object.entries(title)) (fields as Record<string, unknown>)[k] ??= v;
      continue;
    }
    const key = foldKey(b.text);
    for (const [re, take] of PROPERTIES) {
      const m = re.exec(key);
      if (m) take(b.text.slice(b.text.indexOf(":") + 1).trim(), line, fields);
    }
  }
  return fields;
}
