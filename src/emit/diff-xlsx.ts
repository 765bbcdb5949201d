import { type WorkbookCell as Cell, type WorkbookSheet, workbook } from "./workbook.js";
import type { Change, DocumentDiff } from "../model/diff.js";
import {
  CHANGE_LABEL,
  CHANGE_ORDER,
  changeLabels,
  DIRECTION_LABEL,
  documentName,
  LEVEL_LABEL,
} from "./diff-labels.js";
import { reportView } from "./diff-report.js";

const str = (s: string | null | undefined, wrap = false): Cell =>
  s ? { value: s, ...(wrap ? { wrap } : {}) } : null;
const num = (n: number | null | undefined): Cell => (n === null || n === undefined ? null : { value: n });
const bold = (s: string): Cell => ({ value: s, bold: true, wrap: true });
const lines = (l: number[] | undefined): Cell =>
  str(l?.length ? (l.length > 1 ? `${l[0]}–${l.at(-1)}` : `${l[0]}`) : null);

function sheet(name: string, header: string[], rows: Cell[][], widths: number[]): WorkbookSheet {
  return { name, rows: [header.map(bold), ...rows], widths, frozenRows: 1 };
}

const CONFIDENCE_LABEL = { high: "cao", medium: "vừa", low: "thấp" } as const;

/** The columns every change sheet starts with: id, types (readable and codes), score, how it was matched and how surely. */
function lead(c: Change): Cell[] {
  return [
    str(c.id),
    str(changeLabels(c), true),
    str(c.types.join(",")),
    num(c.score),
    str(c.reason),
    str(c.confidence ? CONFIDENCE_LABEL[c.confidence] : null),
    str((c.evidence ?? []).join("; "), true),
  ];
}
const LEAD = ["Mã", "Thay đổi", "Loại (mã)", "Điểm", "Cách ghép", "Độ tin cậy", "Căn cứ ghép"];
const LEAD_WIDTHS = [6, 16, 16, 7, 10, 9, 30];

/**
 * diff.xlsx, sheets named for the analysts who read them: Tóm tắt (documents, counts per type and
 * level), Chỉ tiêu (targets, values as numbers), Nhiệm vụ (appendix records, old beside new, a changed
 * amount as numbers), Cơ quan (lead agencies old → new), Mục và điều (metadata, numbered items,
 * bullets). One row per change. Every text cell is typed String, so nothing is read as a formula.
 */
export async function diffToXlsx(d: DocumentDiff): Promise<Buffer> {
  const summary: Cell[][] = [
    [bold("Văn bản cũ"), str(documentName(d.old)), str(d.old.issuedOn), str(d.old.path)],
    [bold("Văn bản mới"), str(documentName(d.new)), str(d.new.issuedOn), str(d.new.path)],
    [],
    [bold("Thay đổi"), bold("Mã"), bold("Số mục")],
    ...CHANGE_ORDER.map((t) => [str(CHANGE_LABEL[t]), str(t), num(d.summary.counts[t])]),
    [],
    [bold("Cấp"), bold("Văn bản cũ"), bold("Văn bản mới"), bold("Ghép được")],
    ...Object.entries(d.summary.levels).map(([k, v]) => [
      str(LEVEL_LABEL[k as keyof typeof LEVEL_LABEL]),
      num(v.old),
      num(v.new),
      num(v.matched),
    ]),
  ];
  const of = (...levels: Change["level"][]) => d.changes.filter((c) => levels.includes(c.level));
  // Values are numbers (a range as its two ends), so a sheet can sum and compare them.
  const targets = of("target").map((c) => [
    ...lead(c),
    str(c.target?.indicatorKey),
    str(c.old?.address),
    str(c.old?.text, true),
    num(c.target?.old?.value),
    num(c.target?.old?.valueMax),
    str(c.old?.fields?.unit),
    str(c.old?.fields?.period),
    str(c.new?.address),
    str(c.new?.text, true),
    num(c.target?.new?.value),
    num(c.target?.new?.valueMax),
    str(c.new?.fields?.unit),
    str(c.new?.fields?.period),
    str(c.target?.direction ? DIRECTION_LABEL[c.target.direction] : null),
  ]);
  const side = (s: Change["old"]): Cell[] => [
    str(s?.address),
    str(s?.text, true),
    str(s?.fields?.lead, true),
    str(s?.fields?.partners, true),
    str(s?.fields?.deadline),
    str(s?.fields?.product, true),
    lines(s?.lines),
  ];
  const tasks = of("record").map((c) => {
    const v = c.values?.[0];
    return [
      ...lead(c),
      ...side(c.old),
      ...side(c.new),
      str(c.fields?.flatMap((f) => (f.note ? [f.note] : [])).join("; "), true),
      str(v?.field),
      num(v?.old),
      num(v?.new),
      str(v?.unit),
    ];
  });
  const agencies = reportView(d).agencies.map((m) => [
    str(m.from, true),
    str(m.to, true),
    num(m.count),
    str(m.renamed ? "đổi tên, hợp nhất (2025)" : "giao cơ quan khác"),
    str(m.tasks.join(", "), true),
  ]);
  const sections = of("metadata", "section", "paragraph").map((c) => [
    ...lead(c),
    str(LEVEL_LABEL[c.level]),
    str(c.old?.address),
    str(c.old?.text, true),
    lines(c.old?.lines),
    str(c.new?.address),
    str(c.new?.text, true),
    lines(c.new?.lines),
    str(c.related?.join(", ")),
  ]);
  const taskSide = ["vị trí", "nội dung", "chủ trì", "phối hợp", "thời hạn", "sản phẩm", "dòng"];
  const sheets: WorkbookSheet[] = [
    { name: "Tóm tắt", rows: summary, widths: [24, 30, 14, 40], frozenRows: 0 },
    sheet(
      "Chỉ tiêu",
      [
        ...LEAD,
        "Khóa chỉ tiêu",
        "Cũ: vị trí",
        "Cũ: chỉ tiêu",
        "Cũ: giá trị",
        "Cũ: giá trị đến",
        "Cũ: đơn vị",
        "Cũ: thời kỳ",
        "Mới: vị trí",
        "Mới: chỉ tiêu",
        "Mới: giá trị",
        "Mới: giá trị đến",
        "Mới: đơn vị",
        "Mới: thời kỳ",
        "Hướng",
      ],
      targets,
      [...LEAD_WIDTHS, 24, 12, 40, 10, 10, 10, 14, 12, 40, 10, 10, 10, 14, 10],
    ),
    sheet(
      "Nhiệm vụ",
      [
        ...LEAD,
        ...taskSide.map((h) => `Cũ: ${h}`),
        ...taskSide.map((h) => `Mới: ${h}`),
        "Cơ quan kế thừa",
        "Số liệu",
        "Số liệu cũ",
        "Số liệu mới",
        "Đơn vị",
      ],
      tasks,
      [...LEAD_WIDTHS, 12, 50, 24, 24, 12, 20, 8, 12, 50, 24, 24, 12, 20, 8, 30, 14, 12, 12, 10],
    ),
    sheet(
      "Cơ quan",
      ["Cơ quan chủ trì cũ", "Cơ quan chủ trì mới", "Số nhiệm vụ", "Loại", "Nhiệm vụ"],
      agencies,
      [36, 36, 10, 24, 40],
    ),
    sheet(
      "Mục và điều",
      [
        ...LEAD,
        "Cấp",
        "Cũ: vị trí",
        "Cũ: nội dung",
        "Cũ: dòng",
        "Mới: vị trí",
        "Mới: nội dung",
        "Mới: dòng",
        "Liên quan",
      ],
      sections,
      [...LEAD_WIDTHS, 14, 14, 60, 8, 14, 60, 8, 16],
    ),
  ];
  return workbook(sheets);
}
