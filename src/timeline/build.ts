import { basename } from "node:path";
import type { LegalDocument } from "../model/document.js";
import { SCHEMA_VERSION } from "../model/document.js";
import type { TargetTimeline, TimelineRow } from "../model/timeline.js";
import { byCodePoint } from "../text/order.js";

/**
 * Lines the same indicator up across documents: every target grouped by `indicatorKey`, rows ordered
 * by the document's date (undated documents last), then by period and document order.
 */
export function buildTimeline(docs: LegalDocument[]): TargetTimeline {
  // One document given in several formats (its text, DOCX and PDF) counts once: the first given.
  const seen = new Set<string>();
  const unique = docs.filter((doc) => {
    const { documentNumber, issuedOn } = doc.metadata;
    if (!documentNumber) return true;
    const key = `${documentNumber}|${issuedOn ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const named = unique.map((doc) => ({
    doc,
    name: doc.metadata.documentNumber ?? basename(doc.source.path),
  }));
  const ordered = [...named].sort(
    (a, b) => compareDates(a.doc.metadata.issuedOn, b.doc.metadata.issuedOn) || byCodePoint(a.name, b.name),
  );
  const byKey = new Map<string, TimelineRow[]>();
  for (const { doc, name } of ordered) {
    for (const t of doc.targets) {
      const row: TimelineRow = {
        document: name,
        path: doc.source.path,
        issuedOn: doc.metadata.issuedOn,
        indicator: t.indicator,
        period: t.period,
        comparator: t.comparator,
        value: t.value,
        valueMax: t.valueMax,
        stretch: t.stretch,
        unit: t.unit,
        achieved: t.achieved?.value ?? null,
        evaluation: t.evaluation,
        targetId: t.id,
        raw: t.raw,
      };
      const rows = byKey.get(t.indicatorKey) ?? [];
      rows.push(row);
      byKey.set(t.indicatorKey, rows);
    }
  }
  const indicators = [...byKey.entries()]
    .sort(([a], [b]) => byCodePoint(a, b))
    .map(([indicatorKey, rows]) => ({
      indicatorKey,
      label: rows[0]!.indicator,
      documentCount: new Set(rows.map((r) => r.path)).size,
      rows,
    }));
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: ordered.map(({ doc, name }) => ({
      document: name,
      path: doc.source.path,
      issuedOn: doc.metadata.issuedOn,
      targets: doc.targets.length,
    })),
    indicators,
  };
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
