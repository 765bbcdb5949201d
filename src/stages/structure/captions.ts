import type { DocumentTypeCode } from "../../model/metadata.js";
import { foldKey } from "../../text/fold.js";
import { findDocumentNumbers } from "../../text/document-number.js";
import { findDates } from "../../text/dates.js";

/** "(Kèm theo Nghị quyết số 07/NQ-CP ngày 10 tháng 01 năm 2025 của Chính phủ)". */
export function isCaption(text: string): boolean {
  return (
    /^\(?\s*(ban hanh\s+)?kem theo\b/.test(foldKey(text)) ||
    /^\(\s*ban hanh theo\b.*\bso\b/.test(foldKey(text)) ||
    /^\(?\s*thuc hien theo\b.*\bso\b/.test(foldKey(text))
  );
}

export interface CaptionFacts {
  documentNumber: string | null;
  typeCode: DocumentTypeCode | null;
  issuedOn: string | null;
  issuer: string | null;
  /** "… của UBND tỉnh An Giang về việc sửa đổi …": what the document is about, when the caption says. */
  subject: string | null;
}

/**
 * A caption typed into a form's dotted blanks: "số …05…./2006/ QĐ-UBND, ngày …25..tháng 01": the
 * dots go, and a figure glued to the word after it is parted from it.
 */
function filledIn(text: string): string {
  return text.replace(/(\d)[.…]+(?=\p{L})/gu, "$1 ").replace(/[.…]{2,}|…/gu, "");
}

/** "của <issuer>" after the number, up to "về …", a bracket or the end. */
const OF_ISSUER = /(?:^|\s)của\s+(.+?)(?=\s+(?:về|V\/v)\s|\s*[()]|\s*[.;]?\s*$)/u;
const ABOUT = /^\s+((?:về|V\/v)\s.+?)\s*[.;]?\s*\)?\s*$/u;

/**
 * What an appendix or attachment caption says of the document it belongs to. It is sometimes the
 * only place that prints the document's number and date.
 */
export function captionFacts(caption: string): CaptionFacts {
  const text = filledIn(caption);
  const numbers = findDocumentNumbers(text);
  const own = numbers[0] ?? null;
  const dates = findDates(text).filter((d) => !own || d.index > own.index);
  // The issuer follows the first "của" after the number: "… Nghị quyết số 07/NQ-CP … của Chính phủ)".
  const after = own ? own.index + own.length : 0;
  const of = OF_ISSUER.exec(text.slice(after));
  const issuer = of?.[1]?.trim() ?? null;
  const about = of ? ABOUT.exec(text.slice(after + of.index + of[0].length)) : null;
  return {
    documentNumber: own?.number ?? null,
    typeCode: own ? (own.namedType ?? own.typeCode) : null,
    issuedOn: dates[0]?.iso ?? null,
    issuer: issuer && issuer.length <= 80 ? issuer : null,
    subject: about?.[1] ?? null,
  };
}
