import { diffDocuments } from "../diff/index.js";
import type { DocumentDiff } from "../model/diff.js";
import type { LegalDocument } from "../model/document.js";
import type { PipelineDefinition } from "../model/pipeline.js";
import type { TargetTimeline } from "../model/timeline.js";
import { buildTimeline } from "../timeline/build.js";
import { PlanError } from "./stages.js";

export interface PairDiff {
  /** The pair as the definition names it. */
  old: string;
  new: string;
  diff: DocumentDiff;
}

export interface CrossDocumentResult {
  /** The targets timeline over every converted document, when the definition asks for it. */
  timeline: TargetTimeline | null;
  diffs: PairDiff[];
}

/**
 * The steps that need every document of a run: the targets timeline and the diff of each pair the
 * definition names. `documents` holds the converted documents under the paths the pairs use; a pair
 * naming a document that is not there (not listed, or failed) is a PlanError.
 */
export function runCrossDocument(
  definition: PipelineDefinition,
  documents: ReadonlyMap<string, LegalDocument>,
  keyOf: (path: string) => string,
): CrossDocumentResult {
  const timeline = definition.targets ? buildTimeline([...documents.values()]) : null;
  const diffs: PairDiff[] = [];
  for (const [a, b] of definition.diff?.pairs ?? []) {
    const [oldDoc, newDoc] = [documents.get(keyOf(a)), documents.get(keyOf(b))];
    if (!oldDoc || !newDoc)
      throw new PlanError(`diff pair ${a} → ${b} names an input that is not listed or failed`);
    diffs.push({ old: a, new: b, diff: diffDocuments(oldDoc, newDoc) });
  }
  return { timeline, diffs };
}
