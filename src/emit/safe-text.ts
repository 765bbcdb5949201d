import type { Handle, State, Unsafe } from "mdast-util-to-markdown";
import { defaultHandlers } from "mdast-util-to-markdown";

/**
 * The `text` handler of mdast-util-to-markdown, with the same output and less work. The library's
 * `safe` runs every unsafe pattern (about 45 regular expressions) over every text, though a pattern
 * can only escape a character of the text when that character occurs in it; that was a third of
 * the time of writing document.md. Here each text runs only the patterns of the characters it
 * holds. A space or tab is unsafe only next to a line ending (a hard break), so its patterns run
 * only when the text holds a line ending or starts or ends with one: otherwise its neighbours are
 * context. Dropping the other patterns changes nothing: a pattern whose character is not in the
 * text matches only context, which `safe` never escapes, and a context character never decides an
 * escape inside (it is punctuation or whitespace, which the rules for `_` and for doubled escapes
 * skip). `tests/unit/safe-text.test.ts` compares both on generated texts.
 */
interface Chosen {
  /** Index of each distinct unsafe character, by char code (all are ASCII); -1 for the others. */
  index: Int8Array;
  /** The patterns of a set of characters present, by the set's two words of bits. */
  byBits: Map<number, Map<number, Unsafe[]>>;
}

const chosenFor = new WeakMap<Unsafe[], Chosen>();
/** Characters 0–29 are bits of one word, 30–59 of another, whose bit 30 says blanks matter. */
const WORD = 30;
const BLANK_BIT = 1 << WORD;

function chosen(all: Unsafe[]): Chosen {
  let c = chosenFor.get(all);
  if (c) return c;
  const index = new Int8Array(128).fill(-1);
  let next = 0;
  for (const p of all) {
    const code = p.character.charCodeAt(0);
    if (code >= 128 || p.character.length !== 1) throw new Error(`unsafe character ${p.character}`);
    if (index[code] === -1) index[code] = next++;
  }
  if (next > 2 * WORD) throw new Error(`${next} unsafe characters: more than two words of bits hold`);
  c = { index, byBits: new Map() };
  chosenFor.set(all, c);
  return c;
}

const isBlank = (code: number) => code === 32 || code === 9;

function patternsFor(all: Unsafe[], value: string): Unsafe[] {
  const { index, byBits } = chosen(all);
  let low = 0;
  let high = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 128) continue;
    const at = index[code]!;
    if (at < 0) continue;
    if (at < WORD) low |= 1 << at;
    else high |= 1 << (at - WORD);
  }
  const has = (code: number) => {
    const at = index[code]!;
    return at >= 0 && (at < WORD ? (low >>> at) & 1 : (high >>> (at - WORD)) & 1) === 1;
  };
  const blankMatters =
    has(10) || has(13) || isBlank(value.charCodeAt(0)) || isBlank(value.charCodeAt(value.length - 1));
  if (blankMatters) high |= BLANK_BIT;
  let byHigh = byBits.get(low);
  if (!byHigh) byBits.set(low, (byHigh = new Map()));
  let patterns = byHigh.get(high);
  if (!patterns) {
    patterns = all.filter((p) => {
      const code = p.character.charCodeAt(0);
      return has(code) && (!isBlank(code) || blankMatters);
    });
    byHigh.set(high, patterns);
  }
  return patterns;
}

/**
 * Characters a pattern may escape wherever they stand, or next to a neighbour's: emphasis and code
 * marks, brackets, pipes, backslashes, entities, autolinks ("www.", "http:/", "a@b") and line endings.
 */
const ANYWHERE = /[*[\]_`~|\\&<>@!#=+\r\n\t]|[Ww]\.|:\//;
/**
 * What a pattern may escape at a text's start: a list's number ("1." before a blank or the end,
 * "1)"), a list's mark, "(" after a "]" before it, ":" or "." after a neighbour's letters.
 * A number followed by anything else ("7,5", "8.000") is no marker.
 */
const AT_START = /^(?:\d+(?:\.(?:\s|$)|\))|[-.):(])/;
/** A blank at an edge may be escaped before or after a line ending a neighbour brings. */
const blankAtEdge = (value: string) =>
  /\s/.test(value.charAt(0)) || /\s/.test(value.charAt(value.length - 1));

/** Whether no pattern can escape a character of the text, wherever it stands: the library gives it back as it is. */
export const isPlainText = (value: string) =>
  !ANYWHERE.test(value) && !AT_START.test(value) && !blankAtEdge(value);

/**
 * What a pattern may escape in a text that stands mid-line, between a cell's pipes or inside "_…_" or
 * "**…**", with no line ending in it: ANYWHERE without what only a line's start makes markup ("#",
 * "+", "=", ">" and the list marks and numbers of AT_START), "<" and "&" only before what would open
 * a tag or an entity.
 */
const MID_LINE = /[*[\]_`~|\\@\r\n\t]|<[!/?A-Za-z]|&[#A-Za-z]|[Ww]\.|:\//;

/**
 * Whether the library gives a text that stands mid-line back as it is (a table cell's one text, an
 * emphasis's or a strong's): "- Công nghiệp", "> 95", "< 3,5", "+ Thu gom …" and "(Kèm theo …)".
 */
export const isPlainMidLine = (value: string) => !MID_LINE.test(value);

const text: Handle = (node, parent, state: State, info) => {
  const value = (node as { value: string }).value;
  // Most of a document's texts hold none of these: the library would give them back as they are.
  if (isPlainText(value)) return value;
  const all = state.unsafe;
  state.unsafe = patternsFor(all, value);
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = all;
  }
};

/**
 * What the previous sibling needs to know of this text: its first character as written. The
 * library has no `peek` for text and writes the whole text for it; only a first character that
 * some pattern may escape needs that.
 */
const peek: Handle = (node, parent, state: State, info) => {
  const value = (node as { value: string }).value;
  const code = value.charCodeAt(0);
  if (value.length && code >= 128) return value.charAt(0);
  if (value.length && chosen(state.unsafe).index[code] === -1) return value.charAt(0);
  return text(node, parent, state, info);
};

export const safeText = Object.assign(text, { peek });
