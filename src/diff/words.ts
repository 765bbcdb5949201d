import { diffArrays } from "diff";
import type { WordOp } from "../model/diff.js";
import { comparable } from "./text.js";

interface Token {
  /** The token with the white space before it, as printed. */
  text: string;
  key: string;
}

/**
 * Whole words and numbers ("1.435", "2026-2030", "35/2021/QH15", "Quý IV/2025" is two) and single
 * punctuation marks; a token is never cut, so a changed number shows whole on both sides.
 */
const TOKEN = /\s*(?:[\p{L}\p{M}\p{N}]+(?:[.,/&-][\p{L}\p{M}\p{N}]+)*|\S)/gu;

function tokens(s: string): Token[] {
  const text = s.normalize("NFC").trim();
  return (text.match(TOKEN) ?? []).map((t) => ({ text: t, key: comparable(t) || t.trim() }));
}

/** A word-level diff on NFC text; tokens compare as `comparable` does (case, tone placement, quotes). */
export function wordDiff(oldText: string, newText: string): WordOp[] {
  const a = tokens(oldText);
  const b = tokens(newText);
  const parts = diffArrays(a, b, { comparator: (x, y) => x.key === y.key });
  const ops: WordOp[] = [];
  let ai = 0;
  let bi = 0;
  for (const p of parts) {
    const n = p.count ?? p.value.length;
    const op = p.added ? "insert" : p.removed ? "delete" : "equal";
    // Equal runs show the new text (a change of case or tone placement is not a change).
    const from = op === "delete" ? a.slice(ai, ai + n) : b.slice(bi, bi + n);
    if (op !== "insert") ai += n;
    if (op !== "delete") bi += n;
    const text = from.map((t) => t.text).join("");
    const last = ops.at(-1);
    if (last?.op === op) last.text += text;
    else ops.push({ op, text });
  }
  return ops;
}
