import { InputError } from "../input-error.js";

/**
 * How deep a Markdown text nests, read line by line before remark parses it: quote markers (">")
 * and list indentation at the start of a line, and runs of emphasis marks. remark walks nesting
 * recursively and, for deep lists, in time that grows with depth × length (3,000 nested list items
 * took over 300 s; 20,000 "*" overflowed the stack after 95 s), so depth is refused up front.
 */
export function checkMarkdownDepth(text: string, maxDepth: number): void {
  let n = 0;
  for (const line of text.split("\n")) {
    n++;
    const quotes = /^[\s>]*/.exec(line)![0].replace(/\s/g, "").length;
    // A list level is an indent of two columns or more; four spaces per level is the widest usual.
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, "    ").length;
    const levels = Math.max(quotes, Math.floor(indent / 2));
    // Emphasis nests by runs of "*"; a line of marks alone is a rule, and "____" fills a form's blank.
    const rule = /^[\s*_-]*$/.test(line);
    const emphasis = rule ? 0 : Math.max(0, ...(line.match(/\*{2,}/g) ?? []).map((r) => r.length));
    const depth = Math.max(levels, Math.floor(emphasis / 2));
    if (depth > maxDepth)
      throw new InputError(`line ${n} nests ${depth} deep, over the limit of ${maxDepth} (--max-depth)`);
  }
}
