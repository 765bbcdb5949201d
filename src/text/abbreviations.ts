import { foldKey } from "./fold.js";

/**
 * Abbreviations of agencies and common terms, as folded text (see fold.ts) → the words they stand
 * for. Documents write "UBND thành phố" in one place and "Ủy ban nhân dân thành phố" in the next,
 * "Bộ KH&ĐT" beside "Bộ Kế hoạch và Đầu tư"; matching must not see a difference.
 */
const ABBREVIATIONS: [string, string][] = [
  ["ubnd", "uy ban nhan dan"],
  ["hdnd", "hoi dong nhan dan"],
  ["mttq", "mat tran to quoc"],
  ["kh ?& ?dt|khdt", "ke hoach va dau tu"],
  ["tn ?& ?mt|tnmt", "tai nguyen va moi truong"],
  ["nn ?& ?ptnt|nnptnt", "nong nghiep va phat trien nong thon"],
  ["nn ?& ?mt|nnmt", "nong nghiep va moi truong"],
  ["ld ?- ?tb ?& ?xh|ldtbxh", "lao dong thuong binh va xa hoi"],
  ["vh ?, ?tt ?& ?dl|vhttdl", "van hoa the thao va du lich"],
  ["kh ?& ?cn|khcn", "khoa hoc va cong nghe"],
  ["tt ?& ?tt|tttt", "thong tin va truyen thong"],
  ["gd ?& ?dt|gddt", "giao duc va dao tao"],
  ["gtvt", "giao thong van tai"],
  ["xd", "xay dung"],
  ["nsnn", "ngan sach nha nuoc"],
  ["kt ?- ?xh|ktxh", "kinh te xa hoi"],
  ["vpcp", "van phong chinh phu"],
  ["ttg", "thu tuong"],
  ["bch", "ban chap hanh"],
  ["tw", "trung uong"],
  ["tp", "thanh pho"],
];
const PATTERNS = ABBREVIATIONS.map(
  ([abbr, full]) => [new RegExp(`(?<![\\p{L}\\p{N}])(?:${abbr})(?![\\p{L}\\p{N}])`, "gu"), full] as const,
);

/** Folded text with abbreviations spelled out: "Bộ KH&ĐT" → "bo ke hoach va dau tu". */
export function foldExpanded(s: string): string {
  let key = foldKey(s);
  for (const [re, full] of PATTERNS) key = key.replace(re, full);
  return key;
}
