import type { Column } from "../../model/table.js";
import { parseDeadline } from "../../text/deadlines.js";
import { startsAgency } from "../../text/agencies.js";
import { foldKey } from "../../text/fold.js";
import type { ColumnRole } from "../../text/column-roles.js";
import { numberStyle } from "./rows.js";

const PRODUCT =
  /^(bao cao|de an|quyet dinh|nghi quyet|nghi dinh|ke hoach|chuong trinh|to trinh|cac khoa|thong tu|chi thi)\b/;

/**
 * A table printed without a header (a file cut before it): column roles are read from what the
 * columns hold — numbering, deadlines, agencies, products — and marked `inferred`. A column that
 * fits no role keeps a generated key. No value is changed, only the column's name.
 */
export function inferColumns(rows: string[][]): Column[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const share = (c: number, test: (s: string) => boolean) => {
    const filled = rows.map((r) => r[c] ?? "").filter(Boolean);
    return filled.length ? filled.filter(test).length / filled.length : 0;
  };
  const meanLength = (c: number) => {
    const filled = rows.map((r) => r[c] ?? "").filter(Boolean);
    return filled.length ? filled.reduce((a, s) => a + s.length, 0) / filled.length : 0;
  };
  const roles: (ColumnRole | null)[] = Array.from({ length: width }, () => null);
  if (width && share(0, (s) => numberStyle(s) !== null) >= 0.8) roles[0] = "no";
  const datedLike = (s: string) => {
    const d = parseDeadline(s);
    return (
      d !== null &&
      (d.year !== null ||
        d.from !== null ||
        d.quarter !== null ||
        d.recurring ||
        /thuc hien|thoi gian/.test(foldKey(s)))
    );
  };
  const agencyLike = (s: string) => startsAgency(s);
  let agenciesSeen = 0;
  for (let c = 1; c < width; c++) {
    if (share(c, datedLike) >= 0.6) roles[c] = "deadline";
    else if (share(c, (s) => PRODUCT.test(foldKey(s))) >= 0.6) roles[c] = "product";
    else if (share(c, agencyLike) >= 0.6 && agenciesSeen < 2)
      roles[c] = agenciesSeen++ === 0 ? "lead" : "partners";
  }
  const free = roles.map((r, c) => (r === null && c > 0 ? c : -1)).filter((c) => c >= 0);
  if (free.length) {
    const longest = free.reduce((a, b) => (meanLength(b) > meanLength(a) ? b : a));
    roles[longest] = "task";
  }
  return roles.map((role, c) =>
    role
      ? { key: role, label: null, canonical: true, inferred: true }
      : { key: `col${c + 1}`, label: null, canonical: false },
  );
}
