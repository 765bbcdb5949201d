import { jsonSchemas } from "../model/schemas.js";

const json = (ref: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } });
const error = { description: "One line saying why", content: json("Error") };
const upload = {
  required: true,
  content: {
    "application/octet-stream": { schema: { type: "string", format: "binary" } },
    "multipart/form-data": {
      schema: {
        type: "object",
        properties: { file: { type: "string", format: "binary" } },
        required: ["file"],
      },
    },
  },
};

/**
 * The service's OpenAPI 3.1 description. Its schemas are the JSON Schemas generated from the zod
 * models (the same files as `schemas/`), so the contract cannot drift from what the service returns.
 */
export function openApi(version: string): object {
  const schemas: Record<string, unknown> = {
    Error: {
      type: "object",
      properties: { error: { type: "string" }, status: { type: "integer" } },
      required: ["error", "status"],
    },
  };
  for (const [file, text] of Object.entries(jsonSchemas())) {
    // A component is a schema, not a document: its "$schema" dialect line is the OpenAPI file's own.
    const schema = JSON.parse(text) as Record<string, unknown>;
    delete schema.$schema;
    schemas[
      file.replace(/\.schema\.json$/, "").replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())
    ] = schema;
  }
  const failures = { "400": error, "413": error, "422": error, "500": error, "503": error, "504": error };
  return {
    openapi: "3.1.0",
    info: {
      title: "vanban",
      version,
      description: "Vietnamese legal and administrative documents into data.",
    },
    paths: {
      "/convert": {
        post: {
          summary:
            "Convert one document (raw body or multipart field `file`); ?output=json|md, ?name=file name",
          requestBody: upload,
          responses: { "200": { description: "document.json", content: json("Document") }, ...failures },
        },
      },
      "/diff": {
        post: {
          summary:
            "What changed between two documents (multipart fields `old` and `new`); ?output=json|md|html",
          responses: { "200": { description: "diff.json", content: json("Diff") }, ...failures },
        },
      },
      "/targets": {
        post: {
          summary: "Every indicator across the documents (multipart field `files`, repeated)",
          responses: { "200": { description: "targets.json", content: json("Targets") }, ...failures },
        },
      },
      "/schemas/{name}": {
        get: {
          summary: "A JSON Schema of the outputs",
          responses: { "200": { description: "schema" }, "404": error },
        },
      },
      "/health": {
        get: {
          summary: "Liveness, version, jobs and documents pending",
          responses: { "200": { description: "ok" } },
        },
      },
    },
    components: { schemas },
  };
}
