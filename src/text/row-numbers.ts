/**
 * How tables number their rows, written once for every reader and the tables stage: the header cell
 * that announces a row-number column, and the number that opens a row in a table flattened into lines.
 */

/** The row-number header as printed: "TT", "STT", "Số TT". */
export const ROW_NUMBER_HEADER = /^(S?TT|Số TT)$/iu;

/** A line that opens a flattened table: the row-number header, alone or followed by more labels. */
export const ROW_NUMBER_HEADER_LINE = /^(S?TT|Số TT)(\s+\p{Lu}.*)?$/u;

/** A row-number header repeated at the top of a page, with the labels that follow it. */
export const ROW_NUMBER_HEADER_START = /^(S?TT|Số TT)(\s|$)/u;

/** The number that opens a row of a flattened table: 1–999, a group letter or a Roman numeral, then a capital. */
export const FLOW_ROW_START = /^(\d{1,3}|[A-ZĐ]|[IVX]{1,4})(\s*$|\s+\p{Lu})/u;
