import { z } from "zod";

/**
 * The verdict a results table prints beside target and achieved value ("So với mục tiêu": Đạt,
 * Không đạt, Vượt …). Capitalised as a cell starts, so "các cấp đạt chuẩn" inside a label is no verdict.
 */
export const Evaluation = z.enum(["achieved", "notAchieved", "exceeded", "mostlyAchieved"]);
export type Evaluation = z.infer<typeof Evaluation>;

/** Each verdict as a Vietnamese reader expects it in a table. */
export const EVALUATION_LABEL: Readonly<Record<Evaluation, string>> = {
  achieved: "Đạt",
  notAchieved: "Không đạt",
  exceeded: "Vượt",
  mostlyAchieved: "Cơ bản đạt",
};

const VERDICTS: [string, Evaluation][] = [
  [String.raw`(?:Không|Chưa) (?:đạt|hoàn thành)`, "notAchieved"],
  [String.raw`Cơ bản (?:đạt|hoàn thành)`, "mostlyAchieved"],
  [String.raw`Vượt(?: mức| chỉ tiêu)?`, "exceeded"],
  [String.raw`Đạt|Hoàn thành`, "achieved"],
];
const ANY = VERDICTS.map(([p]) => p).join("|");
const WHOLE = VERDICTS.map(([p, e]) => [new RegExp(`^(?:${p})$`, "u"), e] as const);
const SUFFIX = new RegExp(`^(.*?)\\s*(${ANY})$`, "u");
const PREFIX = new RegExp(`^(${ANY})(?:\\s+(.*))?$`, "u");

/** A verdict cell's reading, or null when the text is not one. */
export function parseEvaluation(text: string): Evaluation | null {
  const s = text.trim().replace(/\s+/g, " ");
  return WHOLE.find(([re]) => re.test(s))?.[1] ?? null;
}

/** The verdict that ends a flattened row, with the text before it. */
export function evaluationSuffix(text: string): { before: string; verdict: string } | null {
  const m = SUFFIX.exec(text.trim());
  return m ? { before: m[1]!, verdict: m[2]! } : null;
}

/** The verdict that opens a line ("Đạt Tỷ lệ thất nghiệp …": a merged cell and the next row). */
export function evaluationPrefix(text: string): { verdict: string; rest: string } | null {
  const m = PREFIX.exec(text.trim());
  return m ? { verdict: m[1]!, rest: m[2] ?? "" } : null;
}
