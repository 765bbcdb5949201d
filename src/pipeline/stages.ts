import type { Blocks, SourceFormat } from "../model/block.js";
import type { Table } from "../model/table.js";
import type { Target } from "../model/target.js";
import type { StageContext, StageId } from "../model/stage.js";
import { readStage } from "../stages/read/index.js";
import { structureStage, type Structured } from "../stages/structure/index.js";
import { tablesStage } from "../stages/tables/index.js";
import { targetsStage } from "../stages/targets/index.js";

/** What one document carries from stage to stage: each stage fills its own field. */
export interface Draft {
  bytes: Uint8Array;
  format: SourceFormat;
  blocks?: Blocks;
  structured?: Structured;
  tables?: Table[];
  targets?: Target[];
}

/** A stage as the runner drives it: what it needs before it, its version, and how it meets the draft. */
export interface RegisteredStage {
  id: StageId;
  version: string;
  needs: readonly StageId[];
  /** Validates a pipeline definition's options for this stage (throws a ZodError). */
  parseOptions(options: unknown): unknown;
  apply(draft: Draft, options: unknown, context: StageContext): Promise<void> | void;
}

function need<T>(value: T | undefined, stage: StageId, missing: StageId): T {
  if (value === undefined) throw new Error(`stage ${stage} runs before ${missing}`);
  return value;
}

/** The stage registry: the only place that knows how stages feed each other. */
export const STAGES: Readonly<Record<StageId, RegisteredStage>> = {
  read: {
    id: readStage.id,
    version: readStage.version,
    needs: [],
    parseOptions: (o) => readStage.options.parse({ format: "text", ...(o as object) }),
    async apply(draft, options, context) {
      draft.blocks = await readStage.run(
        draft.bytes,
        { ...(options as object), format: draft.format },
        context,
      );
    },
  },
  structure: {
    id: structureStage.id,
    version: structureStage.version,
    needs: ["read"],
    parseOptions: (o) => structureStage.options.parse(o),
    async apply(draft, options, context) {
      draft.structured = await structureStage.run(
        need(draft.blocks, "structure", "read"),
        options as never,
        context,
      );
    },
  },
  tables: {
    id: tablesStage.id,
    version: tablesStage.version,
    needs: ["structure"],
    parseOptions: (o) => tablesStage.options.parse(o),
    async apply(draft, options, context) {
      const { body, grids } = need(draft.structured, "tables", "structure");
      draft.tables = await tablesStage.run({ body, grids }, options as never, context);
    },
  },
  targets: {
    id: targetsStage.id,
    version: targetsStage.version,
    needs: ["structure", "tables"],
    parseOptions: (o) => targetsStage.options.parse(o),
    async apply(draft, options, context) {
      const body = need(draft.structured, "targets", "structure").body;
      draft.targets = await targetsStage.run(
        { body, tables: need(draft.tables, "targets", "tables") },
        options as never,
        context,
      );
    },
  },
};

/** The stages a definition names, checked: each one's needs come earlier, read and structure are there. */
export function planStages(ids: readonly StageId[]): RegisteredStage[] {
  const seen = new Set<StageId>();
  for (const id of ids) {
    const missing = STAGES[id].needs.find((n) => !seen.has(n));
    if (missing) throw new PlanError(`stage "${id}" needs "${missing}" before it`);
    if (seen.has(id)) throw new PlanError(`stage "${id}" is named twice`);
    seen.add(id);
  }
  if (!seen.has("structure"))
    throw new PlanError(`a pipeline needs at least "read" and "structure" to make a document`);
  return ids.map((id) => STAGES[id]);
}

/** The whole plan checked before any document is read: stage order, and each stage's options by its schema. */
export function checkPlan(ids: readonly StageId[], options: Partial<Record<StageId, unknown>> = {}): void {
  planStages(ids);
  for (const [id, given] of Object.entries(options) as [StageId, unknown][]) {
    if (!ids.includes(id))
      throw new PlanError(`options are given for stage "${id}", which the pipeline does not run`);
    try {
      STAGES[id].parseOptions(given);
    } catch (e) {
      const issue = (e as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
      throw new PlanError(
        `options of stage "${id}": ${issue ? `${issue.path.join(".") || "(root)"}: ${issue.message}` : (e as Error).message}`,
      );
    }
  }
}

/** A pipeline definition that cannot run: a usage error, reported before any document is read. */
export class PlanError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "PlanError";
  }
}
