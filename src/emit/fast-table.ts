import type { Table, TableCell } from "mdast";
import type { Handle, Info, State } from "mdast-util-to-markdown";
import { isPlainMidLine } from "./safe-text.js";

/**
 * mdast-util-gfm-table's table handler, with the same output (`tests/unit/safe-text.test.ts`
 * compares both) and less work per cell: half of 03-CT's document.md was its tables, each cell
 * going through the library's constructs, phrasing pass and text handler, and then markdown-table.
 * A cell holding one text no pattern can escape there is written as it is, which is what the library
 * gives for it; any other cell still goes through the library's phrasing pass. The rows are then
 * laid out as markdown-table does with the settings the library gives it (no column alignment,
 * padding, each row as long as it is, the delimiter row as long as the header).
 */
export const fastTable: Handle = (node, _parent, state, info) => {
  const table = node as Table;
  const matrix: string[][] = [];
  const exitTable = state.enter("table");
  try {
    for (const row of table.children) {
      const exitRow = state.enter("tableRow");
      try {
        matrix.push(row.children.map((cell) => cellText(cell, state, info)));
      } finally {
        exitRow();
      }
    }
  } finally {
    exitTable();
  }
  const head = matrix[0];
  if (head) {
    const columns = table.align?.length || Math.max(...matrix.map((r) => r.length));
    while (head.length < columns) head.push("");
  }
  // markdown-table writes a table of no rows as its delimiter row of one empty cell.
  if (!head) return "| |";
  const lines = [line(head), line(head.map(() => "-"))];
  for (let r = 1; r < matrix.length; r++) lines.push(line(matrix[r]!));
  return lines.join("\n");
};

function cellText(cell: TableCell, state: State, info: Info): string {
  const children = cell.children;
  if (!children.length) return "";
  if (children.length === 1) {
    const only = children[0]!;
    if (only.type === "text" && isPlainMidLine(only.value)) return only.value;
    // A group row's title in bold: between pipes, "**" opens and closes around anything but a
    // blank without the library encoding a character (every neighbour is punctuation).
    if (only.type === "strong" && only.children.length === 1 && only.children[0]!.type === "text") {
      const value = only.children[0].value;
      if (value && isPlainMidLine(value) && !/^\s|\s$/.test(value)) return `**${value}**`;
    }
  }
  const exit = state.enter("tableCell");
  const subexit = state.enter("phrasing");
  try {
    // The library's own padding setting is off: it writes a cell's neighbours as pipes.
    return state.containerPhrasing(cell, { ...info, before: "|", after: "|" });
  } finally {
    subexit();
    exit();
  }
}

/** "| a | b |"; an empty cell "| |"; a row of no cells one empty cell. */
function line(cells: string[]): string {
  if (!cells.length) return "| |";
  let out = "|";
  for (const cell of cells) out += cell === "" ? " |" : ` ${cell} |`;
  return out;
}
