import { evaluationSuffix } from "../../text/evaluation.js";
import { unitSuffix } from "../../text/units.js";

/** The cells of one flattened row, read from its ends inward: number, verdict, values, unit, label. */
export interface FlowCells {
  no: string;
  label: string;
  unit: string;
  values: string[];
  verdict: string | null;
}

const ROW_NO = /^(\d{1,3}|[A-ZĐ]|[IVX]{1,4})(?:\s+|$)(?=\p{Lu}|$)/u;
/** A number as a table prints it: "14,5%/năm", "> 95", "87-88", "4/5", "335/961", "1.200.000". */
const NUMBER = /^[<>≤≥~]?\d[\d.,]*(?:[-–]\d[\d.,]*)?(?:\/\d[\d.,]*)?%?(?:\/\p{L}*)?$/u;
const COMPARATOR = /^[<>≤≥~]$/;
/** Printed after a number in the same cell: "lượt/năm", "(35%)", "(giai đoạn 2021-2025)", "/năm". */
const SUFFIX = /^(\([^)]*\d[^)]*\)|\p{Ll}*\/[\p{Ll}/]*|năm|ăm)$/u;
const MAX_SUFFIX = 3;

export function splitFlowRow(text: string, has: { unit: boolean; verdict: boolean }): FlowCells {
  let rest = text.trim();
  const no = ROW_NO.exec(rest);
  const number = no ? no[1]! : "";
  if (no) rest = rest.slice(no[0].length);
  let verdict: string | null = null;
  if (has.verdict) {
    const v = evaluationSuffix(rest);
    if (v) {
      verdict = v.verdict;
      rest = v.before;
    }
  }
  const { before, values } = valueTail(rest);
  rest = before;
  let unit = "";
  if (has.unit && values.length) {
    const u = unitSuffix(rest) ?? capitalisedUnit(rest);
    if (u) {
      unit = u.unit;
      rest = u.before;
    }
  }
  return { no: number, label: rest.trim(), unit, values, verdict };
}

/** Tokens are words, or whole parentheses ("(giai đoạn 2021-2025)") so a note stays with its value. */
function tokens(text: string): string[] {
  return text.match(/\([^)]*\)|[^\s(]+/g) ?? [];
}

/**
 * The values that end a row, read backwards: numbers with their comparators, range dashes and
 * suffixes. Suffix words are only taken when a number precedes them; otherwise they belong to the
 * unit or the label ("Lượt người" before "55.800 lượt/năm").
 */
function valueTail(text: string): { before: string; values: string[] } {
  const toks = tokens(text);
  const values: string[] = [];
  let pending: string[] = [];
  let k = toks.length - 1;
  let cut = toks.length;
  for (; k >= 0; k--) {
    const t = toks[k]!;
    if (NUMBER.test(t)) {
      let value = [t, ...pending].join(" ");
      pending = [];
      // "45% - 50%": a spaced range is one value.
      const dash = toks[k - 1];
      if ((dash === "-" || dash === "–") && toks[k - 2] !== undefined && NUMBER.test(toks[k - 2]!)) {
        value = `${toks[k - 2]} - ${value}`;
        k -= 2;
      }
      if (toks[k - 1] !== undefined && COMPARATOR.test(toks[k - 1]!)) {
        value = `${toks[k - 1]} ${value}`;
        k--;
      }
      values.unshift(value);
      cut = k;
    } else if (SUFFIX.test(t) && pending.length < MAX_SUFFIX) pending.unshift(t);
    else break;
  }
  return { before: toks.slice(0, cut).join(" "), values };
}

/**
 * A unit the vocabulary does not know, printed as its own cell: a capitalised word and at most one
 * more after a lower-case label word ("Số bác sĩ/1 vạn dân | Bác sĩ"). Acronyms and parentheses are
 * part of the label ("(HDI)").
 */
function capitalisedUnit(text: string): { before: string; unit: string } | null {
  const words = text.trim().split(/\s+/);
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const tail = words.slice(words.length - n);
    const head = tail[0]!;
    const prev = words[words.length - n - 1]!;
    if (
      !/^\p{Lu}\p{Ll}+$/u.test(head) ||
      !tail.slice(1).every((w) => /^\p{Ll}+$/u.test(w)) ||
      !/^\p{Ll}/u.test(prev)
    )
      continue;
    return { before: words.slice(0, words.length - n).join(" "), unit: tail.join(" ") };
  }
  return null;
}
