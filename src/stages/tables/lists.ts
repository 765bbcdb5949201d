import type { LegalNode } from "../../model/node.js";
import type { Reporter } from "../../model/reporter.js";
import type { Column, Table, TableKind } from "../../model/table.js";
import { foldKey, foldStart } from "../../text/fold.js";
import { typedRecord } from "./typed.js";

/**
 * Appendices that are lists, not grids: "(21) Dự án đầu tư xây dựng Công viên … tại Cảng Hàng không
 * quốc tế Cát Bi;" under group headings ("1. Các dự án, công trình thành phố chủ trì …"), as a
 * political report's appendix of key projects prints them. Each item becomes a record of a list
 * table — its number, its groups, its text, and the place, period and lead agency it states — so a
 * list of projects or tasks is exported and diffed like a table's rows.
 *
 * An appendix is a list when it holds no table and its numbered items without numbered children
 * ("leaves") are at least `MIN_ITEMS`, short enough to be entries rather than sections, and every
 * heading over them holds nothing but items (prose between them makes it a text, not a list).
 */
const MIN_ITEMS = 5;
/** An entry of a list is a line or two: longer items are sections of a text. */
const ENTRY_MAX = 400;
const NUMBERED = new Set(["item", "point", "clause", "section"]);
const ASIDE = new Set(["footnote", "pageBreak"]);
/** A blank left to fill in: dots, an ellipsis run or underscores. */
const BLANK = /(?:\.{3,}|…{2,}|_{3,})/u;

/** "tại quận Dương Kinh", "tại Cảng Hàng không quốc tế Cát Bi", "trên địa bàn thành phố": where it stands. */
const PLACE =
  /(?:^|\s)(?:tại|trên địa bàn)\s+((?:quận|huyện|phường|xã|thị xã|thị trấn|tỉnh|thành phố|khu)\s[^;,.()]*|\p{Lu}[^;,.()]*)/u;
/** "giai đoạn 2021 - 2025", "(giai đoạn I)", "đến năm 2030", "năm 2025". */
const PERIOD =
  /\bgiai đoạn\s+(?:\d{4}\s*[-–]\s*\d{4}|[IVX]+)\b|\b(?:đến|trước|trong)\s+năm\s+\d{4}\b|\bnăm\s+\d{4}\b|\b\d{4}\s*[-–]\s*\d{4}\b/iu;
/** "(chủ trì: Sở Xây dựng)", "do Sở Xây dựng chủ trì". */
const LEAD = /\(chủ trì:?\s*([^)]+)\)|\bdo\s+([^,;.()]+?)\s+chủ trì\b/iu;

const containsTable = (n: LegalNode): boolean => n.type === "table" || n.children.some(containsTable);
const isNumbered = (n: LegalNode) => NUMBERED.has(n.type) && n.label !== null;
const headingOf = (n: LegalNode) => [n.label, n.title ?? n.text].filter(Boolean).join(" ").trim();

interface Entry {
  node: LegalNode;
  groups: LegalNode[];
}

/** The leaves of an appendix's numbered items with the headings above them, or null when it is no list. */
function entriesOf(appendix: LegalNode): Entry[] | null {
  const out: Entry[] = [];
  const walk = (parent: LegalNode, groups: LegalNode[]): boolean => {
    for (const child of parent.children) {
      if (!isNumbered(child)) continue;
      // Footnotes and page furniture stand anywhere (an HTML page puts every note after the last item).
      const kids = child.children.filter((c) => !ASIDE.has(c.type));
      if (kids.some(isNumbered)) {
        if (kids.some((c) => !isNumbered(c))) return false;
        if (!walk(child, [...groups, child])) return false;
      } else if (kids.length) return false;
      else out.push({ node: child, groups });
    }
    return true;
  };
  if (!walk(appendix, [])) return null;
  if (out.length < MIN_ITEMS) return null;
  const texts = out.map((e) => e.node.text ?? e.node.title ?? "");
  if (texts.some((t) => t.length > ENTRY_MAX || !t)) return null;
  // A form's fields ("1. Họ và tên: ……………") wait for answers: they are no entries of a list.
  if (texts.filter((t) => BLANK.test(t)).length * 2 >= texts.length) return null;
  return out;
}

function kindOf(appendix: LegalNode, texts: string[]): TableKind {
  const title = foldKey(headingOf(appendix));
  if (/\b(du an|cong trinh)\b/.test(title)) return "projects";
  if (/\bnhiem vu\b/.test(title)) return "tasks";
  const projects = texts.filter((t) => /^(cac\s+)?(du an|cong trinh)\b/.test(foldStart(t, 20))).length;
  return projects * 2 >= texts.length ? "projects" : "other";
}

const trimmed = (s: string | undefined) => (s ?? "").replace(/[\s;,.]+$/u, "").trim();

/** The list tables of a document: one for each appendix that is a list. */
export function listTables(body: LegalNode, report: Reporter): Table[] {
  const tables: Table[] = [];
  const visit = (node: LegalNode) => {
    if (node.type !== "appendix") return node.children.forEach(visit);
    if (containsTable(node)) return;
    const entries = entriesOf(node);
    if (!entries) return;
    const texts = entries.map((e) => e.node.text ?? e.node.title ?? "");
    const kind = kindOf(node, texts);
    const content = kind === "projects" ? "project" : kind === "tasks" ? "task" : "label";
    const columns: Column[] = [
      { key: "no", label: null, canonical: true },
      { key: content, label: null, canonical: true },
      { key: "place", label: null, canonical: false },
      { key: "deadline", label: null, canonical: true },
      { key: "lead", label: null, canonical: true },
    ];
    const id = `${node.id}/list`;
    const title = [node.label, node.title].filter(Boolean).join(": ") || null;
    const groups: Table["groups"] = [];
    const ids = new Set<string>();
    // A number may repeat under another group ("(01)" under "1." and under "2."): ids stay apart.
    const claim = (base: string) => {
      let out = base;
      for (let n = 2; ids.has(out); n++) out = `${base}~${n}`;
      ids.add(out);
      return out;
    };
    let open = "";
    const records = entries.map(({ node: item, groups: above }, k) => {
      const path = above.map(headingOf);
      if (path.join("\n") !== open && above.length) {
        open = path.join("\n");
        groups.push({ title: path.at(-1)!, path, line: above.at(-1)!.lines[0] ?? item.lines[0]! });
      }
      const text = texts[k]!;
      const lead = LEAD.exec(text);
      return typedRecord(
        kind,
        {
          id: claim(`${id}/${item.label}`),
          no: item.label,
          group: path,
          parent: null,
          lines: [...item.lines],
          emphasis: false,
          cells: {
            no: item.label ?? "",
            [content]: trimmed(text),
            place: trimmed(PLACE.exec(text)?.[1]),
            deadline: PERIOD.exec(text)?.[0] ?? "",
            lead: trimmed(lead?.[1] ?? lead?.[2]),
          },
        },
        columns,
      );
    });
    tables.push({
      id,
      nodeId: node.id,
      appendix: node.id,
      title,
      kind,
      columns,
      groups,
      records,
      fragments: [],
      lines: entries.flatMap((e) => e.node.lines),
    });
    report.info(
      "list-table",
      `${node.label ?? "an appendix"} is a list: its ${records.length} items are read as records`,
      {
        line: node.lines[0] ?? null,
      },
    );
  };
  visit(body);
  return tables;
}
