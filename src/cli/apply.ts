import { consolidate } from "../apply/consolidate.js";
import { safeJoin, writeFiles } from "../batch/output.js";
import { slugFor } from "../batch/slug.js";
import { applyToMarkdown } from "../emit/apply-markdown.js";
import { toMarkdownDocument } from "../emit/markdown.js";
import type { ApplyReport } from "../model/apply.js";
import type { LegalDocument } from "../model/document.js";

/**
 * Writes DIR/<base>__hop-nhat/: document.json (the consolidated text, which `vanban diff` reads),
 * document.md, apply.json (each instruction, applied or not, with its provenance) and apply.md.
 */
export async function applyAndWrite(
  base: LegalDocument,
  amending: LegalDocument[],
  outDir: string,
): Promise<{ folder: string; report: ApplyReport }> {
  const { document, report } = consolidate(base, amending);
  const folder = safeJoin(outDir, `${slugFor(base.source.path, base.metadata.documentNumber)}__hop-nhat`);
  await writeFiles(folder, [
    ["document.json", `${JSON.stringify(document, null, 2)}\n`],
    ["document.md", toMarkdownDocument(document)],
    ["apply.json", `${JSON.stringify(report, null, 2)}\n`],
    ["apply.md", applyToMarkdown(report)],
  ]);
  return { folder, report };
}
