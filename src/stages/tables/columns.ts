import type { Column } from "../../model/table.js";
import { foldKey, foldDiacritics } from "../../text/fold.js";

/**
 * Header labels → canonical keys. Order matters: "Cơ quan chủ trì theo dõi, đánh giá" is the monitor,
 * not the lead; "Dự kiến thời gian thực hiện" is the deadline, not the lead; "Chỉ tiêu phấn đấu năm
 * 2025" is a plan value, not the indicator.
 */
const RULES: [RegExp, string][] = [
  [/^(tt|stt|so tt|so thu tu)$/, "no"],
  // "Chỉ tiêu / Cơ quan chủ trì báo cáo" names the indicator; "Chỉ tiêu phấn đấu năm 2025" is a value.
  [/^chi tieu(?! phan dau)/, "indicator"],
  [/theo doi|don doc|bao cao tien do/, "monitor"],
  [/thoi gian|thoi han|tien do|nam hoan thanh|lo trinh/, "deadline"],
  [/phoi hop/, "partners"],
  [/chu tri|don vi thuc hien|co quan thuc hien|don vi thuc hien/, "lead"],
  [/cap trinh/, "submitTo"],
  [/nguon von/, "funding"],
  [/tong muc dau tu|von dau tu|kinh phi/, "investment"],
  [/van ban phe duyet|phe duyet chu truong/, "approval"],
  [/ghi chu/, "note"],
  // Results tables: what was achieved against the target, and the verdict ("So với mục tiêu": Đạt …).
  [/^(thuc hien|uoc thuc hien|ket qua thuc hien)$|^(thuc hien|uoc thuc hien) (nam|den|giai doan|\d)/, "achieved"],
  [/^(so voi|danh gia)/, "evaluation"],
  [/san pham|ket qua/, "product"],
  [/danh muc du an|ten du an|du an|cong trinh/, "project"],
  [/don vi tinh|^dvt$|^don vi$/, "unit"],
  [/^(ke hoach|chi tieu phan dau|muc tieu|thuc hien|uoc|du kien)|quy [ivx1-4]$|^\d+ thang$|^ca nam$|nam \d{4}$|^den \d{4}$|^binh quan/, "value"],
  [/chi tieu/, "indicator"],
  [/noi dung cong viec|nhiem vu|ten nhiem vu|cong viec/, "task"],
  [/^noi dung$/, "content"],
];

export function keyForLabel(label: string): string | null {
  const key = foldKey(label);
  for (const [re, k] of RULES) if (re.test(key)) return k;
  return null;
}

export function slug(label: string): string {
  return foldDiacritics(label)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
}

/**
 * Columns from one or two header rows. A two-level header ("Kịch bản tăng trưởng GRDP năm 2025"
 * over "Quý I | 6 tháng | 9 tháng | Cả năm") labels each column "top / sub", the top cell spanning
 * the empty cells to its right.
 */
export function buildColumns(headerRows: string[][], width: number): Column[] {
  const top = headerRows[0] ?? [];
  const sub = headerRows[1];
  const labels: (string | null)[] = [];
  // The label a column's role is read from: the lower header cell where there is one.
  const own: (string | null)[] = [];
  let span = "";
  for (let c = 0; c < width; c++) {
    const t = (top[c] ?? "").trim();
    if (t) span = t;
    const s = sub ? (sub[c] ?? "").trim() : "";
    labels.push(s ? `${t || span} / ${s}` : t || null);
    own.push(s || t || null);
  }
  const roles = own.map((l) => (l ? keyForLabel(l) : null));
  const values = roles.filter((r) => r === "value").length;
  const hasUnit = roles.includes("unit");
  const taken = new Map<string, number>();
  return labels.map((label, c): Column => {
    let key: string | null = roles[c] ?? null;
    let canonical = key !== null;
    if (key === "content") key = hasUnit ? "indicator" : "task";
    if (key === "value") {
      // One plan column is "plan"; several are named after their period ("quy-i", "ca-nam").
      key = values === 1 ? "plan" : slug(own[c]!);
      canonical = values === 1;
    }
    if (key === null) {
      key = label ? slug(label) || `col${c + 1}` : `col${c + 1}`;
      canonical = false;
    }
    const n = (taken.get(key) ?? 0) + 1;
    taken.set(key, n);
    return { key: n > 1 ? `${key}-${n}` : key, label, canonical: canonical && n === 1 };
  });
}
