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
