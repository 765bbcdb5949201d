/**
 * vanban as a library: the same pipeline the CLI runs, for programs that feed other systems.
 * Named exports only; the README's "Library" section shows them at work.
 */
export * from "./model/index.js";
export { jsonSchemas } from "./model/schemas.js";
export { Reporter, sortDiagnostics } from "./model/reporter.js";
export { STAGE_IDS, type Stage, type StageContext, type StageId } from "./model/stage.js";

// Converting documents
export {
  convert,
  statusOf,
  type ConvertInput,
  type ConvertOptions,
  type ConvertResult,
} from "./pipeline/runner.js";
export { convertFile } from "./batch/convert-file.js";
export { READERS, formatOf, InputError, readStage, type Reader } from "./stages/read/index.js";
export { structureStage, type Structured } from "./stages/structure/index.js";
export { tablesStage } from "./stages/tables/index.js";
export { targetsStage } from "./stages/targets/index.js";

// Across documents
export { diffDocuments as diff } from "./diff/index.js";
export { consolidate as applyAmendments } from "./apply/consolidate.js";
export { buildTimeline as targets } from "./timeline/build.js";

// Writing outputs
export { toJson } from "./emit/json.js";
export { toMarkdownDocument } from "./emit/markdown.js";
export { tableToCsv } from "./emit/csv.js";
export { tablesToXlsx } from "./emit/xlsx.js";
export { diffToMarkdown } from "./emit/diff-markdown.js";
export { applyToMarkdown } from "./emit/apply-markdown.js";
export { diffToHtml } from "./emit/diff-html.js";
export { diffToXlsx } from "./emit/diff-xlsx.js";
export { timelineToMarkdown, timelineToXlsx } from "./emit/timeline.js";

// Vietnamese primitives
export { parseVietnameseNumber } from "./text/numbers.js";
export { parseDate, findDates } from "./text/dates.js";
export { parseDocumentNumber, findDocumentNumbers } from "./text/document-number.js";
export { parseDeadline } from "./text/deadlines.js";
export { parseAgencies } from "./text/agencies.js";
export { parseQuantity } from "./text/quantity.js";
export { foldKey, foldDiacritics } from "./text/fold.js";
