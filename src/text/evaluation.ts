/**
 * The verdict a results table prints beside target and achieved value ("So với mục tiêu": Đạt,
 * Không đạt, Vượt …). Capitalised as a cell starts, so "các cấp đạt chuẩn" inside a label is no verdict.
 */
export type Evaluation = "achieved" | "notAchieved" | "exceeded" | "mostlyAchieved";

const VERDICTS: [RegExp, Evaluation][] = [
  [/^(Không|Chưa) (đạt|hoàn thành)$/u, "notAchieved"],
  [/^Cơ bản (đạt|hoàn thành)$/u, "mostlyAchieved"],
  [/^Vượt( mức| chỉ tiêu)?$/u, "exceeded"],
  [/^(Đạt|Hoàn thành)$/u, "achieved"],
];

/** A verdict cell's reading, or null when the text is not one. */
export function parseEvaluation(text: string): Evaluation | null {
  const s = text.trim().replace(/\s+/g, " ");
  return VERDICTS.find(([re]) => re.test(s))?.[1] ?? null;
}

/** The verdict that ends a flattened row, with the text before it. */
export function evaluationSuffix(text: string): { before: string; verdict: string } | null {
  const m = /^(.*?)\s*((?:Không|Chưa) (?:đạt|hoàn thành)|Cơ bản (?:đạt|hoàn thành)|Vượt(?: mức| chỉ tiêu)?|Đạt|Hoàn thành)$/u.exec(text.trim());
  return m ? { before: m[1]!, verdict: m[2]! } : null;
}

/** The verdict that opens a line ("Đạt Tỷ lệ thất nghiệp …": a merged cell and the next row). */
export function evaluationPrefix(text: string): { verdict: string; rest: string } | null {
  const m = /^((?:Không|Chưa) (?:đạt|hoàn thành)|Cơ bản (?:đạt|hoàn thành)|Vượt|Đạt|Hoàn thành)(?:\s+(.*))?$/u.exec(text.trim());
  return m ? { verdict: m[1]!, rest: m[2] ?? "" } : null;
}
