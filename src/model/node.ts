import { z } from "zod";
import { NumberingStyle } from "../text/numbering-styles.js";
import { TableLayout } from "./block.js";

/**
 * The closed vocabulary of node types in the legal tree. Each is documented in the README.
 * The tree is unist-shaped (`type`, `children`, `position`, `data`) so unist utilities apply.
 */
export const NodeType = z.enum([
  "document", // the root
  "header", // quốc hiệu, issuer, số, place and date, tên loại, trích yếu, urgency marks
  "preamble", // căn cứ, xét đề nghị, enacting formula (QUYẾT NGHỊ:)
  "part", // Phần / PHẦN THỨ NHẤT
  "chapter", // Chương
  "section", // Mục, Roman I. / I-, capital letter A.
  "article", // Điều N.
  "clause", // khoản: a number inside an article
  "point", // điểm: a) b) … đ) …
  "item", // a numbered item outside articles: 1. 1.1. 1.1.1. (1)
  "bullet", // "-", "+", "•" items
  "paragraph", // unnumbered text
  "table", // a table grid (records come from the tables stage)
  "footnote", // a footnote body
  "recipients", // Nơi nhận
  "signature", // authority, capacity lines, name
  "attachment", // a document issued with this one (Chương trình kèm theo Nghị quyết)
  "appendix", // Phụ lục
  "caption", // "(Kèm theo … số … ngày …)"
  "pageBreak", // a printed page number or rule: page furniture kept so no line is lost
  "unassigned", // text the structure stage could not place (always with a diagnostic)
]);
export type NodeType = z.infer<typeof NodeType>;

/** A header line's role (Decree 30/2020/NĐ-CP), recognised by its form; "header" for another line of an attachment's header. */
export const HeaderRole = z.enum([
  "nationalTitle",
  "motto",
  "partyName",
  "issuer",
  "number",
  "placeDate",
  "type",
  "subject",
  "urgency",
  "secrecy",
  "header",
  "rule",
  "session",
]);
export type HeaderRole = z.infer<typeof HeaderRole>;

/** A preamble paragraph's role: a căn cứ, or the enacting formula that closes the preamble. */
export const PreambleRole = z.enum(["basis", "enacting"]);

/** Body text that is not the document's own: the text an amendment quotes. */
export const ContentRole = z.enum(["quoted"]);

/**
 * `data.style`: what made a node, one closed vocabulary per node family — the numbering style of a
 * numbered node, the role of a header or preamble line, the source layout of a table.
 */
export const NodeStyle = z.union([NumberingStyle, HeaderRole, PreambleRole, ContentRole, TableLayout]);
export type NodeStyle = z.infer<typeof NodeStyle>;

export const Point = z.object({ line: z.number().int().positive(), column: z.number().int().positive() });
export const Position = z.object({ start: Point, end: Point });
export type Position = z.infer<typeof Position>;

/** Where a footnote marker stood: an offset into the node's `text` (or `title` when `field` says so). */
export const FootnoteRef = z.object({
  label: z.string(),
  offset: z
    .number()
    .int()
    .min(0)
    .describe("Character offset in the field (in a table: in the source line's text)."),
  field: z
    .enum(["title", "table"])
    .optional()
    .describe("Absent for `text`; `table` for a marker inside a table row."),
  line: z.number().int().positive().optional().describe("For `table`: the source line that held the marker."),
});

export interface LegalNode {
  type: NodeType;
  id: string;
  label: string | null;
  title: string | null;
  text: string | null;
  children: LegalNode[];
  position: Position;
  /** Source lines of this node's own text (heading and inline text), not of its children. */
  lines: number[];
  data?: {
    /** What made this node: numbering style, header or preamble role, table layout (NodeStyle). */
    style?: NodeStyle;
    footnoteRefs?: { label: string; offset: number; field?: "title" | "table"; line?: number }[];
    rows?: string[][];
    strong?: boolean;
  };
}

/** A node's fields, its children given by the caller: the tree's schema, or a shallow check (document-parser.ts). */
export function nodeObject<C extends z.ZodType>(children: C) {
  return z.object({
    type: NodeType,
    id: z.string().min(1),
    label: z.string().nullable(),
    title: z.string().nullable(),
    text: z.string().nullable(),
    children,
    position: Position,
    lines: z.array(z.number().int().positive()),
    data: z
      .object({
        style: NodeStyle.optional(),
        footnoteRefs: z.array(FootnoteRef).optional(),
        rows: z.array(z.array(z.string())).optional(),
        strong: z.boolean().optional(),
      })
      .optional(),
  });
}

export const LegalNode: z.ZodType<LegalNode> = z
  .lazy(() => nodeObject(z.array(LegalNode)))
  .meta({ id: "LegalNode", description: "A node of the legal tree (unist-shaped)." });
