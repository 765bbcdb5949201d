import type { Column } from "../../model/table.js";
import { columnRoleOf, type ColumnRole } from "../../text/column-roles.js";
import { foldDiacritics } from "../../text/fold.js";

export function slug(label: string): string {
  return foldDiacritics(label)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
}

/**
 * Columns from one or two header rows. A two-level header ("Kịch bản tăng trưởng GRDP năm 2025"
 * over "Quý I | 6 tháng | 9 tháng | Cả năm") labels each column "top / sub", the top cell spanning
 * the empty cells to its right.
 */
export function buildColumns(headerRows: string[][], width: number): Column[] {
  const top = headerRows[0] ?? [];
  // A row numbering the columns ("1 | 2 | 3", "A | 1 | 2") names none of them.
  const labelRows = headerRows
    .slice(1)
    .filter(
      (r) => !r.filter(Boolean).every((x) => /^(?:\(?\d{1,2}\)?|[A-ZĐ](?:\(\d{1,2}\))?)$/u.test(x.trim())),
    );
  const labels: (string | null)[] = [];
  // The label a column's role is read from: the lowest header cell where there is one.
  const own: (string | null)[] = [];
  let span = "";
  for (let c = 0; c < width; c++) {
    const t = (top[c] ?? "").trim();
    if (t) span = t;
    // Each header row below adds its cell, once: a span carried down repeats the one above.
    const lower = labelRows.map((r) => (r[c] ?? "").trim());
    const parts = [t || (lower.some(Boolean) ? span : ""), ...lower].filter(
      (p, i, all) => p && all.indexOf(p) === i,
    );
    labels.push(parts.length ? parts.join(" / ") : null);
    own.push(parts.length > 1 ? parts.at(-1)! : t || null);
  }
  const roles: (ColumnRole | null)[] = own.map((l) => (l ? columnRoleOf(l) : null));
  const values = roles.filter((r) => r === "value").length;
  const hasUnit = roles.includes("unit");
  const taken = new Map<string, number>();
  return labels.map((label, c): Column => {
    let key: string | null = roles[c] ?? null;
    let canonical = key !== null;
    if (key === "content") key = hasUnit ? "indicator" : "task";
    if (key === "value") {
      // One plan column is "plan"; several are named after their period ("quy-i", "ca-nam").
      key = values === 1 ? "plan" : slug(own[c]!);
      canonical = values === 1;
    }
    if (key === null) {
      key = label ? slug(label) || `col${c + 1}` : `col${c + 1}`;
      canonical = false;
    }
    const n = (taken.get(key) ?? 0) + 1;
    taken.set(key, n);
    return { key: n > 1 ? `${key}-${n}` : key, label, canonical: canonical && n === 1 };
  });
}
