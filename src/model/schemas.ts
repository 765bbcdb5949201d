import { z } from "zod";
import { ApplyReport } from "./apply.js";
import { Blocks } from "./block.js";
import { DocumentDiff } from "./diff.js";
import { LegalDocument } from "./document.js";
import { PipelineDefinition } from "./pipeline.js";
import { TargetTimeline } from "./timeline.js";

/** The JSON Schemas generated into schemas/ (a test fails when the files drift from the models). */
export function jsonSchemas(): Record<string, string> {
  const entries: [string, z.ZodType][] = [
    ["document.schema.json", LegalDocument],
    ["blocks.schema.json", Blocks],
    ["pipeline.schema.json", PipelineDefinition],
    ["targets.schema.json", TargetTimeline],
    ["diff.schema.json", DocumentDiff],
    ["apply.schema.json", ApplyReport],
  ];
  return Object.fromEntries(
    entries.map(([name, schema]) => [
      name,
      `${JSON.stringify(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }), null, 2)}\n`,
    ]),
  );
}
