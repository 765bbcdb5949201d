import {
  CHANGE_TYPES,
  DIFF_SCHEMA_VERSION,
  DiffLevel,
  type Change,
  type ChangeType,
  type DiffDocumentRef,
  type DocumentDiff,
} from "../model/diff.js";
import type { LegalDocument } from "../model/document.js";
import { align, THRESHOLDS, type Alignment } from "./align.js";
import { matchByChildren } from "./by-children.js";
import { confidenceOf } from "./evidence.js";
import { itemChanges, type Draft } from "./items.js";
import { metadataChanges } from "./metadata.js";
import { targetChanges } from "./targets.js";
import { unitsOf, type Unit } from "./units.js";
import { byCodePoint } from "../text/order.js";

function ref(doc: LegalDocument): DiffDocumentRef {
  const m = doc.metadata;
  return {
    path: doc.source.path,
    sha256: doc.source.sha256,
    number: m.documentNumber,
    documentType: m.documentType,
    issuedOn: m.issuedOn,
    subject: m.subject,
  };
}

const PREFIX: Record<DiffLevel, string> = {
  metadata: "m",
  section: "s",
  paragraph: "p",
  record: "r",
  target: "t",
};

function pairsOf(olds: Unit[], news: Unit[], a: Alignment, into: Map<string, string>): Map<string, string> {
  for (const m of a.matches) into.set(olds[m.old]!.id, news[m.new]!.id);
  return into;
}

/**
 * What changed from `oldDoc` to `newDoc`, level by level: metadata; numbered sections (matched
 * first, so the levels below know which parents correspond); bullets and paragraphs; appendix
 * records; targets. Deterministic: the same pair gives the same changes in the same order.
 */
export function diffDocuments(oldDoc: LegalDocument, newDoc: LegalDocument): DocumentDiff {
  const uo = unitsOf(oldDoc);
  const un = unitsOf(newDoc);
  const of = (units: Unit[], level: Unit["level"]) => units.filter((u) => u.level === level);
  const levels: Record<DiffLevel, { old: number; new: number; matched: number }> = {
    metadata: { old: 0, new: 0, matched: 0 },
    section: { old: 0, new: 0, matched: 0 },
    paragraph: { old: 0, new: 0, matched: 0 },
    record: { old: 0, new: 0, matched: 0 },
    target: { old: 0, new: 0, matched: 0 },
  };
  const drafts: Draft[] = [...metadataChanges(oldDoc, newDoc)];

  // Sections first, so the levels below know which parents correspond; then sections no text pass
  // matched are paired through their children; then each level's changes, against the final parents.
  const parents = new Map<string, string>();
  const aligned = (["section", "paragraph", "record"] as const).map((level) => {
    const olds = of(uo, level);
    const news = of(un, level);
    const alignment = align(olds, news, parents);
    // Paragraph and record parents are sections; paragraphs may also hang under paragraphs.
    pairsOf(olds, news, alignment, parents);
    return { level, olds, news, alignment };
  });
  const sections = aligned[0]!;
  matchByChildren(sections.olds, sections.news, sections.alignment, aligned);
  parents.clear();
  for (const { olds, news, alignment } of aligned) pairsOf(olds, news, alignment, parents);
  for (const { level, olds, news, alignment } of aligned) {
    drafts.push(...itemChanges(level, olds, news, alignment, parents));
    levels[level] = { old: olds.length, new: news.length, matched: alignment.matches.length };
  }

  const addresses = (units: Unit[]) => new Map(units.map((u) => [u.id, u.address]));
  drafts.push(...targetChanges(oldDoc.targets, newDoc.targets, { old: addresses(uo), new: addresses(un) }));
  levels.target = {
    old: oldDoc.targets.length,
    new: newDoc.targets.length,
    matched: drafts.filter((d) => d.level === "target" && d.old && d.new).length,
  };
  const meta = drafts.filter((d) => d.level === "metadata");
  levels.metadata = {
    old: meta.filter((d) => d.old).length,
    new: meta.filter((d) => d.new).length,
    matched: meta.filter((d) => d.old && d.new).length,
  };

  const rank = DiffLevel.options;
  drafts.sort(
    (x, y) =>
      rank.indexOf(x.level) - rank.indexOf(y.level) ||
      x.order - y.order ||
      byCodePoint(x.old?.id ?? "", y.old?.id ?? "") ||
      byCodePoint(x.new?.id ?? "", y.new?.id ?? ""),
  );
  const counter = new Map<DiffLevel, number>();
  const changes: Change[] = drafts.map(({ order: _order, confidence, ...d }) => {
    const n = (counter.get(d.level) ?? 0) + 1;
    counter.set(d.level, n);
    const trust =
      confidence !== undefined
        ? confidence
        : d.old && d.new
          ? confidenceOf(d.score ?? 1, d.reason ?? "field", 1)
          : null;
    const { level, types, old, new: now, score, reason, ...rest } = d;
    return {
      id: `${PREFIX[level]}${n}`,
      level,
      types,
      old,
      new: now,
      score,
      reason,
      confidence: trust,
      ...rest,
    };
  });
  const counts = Object.fromEntries(
    Object.keys(CHANGE_TYPES).map((t) => [
      t,
      changes.filter((c) => c.types.includes(t as ChangeType)).length,
    ]),
  ) as Record<ChangeType, number>;
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    old: ref(oldDoc),
    new: ref(newDoc),
    thresholds: { ...THRESHOLDS },
    summary: { counts, levels },
    changes,
  };
}
