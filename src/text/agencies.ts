import { foldKey } from "./fold.js";

/**
 * Lead and partner cells name several agencies: "Bộ Kế hoạch và Đầu tư, UBND thành phố Hải Phòng và
 * các bộ, ngành liên quan" is two named agencies and a catch-all. A comma or "và" splits only where a
 * new agency starts (a head noun: Bộ, Sở, Ủy ban, UBND, Ban, Cục, Văn phòng…), so "Bộ Kế hoạch và
 * Đầu tư" and "Bộ Văn hóa, Thể thao và Du lịch" stay whole. A slash ("Bộ Giao thông vận tải/UBND
 * thành phố") joins agencies too.
 */
export interface AgencyList {
  raw: string;
  agencies: string[];
  /** "các bộ, ngành liên quan", "các địa phương": everyone else, named by category. */
  catchAll: string | null;
}

const HEAD = [
  "bo",
  "so",
  "uy ban",
  "ubnd",
  "hdnd",
  "ban",
  "cuc",
  "tong cuc",
  "van phong",
  "thanh tra",
  "cong an",
  "ngan hang",
  "kho bac",
  "vien",
  "truong",
  "thanh pho",
  "tinh",
  "quan",
  "huyen",
  "tap doan",
  "tong cong ty",
  "cong ty",
  "bo chi huy",
  "bao hiem",
  "kiem toan",
  "toa an",
  "hoi dong",
  "dang uy",
  "thanh uy",
  "tinh uy",
  "mat tran",
  "cang vu",
  "dai",
  "bao",
  "chinh phu",
  "thu tuong",
  "quoc hoi",
  "doan",
  "hoi",
  "trung tam",
  "ban quan ly",
  "bql",
  "uy ban nhan dan",
];
const CATCH_ALL = /^(cac|nhung|mot so)\s/;

/** "các bộ, ngành liên quan", "bộ, ngành có liên quan": agencies named by category, not by name. */
function isCatchAll(s: string): boolean {
  const key = foldKey(s);
  return CATCH_ALL.test(key) || (/^\p{Ll}/u.test(s.trim()) && /\blien quan\b/.test(key));
}

/** The text starts with an agency's head noun (Bộ, Sở, UBND …) or a catch-all ("các bộ, ngành"). */
export function startsAgency(s: string): boolean {
  const key = foldKey(s);
  if (isCatchAll(s)) return true;
  return HEAD.some((h) => key === h || key.startsWith(`${h} `)) && /^\p{Lu}/u.test(s.trim());
}

export function parseAgencies(raw: string): AgencyList | null {
  const text = raw.trim().replace(/\s+/g, " ");
  if (!text) return null;
  const parts: string[] = [];
  let current = "";
  // Tokens are separated by ",", ";", "/", " và ", " với "; a separator splits only before a new agency.
  const tokens = text.split(/(\s*[,;/]\s*|\s+và\s+|\s+với\s+)/u);
  let inCatchAll = false;
  for (let i = 0; i < tokens.length; i += 2) {
    const piece = tokens[i]!;
    const sep = i > 0 ? tokens[i - 1]! : "";
    // Decide on what the rest of the cell says: "bộ, ngành liên quan" is a catch-all as a whole.
    const rest = tokens.slice(i).join("");
    if (current && !inCatchAll && startsAgency(rest)) {
      parts.push(current.trim());
      current = piece;
      inCatchAll = isCatchAll(rest);
    } else {
      if (!current) inCatchAll = isCatchAll(rest);
      current = current ? `${current}${sep}${piece}` : piece;
    }
  }
  if (current.trim()) parts.push(current.trim());
  const agencies: string[] = [];
  let catchAll: string | null = null;
  for (const p of parts.map((x) => x.replace(/[.;,]$/, "").trim()).filter(Boolean)) {
    if (isCatchAll(p)) catchAll = catchAll === null ? p : `${catchAll}, ${p}`;
    else agencies.push(p);
  }
  return { raw: text, agencies, catchAll };
}
