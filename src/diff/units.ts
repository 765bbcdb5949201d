import type { LegalDocument } from "../model/document.js";
import type { LegalNode } from "../model/node.js";
import type { Table, TableRecord } from "../model/table.js";
import type { DiffSide } from "../model/diff.js";
import { comparable } from "./text.js";

/** One comparable item of a document: a numbered node, a bullet or paragraph, or a table record. */
export interface Unit {
  level: "section" | "paragraph" | "record";
  /** The node type, or "record": only items of one kind split or merge into each other. */
  kind: string;
  id: string;
  address: string;
  /** The number as printed, without its punctuation ("3", "II", "b", "2.11"); null for unnumbered items. */
  label: string | null;
  /** The id of the enclosing unit (a numbered node, or a record's appendix); null at the top. */
  parent: string | null;
  /** The parent's address: two items under equally addressed parents stand at the same place. */
  parentAddress: string;
  context: string | null;
  text: string;
  /**
   * The words of everything inside the item (an article's clauses and points, a heading's sub-items
   * and bullets), "" when it holds nothing: an article is matched on its title and content, and is
   * unchanged only when its content is.
   */
  content: string;
  /** `content` as compared (see `comparable`), computed once: long laws hold megabytes of it. */
  contentKey: string;
  lines: number[];
  record?: TableRecord;
}

const NUMBERED = new Set([
  "part",
  "chapter",
  "section",
  "article",
  "clause",
  "point",
  "item",
  "appendix",
  "attachment",
]);
const RUNNING = new Set(["bullet", "paragraph", "unassigned"]);
/** Children of the root that metadata covers (header fields, căn cứ, nơi nhận, người ký). */
const METADATA_ROOTS = new Set(["header", "preamble", "recipients", "signature"]);

function bareLabel(label: string): string {
  return label
    .replace(/[\s.:)]+$/, "")
    .replace(/^\(/, "")
    .trim();
}

/** "Phụ lục I" → "PL I", "PHỤ LỤC" → "PL", "Điều 3." → "Điều 3"; an attachment (the Chương trình a Nghị quyết issues) → "Kèm theo". */
function ownAddress(node: LegalNode): string {
  const label = node.label ? bareLabel(node.label) : "";
  if (node.type === "appendix")
    return `PL${label
      .replace(/^ph[ụu]\s*l[ụu]c/iu, "")
      .replace(/\s+/g, " ")
      .trimEnd()}`.replace(/^PL(?=\S)/, "PL ");
  if (node.type === "attachment") return "Kèm theo";
  return label;
}

/** A child's address under a numbered parent: "II" + "3" → "II.3"; "1" + "1.1" → "1.1" (the label already holds the path). */
function join(parent: string, own: string, parentOwn: string): string {
  if (!parent) return own;
  if (parentOwn && own.startsWith(`${parentOwn}.`))
    return parent.slice(0, parent.length - parentOwn.length) + own;
  return `${parent}.${own}`;
}

function nodeText(node: LegalNode): string {
  // An attachment's label is the first words of its name: "CHƯƠNG TRÌNH | Hành động của Chính phủ …".
  return [node.type === "attachment" ? node.label : null, node.title, node.text].filter(Boolean).join(" ");
}

/** The words of every node under `node`, in order. */
function contentOf(node: LegalNode): string {
  const out: string[] = [];
  const walk = (n: LegalNode): void => {
    for (const c of n.children) {
      const t = nodeText(c);
      if (t) out.push(t);
      walk(c);
    }
  };
  walk(node);
  return out.join(" ");
}

function contentFields(node: LegalNode): { content: string; contentKey: string } {
  const content = contentOf(node);
  return { content, contentKey: content ? comparable(content) : "" };
}

function heading(address: string, node: LegalNode): string {
  const words = nodeText(node);
  return `${address} ${words.length > 90 ? `${words.slice(0, 90)}…` : words}`.trim();
}

interface Scope {
  id: string | null;
  address: string;
  own: string;
  context: string | null;
  /** Addresses of the tree's containers (attachments, appendices) do not prefix their children's. */
  container: boolean;
}

function collectNodes(root: LegalNode, units: Unit[]): void {
  const visit = (node: LegalNode, scope: Scope): void => {
    const counters = new Map<string, number>();
    let attachments = 0;
    for (const child of node.children) {
      if (NUMBERED.has(child.type)) {
        if (child.type === "attachment") attachments++;
        const own =
          child.type === "attachment" && attachments > 1
            ? `${ownAddress(child)} ${attachments}`
            : ownAddress(child);
        const container = child.type === "attachment" || child.type === "appendix";
        // Articles are numbered through the whole law, so "Điều 12" needs no chapter before it (and
        // keeps its address when the chapters around it are renumbered).
        const address =
          container || scope.container || !scope.address || child.type === "article"
            ? own
            : join(scope.address, own, scope.own);
        units.push({
          level: "section",
          kind: child.type,
          id: child.id,
          address,
          // An attachment's label is its kind ("CHƯƠNG TRÌNH"), not a number that could change.
          label: child.label && child.type !== "attachment" ? bareLabel(child.label) : null,
          parent: scope.id,
          parentAddress: scope.address,
          context: scope.context,
          text: nodeText(child),
          ...contentFields(child),
          lines: child.lines,
          record: undefined,
        });
        visit(child, { id: child.id, address, own, context: heading(address, child), container });
      } else if (RUNNING.has(child.type)) {
        const mark = child.type === "bullet" ? (child.label ?? "-") : "¶";
        const n = (counters.get(mark) ?? 0) + 1;
        counters.set(mark, n);
        const address = `${scope.address ? `${scope.address} / ` : ""}${mark}${n}`;
        if (nodeText(child)) {
          units.push({
            level: "paragraph",
            kind: child.type,
            id: child.id,
            address,
            label: null,
            parent: scope.id,
            parentAddress: scope.address,
            context: scope.context,
            text: nodeText(child),
            ...contentFields(child),
            lines: child.lines,
          });
        }
        visit(child, { id: child.id, address, own: `${mark}${n}`, context: scope.context, container: false });
      } else if (child.type === "preamble" && node.type === "attachment") {
        visit(child, scope);
      }
    }
  };
  const top = root.children.filter((c) => !METADATA_ROOTS.has(c.type));
  visit({ ...root, children: top }, { id: null, address: "", own: "", context: null, container: false });
}

function recordText(r: TableRecord): string {
  const main =
    r.kind === "tasks"
      ? r.task
      : r.kind === "projects"
        ? r.project
        : r.kind === "indicators"
          ? r.indicator
          : r.kind === "matrix"
            ? r.label
            : null;
  return (
    main ??
    Object.entries(r.cells)
      .filter(([k]) => k !== "no")
      .map(([, v]) => v)
      .join(" | ")
  );
}

function collectRecords(doc: LegalDocument, sections: Map<string, Unit>, units: Unit[]): void {
  const tables: Table[] = [...doc.appendices.flatMap((a) => a.tables), ...doc.tables];
  const perAppendix = new Map<string | null, number>();
  for (const t of tables) perAppendix.set(t.appendix, (perAppendix.get(t.appendix) ?? 0) + 1);
  const index = new Map<string | null, number>();
  for (const table of tables) {
    // Indicator and matrix rows are compared as targets; tasks, projects and other rows as items.
    if (table.kind === "indicators" || table.kind === "matrix") continue;
    const n = (index.get(table.appendix) ?? 0) + 1;
    index.set(table.appendix, n);
    const appendix = table.appendix ? sections.get(table.appendix) : undefined;
    const base = appendix?.address ?? "Bảng";
    const tableAddress =
      (perAppendix.get(table.appendix) ?? 0) > 1 || !appendix ? `${base}, bảng ${n}` : base;
    const parent = appendix?.id ?? table.nodeId;
    table.records.forEach((record, i) => {
      const group = record.group.at(-1) ?? null;
      units.push({
        level: "record",
        kind: "record",
        id: record.id,
        address: `${tableAddress} / ${record.no ?? `#${i + 1}`}`,
        label: record.no,
        parent,
        parentAddress: appendix?.address ?? tableAddress,
        context: group ?? table.title ?? appendix?.context ?? null,
        text: recordText(record),
        content: "",
        contentKey: "",
        lines: record.lines,
        record,
      });
    });
  }
}

/** Every comparable item, in document order per level. */
export function unitsOf(doc: LegalDocument): Unit[] {
  const nodes: Unit[] = [];
  collectNodes(doc.body, nodes);
  const sections = new Map(nodes.filter((u) => u.level === "section").map((u) => [u.id, u]));
  const records: Unit[] = [];
  collectRecords(doc, sections, records);
  return [...nodes, ...records];
}

export function recordFields(r: TableRecord | undefined): Record<string, string | null> | undefined {
  if (!r) return undefined;
  if (r.kind === "tasks")
    return {
      lead: r.lead?.raw ?? null,
      partners: r.partners?.raw ?? null,
      deadline: r.deadline?.raw ?? null,
      product: r.product,
    };
  if (r.kind === "projects")
    return {
      lead: r.lead?.raw ?? null,
      partners: r.partners?.raw ?? null,
      deadline: r.deadline?.raw ?? null,
    };
  return undefined;
}

export function sideOf(u: Unit): DiffSide {
  const fields = recordFields(u.record);
  return {
    id: u.id,
    address: u.address,
    context: u.context,
    text: u.text,
    lines: u.lines,
    ...(fields ? { fields } : {}),
  };
}
