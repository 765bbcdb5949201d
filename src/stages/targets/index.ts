import { z } from "zod";
import type { LegalNode } from "../../model/node.js";
import type { Table } from "../../model/table.js";
import type { Period, Target } from "../../model/target.js";
import type { Stage } from "../../model/stage.js";
import { foldKey, foldStart } from "../../text/fold.js";
import { indicatorKey } from "../../text/indicator-key.js";
import { averagedOver, parsePeriod } from "../../text/periods.js";
import { normalizeUnit } from "../../text/units.js";
import { clausesOf, targetsInClause } from "./clauses.js";
import { targetsInTable } from "./from-tables.js";

export const TargetsOptions = z.object({});
export type TargetsOptions = z.infer<typeof TargetsOptions>;

export interface TargetsInput {
  body: LegalNode;
  tables: Table[];
}

/** Headings that announce targets; results sections ("Kết quả thực hiện các chỉ tiêu") report, not set. */
const TARGET_HEADING = /\b(chi tieu|muc tieu)\b/;
const RESULTS_HEADING = /\b(ket qua|thuc hien cac chi tieu|ve thuc hien|danh gia)\b/;
/** A heading over tasks and solutions as well ("Quan điểm, mục tiêu, nhiệm vụ, giải pháp") is too broad to scope targets. */
const BROAD_HEADING = /\b(nhiem vu|giai phap)\b/;
const TARGET_LEAD = /^(-\s*)?(mot so |cac )?chi tieu (cu the|chu yeu)\b/;

/**
 * targets: quantitative targets (chỉ tiêu) from the text under target headings — bullets, "(1) …
 * (35)" lists, packed sentences with several targets each — and from indicator tables. Each carries
 * its period as a reader takes it (the clause, else the heading above: "a) Giai đoạn từ nay đến năm
 * 2025:"), its unit normalised and a key shared across documents.
 */
export const targetsStage: Stage<TargetsInput, Target[], TargetsOptions> = {
  id: "targets",
  version: "1.0.0",
  options: TargetsOptions,
  run({ body, tables }) {
    const out: Target[] = [];
    const visit = (node: LegalNode, inScope: boolean, excluded: boolean, context: Period | null) => {
      const heading = foldKey(
        [node.title, node.type === "appendix" ? node.text : null].filter(Boolean).join(" "),
      );
      const results = excluded || RESULTS_HEADING.test(heading);
      const announces = TARGET_HEADING.test(heading) && !BROAD_HEADING.test(heading);
      const scope = !results && (inScope || announces || TARGET_LEAD.test(foldStart(node.text ?? "")));
      const own = node.title ? parsePeriod(node.title) : null;
      const period = own ?? context;
      if (scope && node.type !== "table" && node.type !== "footnote") out.push(...fromNode(node, period));
      for (const child of node.children) visit(child, scope, results, period);
    };
    visit(body, false, false, null);
    for (const table of tables) out.push(...targetsInTable(table));
    return out;
  },
};

function fromNode(node: LegalNode, context: Period | null): Target[] {
  const text = [node.title, node.text].filter(Boolean).join(": ");
  if (!text || !/\d/.test(text)) return [];
  const out: Target[] = [];
  let itemPeriod: Period | null = null;
  let parentKey: string | null = null;
  // A lead-in ending in ":" ("Phấn đấu đến năm 2030:") sets the period of what follows it.
  const lead = /^([^:]{0,80}):/.exec(text);
  const leadPeriod = lead ? parsePeriod(lead[1]!) : null;
  for (const { text: clause, detail } of clausesOf(text)) {
    for (const t of targetsInClause(clause, detail)) {
      // "so với năm 2020" is the basis, not the period.
      const words = t.clause.replace(/so với\s+[^,;.]+/giu, " ");
      const own = parsePeriod(words);
      const period: Period | null = own ?? (detail ? itemPeriod : null) ?? leadPeriod ?? context;
      const key = indicatorKey(t.indicator);
      if (!detail) {
        itemPeriod = period;
        parentKey = key;
      }
      const basis = /so với\s+([^,;.]+)/iu.exec(t.clause);
      out.push({
        id: `${node.id}/t${out.length + 1}`,
        indicator: t.indicator,
        indicatorKey: detail && parentKey ? `${parentKey} / ${key}` : key,
        comparator: t.comparator,
        value: t.value,
        valueMax: t.valueMax,
        stretch: t.stretch,
        unit: t.unitRaw ? normalizeUnit(t.unitRaw) : null,
        unitRaw: t.unitRaw,
        period: averagedOver(
          period,
          (t.unitRaw !== null && /\/\s*năm$/u.test(t.unitRaw)) || /bình quân/iu.test(t.clause),
        ),
        basis: basis ? `so với ${basis[1]!.trim()}` : null,
        achieved: null,
        evaluation: null,
        raw: t.raw,
        source: { kind: "text", nodeId: node.id, recordId: null, lines: node.lines },
      });
    }
  }
  return out;
}
