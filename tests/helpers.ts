import { writeFileSync } from "node:fs";
import type { Blocks } from "../src/model/block.js";
import type { LegalDocument } from "../src/model/document.js";
import type { LegalNode } from "../src/model/node.js";
import { Reporter } from "../src/model/reporter.js";
import { convert } from "../src/pipeline/runner.js";
import { readStage } from "../src/stages/read/index.js";
import { DEFAULT_READ_LIMITS, type SourceText } from "../src/stages/read/reader.js";
import { DEFAULT_LIMITS } from "../src/batch/limits.js";
import type { DocumentTask } from "../src/batch/worker.js";

export function read(text: string, format: "text" | "markdown" = "text"): Promise<Blocks> {
  return Promise.resolve(
    readStage.run(new TextEncoder().encode(text), { format }, { report: new Reporter() }),
  );
}

export async function convertText(
  text: string,
  format: "text" | "markdown" = "text",
  path = "input.txt",
): Promise<LegalDocument> {
  return (await convert({ bytes: new TextEncoder().encode(text), path, format })).document;
}

export function* nodes(node: LegalNode): Generator<LegalNode> {
  yield node;
  for (const c of node.children) yield* nodes(c);
}

export function find(doc: LegalDocument, id: string): LegalNode | undefined {
  return [...nodes(doc.body)].find((n) => n.id === id);
}

/** Every source line each node owns, in tree order: the lossless check compares it with the input. */
export function ownedLines(doc: LegalDocument): number[] {
  return [...nodes(doc.body)].flatMap((n) => n.lines);
}

export function rules(doc: LegalDocument): string[] {
  return doc.diagnostics.map((d) => d.ruleId);
}

/**
 * UPDATE=1 rewrites an expected file, and the test still fails: a person reads the diff before the
 * new answer counts, and a run that rewrote anything never passes (CI refuses UPDATE altogether).
 */
export function rewriteExpected(files: [path: string, content: string][]): void {
  if (process.env.UPDATE !== "1") return;
  for (const [path, content] of files) writeFileSync(path, content);
  throw new Error(
    `UPDATE=1 rewrote ${files.map(([p]) => p).join(", ")}: read the diff, then run again without UPDATE`,
  );
}

/** A reader's output of plain content lines, numbered from 1: what line-level repairs are given. */
export function sourceOf(lines: string[]): SourceText {
  return {
    lines: lines.map((text, i) => ({
      n: i + 1,
      kind: "content",
      text,
      indented: false,
      strong: false,
      refs: [],
    })),
  };
}

/** A converter's task for one file: its JSON sent back whole, nothing written, no OCR. */
export function jsonTask(path: string): DocumentTask {
  return {
    path,
    formats: ["json"],
    csvRaw: false,
    ocr: "off",
    limits: DEFAULT_READ_LIMITS,
    maxInputBytes: DEFAULT_LIMITS.maxInputBytes,
    staging: null,
    keepDocument: true,
  };
}

/**
 * The columns of the table of licensed organisations in the draft report on VLNCN of UBND tỉnh Lào
 * Cai (tests/corpus), as printed: "Cơ quan cấp phép" over the three bodies it spans.
 */
export const VLNCN_COLUMNS = [
  "TT",
  "Loại hình hoạt động của tổ chức",
  "Số lượng tổ chức",
  "Số lượng Giấy phép",
  "Cơ quan cấp phép / Bộ Công Thương",
  "Cơ quan cấp phép / Bộ Quốc phòng",
  "Cơ quan cấp phép / UBND tỉnh/Sở Công Thương",
];
