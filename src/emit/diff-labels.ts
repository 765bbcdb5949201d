import type { Change, ChangeType, DiffDocumentRef, DiffLevel } from "../model/diff.js";

/** Change types and levels as an analyst reads them (Vietnamese), in the order reports list them. */
export const CHANGE_LABEL: Record<ChangeType, string> = {
  added: "Mới",
  removed: "Bỏ",
  reworded: "Sửa lời",
  contentChanged: "Sửa nội dung bên trong",
  renumbered: "Đổi số thứ tự",
  moved: "Chuyển vị trí",
  split: "Tách",
  merged: "Gộp",
  valueChanged: "Đổi giá trị",
  periodChanged: "Đổi thời kỳ",
  leadChanged: "Đổi cơ quan chủ trì",
  agencyRenamed: "Cơ quan đổi tên, hợp nhất",
  partnersChanged: "Đổi cơ quan phối hợp",
  deadlineChanged: "Đổi thời hạn",
  productChanged: "Đổi sản phẩm",
  unchanged: "Giữ nguyên",
};
export const CHANGE_ORDER = Object.keys(CHANGE_LABEL) as ChangeType[];

export const LEVEL_LABEL: Record<DiffLevel, string> = {
  metadata: "Thông tin văn bản",
  section: "Mục, điều, khoản",
  paragraph: "Gạch đầu dòng, đoạn",
  record: "Nhiệm vụ, dự án (phụ lục)",
  target: "Chỉ tiêu",
};

export const FIELD_LABEL: Record<string, string> = {
  lead: "Chủ trì",
  partners: "Phối hợp",
  deadline: "Thời hạn",
  product: "Sản phẩm",
  documentType: "Tên loại",
  documentNumber: "Số ký hiệu",
  issuer: "Cơ quan ban hành",
  place: "Địa danh",
  issuedOn: "Ngày ban hành",
  subject: "Trích yếu",
  signer: "Người ký",
};

export const DIRECTION_LABEL: Record<string, string> = {
  raised: "tăng",
  lowered: "giảm",
  same: "giữ",
  incomparable: "không so được",
};

export function documentName(d: DiffDocumentRef): string {
  return [d.documentType, d.number].filter(Boolean).join(" ") || d.path;
}

export function changeLabels(c: Change): string {
  return c.types.map((t) => CHANGE_LABEL[t]).join(", ");
}

/** "II.3 → II.4", "II.3" when both sides share it, "— → II.5" for an added item. */
export function addressPair(c: Change): string {
  const a = c.old?.address;
  const b = c.new?.address;
  if (a && b) return a === b ? a : `${a} → ${b}`;
  return a ? `${a} → —` : `— → ${b}`;
}

/** A change worth listing: not unchanged, and at metadata level not just the list position. */
export function isChange(c: Change): boolean {
  return !(c.types.length === 1 && c.types[0] === "unchanged");
}
