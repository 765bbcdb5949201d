/**
 * A scanned page whose only text layer is the stamp a copy or a digital signature adds ("SAO Y; VĂN
 * PHÒNG ỦY BAN NHÂN DÂN; 25/07/2025 10:25:14 +07:00", "Ký bởi: …"): its content is the image.
 */
export function isStampOnly(text: string): boolean {
  // Counted only as far as the limit: every page of a PDF is asked.
  let words = 0;
  for (const w of text.split(/\s+/)) if (/\p{L}/u.test(w) && ++words > STAMP_MAX_WORDS) return false;
  return STAMP_TEXT.test(text);
}

const STAMP_MAX_WORDS = 20;
const STAMP_TEXT = /\b\d{1,2}:\d{2}:\d{2}\b|[+-]\d{2}:\d{2}\b|sao y|ký bởi|signed by|signature/iu;
