import type { Change, DiffSide, DocumentDiff, WordOp } from "../model/diff.js";
import {
  addressPair,
  CHANGE_LABEL,
  CHANGE_ORDER,
  changeLabels,
  DIRECTION_LABEL,
  documentName,
  FIELD_LABEL,
  LEVEL_LABEL,
} from "./diff-labels.js";
import { changedFields, reportView, TASK_FIELDS, valueLines, type ReportView } from "./diff-report.js";
import { formatNumber } from "../text/target-text.js";

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One side of a word diff: the equal runs and that side's own changed runs, marked. */
function side(ops: WordOp[], which: "old" | "new"): string {
  return ops
    .filter((o) => o.op === "equal" || o.op === (which === "old" ? "delete" : "insert"))
    .map((o) =>
      o.op === "equal"
        ? esc(o.text)
        : which === "old"
          ? `<del>${esc(o.text)}</del>`
          : `<ins>${esc(o.text)}</ins>`,
    )
    .join("");
}

const CONFIDENCE_LABEL = { high: "cao", medium: "vừa", low: "thấp" } as const;

function trust(c: Change): string {
  const level = c.confidence
    ? `<span class="conf c-${c.confidence}">${CONFIDENCE_LABEL[c.confidence]}</span>`
    : "";
  const evidence = (c.evidence ?? []).map((e) => `<span class="ev">${esc(e)}</span>`).join(" ");
  return [level, evidence].filter(Boolean).join(" ");
}

function table(id: string, title: string, head: string[], rows: string[][], empty: string): string {
  const body = rows.length
    ? `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n")}
</tbody></table>`
    : `<p>${esc(empty)}</p>`;
  return `<section id="${id}">\n<h2>${esc(title)}</h2>\n${body}\n</section>`;
}

const link = (c: Change, text: string) => `<a href="#c-${esc(c.id)}">${esc(text)}</a>`;

/** A field beside its counterpart: the new value, or the old struck and the new marked when it changed. */
function fieldCell(c: Change, field: string, changed: Set<string>): string {
  const now = c.new?.fields?.[field] ?? null;
  if (!changed.has(field)) return esc(now ?? "");
  const note = c.fields?.find((f) => f.field === field)?.note;
  return `<del>${esc(c.old?.fields?.[field] ?? "—")}</del> <ins${note ? ` title="${esc(note)}"` : ""}>${esc(now ?? "—")}</ins>`;
}

function targetCell(c: Change, which: "old" | "new"): string {
  const f = c[which]?.fields;
  return f ? esc([f.value, f.unit, f.period ? `— ${f.period}` : ""].filter(Boolean).join(" ")) : "—";
}

/** The answer, in diff.md's order: targets, tasks old → new, one side only, articles, matches to check, agencies. */
function answer(view: ReportView): string {
  const parts: string[] = [];
  parts.push(
    table(
      "targets",
      "Chỉ tiêu thay đổi",
      ["Chỉ tiêu", "Cũ", "Mới", "Thay đổi"],
      view.targets.map((c) => [
        link(c, (c.new ?? c.old)!.text),
        targetCell(c, "old"),
        targetCell(c, "new"),
        esc(
          [
            changeLabels(c),
            c.target?.direction && c.target.direction !== "same" && c.target.old && c.target.new
              ? DIRECTION_LABEL[c.target.direction]
              : "",
          ]
            .filter(Boolean)
            .join("; "),
        ),
      ]),
      "Không có chỉ tiêu nào thay đổi.",
    ),
  );
  parts.push(
    table(
      "tasks",
      "Nhiệm vụ, dự án: cũ → mới",
      ["Vị trí", "Nhiệm vụ", ...TASK_FIELDS.map((f) => FIELD_LABEL[f]!), "Số liệu", "Thay đổi", "Ghép"],
      view.tasks.map((c) => {
        const changed = changedFields(c);
        return [
          link(c, addressPair(c)),
          esc(c.new!.text),
          ...TASK_FIELDS.map((f) => fieldCell(c, f, changed)),
          esc(valueLines(c, formatNumber).join("; ")),
          badges(c),
          trust(c),
        ];
      }),
      "Không có nhiệm vụ, dự án nào ghép được giữa hai văn bản.",
    ),
  );
  for (const [id, title, list, side] of [
    ["only-old", "Nhiệm vụ, dự án chỉ có trong văn bản cũ", view.onlyOld, "old"],
    ["only-new", "Nhiệm vụ, dự án chỉ có trong văn bản mới", view.onlyNew, "new"],
  ] as const)
    parts.push(
      table(
        id,
        title,
        ["Vị trí", "Nhiệm vụ", "Chủ trì", "Thời hạn"],
        list.map((c) => {
          const s = c[side]!;
          return [link(c, s.address), esc(s.text), esc(s.fields?.lead ?? ""), esc(s.fields?.deadline ?? "")];
        }),
        "Không có.",
      ),
    );
  if (view.articles.length)
    parts.push(
      table(
        "articles",
        "Các điều thay đổi",
        ["Điều", "Thay đổi", "Ghép"],
        view.articles.map((c) => [link(c, addressPair(c)), badges(c), trust(c)]),
        "",
      ),
    );
  parts.push(
    table(
      "unsure",
      "Các cặp ghép cần kiểm tra",
      ["Cũ", "Mới", "Điểm", "Cách ghép", "Căn cứ ghép", "Văn bản cũ", "Văn bản mới"],
      view.unsure.map((c) => [
        link(c, c.old!.address),
        esc(c.new!.address),
        esc(c.score?.toFixed(2) ?? ""),
        esc(c.reason ?? ""),
        trust(c),
        esc(c.old!.text),
        esc(c.new!.text),
      ]),
      "Không có cặp ghép nào có độ tin cậy thấp.",
    ),
  );
  parts.push(
    table(
      "agencies",
      "Cơ quan chủ trì: cũ → mới",
      ["Cơ quan cũ", "Cơ quan mới", "Số nhiệm vụ", "Loại", "Nhiệm vụ"],
      view.agencies.map((m) => [
        esc(m.from),
        esc(m.to),
        `× ${m.count}`,
        m.renamed ? "đổi tên, hợp nhất (2025)" : "giao cơ quan khác",
        esc(m.tasks.join(", ")),
      ]),
      "Không nhiệm vụ nào đổi cơ quan chủ trì.",
    ),
  );
  return parts.join("\n");
}

const anchor = (which: "old" | "new", c: Change, s: DiffSide) => `${which}-${c.level}-${s.id}`;

function badges(c: Change): string {
  return c.types.map((t) => `<span class="badge t-${t}">${esc(CHANGE_LABEL[t])}</span>`).join(" ");
}

function card(c: Change): string {
  const links = [
    c.old
      ? `<a href="#${esc(anchor("old", c, c.old))}">văn bản cũ${c.old.lines.length ? `, dòng ${c.old.lines[0]}` : ""}</a>`
      : "",
    c.new
      ? `<a href="#${esc(anchor("new", c, c.new))}">văn bản mới${c.new.lines.length ? `, dòng ${c.new.lines[0]}` : ""}</a>`
      : "",
  ]
    .filter(Boolean)
    .join(" · ");
  const oldText = c.old ? (c.words ? side(c.words, "old") : esc(c.old.text)) : "";
  const newText = c.new ? (c.words ? side(c.words, "new") : esc(c.new.text)) : "";
  const facts: string[] = [];
  for (const f of c.fields ?? [])
    if (f.field !== "subject")
      facts.push(
        `<tr><th>${esc(FIELD_LABEL[f.field] ?? f.field)}</th><td><del>${esc(f.old ?? "—")}</del></td><td><ins>${esc(f.new ?? "—")}</ins>${f.note ? ` <small>${esc(f.note)}</small>` : ""}</td></tr>`,
      );
  if (c.target?.old && c.target.new)
    facts.push(
      `<tr><th>Giá trị</th><td>${esc(c.old?.fields?.value ?? "")} ${esc(c.old?.fields?.unit ?? "")} ${esc(c.old?.fields?.period ?? "")}</td><td>${esc(c.new?.fields?.value ?? "")} ${esc(c.new?.fields?.unit ?? "")} ${esc(c.new?.fields?.period ?? "")} (${esc(DIRECTION_LABEL[c.target.direction ?? "incomparable"]!)})</td></tr>`,
    );
  for (const v of c.values ?? [])
    facts.push(
      `<tr><th>${esc(v.field)}</th><td><del>${esc(formatNumber(v.old))}</del></td><td><ins>${esc(formatNumber(v.new))}</ins> ${esc(v.unit ?? "")}</td></tr>`,
    );
  if (c.old && c.new && c.reason !== "identical" && c.level !== "metadata" && trust(c))
    facts.push(`<tr><th>Ghép</th><td colspan="2">${trust(c)}</td></tr>`);
  if (c.related?.length)
    facts.push(
      `<tr><th>${c.types.includes("merged") ? "Gộp cùng" : "Tách"}</th><td colspan="2">${esc(c.related.join(", "))}</td></tr>`,
    );
  return `<article class="change" id="c-${esc(c.id)}" data-types="${c.types.join(" ")}" data-level="${c.level}">
<header><span class="id">${esc(c.id)}</span> <span class="addr">${esc(addressPair(c))}</span> ${badges(c)}${c.score !== null && c.score < 1 ? ` <span class="score" title="độ tương đồng">${c.score.toFixed(2)}</span>` : ""} <span class="links">${links}</span></header>
<div class="sides"><div class="old">${oldText}</div><div class="new">${newText}</div></div>${facts.length ? `\n<table class="facts">${facts.join("")}</table>` : ""}
</article>`;
}

/** Both documents item by item, in source order, each item linked back to its change. */
function pane(d: DocumentDiff, which: "old" | "new"): string {
  const items = d.changes.flatMap((c) => {
    const s = c[which];
    return s ? [{ c, s }] : [];
  });
  const order = (l: number[]) => l[0] ?? 0;
  items.sort((a, b) => order(a.s.lines) - order(b.s.lines));
  return items
    .map(
      ({ c, s }) =>
        `<p id="${esc(anchor(which, c, s))}" class="unit ${c.types.map((t) => `t-${t}`).join(" ")}" data-types="${c.types.join(" ")}" data-level="${c.level}"><a class="addr" href="#c-${esc(c.id)}">${esc(s.address)}</a> ${esc(s.text)}</p>`,
    )
    .join("\n");
}

const STYLE = `
body{font:15px/1.5 system-ui,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1b1f24;background:#fafbfc}
header.top,main,section{padding:0 24px}
h1{font-size:22px;margin:16px 0 4px}h2{font-size:18px;margin:24px 0 8px}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}
#filters{position:sticky;top:0;background:#fff;border-bottom:1px solid #d0d7de;padding:8px 24px;z-index:1}
#filters label{margin-right:10px;white-space:nowrap}
.change{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin:10px 0;padding:8px 12px}
.change header{font-size:14px}.addr{font-weight:600}.id{color:#6e7781}.score{color:#6e7781}.links{float:right;font-size:13px}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:12px;margin-top:6px}
.sides>div{padding:6px 8px;border-radius:4px;min-height:1em}.sides .old{background:#fff8f8}.sides .new{background:#f6fff8}
del{background:#ffd7d5;text-decoration:line-through}ins{background:#ccffd8;text-decoration:none}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;background:#eaeef2}
.t-added{background:#ccffd8}.t-removed{background:#ffd7d5}.t-reworded{background:#fff1c2}.t-moved,.t-renumbered{background:#ddf4ff}
.t-leadChanged,.t-partnersChanged,.t-deadlineChanged,.t-productChanged,.t-valueChanged,.t-periodChanged{background:#fbefff}
.facts{margin-top:6px;font-size:13px}
.conf{border-radius:4px;padding:0 5px;font-size:12px}.c-high{background:#dafbe1}.c-medium{background:#fff8c5}.c-low{background:#ffebe9}
.ev{border:1px solid #d0d7de;border-radius:4px;padding:0 4px;font-size:12px;margin-right:2px}
#tasks td,#only-old td,#only-new td,#unsure td{font-size:13px}
#documents .unit{margin:2px 0;padding:2px 6px;border-radius:4px;background:none}
#documents .old .t-removed{background:#ffd7d5}#documents .new .t-added{background:#ccffd8}
#documents .t-reworded{background:#fff8dc}
:target{outline:2px solid #0969da}
article.change,.unit,#changes{scroll-margin-top:96px}
[hidden]{display:none!important}
`;

const SCRIPT = `
const boxes=[...document.querySelectorAll('#filters input[data-type]')];
const level=document.getElementById('level');
function apply(){
  const on=new Set(boxes.filter(b=>b.checked).map(b=>b.dataset.type));
  let n=0;
  for(const el of document.querySelectorAll('article.change')){
    const show=el.dataset.types.split(' ').some(t=>on.has(t))&&(!level.value||el.dataset.level===level.value);
    el.hidden=!show;if(show)n++;
  }
  document.getElementById('shown').textContent=String(n);
}
for(const b of boxes)b.addEventListener('change',apply);
level.addEventListener('change',apply);
for(const b of document.querySelectorAll('button[data-only]'))b.addEventListener('click',()=>{
  for(const x of boxes)x.checked=x.dataset.type===b.dataset.only;apply();
  document.getElementById('changes').scrollIntoView();
});
document.getElementById('all').addEventListener('click',()=>{for(const x of boxes)x.checked=true;level.value='';apply();});
apply();
`;

/**
 * diff.html: one self-contained file (inline style and script, no network): the answer first, in
 * diff.md's order (changed targets, tasks old → new side by side, tasks on one side only, changed
 * articles, matches to check, agencies), then the counts, filters by change type and level, every
 * change with both sides and word-level highlights, and both documents item by item, linked to and
 * from the changes.
 */
export function diffToHtml(d: DocumentDiff): string {
  const title = `So sánh ${documentName(d.old)} → ${documentName(d.new)}`;
  const present = CHANGE_ORDER.filter((t) => d.summary.counts[t]);
  const rows = present
    .map(
      (t) =>
        `<tr><td><span class="badge t-${t}">${esc(CHANGE_LABEL[t])}</span></td><td><code>${t}</code></td><td class="n">${d.summary.counts[t]}</td><td><button type="button" data-only="${t}">chỉ xem</button></td></tr>`,
    )
    .join("\n");
  const levels = Object.entries(d.summary.levels)
    .map(
      ([k, v]) =>
        `<tr><td>${esc(LEVEL_LABEL[k as keyof typeof LEVEL_LABEL])}</td><td>${v.old}</td><td>${v.new}</td><td>${v.matched}</td></tr>`,
    )
    .join("\n");
  const boxes = present
    .map(
      (t) =>
        `<label><input type="checkbox" data-type="${t}"${t === "unchanged" ? "" : " checked"}> ${esc(CHANGE_LABEL[t])} (${d.summary.counts[t]})</label>`,
    )
    .join("\n");
  const levelOptions = Object.entries(LEVEL_LABEL)
    .map(([k, v]) => `<option value="${k}">${esc(v)}</option>`)
    .join("");
  const ref = (r: DocumentDiff["old"]) =>
    esc(
      [documentName(r), r.issuedOn ? `ngày ${r.issuedOn}` : "", r.subject ? `— ${r.subject}` : ""]
        .filter(Boolean)
        .join(" "),
    );
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top">
<h1>${esc(title)}</h1>
<p><strong>Văn bản cũ:</strong> ${ref(d.old)}<br><strong>Văn bản mới:</strong> ${ref(d.new)}</p>
</header>
<main>
${answer(reportView(d))}
<section id="summary">
<h2>Tóm tắt</h2>
<table><thead><tr><th>Thay đổi</th><th>Mã</th><th>Số mục</th><th></th></tr></thead><tbody>
${rows}
</tbody></table>
<p></p>
<table><thead><tr><th>Cấp</th><th>Văn bản cũ</th><th>Văn bản mới</th><th>Ghép được</th></tr></thead><tbody>
${levels}
</tbody></table>
</section>
<form id="filters" onsubmit="return false">
${boxes}
<label>Cấp <select id="level"><option value="">tất cả</option>${levelOptions}</select></label>
<button type="button" id="all">hiện tất cả</button>
<span>Đang hiện <strong id="shown">${d.changes.length}</strong> / ${d.changes.length}</span>
</form>
<section id="changes">
<h2>Thay đổi</h2>
${d.changes.map(card).join("\n")}
</section>
<section id="documents">
<h2>Hai văn bản, từng mục</h2>
<div class="sides"><div class="old"><h3>${esc(documentName(d.old))}</h3>
${pane(d, "old")}
</div><div class="new"><h3>${esc(documentName(d.new))}</h3>
${pane(d, "new")}
</div></div>
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
