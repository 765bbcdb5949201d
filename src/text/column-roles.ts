import { z } from "zod";
import { foldKey } from "./fold.js";

/**
 * What a table column holds, read from its header label. One closed vocabulary: a new role is one
 * enum value, one label and one rule here, and the compiler lists every other place to handle it.
 * "value" (a plan or period column) and "content" (a task or an indicator, by the table's other
 * columns) are resolved into keys by the tables stage.
 */
export const ColumnRole = z.enum([
  "no",
  "indicator",
  "monitor",
  "deadline",
  "partners",
  "lead",
  "submitTo",
  "funding",
  "investment",
  "approval",
  "note",
  "achieved",
  "evaluation",
  "product",
  "project",
  "unit",
  "value",
  "task",
  "content",
]);
export type ColumnRole = z.infer<typeof ColumnRole>;

/** Each role as a Vietnamese header prints it. */
export const COLUMN_ROLE_LABEL: Readonly<Record<ColumnRole, string>> = {
  no: "TT",
  indicator: "Chỉ tiêu",
  monitor: "Cơ quan theo dõi",
  deadline: "Thời hạn",
  partners: "Cơ quan phối hợp",
  lead: "Cơ quan chủ trì",
  submitTo: "Cấp trình",
  funding: "Nguồn vốn",
  investment: "Tổng mức đầu tư",
  approval: "Văn bản phê duyệt",
  note: "Ghi chú",
  achieved: "Thực hiện",
  evaluation: "Đánh giá",
  product: "Sản phẩm",
  project: "Dự án",
  unit: "Đơn vị tính",
  value: "Kế hoạch",
  task: "Nhiệm vụ",
  content: "Nội dung",
};

/**
 * Header labels (folded) → roles. Order matters: "Cơ quan chủ trì theo dõi, đánh giá" is the monitor,
 * not the lead; "Dự kiến thời gian thực hiện" is the deadline, not the lead; "Chỉ tiêu phấn đấu năm
 * 2025" is a plan value, not the indicator.
 */
const RULES: readonly [RegExp, ColumnRole][] = [
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
  [
    /^(thuc hien|uoc thuc hien|ket qua thuc hien)$|^(thuc hien|uoc thuc hien) (nam|den|giai doan|\d)/,
    "achieved",
  ],
  [/^(so voi|danh gia)/, "evaluation"],
  [/san pham|ket qua/, "product"],
  [/danh muc du an|ten du an|du an|cong trinh/, "project"],
  [/don vi tinh|^dvt$|^don vi$/, "unit"],
  [
    /^(ke hoach|chi tieu phan dau|muc tieu|thuc hien|uoc|du kien)|quy [ivx1-4]$|^\d+ thang$|^ca nam$|nam \d{4}$|^den \d{4}$|^binh quan/,
    "value",
  ],
  [/chi tieu/, "indicator"],
  [/noi dung cong viec|nhiem vu|ten nhiem vu|cong viec/, "task"],
  [/^noi dung$/, "content"],
];

/** The role a header label names, or null for a header the vocabulary does not know. */
export function columnRoleOf(label: string): ColumnRole | null {
  const key = foldKey(label);
  for (const [re, role] of RULES) if (re.test(key)) return role;
  return null;
}
