import type {
  Block,
  Blocks,
  FootnoteBlock,
  FurnitureBlock,
  SourceFormat,
  TableBlock,
} from "../../../model/block.js";
import type { Reporter } from "../../../model/reporter.js";
import type { AssemblyTraits, SourceText } from "../reader.js";
import type { SourceLine } from "../source-line.js";
import { flowTables } from "./flow-tables.js";
import { expandLayoutGrids } from "./layout-grids.js";
import { assembleParagraphs } from "./paragraphs.js";
import { splitRunTogether } from "./run-together.js";
import { groupTables } from "./tables.js";

/**
 * Lines → blocks, the same for every format: tables (the reader's grids, or those written in the
 * lines), flattened tables, paragraphs, footnotes and page furniture, in source order. It asks the
 * reader's traits how lines were printed, never which format they came from.
 */
export function assemble(
  source: SourceText,
  format: SourceFormat,
  traits: AssemblyTraits,
  report: Reporter,
): Blocks {
  const { lines } = source;
  const { tables, used } = tablesOf(source, traits);
  const unread = (line: number) =>
    report.warn(
      "table-region-unread",
      "a table header (TT/STT and column names) gives no rows that could be read",
      { line },
    );
  if (traits.flowTables) tables.push(...flowTables(lines, used, unread));
  const sorted: Block[] = [
    ...assembleParagraphs(lines, used, traits.hardWraps),
    ...tables,
    ...footnoteBlocks(lines),
    ...furniture(lines),
  ];
  sorted.sort((a, b) => a.lines[0]! - b.lines[0]!);
  // A header or closing laid out in a table is text, read column by column; one flattened to a
  // line a row is cut back into its parts.
  const expanded = expandLayoutGrids(sorted);
  const { blocks, split } = splitRunTogether(expanded.blocks, report);
  const shared = [...expanded.shared, ...split];
  const pages = lines.filter((l) => l.kind === "furniture" && !l.furnitureOf);
  if (pages.length)
    report.info("page-furniture", `${pages.length} printed page number(s) kept apart from the text`, {
      line: pages[0]!.n,
    });
  const blocksOut: Blocks = {
    format,
    lineCount: lines.length,
    contentLines: contentLines(lines),
    splitLines: [
      ...new Set([...lines.filter((l) => isContent(l) && (l.column ?? 0) > 0).map((l) => l.n), ...shared]),
    ].sort((a, b) => a - b),
    blocks,
  };
  return source.layout ? { ...blocksOut, layout: source.layout } : blocksOut;
}

/** The lines holding content, in order; a table row gathered from several lines (laid out with spaces) owns them all. */
function contentLines(lines: readonly SourceLine[]): number[] {
  const out = new Set<number>();
  for (const l of lines) {
    if (!isContent(l)) continue;
    out.add(l.n);
    if (l.span) for (const n of l.span) out.add(n);
  }
  return [...out].sort((a, b) => a - b);
}

/** The reader's tables, and those written in the lines: lines a given table holds are no others'. */
function tablesOf(source: SourceText, traits: AssemblyTraits): { tables: TableBlock[]; used: Set<number> } {
  const { lines } = source;
  if (!source.tables) return groupTables(lines, traits.lineTables);
  const given = new Set(source.tables.flatMap((t) => t.rows.flatMap((r) => r.lines)));
  const isGiven = (l: SourceLine) => l.kind === "table" && (!source.tablesInLines || given.has(l.n));
  const used = new Set(lines.flatMap((l, i) => (isGiven(l) ? [i] : [])));
  if (!source.tablesInLines) return { tables: [...source.tables], used };
  const rest = lines.map((l, i): SourceLine => (used.has(i) ? { ...l, kind: "blank", text: "" } : l));
  const found = groupTables(rest, traits.lineTables);
  return { tables: [...source.tables, ...found.tables], used: new Set([...used, ...found.used]) };
}

function isContent(l: SourceLine): boolean {
  return l.kind !== "blank" && l.kind !== "rule" && l.kind !== "markup";
}

function footnoteBlocks(lines: SourceLine[]): FootnoteBlock[] {
  const out: FootnoteBlock[] = [];
  for (const line of lines) {
    if (line.kind !== "footnote") continue;
    // Lines of one footnote share its label; a body continued on the next page joins it.
    const same = out.find((f) => f.label === line.footnote);
    if (same) {
      same.text = same.text ? `${same.text} ${line.text}` : line.text;
      same.lines.push(line.n);
    } else out.push({ kind: "footnote", label: line.footnote ?? "?", text: line.text, lines: [line.n] });
  }
  return out;
}

function furniture(lines: SourceLine[]): FurnitureBlock[] {
  return lines
    .filter((l) => l.kind === "furniture")
    .map((l) => ({ kind: "furniture", role: "page-number", text: l.text, lines: [l.n] }));
}
