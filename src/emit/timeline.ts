import { type WorkbookCell as Cell, type WorkbookSheet, workbook } from "./workbook.js";
import type { TargetTimeline, TimelineRow } from "../model/timeline.js";
import type { RootContent } from "mdast";
import { mdTable, para, serialize, text } from "./mdast.js";
import { EVALUATION_LABEL } from "../text/evaluation.js";
import { formatPeriod, formatValue } from "../text/target-text.js";

const HEADER = [
  "Chỉ tiêu (key)",
  "Văn bản",
  "Ngày",
  "Chỉ tiêu (như in)",
  "Giai đoạn",
  "So sánh",
  "Giá trị",
  "Đến",
  "Phấn đấu",
  "Đơn vị",
  "Thực hiện",
  "Đánh giá",
];

/**
 * targets.md: the indicators found in two documents or more first, each as a table of its timeline.
 * Built as mdast like every Markdown output: a document's text (an indicator's label) is escaped.
 */
export function timelineToMarkdown(t: TargetTimeline): string {
  const shared = t.indicators.filter((i) => i.documentCount >= 2);
  const children: RootContent[] = [
    { type: "heading", depth: 1, children: [text("Chỉ tiêu qua các văn bản")] },
    para([
      text(
        `${t.documents.length} văn bản, ${t.indicators.length} chỉ tiêu, ${shared.length} chỉ tiêu có trong từ hai văn bản trở lên.`,
      ),
    ]),
    mdTable(
      ["Văn bản", "Ngày", "Số chỉ tiêu"],
      t.documents.map((d) => [d.document, d.issuedOn ?? "", String(d.targets)]),
    ),
  ];
  for (const i of [...shared, ...t.indicators.filter((x) => x.documentCount < 2)]) {
    children.push(
      { type: "heading", depth: 2, children: [text(i.label)] },
      para([{ type: "inlineCode", value: i.indicatorKey }, text(` — ${i.documentCount} văn bản`)]),
      mdTable(
        ["Văn bản", "Ngày", "Giai đoạn", "Giá trị", "Đơn vị", "Thực hiện", "Đánh giá"],
        i.rows.map((r) => [
          r.document,
          r.issuedOn ?? "",
          formatPeriod(r.period),
          formatValue(r),
          r.unit ?? "",
          r.achieved === null ? "" : String(r.achieved).replace(".", ","),
          r.evaluation ? EVALUATION_LABEL[r.evaluation]! : "",
        ]),
      ),
    );
  }
  return serialize({ type: "root", children });
}

function rowCells(key: string, r: TimelineRow): Cell[] {
  const num = (n: number | null): Cell => (n === null ? null : { value: n });
  const str = (s: string | null): Cell => (s ? { value: s } : null);
  return [
    str(key),
    str(r.document),
    str(r.issuedOn),
    { value: r.indicator, wrap: true },
    str(formatPeriod(r.period)),
    str(r.comparator),
    num(r.value),
    num(r.valueMax),
    num(r.stretch),
    str(r.unit),
    num(r.achieved),
    str(r.evaluation ? EVALUATION_LABEL[r.evaluation]! : null),
  ];
}

/** targets.xlsx: sheet "Tất cả" with every row, then one sheet per indicator found in two documents or more. */
export async function timelineToXlsx(t: TargetTimeline): Promise<Buffer> {
  const header: Cell[] = HEADER.map((h) => ({ value: h, bold: true }));
  const widths = [28, 14, 11, 50, 16, 8, 10, 10, 10, 12, 10, 10];
  const all = [header, ...t.indicators.flatMap((i) => i.rows.map((r) => rowCells(i.indicatorKey, r)))];
  const sheets: WorkbookSheet[] = [{ rows: all, name: "Tất cả", widths, frozenRows: 1 }];
  const taken = new Set(["tất cả"]);
  for (const i of t.indicators.filter((x) => x.documentCount >= 2)) {
    const base =
      i.indicatorKey
        .replace(/[[\]:*?/\\]/g, " ")
        .slice(0, 28)
        .trim() || "chỉ tiêu";
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 26)}~${n}`;
    taken.add(name.toLowerCase());
    sheets.push({
      rows: [header, ...i.rows.map((r) => rowCells(i.indicatorKey, r))],
      name,
      widths,
      frozenRows: 1,
    });
  }
  return workbook(sheets);
}
