import { legacyFontEncoding } from "../../../text/tcvn3.js";
import { capitalOf } from "../capital-runs.js";

/**
 * RTF → plain text: paragraphs as lines, a table cell ended by a tab and a row by a line break, as
 * word-extractor gives a Word 97 table (the same step, doc/cell-rows.ts, then sets each row on a
 * line, or a layout row's cells side by side). A small reader of the format's
 * syntax (groups, control words, hex and Unicode escapes); the destinations that hold no body text —
 * font and colour tables, styles, document info, pictures, headers and footers — are skipped. Bytes
 * written as \'hh come back as Latin-1 characters: Vietnamese typed in 8-bit fonts is converted by
 * reading afterwards (text/legacy-encoding.ts), since the font names that would tell are per run.
 */
const SKIPPED = new Set([
  "fonttbl",
  "colortbl",
  "stylesheet",
  "info",
  "pict",
  "header",
  "headerl",
  "headerr",
  "headerf",
  "footer",
  "footerl",
  "footerr",
  "footerf",
  "listtable",
  "listoverridetable",
  "rsidtbl",
  "xmlnstbl",
  "generator",
  "themedata",
  "colorschememapping",
  "datastore",
  "latentstyles",
  "pgdsctbl",
  "object",
  "fldinst",
  "filetbl",
  "revtbl",
  "mmathPr",
  "footnote",
]);
const BREAKS: Record<string, string> = {
  par: "\n",
  line: "\n",
  sect: "\n",
  page: "\n",
  row: "\n",
  tab: "\t",
  cell: "\t",
};

/** The numbers of the font table's TCVN3 capital fonts ("{\\f16\\fswiss … .VnTimeH;}"). */
function capitalFonts(rtf: string): Set<number> {
  const at = rtf.indexOf("\\fonttbl");
  const found = new Set<number>();
  if (at < 0) return found;
  // Each entry is a group "{\fN … name;}" that may hold groups of its own (panose, alternate name).
  const entry = /\{\\f(\d+)((?:[^{}]|\{[^{}]*\})*)\}/g;
  entry.lastIndex = at;
  for (let m = entry.exec(rtf); m; m = entry.exec(rtf)) {
    if (m.index > at + 200_000) break;
    const name = m[2]!
      .replace(/\{[^{}]*\}/g, "")
      .replace(/\\[a-z]+-?\d* ?/gi, "")
      .split(";")[0]!
      .trim();
    if (legacyFontEncoding(name) === "tcvn3-upper") found.add(Number(m[1]));
    // The table ends where its entries stop following one another.
    if (rtf[entry.lastIndex] === "}" || rtf.slice(entry.lastIndex).trimStart().startsWith("}")) break;
  }
  return found;
}

export function rtfText(rtf: string): string {
  const out: string[] = [];
  const capitals = capitalFonts(rtf);
  let defaultFont = -1;
  // Per open group: whether its text is skipped, how many fallback characters follow a \uN, its font.
  // …and whether it is a list item's printed label.
  const stack: { skip: boolean; uc: number; font: number; label: boolean }[] = [
    { skip: false, uc: 1, font: -1, label: false },
  ];
  let pendingSkip = 0;
  const top = () => stack[stack.length - 1]!;
  const emit = (s: string) => {
    if (pendingSkip > 0) {
      pendingSkip--;
      return;
    }
    if (top().skip) return;
    out.push(capitals.has(top().font) ? capitalOf(s) : s);
  };
  for (let i = 0; i < rtf.length; i++) {
    const c = rtf[i]!;
    if (c === "{") {
      stack.push({ ...top() });
      // "{\*\destination …}": a destination this reader does not know is skipped whole.
      if (rtf.startsWith("\\*", i + 1)) top().skip = true;
      continue;
    }
    if (c === "}") {
      if (stack.length > 1) stack.pop();
      continue;
    }
    if (c === "\r" || c === "\n") continue;
    if (c !== "\\") {
      emit(c);
      continue;
    }
    const next = rtf[i + 1] ?? "";
    if (next === "'") {
      emit(String.fromCharCode(parseInt(rtf.slice(i + 2, i + 4), 16) || 0x3f));
      i += 3;
      continue;
    }
    if (!/[a-z]/i.test(next)) {
      // Control symbols: escaped braces and backslash, non-breaking space and hyphen, optional hyphen.
      if (next === "\\" || next === "{" || next === "}") emit(next);
      else if (next === "~") emit(" ");
      else if (next === "_") emit("-");
      i += 1;
      continue;
    }
    const m = /^([a-z]+)(-?\d+)? ?/i.exec(rtf.slice(i + 1, i + 40))!;
    const [word, arg] = [m[1]!, m[2]];
    i += m[0].length;
    if (SKIPPED.has(word)) top().skip = true;
    // A list item's label as Word printed it ("{\listtext 1.\tab}", "{\pntext a)\tab}"): the tab
    // after it is the space before the item's text, not a cell.
    else if (word === "listtext" || word === "pntext") top().label = true;
    else if (word === "tab" && top().label && !top().skip) out.push(" ");
    else if (word === "uc") top().uc = Number(arg ?? 1);
    else if (word === "f" && arg !== undefined) top().font = Number(arg);
    else if (word === "deff" && arg !== undefined) defaultFont = Number(arg);
    else if (word === "plain") top().font = defaultFont;
    else if (word === "u" && arg !== undefined) {
      const code = Number(arg);
      emit(String.fromCharCode(code < 0 ? code + 65536 : code));
      pendingSkip = top().uc;
    } else if (BREAKS[word] && !top().skip) out.push(BREAKS[word]);
  }
  return out.join("");
}
