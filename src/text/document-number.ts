import type { DocumentTypeCode } from "./document-types.js";
import { typeFromAbbreviation, typeNamedBy } from "./document-types.js";

/**
 * Document numbers (số, ký hiệu). Three families:
 * - administrative: 07/NQ-CP, 0204/KH-UBND, 12/UBND-VX (official letters carry no type);
 * - normative, with year: 35/2021/QH15, 30/2020/NĐ-CP;
 * - party: 45-NQ/TW, 20-CTr/TU, 402-CV/VPĐU;
 * - before 1992, without a slash: 217-HĐBT, 15-TTg.
 * Extracted text breaks them ("9848 /TTr-BKHĐT", "03 /CT-UBND"): spaces around "/" are allowed.
 */
const SEG = String.raw`[A-ZĐ][A-Za-zĐđ0-9&]*`;
// A typed copy may space the hyphens too ("837 / QĐ - BKH"): then only an all-capital segment follows.
const CAPS = String.raw`[A-ZĐ][A-ZĐ0-9&]+(?![\p{L}\d])`;
// A resolution of a Government session may carry a dotted number: "66.19/2026/NQ-CP".
// A signing tool may stamp the number with a dot after it ("3070./KH-UBND").
// Older numbers join issuer and type with a dot ("522/2002/QĐ.UB"): an all-capital segment only, so
// a sentence run on without its space ("… QĐ-UBND.Căn cứ") keeps its own words.
const ADMIN = String.raw`\d{1,5}(?:\.\d{1,3})?\.?\s*\/\s*(?:\d{4}\s*\/\s*)?${SEG}(?:-${SEG}|\.${CAPS}|\s*-\s*${CAPS})*`;
const PARTY = String.raw`\d{1,5}\s*-\s*${SEG}\s*\/\s*${SEG}(?:-${SEG})*`;
// Before 1992 the Council of Ministers, the Government Council and the ministries numbered without a
// slash: "217-HĐBT", "15-TTg", "106-CT", "24-BYT-QĐ". Two capitals at least in each part, so a
// block's name ("lô 5-A") or a grade ("2-b") is no number.
const OLD_SEG = String.raw`[A-ZĐ][a-zđ]?[A-ZĐ][A-Za-zĐđ]{0,6}`;
const OLD = String.raw`\d{1,4}-${OLD_SEG}(?:-${OLD_SEG})*(?!\s*\/)`;
// Not inside a longer token: "lô I.14/CTHH-01" or a date "13/11/2021" must not match.
const NUMBER_SOURCE = String.raw`(?<![\p{L}\d.\/-])(?:${PARTY}|${ADMIN}|${OLD})(?![\p{L}\d])`;

export function documentNumberPattern(): RegExp {
  return new RegExp(NUMBER_SOURCE, "gu");
}

export interface DocumentNumber {
  number: string;
  abbreviation: string | null;
  typeCode: DocumentTypeCode | null;
  year: number | null;
}

export function normalizeDocumentNumber(raw: string): string {
  return raw
    .replace(/\s+/g, "")
    .replace(/^(\d+)\.\//, "$1/")
    .replace(DOUBLED_TYPE, (all, lead: string, type: string, letter: string) =>
      typeFromAbbreviation(type + letter + letter) === null && typeFromAbbreviation(type + letter) !== null
        ? `${lead}${type}${letter}-`
        : all,
    );
}

/** OCR doubles a letter of the type abbreviation ("1629/QĐĐ-UBND"): undone only when that gives a known type. */
const DOUBLED_TYPE = /^(\d{1,5}\/(?:\d{4}\/)?)([A-ZĐ]*)([A-ZĐ])\3-/u;

/** Parses one document number; null when the text is not one. */
export function parseDocumentNumber(raw: string): DocumentNumber | null {
  const number = normalizeDocumentNumber(raw.trim());
  const party = /^(\d{1,5})-([A-Za-zĐđ]+)\/(.+)$/u.exec(number);
  if (party) {
    const abbreviation = party[2]!;
    return { number, abbreviation, typeCode: typeFromAbbreviation(abbreviation), year: null };
  }
  const old = /^\d{1,4}-([A-ZĐ][A-Za-zĐđ]*)(?:-[A-ZĐ][A-Za-zĐđ]*)*$/u.exec(number);
  if (old) {
    // "106-CT" is a directive; "217-HĐBT" names only its issuer.
    const code = typeFromAbbreviation(old[1]!);
    return { number, abbreviation: code ? old[1]! : null, typeCode: code, year: null };
  }
  const admin = /^(\d{1,5}(?:\.\d{1,3})?)\/(?:(\d{4})\/)?([^/]+)$/u.exec(number);
  if (!admin) return null;
  const year = admin[2] ? Number(admin[2]) : null;
  const first = admin[3]!.split(/[-.]/)[0]!;
  const code = typeFromAbbreviation(first);
  // "35/2021/QH15": no type segment; the issuer alone. "12/UBND-VX": an official letter.
  const hasType = code !== null && /[-.]/.test(admin[3]!);
  return {
    number,
    abbreviation: hasType ? first : null,
    typeCode: hasType ? code : year === null ? "officialLetter" : null,
    year,
  };
}

export interface FoundNumber extends DocumentNumber {
  index: number;
  length: number;
  /** The type named just before: "Nghị quyết số 35/2021/QH15" → resolution. */
  namedType: DocumentTypeCode | null;
}

/** One pattern for findDocumentNumbers' own loop (it calls nothing that uses it meanwhile). */
const NUMBER = new RegExp(NUMBER_SOURCE, "gu");

/** Every document number in a text, with the type the text names before it when it does. */
export function findDocumentNumbers(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  // Every form but the old one has a slash: a text without either (most lines) holds no number.
  if (!text.includes("/") && !/\d-[A-ZĐ]/u.test(text)) return out;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const parsed = parseDocumentNumber(m[0]);
    if (!parsed) continue;
    // Written out rather than spread: a spread object literal was most of this loop's time.
    out.push({
      number: parsed.number,
      abbreviation: parsed.abbreviation,
      typeCode: parsed.typeCode,
      year: parsed.year,
      index: m.index,
      length: m[0].length,
      namedType: typeNamedBefore(text, m.index),
    });
  }
  return out;
}

const SPACE = /\s/;
const LETTER = /\p{L}/u;
const isSpace = (c: string) => SPACE.test(c);
const isNameChar = (c: string) => c === " " || LETTER.test(c);

/**
 * The type named by the last one to four words before a number, themselves followed by white
 * space and perhaps "số" and a colon: "Nghị quyết số 35/2021/QH15", "Chương trình hành động số …",
 * "Quyết định: …". Read backwards from the number over the 40 characters before it; the words are
 * letters and spaces, 3 to 30 characters of them.
 */
function typeNamedBefore(text: string, at: number): DocumentTypeCode | null {
  const start = Math.max(0, at - 40);
  let i = at;
  const skipSpaces = () => {
    while (i > start && isSpace(text[i - 1]!)) i--;
  };
  skipSpaces();
  if (i > start && text[i - 1] === ":") {
    i--;
    skipSpaces();
  }
  // "số" counts as the word before the number only after white space ("Nghị quyết số").
  if (i - 2 > start && text.slice(i - 2, i) === "số" && isSpace(text[i - 3]!)) {
    i -= 2;
    skipSpaces();
  } else if (i === at || !isSpace(text[i]!)) return null;
  const end = i;
  while (i > start && end - i < 30 && isNameChar(text[i - 1]!)) i--;
  if (end - i < 3) return null;
  const words = text.slice(i, end).trim().split(/\s+/);
  // Try the last one to four words: "Nghị quyết", "Chương trình hành động".
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const code = typeNamedBy(words.slice(-n).join(" "));
    if (code) return code;
  }
  return null;
}
