import type { Emphasis, Parents, PhrasingContent, Strong, Text } from "mdast";
import { isPlainMidLine } from "./safe-text.js";
import type { Handle, Info, State } from "mdast-util-to-markdown";

/**
 * mdast-util-to-markdown's phrasing pass, for the parents document.md is made of: texts, footnote
 * references and line breaks, with at most one strong text among them ("**1.** Nội dung…", a
 * heading's label and title, a text with its footnote markers), and one emphasised text alone.
 * The library's general pass tracks positions, keeps attention apart to choose its markers, and
 * checks that each marker pair forms (two thirds of 03-CT's document.md time after the one-text pass). Here each child is written by
 * its own handler with the same neighbours the library gives it, and a strong text is written
 * "**…**" only where no marker choice or character encoding can arise: its text opens with a letter
 * or digit, does not end in a blank, and is followed by a blank. Anything else goes to the library,
 * so the output is the library's byte for byte (`tests/unit/safe-text.test.ts` compares both).
 * Returns undefined when the parent is not of that shape.
 */
export function fastPhrasing(parent: Parents, state: State, info: Info): string | undefined {
  const children = (parent as { children: PhrasingContent[] }).children;
  const emphasis = emphasisAlone(children, info);
  if (emphasis !== undefined) return emphasis;
  let strong = -1;
  for (let i = 0; i < children.length; i++) {
    const type = children[i]!.type;
    if (type === "text" || type === "footnoteReference" || type === "break") continue;
    if (type !== "strong" || strong >= 0 || !oneText(children[i] as Strong)) return undefined;
    strong = i;
  }
  // The library would pick "__" where "**" touches a marker of its neighbours'.
  if (strong >= 0 && (isMarker(info.before.charAt(0)) || isMarker(info.after.charAt(0)))) return undefined;
  const handlers = (state.handle as unknown as { handlers: Record<string, Handle & { peek?: Handle }> })
    .handlers;
  const position = { now: { line: 1, column: 1 }, lineShift: 0 };
  const results: string[] = [];
  let strongAt = -1;
  let before = info.before;
  state.indexStack.push(-1);
  try {
    for (let i = 0; i < children.length; i++) {
      state.indexStack[state.indexStack.length - 1] = i;
      const child = children[i]!;
      let after = info.after;
      if (i + 1 < children.length) {
        const next = children[i + 1]!;
        const handle = handlers[next.type]!;
        after = ((handle.peek ?? handle)(next, parent, state, at(position, "", "")) as string).charAt(0);
      }
      if (i === strong) {
        const inner = strongText(child as Strong, state, position);
        if (
          !inner ||
          !opens(before.charAt(before.length - 1), inner) ||
          isBlank(inner.charAt(inner.length - 1))
        )
          return undefined;
        strongAt = results.length;
        results.push(`**${inner}**`);
        before = "*";
        continue;
      }
      const value = state.handle(child, parent, state, at(position, before, after));
      if (!value) continue;
      results.push(value);
      before = value.charAt(value.length - 1);
    }
  } finally {
    state.indexStack.pop();
  }
  // The closing "**" forms, with nothing to encode, only before a blank.
  if (strongAt >= 0 && !isBlank(results[strongAt + 1]?.charAt(0) ?? "")) return undefined;
  return results.join("");
}

/** A child's info, written out: a spread of the position per child was a tenth of this pass. */
function at(position: Omit<Info, "before" | "after">, before: string, after: string): Info {
  return { now: position.now, lineShift: position.lineShift, before, after };
}

/**
 * A parent holding one emphasised text between blanks or line endings (a caption, the trích yếu
 * under the title): "_…_". The library encodes a character inside the markers only where it is a
 * blank; a text with no character escaped anywhere is written inside them as it is (its start and
 * end stand after and before a "_", never a line's start or a neighbour's letters).
 */
function emphasisAlone(children: PhrasingContent[], info: Info): string | undefined {
  if (children.length !== 1 || children[0]!.type !== "emphasis") return undefined;
  const node = children[0] as Emphasis;
  if (node.children.length !== 1 || node.children[0]!.type !== "text") return undefined;
  const value = node.children[0].value;
  if (!value || !isPlainMidLine(value) || isBlank(value.charAt(0)) || isBlank(value.charAt(value.length - 1)))
    return undefined;
  if (!isBlank(info.before.charAt(info.before.length - 1)) || !isBlank(info.after.charAt(0)))
    return undefined;
  return `_${value}_`;
}

function oneText(node: Strong): boolean {
  return node.children.length === 1 && node.children[0]!.type === "text";
}

/** The strong's text as the library writes it inside "**": between its own markers. */
function strongText(node: Strong, state: State, position: Omit<Info, "before" | "after">): string {
  const exit = state.enter("strong");
  state.indexStack.push(0);
  try {
    return state.handle(node.children[0] as Text, node, state, at(position, "**", "**"));
  } finally {
    state.indexStack.pop();
    exit();
  }
}

/**
 * Whether "**" opens before `inner` with nothing encoded, after the character `outside`: before a
 * letter or digit always; before punctuation ("**(1)** Tăng trưởng …") only after a blank, a line's
 * start or punctuation, since after a letter the library encodes that letter.
 */
function opens(outside: string, inner: string): boolean {
  if (isWordCode(inner.charCodeAt(0))) return true;
  return (
    PUNCTUATION.test(inner.charAt(0)) && (outside === "" || isBlank(outside) || PUNCTUATION.test(outside))
  );
}

/** Punctuation and symbols, as CommonMark's flanking rules count them. */
const PUNCTUATION = /[\p{P}\p{S}]/u;

const isMarker = (c: string) => c === "*" || c === "_";
/** White space as CommonMark's flanking rules count it (Unicode's, line endings included). */
const isBlank = (c: string) => c !== "" && /\s/.test(c);
/** An ASCII letter or digit, or any letter past ASCII that is neither space nor punctuation. */
function isWordCode(code: number): boolean {
  if (code >= 48 && code <= 57) return true;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  // Vietnamese letters (Latin-1 Supplement to Latin Extended Additional), never punctuation.
  return (
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff)
  );
}
