export * from "./diagnostic.js";
export * from "./block.js";
export * from "./node.js";
export * from "./metadata.js";
export * from "./document.js";
export * from "./pipeline.js";
export * from "./table.js";
