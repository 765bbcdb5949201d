import { letterOrdinal } from "./alphabet.js";
import { foldKey, foldStart } from "./fold.js";
import { decimalStyle, type NumberingStyle } from "./numbering-styles.js";
import {
  AUTHORITY_LINE_KEY,
  CAPACITY_KEY,
  SENTENCE_END,
  ENACTING_START_KEY,
  HEADING_FORMULA_KEY,
  MOTTO_KEY,
  NATIONAL_TITLE_KEY,
  PARTY_NAME_KEY,
} from "./formulas.js";
import { isUpperText } from "./normalize.js";
import { parseRoman } from "./roman.js";
import { atMostWords } from "./word-count.js";

/**
 * Named numbering patterns of Vietnamese legal and administrative texts. Each match gives the style,
 * the label as printed, an ordinal for sequence checks and the text after the marker.
 *
 * Normative texts: Phần / Chương / Mục / Điều N. / khoản "1." / điểm "a)". Administrative and party
 * texts mix: "PHẦN THỨ NHẤT", "I." or "I-", "A.", "1.", "1.1.", "1.1.1." (dot or space sometimes
 * missing), "a)", "(1)", "-", "+". Depth comes from the order styles appear, not from fixed levels.
 */
export type MarkerStyle = NumberingStyle;

export interface Marker {
  style: MarkerStyle;
  /** The marker as printed, trimmed: "Điều 3.", "II.", "1.2.", "a)", "(12)", "-". */
  label: string;
  /** Position in its sequence (1-based); null for bullets. For "1.2.3" the last component. */
  ordinal: number | null;
  /** Canonical numbering: "II", "1.2.3", "a", "(12)"; empty for bullets. */
  key: string;
  /** The text after the marker. */
  rest: string;
}

/** Styles with a fixed rank in normative texts; the others nest by order of appearance. */
export const FIXED_RANK: Partial<Record<MarkerStyle, number>> = {
  part: 1,
  chapter: 2,
  mucSection: 3,
  article: 4,
};
export const BULLET_STYLES: ReadonlySet<MarkerStyle> = new Set(["dash", "plus", "star"]);

const PART_ORDINALS: Record<string, number> = {
  nhat: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
};

function numberOrRoman(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : parseRoman(s);
}

const PART = /^(PHẦN|Phần)\s+(?:(THỨ|thứ)\s+([\p{L}]+)|([IVXLC]+|\d{1,2}))(?![\p{L}\d])\s*[.:\-–—]?\s*(.*)$/u;
const CHAPTER = /^(CHƯƠNG|Chương)\s+([IVXLC]+|\d{1,3})(?![\p{L}\d])\s*[.:\-–—]?\s*(.*)$/u;
const MUC = /^(MỤC|Mục)\s+(\d{1,3}|[IVXLC]+)(?![\p{L}\d])\s*[.:\-–—]?\s*(.*)$/u;
// "Điều 3." or "Điều 3:" before its title; a bare "Điều 3" only when it is the whole line (the
// Hiến pháp 2013's export prints the number alone, the text on the next line), since a wrapped
// line of running text may start "Điều 3 của Luật này …".
const ARTICLE = /^(ĐIỀU|Điều)\s+(\d{1,3}[a-z]?)(?:\s*[.:]\s*(.*)|\s*()$)/u;
const ROMAN = /^([IVXLC]{1,7})\s*([.\-–)])(?!\d)\s*(.*)$/u;
// "A. …", "B) …"; older texts dash their letter parts ("A - NHỮNG QUY ĐỊNH CHUNG"): then only a
// title in capitals follows, since a formula's legend dashes its letters too ("T - Số tiền …;").
const UPPER_LETTER = /^([A-ZĐ])(?:\s*([.)])\s+|\s*([-–])\s*(?=\p{Lu}\p{L}))(.*)$/u;
// 1. | 1.2. | 1.2 | 1.2.Text | 1) — first component 1–3 digits, later ones 1–2 digits without a
// leading zero, so "3.384 doanh nghiệp" and "2.000 người" stay numbers.
const DECIMAL = /^([1-9]\d{0,2}|0\d)((?:\.[1-9]\d?){0,3})(\.|\))?(?=\s|$|\p{Lu})\s*(.*)$/u;
const LETTER = /^([a-zđ])\s*\)\s*(.*)$/u;
const PAREN_NUMBER = /^\((\d{1,3})\)\s*(.*)$/u;
const DASH = /^[-–—](?=\s|\p{L})\s*(.*)$/u;
const PLUS = /^\+(?=\s|\p{L})\s*(.*)$/u;
const STAR = /^[•·▪●◦*](?=\s)\s*(.*)$/u;

/**
 * Every marker reading of a line, most likely first. "C. VỀ KINH TẾ" may be a letter (C) or a Roman
 * numeral (100): the structure stage picks the reading that continues an open sequence.
 */
export function matchMarkers(line: string): Marker[] {
  // "III). Tỷ lệ …" or "2), …": a wrapped line that starts with a number, not a marker.
  return readMarkers(line.trim()).filter((m) => !/^[.,;:)\]]/.test(m.rest));
}

function readMarkers(s: string): Marker[] {
  const out: Marker[] = [];
  let m: RegExpExecArray | null;

  // "Phần thứ nhất bao gồm từ …", "Chương II của Luật này": running text that names a part, not its
  // heading; a heading's title opens with a capital.
  if ((m = PART.exec(s)) && !/^\p{Ll}/u.test(m[5]!)) {
    const ordinal = m[3] ? (PART_ORDINALS[foldKey(m[3])] ?? null) : numberOrRoman(m[4]!);
    if (ordinal !== null)
      out.push({
        style: "part",
        label: s.slice(0, s.length - m[5]!.length).trim(),
        ordinal,
        key: String(ordinal),
        rest: m[5]!,
      });
    return out;
  }
  if ((m = CHAPTER.exec(s)) && !/^\p{Ll}/u.test(m[3]!)) {
    const ordinal = numberOrRoman(m[2]!);
    if (ordinal !== null)
      return [{ style: "chapter", label: `${m[1]} ${m[2]}`, ordinal, key: m[2]!, rest: m[3]! }];
  }
  if ((m = MUC.exec(s)) && !/^\p{Ll}/u.test(m[3]!)) {
    const ordinal = numberOrRoman(m[2]!);
    if (ordinal !== null)
      return [{ style: "mucSection", label: `${m[1]} ${m[2]}`, ordinal, key: m[2]!, rest: m[3]! }];
  }
  if ((m = ARTICLE.exec(s))) {
    return [
      {
        style: "article",
        label: m[3] === undefined ? `${m[1]} ${m[2]}` : `${m[1]} ${m[2]}.`,
        ordinal: parseInt(m[2]!, 10),
        key: m[2]!,
        rest: m[3] ?? m[4] ?? "",
      },
    ];
  }
  const roman = ROMAN.exec(s);
  const letter = UPPER_LETTER.exec(s);
  const romanValue = roman ? parseRoman(roman[1]!) : null;
  const romanMarker: Marker | null =
    roman && romanValue !== null && (roman[3] !== "" || roman[2] !== ")")
      ? {
          style: "roman",
          label: `${roman[1]}${roman[2]}`,
          ordinal: romanValue,
          key: roman[1]!,
          rest: roman[3]!,
        }
      : null;
  const letterMarker: Marker | null =
    letter && (letter[3] === undefined || isUpperText(letter[4]!))
      ? {
          style: "upperLetter",
          label: `${letter[1]}${letter[2] ?? letter[3]}`,
          ordinal: letter[1]!.charCodeAt(0) - 64,
          key: letter[1]!,
          rest: letter[4]!,
        }
      : null;
  // I, V, X open Roman sequences far more often than they continue letter ones.
  if (romanMarker && letterMarker && !/^[IVX]$/.test(roman![1]!)) out.push(letterMarker, romanMarker);
  else {
    if (romanMarker) out.push(romanMarker);
    if (letterMarker) out.push(letterMarker);
  }
  if (out.length) return out;

  if ((m = DECIMAL.exec(s))) {
    const parts = [m[1]!, ...m[2]!.split(".").filter(Boolean)];
    const closer = m[3] ?? "";
    const rest = m[4]!;
    // "1 text" without a dot is not a marker; neither is a lone "2025." year or a bare number.
    const bare = parts.length === 1 && closer === "";
    if (!bare && rest !== "" && !/^[\d,%]/.test(rest)) {
      const style: MarkerStyle = closer === ")" ? "decimalParen" : decimalStyle(parts.length);
      return [
        {
          style,
          label: `${parts.join(".")}${closer}`,
          ordinal: Number(parts[parts.length - 1]),
          key: parts.map(Number).join("."),
          rest,
        },
      ];
    }
  }
  if ((m = LETTER.exec(s))) {
    const ordinal = letterOrdinal(m[1]!);
    if (ordinal !== null) return [{ style: "letter", label: `${m[1]})`, ordinal, key: m[1]!, rest: m[2]! }];
  }
  if ((m = PAREN_NUMBER.exec(s))) {
    return [
      {
        style: "parenNumber",
        label: `(${m[1]})`,
        ordinal: Number(m[1]),
        key: `(${Number(m[1])})`,
        rest: m[2]!,
      },
    ];
  }
  if ((m = DASH.exec(s))) return [{ style: "dash", label: "-", ordinal: null, key: "", rest: m[1]! }];
  if ((m = PLUS.exec(s))) return [{ style: "plus", label: "+", ordinal: null, key: "", rest: m[1]! }];
  if ((m = STAR.exec(s))) return [{ style: "star", label: "•", ordinal: null, key: "", rest: m[1]! }];
  return out;
}

export function matchMarker(line: string): Marker | null {
  return matchMarkers(line)[0] ?? null;
}

/** Lines that open a new block whatever precedes them: headers, preamble and closing formulas (folded). */
const OPENERS: RegExp[] = [
  /^can cu\b/,
  /^(xet|theo) de nghi\b/,
  // A plan's or a letter's grounds: "Thực hiện Công văn số 1781-CV/TU …", "Thực hiện Kế hoạch số …".
  /^thuc hien (?:cong van|ke hoach|chi thi|nghi quyet|nghi dinh|quyet dinh|chuong trinh|thong bao|ket luan|huong dan|thong tu|luat|van ban|y kien|chi dao)\b/,
  /^noi nhan\b/,
  /^kinh gui\b/,
  /^so\s*([:.]\s*|\s+)\d/,
  ENACTING_START_KEY,
  NATIONAL_TITLE_KEY,
  MOTTO_KEY,
  PARTY_NAME_KEY,
  /^phu luc\b/,
  /^\(?\s*(ban hanh )?kem theo\b/,
  // A planning decision's location under its subject, centred on lines of its own.
  /^dia diem\s*:/,
  AUTHORITY_LINE_KEY,
];

/** True when a line must start a new block (a marker, or a header/preamble/closing formula). */
export function opensBlock(line: string): boolean {
  const s = line.trim();
  if (matchMarkers(s).length) return true;
  // A signer's capacity on a line of its own, whatever its case ("thủ tướng chính phủ").
  if (CAPACITY_KEY.test(foldStart(s)) && atMostWords(s, 8) && !SENTENCE_END.test(s)) return true;
  // Formulas open lines with a capital ("Số:", "Căn cứ"); "số 406-KH/TU ngày …" in lower case is a wrapped line.
  if (/^\p{Ll}/u.test(s)) return false;
  const key = foldStart(s, 80);
  // "Trên cơ sở ý kiến / kết quả biểu quyết …": the words that make it a formula can come late.
  if (/^tren co so\b/.test(key)) return /y kien|bieu quyet/.test(foldKey(s));
  return OPENERS.some((re) => re.test(key));
}

/**
 * The closing's "Nơi nhận:" (its colon may be lost, or a dash follow it): not a table's row naming
 * the part ("9. | Nơi nhận văn bản, bản sao" in a guide to the format of documents).
 */
const RECIPIENTS_LABEL_KEY = /^noi nhan\s*(?:[:;-]|$)/;

/**
 * Lines that only a header or a closing holds: quốc hiệu, tiêu ngữ, "Số:", "Nơi nhận", an authority
 * line. A Markdown table holding one of them lays out the page; it is no data table.
 */
export function isLayoutCell(text: string): boolean {
  const key = foldKey(text);
  return (
    HEADING_FORMULA_KEY.test(key) ||
    /^(so\s*[:.]|kinh gui\b)/.test(key) ||
    RECIPIENTS_LABEL_KEY.test(key) ||
    AUTHORITY_LINE_KEY.test(key)
  );
}
