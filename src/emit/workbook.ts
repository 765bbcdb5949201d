import { zeroZipTimes } from "../zip/central-directory.js";

/**
 * An XLSX file from write-excel-file's sheets, byte for byte the same on every run: the ZIP's
 * timestamps are set to a fixed date (the library stamps the time of writing).
 */
export async function workbook(sheets: unknown[]): Promise<Buffer> {
  // Loaded on first use: a run that writes no workbook never pays for it.
  const { default: writeExcelFile } = await import("write-excel-file/node");
  const buffer = (await writeExcelFile(sheets as never).toBuffer()) as Buffer;
  zeroZipTimes(buffer);
  return buffer;
}
