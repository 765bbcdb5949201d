/**
 * Folding is for matching only ("hoà" = "hòa", "HOÀ TỐC" = "HỎA TỐC"); what users see stays as printed.
 */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
    .normalize("NFC");
}

/** Lower case, no diacritics, single spaces: a key for comparing printed phrases. */
export function foldKey(s: string): string {
  return foldDiacritics(s).toLowerCase().replace(/\s+/g, " ").trim();
}
