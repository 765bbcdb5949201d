import { workbook } from "./workbook.js";
import type { Change, DocumentDiff } from "../model/diff.js";
import {
  CHANGE_LABEL,
  CHANGE_ORDER,
  changeLabels,
  DIRECTION_LABEL,
  documentName,
  LEVEL_LABEL,
} from "./diff-labels.js";

type Cell = {
  value: string | number;
  type: typeof String | typeof Number;
  fontWeight?: "bold";
  wrap?: boolean;
} | null;

const str = (s: string | null | undefined, wrap = false): Cell =>
  s ? { value: s, type: String, ...(wrap ? { wrap } : {}) } : null;
const num = (n: number | null | undefined): Cell =>
  n === null || n === undefined ? null : { value: n, type: Number };
const bold = (s: string): Cell => ({ value: s, type: String, fontWeight: "bold", wrap: true });
const lines = (l: number[] | undefined): Cell =>
  str(l?.length ? (l.length > 1 ? `${l[0]}–${l.at(-1)}` : `${l[0]}`) : null);

function sheet(name: string, header: string[], rows: Cell[][], widths: number[]) {
  return {
    sheet: name,
    data: [header.map(bold), ...rows],
    columns: widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  };
}

/** The columns every change sheet starts with: id, types (readable and codes), score, how it was matched. */
function lead(c: Change): Cell[] {
  return [str(c.id), str(changeLabels(c), true), str(c.types.join(",")), num(c.score), str(c.reason)];
}
const LEAD = ["Mã", "Thay đổi", "Loại (mã)", "Điểm", "Cách ghép"];

/**
 * diff.xlsx: Summary (documents, counts per type and level), Targets, Tasks (appendix records) and
 * Sections (metadata, numbered items, bullets); one row per change, the old side beside the new.
 * Every text cell is typed String, so nothing is read as a formula.
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
  const targets = of("target").map((c) => [
    ...lead(c),
    str(c.target?.indicatorKey),
    str(c.old?.address),
    str(c.old?.text, true),
    str(c.old?.fields?.value),
    str(c.old?.fields?.unit),
    str(c.old?.fields?.period),
    str(c.new?.address),
    str(c.new?.text, true),
    str(c.new?.fields?.value),
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
  const tasks = of("record").map((c) => [...lead(c), ...side(c.old), ...side(c.new)]);
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
  const sheets = [
    {
      sheet: "Summary",
      data: summary,
      columns: [24, 30, 14, 40].map((width) => ({ width })),
      stickyRowsCount: 0,
    },
    sheet(
      "Targets",
      [
        ...LEAD,
        "Khóa chỉ tiêu",
        "Cũ: vị trí",
        "Cũ: chỉ tiêu",
        "Cũ: giá trị",
        "Cũ: đơn vị",
        "Cũ: thời kỳ",
        "Mới: vị trí",
        "Mới: chỉ tiêu",
        "Mới: giá trị",
        "Mới: đơn vị",
        "Mới: thời kỳ",
        "Hướng",
      ],
      targets,
      [6, 16, 16, 7, 10, 24, 12, 40, 12, 10, 14, 12, 40, 12, 10, 14, 10],
    ),
    sheet(
      "Tasks",
      [...LEAD, ...taskSide.map((h) => `Cũ: ${h}`), ...taskSide.map((h) => `Mới: ${h}`)],
      tasks,
      [6, 16, 16, 7, 10, 12, 50, 24, 24, 12, 20, 8, 12, 50, 24, 24, 12, 20, 8],
    ),
    sheet(
      "Sections",
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
      [6, 16, 16, 7, 10, 14, 14, 60, 8, 14, 60, 8, 16],
    ),
  ];
  return workbook(sheets);
}
