import { z } from "zod";
import { Severity } from "./diagnostic.js";
import { STAGE_IDS } from "./stage.js";

export const StageId = z.enum(STAGE_IDS);

/** A declarative pipeline (pipelines/*.json): what to read, which stages, outputs and rule severities. */
export const PipelineDefinition = z.object({
  id: z.string(),
  description: z.string().optional(),
  inputs: z
    .array(z.string())
    .min(1)
    .describe("Files or folders (read at any depth), relative to the definition's own folder."),
  stages: z
    .array(StageId)
    .min(1)
    .describe("Stages to run, in order; each needs the stages its input comes from before it."),
  options: z
    .partialRecord(StageId, z.record(z.string(), z.unknown()))
    .default({})
    .describe("Options per stage, validated by the stage's own schema."),
  output: z.object({ dir: z.string(), formats: z.array(z.enum(["json", "md", "xlsx", "csv"])).min(1) }),
  targets: z
    .string()
    .optional()
    .describe(
      "When set, the targets timeline over all documents is written into this folder under the output dir.",
    ),
  diff: z
    .object({
      dir: z.string().describe("Folder under the output dir; each pair goes into <old-slug>__<new-slug>/."),
      pairs: z
        .array(z.tuple([z.string(), z.string()]))
        .min(1)
        .describe("[old, new] input paths, as listed among the inputs."),
      formats: z
        .array(z.enum(["json", "md", "xlsx", "html"]))
        .min(1)
        .default(["json", "md", "xlsx", "html"]),
    })
    .optional()
    .describe("When set, each pair of documents is compared (vanban diff)."),
  rules: z.record(z.string(), z.union([Severity, z.literal("off")])).default({}),
});
export type PipelineDefinition = z.infer<typeof PipelineDefinition>;
