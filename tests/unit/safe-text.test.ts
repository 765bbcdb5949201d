import fc from "fast-check";
import type { PhrasingContent, Root, RootContent } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import { describe, expect, it } from "vitest";
import { serialize } from "../../src/emit/mdast.js";
import { safeText } from "../../src/emit/safe-text.js";

/** The library's own serialisation, with its own text handler: what ours must equal byte for byte. */
const library = (root: Root) =>
  toMarkdown(root, {
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    bullet: "-",
    emphasis: "_",
    rule: "-",
  });

// Every character some construct treats as markup, line endings and blanks among them, and letters.
const piece = fc.constantFrom(
  ...'<|`\t\r\n[]> _*()#:-~@.\\=+&"!1a Đ'.split(""),
  "1.",
  "www.",
  "W.x",
  "(",
  "](",
  "a@b.vn",
  "http://x.vn",
  "  ",
  "\n\n",
  "Điều 1.",
  "- ",
  "+ ",
  "# ",
);
const value = fc.array(piece, { maxLength: 14 }).map((xs) => xs.join(""));
const phrasing: fc.Arbitrary<PhrasingContent> = fc.oneof(
  value.map((v) => ({ type: "text", value: v }) as PhrasingContent),
  value.map((v) => ({ type: "strong", children: [{ type: "text", value: v }] }) as PhrasingContent),
  value.map((v) => ({ type: "emphasis", children: [{ type: "text", value: v }] }) as PhrasingContent),
  fc.constant({ type: "break" } as PhrasingContent),
  // A footnote reference ends in "]": a text after it opening with "(" would read as a link.
  fc.constant({ type: "footnoteReference", identifier: "1", label: "1" } as PhrasingContent),
  value.map((v) => ({ type: "link", url: "#a", children: [{ type: "text", value: v }] }) as PhrasingContent),
);
const paragraph = fc
  .array(phrasing, { minLength: 1, maxLength: 4 })
  .map((children) => ({ type: "paragraph", children }) as RootContent);
const block: fc.Arbitrary<RootContent> = fc.oneof(
  paragraph,
  // Paragraphs inside list items and quotes: the phrasing pass sees their indents and markers.
  fc.tuple(fc.boolean(), fc.array(paragraph, { minLength: 1, maxLength: 3 })).map(
    ([ordered, paras]) =>
      ({
        type: "list",
        ordered,
        children: paras.map((p) => ({ type: "listItem", children: [p] })),
      }) as RootContent,
  ),
  paragraph.map((p) => ({ type: "blockquote", children: [p] }) as RootContent),
  fc
    .array(phrasing, { minLength: 1, maxLength: 3 })
    .map((children) => ({ type: "heading", depth: 2, children }) as RootContent),
  fc.array(fc.array(value, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 }).map(
    (rows) =>
      ({
        type: "table",
        children: rows.map((r) => ({
          type: "tableRow",
          children: r.map((c) => ({ type: "tableCell", children: [{ type: "text", value: c }] })),
        })),
      }) as RootContent,
  ),
  // Rows of any length (none too), cells of no text, of phrasing, empty: a table's own layout.
  fc.array(fc.array(fc.array(phrasing, { maxLength: 2 }), { maxLength: 3 }), { maxLength: 3 }).map(
    (rows) =>
      ({
        type: "table",
        children: rows.map((r) => ({
          type: "tableRow",
          children: r.map((children) => ({ type: "tableCell", children })),
        })),
      }) as RootContent,
  ),
);

describe("document.md's text handler and one-text phrasing pass", () => {
  it("write exactly what the library's own handlers write, on generated text in every construct", () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (children) => {
        const root: Root = { type: "root", children };
        expect(serialize(root)).toBe(library(root));
      }),
      { seed: 16, numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
  });

  it("write a strong label as the library does where its markers meet letters, blanks or marks", () => {
    const t = (value: string): PhrasingContent => ({ type: "text", value });
    const strong = (value: string): PhrasingContent => ({ type: "strong", children: [t(value)] });
    const shapes: PhrasingContent[][] = [
      [strong("1."), t(" "), t("Nội dung")],
      [t("a"), strong("(b)"), t(" c")],
      [t("a"), strong(" b"), t(" c")],
      [strong("1."), t("c")],
      [strong("Điều 2 "), t(" c")],
      [strong("x\u00a0"), t(" c")],
      [t("a"), strong("b"), t(" c"), strong("d"), t(" e")],
      [strong("a*b"), t(" c")],
      [strong("a"), { type: "footnoteReference", identifier: "1", label: "1" }, t(" c")],
      // A label in brackets or quotes opens with punctuation: written as is after a blank or punctuation.
      [strong("(1)"), t(" "), t("Tăng trưởng")],
      [t("("), strong("(2)"), t(" c")],
      [t("a "), strong("“3”"), t(" c")],
    ];
    for (const children of shapes) {
      const root: Root = { type: "root", children: [{ type: "paragraph", children }] };
      expect(serialize(root)).toBe(library(root));
    }
    // A letter before "**(" is encoded, or the markers would not open.
    expect(serialize({ type: "root", children: [{ type: "paragraph", children: shapes[1]! }] })).toBe(
      "&#x61;**(b)** c\n",
    );
  });

  it("writes a cell that opens with a list's mark or number, or a bracket, as it is, like the library", () => {
    const cells = [
      "- Công nghiệp",
      "1. Nội dung",
      "2) a",
      "(Kèm theo)",
      " lề",
      "x:",
      "a *b*",
      "c|d",
      "> 95",
      "< 3,5",
      "<b",
      "+ Thu gom",
      "&amp",
      "# 1",
    ];
    const root: Root = {
      type: "root",
      children: [
        {
          type: "table",
          children: [["Chỉ tiêu"], ...cells.map((c) => [c])].map((r) => ({
            type: "tableRow",
            children: r.map((c) => ({ type: "tableCell", children: [{ type: "text", value: c }] })),
          })),
        },
      ],
    };
    const out = serialize(root);
    expect(out).toBe(library(root));
    expect(out).toContain("| - Công nghiệp |");
    expect(out).toContain("| > 95 |");
    expect(out).toContain("| a \\*b\\* |");
  });

  it("still escapes what would become markup", () => {
    const root: Root = {
      type: "root",
      children: [{ type: "paragraph", children: [{ type: "text", value: "1. a *b* [c] <d>" }] }],
    };
    expect(serialize(root)).toBe("1\\. a \\*b\\* \\[c] \\<d>\n");
    expect(safeText.peek).toBeTypeOf("function");
  });
});
