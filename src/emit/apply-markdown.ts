import type { ApplyReport } from "../model/apply.js";
import { mdTable, para, serialize, text } from "./mdast.js";
import type { RootContent } from "mdast";

const KIND_LABEL: Record<string, string> = {
  replace: "Sửa đổi, thay thế",
  replaceTitle: "Sửa tên điều",
  insert: "Bổ sung",
  repeal: "Bãi bỏ",
  replacePhrase: "Thay cụm từ",
  removePhrase: "Bỏ cụm từ",
  unknown: "Không đọc được",
};

/** apply.md: what each amending instruction did, the ones not applied first, with their reasons. */
export function applyToMarkdown(r: ApplyReport): string {
  const out: RootContent[] = [
    { type: "heading", depth: 1, children: [text(`Hợp nhất ${r.base.number ?? r.base.path}`)] },
    para([
      text(
        `Văn bản sửa đổi: ${r.amending.map((a) => a.number ?? a.path).join(", ")}. ${r.summary.applied} trên ${r.summary.instructions} chỉ dẫn sửa đổi đã áp dụng; ${r.summary.partlyApplied} áp dụng một phần; ${r.summary.notApplied} chưa áp dụng được.`,
      ),
    ]),
  ];
  const table = (rows: ApplyReport["changes"], withReason: boolean) =>
    mdTable(
      ["Văn bản", "Vị trí", "Dòng", "Loại", "Nơi sửa", ...(withReason ? ["Lý do"] : []), "Chỉ dẫn"],
      rows.map((c) => [
        c.amending,
        c.at,
        String(c.line),
        KIND_LABEL[c.kind] ?? c.kind,
        c.targets.join(", "),
        ...(withReason ? [c.reason ?? ""] : []),
        c.instruction.length > 140 ? `${c.instruction.slice(0, 139)}…` : c.instruction,
      ]),
    );
  const failed = r.changes.filter((c) => c.status !== "applied");
  out.push({ type: "heading", depth: 2, children: [text("Chưa áp dụng được, hoặc chỉ một phần")] });
  out.push(failed.length ? table(failed, true) : para([text("Không có.")]));
  out.push({ type: "heading", depth: 2, children: [text("Đã áp dụng")] });
  const done = r.changes.filter((c) => c.status === "applied");
  out.push(done.length ? table(done, false) : para([text("Không có.")]));
  return serialize({ type: "root", children: out });
}
