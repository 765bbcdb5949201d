import { foldExpanded } from "./abbreviations.js";

/**
 * Agencies that ceased to exist in the 2025 reorganisation, each with the body that took over its
 * work and the act that decided it. A task whose lead moves from a predecessor to its successor has
 * not been given to someone else: the diff reports it as `agencyRenamed`, not `leadChanged`.
 *
 * Ministries: Nghị quyết số 176/2025/QH15 ngày 18/02/2025 of the Quốc hội (the Government's
 * structure, 14 ministries and 3 ministry-level bodies, in operation from 01/03/2025).
 * Provincial departments (sở): Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 (the specialised bodies of
 * provincial People's Committees), which merged the sở the same way.
 * Where the work of one predecessor went to several bodies (Bộ Lao động - Thương binh và Xã hội's
 * social protection to Bộ Y tế, vocational training to Bộ Giáo dục và Đào tạo), the body that took
 * the ministry itself is listed; a task moved to another of them is still reported as leadChanged.
 */
export interface Succession {
  predecessor: string;
  successor: string;
  source: string;
  /** The day the successor took over (ISO). */
  from: string;
}

const MINISTRIES = "Nghị quyết số 176/2025/QH15 ngày 18/02/2025 của Quốc hội";
const DEPARTMENTS = "Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ";

const PAIRS: [string, string][] = [
  ["Kế hoạch và Đầu tư", "Tài chính"],
  ["Giao thông vận tải", "Xây dựng"],
  ["Tài nguyên và Môi trường", "Nông nghiệp và Môi trường"],
  ["Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường"],
  ["Thông tin và Truyền thông", "Khoa học và Công nghệ"],
  ["Lao động - Thương binh và Xã hội", "Nội vụ"],
];

export const SUCCESSIONS: readonly Succession[] = [
  ...PAIRS.map(([old, now]) => ({
    predecessor: `Bộ ${old}`,
    successor: `Bộ ${now}`,
    source: MINISTRIES,
    from: "2025-03-01",
  })),
  {
    predecessor: "Ủy ban Dân tộc",
    successor: "Bộ Dân tộc và Tôn giáo",
    source: MINISTRIES,
    from: "2025-03-01",
  },
  {
    predecessor: "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp",
    successor: "Bộ Tài chính",
    source: MINISTRIES,
    from: "2025-03-01",
  },
  ...PAIRS.map(([old, now]) => ({
    predecessor: `Sở ${old}`,
    successor: `Sở ${now}`,
    source: DEPARTMENTS,
    from: "2025-03-01",
  })),
];

/** "Bộ KH&ĐT", "Bộ Kế hoạch và Đầu tư", "Bộ Kế hoạch - Đầu tư" are one key. */
function key(name: string): string {
  return foldExpanded(name)
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\bva\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const BY_PREDECESSOR = new Map(SUCCESSIONS.map((s) => [key(s.predecessor), s]));

/** The succession that turned `old` into `now`, if `now` is `old`'s successor (directly or in turn). */
export function succession(old: string, now: string): Succession | null {
  const target = key(now);
  let at = BY_PREDECESSOR.get(key(old));
  for (let hops = 0; at && hops < 3; hops++) {
    if (key(at.successor) === target) return at;
    at = BY_PREDECESSOR.get(key(at.successor));
  }
  return null;
}
