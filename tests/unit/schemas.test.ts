import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../../src/model/schemas.js";

const DIR = join(import.meta.dirname, "..", "..", "schemas");

describe("schemas/", async () => {
  it("holds exactly the JSON Schemas generated from the zod models (run `npm run schema` after a model change)", async () => {
    const generated = jsonSchemas();
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(generated).sort());
    for (const [name, content] of Object.entries(generated))
      expect(readFileSync(join(DIR, name), "utf8"), name).toBe(content);
  });
});
