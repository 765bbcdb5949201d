import { describe, expect, it } from "vitest";
import { startsConverters } from "../../src/cli/early-converters.js";

describe("converters started before the command line is parsed", () => {
  it("start for a conversion with the default processes", () => {
    expect(startsConverters(["convert", "a.pdf", "-o", "out"])).toBe(true);
    expect(startsConverters(["convert", "a.txt", "--jobs", "1", "--quiet"])).toBe(true);
    expect(startsConverters(["convert", "a.txt", "-j1"])).toBe(true);
    expect(startsConverters(["run"])).toBe(true);
    expect(startsConverters(["run", "pipelines/default.json", "--jobs=1"])).toBe(true);
  });

  it("do not start when the run asks for other processes, or for none", () => {
    expect(startsConverters(["convert", "a", "b", "--jobs", "2"])).toBe(false);
    expect(startsConverters(["convert", "a", "-j", "4"])).toBe(false);
    expect(startsConverters(["convert", "a", "--max-memory", "512"])).toBe(false);
    expect(startsConverters(["convert", "--help"])).toBe(false);
    expect(startsConverters(["diff", "a.json", "b.json"])).toBe(false);
    expect(startsConverters(["serve"])).toBe(false);
    expect(startsConverters([])).toBe(false);
  });
});
