/**
 * A scanned page whose only text layer is the stamp a copy or a digital signature adds ("SAO Y; VĂN
 * PHÒNG ỦY BAN NHÂN DÂN; 25/07/2025 10:25:14 +07:00", "Ký bởi: …"): its content is the image.
 */
export function isStampOnly(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words <= STAMP_MAX_WORDS && STAMP_TEXT.test(text);
}

const STAMP_MAX_WORDS = 20;
const STAMP_TEXT = /\b\d{1,2}:\d{2}:\d{2}\b|[+-]\d{2}:\d{2}\b|sao y|ký bởi|signed by|signature/iu;
