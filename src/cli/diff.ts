import { diffDocuments } from "../diff/index.js";
import type { LegalDocument } from "../model/document.js";
import type { DocumentDiff } from "../model/diff.js";
import { diffToHtml } from "../emit/diff-html.js";
import { diffToMarkdown } from "../emit/diff-markdown.js";
import { diffToXlsx } from "../emit/diff-xlsx.js";
import { safeJoin, writeFiles } from "../batch/output.js";
import { slugFor } from "../batch/slug.js";
import type { DiffFormat } from "../batch/formats.js";

/** "108-NQ-CP-2019__07-NQ-CP-2025": both documents' slugs, so a pair never overwrites another. */
export function diffSlug(a: LegalDocument, b: LegalDocument): string {
  return `${slugFor(a.source.path, a.metadata.documentNumber)}__${slugFor(b.source.path, b.metadata.documentNumber)}`;
}

/** Renders every requested format first, then writes them atomically into DIR/<old>__<new>/. */
export async function writeDiff(
  diff: DocumentDiff,
  folder: string,
  formats: readonly DiffFormat[],
): Promise<string[]> {
  const render: Record<DiffFormat, () => Promise<string | Uint8Array> | string> = {
    json: () => `${JSON.stringify(diff, null, 2)}\n`,
    md: () => diffToMarkdown(diff),
    xlsx: () => diffToXlsx(diff),
    html: () => diffToHtml(diff),
  };
  const files: [string, string | Uint8Array][] = [];
  for (const f of formats) files.push([`diff.${f}`, await render[f]()]);
  return writeFiles(folder, files);
}

/** Diffs two converted documents and writes the result under `outDir`; returns the folder and the diff. */
export async function diffAndWrite(
  a: LegalDocument,
  b: LegalDocument,
  outDir: string,
  formats: readonly DiffFormat[],
): Promise<{ folder: string; diff: DocumentDiff }> {
  const diff = diffDocuments(a, b);
  const folder = safeJoin(outDir, diffSlug(a, b));
  await writeDiff(diff, folder, formats);
  return { folder, diff };
}
