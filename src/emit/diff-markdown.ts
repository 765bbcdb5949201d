import type { BlockContent, PhrasingContent, RootContent } from "mdast";
import type { Change, DocumentDiff, WordOp } from "../model/diff.js";
import {
  addressPair,
  CHANGE_LABEL,
  CHANGE_ORDER,
  changeLabels,
  DIRECTION_LABEL,
  documentName,
  FIELD_LABEL,
  isChange,
  LEVEL_LABEL,
} from "./diff-labels.js";
import { changedFields, reportView, TASK_FIELDS, valueLines, type ReportView } from "./diff-report.js";
import { mdTable, para, serialize, text } from "./mdast.js";
import { COMPARATOR_SIGN } from "../text/comparators.js";
import { formatNumber } from "../text/target-text.js";

/** Deleted words struck through, inserted words in bold, the rest as printed. */
function words(ops: WordOp[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const o of ops) {
    if (o.op === "equal") {
      out.push(text(o.text));
      continue;
    }
    // The space before a changed run stays outside its mark: "~~ word~~" is not Markdown.
    const lead = /^\s*/.exec(o.text)![0];
    if (lead) out.push(text(" "));
    const inner = [text(o.text.slice(lead.length))];
    out.push(o.op === "delete" ? { type: "delete", children: inner } : { type: "strong", children: inner });
  }
  return out;
}

function targetValue(v: NonNullable<NonNullable<Change["target"]>["old"]>): string {
  const value =
    v.valueMax !== null
      ? `${formatNumber(v.value)}–${formatNumber(v.valueMax)}`
      : `${COMPARATOR_SIGN[v.comparator ?? "eq"]}${formatNumber(v.value)}`;
  const p = v.period;
  const period = p
    ? (p.from !== null && p.to !== null && p.from !== p.to
        ? `${p.from}–${p.to}`
        : `${p.to ?? p.from ?? ""}`) +
      (p.average ? " (bình quân/năm)" : "") +
      (p.recurring ? " (hằng năm)" : "")
    : "";
  return [value, v.unit ?? "", period ? `— ${period}` : ""].filter(Boolean).join(" ");
}

/** One change as a list item: addresses and types, then the text (word diff when reworded), then field changes. */
function item(c: Change): BlockContent[] {
  const head: PhrasingContent[] = [
    { type: "strong", children: [text(addressPair(c))] },
    text(" "),
    {
      type: "emphasis",
      children: [
        text(`(${changeLabels(c)}${c.score !== null && c.score < 1 ? `; ${c.score.toFixed(2)}` : ""})`),
      ],
    },
    text(": "),
  ];
  const body: PhrasingContent[] = c.words ? words(c.words) : [text((c.new ?? c.old)!.text)];
  const out: BlockContent[] = [para([...head, ...body])];
  const details: string[] = [];
  for (const f of c.fields ?? [])
    if (c.level !== "metadata" || f.field !== "subject")
      details.push(
        `${FIELD_LABEL[f.field] ?? f.field}: ${f.old ?? "—"} → ${f.new ?? "—"}${f.note ? ` (${f.note})` : ""}`,
      );
  if (c.target && c.target.old && c.target.new)
    details.push(
      `Giá trị: ${targetValue(c.target.old)} → ${targetValue(c.target.new)} (${DIRECTION_LABEL[c.target.direction ?? "incomparable"]})`,
    );
  details.push(...valueLines(c, formatNumber).map((v) => `Số liệu: ${v}`));
  if (c.related?.length)
    details.push(`${c.types.includes("split") ? "Tách thành / từ" : "Gộp cùng"}: ${c.related.join(", ")}`);
  if (c.old && c.new && c.reason !== "identical" && c.level !== "metadata" && trust(c))
    details.push(`Ghép: ${trust(c)}`);
  if (details.length)
    out.push({
      type: "list",
      spread: false,
      children: details.map((d) => ({ type: "listItem", spread: false, children: [para([text(d)])] })),
    });
  return out;
}

function list(changes: Change[]): RootContent {
  return {
    type: "list",
    spread: false,
    children: changes.map((c) => ({ type: "listItem", spread: false, children: item(c) })),
  };
}

/** The top-level place a change belongs to: "I", "II", "PL I", "Điều 1", or the level's own name. */
function group(c: Change): string {
  const address = (c.new ?? c.old)!.address;
  return address.split(/[./]/)[0]!.trim();
}

/**
 * diff.md: the answer first (changed targets, tasks old → new, tasks on one side only, changed
 * articles, matches to check, agencies), then the counts, then every change section by section.
 */
export function diffToMarkdown(d: DocumentDiff): string {
  const out: RootContent[] = [];
  const changed = d.changes.filter(isChange);
  const view = reportView(d);
  out.push({
    type: "heading",
    depth: 1,
    children: [text(`So sánh ${documentName(d.old)} → ${documentName(d.new)}`)],
  });
  out.push({
    type: "list",
    spread: false,
    children: (["old", "new"] as const).map((side) => {
      const r = d[side];
      return {
        type: "listItem",
        spread: false,
        children: [
          para([
            { type: "strong", children: [text(side === "old" ? "Văn bản cũ:" : "Văn bản mới:")] },
            text(" "),
            text(
              [documentName(r), r.issuedOn ? `ngày ${r.issuedOn}` : "", r.subject ? `— ${r.subject}` : ""]
                .filter(Boolean)
                .join(" "),
            ),
          ]),
        ],
      };
    }),
  });
  out.push(
    para([
      text(
        `${changed.length} thay đổi trên ${d.changes.length} mục so sánh. Mục được ghép theo nội dung, không theo số thứ tự; điểm tương đồng (0–1) đi kèm mỗi cặp ghép không trùng khớp hoàn toàn.`,
      ),
    ]),
  );

  out.push({ type: "heading", depth: 2, children: [text("Chỉ tiêu thay đổi")] });
  const targets = view.targets;
  if (!targets.length) out.push(para([text("Không có chỉ tiêu nào thay đổi.")]));
  else {
    out.push(
      mdTable(
        ["Chỉ tiêu", "Cũ", "Mới", "Thay đổi"],
        targets.map((c) => [
          (c.new ?? c.old)!.text,
          c.target?.old ? `${targetValue(c.target.old)} (${c.old!.address})` : "—",
          c.target?.new ? `${targetValue(c.target.new)} (${c.new!.address})` : "—",
          [
            changeLabels(c),
            c.target?.direction && c.target.direction !== "same" && c.target.old && c.target.new
              ? DIRECTION_LABEL[c.target.direction]
              : "",
          ]
            .filter(Boolean)
            .join("; "),
        ]),
      ),
    );
  }

  out.push(...answer(view));
  out.push({ type: "heading", depth: 2, children: [text("Tóm tắt")] });
  out.push(
    mdTable(
      ["Thay đổi", "Mã", "Số mục"],
      CHANGE_ORDER.filter((t) => d.summary.counts[t]).map((t) => [
        CHANGE_LABEL[t],
        t,
        String(d.summary.counts[t]),
      ]),
    ),
  );
  out.push(
    mdTable(
      ["Cấp", "Văn bản cũ", "Văn bản mới", "Ghép được"],
      Object.entries(d.summary.levels).map(([k, v]) => [
        LEVEL_LABEL[k as keyof typeof LEVEL_LABEL],
        String(v.old),
        String(v.new),
        String(v.matched),
      ]),
    ),
  );

  for (const level of ["metadata", "section", "paragraph", "record", "target"] as const) {
    const all = d.changes.filter((c) => c.level === level);
    if (!all.length) continue;
    out.push({ type: "heading", depth: 2, children: [text(LEVEL_LABEL[level])] });
    const groups = new Map<string, Change[]>();
    for (const c of all) {
      const key = level === "metadata" || level === "target" ? "" : group(c);
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    for (const [name, list_] of groups) {
      if (name) out.push({ type: "heading", depth: 3, children: [text(name)] });
      const shown = list_.filter(isChange);
      if (shown.length) out.push(list(shown));
      const kept = list_.length - shown.length;
      if (kept)
        out.push(
          para([
            {
              type: "emphasis",
              children: [
                text(
                  `Giữ nguyên: ${kept} mục (${list_
                    .filter((c) => !isChange(c))
                    .map((c) => addressPair(c))
                    .join(", ")}).`,
                ),
              ],
            },
          ]),
        );
    }
  }
  return serialize({ type: "root", children: out });
}

const CONFIDENCE_LABEL = { high: "cao", medium: "vừa", low: "thấp" } as const;

/** "thấp — đảo Bạch Long Vĩ; Vịnh Bắc Bộ": how sure a match is and what it rests on. */
function trust(c: Change): string {
  return [c.confidence ? CONFIDENCE_LABEL[c.confidence] : "", (c.evidence ?? []).join("; ")]
    .filter(Boolean)
    .join(" — ");
}

/** A field beside its counterpart: the new value, or "old → **new**" when it changed. */
function fieldCell(c: Change, field: string, changed: Set<string>): PhrasingContent[] {
  const now = c.new?.fields?.[field] ?? null;
  if (!changed.has(field)) return [text(now ?? "")];
  return [text(`${c.old?.fields?.[field] ?? "—"} → `), { type: "strong", children: [text(now ?? "—")] }];
}

/** The report's first screen after the targets: tasks old → new, tasks on one side only, articles, matches to check, agencies. */
function answer(view: ReportView): RootContent[] {
  const out: RootContent[] = [];
  const heading = (t: string): RootContent => ({ type: "heading", depth: 2, children: [text(t)] });
  const none = (t: string): RootContent => para([text(t)]);

  out.push(heading("Nhiệm vụ, dự án: cũ → mới"));
  if (!view.tasks.length) out.push(none("Không có nhiệm vụ, dự án nào ghép được giữa hai văn bản."));
  else
    out.push(
      mdTable(
        ["Vị trí", "Nhiệm vụ", ...TASK_FIELDS.map((f) => FIELD_LABEL[f]!), "Số liệu", "Thay đổi", "Ghép"],
        view.tasks.map((c) => {
          const changed = changedFields(c);
          return [
            addressPair(c),
            clip(c.new!.text),
            ...TASK_FIELDS.map((f) => fieldCell(c, f, changed)),
            valueLines(c, formatNumber).join("; "),
            changeLabels(c),
            trust(c),
          ];
        }),
      ),
    );
  for (const [title, list_, side] of [
    ["Nhiệm vụ, dự án chỉ có trong văn bản cũ", view.onlyOld, "old"],
    ["Nhiệm vụ, dự án chỉ có trong văn bản mới", view.onlyNew, "new"],
  ] as const) {
    out.push(heading(title));
    if (!list_.length) out.push(none("Không có."));
    else
      out.push(
        mdTable(
          ["Vị trí", "Nhiệm vụ", "Chủ trì", "Thời hạn"],
          list_.map((c) => {
            const s = c[side]!;
            return [s.address, clip(s.text), s.fields?.lead ?? "", s.fields?.deadline ?? ""];
          }),
        ),
      );
  }
  if (view.articles.length) {
    out.push(heading("Các điều thay đổi"));
    out.push(
      mdTable(
        ["Điều", "Thay đổi", "Ghép"],
        view.articles.map((c) => [addressPair(c), changeLabels(c), trust(c)]),
      ),
    );
  }
  out.push(heading("Các cặp ghép cần kiểm tra"));
  if (!view.unsure.length) out.push(none("Không có cặp ghép nào có độ tin cậy thấp."));
  else
    out.push(
      mdTable(
        ["Cũ", "Mới", "Điểm", "Cách ghép", "Căn cứ ghép", "Văn bản cũ", "Văn bản mới"],
        view.unsure.map((c) => [
          c.old!.address,
          c.new!.address,
          c.score?.toFixed(2) ?? "",
          c.reason ?? "",
          (c.evidence ?? []).join("; "),
          clip(c.old!.text),
          clip(c.new!.text),
        ]),
      ),
    );
  out.push(heading("Cơ quan chủ trì: cũ → mới"));
  if (!view.agencies.length) out.push(none("Không nhiệm vụ nào đổi cơ quan chủ trì."));
  else
    out.push(
      mdTable(
        ["Cơ quan cũ", "Cơ quan mới", "Số nhiệm vụ", "Loại", "Nhiệm vụ"],
        view.agencies.map((m) => [
          m.from,
          m.to,
          `× ${m.count}`,
          m.renamed ? "đổi tên, hợp nhất (2025)" : "giao cơ quan khác",
          m.tasks.join(", "),
        ]),
      ),
    );
  return out;
}

function clip(s: string): string {
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}
