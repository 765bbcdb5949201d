import type { BlockContent, FootnoteDefinition, List, PhrasingContent, RootContent, Table } from "mdast";
import { mdTable, para, serialize, text } from "./mdast.js";
import type { LegalDocument } from "../model/document.js";
import type { LegalNode } from "../model/node.js";
import type { Table as TypedTable } from "../model/table.js";
import { gridLines, headerLabels } from "./table-grid.js";
import { EVALUATION_LABEL } from "../text/evaluation.js";
import { formatPeriod, formatValue } from "../text/target-text.js";

/**
 * document.md: the document as a person reads it, built as mdast and serialised by
 * mdast-util-to-markdown (escaping is its job: a paragraph starting "1." is not turned into a list).
 */
export function toMarkdownDocument(doc: LegalDocument): string {
  const children: RootContent[] = [];
  const footnotes: FootnoteDefinition[] = [];
  children.push(...documentHead(doc.metadata, doc.status, doc.source.path));
  tablesByNode = new Map(
    [...doc.appendices.flatMap((a) => a.tables), ...doc.tables].map((t) => [t.nodeId, t]),
  );
  const included = new Map((doc.includedDocuments ?? []).map((d) => [d.nodeId, d.metadata]));
  for (const node of doc.body.children) {
    if (node.type === "header") continue;
    const metadata = included.get(node.id);
    if (!metadata) {
      render(node, 2, children, footnotes);
      continue;
    }
    // A further document of the file: its own title and facts, then its text.
    children.push(...documentHead(metadata, null, node.id));
    for (const child of node.children) if (child.type !== "header") render(child, 2, children, footnotes);
  }
  if (doc.targets.length) {
    children.push({ type: "heading", depth: 2, children: [text("Chỉ tiêu")] });
    const rows = doc.targets.map((t) => [
      t.indicator,
      formatPeriod(t.period),
      formatValue(t),
      t.unit ?? "",
      t.achieved?.raw ?? "",
      t.evaluation ? EVALUATION_LABEL[t.evaluation]! : "",
      t.source.recordId ?? t.source.nodeId,
    ]);
    children.push(
      mdTable(["Chỉ tiêu", "Giai đoạn", "Giá trị", "Đơn vị", "Thực hiện", "Đánh giá", "Nguồn"], rows),
    );
  }
  children.push(...footnotes);
  return serialize({ type: "root", children });
}

/** A document's title (tên loại and số), its trích yếu and its facts. */
function documentHead(m: LegalDocument["metadata"], status: string | null, fallback: string): RootContent[] {
  const out: RootContent[] = [];
  const heading = [m.documentType, m.documentNumber].filter(Boolean).join(" ") || fallback;
  out.push({ type: "heading", depth: 1, children: [text(heading)] });
  if (m.subject) out.push(para([{ type: "emphasis", children: [text(m.subject)] }]));
  const facts = [
    ["Cơ quan ban hành", m.issuer],
    // A place with no date (a draft's "ngày … tháng 12") is no date.
    m.issuedOn
      ? ["Ngày ban hành", [m.place, m.issuedOn].filter(Boolean).join(", ")]
      : ["Nơi ban hành", m.place],
    ["Kính gửi", m.addressees.join("; ")],
    ["Độ khẩn", m.urgency],
    ["Trạng thái", status],
  ].filter((f): f is [string, string] => !!f[1]);
  if (facts.length)
    out.push({
      type: "list",
      spread: false,
      children: facts.map(([k, v]) => ({
        type: "listItem",
        spread: false,
        children: [para([{ type: "strong", children: [text(`${k}:`)] }, text(` ${v}`)])],
      })),
    });
  return out;
}

/** Text with footnote references put back where their markers stood. */
function withRefs(value: string, node: LegalNode, field: "text" | "title" = "text"): PhrasingContent[] {
  const refs = (node.data?.footnoteRefs ?? []).filter((r) => (r.field ?? "text") === field);
  if (!refs.length) return [text(value)];
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const r of [...refs].sort((a, b) => a.offset - b.offset)) {
    const at = Math.min(r.offset, value.length);
    if (at > last) out.push(text(value.slice(last, at)));
    out.push({ type: "footnoteReference", identifier: r.label, label: r.label });
    last = at;
  }
  if (last < value.length) out.push(text(value.slice(last)));
  return out;
}

let tablesByNode = new Map<string, TypedTable>();

/** Lists made of bullet nodes, with the bullet they hold ("-" or "+"). */
const bulletLists = new WeakMap<List, string | null>();

function render(node: LegalNode, depth: number, out: RootContent[], footnotes: FootnoteDefinition[]): void {
  const label = node.label ? `${node.label} ` : "";
  switch (node.type) {
    case "pageBreak":
      return;
    case "footnote":
      footnotes.push({
        type: "footnoteDefinition",
        identifier: node.label ?? node.id,
        label: node.label ?? node.id,
        children: [para([text(node.text ?? "")])],
      });
      return;
    case "table": {
      const typed = tablesByNode.get(node.id);
      if (typed) out.push(...recordsTable(typed));
      else out.push(table(node));
      return;
    }
    case "recipients":
      out.push(para([{ type: "strong", children: [text("Nơi nhận:")] }]));
      out.push({
        type: "list",
        spread: false,
        children: node.children.map((c) => ({
          type: "listItem",
          spread: false,
          children: [para([text(c.text ?? "")])],
        })),
      });
      return;
    case "signature":
      out.push(
        para(
          (node.text ?? "")
            .split("\n")
            .flatMap((l, i) => (i ? [{ type: "break" } as PhrasingContent, text(l)] : [text(l)])),
        ),
      );
      return;
    case "caption":
      out.push(para([{ type: "emphasis", children: [text(node.text ?? "")] }]));
      return;
    case "bullet": {
      const item = {
        type: "listItem" as const,
        spread: false,
        children: [
          para(withRefs(node.text ?? node.title ?? "", node)),
          ...renderChildren(node, depth, footnotes),
        ],
      };
      // Consecutive bullets are one list, as printed.
      const last = out[out.length - 1];
      if (last?.type === "list" && bulletLists.get(last) === node.label) last.children.push(item);
      else {
        const list: List = { type: "list", spread: false, children: [item] };
        bulletLists.set(list, node.label);
        out.push(list);
      }
      return;
    }
    case "paragraph":
    case "unassigned":
      out.push(para(withRefs(node.text ?? "", node)));
      return;
  }
  if (
    node.title !== null ||
    node.type === "appendix" ||
    node.type === "attachment" ||
    node.type === "preamble"
  ) {
    const title = node.title ?? (node.type === "preamble" ? "" : "");
    const headingText = `${label}${title}`.trim();
    if (headingText)
      out.push({
        type: "heading",
        depth: Math.min(6, depth) as 1 | 2 | 3 | 4 | 5 | 6,
        children: [text(label), ...withRefs(title, node, "title")],
      });
    if (node.text) out.push(para(withRefs(node.text, node)));
  } else {
    // Footnote offsets count in the node's own text, so the space after the label stands apart; a
    // node with no text of its own ("Chương I" over its articles) prints the label alone.
    // A marker at the text's start was printed on the label ("18.²"): it stays there.
    const own = node.text ? withRefs(node.text, node) : [];
    const lead = own.findIndex((p) => p.type !== "footnoteReference");
    const at = lead < 0 ? own.length : lead;
    const body = own.length ? [...own.slice(0, at), text(" "), ...own.slice(at)] : [];
    out.push(para([{ type: "strong", children: [text(label.trim())] }, ...body]));
  }
  out.push(...renderChildren(node, depth + 1, footnotes));
}

function renderChildren(node: LegalNode, depth: number, footnotes: FootnoteDefinition[]): BlockContent[] {
  const out: RootContent[] = [];
  for (const c of node.children) render(c, depth, out, footnotes);
  // render() only produces block content (headings, paragraphs, lists, tables).
  return out as BlockContent[];
}

/** The typed table: printed header, group rows in bold where they stood, records, then raw fragments. */
function recordsTable(t: TypedTable): BlockContent[] {
  const header = headerLabels(t);
  const rows: string[][] = [header];
  const bold = new Set<number>();
  for (const line of gridLines(t)) {
    if (line.kind === "group") {
      bold.add(rows.length);
      rows.push(header.map((_, i) => (i === 0 ? line.title : "")));
    } else rows.push(line.cells);
  }
  const out: BlockContent[] = [
    {
      type: "table",
      children: rows.map((r, i) => ({
        type: "tableRow",
        children: r.map((c) => ({
          type: "tableCell",
          children: c && bold.has(i) ? [{ type: "strong", children: [text(c)] }] : [text(c)],
        })),
      })),
    },
  ];
  for (const f of t.fragments) {
    out.push(
      para([
        {
          type: "emphasis",
          children: [
            text(`Không xếp được vào bảng (${f.reason}), dòng ${f.lines[0]}–${f.lines[f.lines.length - 1]}:`),
          ],
        },
      ]),
    );
    out.push(table({ data: { rows: f.rows } } as LegalNode));
  }
  return out;
}

function table(node: LegalNode): Table {
  const rows = node.data?.rows ?? [];
  const width = Math.max(1, ...rows.map((r) => r.length));
  return {
    type: "table",
    children: rows.map((r) => ({
      type: "tableRow",
      children: Array.from({ length: width }, (_, i) => ({
        type: "tableCell",
        children: [text(r[i] ?? "")],
      })),
    })),
  };
}
