import { parsePlaceDate } from "./dates.js";
import { foldKey } from "./fold.js";

/**
 * The fixed formulas of a Vietnamese document's header, preamble and closing (Decree 30/2020/NĐ-CP,
 * party documents per Hướng dẫn 36-HD/VPTW), each written once. Patterns on folded text (foldKey)
 * are named …_KEY; the others match text as printed.
 */

/** Quốc hiệu, printed "HÒA" or "HOÀ" (folding makes them one). */
export const NATIONAL_TITLE_KEY = /^cong hoa xa hoi chu nghia viet nam$/;

/**
 * Tiêu ngữ: "Độc lập - Tự do - Hạnh phúc", with hyphens or dashes; a scan's OCR may read one as two
 * or as marks around it ("Tự do —- Hạnh phúc", "Tự do -~ Hạnh phúc").
 */
export const MOTTO_KEY = /^doc lap\s*[-–—~=_.]{1,3}\s*tu do\s*[-–—~=_.]{1,3}\s*hanh phuc/;

/**
 * Whether line `b` completes a header formula that line `a` began, wrapped in a narrow column:
 * "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" ⏎ "VIỆT NAM", "Độc lập - Tự do - Hạnh" ⏎ "phúc", "Lào Cai, ngày
 * tháng 4 năm" ⏎ "2026". Only where `a` alone is not the whole formula.
 */
export function completesFormula(a: string, b: string): boolean {
  const [ka, joined] = [foldKey(a), foldKey(`${a} ${b}`)];
  const whole = (key: RegExp) => key.test(joined) && !key.test(ka);
  if (whole(NATIONAL_TITLE_KEY) || whole(PARTY_NAME_KEY) || whole(MOTTO_KEY)) return true;
  // A date line cut after "ngày", "tháng" or "năm", its number (or the rest) on the next line.
  return (
    /(?:^|\s)(?:ngay|thang|nam)(?:\s+\d{1,2})?$/.test(ka) &&
    /^(?:\d{1,4}|thang|nam)\b/.test(foldKey(b)) &&
    parsePlaceDate(a) !== null
  );
}

/** Party documents print the party's name where the quốc hiệu stands. */
export const PARTY_NAME_KEY = /^dang cong san viet nam$/;

/** Any of the three, anywhere in a cell: a table holding one lays out the page. */
export const HEADING_FORMULA_KEY =
  /cong hoa xa hoi chu nghia viet nam|dang cong san viet nam|doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc/;

/**
 * The mark before an official letter's subject: "V/v", typed also "V/V", "V.v" or "Vv", perhaps after
 * the quote that opens a quoted subject ("“V/v …”"), with a colon after it at times.
 */
export const LETTER_SUBJECT_MARK = /^["“]?\s*V\s*[/.]?\s*v\b[.:]?\s*/iu;

/**
 * The authority prefix of a signature block: TM. (on behalf of a collective), KT. (signing for the
 * head), Q. (acting), TL. (by order), TUQ. (by authorisation), PP.; party documents write "T/M",
 * sometimes "T.M.", and older or school documents "K/T" and "T/L".
 */
export const AUTHORITY_PREFIX = /^(TM\.|T\/M|T\.M\.|KT\.|K\/T|K\.T\.|Q\.|TL\.|T\/L|T\.L\.|TUQ\.|PP\.)\s*/u;

/**
 * A signer's capacity in any case (folded), as old transcriptions print it once the capital fonts are
 * lost: "thủ tướng chính phủ", "KT/Bộ trưởng Bộ Tài chính", "Thứ trưởng".
 */
export const CAPACITY_KEY =
  /^((tm|kt|q|tl|tuq|pp|t\/m|k\/t|t\/l)[./]?\s*)?(pho )?(thu tuong|bo truong|thu truong|chu tich|tong giam doc|giam doc|chu nhiem|chanh an|vien truong|hieu truong|tong cuc truong|cuc truong|chanh van phong|truong ban|bi thu|tong kiem toan|thong doc)\b/;

/** An authority line on folded text: the prefix, then the body's name. */
// A transcription may space the dot off its prefix ("tm . ubnd thành phố").
export const AUTHORITY_LINE_KEY = /^((tm|kt|q|tl|tuq|pp|t\.m) ?\.\s*|(?:t\/m|k\/t|t\/l)\s+)\p{L}/u;

/** The verbs of the enacting formula that closes a preamble: "QUYẾT NGHỊ:", "QUYẾT ĐỊNH:" … (folded). */
const ENACTING_VERBS = "quyet nghi|quyet dinh|chi thi|nghi dinh|ban hanh|quy dinh|ket luan";

/** A line that is the enacting formula alone. */
export const ENACTING_KEY = new RegExp(`^(${ENACTING_VERBS})\\s*:$`);

/** A line that opens with the enacting formula (text may follow on the same line). */
export const ENACTING_START_KEY = new RegExp(`^(${ENACTING_VERBS})\\s*:`);

/** A sentence or clause has ended: a full stop, semicolon, colon … before closing quotes or brackets, or "./". */
export const SENTENCE_END = /[.;:!?…]["”’)]*$|\.\/$/u;

/**
 * A printed rule under a heading: "-------", "——-", "_____", "***" (nothing but strokes); a
 * converter may have escaped its dashes for Markdown ("\\-\\-\\-").
 */
export const RULE_LINE = /^[\s\-–—_=*.…\\~]{3,}$/u;

/** Where a header phrase sits inside a longer line (folded text): quốc hiệu, tiêu ngữ, party name, rules. */
const HEADER_PHRASES =
  /cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc|dang cong san viet nam|[-–—_=*]{3,}/g;
/** Where a "Số:" formula or a place-and-date starts inside a longer line (folded text). */
const HEADER_STARTS =
  /(?:^|\s)((?:bo luat |luat |phap lenh |nghi quyet |quyet dinh )?so\s*[:.]\s*\S|v\/v\s|kinh gui\s*:)/g;
/** Where a place and date may be: ", ngày" after a word (folded text). */
const PLACE_COMMA = /(?<=[\p{L}.])\s*,\s*ngay\b/gu;
/** Abbreviations a place name opens with: "TP Cần Thơ", "TX Sơn Tây". */
const PLACE_ABBREVIATIONS = /^(?:TP|TX|TT)$/u;
/** The words of a place name that are not capitalised: "Thành phố Hồ Chí Minh", "Thị xã Sơn Tây". */
const PLACE_WORDS_KEY = /^(?:thanh pho|thi xa|thi tran)$/;

/**
 * Where the place before ", ngày" starts: the capitalised words right before it ("… thực thi Hà Nội,
 * ngày"), with "Thành phố" / "Thị xã" before them, at most six words.
 */
function placeStart(text: string, comma: number): number | null {
  const words = [...text.slice(0, comma).matchAll(/\S+/gu)].slice(-6);
  let start: number | null = null;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    // A name's words are capitalised ("Hà Nội", "TP.", "HÀ NỘI", "Phan Rang - Tháp Chàm"); an
    // acronym before a name in small letters is not one of them ("Luật BHYT Hà Nội").
    const sentenceCase = start !== null && /\p{Ll}/u.test(text.slice(start, comma));
    const acronym = /^\p{Lu}{2,}$/u.test(w[0]) && sentenceCase && !PLACE_ABBREVIATIONS.test(w[0]);
    if (/^\p{Lu}/u.test(w[0]) && !acronym) start = w.index;
    else if (/^[-–]$/u.test(w[0]) && start !== null) continue;
    else if (k > 0 && start !== null && PLACE_WORDS_KEY.test(foldKey(`${words[k - 1]![0]} ${w[0]}`))) {
      start = words[k - 1]!.index;
      break;
    } else break;
  }
  return start;
}
/** The end of a place and date's year, when more text follows on its line (folded text). */
const DATE_END = /^[^,]*,\s*ngay\b.*?\bnam\s*\d{4}(?=\s+\S)/;

/** Folds one character at a time, so positions in the folded text are positions in the printed one. */
function foldAligned(text: string): string {
  return Array.from(text, (c) => {
    const f = c
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/, "d")
      .toLowerCase();
    return f.length === c.length ? f : c;
  }).join("");
}

/**
 * A header line that holds several formulas run together — the issuer and the quốc hiệu in one
 * paragraph, the tiêu ngữ after the quốc hiệu, "Số: …" before "Hà Nội, ngày …", a rule after a name,
 * the tên loại or "Kính gửi:" after the date — cut into its parts as printed, rules left out. A line
 * holding one formula comes back whole.
 */
export function splitHeaderText(text: string): string[] {
  const folded = foldAligned(text);
  const cuts = new Set<number>([0, text.length]);
  const rules: [number, number][] = [];
  for (const m of folded.matchAll(HEADER_PHRASES)) {
    // "… nước Cộng hoà xã hội chủ nghĩa Việt Nam" names the state inside a title: no quốc hiệu
    // ("NGÂN HÀNG NHÀ NƯỚC", "CHỦ TỊCH NƯỚC" beside it are the issuer's name, and the quốc hiệu is one).
    if (/(?<!(?:nha|tich)\s)nuoc\s*$/.test(folded.slice(Math.max(0, m.index - 12), m.index))) continue;
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
    if (/^[-–—_=*]+$/.test(m[0])) rules.push([m.index, m.index + m[0].length]);
  }
  for (const m of folded.matchAll(HEADER_STARTS)) {
    const start = m.index + m[0].length - m[1]!.length;
    // Formulas start with a capital as printed ("Số:", "Luật số:", "V/v"); "số 80" in a sentence does not.
    if (/\p{Lu}/u.test(text[start] ?? "")) cuts.add(start);
  }
  const places: number[] = [];
  for (const m of folded.matchAll(PLACE_COMMA)) {
    const start = placeStart(text, m.index);
    if (start !== null) places.push(start);
  }
  // A place and date is one only when its part reads as one ("…/TW, ngày 02/4" is no place); a
  // line run together goes on after its year ("Hà Nội, ngày 05 tháng 4 năm 2019 Kính gửi: …").
  for (const start of places) {
    const end = [...cuts].filter((c) => c > start).sort((a, b) => a - b)[0] ?? text.length;
    const year = DATE_END.exec(folded.slice(start, end));
    const part = text.slice(start, year ? start + year[0].length : end).replace(/\s*[-–—_=*]{3,}.*$/u, "");
    if (!parsePlaceDate(part.trim())) continue;
    cuts.add(start);
    if (year) cuts.add(start + year[0].length);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k]!, points[k + 1]!];
    if (rules.some(([r0, r1]) => a >= r0 && b <= r1)) continue;
    const part = text.slice(a, b).trim();
    if (part && !RULE_LINE.test(part)) parts.push(part);
  }
  return parts;
}

/** A gazette's publisher on its back page: "VĂN PHÒNG CHÍNH PHỦ XUẤT BẢN". */
export const GAZETTE_IMPRINT = /^[\p{Lu}\s]{3,80}\sXUẤT BẢN$/u;

/**
 * The mark a published copy prints where the signature was: "(Đã ký)", "[đã ký]", "(Ký tên, đóng
 * dấu)"; or, in a converter's Markdown or HTML, the picture of the seal or signature left as its
 * markup, a line of its own ("![red seal stamp](…)", "<img src=…>").
 */
export const SIGNED_MARK =
  /^(?:[[(\s]*(?:đã ký|ký tên|đã ký và đóng dấu|ký, đóng dấu)[^)\]]{0,20}[)\]\s.]*|!\[[^\]]{0,80}\]\([^)\s]*\)|<img\b[^>]*>)$/iu;

const TRAILING_MARK = /\s*[[(](?:đã ký|ký tên)[^)\]]{0,20}[)\]]$/iu;

/** A capacity line with the signed mark printed after it: "CHỦ TỊCH QUỐC HỘI (Đã ký)" → "CHỦ TỊCH QUỐC HỘI". */
export function withoutSignedMark(text: string): string {
  // The mark closes the line with ")" or "]": any other line is left without a search.
  const last = text.charAt(text.length - 1);
  return last === ")" || last === "]" ? text.replace(TRAILING_MARK, "") : text;
}

/** Ranks printed before a signer's name in the armed forces and the police ("Thượng tướng", "Đại tá"). */
const RANK =
  /^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|Chuẩn\s+(?:đô\s+đốc|úy|uý)|Phó\s+Đô\s+đốc|Đô\s+đốc)\s+/u;

/** A signer's name: two to six capitalised words ("Nguyễn Hòa Bình"), no digits or punctuation. */
const NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;

/** The signer's name in a line, a military rank before it left out; null when the line is no name. */
export function personName(text: string): string | null {
  // OCR leaves the seal's strokes before a name: "_ Hoàng Chí Hiền".
  const name = text
    .trim()
    .replace(/^[^\p{L}]+(?=\p{Lu})/u, "")
    .replace(RANK, "");
  // Both forms below are letters and spaces only: a paragraph (most texts asked) has some other
  // character, and is no name before the patterns run over it (the second one's at every start).
  if (/[^\p{L}\s]/u.test(name)) return null;
  if (NAME.test(name) && name !== name.toUpperCase()) return name;
  // A gazette's back page joined to the name across the page break: "Phạm Minh Chính VĂN PHÒNG CHÍNH PHỦ XUẤT BẢN".
  const joined = /^(.+?)\s+(\p{Lu}{2,}(?:\s+\p{Lu}{2,})+)$/u.exec(name);
  return joined && NAME.test(joined[1]!) && joined[1] !== joined[1]!.toUpperCase() ? joined[1]! : null;
}

/** Bodies that enact a text in their own name on the line after its title (folded, whole line). */
export const ENACTING_BODY_KEY =
  /^(chinh phu|quoc hoi|uy ban thuong vu quoc hoi|bo chinh tri|ban bi thu|ban chap hanh trung uong|thu tuong chinh phu|chu tich nuoc|hoi dong nhan dan .+|uy ban nhan dan .+|bo truong .+|chu tich .+)$/;

/** The names issuing bodies start with (folded): an issuer line printed in sentence case is still one. */
export const ISSUER_BODY_KEY =
  /^(quoc hoi|chinh phu|thu tuong chinh phu|chu tich nuoc|uy ban thuong vu quoc hoi|hoi dong nhan dan|uy ban nhan dan|ubnd|hdnd|bo|so|ban|van phong|toa an|vien kiem sat|ngan hang nha nuoc|kiem toan nha nuoc|tong cuc|cuc|thanh uy|tinh uy|huyen uy|dang uy)\b/;

/**
 * What a browser prints in a page's margins when a web page is saved as PDF: the time and date, the
 * address ("about:blank", "https://…") and "48/97". The first page's and the footers that clipped
 * accents of the next line run into do not repeat exactly, so they are known by their form.
 */
export const BROWSER_PRINT =
  /^(?:\d{1,2}:\d{2}(?:\s?[AP]M)?,?\s+\d{1,2}\/\d{1,2}\/\d{2,4}(?:\s|$)|about:blank|(?:https?|file):\/\/\S+(?:\s+\d{1,4}\/\d{1,4})?\s*$)/i;

/**
 * The same margins in a PDF's text export (pdftotext), where no position tells the margin: the
 * forms no body line takes — "about:blank", an address followed by "48/97", the time and date
 * before the page's title.
 */
export const BROWSER_PRINT_TEXT =
  /^(?:\d{1,2}:\d{2}(?:\s?[AP]M)?,?\s+\d{1,2}\/\d{1,2}\/\d{2,4}(?:\s|$)|about:blank\b|(?:https?|file):\/\/\S+\s+\d{1,4}\/\d{1,4}\s*$)/i;
