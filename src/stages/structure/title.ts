import type { LegalNode } from "../../model/node.js";
import { isUpperText, startsLower } from "../../text/normalize.js";
import { atMostWords } from "../../text/word-count.js";

/**
 * A numbered block is a heading, a heading with inline body text, or just text:
 * - "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "3. Phấn đấu đạt các chỉ tiêu" → title;
 * - "1.1.1. Tăng cường xây dựng Đảng bộ vững mạnh về chính trị: Tiếp tục …" → title and text;
 * - "1. Tổ chức quán triệt và thực hiện … năm 2045." → text.
 */
export const SENTENCE_END = /[.;!?…]["”’)]*\/?$/u;
const MAX_TITLE = 240;

export function splitTitle(rest: string): { title: string | null; text: string | null } {
  const s = rest.trim();
  if (s === "") return { title: null, text: null };
  if (!SENTENCE_END.test(s) && s.length <= MAX_TITLE && !/[;]/.test(s))
    return { title: s.replace(/:$/, "").trim(), text: null };
  const colon = /^([^:.;!?]{3,160}?):\s+(?=[\p{Lu}“"(])/u.exec(s);
  if (colon) return { title: colon[1]!.trim(), text: s.slice(colon[0].length).trim() };
  return { title: null, text: s };
}

/** An article line that is one short phrase closed by a period: "Phạm vi điều chỉnh." */
const PERIOD_TITLE = /^[^.;:!?…]{3,120}\.$/u;

/**
 * Some regulations close every article title with a period ("Điều 1. Phạm vi điều chỉnh."): read
 * alone, each looks like a one-line sentence. When such articles outnumber the titled ones (three at
 * least), they are the text's style and their phrases are titles; a lone "Điều 5. Quyết định này có
 * hiệu lực kể từ ngày ký." among titled articles stays text.
 */
export function periodTitles(articles: readonly LegalNode[]): void {
  const phrases = articles.filter(
    (a) =>
      a.title === null &&
      a.text !== null &&
      !a.data?.footnoteRefs?.length &&
      PERIOD_TITLE.test(a.text) &&
      atMostWords(a.text, 12) &&
      !startsLower(a.text),
  );
  const titled = articles.filter((a) => a.title !== null).length;
  if (phrases.length < 3 || phrases.length < titled) return;
  for (const a of phrases) {
    a.title = a.text!.slice(0, -1).trim();
    a.text = null;
  }
}

/** Numbering that heads a division of a report or plan: "II.", "4.", "B.". */
const HEADING_STYLES = new Set(["roman", "decimal", "upperLetter"]);

/**
 * A numbered phrase closed by a period that holds the text under it ("4. Giáo dục, đào tạo.",
 * "III. DỰ BÁO MỘT SỐ CÂN ĐỐI LỚN … NĂM 2005.") heads it: in capitals, or short with no figure in it
 * (a result stated in an item, "Giảm tỷ lệ … xuống còn 26%.", stays text); never a lower-case or
 * parenthesised numbering.
 */
export function phraseHeadings(nodes: readonly LegalNode[]): void {
  for (const n of nodes) {
    if (n.title !== null || n.text === null || !n.children.length) continue;
    if (!HEADING_STYLES.has(n.data?.style ?? "") || n.data?.footnoteRefs?.length) continue;
    if (!PERIOD_TITLE.test(n.text) || startsLower(n.text)) continue;
    // In capitals it is a heading whatever it holds; in sentence case only a short phrase with no figure.
    if (!isUpperText(n.text) && (/\d/.test(n.text) || !atMostWords(n.text, 10))) continue;
    // A khoản is most often a sentence ("Chính phủ quy định chi tiết Điều này."): it heads only
    // numbered or dashed parts of its own.
    if (n.type === "clause" && !n.children.some((c) => c.label !== null && c.type !== "pageBreak")) continue;
    n.title = n.text.slice(0, -1).trim();
    n.text = null;
  }
}
