/**
 * vanban as a library: the same pipeline the CLI runs, for programs that feed other systems.
 * Named exports only.
 */
export * from "./model/index.js";
export { jsonSchemas } from "./model/schemas.js";
export { convert, statusOf, type ConvertInput, type ConvertOptions, type ConvertResult } from "./pipeline/runner.js";
export { Reporter, sortDiagnostics } from "./model/reporter.js";
export type { Stage, StageContext } from "./model/stage.js";
export { readStage, InputError } from "./stages/read/index.js";
export { structureStage, type Structured } from "./stages/structure/index.js";
export { tablesStage } from "./stages/tables/index.js";
export { toJson } from "./emit/json.js";
export { toMarkdownDocument } from "./emit/markdown.js";
export { tableToCsv } from "./emit/csv.js";
export { tablesToXlsx } from "./emit/xlsx.js";
export { parseVietnameseNumber } from "./text/numbers.js";
export { parseDate, findDates } from "./text/dates.js";
export { parseDocumentNumber, findDocumentNumbers } from "./text/document-number.js";
export { parseDeadline } from "./text/deadlines.js";
export { parseAgencies } from "./text/agencies.js";
export { parseQuantity } from "./text/quantity.js";
export { foldKey, foldDiacritics } from "./text/fold.js";
