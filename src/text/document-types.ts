import { z } from "zod";
import { foldKey, foldStart } from "./fold.js";

/** The kinds of document (glossary: Nghị quyết → resolution …), one closed vocabulary. */
export const DocumentTypeCode = z.enum([
  "resolution",
  "decree",
  "decision",
  "directive",
  "plan",
  "programme",
  "conclusion",
  "circular",
  "report",
  "officialLetter",
  "law",
  "notice",
  "submission",
  "guidance",
  "regulation",
  "scheme",
  "other",
]);
export type DocumentTypeCode = z.infer<typeof DocumentTypeCode>;

/** Tên loại as printed (upper case) → code. Longer names first so "CHƯƠNG TRÌNH HÀNH ĐỘNG" wins. */
const NAMES: [string, DocumentTypeCode][] = [
  ["chương trình hành động", "programme"],
  ["nghị quyết", "resolution"],
  ["nghị định", "decree"],
  ["quyết định", "decision"],
  ["chỉ thị", "directive"],
  ["kế hoạch", "plan"],
  ["chương trình", "programme"],
  ["kết luận", "conclusion"],
  ["thông tư liên tịch", "circular"],
  ["thông tư", "circular"],
  ["báo cáo", "report"],
  ["công văn", "officialLetter"],
  ["luật", "law"],
  ["bộ luật", "law"],
  ["pháp lệnh", "law"],
  // The Constitution is the law above the laws: no code of its own in the vocabulary.
  ["hiến pháp", "law"],
  ["thông báo", "notice"],
  ["tờ trình", "submission"],
  ["hướng dẫn", "guidance"],
  ["quy định", "regulation"],
  // A regulation issued with a decision and printed on its own: "BẢN QUY ĐỊNH".
  ["bản quy định", "regulation"],
  ["quy chế", "regulation"],
  ["đề án", "scheme"],
  ["phương án", "scheme"],
];
const FOLDED = NAMES.map(([n, c]) => [foldKey(n), c, n] as const).sort((a, b) => b[0].length - a[0].length);

/** Type abbreviations inside document numbers (Decree 30/2020 Appendix III). */
const ABBREVIATIONS: Record<string, DocumentTypeCode> = {
  NQ: "resolution",
  NĐ: "decree",
  QĐ: "decision",
  QyĐ: "regulation",
  QC: "regulation",
  CT: "directive",
  KH: "plan",
  CTr: "programme",
  KL: "conclusion",
  TT: "circular",
  TTLT: "circular",
  BC: "report",
  TB: "notice",
  TTr: "submission",
  HD: "guidance",
  PA: "scheme",
  ĐA: "scheme",
  DA: "scheme",
  CV: "officialLetter",
  CĐ: "officialLetter",
  BB: "other",
  HĐ: "other",
  TC: "other",
  VBHN: "other",
};

export function typeFromAbbreviation(abbr: string): DocumentTypeCode | null {
  return ABBREVIATIONS[abbr] ?? null;
}

/** The type named at the start of a phrase ("Nghị quyết số …", "CHỈ THỊ"), with its printed length. */
export function typeFromName(
  phrase: string,
): { code: DocumentTypeCode; length: number; name: string } | null {
  const key = foldStart(phrase);
  for (const [folded, code, name] of FOLDED) {
    if (key === folded || key.startsWith(folded + " ")) return { code, length: name.length, name };
  }
  return null;
}

/** Each type by its folded name, for asking whether a phrase is a name whole. */
const BY_FOLDED = new Map<string, DocumentTypeCode>(FOLDED.map(([folded, code]) => [folded, code]));

/** The type a phrase names whole ("nghị quyết", "Chương trình hành động"), case and diacritics aside. */
export function typeNamedBy(phrase: string): DocumentTypeCode | null {
  return phrase.length > 64 ? null : (BY_FOLDED.get(foldKey(phrase)) ?? null);
}

/** True when the whole line is a document type name, as tên loại is printed on its own line. */
export function isTypeName(line: string): boolean {
  const key = foldStart(line);
  return FOLDED.some(([folded]) => key === folded);
}

/** The upper-case name a type is printed with, for types known only from a caption or a number. */
export const TYPE_PRINTED_NAME: Record<DocumentTypeCode, string | null> = {
  resolution: "NGHỊ QUYẾT",
  decree: "NGHỊ ĐỊNH",
  decision: "QUYẾT ĐỊNH",
  directive: "CHỈ THỊ",
  plan: "KẾ HOẠCH",
  programme: "CHƯƠNG TRÌNH",
  conclusion: "KẾT LUẬN",
  circular: "THÔNG TƯ",
  report: "BÁO CÁO",
  officialLetter: "CÔNG VĂN",
  law: "LUẬT",
  notice: "THÔNG BÁO",
  submission: "TỜ TRÌNH",
  guidance: "HƯỚNG DẪN",
  regulation: "QUY ĐỊNH",
  scheme: "ĐỀ ÁN",
  other: null,
};
