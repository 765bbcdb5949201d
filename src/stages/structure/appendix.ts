import { parseRoman } from "../../text/roman.js";

/**
 * A list issued with a text under its own title: "DANH MỤC VĂN BẢN …" over "(Kèm theo …)", or
 * "DANH MỤC" alone with its title in capitals on the lines below, then the caption. `next` is what
 * follows, up to the caption.
 */
export function listHeading(text: string, next: readonly string[]): AppendixHeading | null {
  const m = /^(DANH MỤC)(?:\s+(.+))?$/u.exec(text.trim());
  if (!m) return null;
  const caption = next.findIndex((t) => KEM_THEO.test(t.trim()));
  const titled = next.slice(0, caption).every((t) => t === t.toUpperCase() && /\p{Lu}{2}/u.test(t));
  if (caption < 0 || caption > (m[2] ? 0 : LIST_TITLE_LINES) || !titled) return null;
  return { label: m[1]!, key: "danh-muc", title: m[2]?.trim() ?? null };
}

/** The most lines a list's title runs over between "DANH MỤC" and its caption. */
const LIST_TITLE_LINES = 3;

/**
 * After the closing, a title in capitals over "(Kèm theo Kế hoạch số …)" is an appendix that prints no
 * "PHỤ LỤC" ("PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC …"): its title is its label. The title may run on
 * over a line or two in capitals, or name its period in brackets ("(Quý I Năm 2025)"), before the
 * caption. `next` is what follows.
 */
export function titledHeading(text: string, next: readonly string[]): AppendixHeading | null {
  const title = text.trim();
  if (title !== title.toUpperCase() || !/\p{Lu}{2}/u.test(title)) return null;
  const caption = next.findIndex((t) => KEM_THEO.test(t.trim()));
  if (caption < 0 || caption > TITLE_LINES_MORE) return null;
  const between = next.slice(0, caption).map((t) => t.trim());
  // A heading of its own below ("PHỤ LỤC I" under the signer's body) titles the appendix instead.
  if (between.some((t) => appendixHeading(t) !== null)) return null;
  if (!between.every((t) => (t === t.toUpperCase() && /\p{Lu}{2}/u.test(t)) || /^\([^()]{1,40}\)$/u.test(t)))
    return null;
  return { label: title, key: null, title };
}

/** Lines a titled appendix's title may run on over before its caption. */
const TITLE_LINES_MORE = 2;

const KEM_THEO = /^\(\s*(?:(ban hành )?kèm theo|ban hành theo)\b/iu;

/** "(Ban hành kèm theo Nghị định số …)": the caption under the title of a text issued with another. */
export function isIssuedWithCaption(text: string): boolean {
  return KEM_THEO.test(text.trim());
}

/**
 * "Phụ lục I", "PHỤ LỤC", "Phụ lục số 2", "PHỤ LỤC 1: Kết quả thực hiện …". A sentence that merely
 * starts with the word ("Phụ lục được ban hành …") is not a heading.
 */
const HEADING =
  /^(PHỤ LỤC|Phụ lục|Phụ Lục)(?:\s+(?:số\s+)?([IVXLC]+|\d{1,2}|[A-Z])\b)?\s*(?:[:.\-–]\s*(.*))?$/u;

/**
 * The label and its title in capitals on one line with no stop between, as OCR or a converter joins
 * them: "Phụ lục I DANH MỤC THỦ TỤC HÀNH CHÍNH …". The number is needed, and two words in capitals.
 */
const CAPITALS_TITLED =
  /^(PHỤ LỤC|Phụ lục|Phụ Lục)\s+(?:số\s+)?([IVXLC]+|\d{1,2}|[A-Z])\s+(\p{Lu}{2,}[\s,]+\p{Lu}{2,}\b.*)$/u;

export interface AppendixHeading {
  label: string;
  key: string | null;
  title: string | null;
}

/** Forms issued with a text are attachments too: "Mẫu số 1.1", "Mẫu biểu số 02", "Biểu số 03: …". */
/**
 * "Mẫu số 01", "Biểu số 2a-1", "MẪU SỐ 01 NT-TCT" (the form's code after its number), "Mẫu 2a" (no
 * "số": the number must then open with a digit, so "Mẫu tin" stays text).
 */
const FORM =
  /^(Mẫu|MẪU|Biểu|BIỂU|Mẫu biểu|MẪU BIỂU)\s+(?:(?:số|SỐ)\s+([\dA-Za-z]+(?:[.-]\d+)*)|(\d[\dA-Za-z]*(?:[.-]\d+)*))(?:\s+([A-ZĐ\d]+(?:[-/][A-ZĐ\d]+)+))?\s*(?:[:.\-–]\s*(.*))?$/u;

export function appendixHeading(printed: string): AppendixHeading | null {
  // A mark OCR read in the margin before the heading: "'Phụ lục: DANH SÁCH …".
  const text = printed.trim().replace(/^['‘’`´"“”_.,:;]+\s*/u, "");
  const form = FORM.exec(text);
  if (form) {
    const [, kind, numbered, bare, code, title] = form;
    const label = [kind, numbered ? `số ${numbered}` : bare, code].filter(Boolean).join(" ");
    return { label, key: `mau-${numbered ?? bare}`, title: title?.trim() || null };
  }
  const m = HEADING.exec(text.trim()) ?? CAPITALS_TITLED.exec(text.trim());
  if (!m) return null;
  const key = m[2] ?? null;
  if (key && /^[IVXLC]+$/.test(key) && parseRoman(key) === null) return null;
  const label = key ? `${m[1]} ${key}` : m[1]!;
  // The caption joined to the title's line: "… TỈNH LAI CHÂU (Ban hành kèm theo Quyết định số …)".
  const title = m[3]?.replace(/\s*\((?:ban hành )?kèm theo\b.*$/iu, "").trim();
  return { label, key, title: title || null };
}
